"""Round-12 page probe: saved pages as bytes (`bench/pages_round12/`), written blind.

50 pages in 17 languages (`bench/pages_round12/cases.json`, written by
`bench/pages_round12/build.py`: file, url, template, `must`/`must_not` fragments, date,
language, and the day a page was fetched when its only date is relative). Kinds: ministry
press pages (India, Pakistan, Mexico, Brazil, France, Russia, Turkey, Indonesia, Kenya, the
Philippines, Germany, Japan, China, Singapore, Egypt: breadcrumbs, "Press Release No. 123",
dates in the body only, agenda tables, PDF-link lists), live blogs and timelines (many
timestamps), print and paginated pages, archive wrappers (Wayback toolbar, archive.today
header, Google AMP cache URLs), news sites of Africa, South and Central Asia and Latin
America, pages with two articles (a "Lea también" / "READ ALSO" excerpt of an older story),
and pages dated only by the URL or by a relative stamp ("2 hours ago", "hace 3 días",
"3 saat önce", "há 2 dias") beside the fetch day.

Scored as rounds 4-11 score (`probe_pages_round4.probe_main`): text, day and language per
page, right / wrong / None / lost, by template kind; the text is right when every blind
`must` fragment is in it and no `must_not` one is. Blind answers stay in `cases.json`;
`RELABELS` holds answers changed to the README's conventions.

    PYTHONPATH=src python bench/probe_pages_round12.py [--others] [--verbose] [ids...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe_pages_round4 import probe_main
from probe_pages_round5 import run_visitx
from probe_pages_round7 import both_htmldate, expected

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages_round12"
TODAY = "2026-12-08"  # the day the pages are read, unless a case gives its fetch day

# Answers changed after reading the README (the blind answer stays in the JSON): id -> changes.
RELABELS: dict[str, dict[str, Any]] = {}

_KINDS = {
    "ministry": ("mea-india", "mofa-pk", "gob-mx", "gov-br-plone", "diplomatie-gouv", "mid-ru",
                 "mfa-tr", "kemlu", "mfa-ke", "joomla-dfa", "aa-de", "mofa-jp", "fmprc",
                 "mfa-sg", "mfa-eg", "pib"),
    "live/timeline": ("guardian-live", "liveblog-jsonld", "directo", "timeline",
                      "liveblog-two-days"),
    "print/paged": ("print", "paginated"),
    "archive/amp": ("wayback", "archive-today", "amp-cache"),
    "two articles": ("read-also",),
    "url/relative date": ("url-date", "relative-es", "relative-tr", "relative-en", "relative-pt"),
}


def kind(template: str) -> str:
    for name, templates in _KINDS.items():
        if template in templates:
            return name
    return "regional news"


def run(case: dict[str, Any]) -> dict[str, Any]:
    """`run_visitx`, and for a page relabelled as lost: right when it is lost."""
    got = run_visitx(case)
    if not case.get("expect_lost"):
        return got
    ok = "right" if got["text"] == "lost" else "wrong"
    return {"text": ok, "date": ok, "language": ok, "got": got["got"]}


def case(raw: dict[str, Any]) -> dict[str, Any]:
    """A page of the JSON as `probe_main` scores it, with its relabels."""
    name = raw["id"].split("_")[0]
    fields = {"id": name, "page": (PAGES / raw["file"]).read_bytes(), "http": None,
              "must": raw["expect"]["must"], "must_not": raw["expect"]["must_not"],
              "date": raw["expect"]["date"], "language": raw["expect"]["language"],
              "today": raw.get("fetched") or TODAY, "cat": kind(raw["template"])}  # fmt: skip
    fields.update(RELABELS.get(name, {}))
    return {**raw, **fields}


if __name__ == "__main__":
    listed = json.loads((PAGES / "cases.json").read_text(encoding="utf-8"))
    probe_main(__doc__ or "", [case(raw) for raw in listed], len(RELABELS), run,
               expected, both_htmldate)  # fmt: skip
