"""The command group imports a sub-command's module only when that command is used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from visitx.cli.main import LAZY_COMMANDS, main

SRC = str(Path(__file__).resolve().parents[2] / "src")


def test_importing_the_cli_loads_no_sub_command_module() -> None:
    """`visitx demo` does not pay for importing the eval, batch or report commands."""
    probe = (
        "import sys, visitx.cli.main\n"
        "print(sorted(m for m in sys.modules if m.startswith('visitx.cli.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
        env={"PYTHONPATH": SRC, "PATH": "/usr/bin:/bin"}, check=True,
    )
    loaded = (
        "['visitx.cli.edge', 'visitx.cli.inputs', 'visitx.cli.limits', 'visitx.cli.main', "
        "'visitx.cli.sampling']"
    )
    assert out.stdout.strip() == loaded


def test_help_lists_every_command() -> None:
    """`visitx --help` still lists the lazily imported commands with their short help."""
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0, result.output
    for name in ("batch", "eval", "events", "export", "report", "serve", "demo", "cache"):
        assert f"  {name} " in result.output
    assert "Score extractions against gold records." in result.output


def test_lazy_command_runs() -> None:
    """A lazily imported command parses its own options (`visitx eval --help`)."""
    assert "eval" in LAZY_COMMANDS
    result = CliRunner().invoke(main, ["eval", "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage: main eval [OPTIONS] [GOLD] [PRED]" in result.output


def test_demo_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    """`visitx demo | head` whose reader is gone before the table: exit 0, no traceback."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # every write to stdout now fails with EPIPE
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "visitx", "demo"], stdout=write_end, stderr=subprocess.PIPE,
            timeout=120, check=False, env={"PYTHONPATH": SRC, "PATH": "/usr/bin:/bin",
                              "HOME": str(tmp_path), "VISITX_CACHE_DIR": str(tmp_path)},
        )
    finally:
        os.close(write_end)
    assert proc.returncode == 0, proc.stderr
    assert b"Traceback" not in proc.stderr
    assert b"Offline demo" in proc.stderr  # it ran: the banner went to stderr
