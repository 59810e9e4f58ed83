"""`visitx extract` as people run it: re-runs into one file, dead endpoints, pipes, errors.

These tests run the reference server on 127.0.0.1 (no cassette). The pipe, slow-stdin and
Ctrl-C tests start `python -m visitx` in a subprocess, since only a real process has a
real stdout to close and a real SIGINT to receive.
"""

from __future__ import annotations

import json
import os
import select
import signal
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import visitx
from visitx.cli.main import main

from conftest import ARTICLES, REFERENCE_MODEL, load_article

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

INDEX = ARTICLES / "index.jsonl"
SEEDS = ARTICLES / "seeds"
GERMAN = SEEDS / "004_9cac97c1ccfe093a.txt"
TURKISH = SEEDS / "001_9f738e0873a21075.txt"


@pytest.fixture
def env(local_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """VISITX_* pointing at the local reference server, with a cache in tmp_path."""
    values = {
        "VISITX_BASE_URL": local_server.base_url,
        "VISITX_MODEL": REFERENCE_MODEL,
        "VISITX_CACHE_DIR": str(tmp_path / "cache"),
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return values


@pytest.fixture
def offline_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A configuration that works, for runs that must stop before anything is sent."""
    monkeypatch.setenv("VISITX_BASE_URL", f"http://127.0.0.1:{closed_port()}/v1")
    monkeypatch.setenv("VISITX_CACHE_DIR", str(tmp_path / "cache"))


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin)


def records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def one_line(result: Result) -> str:
    """The run's error output, checked to be a single line without a traceback."""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert result.exc_info is None or result.exc_info[0] is SystemExit, result.exc_info
    return lines[0]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


# -- the output file is a set of current records -----------------------------------------


def test_gold_index_is_read_as_it_is(env: dict[str, str], tmp_path: Path) -> None:
    """examples/articles/index.jsonl: 34 records whose article ids are the gold set's."""
    out = tmp_path / "visits.jsonl"
    result = run("extract", str(INDEX), "-o", str(out))
    assert result.exit_code == 0, result.output
    gold = {r["article"]["id"] for r in records(ARTICLES / "gold.jsonl")}
    got = records(out)
    assert len(got) == 34
    assert {r["article"]["id"] for r in got} == gold
    assert all(r["error"] is None for r in got)


def test_torn_last_line_is_cut_off_before_appending(env: dict[str, str], tmp_path: Path) -> None:
    """A last line cut short is removed, its article redone, and the file is JSONL again."""
    out = tmp_path / "visits.jsonl"
    assert run("extract", str(GERMAN), str(TURKISH), "-o", str(out)).exit_code == 0
    data = out.read_bytes()
    out.write_bytes(data[: len(data) - 200])  # the second record loses its end
    result = run("extract", str(GERMAN), str(TURKISH), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "cut short" in result.stderr
    assert "1 already in the output" in result.stderr
    ids = sorted(r["article"]["source_id"] for r in records(out))
    assert ids == sorted([str(GERMAN), str(TURKISH)])


def test_rerun_after_a_failure_keeps_one_record_the_success(
    env: dict[str, str], local_server: Any, tmp_path: Path
) -> None:
    """A failed article that succeeds on the re-run has one record, without error."""
    out = tmp_path / "visits.jsonl"
    local_server.script("context_length")  # the first request fails, not retried
    first = run("extract", str(GERMAN), str(TURKISH), "-o", str(out), "--concurrency", "1")
    assert "1 failed" in first.stderr
    second = run("extract", str(GERMAN), str(TURKISH), "-o", str(out))
    assert second.exit_code == 0, second.output
    assert "1 already in the output" in second.stderr
    got = records(out)
    assert len(got) == 2
    assert [r["error"] for r in got] == [None, None]


def test_another_model_into_the_same_file_stops_and_says_so(
    env: dict[str, str], tmp_path: Path
) -> None:
    """Records made with one model are not mixed with another's: exit 2, both named."""
    out = tmp_path / "visits.jsonl"
    assert run("extract", str(GERMAN), "-o", str(out)).exit_code == 0
    before = out.read_bytes()
    result = run("extract", str(GERMAN), "-o", str(out), "--model", "other-model")
    assert result.exit_code == 2
    message = one_line(result)
    assert REFERENCE_MODEL in message
    assert "other-model" in message
    assert "--re-extract" in message
    assert out.read_bytes() == before


def test_re_extract_replaces_the_other_models_records(env: dict[str, str], tmp_path: Path) -> None:
    """With --re-extract the article is asked again and its record replaced, not added."""
    out = tmp_path / "visits.jsonl"
    assert run("extract", str(GERMAN), "-o", str(out)).exit_code == 0
    result = run("extract", str(GERMAN), "-o", str(out), "--model", "other-model", "--re-extract")
    assert result.exit_code == 0, result.output
    got = records(out)
    assert len(got) == 1
    assert got[0]["meta"]["model"] == "other-model"


def test_read_results_gives_the_latest_record_per_article(
    env: dict[str, str], local_server: Any, tmp_path: Path
) -> None:
    """A file with a failure and then a success of one article reads as the success."""
    text, _ = load_article("004_9cac97c1ccfe093a")
    ok = visitx.Extractor(visitx.Settings.from_env()).extract(text)
    bad = visitx.Extraction(
        article=visitx.ArticleRecord(id=ok.article.id, text=text),
        error=visitx.ErrorInfo(type="ProviderError", message="down"),
    )
    out = tmp_path / "mixed.jsonl"
    out.write_text(bad.model_dump_json() + "\n" + ok.model_dump_json() + "\n", encoding="utf-8")
    got = list(visitx.read_results(out))
    assert len(got) == 1
    assert got[0].error is None


# -- fail fast, one line per failure ------------------------------------------------------


def test_dead_endpoint_stops_early_with_exit_4(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing listening: 3 articles fail, the run stops (exit 4) naming cause and endpoint."""
    endpoint = f"http://127.0.0.1:{closed_port()}/v1"
    monkeypatch.setenv("VISITX_BASE_URL", endpoint)
    monkeypatch.setenv("VISITX_CACHE_DIR", str(tmp_path / "cache"))
    out = tmp_path / "visits.jsonl"
    result = run("extract", str(INDEX), "-o", str(out), "--concurrency", "1")
    assert result.exit_code == 4
    assert "connection refused" in result.stderr
    assert endpoint in result.stderr
    assert len(records(out)) == 3  # of 34: the rest were never sent


def test_each_failed_article_prints_one_line(env: dict[str, str]) -> None:
    """A bad JSONL line is one stderr line naming where it was, and the run goes on."""
    text, _ = load_article("004_9cac97c1ccfe093a")
    stdin = "not json\n" + json.dumps({"text": text, "id": "de"}) + "\n"
    result = run("extract", "-", stdin=stdin)
    assert result.exit_code == 0, result.output
    failures = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert failures == [
        "failed: <stdin>:1: InputError: <stdin>:1: not an article "
        "(Expecting value: line 1 column 1 (char 0))."
    ]


def test_txt_input_takes_published_and_language(env: dict[str, str]) -> None:
    """--published and --language fill in what a .txt file cannot say."""
    result = run("extract", str(TURKISH), "--published", "2024-11-24", "--language", "tr")
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout)["article"]
    assert (article["published"], article["language"]) == ("2024-11-24", "tr")


# -- every error a user can cause: one line, the documented exit code -----------------------


def test_output_in_a_missing_folder_is_exit_3(offline_env: None, tmp_path: Path) -> None:
    """-o into a folder that does not exist: one line naming it, exit 3, nothing sent."""
    result = run("extract", str(GERMAN), "-o", str(tmp_path / "missing" / "x.jsonl"))
    assert result.exit_code == 3
    assert "does not exist" in one_line(result)


def test_output_that_is_a_folder_is_exit_3(offline_env: None, tmp_path: Path) -> None:
    """-o naming a folder: one line, exit 3."""
    result = run("extract", str(GERMAN), "-o", str(tmp_path))
    assert result.exit_code == 3
    assert "is a folder" in one_line(result)


def test_output_that_is_not_a_results_file_is_exit_3(offline_env: None, tmp_path: Path) -> None:
    """-o naming someone else's JSONL file: refused, not overwritten."""
    out = tmp_path / "articles.jsonl"
    out.write_text('{"text": "an input file"}\n', encoding="utf-8")
    result = run("extract", str(GERMAN), "-o", str(out))
    assert result.exit_code == 3
    assert "choose another --output" in one_line(result)
    assert out.read_text(encoding="utf-8") == '{"text": "an input file"}\n'


def test_binary_jsonl_input_is_exit_3(offline_env: None, tmp_path: Path) -> None:
    """A binary file named .jsonl: one line, exit 3."""
    path = tmp_path / "data.jsonl"
    path.write_bytes(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03")
    result = run("extract", str(path))
    assert result.exit_code == 3
    assert "binary" in one_line(result)


def test_non_utf8_text_input_is_exit_3(offline_env: None, tmp_path: Path) -> None:
    """A .txt file in another encoding: one line saying to save it as UTF-8, exit 3."""
    path = tmp_path / "haber.txt"
    path.write_bytes("Görüşme İstanbul'da yapıldı.".encode("cp1254"))
    result = run("extract", str(path))
    assert result.exit_code == 3
    assert "not UTF-8" in one_line(result)


def test_unreadable_input_is_exit_3(offline_env: None, tmp_path: Path) -> None:
    """A file without read permission: one line, exit 3."""
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    path = tmp_path / "locked.txt"
    path.write_text("text", encoding="utf-8")
    path.chmod(0)
    result = run("extract", str(path))
    assert result.exit_code == 3
    assert "cannot be read" in one_line(result)


def test_bad_published_option_is_a_usage_error(offline_env: None) -> None:
    """--published that is not a date: click's usage error, exit 2, no traceback."""
    result = run("extract", str(TURKISH), "--published", "last week")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr
    assert "Traceback" not in result.output


def test_report_of_a_bad_file_is_exit_3(tmp_path: Path) -> None:
    """`visitx report` on a file that is not results: one line, exit 3 (was 1)."""
    path = tmp_path / "notes.jsonl"
    path.write_text('{"hello": 1}\n', encoding="utf-8")
    result = run("report", str(path), "-o", str(tmp_path / "r.html"))
    assert result.exit_code == 3
    assert "not a visitx record" in one_line(result)


def test_help_texts_are_whole() -> None:
    """The command list shows each command's own short help, not a cut-off sentence."""
    result = run("--help")
    commands = result.output.split("Commands:")[1].strip().splitlines()
    assert {line.split()[0] for line in commands} == {
        "batch", "cache", "demo", "eval", "events", "export", "extract", "report", "serve"
    }
    assert [line for line in commands if line.endswith("...")] == []
    assert "Extract visits from articles into JSONL records." in result.output


# -- demo → report ------------------------------------------------------------------------


def test_demo_writes_its_records(tmp_path: Path) -> None:
    """`visitx demo -o FILE` writes the five seed records, and `visitx report` reads them."""
    out = tmp_path / "demo.jsonl"
    result = run("demo", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert len(list(visitx.read_results(out))) == 5
    report = run("report", str(out), "-o", str(tmp_path / "r.html"))
    assert report.exit_code == 0, report.output
    assert "5 article(s) (0 failed)" in report.output


# -- real processes: a closed pipe, a slow stdin, Ctrl-C ----------------------------------


def spawn(env: dict[str, str], *args: str, **options: Any) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "visitx", "extract", *args],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **options,
    )


def read_line(proc: subprocess.Popen[bytes], timeout: float = 30) -> bytes:
    """One line of the process's stdout, failing the test if none comes in time."""
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    assert ready, "no record came in time"
    return proc.stdout.readline()


def test_closed_pipe_ends_the_run_quietly(env: dict[str, str]) -> None:
    """`visitx extract ... | head -c 100`: the run stops at once, exit 0, no traceback."""
    proc = spawn(env, str(INDEX), "--no-cache", "--concurrency", "2")
    assert proc.stdout is not None
    assert len(read_line(proc)) > 100
    proc.stdout.close()  # the reader goes away, as `head` does
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert b"Traceback" not in err
    assert b"the output was closed" in err


def test_records_of_a_slow_stdin_come_before_its_end(env: dict[str, str]) -> None:
    """Each stdin line's record is written while stdin is still open."""
    proc = spawn(env, "-", stdin=subprocess.PIPE)
    assert proc.stdin is not None
    for stem in ("004_9cac97c1ccfe093a", "001_9f738e0873a21075"):
        text, _ = load_article(stem)
        proc.stdin.write((json.dumps({"text": text, "id": stem}) + "\n").encode())
        proc.stdin.flush()
        assert json.loads(read_line(proc))["article"]["source_id"] == stem
    proc.communicate(timeout=30)  # closes stdin: the end of the input
    assert proc.returncode == 0


def test_ctrl_c_ends_the_run_cleanly(env: dict[str, str]) -> None:
    """SIGINT while waiting on stdin: a summary, exit 130, no traceback, no hang."""
    proc = spawn(env, "-", stdin=subprocess.PIPE)
    assert proc.stdin is not None
    text, _ = load_article("004_9cac97c1ccfe093a")
    proc.stdin.write((json.dumps({"text": text}) + "\n").encode())
    proc.stdin.flush()
    read_line(proc)  # the run is under way and waits for the next line
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert b"Traceback" not in err
    assert b"Interrupted" in err


def test_a_torn_line_appended_onto_by_an_older_run_is_repaired(
    env: dict[str, str], tmp_path: Path
) -> None:
    """A cut-off record with a whole one glued after it: the whole one is kept, once."""
    out = tmp_path / "visits.jsonl"
    assert run("extract", str(GERMAN), "-o", str(out)).exit_code == 0
    line = out.read_text(encoding="utf-8")
    out.write_text(line[:300] + line, encoding="utf-8")  # what appending onto a torn line gave
    result = run("extract", str(GERMAN), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "1 already in the output" in result.stderr
    assert out.read_text(encoding="utf-8") == line


def test_evaluate_scores_the_latest_record_of_an_article(tmp_path: Path) -> None:
    """A failure, then the success of the same article: evaluate() scores the success."""
    gold = next(iter(visitx.read_results(ARTICLES / "gold.jsonl")))
    failure = visitx.Extraction(
        article=gold.article, error=visitx.ErrorInfo(type="ProviderError", message="down")
    )
    predicted = tmp_path / "visits.jsonl"
    predicted.write_text(
        failure.model_dump_json() + "\n" + gold.model_dump_json() + "\n", encoding="utf-8"
    )
    report = visitx.evaluate([gold], predicted)
    assert report.errors == []
    assert report.notes == []
    assert report.predicted_visits == len(gold.visits)


def test_a_run_stopped_while_stdin_stays_open_exits_with_its_code(tmp_path: Path) -> None:
    """A dead endpoint stops the run while the producer keeps stdin open: exit 4, no abort."""
    env = {"VISITX_BASE_URL": f"http://127.0.0.1:{closed_port()}/v1",
           "VISITX_CACHE_DIR": str(tmp_path / "cache"), "VISITX_API_KEY": "unused"}
    proc = spawn(env, "-", "--concurrency", "1", stdin=subprocess.PIPE)
    assert proc.stdin is not None
    text, _ = load_article("004_9cac97c1ccfe093a")
    for n in range(4):  # three failures in a row stop the run; stdin stays open
        proc.stdin.write((json.dumps({"text": text, "id": f"a{n}"}) + "\n").encode())
    proc.stdin.flush()
    try:
        proc.wait(timeout=60)
    finally:
        proc.kill()
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 4, err
    assert b"Fatal Python error" not in err
    assert b"Stopped after 3 articles" in err
