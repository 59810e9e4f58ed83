"""visitx.testing.replay: users replay their own cassettes, offline and without a key."""

from __future__ import annotations

from pathlib import Path

import pytest

import visitx
from visitx import Settings
from visitx.llm.demo import DEMO_BASE_URL, DEMO_MODEL, demo_cassette
from visitx.testing import ReplayError, replay

from conftest import load_article


def demo(tmp_path: Path) -> Settings:
    return Settings(model=DEMO_MODEL, base_url=DEMO_BASE_URL, cache_dir=tmp_path)


def test_replay_answers_recorded_requests(tmp_path: Path) -> None:
    """A recorded article is extracted with no network and no key; plays are counted."""
    text, entry = load_article("003_b26aa6423f84ab65")
    with replay(demo_cassette()) as transport:
        result = visitx.extract(text, published=entry["published"], settings=demo(tmp_path))
    assert [v.status for v in result.visits] == ["occurred", "invited"]
    assert transport.played == 1


def test_unrecorded_request_says_to_record_again(tmp_path: Path) -> None:
    """A request the cassette does not hold fails with a message that says what to do."""
    with replay(demo_cassette()), pytest.raises(visitx.ProviderError, match="record it again"):
        visitx.extract("An article nobody recorded.", settings=demo(tmp_path))


async def test_replay_serves_async_clients(tmp_path: Path) -> None:
    """The same cassette serves aextract."""
    text, entry = load_article("004_9cac97c1ccfe093a")
    with replay(demo_cassette()) as transport:
        result = await visitx.aextract(text, published=entry["published"], settings=demo(tmp_path))
    assert result.visits[0].participants[0].country == "TKM"
    assert transport.played == 1


def test_not_a_cassette_is_refused(tmp_path: Path) -> None:
    """A YAML file without interactions is refused with a clear error."""
    bogus = tmp_path / "x.yaml"
    bogus.write_text("hello: world\n")
    with pytest.raises(ReplayError, match="not a vcrpy cassette"):
        replay(bogus).__enter__()


def test_replay_covers_clients_built_before_the_block(tmp_path: Path) -> None:
    """An extractor whose client already exists is replayed inside the block too."""
    text, entry = load_article("003_b26aa6423f84ab65")
    extractor = visitx.Extractor(demo(tmp_path))
    extractor.provider.client("sync")  # built before replay() starts
    with replay(demo_cassette()) as transport:
        result = extractor.extract(text, published=entry["published"])
    assert transport.played == 1
    assert result.visits
