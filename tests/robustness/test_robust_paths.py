"""A JSONL `path` reads only article files inside the JSONL file's folder, unless allowed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from visitx.cli.main import main
from visitx.core.article import Article, BadInput
from visitx.io.files import iter_articles

SECRET = "OPENAI_API_KEY=sk-must-never-be-read"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """inputs/ holds the index and a.txt; a .env beside it, other/b.txt outside it."""
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "a.txt").write_text("The minister visited Ankara.", encoding="utf-8")
    (inputs / ".env").write_text(SECRET, encoding="utf-8")
    (tmp_path / ".env").write_text(SECRET, encoding="utf-8")
    other = tmp_path / "other"
    other.mkdir()
    (other / "b.txt").write_text("The president visited Baku.", encoding="utf-8")
    return tmp_path


def read(index: Path, *paths: str, allow: tuple[Path, ...] = ()) -> list[Article | BadInput]:
    index.write_text("".join(json.dumps({"path": p}) + "\n" for p in paths), encoding="utf-8")
    return list(iter_articles([str(index)], allow_paths=allow))


@pytest.mark.parametrize(
    ("path", "why"),
    [
        ("../.env", "not a .txt, .html or .htm file"),
        (".env", "not a .txt, .html or .htm file"),
        ("../other/b.txt", "is outside"),
        ("/etc/passwd", "not a .txt, .html or .htm file"),
        ("{abs}", "is outside"),
    ],
)
def test_a_path_that_is_not_allowed_is_a_failed_input(tree: Path, path: str, why: str) -> None:
    """`../`, absolute paths and other kinds of files fail their line; nothing is read."""
    path = path.replace("{abs}", str(tree / "other" / "b.txt"))
    [item] = read(tree / "inputs" / "index.jsonl", path)
    assert isinstance(item, BadInput)
    assert why in item.message
    assert "sk-must-never-be-read" not in item.message


def test_a_link_out_of_the_folder_is_refused(tree: Path) -> None:
    """A .txt link inside the folder that points outside it is refused like the target."""
    (tree / "inputs" / "link.txt").symlink_to(tree / "other" / "b.txt")
    [item] = read(tree / "inputs" / "index.jsonl", "link.txt")
    assert isinstance(item, BadInput)
    assert "is outside" in item.message


def test_a_file_inside_the_folder_is_read(tree: Path) -> None:
    """`a.txt` beside the index is read, and the next lines go on after a refused one."""
    items = read(tree / "inputs" / "index.jsonl", "../.env", "a.txt")
    assert isinstance(items[0], BadInput)
    assert isinstance(items[1], Article)
    assert items[1].text == "The minister visited Ankara."


def test_allow_path_lets_another_folder_in(tree: Path) -> None:
    """With allow_paths=[other], ../other/b.txt is read; a .env is still refused."""
    items = read(
        tree / "inputs" / "index.jsonl", "../other/b.txt", "../.env", allow=(tree / "other",)
    )
    assert isinstance(items[0], Article)
    assert items[0].text == "The president visited Baku."
    assert isinstance(items[1], BadInput)


def test_extract_help_names_the_option() -> None:
    """`visitx extract --help` says what a `path` may name and how to allow more."""
    result = CliRunner().invoke(main, ["extract", "--help"])
    assert "--allow-path DIR" in result.output
    assert "inside the JSONL file's folder" in " ".join(result.output.split())


def test_extract_never_sends_a_dotenv(tree: Path, tmp_path: Path) -> None:
    """`visitx extract index.jsonl` with `../.env`: a failed record, the secret in no output."""
    index = tree / "inputs" / "index.jsonl"
    index.write_text(json.dumps({"path": "../.env"}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        main,
        ["extract", str(index), "-o", str(out), "--no-cache", "--base-url", "http://127.0.0.1:9/v1"],
        env={"VISITX_API_KEY": "sk-local"},
    )
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["error"]["type"] == "InputError"
    assert "not a .txt, .html or .htm file" in record["error"]["message"]
    assert "sk-must-never-be-read" not in out.read_text(encoding="utf-8") + result.output
