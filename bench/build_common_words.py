"""Write `src/visitx/tables/common_words.txt`: the common words of the supported languages.

`country_code` never reads one of these words as a country unless the word is a
country name in the language it is common in (`turkey`, `chile`), and never corrects
a typo into a country when the query is one edit from such a word (`service` is not
`Serbie`). The words come from wordfreq's frequency lists (its data is CC BY-SA 4.0:
Wikipedia, subtitles, news, books, web text), every word with a Zipf frequency of at
least 4.0 (about once per 100,000 words) in the news languages visitx has date tables
for that wordfreq covers without extra tokenizers (en, de, fr, es, ru, tr, fa, ar) and
the largest other languages of its country index (it, pt, nl, pl, id, uk). Azerbaijani,
Uzbek, Kazakh and Pashto have no wordfreq list; Chinese, Japanese and Korean country
names are written in scripts no Latin typo reaches. wordfreq is only
needed to rebuild the file:

    pip install wordfreq==3.1.1 && python bench/build_common_words.py
"""

from __future__ import annotations

from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

from visitx.places.matching import key_of

LANGUAGES = ("en", "de", "fr", "es", "ru", "tr", "fa", "ar", "it", "pt", "nl", "pl", "id", "uk")
MIN_ZIPF = 4.0
OUT = Path(__file__).resolve().parents[1] / "src/visitx/tables/common_words.txt"


def words(lang: str) -> dict[float, list[str]]:
    """Zipf frequency (to one decimal) -> the words of `lang` that frequent."""
    found: dict[float, set[str]] = {}
    for word in top_n_list(lang, 40000):
        zipf = round(zipf_frequency(word, lang), 1)
        if zipf < MIN_ZIPF:
            break
        if word.isalpha() and key_of(word):
            # Stored as index keys (folded like every country name), so that loading
            # costs a split, not 70,000 normalizations.
            found.setdefault(zipf, set()).add(key_of(word))
    return {zipf: sorted(found[zipf]) for zipf in sorted(found, reverse=True)}


def main() -> None:
    lines = [
        "# Common words per language (wordfreq 3.1.1, Zipf >= 4.0; CC BY-SA 4.0 data).",
        "# Written by bench/build_common_words.py; read by visitx.places.aliases.",
        "# Each line: a Zipf frequency, then the words of that frequency, folded into",
        "# country-index keys (visitx.places.matching.key_of).",
    ]
    for lang in LANGUAGES:
        lines.append(f"## {lang}")
        for zipf, chosen in words(lang).items():
            lines.extend(
                f"{zipf} " + " ".join(chosen[i : i + 20]) for i in range(0, len(chosen), 20)
            )
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
