"""The provider's output and error files of a batch, read by `custom_id` without loading them.

OpenAI's lines hold a `response` (status code and chat completion body) or an `error`;
Anthropic's a `result` (`succeeded` with its message, `errored`, `expired`, `canceled`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from visitx.batch import messages


def offsets(path: Path) -> dict[str, list[int]]:
    """custom_id -> byte offsets of its lines, in file order (a large file is never held)."""
    offsets: dict[str, list[int]] = {}
    if not path.exists():
        return offsets
    with path.open("rb") as handle:
        position = 0
        for raw in handle:
            if raw.strip():
                try:
                    custom_id = json.loads(raw).get("custom_id")
                except (ValueError, AttributeError):
                    custom_id = None
                if isinstance(custom_id, str):
                    offsets.setdefault(custom_id, []).append(position)
            position += len(raw)
    return offsets


def listed(ids: list[str], limit: int = 10) -> str:
    """The first `limit` ids, comma-separated, and how many more there are."""
    shown = ", ".join(ids[:limit])
    return shown + (f" and {len(ids) - limit:,} more" if len(ids) > limit else "")


def read_at(path: Path, offset: int) -> dict[str, Any]:
    """The JSON object on the line that starts at `offset`."""
    with path.open("rb") as handle:
        handle.seek(offset)
        value = json.loads(handle.readline())
    return value if isinstance(value, dict) else {}


def line_error(line: dict[str, Any]) -> str:
    """What a failed line of an output or error file says went wrong."""
    error = line.get("error") or {}
    response = line.get("response") or {}
    body = response.get("body") if isinstance(response.get("body"), dict) else {}
    detail = (body or {}).get("error") or {}
    message = error.get("message") or detail.get("message") or "the request failed"
    status = response.get("status_code")
    return f"HTTP {status}: {message}" if status else str(message)


def outcome(line: dict[str, Any], provider: str) -> tuple[str, Any]:
    """What one output line says: `("answer", payload)`, or a failure kind and message."""
    if provider == "anthropic":
        return messages.outcome(line)
    response = line.get("response") or {}
    if response.get("status_code") == 200 and isinstance(response.get("body"), dict):
        return "answer", response["body"]
    return "errored", line_error(line)


def id_warnings(
    name: str, sent: set[str], outputs: dict[str, list[int]], errors: dict[str, list[int]]
) -> list[str]:
    """What looks wrong in a shard's files: ids answered more than once, ids never sent."""
    found = []
    repeated = [custom_id for custom_id, at in outputs.items() if len(at) > 1]
    if repeated:
        found.append(
            f"{name}: {len(repeated):,} custom_id(s) answered more than once "
            f"({listed(repeated)}); the first valid answer of each is kept."
        )
    unknown = [custom_id for custom_id in {**outputs, **errors} if custom_id not in sent]
    if unknown:
        found.append(
            f"{name}: {len(unknown):,} custom_id(s) this batch never sent "
            f"({listed(unknown)}); their lines are ignored."
        )
    return found
