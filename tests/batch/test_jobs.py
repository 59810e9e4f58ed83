"""Provider batches against a local Files/Batches server: submit, status, collect, resubmit."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import visitx
from visitx import Article, ExtractionError, Extractor, Settings
from visitx.batch import glue
from visitx.batch.collect import collect_batch, resubmit_batch
from visitx.batch.jobs import batch_status, submit_batch
from visitx.batch.manifest import Manifest
from visitx.cli.main import main

from batch_server import BatchServer, caller
from conftest import ARTICLES, REFERENCE_MODEL, SEED_VISITS, SEEDS, load_article, seeds

# The local server is the only host these tests talk to.
pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


@pytest.fixture
def local(batch_server: BatchServer, tmp_path: Path) -> Settings:
    return caller(batch_server, tmp_path)


def chats(batch_server: BatchServer) -> int:
    return sum(1 for _, path in batch_server.calls if path.endswith("/chat/completions"))


def downloads(batch_server: BatchServer) -> int:
    return sum(1 for _, path in batch_server.calls if path.endswith("/content"))


# -- the glue: request shape and acceptance ----------------------------------------------


@pytest.mark.parametrize("mode", ["tools", "json_schema", "json", "md_json"])
def test_request_body_is_what_a_live_call_sends(
    batch_server: BatchServer, local: Settings, mode: Any
) -> None:
    """The batch request body equals the body the live call put on the wire, in each mode."""
    text, entry = load_article("001_9f738e0873a21075")
    ex = Extractor(local.replace(mode=mode, cache=False))
    ex.extract(text, published=entry["published"])
    on_the_wire = batch_server.requests[-1]
    job = glue.prepare(ex, Article(text=text, published=entry["published"]))
    assert glue.request_body(ex, job) == on_the_wire


def test_an_accepted_answer_is_a_cache_hit_for_extract(
    batch_server: BatchServer, local: Settings
) -> None:
    """accept() builds the record and caches it: a later extract() asks nobody."""
    text, entry = load_article("003_b26aa6423f84ab65")
    ex = Extractor(local)
    job = glue.prepare(ex, Article(text=text, published=entry["published"]))
    _, _, completion = batch_server.answer("/v1/chat/completions", glue.request_body(ex, job))
    result = glue.accept(ex, job, completion)
    assert len(result.visits) == SEED_VISITS["003_b26aa6423f84ab65"]
    assert result.meta.attempts == 1
    again = Extractor(local).extract(text, published=entry["published"])
    assert again.meta.cached
    assert chats(batch_server) == 0


def test_an_answer_that_is_not_a_draft_raises(batch_server: BatchServer, local: Settings) -> None:
    """A completion whose content is not draft JSON raises ExtractionError."""
    text, _ = load_article("000_3eacb9a9611f4138")
    ex = Extractor(local)
    job = glue.prepare(ex, Article(text=text))
    batch_server.script("garbage")
    _, _, completion = batch_server.answer("/v1/chat/completions", glue.request_body(ex, job))
    with pytest.raises(ExtractionError, match="does not fit the draft schema"):
        glue.accept(ex, job, completion)


def test_a_draft_quoting_absent_text_is_kept_flagged(
    batch_server: BatchServer, local: Settings
) -> None:
    """A well-shaped draft that quotes text not in the article is kept, ungrounded and warned."""
    text, _ = load_article("000_3eacb9a9611f4138")
    ex = Extractor(local)
    job = glue.prepare(ex, Article(text=text))

    def invent(draft: dict[str, Any]) -> dict[str, Any]:
        draft["visits"][0]["evidence"] = ["A sentence that no article ever held."]
        return draft

    batch_server.script(("wrong", invent))
    _, _, completion = batch_server.answer("/v1/chat/completions", glue.request_body(ex, job))
    result = glue.accept(ex, job, completion)
    assert result.visits[0].evidence[0].match is None
    assert not result.visits[0].grounded
    assert any("flagged" in w for w in result.meta.warnings)


# -- submit ------------------------------------------------------------------------------


def test_submit_writes_one_request_per_distinct_article(
    batch_server: BatchServer, local: Settings, tmp_path: Path
) -> None:
    """Each distinct article is one POST line with its own custom_id; a duplicate adds none."""
    articles = [*seeds(), Article(text=seeds()[0].text, id="again")]
    summary = submit_batch(articles, manifest=tmp_path / "m", settings=local, dry_run=True)
    state = Manifest.load(tmp_path / "m")
    lines = [json.loads(x) for x in state.requests_path(state.shards[0]).read_text().splitlines()]
    assert summary.requests == len(lines) == 5
    assert len({line["custom_id"] for line in lines}) == 5
    assert {(line["method"], line["url"]) for line in lines} == {("POST", "/v1/chat/completions")}
    assert all(
        line["custom_id"].startswith("vx-") and len(line["custom_id"]) == 43 for line in lines
    )
    assert summary.prompt_tokens > 5 * 1000  # each seed prompt is several thousand characters
    assert batch_server.calls == []  # a dry run uploads nothing


def test_submit_skips_articles_already_cached(
    batch_server: BatchServer, local: Settings, tmp_path: Path
) -> None:
    """An article extracted live before is not sent again, but still collected."""
    first = seeds()[0]
    Extractor(local).extract(first.text, published=first.published)
    summary = submit_batch(seeds(), manifest=tmp_path / "m", settings=local)
    assert (summary.requests, summary.cached) == (4, 1)
    done = collect_batch(tmp_path / "m", settings=local)
    assert sorted(r.article.source_id or "" for r in done.results) == SEEDS


def test_shards_respect_the_request_and_byte_limits(local: Settings, tmp_path: Path) -> None:
    """Request files are split at max_requests lines and before max_bytes bytes."""
    by_count = submit_batch(
        seeds(), manifest=tmp_path / "a", settings=local, max_requests=2, dry_run=True
    )
    assert [s.requests for s in by_count.shards] == [2, 2, 1]
    state = Manifest.load(tmp_path / "a")
    biggest = max(s.bytes for s in state.shards)
    by_size = submit_batch(
        seeds(), manifest=tmp_path / "b", settings=local, max_bytes=biggest + 1, dry_run=True
    )
    sizes = [s.bytes for s in Manifest.load(tmp_path / "b").shards]
    assert all(size <= biggest + 1 for size in sizes)
    assert sum(s.requests for s in by_size.shards) == 5


def test_an_interrupted_upload_resumes_without_uploading_twice(
    batch_server: BatchServer, local: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash between upload and job creation is finished by submitting with no input."""
    import openai

    client = openai.OpenAI(api_key="sk-local", base_url=batch_server.base_url, max_retries=0)

    def crash(**_: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(client.batches, "create", crash)
    with pytest.raises(KeyboardInterrupt):
        submit_batch(seeds(), manifest=tmp_path / "m", settings=local, client=client)
    assert Manifest.load(tmp_path / "m").shards[0].input_file_id is not None
    monkeypatch.undo()
    summary = submit_batch((), manifest=tmp_path / "m", settings=local)
    assert summary.shards[0].batch_id is not None
    assert sum(1 for _, path in batch_server.calls if path == "/v1/files") == 1


def test_inputs_that_are_not_articles_are_rejected_not_sent(
    local: Settings, tmp_path: Path
) -> None:
    """An empty text and a non-article are listed in `rejected`; the good one is sent."""
    items: list[Any] = ["   ", seeds()[0], 42]
    summary = submit_batch(items, manifest=tmp_path / "m", settings=local, dry_run=True)
    assert summary.requests == 1
    assert [where for where, _ in summary.rejected] == ["#0", "#2"]
    assert "empty" in summary.rejected[0][1]


def test_a_manifest_folder_holds_one_batch(local: Settings, tmp_path: Path) -> None:
    """Submitting new articles into a folder that holds a batch is refused."""
    submit_batch(seeds()[:1], manifest=tmp_path / "m", settings=local, dry_run=True)
    with pytest.raises(visitx.InputError, match="already holds a batch"):
        submit_batch(seeds()[1:], manifest=tmp_path / "m", settings=local, dry_run=True)


# -- status and collect ------------------------------------------------------------------


def test_status_reattaches_by_id(
    batch_server: BatchServer, local: Settings, tmp_path: Path
) -> None:
    """batch_status reads the job ids from the manifest and reports the provider's counts."""
    submit_batch(seeds(), manifest=tmp_path / "m", settings=local)
    summary = batch_status(tmp_path / "m", settings=local)
    assert [(s.status, dict(s.counts)) for s in summary.shards] == [
        ("completed", {"total": 5, "completed": 5, "failed": 0})
    ]


def test_collect_builds_the_records_of_every_article(
    batch_server: BatchServer, local: Settings, tmp_path: Path
) -> None:
    """Every answered line becomes a grounded record with the reference visit count."""
    submit_batch(seeds(), manifest=tmp_path / "m", settings=local, max_requests=2)
    done = collect_batch(tmp_path / "m", settings=local)
    assert [r.article.source_id for r in done.results] == SEEDS
    assert {r.article.source_id: len(r.visits) for r in done.results} == SEED_VISITS
    assert all(r.error is None and not r.meta.cached for r in done.results)
    assert (done.collected, done.failed, done.pending) == (5, (), 0)


def test_collecting_twice_validates_and_downloads_nothing_again(
    batch_server: BatchServer, local: Settings, tmp_path: Path
) -> None:
    """A second collect rewrites the same output from the cache: no duplicate, no download."""
    submit_batch(seeds(), manifest=tmp_path / "m", settings=local)
    out = tmp_path / "out.jsonl"
    collect_batch(tmp_path / "m", settings=local, output=out)
    first = out.read_text(encoding="utf-8").splitlines()
    fetched = downloads(batch_server)
    again = collect_batch(tmp_path / "m", settings=local, output=out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert again.collected == 0
    assert len(lines) == len(first) == 5
    assert [json.loads(x)["article"]["id"] for x in lines] == [
        json.loads(x)["article"]["id"] for x in first
    ]
    assert downloads(batch_server) == fetched


def test_a_crash_during_collect_resumes(
    batch_server: BatchServer, local: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Answers validated before a crash come from the cache; the rest are validated after."""
    submit_batch(seeds(), manifest=tmp_path / "m", settings=local)
    real = glue.accept
    calls = {"n": 0}

    def flaky(*args: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real(*args)

    monkeypatch.setattr(glue, "accept", flaky)
    out = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt):
        collect_batch(tmp_path / "m", settings=local, output=out)
    assert not out.exists()  # the output is only ever written whole
    monkeypatch.setattr(glue, "accept", real)
    done = collect_batch(tmp_path / "m", settings=local, output=out)
    assert done.collected == 3
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5


def test_jobs_still_running_are_pending(
    batch_server: BatchServer, local: Settings, tmp_path: Path
) -> None:
    """While a job runs, its articles are counted pending and nothing is written for them."""
    batch_server.hold = True
    submit_batch(seeds(), manifest=tmp_path / "m", settings=local)
    done = collect_batch(tmp_path / "m", settings=local)
    assert (len(done.results), done.pending) == (0, 5)
    batch_server.hold = False
    assert len(collect_batch(tmp_path / "m", settings=local).results) == 5


def test_a_repeated_article_waits_for_its_first_request(
    batch_server: BatchServer, local: Settings, tmp_path: Path
) -> None:
    """A duplicate is pending while its request runs, then gets its own record."""
    batch_server.hold = True
    articles = [*seeds(), Article(text=seeds()[0].text, published=seeds()[0].published, id="again")]
    submit_batch(articles, manifest=tmp_path / "m", settings=local)
    assert collect_batch(tmp_path / "m", settings=local).pending == 6
    batch_server.hold = False
    done = collect_batch(tmp_path / "m", settings=local)
    assert [r.article.source_id for r in done.results] == [*SEEDS, "again"]
    assert done.results[-1].article.text == done.results[0].article.text
    assert (done.collected, done.pending, done.failed) == (5, 0, ())


def test_errored_and_invalid_lines_are_listed(
    batch_server: BatchServer, local: Settings, tmp_path: Path
) -> None:
    """A line the provider failed (HTTP 500) and a non-JSON answer are listed, with records."""
    batch_server.script("answer", "500", "garbage")
    submit_batch(seeds(), manifest=tmp_path / "m", settings=local)
    done = collect_batch(tmp_path / "m", settings=local)
    kinds = {line.source_id: line.kind for line in done.failed}
    assert kinds == {SEEDS[1]: "errored", SEEDS[2]: "invalid"}
    errors = {r.article.source_id: r.error.type for r in done.results if r.error}
    assert errors == {SEEDS[1]: "ProviderError", SEEDS[2]: "ExtractionError"}
    assert len(done.results) == 5


def test_retry_live_answers_the_failed_lines(
    batch_server: BatchServer, local: Settings, tmp_path: Path
) -> None:
    """--retry-live asks the model live for the failed lines only."""
    batch_server.script("answer", "500", "garbage")
    submit_batch(seeds(), manifest=tmp_path / "m", settings=local)
    done = collect_batch(tmp_path / "m", settings=local, retry_live=True)
    assert done.failed == ()
    assert all(r.error is None for r in done.results)
    assert chats(batch_server) == 2


def test_an_expired_job_is_listed_and_resubmitted(
    batch_server: BatchServer, local: Settings, tmp_path: Path
) -> None:
    """Lines an expired job never ran are listed as expired; resubmit sends only those."""
    batch_server.expire_after(2)
    submit_batch(seeds(), manifest=tmp_path / "m", settings=local)
    done = collect_batch(tmp_path / "m", settings=local)
    assert [line.kind for line in done.failed] == ["expired"] * 3
    summary = resubmit_batch(tmp_path / "m", settings=local)
    assert [s.requests for s in summary.shards] == [5, 3]
    final = collect_batch(tmp_path / "m", settings=local)
    assert (final.collected, final.failed) == (3, ())
    assert sorted(r.article.source_id or "" for r in final.results) == SEEDS


def test_a_job_that_fails_validation_is_listed_with_its_reason(
    batch_server: BatchServer, local: Settings, tmp_path: Path
) -> None:
    """A job the provider rejects (status failed) lists every line with the provider's reason."""
    batch_server.reject_next = True
    submit_batch(seeds(), manifest=tmp_path / "m", settings=local)
    done = collect_batch(tmp_path / "m", settings=local)
    assert [line.kind for line in done.failed] == ["errored"] * 5
    assert "The model is not available." in done.failed[0].message


def test_collect_with_another_model_is_refused(local: Settings, tmp_path: Path) -> None:
    """Collecting with a model other than the batch's raises ConfigurationError."""
    submit_batch(seeds()[:1], manifest=tmp_path / "m", settings=local, dry_run=True)
    with pytest.raises(visitx.ConfigurationError, match="submitted for model"):
        collect_batch(tmp_path / "m", settings=local.replace(model="other-model"))


# -- command line ------------------------------------------------------------------------


def _env(batch_server: BatchServer, tmp_path: Path) -> dict[str, str]:
    return {
        "VISITX_MODEL": REFERENCE_MODEL,
        "VISITX_BASE_URL": batch_server.base_url,
        "VISITX_API_KEY": "sk-local",
        "VISITX_CACHE_DIR": str(tmp_path / "cache"),
    }


def test_cli_submit_status_collect(batch_server: BatchServer, tmp_path: Path) -> None:
    """The batch commands print the request count and estimate, the jobs, and collect."""
    runner = CliRunner()
    env = _env(batch_server, tmp_path)
    folder = str(tmp_path / "m")
    seeds_dir = str(ARTICLES / "seeds")
    submitted = runner.invoke(main, ["batch", "submit", seeds_dir, "--manifest", folder], env=env)
    assert submitted.exit_code == 0, submitted.output
    assert "5 request(s) in 1 file(s), about" in submitted.output
    status = runner.invoke(main, ["batch", "status", "--manifest", folder], env=env)
    assert "completed" in status.output
    out = tmp_path / "out.jsonl"
    collected = runner.invoke(
        main, ["batch", "collect", "--manifest", folder, "-o", str(out)], env=env
    )
    assert collected.exit_code == 0, collected.output
    assert "5 answer(s) validated now; 0 failed; 0 still running" in collected.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5


def test_cli_names_a_folder_without_a_manifest(batch_server: BatchServer, tmp_path: Path) -> None:
    """`batch status` on a folder with no manifest exits 3 with a one-line message."""
    result = CliRunner().invoke(
        main, ["batch", "status", "--manifest", str(tmp_path)], env=_env(batch_server, tmp_path)
    )
    assert result.exit_code == 3
    assert "holds no batch manifest" in result.output
    assert "Traceback" not in result.output


def test_cli_resubmit_then_collect_completes_an_expired_batch(
    batch_server: BatchServer, tmp_path: Path
) -> None:
    """`batch resubmit` sends the expired lines again; the next collect has them all."""
    runner = CliRunner()
    env = _env(batch_server, tmp_path)
    folder = str(tmp_path / "m")
    batch_server.expire_after(3)
    runner.invoke(main, ["batch", "submit", str(ARTICLES / "seeds"), "--manifest", folder], env=env)
    out = str(tmp_path / "out.jsonl")
    first = runner.invoke(main, ["batch", "collect", "--manifest", folder, "-o", out], env=env)
    assert first.output.count("  expired ") == 2
    again = runner.invoke(main, ["batch", "resubmit", "--manifest", folder], env=env)
    assert again.exit_code == 0, again.output
    assert "shard-00002" in again.output
    last = runner.invoke(main, ["batch", "collect", "--manifest", folder, "-o", out], env=env)
    assert "2 answer(s) validated now; 0 failed; 0 still running" in last.output
    records = [json.loads(x) for x in Path(out).read_text(encoding="utf-8").splitlines()]
    assert sorted(r["article"]["source_id"] for r in records) == sorted(
        str(ARTICLES / "seeds" / f"{stem}.txt") for stem in SEEDS
    )
    assert all(r["error"] is None for r in records)


def test_cli_collect_retry_live(batch_server: BatchServer, tmp_path: Path) -> None:
    """`batch collect --retry-live` answers the errored line live and lists no failure."""
    runner = CliRunner()
    env = _env(batch_server, tmp_path)
    folder = str(tmp_path / "m")
    batch_server.script("answer", "500")
    runner.invoke(main, ["batch", "submit", str(ARTICLES / "seeds"), "--manifest", folder], env=env)
    out = str(tmp_path / "out.jsonl")
    result = runner.invoke(
        main, ["batch", "collect", "--manifest", folder, "-o", out, "--retry-live"], env=env
    )
    assert result.exit_code == 0, result.output
    assert "0 failed" in result.output
    assert chats(batch_server) == 1


def _output_lines(folder: Path) -> tuple[Path, list[dict[str, Any]]]:
    state = Manifest.load(folder)
    path = state.output_path(state.shards[0])
    return path, [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def _write(path: Path, lines: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")


def test_a_repeated_custom_id_keeps_its_first_valid_answer(
    batch_server: BatchServer, local: Settings, tmp_path: Path
) -> None:
    """An id answered twice: a warning lists it, and the first answer that validates counts."""
    settings = local.replace(cache=False)  # every collect reads the output file again
    submit_batch(seeds(), manifest=tmp_path / "m", settings=settings)
    collect_batch(tmp_path / "m", settings=settings)
    path, lines = _output_lines(tmp_path / "m")
    first = lines[0]
    broken = json.loads(json.dumps(first))
    broken["response"]["body"]["choices"][0]["message"] = {
        "role": "assistant", "content": "not json"
    }
    later = json.loads(json.dumps(first))
    later["response"]["body"]["model"] = "a-later-answer"
    _write(path, [broken, first, later, *lines[1:]])
    done = collect_batch(tmp_path / "m", settings=settings)
    record = next(r for r in done.results if r.article.source_id == SEEDS[0])
    assert record.error is None
    assert record.meta.model == first["response"]["body"]["model"]
    assert len(done.warnings) == 1
    assert "answered more than once" in done.warnings[0]
    assert first["custom_id"] in done.warnings[0]


def test_an_unknown_custom_id_is_listed_and_ignored(
    batch_server: BatchServer, local: Settings, tmp_path: Path
) -> None:
    """A line for an id the batch never sent: a warning names it; the records are as before."""
    settings = local.replace(cache=False)
    submit_batch(seeds(), manifest=tmp_path / "m", settings=settings)
    collect_batch(tmp_path / "m", settings=settings)
    path, lines = _output_lines(tmp_path / "m")
    stranger = {**lines[0], "custom_id": "vx-not-ours"}
    _write(path, [*lines, stranger])
    done = collect_batch(tmp_path / "m", settings=settings)
    assert [r.article.source_id for r in done.results if r.error is None] == SEEDS
    assert len(done.warnings) == 1
    assert "never sent (vx-not-ours)" in done.warnings[0]


def test_collect_removes_temporary_files_a_killed_collect_left(
    batch_server: BatchServer, local: Settings, tmp_path: Path
) -> None:
    """Old `.*.tmp` files in the manifest folder and beside -o are gone after a collect."""
    submit_batch(seeds(), manifest=tmp_path / "m", settings=local)
    hour_ago = time.time() - 3600
    left = [tmp_path / "m" / ".output-0001.jsonl.x1.tmp", tmp_path / ".out.jsonl.x2.tmp"]
    for path in left:
        path.write_text("{", encoding="utf-8")
        os.utime(path, (hour_ago, hour_ago))
    collect_batch(tmp_path / "m", settings=local, output=tmp_path / "out.jsonl")
    assert [path.exists() for path in left] == [False, False]


def test_batch_calls_send_the_key_from_the_environment(
    batch_server: BatchServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Settings without api_key and OPENAI_API_KEY set: file and job calls send that key."""
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env")
    settings = Settings(
        model=REFERENCE_MODEL, base_url=batch_server.base_url, cache_dir=tmp_path / "cache"
    )
    submit_batch(seeds()[:1], manifest=tmp_path / "m", settings=settings)
    batch_status(tmp_path / "m", settings=settings)
    assert batch_server.keys
    assert set(batch_server.keys) == {"Bearer sk-from-env"}
