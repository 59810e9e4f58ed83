"""Anthropic's Message Batches against a local server speaking their wire format.

Submit, status, collect and resubmit for `anthropic/...` models, as `test_jobs.py` tests
them for OpenAI's Batch API: the same manifest, reattaching, collecting into the draft
cache. Every HTTP call has a 30-second timeout, so a hang fails the test.
"""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from claude_batches import MessageBatchServer
from click.testing import CliRunner

from visitx import Article, ConfigurationError, Extractor, InputError, ProviderError, Settings
from visitx.batch.collect import collect_batch, resubmit_batch
from visitx.batch.jobs import batch_status, submit_batch
from visitx.batch.manifest import Manifest, read_lines
from visitx.batch.spend import batch_cost
from visitx.cli.main import main
from visitx.core.models import Usage

from batch_server import caller
from conftest import ARTICLES, SEED_VISITS, SEEDS, load_article, seeds

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

MODEL = "anthropic/claude-reference"
ANTHROPIC_ID = re.compile(r"[a-zA-Z0-9_-]{1,64}")


@pytest.fixture
def server() -> Iterator[MessageBatchServer]:
    running = MessageBatchServer().start()
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def claude(server: MessageBatchServer, tmp_path: Path) -> Settings:
    changes = {"base_url": server.root_url, "api_key": "reference-key", "timeout": 30}
    return caller(server, tmp_path, model=MODEL, **changes)


def live_calls(server: MessageBatchServer) -> int:
    return sum(1 for _, path in server.calls if path == "/v1/messages")


# -- what is sent --------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["tools", "json_schema", "json", "md_json"])
def test_params_are_what_a_live_call_sends(
    server: MessageBatchServer, claude: Settings, tmp_path: Path, mode: Any
) -> None:
    """The params Anthropic receives in a batch equal the live call's body, in each mode."""
    text, entry = load_article("001_9f738e0873a21075")
    live = claude.replace(mode=mode, cache=False)
    Extractor(live).extract(text, published=entry["published"])
    on_the_wire = server.requests[-1]
    article = Article(text=text, published=entry["published"], id="one")
    submit_batch([article], manifest=tmp_path / "m", settings=live)
    assert server.created()[0][0]["params"] == on_the_wire


def test_a_json_schema_batch_is_collected_into_the_json_schema_cache(
    server: MessageBatchServer, claude: Settings, tmp_path: Path
) -> None:
    """Structured-output answers (text blocks) become records; extract in that mode hits."""
    settings = claude.replace(mode="json_schema")
    submit_batch(seeds(), manifest=tmp_path / "m", settings=settings)
    done = collect_batch(tmp_path / "m", settings=settings)
    assert {r.article.source_id: len(r.visits) for r in done.results} == SEED_VISITS
    assert {r.meta.mode for r in done.results} == {"json_schema"}
    text, entry = load_article(SEEDS[0])
    assert Extractor(settings).extract(text, published=entry["published"]).meta.cached
    assert live_calls(server) == 0


def test_submit_sends_one_request_per_article_with_the_cached_system_block(
    server: MessageBatchServer, claude: Settings, tmp_path: Path
) -> None:
    """One Message Batch holds a {custom_id, params} request per article; the manifest says so."""
    summary = submit_batch(seeds(), manifest=tmp_path / "m", settings=claude)
    (requests,) = server.created()
    assert [r["custom_id"] for r in requests] == [
        json.loads(line)["custom_id"]
        for line in (tmp_path / "m" / "shard-00001.requests.jsonl").read_text("utf-8").splitlines()
    ]
    assert len(requests) == 5
    params = requests[0]["params"]
    assert params["model"] == "claude-reference"
    assert params["system"][0]["cache_control"] == {"type": "ephemeral"}
    assert (params["tool_choice"]["type"], params["tool_choice"]["name"]) == ("tool", "Draft")
    state = Manifest.load(tmp_path / "m")
    assert (state.provider, state.model, state.mode) == ("anthropic", MODEL, "tools")
    assert summary.shards[0].batch_id == "msgbatch_0001"
    assert summary.shards[0].status == "in_progress"


