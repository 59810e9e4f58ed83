"""Batch manifest folders that were edited, damaged or pointed elsewhere; collect's -o."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from visitx import Article, Settings
from visitx.batch.collect import collect_batch
from visitx.batch.jobs import submit_batch
from visitx.batch.manifest import MANIFEST, Manifest
from visitx.cli.main import main
from visitx.core.errors import InputError

from conftest import REFERENCE_MODEL

ARTICLES = [Article(text=f"The minister of Ruritania visited Freedonia, day {n}.", id=f"a{n}")
            for n in range(3)]  # fmt: skip


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A manifest folder written by a dry-run submit (nothing uploaded)."""
    settings = Settings(
        model=REFERENCE_MODEL,
        base_url="http://127.0.0.1:9/v1",
        api_key="sk-local",
        cache_dir=tmp_path / "cache",
        duplicates=False,  # the three one-line articles are near-copies of one another
    )
    submit_batch(ARTICLES, manifest=tmp_path / "m", settings=settings, dry_run=True)
    return tmp_path / "m"


def edit(folder: Path, change: Callable[[dict[str, Any]], None]) -> None:
    path = folder / MANIFEST
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def test_a_written_manifest_loads(folder: Path) -> None:
    """The folder submit wrote passes every check: one shard, three requests."""
    state = Manifest.load(folder)
    assert [(s.name, s.requests) for s in state.shards] == [("shard-00001", 3)]


def test_a_shard_name_that_leaves_the_folder_is_refused(folder: Path) -> None:
    """A shard named ../../x would write files outside the folder: refused, nothing written."""

    def escape(data: dict[str, Any]) -> None:
        data["shards"][0]["name"] = "../../escaped"

    edit(folder, escape)
    with pytest.raises(InputError, match=r"shard 1: name '\.\./\.\./escaped' is not of the form"):
        Manifest.load(folder)


def test_a_deleted_articles_file_is_named_not_counted_as_nothing(folder: Path) -> None:
    """Without shard-00001.articles.jsonl its articles would vanish: the load says which file."""
    (folder / "shard-00001.articles.jsonl").unlink()
    with pytest.raises(InputError, match=r"shard-00001\.articles\.jsonl is missing"):
        Manifest.load(folder)


def test_an_unknown_key_is_named(folder: Path) -> None:
    """A key visitx never writes is listed by name, not a TypeError traceback."""
    edit(folder, lambda data: data.update(colour="blue"))
    with pytest.raises(InputError, match="unknown key 'colour'"):
        Manifest.load(folder)


def test_a_missing_key_is_named(folder: Path) -> None:
    """A manifest without `model` says so."""
    edit(folder, lambda data: data.pop("model"))
    with pytest.raises(InputError, match="missing key 'model'"):
        Manifest.load(folder)


def test_a_shard_missing_its_request_count_is_named(folder: Path) -> None:
    """A shard entry without `requests` is named by its number."""
    edit(folder, lambda data: data["shards"][0].pop("requests"))
    with pytest.raises(InputError, match="shard 1: missing key 'requests'"):
        Manifest.load(folder)


def test_a_value_of_the_wrong_type_is_named(folder: Path) -> None:
    """`requests: "three"` is named, with what it must be."""
    edit(folder, lambda data: data["shards"][0].update(requests="three"))
    with pytest.raises(InputError, match="'requests' must be a count"):
        Manifest.load(folder)


def test_a_broken_articles_line_is_named(folder: Path) -> None:
    """An articles entry without its key names the file and the entry number."""
    path = folder / "shard-00001.articles.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    entry = json.loads(lines[1])
    del entry["key"]
    lines[1] = json.dumps(entry)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"articles\.jsonl: entry 2 is broken \('key'"):
        Manifest.load(folder)


def test_the_cli_says_what_is_wrong_in_one_line(folder: Path) -> None:
    """`visitx batch status` on a broken manifest: exit 3, the problem, no traceback."""
    edit(folder, lambda data: data.update(shards="none"))
    result = CliRunner().invoke(main, ["batch", "status", "--manifest", str(folder)])
    assert result.exit_code == 3
    assert "'shards' must be a list" in result.output
    assert "Traceback" not in result.output


# -- collect -o ------------------------------------------------------------------------------


def test_collect_refuses_to_replace_an_input_file(folder: Path, tmp_path: Path) -> None:
    """-o naming an article file: refused before anything runs; the file keeps bytes and mode."""
    article = tmp_path / "article.txt"
    article.write_text("The minister visited.\n", encoding="utf-8")
    os.chmod(article, 0o644)
    with pytest.raises(InputError, match="Refusing to write into it"):
        collect_batch(folder, output=article)
    assert article.read_text(encoding="utf-8") == "The minister visited.\n"
    assert article.stat().st_mode & 0o777 == 0o644


def test_collect_refuses_a_link_to_an_input_file(folder: Path, tmp_path: Path) -> None:
    """-o naming a link to an article file: refused; the link stays a link."""
    article = tmp_path / "article.txt"
    article.write_text("The minister visited.\n", encoding="utf-8")
    link = tmp_path / "out.jsonl"
    link.symlink_to(article)
    with pytest.raises(InputError, match="Refusing to write into it"):
        collect_batch(folder, output=link)
    assert link.is_symlink()
    assert article.read_text(encoding="utf-8") == "The minister visited.\n"


def test_collect_refuses_a_device(folder: Path) -> None:
    """-o /dev/null is not a results file: refused (and /dev/null stays a device)."""
    result = CliRunner().invoke(
        main, ["batch", "collect", "--manifest", str(folder), "-o", "/dev/null"]
    )
    assert result.exit_code == 3
    assert "not a regular file" in result.output
    assert Path("/dev/null").is_char_device()
