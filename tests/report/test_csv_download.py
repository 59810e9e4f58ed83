"""The report's CSV download applies OWASP's rule against formula injection, as Python does.

The download runs in the reader's browser; its cell function is run here with Node.js
(skipped where Node is not installed) on hand-written hostile names.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from visitx.analysis.csvfile import safe_cell
from visitx.report.assets import CSV_CELL_JS, SCRIPT
from visitx.report.page import render_report

NODE = shutil.which("node")
HOSTILE = [
    '=HYPERLINK("http://evil.invalid","x")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,1)",
    "\t=1",
    "\r=1",
    "Ankara",
    "a, b",
]


def run_js_cells(cells: list[str]) -> list[str]:
    """vxCsvCell applied to each cell by Node.js."""
    assert NODE is not None
    code = CSV_CELL_JS + f"console.log(JSON.stringify({json.dumps(cells)}.map(vxCsvCell)));"
    done = subprocess.run(
        [NODE, "-e", code], capture_output=True, text=True, timeout=60, check=True
    )
    out: list[str] = json.loads(done.stdout)
    return out


@pytest.mark.skipif(NODE is None, reason="needs Node.js to run the report's script")
def test_download_neutralises_formula_cells() -> None:
    """Cells beginning with = + - @ (or tab/CR before them) get a leading quote in the CSV."""
    assert run_js_cells(HOSTILE) == [
        '"\'=HYPERLINK(""http://evil.invalid"",""x"")"',
        "'+1+cmd|' /C calc'!A0",
        "'-2+3",
        '"\'@SUM(1,1)"',  # quoted for its comma
        "'=1",
        "'=1",
        "Ankara",
        '"a, b"',
    ]


@pytest.mark.skipif(NODE is None, reason="needs Node.js to run the report's script")
def test_download_and_python_agree() -> None:
    """For whitespace-free text, the script's rule and safe_cell neutralise the same cells."""
    cells = ["=x", "+x", "-x", "@x", "x=", "'x", "x"]
    assert run_js_cells(cells) == [safe_cell(c) for c in cells]


def test_report_embeds_the_cell_function() -> None:
    """The report's script is the one with the neutralising cell function."""
    assert CSV_CELL_JS in SCRIPT
    assert CSV_CELL_JS in render_report([])
