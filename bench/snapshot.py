"""Read a public repository's snapshot (a clone or a bare mirror) for the bench builders.

`git(repo, "show", "HEAD:path")` gives a file's text, `git(repo, "rev-parse", "HEAD")`
the commit a case file records; `git_bytes` the same as bytes (saved pages keep the
bytes they were served as).
"""

from __future__ import annotations

import subprocess
from pathlib import Path


def git_dir(repo: str | Path) -> str:
    """The git directory of a clone (`repo/.git`) or of a bare mirror (`repo` itself)."""
    path = Path(repo)
    return str(path / ".git") if (path / ".git").exists() else str(path)


def git_bytes(repo: str | Path, *args: str) -> bytes:
    """What `git --git-dir <repo's git directory> args…` prints."""
    command = ["git", "--git-dir", git_dir(repo), *args]
    return subprocess.run(command, check=True, capture_output=True).stdout


def git(repo: str | Path, *args: str) -> str:
    """`git_bytes` as UTF-8 text."""
    return git_bytes(repo, *args).decode("utf-8")
