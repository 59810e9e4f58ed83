"""The README runs: its Python blocks execute offline against the demo cassette."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from visitx.llm.demo import DEMO_BASE_URL, DEMO_MODEL, demo_cassette
from visitx.testing import replay

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"(<!-- not-run: [^>]+ -->\n)?```python\n(.*?)```", re.DOTALL)
BLOCKS = [
    pytest.param(code, id=f"block{i}", marks=[pytest.mark.skip(reason=skip)] if skip else [])
    for i, (skip, code) in enumerate(BLOCK.findall(README))
]


FIRST = str(BLOCKS[0].values[0])


def test_readme_has_a_runnable_example() -> None:
    """The first Python block is the notebook-sized example, and it defines its `text`."""
    assert "from visitx import extract" in FIRST
    assert re.search(r"^text = ", FIRST, re.MULTILINE)


@pytest.mark.parametrize("code", BLOCKS)
def test_readme_block_runs(code: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each Python block of the README runs against recorded answers."""
    monkeypatch.setenv("VISITX_MODEL", DEMO_MODEL)
    monkeypatch.setenv("VISITX_BASE_URL", DEMO_BASE_URL)
    monkeypatch.setenv("VISITX_CACHE_DIR", str(tmp_path))
    monkeypatch.chdir(ROOT)  # the README's paths are a clone's
    namespace: dict[str, object] = {}
    with replay(demo_cassette()):
        if code != FIRST:  # later blocks go on from the first, as in a notebook
            exec(compile(FIRST, "README.md", "exec"), namespace)
        exec(compile(code, "README.md", "exec"), namespace)
    if "result" in namespace:
        assert namespace["result"].visits  # type: ignore[attr-defined]
