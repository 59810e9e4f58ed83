# ruff: noqa: E501
"""Write the round 11 saved pages and cases.json (written blind for this probe (pages round 11)).

    python bench/pages_round11/build.py

Each page is written as the bytes a server would send: the case's `enc` (its true charset), an optional
UTF-8 byte-order mark, stray bad bytes where the case asks for them. `cases.json` keeps the hand-checked
expectations: fragments the article text must hold and must not hold, the publication date, the language.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases_cjk  # noqa: E402
import cases_cyr  # noqa: E402
import cases_en  # noqa: E402
import cases_eu  # noqa: E402
import cases_rtl  # noqa: E402
from tpl import TEMPLATES  # noqa: E402

SOURCE = "written blind for this probe (pages round 11)"


def page_bytes(c: dict[str, Any]) -> bytes:
    text = c.get("prefix", "") + TEMPLATES[c["tpl"]](c)
    data = text.encode(c.get("enc", "utf-8"))
    for phrase in c.get("corrupt", []):  # a truncated three-byte sequence before the phrase
        raw = phrase.encode("utf-8")
        assert raw in data, phrase
        data = data.replace(raw, b"\xe5\x9c" + raw, 1)
    for word in c.get("corrupt_latin2", []):  # the word's letters written in ISO-8859-2
        raw = word.encode("utf-8")
        assert raw in data, word
        data = data.replace(raw, word.encode("iso-8859-2"), 1)
    if c.get("bom"):
        data = b"\xef\xbb\xbf" + data
    return data


def main() -> None:
    cases = cases_en.CASES + cases_eu.CASES + cases_rtl.CASES + cases_cjk.CASES + cases_cyr.CASES
    out = []
    seen = set()
    for c in cases:
        assert c["id"] not in seen, c["id"]
        seen.add(c["id"])
        name = c["id"] + ".html"
        (HERE / name).write_bytes(page_bytes(c))
        declared = c.get("meta_charset") or c.get("http_equiv")
        out.append({"id": c["id"], "file": name, "url": c.get("url"), "charset": c.get("enc", "utf-8"),
                    "declared": declared, "bom": bool(c.get("bom")), "template": c["tpl"],
                    "trap": c["trap"], "expect": c["expect"], "source": SOURCE})
    (HERE / "cases.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(out), "pages")


if __name__ == "__main__":
    main()
