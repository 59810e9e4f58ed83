"""Writes `tables/cues/countries.txt`: the country names and demonyms the screen looks for.

The screen reads that table instead of building it at run time (CLDR's names in 14
languages and the derived forms take seconds to load). After a change to the country
tables or an upgrade of Babel, regenerate it:

    python -m visitx.screening.build

`tests/screen/test_screen.py` fails while the shipped table differs from what this writes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from visitx.core.datafiles import entries
from visitx.core.textfold import fold
from visitx.screening.cues import CUE_LANGUAGES

_WORD = re.compile(r"\w+")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_MIN_WORD = 4  # shorter one-word forms would match the start of too many words
# Forms the screen leaves out: Arabic ارمن (Armenians) is how the screen reads Persian
# کارمند "employee" (Zipf 4.5) once it strips the clitic ک; Polish `Chin` (of China)
# folds to English "chin", which the screen would match by word start (`chinook`,
# `chintz`) in place of `china`, `chine`, `chino`. The countries' other forms stay.
_NOT_SCREENED = frozenset({"ارمن", "chin"})


def country_names() -> Iterable[tuple[str, str, str]]:
    """(code or alpha-2, name, language) for the names and demonyms visitx knows."""
    from babel import Locale

    from visitx.places import aliases

    for table in (aliases.NAMES, aliases.DEMONYMS):
        for language, text in table.items():
            for line in entries(text):
                code, _, forms = line.partition(" ")
                for form in (f.strip() for f in forms.split(",")):
                    if form:
                        yield code, form, language
                        derive = (
                            aliases.forms_from_name
                            if table is aliases.NAMES
                            else aliases.forms_from_demonym
                        )
                        for derived in derive(form, language):
                            yield code, derived, language
    for language in CUE_LANGUAGES:
        for alpha2, name in Locale.parse(language).territories.items():
            if alpha2.isalpha() and len(alpha2) == 2:
                yield alpha2, name, language
                for derived in aliases.forms_from_name(name, language):
                    yield alpha2, derived, language



def country_table() -> str:
    """The text of `tables/cues/countries.txt`, from the tables and CLDR."""
    words: set[tuple[str, str]] = set()
    names: set[tuple[str, str]] = set()
    cjk: dict[str, set[tuple[str, str]]] = {}
    for code, name, language in country_names():
        folded = fold(name, accents=False)
        if _CJK.search(folded):
            cjk.setdefault(language, set()).add((code, folded))
            continue
        found = _WORD.findall(folded)
        if len(found) == 1 and len(found[0]) >= _MIN_WORD and found[0] not in _NOT_SCREENED:
            words.add((code, found[0]))
        elif len(found) > 1 and len(folded) >= 6:
            names.add((code, " ".join(found)))
    words = _without_longer_forms(words)
    out = [
        "# Country names and demonyms for visitx.screen, folded (accents dropped): written by",
        "# `python -m visitx.screening.build` from tables/country_*.txt and CLDR; do not edit.",
        "# words: one-word forms, matched by word start (so none that starts with another);",
        "# names: longer names, matched as written; zh, ja: tried when the article's",
        "# language is given as that.",
    ]
    for section, rows in (("words", words), ("names", names), *sorted(cjk.items())):
        out.append(f"## {section}")
        out.extend(f"{code} {form}" for code, form in sorted(rows, key=lambda r: (r[1], r[0])))
    return "\n".join(out) + "\n"


def _without_longer_forms(words: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The one-word forms less those that start with another listed form (`turkler`
    after `turk`, `iranlilar` after `iran`).

    `visitx.screening.cues` matches a word against the forms that start it in table
    order and takes the first; a form sorts after every form that starts it (both share
    their first four letters, the matcher's bucket), so the shorter one always answers
    first and the longer one never does: dropping it changes no answer.
    """
    forms = {form for _, form in words}

    def shadowed(form: str) -> bool:
        return any(form[:end] in forms for end in range(_MIN_WORD, len(form)))

    return {(code, form) for code, form in words if not shadowed(form)}


def main() -> None:
    target = Path(__file__).resolve().parents[1] / "tables" / "cues" / "countries.txt"
    target.write_text(country_table(), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
