"""A provider batch remembers the settings of its cache keys (`visitx.batch.submitted`):
`submit_batch` keeps temperature, strip_boilerplate, ... in manifest.json; `collect_batch`,
`resubmit_batch` and `batch_status` use them where the caller left the default, and refuse
another value with a `ConfigurationError`. A manifest written before they were kept
collects as before. Offline: the fake Files/Batches API on 127.0.0.1.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from visitx import Extractor, Settings
from visitx.batch.collect import collect_batch, resubmit_batch
from visitx.batch.jobs import batch_status, submit_batch
from visitx.batch.manifest import MANIFEST, Manifest
from visitx.core.errors import ConfigurationError, InputError

from batch_server import BatchServer, caller
from conftest import SEEDS, seeds

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

# What a batch submitted at temperature 0.2 with strip_boilerplate on keeps; the rest are
# the `Settings` defaults (max_tokens 4096, max_chars 60,000, llama.cpp controls 1.15 and
# 0.8, llama_cpp None: the endpoint is an OpenAI-compatible base_url, so they are keyed),
# and the server's base_url (`kept`).
KEPT = {
    "temperature": 0.2,
    "strip_boilerplate": True,
    "max_tokens": 4096,
    "max_chars": 60_000,
    "llama_cpp": None,
    "repeat_penalty": 1.15,
    "dry_multiplier": 0.8,
}


@pytest.fixture
def local(batch_server: BatchServer, tmp_path: Path) -> Settings:
    """The settings of a caller who sets nothing but where to connect."""
    return caller(batch_server, tmp_path)


@pytest.fixture
def folder(local: Settings, tmp_path: Path) -> Path:
    """A batch of the five seeds, submitted at temperature 0.2 with strip_boilerplate on."""
    submitted = local.replace(temperature=0.2, strip_boilerplate=True)
    submit_batch(seeds(), manifest=tmp_path / "m", settings=submitted)
    return tmp_path / "m"


def chats(batch_server: BatchServer) -> int:
    return sum(1 for _, path in batch_server.calls if path.endswith("/chat/completions"))


def forget_settings(folder: Path) -> None:
    """Make the manifest one written before visitx kept the submitted settings."""
    path = folder / MANIFEST
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["settings"]
    path.write_text(json.dumps(data), encoding="utf-8")


def kept(batch_server: BatchServer) -> dict[str, object]:
    return {**KEPT, "base_url": batch_server.base_url}


def test_submit_keeps_the_settings_in_the_manifest(batch_server: BatchServer, folder: Path) -> None:
    """manifest.json holds temperature 0.2, strip_boilerplate true, the keyed defaults and
    the endpoint."""
    data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    assert data["settings"] == kept(batch_server)
    assert Manifest.load(folder).settings == kept(batch_server)


def test_collect_without_the_settings_uses_the_submitted_ones(
    batch_server: BatchServer, local: Settings, folder: Path
) -> None:
    """Collected with default settings: all five records, no error, no live model call."""
    done = collect_batch(folder, settings=local)
    assert sorted(r.article.source_id or "" for r in done.results) == SEEDS
    assert [r.error for r in done.results] == [None] * 5
    assert (done.collected, done.failed, done.pending) == (5, (), 0)
    assert chats(batch_server) == 0


def test_the_collected_answers_are_cached_under_the_submitted_settings(
    batch_server: BatchServer, local: Settings, folder: Path
) -> None:
    """After collect, a live extract at 0.2 with stripping is a cache hit, asks nobody."""
    collect_batch(folder, settings=local)
    first = seeds()[0]
    again = Extractor(local.replace(temperature=0.2, strip_boilerplate=True)).extract(
        first.text, published=first.published
    )
    assert again.meta.cached
    assert chats(batch_server) == 0


def test_collect_with_another_temperature_is_refused(
    local: Settings, folder: Path, tmp_path: Path
) -> None:
    """temperature 0.5 against a batch sent at 0.2: ConfigurationError naming both, no output."""
    out = tmp_path / "out.jsonl"
    with pytest.raises(ConfigurationError) as caught:
        collect_batch(folder, output=out, settings=local.replace(temperature=0.5))
    message = str(caught.value)
    assert "submitted with temperature=0.2, but temperature=0.5 was given" in message
    assert "--temperature or VISITX_TEMPERATURE" in message
    assert not out.exists()


def test_status_reports_and_checks_the_settings(
    batch_server: BatchServer, local: Settings, folder: Path
) -> None:
    """batch_status shows the kept settings; a conflicting max_tokens is refused."""
    assert dict(batch_status(folder, settings=local).settings) == kept(batch_server)
    with pytest.raises(ConfigurationError, match="max_tokens=4096, but max_tokens=100"):
        batch_status(folder, settings=local.replace(max_tokens=100))


def test_resubmit_without_the_settings_sends_the_submitted_ones(
    batch_server: BatchServer, local: Settings, tmp_path: Path
) -> None:
    """Two expired lines resubmitted with default settings go out at 0.2; then all five."""
    batch_server.expire_after(3)
    submit_batch(seeds(), manifest=tmp_path / "m", settings=local.replace(temperature=0.2))
    assert len(collect_batch(tmp_path / "m", settings=local).failed) == 2
    summary = resubmit_batch(tmp_path / "m", settings=local)
    assert [s.requests for s in summary.shards] == [5, 2]
    state = Manifest.load(tmp_path / "m")
    lines = state.requests_path(state.shards[1]).read_text(encoding="utf-8").splitlines()
    assert {json.loads(line)["body"]["temperature"] for line in lines} == {0.2}
    done = collect_batch(tmp_path / "m", settings=local)
    assert (len(done.results), done.failed) == (5, ())


def test_an_older_manifest_collects_as_before_with_the_settings_given(
    batch_server: BatchServer, local: Settings, folder: Path
) -> None:
    """No kept settings: collect with the submit settings given again builds all five."""
    forget_settings(folder)
    done = collect_batch(folder, settings=local.replace(temperature=0.2, strip_boilerplate=True))
    assert sorted(r.article.source_id or "" for r in done.results) == SEEDS
    assert chats(batch_server) == 0


def test_an_older_manifest_without_the_settings_given_is_refused_as_before(
    local: Settings, folder: Path
) -> None:
    """No kept settings, none given: the cache keys differ, the old message names the options."""
    forget_settings(folder)
    with pytest.raises(ConfigurationError, match=r"written before visitx kept them.*--temperature"):
        collect_batch(folder, settings=local)


def test_an_older_manifest_is_saved_without_a_settings_key(
    local: Settings, folder: Path
) -> None:
    """Refreshing an older manifest (status) does not add "settings": older readers load it."""
    forget_settings(folder)
    batch_status(folder, settings=local.replace(temperature=0.2, strip_boilerplate=True))
    assert "settings" not in json.loads((folder / MANIFEST).read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("settings", "problem"),
    [
        ({"temperature": "0.2"}, "'temperature' has the wrong type"),
        ({"max_tokens": True}, "'max_tokens' has the wrong type"),
        ({"temperature": -1}, "'temperature' must be a finite number >= 0"),
        ({"repeat_penalty": 0.5}, "repeat_penalty must be >= 1.0"),
        ({"seed": 7}, "unknown key 'seed'"),
        ([0.2], "'settings' must be an object"),
    ],
)
def test_a_broken_settings_entry_is_named(
    folder: Path, settings: object, problem: str
) -> None:
    """A hand-edited "settings" that visitx could not have written is an InputError."""
    path = folder / MANIFEST
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**data, "settings": settings}), encoding="utf-8")
    with pytest.raises(InputError, match=problem):
        Manifest.load(folder)
