"""Round-4 saved pages, built as bytes, through `read_html`, against hand answers written blind.

The pages (`probe_pages_round4_cases*.py`, texts in `probe_pages_round4_texts.py`, markup
in `probe_pages_round4_html.py`) imitate site families the earlier probes did not: WordPress,
Drupal, Arc XP, Brightspot, AMP, Blogger, ministry press releases in ten languages (Solar
Hijri, Hijri, Japanese era and Minguo dates), wire datelines, regional papers in tables,
archive listings; UTF-8 under legacy declarations, real legacy bytes (windows-1251/1252/
1254/1256, KOI8-R, Shift_JIS, EUC-JP, EUC-KR, GBK, Big5), byte-order marks, stray bytes;
declared `lang` against the text, short pages; short articles in long boilerplate, and
comments or related stories carrying an injected instruction.

Per page: text (`right` when the first sentence of the first and last paragraphs are in
`article.text` and no `must_not` sentence is), the publication day and the language
(right / wrong / None / lost). The answers written blind stay in the cases; `RELABELS` holds
the answers changed to the README's documented conventions, each with its reason.
`--others` also runs htmldate's `find_date` (fast and extensive search) on the same bytes.

    PYTHONPATH=src python bench/probe_pages_round4.py [--others] [--verbose] [ids...]
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from probe_pages import Run, chosen, run_cases, verdict
from probe_pages_round4_cases import CASES_A
from probe_pages_round4_cases2 import CASES_B, FAVOR
from probe_pages_round4_cases3 import CASES_C
from probe_pages_round4_html import TEMPLATES, doc
from probe_pages_round4_texts import BODIES, BOILER, SHORT

CASES = CASES_A + CASES_B + FAVOR + CASES_C
TEXTS = {**BODIES, **SHORT}
TODAY = "2024-03-12"

# Answers changed after reading the README (the blind answer stays in the case): id -> changes.
RELABELS: dict[str, dict[str, Any]] = {
    "short-id-ms": {
        "language": "ms",
        "why": "README, Language: close languages the identifier "
        "confuses (ms/id) keep the page's declared one",
    },
    "drupal-created": {
        "date": None,
        "why": "README, Publication date: `03/05/2024` on a "
        '`lang="en"` page is an ambiguous numeric date, None',
    },
    "real-koi8-as-1251": {
        "garbled": True,
        "why": "README, Charset: a lone declaration the "
        "bytes fit (windows-1251 fits KOI8-R bytes) is taken",
    },
}


def _listing(title: str, lang: str) -> str:
    items = "".join(
        f'<li><a href="/news/{n}">{title} ({n})</a> <span class="date">2024-03-{12 - n % 10:02d}'
        f"</span></li>"
        for n in range(1, 26)
    )
    pager = '<div class="pager">1 2 3 Next</div>'
    return f'<h1>Archive</h1><ul class="archive-list">{items}</ul>{pager}'


def page_html(case: dict[str, Any]) -> str:
    lang, title, paras = TEXTS[case["body"]]
    paras = list(paras)
    if "subst" in case:
        title = _subst(title, case["subst"])
        paras = [_subst(p, case["subst"]) for p in paras]
    if "extra_para" in case:
        paras.append(case["extra_para"])
    if "also_read" in case:
        paras.insert(1, f'<a class="also-read" href="/news/77">{case["also_read"]}</a>')
    slots = {k: case.get(k, "") for k in ("byline", "after", "side", "foot", "dateline")}
    if case.get("boiler"):
        slots["side"] += BOILER[lang]
        slots["foot"] += BOILER[lang]
    if case.get("listing"):
        body = _listing(title, lang)
    else:
        body = TEMPLATES[case["tpl"]](title, paras, slots)
    head = case.get("decl", '<meta charset="utf-8">') + case.get("head", "")
    return doc(
        body, head=head, lang=case.get("html_lang", lang), title=title,
        prolog=case.get("prolog", ""), html_attrs=case.get("html_attrs", ""),
    )  # fmt: skip


def _subst(text: str, table: dict[str, str]) -> str:
    for a, b in table.items():
        text = text.replace(a, b)
    return text


def page_bytes(case: dict[str, Any]) -> bytes:
    # A legacy page writes what its charset lacks (©, …) as character references.
    raw = page_html(case).encode(case.get("enc", "utf-8"), errors="xmlcharrefreplace")
    paras = TEXTS[case["body"]][2]
    return mutated(raw, case.get("mutate"), paras[min(1, len(paras) - 1)], case.get("enc", "utf-8"))


def mutated(raw: bytes, how: str | None, second: str, enc: str) -> bytes:
    """The page's bytes damaged as `how` says: a byte-order mark put before them (`bom8`,
    `bom16le`), three stray bytes (`bad3`: after `<body>`, inside the paragraph `second`
    as `enc` writes it, before `</body>`), a multi-byte character cut in `second` (`cut`);
    else unchanged."""
    if how is None:
        return raw
    if how == "bom8":
        return b"\xef\xbb\xbf" + raw
    if how == "bom16le":
        return b"\xff\xfe" + raw
    if how not in {"bad3", "cut"}:
        return raw
    para = second.encode(enc)
    at = raw.index(para) + len(para) // 2
    if how == "bad3":
        at = raw.index(b" ", at) + 1
        raw = raw[:at] + b"\xff\xfe" + raw[at:]
        top = raw.index(b"<body>") + 6
        raw = raw[:top] + b"\xc3" + raw[top:]
        end = raw.rindex(b"</body>")
        return raw[:end] + b"\x81" + raw[end:]
    while raw[at] & 0xC0 != 0xC0:  # the lead byte of a multi-byte character
        at += 1
    return raw[: at + 1] + raw[at + 2 :]


def expected(case: dict[str, Any]) -> dict[str, Any]:
    lang, _title, paras = TEXTS[case["body"]]
    want = {
        "must": [] if case.get("listing") else [_head(paras[0]), _head(paras[-1])],
        "must_not": list(case.get("must_not", [])),
        "date": case["date"],
        "language": case.get("lang", lang),
        "garbled": False,
    }
    want.update({k: v for k, v in RELABELS.get(case["id"], {}).items() if k in want})
    return want


def _head(para: str) -> str:
    return para[:50]


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def run_visitx(case: dict[str, Any]) -> dict[str, Any]:
    from visitx import read_html
    from visitx.core.errors import VisitxError

    want = expected(case)
    today = dt.date.fromisoformat(case.get("today", TODAY))
    try:
        art = read_html(page_bytes(case), url=case.get("url"), encoding=case.get("http"),
                        today=today)  # fmt: skip
    except VisitxError as exc:
        ok = "right" if case.get("listing") else "lost"
        return {"text": ok, "date": ok, "language": ok, "got": str(exc)[:120]}
    text = _flat(art.text)
    must = [_flat(_subst(m, case.get("subst", {}))) for m in want["must"]]
    good = all(m in text for m in must) and not any(_flat(m) in text for m in want["must_not"])
    if want["garbled"]:
        good = not any(m in text for m in must)
    day = str(art.published) if art.published else None
    return {
        "text": "right" if good else "wrong",
        "date": verdict(day, want["date"]),
        "language": "right" if case.get("listing") else verdict(art.language, want["language"]),
        "got": f"{day} {art.language} {art.text[:60]!r}",
    }


def run_htmldate(case: dict[str, Any], extensive: bool) -> str:
    from htmldate import find_date

    try:
        day = find_date(
            page_bytes(case), url=case.get("url"), original_date=True,
            extensive_search=extensive, max_date=case.get("today", TODAY),
        )  # fmt: skip
    except Exception:
        day = None
    return verdict(day, expected(case)["date"])


def _both_htmldate(case: dict[str, Any]) -> dict[str, Any]:
    return {"fast": run_htmldate(case, False), "extensive": run_htmldate(case, True)}


def table(results: dict[str, list[dict[str, Any]]], keys: tuple[str, ...]) -> None:
    print(f"{'category':16} {'n':>3} " + " ".join(f"{k + ' r/w/N/lost':>22}" for k in keys))
    total: dict[str, Counter[str]] = defaultdict(Counter)
    rows_all = [("all", [r for rows in results.values() for r in rows])]
    for cat, rows in list(results.items()) + rows_all:
        cells = []
        for k in keys:
            c = Counter(r.get(k, "-") for r in rows)
            if cat != "all":
                total[k].update(c)
            cells.append(f"{c['right']}/{c['wrong']}/{c['None']}/{c['lost']}".rjust(22))
        print(f"{cat:16} {len(rows):>3} " + " ".join(cells))


def probe_main(doc: str, all_cases: list[dict[str, Any]], relabels: int, run: Run,
               want: Run, others: Run) -> None:  # fmt: skip
    """A probe's command line: ids to run, `--others` (htmldate), `--verbose`; the tables."""
    cases, args = chosen(doc, all_cases, "also htmldate fast and extensive")
    mine, theirs, holes = run_cases(cases, run, want, others if args.others else None,
                                    args.verbose)  # fmt: skip
    print(f"\nread_html on {len(cases)} pages ({holes} with a miss, {relabels} relabels):")
    table(mine, ("text", "date", "language"))
    if args.others:
        print("\nhtmldate find_date (date), fast and extensive search:")
        table(theirs, ("fast", "extensive"))


def main() -> None:
    probe_main(__doc__, CASES, len(RELABELS), run_visitx, expected, _both_htmldate)


if __name__ == "__main__":
    sys.exit(main())
