"""The public surface: a sorted __all__ of names that exist, and nothing private leaking."""

from __future__ import annotations

import subprocess
import sys

import visitx


def test_all_is_sorted_and_complete() -> None:
    """__all__ is sorted, and each name in it is importable from visitx."""
    assert visitx.__all__ == sorted(visitx.__all__)
    for name in visitx.__all__:
        assert hasattr(visitx, name), name


def test_public_names_are_exported() -> None:
    """Every public attribute of the package is listed in __all__ (modules aside)."""
    public = {
        name
        for name, value in vars(visitx).items()
        if not name.startswith("_") and not isinstance(value, type(visitx))
    }
    assert public <= set(visitx.__all__) | {"annotations"}


def test_import_does_not_load_heavy_dependencies() -> None:
    """`import visitx` loads neither openai, instructor, dateparser, babel nor the page readers."""
    code = (
        "import sys, visitx; "
        "print(sorted(m for m in ('openai','instructor','dateparser','babel','diskcache',"
        "'rapidfuzz','jdatetime','hijridate','trafilatura','lxml','py3langid','httpx2') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
