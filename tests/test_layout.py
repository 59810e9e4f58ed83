"""The layout's review rules that a contract cannot hold: no private names across modules,
no SQLite file left open or copied byte by byte in a test.

The rule holds for the tests too: a test uses what it tests through public names.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
TESTS = Path(__file__).resolve().parent
# Named tuples' own API starts with an underscore; it is public all the same, and so
# are the notebook display hooks (`_repr_html_`, `_repr_svg_`).
NAMEDTUPLE_API = {"_replace", "_asdict", "_fields", "_make"}
# Private names tests still reach, each waiting on a public seam in a module another
# change owns. The test below fails when one is fixed, so the entry is removed with it.
KNOWN_IN_TESTS: dict[str, list[str]] = {}


def modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(SRC).with_suffix("").parts)


def scanned_test_files() -> list[Path]:
    return sorted(p for p in TESTS.rglob("*.py") if p.name != "test_layout.py")


def private(name: str) -> bool:
    display_hook = name.startswith("_repr_") and name.endswith("_")
    return name.startswith("_") and not name.startswith("__") and not display_hook


def private_uses(path: Path, *, package: str = "visitx") -> list[str]:
    """Where `path` imports or reaches another module's underscore names.

    `package`: whose modules' names count when imported by name (`from m import _x`);
    for the tests, every module's (their own helpers' too: `conftest`, `reference_server`).
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = module_name(path) if path.is_relative_to(SRC) else ""
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
                if node.module.startswith(package) and node.module != here and private(alias.name):
                    found.append(f"line {node.lineno}: imports {node.module}.{alias.name}")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                imported.add((alias.asname or alias.name).split(".")[0])
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _sets_private(node):
            target = node.args[0]
            found.append(f"line {node.lineno}: sets {ast.unparse(target)}.{_literal(node)}")
        if not isinstance(node, ast.Attribute):
            continue
        name = node.attr
        if not private(name) or name in NAMEDTUPLE_API:
            continue
        base = node.value
        if isinstance(base, ast.Name) and base.id in {"self", "cls"}:
            continue
        found.append(f"line {node.lineno}: {ast.unparse(node)}")
    return found


def _literal(call: ast.Call) -> str:
    second = call.args[1]
    is_str = isinstance(second, ast.Constant) and isinstance(second.value, str)
    return second.value if is_str else ""


def _sets_private(call: ast.Call) -> bool:
    """`setattr(obj, "_name", ...)` or `monkeypatch.setattr(obj, "_name", ...)`."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    return name in {"setattr", "delattr"} and len(call.args) >= 2 and private(_literal(call))


@pytest.mark.parametrize("path", modules(), ids=module_name)
def test_no_module_reaches_into_another_modules_private_names(path: Path) -> None:
    """A module uses other modules (and dependencies) through their public names only."""
    assert private_uses(path) == []


@pytest.mark.parametrize(
    "path", scanned_test_files(), ids=lambda p: p.relative_to(TESTS).as_posix()
)
def test_no_test_reaches_into_a_modules_private_names(path: Path) -> None:
    """A test (or test helper) uses visitx and the other helpers through public names only."""
    name = path.relative_to(TESTS).as_posix()
    uses = [use.split(": ", 1)[1] for use in private_uses(path, package="")]
    assert uses == KNOWN_IN_TESTS.get(name, [])


BENCH = TESTS.parent / "bench"


@pytest.mark.parametrize("path", sorted(BENCH.glob("*.py")), ids=lambda p: p.name)
def test_no_bench_script_reaches_into_private_names(path: Path) -> None:
    """A bench script uses visitx and the other scripts through their public names only."""
    assert private_uses(path, package="") == []


def sqlite_hazards(path: Path) -> list[str]:
    """Where `path` leaves a SQLite connection open (`with sqlite3.connect(...)` only
    commits) or copies a folder file by file (`shutil.copytree`: a cache folder's `-shm`
    copied while a connection is open drops this process's locks on it, and a helper
    process then resets the file under the open mapping: SIGBUS). `conftest.database`
    and `conftest.copy_cache` are the safe ways."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.With | ast.AsyncWith):
            for item in node.items:
                if ast.unparse(item.context_expr).startswith("sqlite3.connect("):
                    found.append(f"{node.lineno}: with sqlite3.connect")
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "shutil.copytree":
            found.append(f"{node.lineno}: shutil.copytree")
    return found


@pytest.mark.parametrize(
    "path", scanned_test_files(), ids=lambda p: p.relative_to(TESTS).as_posix()
)
def test_no_test_leaves_a_database_open_or_copies_one_file_by_file(path: Path) -> None:
    assert sqlite_hazards(path) == []


def test_the_sqlite_rule_finds_both_hazards(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import shutil, sqlite3\nwith sqlite3.connect('x') as db:\n    pass\n"
                      "shutil.copytree('a', 'b')\n", encoding="utf-8")
    assert sqlite_hazards(sample) == ["2: with sqlite3.connect", "4: shutil.copytree"]
