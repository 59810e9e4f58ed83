"""The manifest of a provider batch: a folder that holds everything needed to reattach.

Layout of the folder:

    manifest.json                 model, mode, prompt version, the settings of the cache
                                  keys (`visitx.batch.submitted`), one entry per shard
    shard-00001.requests.jsonl    the request file exactly as uploaded (Anthropic: the
                                  `requests` of the Message Batch, `{custom_id, params}`)
    shard-00001.articles.jsonl    one line per article: custom_id, cache key, article fields
    shard-00001.output.jsonl      the provider's output file (Anthropic: the results),
                                  once downloaded
    shard-00001.errors.jsonl      the provider's error file, once downloaded
    cached.articles.jsonl         articles that were in the cache at submit time
    duplicates.articles.jsonl     repeated articles, answered by their first request

Every write is atomic (a temporary file, then `os.replace`: `batch.folderfiles`), so a
crash leaves either the old or the new state, never half of one; each step of submit and
collect resumes from it.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

from visitx.batch.folderfiles import (
    AtomicLines,
    dump_line,
    index_lines,
    read_lines,
    write_atomic,
)
from visitx.batch.submitted import problems as settings_problems
from visitx.core.errors import InputError

__all__ = [
    "CACHED",
    "DUPLICATES",
    "FORMAT",
    "MANIFEST",
    "PROVIDERS",
    "TERMINAL",
    "AtomicLines",
    "Manifest",
    "Shard",
    "check_articles",
    "dump_line",
    "index_lines",
    "read_lines",
    "write_atomic",
]

FORMAT = 1
MANIFEST = "manifest.json"
CACHED = "cached.articles.jsonl"
DUPLICATES = "duplicates.articles.jsonl"
# Terminal states of a batch job, nothing more will come: OpenAI's four, and the
# `processing_status` "ended" of an Anthropic Message Batch.
TERMINAL = frozenset({"completed", "expired", "failed", "cancelled", "ended"})
# Which batch API a manifest's jobs run on (`Manifest.provider`).
PROVIDERS = ("openai", "anthropic")


@dataclasses.dataclass(slots=True)
class Shard:
    """One request file and the provider job that runs it."""

    name: str
    requests: int
    bytes: int
    prompt_tokens: int = 0
    input_file_id: str | None = None
    batch_id: str | None = None
    status: str | None = None
    output_file_id: str | None = None
    error_file_id: str | None = None
    downloaded: bool = False
    counts: dict[str, int] = dataclasses.field(default_factory=dict)
    errors: list[str] = dataclasses.field(default_factory=list)

    @property
    def finished(self) -> bool:
        """The job reached a terminal state (completed, expired, failed, cancelled, ended)."""
        return self.status in TERMINAL


@dataclasses.dataclass(slots=True)
class Manifest:
    """The state of one batch submission, stored in `directory`."""

    directory: Path
    model: str
    mode: str | None
    prompt_version: str
    endpoint: str = "/v1/chat/completions"
    completion_window: str = "24h"
    cached: int = 0
    shards: list[Shard] = dataclasses.field(default_factory=list)
    # "openai": OpenAI's Files and Batches (and compatible servers); "anthropic":
    # Anthropic's Message Batches. Manifests written before it was kept are OpenAI's.
    provider: str = "openai"
    # The settings of each article's cache key at submit (`visitx.batch.submitted`);
    # empty in a manifest written before they were kept: nothing is taken from it then.
    settings: dict[str, Any] = dataclasses.field(default_factory=dict)

    # -- files ---------------------------------------------------------------------------

    def path(self, name: str) -> Path:
        return self.directory / name

    def requests_path(self, shard: Shard) -> Path:
        return self.path(f"{shard.name}.requests.jsonl")

    def articles_path(self, shard: Shard | None) -> Path:
        return self.path(CACHED if shard is None else f"{shard.name}.articles.jsonl")

    def duplicates_path(self) -> Path:
        return self.path(DUPLICATES)

    def output_path(self, shard: Shard) -> Path:
        return self.path(f"{shard.name}.output.jsonl")

    def errors_path(self, shard: Shard) -> Path:
        return self.path(f"{shard.name}.errors.jsonl")

    def next_shard_name(self) -> str:
        return f"shard-{len(self.shards) + 1:05d}"

    # -- load and save -------------------------------------------------------------------

    def save(self) -> None:
        data = {
            "format": FORMAT,
            "model": self.model,
            "mode": self.mode,
            "prompt_version": self.prompt_version,
            "endpoint": self.endpoint,
            "completion_window": self.completion_window,
            "cached": self.cached,
            "provider": self.provider,
            "shards": [dataclasses.asdict(s) for s in self.shards],
            **({"settings": self.settings} if self.settings else {}),  # older readers: none
        }
        write_atomic(self.path(MANIFEST), json.dumps(data, indent=1).encode("utf-8"))

    @classmethod
    def load(cls, directory: str | Path) -> Manifest:
        """The manifest in `directory`, or an `InputError` saying why there is none."""
        folder = Path(directory)
        path = folder / MANIFEST
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputError(
                f"{folder} holds no batch manifest ({MANIFEST}). Give the folder that "
                "`visitx batch submit --manifest` wrote."
            ) from None
        except (OSError, ValueError) as exc:
            raise InputError(f"Cannot read the batch manifest {path}: {exc}.") from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise InputError(f"{path} is not a visitx batch manifest of format {FORMAT}.")
        state = _parse(path, data, folder)
        state.check_files()
        return state

    def check_files(self) -> None:
        """Refuse a folder that lacks a file the manifest needs, or holds a broken one.

        Raises:
            InputError: naming the file and what is wrong with it.
        """
        needed: list[tuple[Shard | None, Path]] = [
            (shard, self.articles_path(shard)) for shard in self.shards
        ]
        if self.cached:
            needed.append((None, self.articles_path(None)))
        for shard, path in needed:
            if not path.is_file():
                what = (
                    f"shard {shard.name}"
                    if shard is not None
                    else f"{self.cached} cached article(s)"
                )
                raise InputError(
                    f"{path} is missing, but the manifest lists {what}; its articles "
                    "would be lost. Restore the file, or submit the articles again to a "
                    "new --manifest folder."
                )
            check_articles(path)
        for shard in self.shards:
            started = shard.input_file_id is not None or shard.batch_id is not None
            if not started and not self.requests_path(shard).is_file():
                raise InputError(
                    f"{self.requests_path(shard)} is missing and shard {shard.name} was never "
                    "uploaded. Restore the file, or submit the articles again to a new "
                    "--manifest folder."
                )
        if self.duplicates_path().exists():
            check_articles(self.duplicates_path())

    @staticmethod
    def exists(directory: str | Path) -> bool:
        return (Path(directory) / MANIFEST).exists()


# -- checking a manifest folder --------------------------------------------------------------

# Shard names become file names in the folder: nothing that could name another folder.
_SHARD_NAME = re.compile(r"shard-[0-9]{1,9}")
_SHARD_FIELDS = {f.name: f for f in dataclasses.fields(Shard)}
_MANIFEST_KEYS = {"format", "model", "mode", "prompt_version", "endpoint", "completion_window",
                  "cached", "shards", "provider", "settings"}  # fmt: skip
_REQUIRED = ("model", "prompt_version", "shards")


def _parse(path: Path, data: dict[str, Any], folder: Path) -> Manifest:
    """The manifest in `data`, after checking every key and type (see `_problems`)."""
    problems = _problems(data)
    if problems:
        shown = "; ".join(problems[:5]) + (
            f"; and {len(problems) - 5} more" if len(problems) > 5 else ""
        )
        raise InputError(
            f"{path} is not a valid batch manifest: {shown}. It was changed by hand or by "
            "another program; restore it, or submit the articles again to a new --manifest folder."
        )
    values = {k: v for k, v in data.items() if k not in {"format", "shards"}}
    shards = [Shard(**entry) for entry in data["shards"]]
    return Manifest(directory=folder, shards=shards, **values)


def _problems(data: dict[str, Any]) -> list[str]:
    problems = [f"unknown key {k!r}" for k in sorted(set(data) - _MANIFEST_KEYS)]
    problems += [f"missing key {k!r}" for k in _REQUIRED if k not in data]
    for key in ("model", "prompt_version", "endpoint", "completion_window"):
        if key in data and not isinstance(data[key], str):
            problems.append(f"{key!r} must be a string")
    if data.get("mode") is not None and not isinstance(data["mode"], str):
        problems.append("'mode' must be a string or null")
    if "provider" in data and data["provider"] not in PROVIDERS:
        problems.append(f"'provider' must be one of {', '.join(PROVIDERS)}")
    if "cached" in data and not _is_count(data["cached"]):
        problems.append("'cached' must be a count (an integer >= 0)")
    if "settings" in data:
        problems += settings_problems(data["settings"])
    shards = data.get("shards", [])
    if not isinstance(shards, list):
        return [*problems, "'shards' must be a list"]
    return problems + _shard_problems(shards)


def _shard_problems(shards: list[Any]) -> list[str]:
    problems: list[str] = []
    names: set[str] = set()
    for number, entry in enumerate(shards, start=1):
        where = f"shard {number}"
        if not isinstance(entry, dict):
            problems.append(f"{where} is not an object")
            continue
        problems += [f"{where}: unknown key {k!r}" for k in sorted(set(entry) - set(_SHARD_FIELDS))]
        problems += [f"{where}: missing key {k!r}" for k in ("name", "requests", "bytes")
                     if k not in entry]  # fmt: skip
        name = entry.get("name")
        if not isinstance(name, str) or not _SHARD_NAME.fullmatch(name):
            problems.append(f"{where}: name {name!r} is not of the form shard-00001")
        elif name in names:
            problems.append(f"{where}: name {name!r} is listed twice")
        else:
            names.add(name)
        problems += [f"{where}: {p}" for p in _shard_types(entry)]
    return problems


def _shard_types(entry: dict[str, Any]) -> list[str]:
    problems = []
    for key in ("requests", "bytes", "prompt_tokens"):
        if key in entry and not _is_count(entry[key]):
            problems.append(f"{key!r} must be a count (an integer >= 0)")
    for key in ("input_file_id", "batch_id", "status", "output_file_id", "error_file_id"):
        if entry.get(key) is not None and not isinstance(entry[key], str):
            problems.append(f"{key!r} must be a string or null")
    if "downloaded" in entry and not isinstance(entry["downloaded"], bool):
        problems.append("'downloaded' must be true or false")
    counts = entry.get("counts", {})
    if not isinstance(counts, dict) or not all(_is_count(v) for v in counts.values()):
        problems.append("'counts' must map names to counts")
    errors = entry.get("errors", [])
    if not isinstance(errors, list) or not all(isinstance(e, str) for e in errors):
        problems.append("'errors' must be a list of strings")
    return problems


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def check_articles(path: Path) -> None:
    """Refuse an articles file whose lines are not what `submit` wrote.

    Each line is an object with a string `custom_id`, a string `key` (except in the
    duplicates file) and an `article` object with the keys of `visitx.Article`.

    Raises:
        InputError: naming the file, the line and the problem.
    """
    from visitx.core.article import FIELDS

    keyed = path.name != DUPLICATES
    for number, entry in enumerate(read_lines(path, objects_only=False), start=1):
        problem = None
        article = entry.get("article") if isinstance(entry, dict) else None
        if not isinstance(entry, dict):
            problem = "not a JSON object"
        elif not isinstance(entry.get("custom_id"), str):
            problem = "'custom_id' must be a string"
        elif keyed and not isinstance(entry.get("key"), str):
            problem = "'key' must be a string"
        elif not isinstance(article, dict) or not isinstance(article.get("text"), str):
            problem = "'article' must be an object with a string 'text'"
        elif set(article) - set(FIELDS):
            problem = f"'article' has unknown key(s) {sorted(set(article) - set(FIELDS))}"
        if problem is not None:
            raise InputError(
                f"{path}: entry {number} is broken ({problem}). Restore the file, or submit "
                "the articles again to a new --manifest folder."
            )
