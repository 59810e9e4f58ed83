"""Write `src/visitx/tables/code_words.txt`: ISO codes that are words of the other languages.

`tables/common_words.txt` holds the full word lists of 14 languages; an ISO code written
in lower or title case that is a common word of one of them is that word (`and`, Spanish
`mar`). The other languages wordfreq covers have no list there, so their words never
stopped a code: Swedish `tur` "luck", Romanian `sau` "or", Danish `ind` "in" were Turkey,
Saudi Arabia and India. This file lists, for each of those languages, only the ISO 3166-1
codes (two or three letters, and Kosovo's `xk`, `xkx`) that are its words at Zipf >= 4.0
(wordfreq 3.1.1; CC BY-SA 4.0 data), and `country_code` reads them as words only for a
query in that language (`language="sv"`), so no other reading changes. Languages written
in another script are left out (the Latin words of their lists are English). wordfreq's
Serbo-Croatian list (`sh`) is written under the tags callers pass (`bs`, `hr`, `sr`), its
Norwegian Bokmål (`nb`) also under `no`, its Filipino (`fil`) also under `tl`. Read by
visitx.places.aliases when the country index is built; wordfreq is only needed to rebuild
the file:

    pip install wordfreq==3.1.1 && python bench/build_code_words.py
"""

from __future__ import annotations

from pathlib import Path

import pycountry
from build_common_words import RARE_LANGUAGES
from wordfreq import available_languages, zipf_frequency

MIN_ZIPF = 4.0
TAGS = {"sh": ("bs", "hr", "sr"), "nb": ("nb", "no"), "fil": ("fil", "tl")}
# Languages written in another script: the Latin words of their lists are English
# (`and`, `us`), no words of theirs.
OTHER_SCRIPTS = ("bg", "bn", "el", "he", "hi", "mk", "ta", "ur")
OUT = Path(__file__).resolve().parents[1] / "src/visitx/tables/code_words.txt"


def iso_codes() -> list[str]:
    """Every ISO 3166-1 alpha-2 and alpha-3 code in lower case, and Kosovo's."""
    found = {"xk", "xkx"}
    for country in pycountry.countries:
        found |= {country.alpha_2.lower(), country.alpha_3.lower()}
    return sorted(found)


def main() -> None:
    lines = [
        "# ISO 3166-1 codes that are words (Zipf >= 4.0, wordfreq 3.1.1; CC BY-SA 4.0 data) of",
        "# the languages common_words.txt has no full list for. Written by",
        "# bench/build_code_words.py; read by visitx.places.aliases. country_code reads such a",
        "# code in lower or title case as the word only with `language=` that language.",
        "# Each line: a Zipf frequency, then the codes that are words of the section's",
        "# language that frequent.",
    ]
    codes = iso_codes()
    for lang in sorted(set(available_languages("best")) - {*RARE_LANGUAGES, *OTHER_SCRIPTS}):
        found: dict[float, list[str]] = {}
        for code in codes:
            zipf = round(zipf_frequency(code, lang), 1)
            if zipf >= MIN_ZIPF:
                found.setdefault(zipf, []).append(code)
        for tag in TAGS.get(lang, (lang,)) if found else ():
            lines.append(f"## {tag}")
            lines.extend(f"{zipf} " + " ".join(found[zipf]) for zipf in sorted(found, reverse=True))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