def test_article_ids_anthropic_refuses_become_valid_custom_ids(
    server: MessageBatchServer, claude: Settings, tmp_path: Path
) -> None:
    """Ids with spaces, other scripts or over 64 characters are mapped; records keep them."""
    odd = ["Bericht über den Besuch", "سفر رسمی", "x" * 80, "a/b.c", "vx:1"]
    articles = [
        Article(text=a.text, published=a.published, id=i)
        for a, i in zip(seeds(), odd, strict=True)
    ]
    submit_batch(articles, manifest=tmp_path / "m", settings=claude)
    (requests,) = server.created()
    assert all(ANTHROPIC_ID.fullmatch(r["custom_id"]) for r in requests)
    done = collect_batch(tmp_path / "m", settings=claude)
    assert sorted(r.article.source_id or "" for r in done.results) == sorted(odd)


def test_requests_over_the_limit_are_split_into_batches(
    server: MessageBatchServer, claude: Settings, tmp_path: Path
) -> None:
    """max_requests=2 puts five articles in three Message Batches of 2, 2 and 1."""
    summary = submit_batch(seeds(), manifest=tmp_path / "m", settings=claude, max_requests=2)
    assert [len(r) for r in server.created()] == [2, 2, 1]
    assert [s.batch_id for s in summary.shards] == [
        "msgbatch_0001",
        "msgbatch_0002",
        "msgbatch_0003",
    ]


# -- reattach, collect ---------------------------------------------------------------------


def test_status_reattaches_from_the_manifest_alone(
    server: MessageBatchServer, claude: Settings, tmp_path: Path
) -> None:
    """A later process with only the URL and key sees in_progress, then ended with counts."""
    server.hold = True
    submit_batch(seeds(), manifest=tmp_path / "m", settings=claude)
    later = Settings(base_url=server.root_url, api_key="reference-key", timeout=30)
    assert batch_status(tmp_path / "m", settings=later).shards[0].status == "in_progress"
    server.hold = False
    shard = batch_status(tmp_path / "m", settings=later).shards[0]
    assert shard.status == "ended"
    assert shard.counts["succeeded"] == 5
    assert shard.counts["processing"] == 0


def test_a_running_batch_is_pending(
    server: MessageBatchServer, claude: Settings, tmp_path: Path
) -> None:
    """Collecting while the batch is in_progress downloads nothing and counts all pending."""
    server.hold = True
    submit_batch(seeds(), manifest=tmp_path / "m", settings=claude)
    done = collect_batch(tmp_path / "m", settings=claude)
    assert (done.pending, done.collected, done.results) == (5, 0, [])
    assert not any(path.endswith("/results") for _, path in server.calls)


def test_collect_builds_every_record_and_extract_is_then_all_cache_hits(
    server: MessageBatchServer, claude: Settings, tmp_path: Path
) -> None:
    """Succeeded messages become records and drafts in the cache: extract asks nobody."""
    submit_batch(seeds(), manifest=tmp_path / "m", settings=claude)
    done = collect_batch(tmp_path / "m", output=tmp_path / "out.jsonl", settings=claude)
    assert (done.collected, done.failed, done.pending) == (5, (), 0)
    records = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()]
    assert {r["article"]["source_id"]: len(r["visits"]) for r in records} == SEED_VISITS
    assert all(r["meta"]["mode"] == "tools" for r in records)
    again = Extractor(claude)
    for article in seeds():
        result = again.extract(article.text, published=article.published)
        assert result.meta.cached
    assert live_calls(server) == 0


def test_collect_reports_the_tokens_and_the_prompt_cache(
    server: MessageBatchServer, claude: Settings, tmp_path: Path
) -> None:
    """Usage adds the answers' tokens; the system block is written once and read four times."""
    submit_batch(seeds(), manifest=tmp_path / "m", settings=claude)
    done = collect_batch(tmp_path / "m", settings=claude)
    assert done.usage is not None
    writes = [r.meta.usage.cache_write_tokens for r in done.results]
    reads = [r.meta.usage.cache_read_tokens for r in done.results]
    assert sorted(w > 0 for w in writes) == [False] * 4 + [True]
    assert done.usage.cache_read_tokens == 4 * max(writes)
    assert sum(reads) == done.usage.cache_read_tokens
    assert done.cost_usd is None  # the reference model has no price


