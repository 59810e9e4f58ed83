"""Install hints that work from a clone: the missing-extra errors name `pip install ".[x]"`."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from visitx import ConfigurationError, Settings
from visitx.analysis.tables import to_arrow
from visitx.llm import local


def test_missing_llama_cpp_names_the_clone_install_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Without xllamacpp, --model-path says pip install ".[local]" as well as visitx[local]."""
    monkeypatch.setitem(sys.modules, "xllamacpp", None)  # import now raises ImportError
    model = tmp_path / "m.gguf"
    model.write_bytes(b"GGUF")
    with pytest.raises(ConfigurationError) as info:
        local.check_settings(Settings(model_path=model, cache_dir=tmp_path))
    assert 'pip install ".[local]"' in str(info.value)
    assert 'pip install "visitx[local]"' in str(info.value)


def test_missing_pyarrow_names_the_clone_install_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pyarrow, to_arrow says pip install '.[parquet]' for a clone."""
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ConfigurationError, match=r"pip install '\.\[parquet\]'"):
        to_arrow([])
