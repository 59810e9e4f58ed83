# ruff: noqa: E501
"""Write the round 12 saved pages and cases.json (written blind for this probe (pages round 12)).

    python bench/pages_round12/build.py

Each page is written as the bytes a server would send (UTF-8 unless the case says `enc`).
`cases.json` keeps the hand-checked expectations: fragments the article text must hold and must
not hold, the publication date, the language, and for pages dated only by a relative stamp
("2 hours ago") the day the page was fetched (`fetched`).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases_a  # noqa: E402
import cases_b  # noqa: E402

SOURCE = "written blind for this probe (pages round 12)"


def main() -> None:
    out = []
    seen = set()
    for c in cases_a.CASES + cases_b.CASES:
        assert c["id"] not in seen, c["id"]
        seen.add(c["id"])
        name = c["id"] + ".html"
        enc = c.get("enc", "utf-8")
        (HERE / name).write_bytes(c["html"].encode(enc))
        out.append({"id": c["id"], "file": name, "url": c["url"], "charset": enc,
                    "declared": c.get("declared", "utf-8"), "bom": False, "template": c["tpl"],
                    "trap": c["trap"], "fetched": c.get("fetched"), "expect": c["expect"],
                    "source": SOURCE})
    (HERE / "cases.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
