# ruff: noqa: E501
# fmt: off
"""Round-5 saved pages (5/5): each case spec put together as the bytes a crawler would save.

`CASES` holds per page: `page` (bytes), `url`, `http` (the HTTP header's charset, if any),
`today` (the fetch day), and the hand answers `date`, `language`, `must`, `must_not`. Source of
every case: written blind for this probe (pages round 5).
"""

from __future__ import annotations

from typing import Any

from probe_pages_round4 import mutated
from probe_pages_round5_cases import BODIES, BOILER
from probe_pages_round5_cases2 import TEMPLATES, doc
from probe_pages_round5_cases3 import SOURCE
from probe_pages_round5_cases4 import CASE_SPECS


def _decl(spec: dict[str, Any]) -> str:
    decl = spec.get("decl", "meta:utf-8")
    if decl.startswith("meta:"):
        decl = f'<meta charset="{decl[5:]}">'
    elif decl.startswith("equiv:"):
        decl = f'<meta http-equiv="Content-Type" content="text/html; charset={decl[6:]}">'
    if spec.get("late"):  # a long inline script puts the declaration past the first 1024 bytes
        decl = "<script>var cfg = {" + ", ".join(f'"k{n}": {n}' for n in range(300)) + "};</script>" + decl
    return decl


def _html(spec: dict[str, Any]) -> str:
    lang, title, paras = BODIES[spec["body"]]
    o = {"title": title, **spec.get("o", {})}
    blang = spec.get("blang", lang)
    if spec.get("mutate") == "latin1_comment":
        o["comment_iso"] = o.get("comment_iso", "2024-06-21T09:00:00+00:00")
    head, body = TEMPLATES[spec["tpl"]](title, list(paras), blang, o)
    return doc(head, body, title=title, lang=spec.get("html_lang", lang), decl=_decl(spec),
               prolog=spec.get("prolog", ""), html_attrs=spec.get("html_attrs", ""))  # fmt: skip


def _bytes(spec: dict[str, Any]) -> bytes:
    raw = _html(spec).encode(spec.get("enc", "utf-8"), errors="xmlcharrefreplace")
    how = spec.get("mutate")
    if how == "latin1_comment":  # a comment pasted in Latin-1 into a UTF-8 page
        comment = BOILER[spec.get("blang", BODIES[spec["body"]][0])][2].encode("utf-8")
        return raw.replace(comment, "Très déçu, déjà vu.".encode("latin-1") + b" " + comment)
    # three stray bytes, a lost byte of a character, a byte-order mark (as in round 4)
    return mutated(raw, how, BODIES[spec["body"]][2][1], "utf-8")


def _must_not(spec: dict[str, Any]) -> list[str]:
    blang = spec.get("blang", BODIES[spec["body"]][0])
    _nav, rel, comment, cookie = BOILER[blang]
    o = spec.get("o", {})
    out = []
    if spec["tpl"] != "print" and o.get("related", True):
        out.append(rel[0])
    if "comment_iso" in o or spec.get("mutate") == "latin1_comment":
        out.append(comment)
    if o.get("cookie") or spec["tpl"] == "amp":
        out.append(cookie)
    return out


def build(spec: dict[str, Any]) -> dict[str, Any]:
    lang, _title, paras = BODIES[spec["body"]]
    return {
        "id": spec["id"], "cat": spec["cat"], "source": SOURCE, "page": _bytes(spec),
        "url": spec.get("url"), "http": spec.get("http"), "today": spec["today"],
        "date": spec["date"], "language": spec.get("language", lang),
        "must": [paras[0][:50], paras[-1][:50]], "must_not": _must_not(spec),
    }  # fmt: skip


CASES = [build(s) for s in CASE_SPECS]
