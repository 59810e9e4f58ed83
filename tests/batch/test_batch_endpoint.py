"""A provider batch remembers its endpoint and mode (`visitx.batch.submitted`).

`submit_batch` keeps `base_url` in manifest.json's "settings" without the credentials a URL
may carry (`user:pass@`, `?key=`); `collect_batch`, `resubmit_batch` and `batch_status`
take it where the caller left it unset, accept it given again (credentials or a trailing
slash do not make another endpoint) and refuse another one with a `ConfigurationError`
before anything is sent. The manifest's mode follows the same rule: `auto` takes it,
another mode is refused. A manifest written before `base_url` was kept resumes as before.
Offline: the fake Files/Batches API on 127.0.0.1.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from visitx import Settings
from visitx.batch.collect import collect_batch, resubmit_batch
from visitx.batch.jobs import batch_status, submit_batch
from visitx.batch.manifest import MANIFEST, Manifest
from visitx.batch.submitted import check_given, keys_differ, settings_for
from visitx.core.errors import ConfigurationError, InputError

from batch_server import BatchServer, caller, serving
from conftest import SEEDS, seeds

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


@pytest.fixture
def server() -> Iterator[BatchServer]:
    yield from serving()


@pytest.fixture
def other() -> Iterator[BatchServer]:
    """A second endpoint, where the batch was never sent."""
    yield from serving()


@pytest.fixture
def local(server: BatchServer, tmp_path: Path) -> Settings:
    return caller(server, tmp_path)


def with_password(base_url: str) -> str:
    """`base_url` with a user and password in it: http://me:hunter2@127.0.0.1:PORT/v1."""
    return base_url.replace("http://", "http://me:hunter2@", 1)


@pytest.fixture
def folder(local: Settings, tmp_path: Path) -> Path:
    """The five seeds, submitted to a base_url that carries a password."""
    submitted = local.replace(base_url=with_password(str(local.base_url)))
    submit_batch(seeds(), manifest=tmp_path / "m", settings=submitted)
    return tmp_path / "m"


def chats(server: BatchServer) -> int:
    return sum(1 for _, path in server.calls if path.endswith("/chat/completions"))


def test_the_endpoint_is_kept_without_its_password(server: BatchServer, folder: Path) -> None:
    """manifest.json keeps http://127.0.0.1:PORT/v1: neither "hunter2" nor the user."""
    text = (folder / MANIFEST).read_text(encoding="utf-8")
    assert json.loads(text)["settings"]["base_url"] == server.base_url
    assert "hunter2" not in text
    assert "me@" not in text
    assert "me:" not in text


def test_a_key_in_the_query_is_not_kept(local: Settings, tmp_path: Path) -> None:
    """A dry run to .../v1/?key=sekrit&api-version=2: kept as .../v1?api-version=2 (the
    parameters not named like a secret stay, `llm.wire.endpoint_of`), "sekrit" nowhere."""
    url = str(local.base_url) + "/?key=sekrit&api-version=2"
    submit_batch(seeds(), manifest=tmp_path / "m", settings=local.replace(base_url=url),
                 dry_run=True)  # fmt: skip
    text = (tmp_path / "m" / MANIFEST).read_text(encoding="utf-8")
    assert json.loads(text)["settings"]["base_url"] == f"{local.base_url}?api-version=2"
    assert "sekrit" not in text


def test_collect_without_a_base_url_goes_to_the_submitted_endpoint(
    server: BatchServer, local: Settings, folder: Path
) -> None:
    """base_url unset (OpenAI's default otherwise): collected from the kept endpoint, all five."""
    done = collect_batch(folder, settings=local.replace(base_url=None))
    assert sorted(r.article.source_id or "" for r in done.results) == SEEDS
    assert (done.collected, done.failed, done.pending) == (5, (), 0)
    assert ("GET", "/v1/batches/batch-0002") in server.calls  # reattached there
    assert chats(server) == 0


def test_the_same_endpoint_written_otherwise_is_accepted(
    local: Settings, folder: Path
) -> None:
    """Given again with the password and a trailing slash: the same endpoint, all five."""
    again = local.replace(base_url=with_password(str(local.base_url)) + "/")
    assert collect_batch(folder, settings=again).collected == 5


