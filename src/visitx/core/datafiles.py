"""Read the word tables shipped in `visitx/tables/` (date words, country aliases).

Tables are data, not code: they live in JSON and plain-text files next to the modules
that use them, are read on first use and cached for the process.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

__all__ = ["entries", "read_json", "read_sections", "read_text", "words"]


@functools.cache
def read_text(name: str) -> str:
    """The text of `tables/<name>`."""
    return resources.files("visitx").joinpath("tables", name).read_text(encoding="utf-8")


@functools.cache
def read_json(name: str) -> Any:
    """The parsed JSON of `tables/<name>`."""
    return json.loads(read_text(name))


@functools.cache
def read_sections(name: str) -> dict[str, str]:
    """A text table cut at `## <tag>` lines: tag -> the lines below it, comments kept."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in read_text(name).splitlines():
        if line.startswith("## "):
            current = sections.setdefault(line[3:].strip(), [])
        elif current is not None:
            current.append(line)
    return {tag: "\n".join(lines) + "\n" for tag, lines in sections.items()}


def entries(text: str) -> list[str]:
    """The entries of a table's text (`read_text`, or a section of `read_sections`): its
    lines stripped, blank lines and `#` comments left out.

    Example:
        >>> entries("# words\\nby \\n\\nvon\\n")
        ['by', 'von']
    """
    return [line.strip() for line in text.splitlines() if line.strip() and line.strip()[0] != "#"]


def words(text: str) -> list[str]:
    """Every whitespace-separated word of a table's `entries`, in the table's order.

    Example:
        >>> words("# clitics\\nwa fa\\n\\nbi\\n")
        ['wa', 'fa', 'bi']
    """
    return [word for line in entries(text) for word in line.split()]
