# ruff: noqa: E501
"""The round-8 blind pages read under other declarations and another `lang`.

Each page of `bench/pages_round8/` keeps its blind answers (text, day, language) whatever
its page or server says of its charset, so it is read again: without its `<meta charset>`;
a UTF-8 page declared `windows-1252`, `iso-8859-1`, `euc-kr`, `gb2312`, `windows-1251` or
`shift_jis`, or served as windows-1252; a legacy page declared `utf-8` or `iso-8859-1`, or
served as UTF-8 (649 readings). `--lang` reads each page once more with `lang="en"` on
its `<html>` (`de` on an English page) instead of its own.

    PYTHONPATH=src python bench/probe_pages_round8_variants.py [--lang] [--verbose]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe_pages_round5 import verdicts
from probe_pages_round7 import expected
from probe_pages_round8 import TODAY, cases

_META = re.compile(rb"<meta[^>]*charset=[^>]*>", re.I)
_HTML = re.compile(rb"<html[^>]*>")
_LANG = re.compile(rb'(<html[^>]*?) lang="[^"]*"')
_UTF8_AS = ("windows-1252", "iso-8859-1", "euc-kr", "gb2312", "windows-1251", "shift_jis")
KEYS = ("text", "date", "language")


def _declared(page: bytes, label: str) -> bytes:
    meta = f'<meta charset="{label}">'.encode()
    if b"<head>" in page:
        return page.replace(b"<head>", b"<head>" + meta, 1)
    return _HTML.sub(lambda m: m.group(0) + b"<head>" + meta + b"</head>", page, count=1)  # a table portal


def variants(case: dict[str, Any]) -> Iterator[tuple[str, bytes, str | None]]:
    """(name, bytes, server charset) of the page under other declarations."""
    page, enc = case["page"], case["bytes_charset"]
    bare = _META.sub(b"", page)
    yield "undeclared", bare, None
    if enc == "utf-8":
        yield from ((f"utf-8 as {lab}", _declared(bare, lab), None) for lab in _UTF8_AS)
        yield "utf-8 served as windows-1252", page, "windows-1252"
    elif not enc.startswith("utf-16"):
        yield "legacy as utf-8", _declared(bare, "utf-8"), None
        yield "legacy as iso-8859-1", _declared(bare, "iso-8859-1"), None
        yield "legacy served as utf-8", page, "utf-8"


def other_lang(case: dict[str, Any]) -> Iterator[tuple[str, bytes, str | None]]:
    """The page with another language's `lang` on its `<html>` (UTF-16 pages left out)."""
    if case["bytes_charset"].startswith("utf-16"):
        return
    lie = b"de" if case["language"] == "en" else b"en"
    page = _LANG.sub(rb"\1", case["page"], count=1).replace(b"<html", b'<html lang="' + lie + b'"', 1)
    yield f"lang={lie.decode()}", page, None


def main() -> int:
    from visitx import read_html
    from visitx.core.errors import VisitxError

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", action="store_true", help="another lang instead of charsets")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    tally: Counter[tuple[str, str, str]] = Counter()
    for case in cases():
        for name, page, server in (other_lang if args.lang else variants)(case):
            try:
                art = read_html(page, url=case["url"], encoding=server, today=dt.date.fromisoformat(TODAY))
                day = str(art.published) if art.published else None
                got = verdicts(art.text, day, art.language, expected(case))
            except VisitxError as exc:
                got = {"text": "lost", "date": "lost", "language": "lost", "got": str(exc)[:100]}
            tally.update((name, k, got[k]) for k in KEYS)
            if args.verbose and any(got[k] != "right" for k in KEYS):
                print(f"[miss] {case['id']} {name}: {got['got'][:140]}")
    print(f"{'variant':30} " + " ".join(f"{k + ' r/w/N/lost':>20}" for k in KEYS))
    for name in sorted({n for n, _, _ in tally}):
        cells = ["/".join(str(tally[(name, k, v)]) for v in ("right", "wrong", "None", "lost")) for k in KEYS]
        print(f"{name:30} " + " ".join(f"{c:>20}" for c in cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
