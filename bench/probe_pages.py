"""Synthetic saved pages, built as bytes, through `read_html`, against hand expectations.

    PYTHONPATH=src python bench/probe_pages.py [--others] [--verbose] [CASE_ID ...]

169 pages. The cases (`probe_pages_cases.py` and `probe_pages_lang_dates.py`, texts in
`probe_pages_texts.py`) were written before reading the page reader, but for 20 marked as
added after it (legacy labels over their browsers' superset, more undeclared single-byte
pages, a declaration in an HTML comment, byline date lines in ten languages). They cover
legacy charsets declared, undeclared and mislabelled, UTF-8 under stale labels, byte-order
marks, UTF-16 without one, damaged bytes, NULs, entities, declared `lang` against the text,
and the publication date's sources (metadata published/modified, JSON-LD, the URL, a
dateline, "Updated" lines, comments, related stories, days after the read-on day,
copyright years).
Each page is scored on three things: the text (the expected fragment is in
`article.text`; `lost` when `read_html` refuses the page), the publication day and the
language (right / wrong / None). `--others` also runs trafilatura's `extract` (text) and
htmldate's `find_date` (fast search, the URL, `max_date` the read-on day) on the same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from probe_pages_cases import CASES  # bench/: the script's folder
from probe_pages_texts import LONG_EXTRA, TEXTS

TODAY = dt.date(2024, 6, 1)
DEFAULT_DATE = "2024-03-05"
BOMS = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}
_SPACE = re.compile(r"\s+")


def _declarations(case: dict[str, Any]) -> tuple[str, str]:
    """The XML declaration (before the doctype) and the `<meta>` charset lines."""
    xml, metas = "", []
    for kind, label in case.get("decl", []):
        if kind == "xml":
            xml = f'<?xml version="1.0" encoding="{label}"?>\n'
        elif kind == "meta":
            metas.append(f'<meta charset="{label}">')
        else:
            metas.append(f'<meta http-equiv="Content-Type" content="text/html; charset={label}">')
    return xml, "\n".join(metas)


def _paragraphs(case: dict[str, Any], text: dict[str, Any]) -> list[str]:
    if "paras_html" in case:
        return list(case["paras_html"])
    paras = [html.escape(p, quote=False) for p in text["paras"]]
    if case.get("long"):
        paras += [html.escape(p, quote=False) for p in LONG_EXTRA[case["text"]]]
    paras += [html.escape(p, quote=False) for p in case.get("paras_extra", [])]
    if "paras_first" in case:
        paras[0] = html.escape(case["paras_first"], quote=False) + paras[0]
    return paras


def page_text(case: dict[str, Any]) -> str:
    """The page as text, before it is written in the case's codec."""
    text = TEXTS[case["text"]]
    xml, metas = _declarations(case)
    attrs = ""
    if "lang" in case:
        attrs += f' lang="{case["lang"]}"'
    if "xml_lang" in case:
        attrs += f' xmlns="http://www.w3.org/1999/xhtml" xml:lang="{case["xml_lang"]}"'
    if "extra_meta" in case:  # a declaration after a commented-out one
        metas = f'{case.get("head_first", "")}<meta charset="{case["extra_meta"]}">{metas}'
    head = [metas, f"<title>{case.get('title_html', text['title'])} | Example News</title>"]
    if "content_language" in case:
        head.append(f'<meta http-equiv="Content-Language" content="{case["content_language"]}">')
    meta_date = case.get("meta_date", "2024-03-05T09:30:00+01:00")
    if meta_date:
        head.append(f'<meta property="article:published_time" content="{meta_date}">')
    head.append(case.get("head", ""))
    body = "\n".join(f"<p>{p}</p>" for p in _paragraphs(case, text))
    footer = case.get("footer", "<footer><p>Contact | Imprint | Privacy</p></footer>")
    return (
        f"{xml}<!DOCTYPE html>\n<html{attrs}>\n<head>\n" + "\n".join(head) + "\n</head>\n<body>\n"
        '<header><a href="/">Example News</a><nav><a href="/world">World</a> '
        '<a href="/politics">Politics</a> <a href="/business">Business</a></nav></header>\n'
        f"<main><article>\n<h1>{case.get('title_html', text['title'])}</h1>\n"
        f"{case.get('byline', '')}\n{body}\n</article>\n{case.get('after', '')}</main>\n"
        f"{footer}\n</body>\n</html>\n"
    )


def _mutate(raw: bytes, how: str | None) -> bytes:
    if how == "bad_bytes":  # stray bytes in the 2nd-4th paragraphs, away from the fragment
        parts = raw.split(b"</p>")
        for i, junk in zip((1, 2, 3), (b"\xff", b"\xc3\x28", b"\xe2\x82"), strict=True):
            parts[i] = parts[i][:-40] + junk + parts[i][-40:]
        return b"</p>".join(parts)
    if how == "truncate":  # the save stopped inside a multibyte character of the last paragraph
        end = raw.rindex(b"</p>") - 30
        while raw[end] < 0xC2:
            end -= 1
        return raw[: end + 1]
    if how == "nul_mid":
        return raw.replace(b"</h1>", b"</h1>\x00", 1)
    if how == "nul_text":
        at = raw.rindex(b"</p>") - 25
        return raw[:at] + b"\x00" + raw[at:]
    if how == "nul_tail":
        return raw + b"\x00" * 512
    return raw


