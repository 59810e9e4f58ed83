"""The manifest of a provider batch: a folder that holds everything needed to reattach.

Layout of the folder:

    manifest.json                 settings digest, and one entry per shard (file and job ids)
    shard-00001.requests.jsonl    the request file exactly as uploaded
    shard-00001.articles.jsonl    one line per article: custom_id, cache key, article fields
    shard-00001.output.jsonl      the provider's output file, once downloaded
    shard-00001.errors.jsonl      the provider's error file, once downloaded
    cached.articles.jsonl         articles that were in the cache at submit time
    duplicates.articles.jsonl     repeated articles, answered by their first request

Every write is atomic (a temporary file, then `os.replace`), so a crash leaves either the
old or the new state, never half of one; each step of submit and collect resumes from it.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from visitx.core.errors import InputError

FORMAT = 1
MANIFEST = "manifest.json"
CACHED = "cached.articles.jsonl"
DUPLICATES = "duplicates.articles.jsonl"
# Terminal states of an OpenAI batch job: nothing more will come.
TERMINAL = frozenset({"completed", "expired", "failed", "cancelled"})


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
        """The job reached a terminal state (completed, expired, failed, cancelled)."""
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
            "shards": [dataclasses.asdict(s) for s in self.shards],
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
        shards = [Shard(**entry) for entry in data.pop("shards", [])]
        data.pop("format")
        return cls(directory=folder, shards=shards, **data)

    @staticmethod
    def exists(directory: str | Path) -> bool:
        return (Path(directory) / MANIFEST).exists()


def write_atomic(path: Path, data: bytes) -> None:
    """Write a file so that readers see the old content or the new, never a torn one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class AtomicLines:
    """A JSONL file written line by line to a temporary file, renamed on `commit()`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        self.tmp = Path(tmp)
        self.handle = os.fdopen(fd, "w", encoding="utf-8")
        self.lines = 0
        self.bytes = 0

    def write(self, line: str) -> None:
        self.handle.write(line + "\n")
        self.lines += 1
        self.bytes += len(line.encode("utf-8")) + 1

    def commit(self) -> None:
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        os.replace(self.tmp, self.path)

    def discard(self) -> None:
        if not self.handle.closed:
            self.handle.close()
        self.tmp.unlink(missing_ok=True)


def read_lines(path: Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSONL file, lazily; a missing file has none."""
    if not path.exists():
        return
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except ValueError as exc:
                raise InputError(f"{path}:{number} is not JSON ({exc}).") from exc
            if isinstance(value, dict):
                yield value


def dump_line(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def index_lines(paths: Iterable[Path]) -> dict[str, dict[str, Any]]:
    """custom_id -> line, over the provider's output or error files."""
    found: dict[str, dict[str, Any]] = {}
    for path in paths:
        for line in read_lines(path):
            custom_id = line.get("custom_id")
            if isinstance(custom_id, str):
                found[custom_id] = line
    return found
