"""Publication dates of web pages: visitx's cross-check against htmldate fast and extensive.

Reads the evaluation pages in `tests/fixtures/pages/dates/` (each with the date a reader
would name, decided by hand; see that folder's `make_pages.py`) and counts right, wrong
and missing dates for htmldate's fast search, its extensive search (both given the URL,
as trafilatura does) and `read_html`. Also times `read_html` on pages of growing size, to
show the element bound refuses a page before trafilatura's time explodes.

    PYTHONPATH=src python bench/bench_page_dates.py
"""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

from htmldate import find_date

from visitx import read_html
from visitx.core.errors import InputError

DATES = Path(__file__).parent.parent / "tests" / "fixtures" / "pages" / "dates"


def _score(found: dict[str, str | None], cases: list[dict[str, str | None]]) -> str:
    right = sum(found[c["file"]] == c["published"] for c in cases if c["published"])
    wrong = sum(
        found[c["file"]] is not None and found[c["file"]] != c["published"] for c in cases
    )
    return f"{right} right, {wrong} wrong, of {sum(1 for c in cases if c['published'])} dated"


def dates() -> None:
    spec = json.loads((DATES / "cases.json").read_text(encoding="utf-8"))
    today = dt.date.fromisoformat(spec["read_on"])
    cases = spec["cases"]
    methods = {
        "htmldate fast": lambda html, url: find_date(
            html, extensive_search=False, original_date=True, url=url, max_date=str(today)
        ),
        "htmldate extensive": lambda html, url: find_date(
            html, extensive_search=True, original_date=True, url=url, max_date=str(today)
        ),
        "visitx read_html": lambda html, url: read_html(html, url=url, today=today).published,
    }
    for name, method in methods.items():
        found = {}
        for case in cases:
            html = (DATES / case["file"]).read_text(encoding="utf-8")
            found[case["file"]] = method(html, case["url"])
        print(f"{name:20} {_score(found, cases)} ({len(cases)} pages)")


def sizes() -> None:
    read_html((DATES / "en_meta_only.html").read_bytes())  # loads trafilatura and py3langid
    for count in (2_000, 10_000, 19_000, 40_000, 1_000_000):
        paragraphs = (f"<p>Paragraph {i} of the article.</p>" for i in range(count))
        page = "<html><body><article>" + "".join(paragraphs)
        page += "</article></body></html>"
        started = time.perf_counter()
        try:
            read_html(page, max_bytes=100_000_000)
            outcome = "read"
        except InputError as exc:
            outcome = str(exc).split(";")[0]
        print(f"{count:>9,} <p>: {time.perf_counter() - started:6.2f} s  {outcome}")


if __name__ == "__main__":
    dates()
    sizes()
