"""The provider's output and error files of a batch, read by `custom_id` without loading them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


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
