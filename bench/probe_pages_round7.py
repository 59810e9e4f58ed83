"""Round-7 page probe: saved news pages as bytes (`bench/pages_round7/`), written blind.

The pages (`probe_pages_round7_cases.py` writes them from `probe_pages_round7_texts.py` and
`probe_pages_round7_build.py`) imitate WordPress, Drupal, Arc XP, Next.js, AMP and Blogger
pages, old PHP portals and regional bootstrap templates in 24 languages; legacy bytes
(windows-1250/1251/1252/1253/1254/1255/1256, KOI8-R/U, ISO-8859-1/2/9, Shift_JIS, CP932,
EUC-JP, GBK, GB18030, Big5, TIS-620, CP949, UTF-16 with a BOM) declared right, wrong or not
at all, by the header, the meta tag or both; published against updated dates, dates after
the fetch, an epoch date, comment and sidebar dates, URL dates, Buddhist, ROC and Solar
Hijri years; html `lang` wrong or set on another element; comments, related blocks and
cookie / paywall notices in the page's language.

Scored as rounds 4-6 score (`probe_pages_round4.probe_main`): text, day and language per
page, right / wrong / None / lost, by charset class; the text is right when every blind
`must_have` snippet is in it and no `must_not` one (a comment, a related headline, the
notice) is. Blind answers stay in `cases.json`; `RELABELS` holds answers changed to the
README's conventions.

    PYTHONPATH=src python bench/probe_pages_round7.py [--others] [--verbose] [ids...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe_pages_round4 import probe_main
from probe_pages_round5 import run_htmldate, run_visitx

PAGES = Path(__file__).resolve().parent / "pages_round7"

# Answers changed after reading the README (the blind answer stays in cases.json): id -> changes.
RELABELS: dict[str, dict[str, Any]] = {}


def charset_class(case: dict[str, Any]) -> str:
    enc = case["bytes_encoding"]
    if "utf-16" in enc:
        return "utf-16 bom"
    if "stray" in case["note"] or "pasted" in case["note"]:
        return "utf-8 damaged"
    said = case["http"] or case["declared"]
    if enc == "utf-8":
        return "utf-8 mislabelled" if said and said.lower() not in {"utf-8"} else "utf-8"
    return "legacy " + ("declared" if said else "undeclared")


def _declared(page: bytes) -> str | None:
    head = page[:2048].lower()
    at = head.find(b"charset=")
    if at < 0:
        return None
    label = head[at + 8 : at + 40].lstrip(b"\"' ").split(b'"')[0].split(b"'")[0]
    return label.decode("ascii", "replace") or None


def cases() -> list[dict[str, Any]]:
    out = []
    for raw in json.loads((PAGES / "cases.json").read_text(encoding="utf-8")):
        page = (PAGES / f"{raw['id']}.html").read_bytes()
        ctype = raw["http_content_type"] or ""
        http = ctype.split("charset=", 1)[1].strip() if "charset=" in ctype else None
        case = {**raw, "page": page, "http": http, "declared": _declared(page)}
        case.update(today=raw["fetched"], language=raw["lang"], must=raw["must_have"])
        case["cat"] = charset_class(case)
        case.update({k: v for k, v in RELABELS.get(raw["id"], {}).items() if k in case})
        out.append(case)
    return out


def expected(case: dict[str, Any]) -> dict[str, Any]:
    return {k: case[k] for k in ("must", "must_not", "date", "language")}


def both_htmldate(case: dict[str, Any]) -> dict[str, Any]:
    return {"fast": run_htmldate(case, False), "extensive": run_htmldate(case, True)}


def main() -> int:
    probe_main(__doc__ or "", cases(), len(RELABELS), run_visitx, expected, both_htmldate)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