def test_the_batch_rate_is_half_the_live_price() -> None:
    """claude-3-5-haiku at $0.80 in and $4 out per million tokens: $2.40 for 1M + 1M in a batch."""
    used = Usage(prompt_tokens=1_000_000, completion_tokens=1_000_000, total_tokens=2_000_000)
    assert batch_cost("anthropic/claude-3-5-haiku-latest", used) == pytest.approx(2.40)


def test_collecting_twice_downloads_and_validates_once(
    server: MessageBatchServer, claude: Settings, tmp_path: Path
) -> None:
    """A second collect reads the cache: no new results download, nothing validated."""
    submit_batch(seeds(), manifest=tmp_path / "m", settings=claude)
    collect_batch(tmp_path / "m", settings=claude)
    again = collect_batch(tmp_path / "m", settings=claude)
    assert again.collected == 0
    assert len(again.results) == 5
    assert sum(1 for _, path in server.calls if path.endswith("/results")) == 1


# -- failures --------------------------------------------------------------------------------


def test_an_overloaded_request_is_errored_and_resubmitted(
    server: MessageBatchServer, claude: Settings, tmp_path: Path
) -> None:
    """A request answered 529 overloaded_error is an errored record; resubmit sends it alone."""
    server.script("answer", "529")  # the second request of the batch
    submit_batch(seeds(), manifest=tmp_path / "m", settings=claude)
    first = collect_batch(tmp_path / "m", settings=claude)
    (line,) = first.failed
    assert (line.source_id, line.kind) == (SEEDS[1], "errored")
    assert "overloaded_error" in line.message
    failed = [r for r in first.results if r.error is not None]
    assert [r.error.type for r in failed if r.error] == ["ProviderError"]
    resubmit_batch(tmp_path / "m", settings=claude)
    assert [r["custom_id"] for r in server.created()[1]] == [line.custom_id]
    last = collect_batch(tmp_path / "m", settings=claude)
    assert (last.collected, last.failed) == (1, ())
    assert sorted(r.article.source_id or "" for r in last.results) == SEEDS


def test_expired_requests_are_listed_and_resubmitted(
    server: MessageBatchServer, claude: Settings, tmp_path: Path
) -> None:
    """A batch that expires after two requests lists three expired; resubmitting finishes it."""
    server.expire_after(2)
    submit_batch(seeds(), manifest=tmp_path / "m", settings=claude)
    first = collect_batch(tmp_path / "m", settings=claude)
    assert [line.kind for line in first.failed] == ["expired"] * 3
    assert first.collected == 2
    resubmit_batch(tmp_path / "m", settings=claude)
    assert len(server.created()[1]) == 3
    last = collect_batch(tmp_path / "m", settings=claude)
    assert (last.collected, last.failed, len(last.results)) == (3, (), 5)


def test_a_canceled_batch_lists_its_requests_as_canceled(
    server: MessageBatchServer, claude: Settings, tmp_path: Path
) -> None:
    """Requests of a batch canceled before they ran are `canceled` failures, resubmittable."""
    import anthropic

    server.hold = True
    summary = submit_batch(seeds(), manifest=tmp_path / "m", settings=claude)
    client = anthropic.Anthropic(api_key="reference-key", base_url=server.root_url, timeout=30)
    client.messages.batches.cancel(str(summary.shards[0].batch_id))
    done = collect_batch(tmp_path / "m", settings=claude)
    assert [line.kind for line in done.failed] == ["canceled"] * 5
    assert "canceled before this request ran" in done.failed[0].message


def test_an_overloaded_create_keeps_the_manifest_for_a_later_submit(
    server: MessageBatchServer, claude: Settings, tmp_path: Path
) -> None:
    """A 529 on create is a ProviderError; submitting again with no input starts the batch."""
    server.fail_next("529")
    with pytest.raises(ProviderError, match="Overloaded"):
        submit_batch(seeds(), manifest=tmp_path / "m", settings=claude)
    assert Manifest.load(tmp_path / "m").shards[0].batch_id is None
    summary = submit_batch((), manifest=tmp_path / "m", settings=claude)
    assert summary.shards[0].batch_id == "msgbatch_0001"
    assert len(server.created()) == 1


