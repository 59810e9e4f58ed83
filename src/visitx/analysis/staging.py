"""Files that appear whole or not at all: written beside their targets, renamed at the end.

An export interrupted (Ctrl-C, a full disk, a file-size limit) must not leave a
half-written `visits.csv` that looks complete. `staged` hands out a temporary path beside
each target (`visits.csv.partial`); only when every one of them is written are they
renamed onto their targets (`os.replace`, atomic within a folder). On any failure the
temporary files are removed and the targets are left as they were. A target that is not
a regular file (a device such as /dev/full, a named pipe) is written directly.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping
from pathlib import Path

__all__ = ["staged"]


@contextlib.contextmanager
def staged(targets: Mapping[str, Path]) -> Iterator[dict[str, Path]]:
    """Temporary paths for `targets` (same keys), renamed onto them when the block ends well."""
    temporary = {key: _beside(path) for key, path in targets.items()}
    try:
        yield temporary
    except BaseException:
        for key, path in temporary.items():
            if path != targets[key]:
                with contextlib.suppress(OSError):
                    path.unlink(missing_ok=True)
        raise
    for key, path in temporary.items():
        if path != targets[key]:
            os.replace(path, targets[key])


def _beside(path: Path) -> Path:
    """`visits.csv.partial`; a device or pipe (/dev/full, /dev/stdout) is written as it is."""
    if path.exists() and not path.is_file():
        return path
    return path.with_name(f"{path.name}.partial")
