"""Probe `country_code` with the words of ranks 8,000-50,000 of wordfreq's lists (issue 22).

Writes one JSON line per word the code maps to a country (with no `language`, with the
word's own language, and Capitalized for two- and three-letter words); two- and
three-letter ISO codes are left out later (codes stay codes). Run on main *before* a fix
to get the hits to judge; `build_country_heldout.py --words HITS` turns them into
`country_heldout_words.tsv` with the hand judgements of `country_words_not_countries.tsv`.

    pip install wordfreq==3.1.1
    python bench/probe_country_words.py en,de,fr,es,ru,tr,fa,ar,it,pt,nl,pl,id,uk,ja,ko,zh \
        hits.jsonl
"""

from __future__ import annotations

import json
import sys

from wordfreq import top_n_list

from visitx import country_code

FIRST, LAST = 8000, 50000


def main() -> None:
    languages, out = sys.argv[1].split(","), sys.argv[2]
    with open(out, "w", encoding="utf-8") as file:
        for language in languages:
            for rank, word in enumerate(top_n_list(language, LAST)[FIRST:], FIRST):
                if not word.isalpha():
                    continue
                plain = country_code(word)
                own = country_code(word, language=language)
                capital = country_code(word[:1].upper() + word[1:]) if len(word) <= 3 else plain
                if plain or own or capital:
                    hit = {"lang": language, "rank": rank, "word": word,
                           "none": plain, "own": own, "cap": capital}  # fmt: skip
                    file.write(json.dumps(hit, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
