"""Where the Anthropic and Gemini tests send their requests: a wire reference server
while recording (`--record-mode=rewrite`), the cassette otherwise."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

import visitx
from visitx import Settings
from visitx.llm.failures import failure_kind

from conftest import CASSETTES, load_article

REPLAY_ROOT = "http://reference.invalid"


@dataclass
class Wire:
    """The reference server of one API (None when replaying) and its URL."""

    root_url: str
    model: str
    server: Any = None

    def settings(self, tmp_path: Path, **changes: Any) -> Settings:
        """Settings for the model pointed at this wire, with a cache in tmp_path."""
        return Settings(
            model=self.model,
            base_url=self.root_url,
            api_key="reference-key",
            cache_dir=tmp_path / "c",
        ).replace(**changes)

    def failure(self, tmp_path: Path, article: str) -> visitx.ProviderError:
        """The ProviderError that extracting the test article `article` raises."""
        with pytest.raises(visitx.ProviderError) as info:
            visitx.Extractor(self.settings(tmp_path)).extract(load_article(article)[0])
        return info.value

    def assert_cut_off(self, tmp_path: Path, article: str) -> None:
        """An answer cut off at the provider's token limit is an ExtractionError saying so."""
        self.script("truncate")
        ex = visitx.Extractor(self.settings(tmp_path, max_reasks=0))
        with pytest.raises(visitx.ExtractionError, match="cut off"):
            ex.extract(load_article(article)[0])

    async def aextract(self, tmp_path: Path, article: str) -> visitx.Extraction:
        """`Extractor.aextract` of the test article `article`, the client closed after."""
        ex = visitx.Extractor(self.settings(tmp_path))
        result = await ex.aextract(load_article(article)[0])
        await ex.aclose()
        return result

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


def wire(request: pytest.FixtureRequest, server_class: type[Any], model: str) -> Iterator[Wire]:
    """The wire of `model`: `server_class` running while recording, the cassettes otherwise."""
    if request.config.getoption("--record-mode", default="none") == "none":
        yield Wire(REPLAY_ROOT, model)
        return
    server = server_class().start()
    try:
        yield Wire(server.root_url, model, server)
    finally:
        server.stop()


def sent_bodies(module: str, test: str) -> list[Any]:
    """The request bodies recorded in a test's cassette."""
    import json

    path = CASSETTES / module / f"{test}.yaml"
    interactions = yaml.safe_load(Path(path).read_text("utf-8"))["interactions"]
    return [json.loads(item["request"]["body"]) for item in interactions]


def assert_context_too_long(error: visitx.ProviderError) -> None:
    """The provider's "too long" answer: a 400 ContextTooLong whose message names max_chars."""
    assert error.status_code == 400
    assert "max_chars" in str(error)
    assert isinstance(error, visitx.ContextTooLong)


def assert_refused_key(error: visitx.ProviderError) -> None:
    """A refused key: a 401 AuthenticationError of the "auth" kind that stops a batch at once."""
    assert error.status_code == 401
    assert isinstance(error, visitx.AuthenticationError)
    assert failure_kind(error.__cause__ or error) == "auth"
