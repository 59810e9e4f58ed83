"""The shipped cassettes: no secrets, no machine details, replayable by visitx.testing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import CASSETTES

FILES = sorted(CASSETTES.rglob("*.yaml"))
SECRET = re.compile(r"Bearer\s+\S+|sk-[A-Za-z0-9_-]{6,}|api[-_]key", re.IGNORECASE)


def test_there_are_cassettes() -> None:
    """The suite ships its recordings (a missing folder would make every replay test fail)."""
    assert len(FILES) > 20


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(CASSETTES)))
def test_no_secret_or_machine_header_is_recorded(path: Path) -> None:
    """Requests keep only content-type; no key, no user agent, no real host."""
    text = path.read_text("utf-8")
    assert not SECRET.search(text)
    for interaction in yaml.safe_load(text)["interactions"]:
        request = interaction["request"]
        assert set(request["headers"]) <= {"content-type"}
        assert request["uri"].startswith("http://reference.invalid/")