def page_bytes(case: dict[str, Any]) -> bytes:
    # An ASCII page writes whatever is not ASCII (the title) as numeric references.
    errors = "xmlcharrefreplace" if case["codec"] == "ascii" else "strict"
    raw = page_text(case).encode(case["codec"], errors)
    if case.get("bom"):
        raw = BOMS[case["codec"]] + raw
    return _mutate(raw, case.get("mutate"))


def expected(case: dict[str, Any]) -> dict[str, Any]:
    return {
        "fragment": case.get("fragment", TEXTS[case["text"]]["fragment"]),
        "date": case.get("date", DEFAULT_DATE),
        "language": case["text"].split("-")[0],
        "title": case.get("expect_title"),
    }


def _flat(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\u00a0", " ")).strip()


def verdict(got: str | None, want: str | None) -> str:
    if got == want:
        return "right"
    return "None" if got is None else "wrong"


def run_visitx(case: dict[str, Any]) -> dict[str, Any]:
    from visitx import read_html
    from visitx.core.errors import VisitxError

    want = expected(case)
    try:
        art = read_html(
            page_bytes(case), url=case.get("url"), encoding=case.get("encoding"), today=TODAY
        )
    except VisitxError as exc:
        return {"text": "lost", "date": "lost", "language": "lost", "got": str(exc)[:160]}
    found = _flat(want["fragment"]) in _flat(art.text)
    out = {
        "text": "right" if found else "wrong",
        "date": verdict(str(art.published) if art.published else None, want["date"]),
        "language": verdict(art.language, want["language"]),
        "got": f"{art.published} {art.language} {art.text[:70]!r}",
    }
    if want["title"] is not None:
        out["title"] = "right" if art.title == want["title"] else "wrong"
        out["got"] += f" title={art.title!r}"
    return out


def run_others(case: dict[str, Any]) -> dict[str, Any]:
    import trafilatura
    from htmldate import find_date

    want = expected(case)
    raw = page_bytes(case)
    try:
        text = trafilatura.extract(raw) or ""
    except Exception as exc:
        text = f"<crash {exc}>"
    try:
        day = find_date(
            raw, url=case.get("url"), original_date=True, extensive_search=False,
            max_date=TODAY.isoformat(),
        )  # fmt: skip
    except Exception:
        day = None
    return {
        "text": "right" if _flat(want["fragment"]) in _flat(text) else "wrong",
        "date": verdict(day, want["date"]),
    }


def _table(results: dict[str, list[dict[str, Any]]], keys: tuple[str, ...]) -> None:
    header = f"{'category':28} {'n':>3} " + " ".join(f"{k + ' r/w/N/lost':>18}" for k in keys)
    print(header)
    total: dict[str, Counter[str]] = defaultdict(Counter)
    for cat, rows in results.items():
        cells = []
        for k in keys:
            c = Counter(r.get(k, "-") for r in rows)
            total[k].update(c)
            cells.append(f"{c['right']:>5}/{c['wrong']}/{c['None']}/{c['lost']}".rjust(18))
        print(f"{cat:28} {len(rows):>3} " + " ".join(cells))
    n = sum(len(rows) for rows in results.values())
    cells = [
        f"{total[k]['right']:>5}/{total[k]['wrong']}/{total[k]['None']}/{total[k]['lost']}".rjust(
            18
        )
        for k in keys
    ]
    print(f"{'all':28} {n:>3} " + " ".join(cells))


Results = dict[str, list[dict[str, Any]]]
Run = Callable[[dict[str, Any]], dict[str, Any]]


def run_cases(
    cases: list[dict[str, Any]], run: Run, expected: Run, others: Run | None, verbose: bool
) -> tuple[Results, Results, int]:
    """Each case through `run` (and `others`), by category; a line per miss (per case
    with `verbose`); and how many cases missed anything. Shared by the probes' runners."""
    mine: Results = defaultdict(list)
    theirs: Results = defaultdict(list)
    holes = 0
    for case in cases:
        res = run(case)
        mine[case["cat"]].append(res)
        bad = [k for k in ("text", "date", "language", "title") if res.get(k, "right") != "right"]
        holes += bool(bad)
        if bad or verbose:
            want = expected(case)
            print(f"[{'HOLE' if bad else 'ok'}] {case['id']}: {','.join(bad)} want "
                  f"{want['date']} {want['language']} | got {res['got']}")  # fmt: skip
        if others is not None:
            theirs[case["cat"]].append(others(case))
    return mine, theirs, holes


def chosen(
    doc: str, all_cases: list[dict[str, Any]], others_help: str
) -> tuple[list[dict[str, Any]], argparse.Namespace]:
    """A probe's command line (ids to run, `--others`, `--verbose`) and the cases it names."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("ids", nargs="*")
    parser.add_argument("--others", action="store_true", help=others_help)
    parser.add_argument("--verbose", action="store_true", help="print every case")
    args = parser.parse_args()
    return [c for c in all_cases if not args.ids or c["id"] in args.ids], args


def main() -> None:
    cases, args = chosen(__doc__, CASES, "also trafilatura and htmldate")
    others = run_others if args.others else None
    mine, theirs, holes = run_cases(cases, run_visitx, expected, others, args.verbose)
    print(f"\nread_html on {len(cases)} pages ({holes} with a miss):")
    _table(mine, ("text", "date", "language"))
    if args.others:
        print("\ntrafilatura extract (text), htmldate find_date (date):")
        _table(theirs, ("text", "date"))


if __name__ == "__main__":
    sys.exit(main())
