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
names are written in scripts no Latin typo reaches.

Below Zipf 4.0 the file keeps only the words that *are* a key of the country index
(issue 22: German `ungern` is Swedish for Hungary, German `malte` French for Malta,
English `tunis`, `maurice`, `chili`): every such word of Zipf >= 3.0 (about once per
million words) among the 50,000 most frequent of its language, also in Japanese,
Korean and Chinese (`朝方` is Japanese for "morning", Chinese for the North Korean side).
A name that is such a word in another supported language then answers only with a
`language` that names it. wordfreq is only needed to rebuild the file:

    pip install wordfreq==3.1.1 && python bench/build_common_words.py
"""

from __future__ import annotations

import math
from pathlib import Path

from wordfreq import get_frequency_dict, top_n_list, zipf_frequency

from visitx.places.matching import key_of

LANGUAGES = ("en", "de", "fr", "es", "ru", "tr", "fa", "ar", "it", "pt", "nl", "pl", "id", "uk")
MIN_ZIPF = 4.0
RARE_LANGUAGES = (*LANGUAGES, "ja", "ko", "zh")
RARE_MIN_ZIPF = 2.5
RARE_RANKS = 50000
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


def rare_words(lang: str, index_keys: set[str]) -> dict[float, list[str]]:
    """Zipf -> the words of `lang` below MIN_ZIPF (down to RARE_MIN_ZIPF) that are index keys."""
    frequencies = get_frequency_dict(lang)  # no tokenizer needed (Japanese, Chinese)
    full = words(lang) if lang in LANGUAGES else {}
    common = {key for listed in full.values() for key in listed}
    found: dict[float, set[str]] = {}
    for word in top_n_list(lang, RARE_RANKS):
        zipf = round(math.log10(frequencies.get(word, 1e-12)) + 9, 1)
        if zipf >= MIN_ZIPF and lang in LANGUAGES:
            continue  # already in the full list
        if zipf < RARE_MIN_ZIPF:
            break
        key = key_of(word) if word.isalpha() else ""
        if key and key in index_keys and key not in common:
            found.setdefault(zipf, set()).add(key)
    return {zipf: sorted(found[zipf]) for zipf in sorted(found, reverse=True)}


def index_keys() -> set[str]:
    """Every key of the country index (names, demonyms, generated forms)."""
    from visitx.places.build import build_index

    return set(build_index().plain)


def main() -> None:
    lines = [
        "# Common words per language (wordfreq 3.1.1, Zipf >= 4.0; CC BY-SA 4.0 data),",
        "# and below that, to Zipf 3.0, the words that are country-index keys.",
        "# Written by bench/build_common_words.py; read by visitx.places.aliases.",
        "# Each line: a Zipf frequency, then the words of that frequency, folded into",
        "# country-index keys (visitx.places.matching.key_of).",
    ]
    keys = index_keys()
    for lang in RARE_LANGUAGES:
        lines.append(f"## {lang}")
        tiers = (words(lang) if lang in LANGUAGES else {}) | rare_words(lang, keys)
        for zipf, chosen in tiers.items():
            lines.extend(
                f"{zipf} " + " ".join(chosen[i : i + 20]) for i in range(0, len(chosen), 20)
            )
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
