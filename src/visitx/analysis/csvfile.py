"""CSV files a spreadsheet can open safely: cells that would run as formulas are neutralised.

A name quoted from an article ("=HYPERLINK(...)", "+7 ...", "@SUM(...)") would reach
Excel, LibreOffice or Google Sheets as a formula. OWASP's rule for CSV injection: a cell
that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading single
quote, which spreadsheets read as "this is text"; every cell is quoted (RFC 4180). The
report's CSV download applies the same rule in its script (`report/assets.py`).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

__all__ = ["FORMULA_STARTS", "csv_value", "safe_cell", "write_csv"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a cell as a formula (OWASP)."""


def safe_cell(text: str) -> str:
    """The text with a leading `'` when a spreadsheet would read it as a formula.

    Example:
        >>> safe_cell("=1+1"), safe_cell("-2"), safe_cell("Ankara")
        ("'=1+1", "'-2", 'Ankara')
    """
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_value(value: Any) -> str | int | float:
    """One cell: lists joined with "; ", dates in ISO form, dicts as JSON, text made safe.

    Numbers stay numbers (a negative count is not a formula); everything written as text
    goes through `safe_cell`.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return safe_cell("; ".join(str(v) for v in value))
    if isinstance(value, dict):
        return safe_cell(json.dumps(value, ensure_ascii=False, sort_keys=True))
    return safe_cell(str(value))


def write_csv(path: str | Path, columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> Path:
    """Write rows (dicts keyed by column) as UTF-8 CSV (with BOM), a header, every cell quoted."""
    out = Path(path)
    # The BOM makes Excel read the file as UTF-8 (Persian, Turkish, Arabic names).
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL)
        writer.writerow([safe_cell(c) for c in columns])
        for row in rows:
            writer.writerow([csv_value(row.get(c)) for c in columns])
    return out
