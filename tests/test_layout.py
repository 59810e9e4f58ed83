"""The layout's review rules that a contract cannot hold: no private names across modules."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
# Named tuples' own API starts with an underscore; it is public all the same.
NAMEDTUPLE_API = {"_replace", "_asdict", "_fields", "_make"}


def modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(SRC).with_suffix("").parts)


def private_uses(path: Path) -> list[str]:
    """Where `path` imports or reaches another module's underscore names."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = module_name(path)
    found: list[str] = []
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            private_module = any(
                p.startswith("_") and not p.startswith("__") for p in node.module.split(".")
            )
            if private_module:
                found.append(f"line {node.lineno}: imports the private module {node.module}")
            for alias in node.names:
                imported.add(alias.asname or alias.name)
                if (
                    node.module.startswith("visitx")
                    and node.module != here
                    and alias.name.startswith("_")
                    and not alias.name.startswith("__")
                ):
                    found.append(f"line {node.lineno}: imports {node.module}.{alias.name}")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                imported.add((alias.asname or alias.name).split(".")[0])
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        name = node.attr
        if not name.startswith("_") or name.startswith("__") or name in NAMEDTUPLE_API:
            continue
        base = node.value
        if isinstance(base, ast.Name) and base.id in {"self", "cls"}:
            continue
        found.append(f"line {node.lineno}: {ast.unparse(node)}")
    return found


@pytest.mark.parametrize("path", modules(), ids=module_name)
def test_no_module_reaches_into_another_modules_private_names(path: Path) -> None:
    """A module uses other modules (and dependencies) through their public names only."""
    assert private_uses(path) == []