def test_retry_live_answers_an_errored_request_now(
    server: MessageBatchServer, claude: Settings, tmp_path: Path
) -> None:
    """--retry-live asks Messages live for the errored request; no failure is left."""
    server.script("answer", "529")
    submit_batch(seeds(), manifest=tmp_path / "m", settings=claude)
    done = collect_batch(tmp_path / "m", settings=claude, retry_live=True)
    assert done.failed == ()
    assert live_calls(server) == 1
    assert {r.article.source_id: len(r.visits) for r in done.results} == SEED_VISITS


def test_a_refused_key_on_status_is_one_line_in_the_cli(
    server: MessageBatchServer, claude: Settings, tmp_path: Path
) -> None:
    """A 401 authentication_error from retrieve exits non-zero with no traceback."""
    submit_batch(seeds(), manifest=tmp_path / "m", settings=claude)
    server.fail_next("401")
    env = {"ANTHROPIC_API_KEY": "reference-key", "VISITX_API_KEY": None}
    result = CliRunner().invoke(
        main,
        ["batch", "status", "--manifest", str(tmp_path / "m"), "--base-url", server.root_url],
        env=env,
    )
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert "API key" in result.output


def test_a_manifest_of_another_provider_is_refused(
    server: MessageBatchServer, claude: Settings, tmp_path: Path
) -> None:
    """A manifest.json whose provider visitx does not know is named, not guessed."""
    submit_batch(seeds(), manifest=tmp_path / "m", settings=claude, dry_run=True)
    path = tmp_path / "m" / "manifest.json"
    data = json.loads(path.read_text("utf-8"))
    path.write_text(json.dumps({**data, "provider": "gemini"}), "utf-8")
    with pytest.raises(InputError, match="'provider' must be one of openai, anthropic"):
        Manifest.load(tmp_path / "m")


def test_a_dead_endpoint_is_a_provider_error(claude: Settings, tmp_path: Path) -> None:
    """Nothing listening at base_url: a ProviderError, and the request files stay."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    dead = claude.replace(base_url=f"http://127.0.0.1:{port}")
    with pytest.raises(ProviderError):
        submit_batch(seeds(), manifest=tmp_path / "m", settings=dead)
    assert len(list(read_lines(tmp_path / "m" / "shard-00001.requests.jsonl"))) == 5


def test_gemini_batches_are_refused_with_the_way_out(tmp_path: Path) -> None:
    """A google/ model names the batch APIs visitx speaks and `visitx extract`."""
    with pytest.raises(ConfigurationError, match="visitx extract"):
        submit_batch([], manifest=tmp_path / "m", settings=Settings(model="google/gemini-x"))


# -- the command line ------------------------------------------------------------------------


def test_cli_submit_status_collect(server: MessageBatchServer, tmp_path: Path) -> None:
    """`visitx batch` with an anthropic/ model: submit, status, collect print no traceback."""
    runner = CliRunner()
    env = {
        "ANTHROPIC_API_KEY": "reference-key",
        "VISITX_API_KEY": None,
        "VISITX_MODEL": None,
        "VISITX_BASE_URL": server.root_url,
        "VISITX_CACHE_DIR": str(tmp_path / "cache"),
    }
    folder = str(tmp_path / "m")
    submitted = runner.invoke(
        main,
        ["batch", "submit", str(ARTICLES / "seeds"), "--manifest", folder, "--model", MODEL],
        env=env,
    )
    assert submitted.exit_code == 0, submitted.output
    assert "shard-00001: msgbatch_0001 (in_progress, 5 requests)" in submitted.output
    status = runner.invoke(main, ["batch", "status", "--manifest", folder], env=env)
    assert "ended" in status.output
    assert "succeeded 5" in status.output
    out = tmp_path / "out.jsonl"
    collected = runner.invoke(
        main, ["batch", "collect", "--manifest", folder, "-o", str(out)], env=env
    )
    assert collected.exit_code == 0, collected.output
    assert "5 answer(s) validated now; 0 failed; 0 still running" in collected.output
    assert "at the batch rate" in collected.output
    assert "Traceback" not in submitted.output + status.output + collected.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5
    assert server.keys
    assert all("reference-key" in str(key) for key in server.keys)
