"""Round-9 page probe: saved news pages as bytes (`bench/pages_round9/`), written blind.

`bench/pages_round9/build.py` writes the 140 pages and `cases.json` from 58 articles in 29
languages (`texts.py`), each language's furniture (`furniture.py`: navigation, cookie
notice, related stories, most read, a reader's comment) and ten templates (`layouts.py`:
WordPress, Drupal, Arc XP, a custom agency site, AMP, a live blog, a print view, an old
table portal, Ghost, a press-office page; some saved by a browser with `<!-- saved from
url=… -->`). The bytes are UTF-8 (also declared windows-1251, ISO-8859-1/2, Shift_JIS,
gb2312, euc-kr, big5, windows-1253/1256), real legacy charsets declared right or wrong
(windows-1250/1251/1252/1254/1255/1256, KOI8-R, ISO-8859-1/2/7/9, GB2312, GBK, Big5,
Shift_JIS, EUC-JP, EUC-KR, TIS-620), with BOMs, UTF-16 with and without one, a `<meta
charset>` after 1 KB, stray bytes in long UTF-8 pages. Dates: JSON-LD that disagrees with
the visible dateline, URL against metadata, updates after publication, live blogs, print
views (print-out day), undated articles whose comments and related stories carry dates,
UTC stamps across midnight; a declared `lang` of another language.

Scored as rounds 4-8 score (`probe_pages_round4.probe_main`): text, day and language per
page, right / wrong / None / lost, by charset class; the text is right when both blind
`keep` fragments (from the first and last paragraphs) are in it and no `drop` one (a
related or most-read headline, a reader's comment, the cookie notice) is. Blind answers
stay in `cases.json`; `RELABELS` holds answers changed to the README's conventions, each
with its reason.

    PYTHONPATH=src python bench/probe_pages_round9.py [--others] [--verbose] [ids...]
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

PAGES = Path(__file__).resolve().parent / "pages_round9"
TODAY = "2026-12-07"  # the day the pages are read: after every date they carry

# Answers changed after reading the README (the blind answer stays in cases.json): id -> changes.
RELABELS: dict[str, dict[str, Any]] = {
    "es05": {
        "date": "2024-10-15",
        "first_expected": "2024-10-14",
        "relabel_reason": "README, Publication date: the date printed under the headline does "
        "not count when it is the day before the metadata's (a UTC stamp shown in another "
        "time zone); the JSON-LD stamp 2024-10-15T03:10:00Z is the page's day",
    },
}

# Labels a browser reads as the bytes' charset (the WHATWG aliases).
SAME = {"iso-8859-1": "cp1252", "iso-8859-15": "cp1252", "windows-1252": "cp1252",
        "gb2312": "gb18030", "gbk": "gb18030", "iso-8859-9": "cp1254", "windows-1250": "cp1250",
        "windows-1251": "cp1251", "windows-1255": "cp1255", "windows-1256": "cp1256",
        "shift_jis": "shift_jis", "euc-jp": "euc_jp", "euc-kr": "euc_kr", "tis-620": "tis-620"}


def charset_class(case: dict[str, Any], page: bytes) -> str:
    enc, said = case["charset"], (case["declared"] or "").lower()
    if enc.startswith("utf-16"):
        return "utf-16 bom" if case["bom"] else "utf-16 no bom"
    if enc == "utf-8":
        try:
            page.decode("utf-8")
        except UnicodeDecodeError:
            return "utf-8 damaged"
        if case["bom"]:
            return "utf-8 bom"
        return "utf-8" if said in ("utf-8", "") else "utf-8 mislabelled"
    if not said:
        return "legacy undeclared"
    read = SAME.get(said, said)
    same = read == enc or (read, enc) in {
        ("gb18030", "gb2312"),
        ("cp1252", "iso-8859-1"),
        ("cp1254", "iso-8859-9"),
    }
    return "legacy declared" if same else "legacy mislabelled"


def cases() -> list[dict[str, Any]]:
    out = []
    for raw in json.loads((PAGES / "cases.json").read_text(encoding="utf-8")):
        page = (PAGES / raw["file"]).read_bytes()
        case = {**raw, "page": page, "http": None, "must": raw["keep"], "must_not": raw["drop"],
                "language": raw["lang"], "today": TODAY, "cat": charset_class(raw, page)}
        case.update({k: v for k, v in RELABELS.get(raw["id"], {}).items() if k in case})
        out.append(case)
    return out


def main() -> int:
    probe_main(__doc__ or "", cases(), len(RELABELS), run_visitx, expected, both_htmldate)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
