"""List the ordinary words that `country_code` would correct into a country as a typo.

`country_code` tolerates one typo in a key of ten letters or more (`Philipines`), and in
one of nine a letter dropped inside a name of ten (`Kyrgystan`), never within one edit of a
common word. The common words (`common_words.txt`) stop at Zipf
4.0 except for index keys, so a rarer long word one letter from a name can be read as a
typo of it (Italian `Palestrina`, the town and the composer, as `Palestina`). This
prints every word of the 50,000 most frequent of each wordfreq language (Zipf 2.5 or
more) whose key has at least `FUZZY_MIN_LENGTH` characters (one less for a dropped
letter), is no index key, and which
the typo rule reads as a country, for judgement by hand: a word that is another word is
blocked in `tables/country_blocked.txt`; a spelling of the country stays (`Lichtenstein`,
Dutch `pakistaans`, Polish `turkmenistanu`). 2026-12-06: 7 hits, 1 blocked (`palestrina`);
2026-12-07, nine letters: Polish `francusko` (French-), Indonesian `belarusia`, both kept.

    pip install wordfreq==3.1.1 && python bench/build_typo_words.py
"""

from __future__ import annotations

import math

from build_common_words import RARE_LANGUAGES, RARE_MIN_ZIPF, RARE_RANKS
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein
from wordfreq import get_frequency_dict, top_n_list

from visitx.places.build import build_index
from visitx.places.countries import FUZZY_MIN_LENGTH
from visitx.places.matching import fuzzy, key_of


def main() -> None:
    index = build_index()
    shapes = index.by_shape
    for lang in RARE_LANGUAGES:
        found: set[str] = set()
        frequencies = get_frequency_dict(lang)  # no tokenizer needed (Japanese, Chinese)
        for word in top_n_list(lang, RARE_RANKS):
            zipf = math.log10(frequencies.get(word, 1e-12)) + 9
            if not word.isalpha() or round(zipf, 1) < RARE_MIN_ZIPF:
                continue
            key = key_of(word)
            if len(key) < FUZZY_MIN_LENGTH - 1 or key in index.plain:
                continue
            deltas = (-1, 0, 1) if len(key) >= FUZZY_MIN_LENGTH else (1,)
            near = [
                candidate
                for length in (len(key) + delta for delta in deltas)
                for candidate, _, _ in process.extract(
                    key, shapes.get((key[0], length), ()),
                    scorer=DamerauLevenshtein.distance, score_cutoff=1, limit=None,
                )
            ]  # fmt: skip
            if near and key not in found and (read := fuzzy(index, key, None, deltas)) is not None:
                found.add(key)
                print(lang, word, read[0], "via", ", ".join(read[1]), sep="\t")


if __name__ == "__main__":
    main()
