"""Where the Anthropic and Gemini tests send their requests: a wire reference server
while recording (`--record-mode=rewrite`), the cassette otherwise."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import CASSETTES

REPLAY_ROOT = "http://reference.invalid"


@dataclass
class Wire:
    """The reference server of one API (None when replaying) and its URL."""

    root_url: str
    server: Any = None

    def script(self, *actions: Any) -> None:
        if self.server is not None:
            self.server.script(*actions)

    def sent(self, module: str, test: str) -> list[Any]:
        """The request bodies of this test: the server's while recording, else the cassette's.

        Cassettes are matched on the body, so a replayed test sent exactly these.
        """
        if self.server is not None:
            return list(self.server.requests)
        return sent_bodies(module, test)


def wire(request: pytest.FixtureRequest, server_class: type[Any]) -> Iterator[Wire]:
    if request.config.getoption("--record-mode", default="none") == "none":
        yield Wire(REPLAY_ROOT)
        return
    server = server_class().start()
    try:
        yield Wire(server.root_url, server)
    finally:
        server.stop()


def sent_bodies(module: str, test: str) -> list[Any]:
    """The request bodies recorded in a test's cassette."""
    import json

    path = CASSETTES / module / f"{test}.yaml"
    interactions = yaml.safe_load(Path(path).read_text("utf-8"))["interactions"]
    return [json.loads(item["request"]["body"]) for item in interactions]
