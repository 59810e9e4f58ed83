"""py3langid's model in a form that loads in milliseconds: its arrays as `.npy` files.

py3langid ships its model as an LZMA-compressed npz (4.6 MB holding 68 MB of arrays);
decompressing and reading it costs about 0.8 s of CPU in every process that guesses a
language. The first process on a machine writes the same arrays once, uncompressed, into
visitx's cache folder (`$VISITX_CACHE_DIR`, else `~/.cache/visitx`, under `py3langid/`);
later processes memory-map them. The identifier is built by py3langid's own public
constructor from the very arrays its loader returns, so its guesses are the same.

A copy that is missing, partial, corrupt or made from another py3langid model is
rebuilt; a cache folder that cannot be written falls back to py3langid's own loader.
"""

from __future__ import annotations

import json
import logging
import os
from array import array
from pathlib import Path
from typing import Any

from visitx.core.settings import default_cache_dir

__all__ = ["load_identifier", "model_dir"]

log = logging.getLogger("visitx")

# What py3langid's loader returns, in its order: the arrays stored, one file each.
_ARRAYS = ("ptc", "pc", "classes", "nextmove", "row", "output")
_MANIFEST = "model.json"
# array('H'/'I'/'L') typecodes by item size, as py3langid's loader makes them.
_TYPECODES = {2: "H", 4: "I", 8: "L"}


def model_dir() -> Path:
    """Where the fast-loading copy lives: `py3langid/` in visitx's cache folder."""
    base = os.environ.get("VISITX_CACHE_DIR")
    return (Path(base).expanduser() if base else default_cache_dir()) / "py3langid"


def _source() -> tuple[Path, str]:
    """py3langid's bundled model file, and a key that changes whenever that file does."""
    import py3langid
    from py3langid import langid

    path = langid.MODEL_DIR / langid.MODEL_FILE
    stat = path.stat()
    return path, f"{py3langid.__version__}:{stat.st_size}:{stat.st_mtime_ns}"


def load_identifier(directory: Path | None = None) -> Any:
    """py3langid's `LanguageIdentifier` (normalized probabilities) from the fast copy.

    The copy in `directory` (default `model_dir()`) is written first when it is missing
    or does not match the installed model.
    """
    from py3langid import langid

    directory = model_dir() if directory is None else directory
    source, key = _source()
    parts = _read(directory, key)
    if parts is None:
        parts = _load_source(source)
        try:
            _write(directory, key, parts)
        except OSError as exc:
            log.debug("visitx: cannot keep py3langid's model in %s (%s)", directory, exc)
    ptc, pc, classes, nextmove, row, output = parts
    return langid.LanguageIdentifier(
        ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row
    )


def _load_source(source: Path) -> tuple[Any, ...]:
    """The arrays as py3langid's own loader reads them from its compressed file."""
    import numpy as np
    from py3langid import modelio

    ptc, pc, classes, nextmove, row, output = modelio.load_model(source)
    return np.asarray(ptc), np.asarray(pc), classes, nextmove, row, output


def _write(directory: Path, key: str, parts: tuple[Any, ...]) -> None:
    """Each array to its `.npy` file, then the manifest: a reader sees all or nothing."""
    import numpy as np

    directory.mkdir(parents=True, exist_ok=True)
    shapes: dict[str, list[Any]] = {}
    for name, value in zip(_ARRAYS, parts, strict=True):
        data = np.asarray(value)
        shapes[name] = [data.dtype.str, list(data.shape)]
        _replace(directory / f"{name}.npy", lambda f, data=data: np.save(f, data))
    manifest = json.dumps({"source": key, "arrays": shapes}).encode()
    _replace(directory / _MANIFEST, lambda f: f.write(manifest))


def _replace(path: Path, write: Any) -> None:
    """Write through a temporary file of this process, then rename it into place."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:
            write(f)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _read(directory: Path, key: str) -> tuple[Any, ...] | None:
    """The arrays of a complete copy made from `key`, memory-mapped; None to rebuild."""
    import numpy as np

    try:
        manifest = json.loads((directory / _MANIFEST).read_bytes())
        if manifest.get("source") != key:
            return None
        arrays = {}
        for name in _ARRAYS:
            data = np.load(directory / f"{name}.npy", mmap_mode="r", allow_pickle=False)
            if [data.dtype.str, list(data.shape)] != manifest["arrays"][name]:
                return None
            arrays[name] = data
        return (
            np.asarray(arrays["ptc"]),
            np.asarray(arrays["pc"]),
            arrays["classes"].tolist(),
            _to_array(arrays["nextmove"]),
            _to_array(arrays["row"]),
            arrays["output"].tolist(),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.debug("visitx: rebuilding py3langid's model in %s (%s)", directory, exc)
        return None


def _to_array(data: Any) -> array[int]:
    """A memory-mapped unsigned array as the stdlib `array` py3langid's DFA walk indexes."""
    import numpy as np

    out = array(_TYPECODES[data.dtype.itemsize])
    out.frombytes(np.ascontiguousarray(data).data.cast("B"))
    return out
