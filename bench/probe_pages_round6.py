# ruff: noqa: E501
"""Round-6 page probe: saved news pages as raw bytes in their true charset, written blind.

Each page is built from an article (probe_pages_round6_texts), a CMS-family builder
(probe_pages_round6_html) and a spec (probe_pages_round6_cases*) saying how the bytes are
encoded and what the page declares. Expected per page: the article text (body), a
snippet that must be in the text, snippets that must not be (comments, related
headlines), the publication date (or None) and the language.

    python bench/probe_pages_round6.py --list
    python bench/probe_pages_round6.py --out /tmp/pages6      # writes <name>.html + cases.json
    PYTHONPATH=src python bench/probe_pages_round6.py [--others] [--verbose] [names...]

Scored as rounds 4 and 5 score (`probe_pages_round4.probe_main`): text, day and language per
page, right / wrong / None / lost, by charset class; the text is right when the first words of
the first and last paragraphs and the blind `must` paragraph are in it and no related headline
or comment is. Also printed: the mean token F1 of the text against the article's paragraphs.
Blind answers stay in the cases; `RELABELS` holds answers changed to the README's conventions.
"""

from __future__ import annotations

import argparse
import codecs
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from probe_pages_round6_cases import CASES
from probe_pages_round6_cases2 import CASES2
from probe_pages_round6_html import BUILDERS
from probe_pages_round6_texts import ARTICLES

ALL = CASES + CASES2

BOMS = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}
BAD = b"\xe9\xff\x92\xfe\xc3"


def encode_page(spec: dict[str, Any]) -> bytes:
    """The page's bytes: its text in the true encoding, a BOM if asked, bad bytes if asked."""
    text = BUILDERS[spec["family"]](spec)
    data = text.encode(spec["enc"], errors="xmlcharrefreplace")  # legacy pages write &copy; etc. as references
    if spec.get("bom"):
        data = BOMS[spec["enc"]] + data
    bad = int(spec.get("bad", 0))
    if bad:
        last = ARTICLES[spec["art"]][2][-1]
        last_b = last.encode(spec["enc"])
        at = data.rindex(last_b)
        cut = last_b.find(b" ", len(last_b) // 2)
        cut = cut if cut > 0 else len(last_b) // 2
        data = data[: at + cut] + BAD[:bad] + data[at + cut:]
    return data


def expected(spec: dict[str, Any]) -> dict[str, Any]:
    _lang, title, paras = ARTICLES[spec["art"]]
    must = paras[1] if len(paras) > 1 else paras[0]
    must_not = [t for _a, _d, t in spec.get("comments") or []] + [h for h, _d in spec.get("related") or []]
    return {
        "name": spec["name"], "url": spec["url"], "fetched": spec["fetched"], "family": spec["family"],
        "http_charset": spec.get("header"), "true_encoding": spec["enc"], "declared": spec.get("decl"),
        "declared_at": spec.get("decl_at"), "bom": bool(spec.get("bom")), "bad_bytes": int(spec.get("bad", 0)),
        "title": title, "body": list(paras), "must": must, "must_not": must_not,
        "date": spec["date"], "lang": spec["lang"], "lang_attr": spec.get("lang_attr"),
        "traps": spec.get("traps", []), "source": spec["source"],
    }


def pages() -> list[tuple[dict[str, Any], bytes]]:
    names = [s["name"] for s in ALL]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise SystemExit(f"duplicate page names: {sorted(dupes)}")
    return [(expected(s), encode_page(s)) for s in ALL]


def main_build(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--list", action="store_true", help="print one line per page")
    ap.add_argument("--out", type=Path, help="write <name>.html and cases.json into this folder")
    args = ap.parse_args(argv)
    built = pages()
    if args.list:
        for exp, data in built:
            print(f"{exp['name']:32} {exp['true_encoding']:11} decl={exp['declared']!s:12} {exp['date']!s:10} {exp['lang']} {len(data)}B")
        print(f"{len(built)} pages")
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for exp, data in built:
            (args.out / f"{exp['name']}.html").write_bytes(data)
        (args.out / "cases.json").write_text(json.dumps([e for e, _ in built], ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"wrote {len(built)} pages to {args.out}")
    return 0


if __name__ == "__main__":
    if {"--list", "--out"} & set(sys.argv[1:]):
        raise SystemExit(main_build())
    from probe_pages_round6_score import main

    raise SystemExit(main())
