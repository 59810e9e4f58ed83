"""What a user types wrong, each answered with one line and exit code 2 or 3, never a
traceback (bench/abuse_round5.md: `--timeout nan`, `-o ""`, `--model ""`, `cache clear`
in a script, a `--manifest` folder that cannot be made)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from visitx import Settings
from visitx.cli.main import main
from visitx.core.errors import ConfigurationError

from conftest import ARTICLES

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

INDEX = str(ARTICLES / "index.jsonl")
GOLD = str(ARTICLES / "gold.jsonl")


@pytest.fixture(autouse=True)
def _offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A key and an endpoint nothing listens on: every case stops before a request."""
    monkeypatch.setenv("VISITX_API_KEY", "sk-test-abuse")
    monkeypatch.setenv("VISITX_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("VISITX_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin)


@pytest.mark.parametrize(
    "args",
    [
        ["extract", INDEX, "--timeout", "nan"],  # timed every answer out: exit 4 after 31 s
        ["extract", INDEX, "--timeout", "inf"],  # VISITX_TIMEOUT=inf was refused already
        ["extract", INDEX, "--timeout", "1e400"],  # a float that overflows to inf
        ["extract", INDEX, "--budget", "nan"],  # no budget at all: nan < spend is False
        ["extract", INDEX, "--temperature", "nan"],  # every article failed, exit 0
        ["batch", "submit", INDEX, "--manifest", "m", "--max-mb", "nan"],
        ["serve", "model.gguf", "--repeat-penalty", "nan"],
    ],
)
def test_a_number_that_is_not_finite_is_a_usage_error(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert f"{args[-1]!r} is not a finite number." in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["extract", INDEX],  # wrote to stdout
        ["demo"],  # wrote to stdout
        ["events", GOLD],  # "Cannot write .: Is a directory."
        ["report", GOLD],
        ["export", GOLD],  # "Cannot tell the format of ."
        ["batch", "collect", "--manifest", "m"],
    ],
)
def test_an_empty_output_name_is_a_usage_error(args: list[str]) -> None:
    result = run(*args, "-o", "")
    assert result.exit_code == 2
    # A `Path` option hands the check "." for "": either is named.
    assert "Invalid value for '-o' / '--output': needs a file name, not '" in result.output
    assert "(empty, or the current folder)." in result.output


@pytest.mark.parametrize("name", ["", "   "])
def test_an_empty_model_name_is_a_configuration_error(name: str) -> None:
    result = run("extract", INDEX, "--model", name)
    assert result.exit_code == 2
    assert result.output == (
        f"Error: Settings.model {name!r} names no model: give one (--model, VISITX_MODEL), "
        "or leave it out for gpt-4.1-mini.\n"
    )
    with pytest.raises(ConfigurationError):
        Settings(model=name)


def test_cache_clear_with_no_answer_on_stdin_says_to_pass_yes(tmp_path: Path) -> None:
    """A script's `visitx cache clear` (stdin closed): one line and exit 2, not "Aborted!"."""
    result = run("cache", "clear", stdin="")
    assert result.exit_code == 2
    assert (
        f"Error: Nothing removed from {tmp_path / 'cache'}: not confirmed on stdin. Pass "
        "--yes to clear without asking.\n"
    ) in result.output
    assert run("cache", "clear", stdin="y\n").exit_code == 0


def test_a_manifest_folder_under_a_file_is_one_line(tmp_path: Path) -> None:
    """`batch submit --manifest file/m`: a traceback from mkdir before; now exit 3."""
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    result = run("batch", "submit", INDEX, "--manifest", "file/m", "--dry-run")
    assert result.exit_code == 3
    assert result.output == (
        "Error: Cannot use file/m: Not a directory. Check the path and its permissions, or "
        "choose another place.\n"
    )


def test_an_output_under_a_file_names_the_file(tmp_path: Path) -> None:
    """`-o file/x.jsonl` said "the folder .../file does not exist" of a file that exists."""
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    result = run("extract", INDEX, "-o", "file/x.jsonl")
    assert result.exit_code == 3
    assert result.output == (
        f"Error: Cannot write file/x.jsonl: {tmp_path / 'file'} is a file, not a folder. "
        "Create the folder, or choose another --output.\n"
    )


@pytest.mark.parametrize(
    "args",
    [
        ["demo"],  # wrote the records to a file named "-"
        ["report", GOLD],
        ["export", GOLD],
        ["batch", "collect", "--manifest", "m"],
    ],
)
def test_stdout_as_output_where_a_file_is_needed_is_a_usage_error(
    args: list[str], tmp_path: Path
) -> None:
    """`-o -` where the command writes a file (or a table to stdout already): one line."""
    result = run(*args, "-o", "-")
    assert result.exit_code == 2
    assert "needs a file name: this command cannot write to stdout (`-`)." in result.output
    assert not (tmp_path / "-").exists()


def test_dash_as_output_is_stdout(tmp_path: Path) -> None:
    """`visitx events gold.jsonl -o -` writes the events to stdout (as `curl -o -` does),
    not to a file named "-"; the same as leaving `-o` out."""
    dashed, default = run("events", GOLD, "-o", "-"), run("events", GOLD)
    assert dashed.exit_code == 0
    assert not (tmp_path / "-").exists()
    assert dashed.stdout == default.stdout
    assert dashed.stdout.count("\n") >= 5  # one event a line: the seeds' visits
    assert dashed.stdout.startswith('{"')