def test_another_endpoint_is_refused_before_anything_is_sent(
    other: BatchServer, local: Settings, folder: Path, tmp_path: Path
) -> None:
    """Collect at a second server: ConfigurationError naming both URLs, the second untouched,
    its password masked in the message."""
    out = tmp_path / "out.jsonl"
    asked = with_password(other.base_url)
    with pytest.raises(ConfigurationError) as caught:
        collect_batch(folder, output=out, settings=local.replace(base_url=asked))
    message = str(caught.value)
    assert (
        f"submitted with base_url={local.base_url}, but "
        f"base_url=http://me:***@{other.base_url.removeprefix('http://')} was given "
        "(--base-url or VISITX_BASE_URL)"
    ) in message
    assert "leave base_url unset" in message
    assert "hunter2" not in message
    assert other.calls == []
    assert not out.exists()


def test_status_and_resubmit_refuse_another_endpoint(
    other: BatchServer, local: Settings, folder: Path
) -> None:
    """batch_status and resubmit_batch check the endpoint too; the other server sees nothing."""
    elsewhere = local.replace(base_url=other.base_url)
    named = re.escape(f"but base_url={other.base_url} was given")
    with pytest.raises(ConfigurationError, match=named):
        batch_status(folder, settings=elsewhere)
    with pytest.raises(ConfigurationError, match=named):
        resubmit_batch(folder, settings=elsewhere)
    assert other.calls == []


def test_the_mode_is_kept_and_another_is_refused(local: Settings, folder: Path) -> None:
    """The reference server's batch is shaped for json_schema (auto, an OpenAI-compatible
    base_url): mode json is refused naming both; json_schema given, or auto, collects."""
    assert Manifest.load(folder).mode == "json_schema"
    with pytest.raises(ConfigurationError) as caught:
        collect_batch(folder, settings=local.replace(mode="json"))
    message = str(caught.value)
    assert "submitted with mode=json_schema, but mode=json was given (VISITX_MODE)" in message
    assert collect_batch(folder, settings=local.replace(mode="json_schema")).collected == 5
    again = collect_batch(folder, settings=local)  # now from the cache, under the same keys
    assert (len(again.results), again.failed) == (5, ())


def test_an_older_manifest_without_the_endpoint_resumes(
    local: Settings, folder: Path
) -> None:
    """"settings" without "base_url" (written before it was kept): collects with the
    base_url given, and refreshing it does not add the key."""
    path = folder / MANIFEST
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["settings"]["base_url"]
    path.write_text(json.dumps(data), encoding="utf-8")
    done = collect_batch(folder, settings=local)
    assert (done.collected, done.failed) == (5, ())
    assert "base_url" not in json.loads(path.read_text(encoding="utf-8"))["settings"]


def test_an_older_manifest_names_the_endpoint_when_the_keys_differ(
    local: Settings, folder: Path
) -> None:
    """Without a kept base_url, collecting (its jobs done) with none keys the articles for
    OpenAI's endpoint: the keys differ, and the message names the endpoint and --base-url."""
    collect_batch(folder, settings=local)  # the jobs finish: nothing more to ask a server
    path = folder / MANIFEST
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["settings"]["base_url"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ConfigurationError, match=r"\(the endpoint, or the prompt.*--base-url"):
        collect_batch(folder, settings=local.replace(base_url=None))


def test_with_the_endpoint_kept_only_the_prompt_is_left_to_differ(tmp_path: Path) -> None:
    """keys_differ for a manifest that keeps base_url names the visitx version, not --base-url."""
    message = str(keys_differ(tmp_path, {"base_url": None, "temperature": 0.0}))
    assert "The prompt or draft schema differs" in message
    assert "--base-url" not in message


def test_a_base_url_of_the_wrong_type_is_named(folder: Path) -> None:
    """A hand-edited "base_url": 8080 is an InputError naming it."""
    path = folder / MANIFEST
    data = json.loads(path.read_text(encoding="utf-8"))
    data["settings"]["base_url"] = 8080
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError, match="'base_url' has the wrong type"):
        Manifest.load(folder)


def test_openais_own_endpoint_written_out_is_the_unset_one(tmp_path: Path) -> None:
    """A batch sent to OpenAI with base_url unset (kept null) is collected with
    https://api.openai.com/v1 written out, and the other way round: the cache key names both
    the same endpoint (`llm.wire.endpoint_of`). Another endpoint is still refused."""
    written = Settings(base_url="https://api.openai.com/v1/")
    assert settings_for(written, {"base_url": None}, tmp_path).base_url == written.base_url
    kept = {"base_url": "https://api.openai.com/v1"}
    assert settings_for(Settings(), kept, tmp_path).base_url is None
    check_given({"base_url": None}, tmp_path, base_url="https://api.openai.com/v1")
    with pytest.raises(ConfigurationError, match="base_url"):
        settings_for(Settings(base_url="http://127.0.0.1:9/v1"), {"base_url": None}, tmp_path)
