"""The report page's stylesheet and script, read from package data (`templates/`).

The CSV download in the script neutralises cells that a spreadsheet would run as
formulas with the same rule as `visitx.analysis.csvfile` (OWASP's): its character class
is built here from `FORMULA_STARTS`, so the two cannot drift apart.
"""

from __future__ import annotations

import json
from importlib import resources

from visitx.analysis.csvfile import FORMULA_STARTS

__all__ = ["CSV_CELL_JS", "PAGE_CSS", "SCRIPT", "formula_class"]


def _read(name: str) -> str:
    return resources.files("visitx.report").joinpath("templates", name).read_text("utf-8")


def formula_class() -> str:
    """A JavaScript regular expression matching a cell that begins like a formula."""
    chars = "".join(json.dumps(c)[1:-1] for c in FORMULA_STARTS).replace("-", "\\-")
    return f"/^[{chars}]/"


PAGE_CSS = _read("page.css")

# One CSV cell: whitespace collapsed, formula starts neutralised, quoted when needed.
CSV_CELL_JS = (
    "function vxCsvCell(text) {\n"
    '  var t = text.replace(/\\s+/g, " ").trim();\n'
    f'  if ({formula_class()}.test(t)) {{ t = "\'" + t; }}\n'
    "  return /[\",\\n]/.test(t) ? '\"' + t.replace(/\"/g, '\"\"') + '\"' : t;\n"
    "}\n"
)

# Sorting, filtering, CSV of the filtered rows, and opening the <details> an in-page link
# points to. Small and dependency-free on purpose; it must not contain "</script".
SCRIPT = CSV_CELL_JS + _read("report.js")
