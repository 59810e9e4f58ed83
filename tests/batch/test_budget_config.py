"""A budget for a model without a known price is a configuration error, not a budget stop."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import visitx
from visitx.cli.main import main

from conftest import local_settings

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

STORY = "The minister met his Turkish counterpart in Ankara on Tuesday."


def test_extract_many_refuses_a_budget_it_cannot_price(local_server: Any, tmp_path: Path) -> None:
    """ConfigurationError naming the model; no request is sent."""
    settings = local_settings(local_server, tmp_path, budget_usd=1.0)
    with pytest.raises(visitx.ConfigurationError, match="visitx-reference"):
        visitx.extract_many([STORY], settings=settings, progress=False)
    assert local_server.requests == []


def test_cli_exits_2_not_5_for_a_budget_it_cannot_price(
    local_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--budget` with the unpriced reference model: exit 2 (configuration), one line."""
    monkeypatch.setenv("VISITX_BASE_URL", local_server.base_url)
    monkeypatch.setenv("VISITX_MODEL", "visitx-reference")
    monkeypatch.setenv("VISITX_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "a.txt"
    source.write_text(STORY, encoding="utf-8")
    out = CliRunner().invoke(
        main, ["extract", str(source), "-o", str(tmp_path / "v.jsonl"), "--budget", "1"]
    )
    assert out.exit_code == 2, out.output
    assert "No price is known for model 'visitx-reference'" in out.output
    assert "Traceback" not in out.output
    assert "article(s):" not in out.output  # no summary of a run that never started
    assert local_server.requests == []
