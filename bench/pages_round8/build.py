# ruff: noqa: E501  (page templates and case tables: one long line each)
"""Build the round-8 blind pages (bytes) and their expectations: `python build.py` writes
`pages/<id>.html` and `cases.json` beside this file. Written blind for this probe
(pages round 8): the texts, layouts and expected answers are hand-written, not taken from visitx."""

from __future__ import annotations

import json
import pathlib
import re
from typing import Any

from cases import CASES, SITES
from layouts import amp, arc, blogger, comment_list, drupal, wordpress
from layouts2 import LAYOUTS

HERE = pathlib.Path(__file__).parent
FIT = {"©": "(c)", "“": '"', "”": '"', "»": ">>", "®": "(R)", "–": "-", "«": '"', "’": "'", "…": "...",
       "ș": "ş", "ț": "ţ", "Ș": "Ş", "Ț": "Ţ", "ė": "e", "—": "-", "„": '"', "·": "-", "ی": "ي"}
ALL = {"wp": wordpress, "arc": arc, "drupal": drupal, "amp": amp, "blogger": blogger, **LAYOUTS}


def articles() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(HERE.glob("articles_*.txt")):
        for block in path.read_text(encoding="utf-8").split("=== ")[1:]:
            lines = block.strip().splitlines()
            aid, lang = lines[0].split()
            art: dict[str, Any] = {"id": aid, "lang": lang, "P": [], "R": [], "C": []}
            for line in lines[1:]:
                key, _, val = line.partition(": ")
                if key == "T":
                    art["T"] = val
                elif key == "P":
                    art["P"].append(val)
                elif key in ("R", "C"):
                    art[key] = val.split(" | ")
            out[aid] = art
    return out


def fit(text: str, enc: str) -> str:
    out = []
    for ch in text:
        try:
            ch.encode(enc)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(FIT[ch])
    return "".join(out)


def url_of(art: dict[str, Any], c: dict[str, Any], n: int) -> str:
    host = art["host"]
    slug = re.sub(r"[^a-z0-9]+", "-", art["id"].lower())
    if "url" in c["where"] and c.get("pub"):
        y, m, d = c["pub"][:10].split("-")
        return f"https://{host}/{y}/{m}/{d}/{slug}-visit/"
    if c["lay"] == "amp":
        return f"https://{host}/amp/world/{slug}-{n}"
    return f"https://{host}/world/{slug}-{4000 + n}.html"


def build() -> list[dict[str, Any]]:
    arts = articles()
    out = []
    (HERE / "pages").mkdir(exist_ok=True)
    for n, spec in enumerate(CASES):
        c = dict(spec)
        a = dict(arts[c["art"]])
        a["site"], a["host"] = SITES[c["art"]]
        cs = c.get("cs", "utf-8")
        c.setdefault("decl", cs)
        c.setdefault("where", "")
        c["url"] = url_of(a, c, n)
        a["P"] = list(a["P"])
        if c.get("bad"):
            words = a["P"][1].split(" ")
            words.insert(len(words) // 2, "⟦BAD⟧")
            a["P"][1] = " ".join(words)
        html = ALL[c["lay"]](a, c)
        enc = "utf-8" if cs.startswith("utf-16") else cs
        html = fit(html, enc)
        data = html.encode(cs if cs != "utf-16" else "utf-16-le")
        if c.get("bad"):
            data = data.replace("\x00BAD\x00".encode(cs), c["bad"].encode("latin-1"))
        if c.get("bom"):
            data = {"utf-8": b"\xef\xbb\xbf", "utf-16": b"\xff\xfe"}[cs] + data
        (HERE / "pages" / f"{c['id']}.html").write_bytes(data)
        paras = [fit(p, enc) for p in a["P"]]
        must = [paras[0]] if len(paras) == 1 else [paras[0], paras[-1]]
        must_not = [fit(r, enc) for r in a["R"]]
        if c["lay"] in ("wp", "blogger", "table", "forum") or c.get("ncom"):
            must_not += [fit(t, enc) for _, _, t in comment_list(a, c)][:4]
        exp_date = c["exp_date"] if "exp_date" in c else (c["pub"][:10] if c.get("pub") else None)
        out.append({
            "id": c["id"], "file": f"pages/{c['id']}.html", "url": c["url"], "encoding": c.get("hdr"),
            "layout": c["lay"], "bytes_charset": cs, "declared_charset": c["decl"],
            "must": must, "must_not": must_not, "published": exp_date,
            "language": c.get("exp_lang", a["lang"]), "note": c.get("note", ""),
            "source": "written blind for this probe (pages round 8)",
        })
    (HERE / "cases.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    print(len(build()), "pages")
