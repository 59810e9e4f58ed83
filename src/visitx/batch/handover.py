"""Signatures handed from the batch's ordering to its near-copy index, kept on disk.

`longest_first` signs every text of a list to group its near-copies; the batch's index
(`visitx.batch.indexer`) needs the same signatures again, one article at a time, in the
order the list is fed. `HandOver` keeps them in an unnamed temporary file of fixed-size
rows (the article id, whether the text has words, the signature), one per fed
position, so the batch's memory does not grow with the list and no text is signed
twice (in the cache folder when there is one, else the temporary folder). A row is
used only when its article id is the one asked for.
"""

from __future__ import annotations

import tempfile
import threading
from array import array
from collections.abc import Iterable
from pathlib import Path

from visitx.screening.minhash import NUM_PERM

__all__ = ["HandOver"]

_ID = len("sha256:") + 64  # an article id (`Article.id_for`)
_SIG = NUM_PERM * array("I").itemsize
_ROW = _ID + 1 + _SIG


class HandOver:
    """Signatures by fed position (see the module); `get` is safe across threads.

    Example:
        >>> handed = HandOver([(article_id, sig)])  # doctest: +SKIP
        >>> handed.get(0, article_id) == (True, sig)  # doctest: +SKIP
        True
    """

    def __init__(self, rows: Iterable[tuple[str, array[int] | None]],
                 folder: Path | None = None) -> None:
        # Closed by `close` (the batch's end), or below when writing fails.
        self._file = tempfile.TemporaryFile(  # noqa: SIM115
            prefix="visitx-signatures-", dir=folder)
        self._lock = threading.Lock()
        try:
            batch = bytearray()
            for key, sig in rows:
                batch += _row(key, sig)
                if len(batch) >= 1 << 20:
                    self._file.write(batch)
                    batch.clear()
            self._file.write(batch)
            self._file.flush()
        except BaseException:
            self._file.close()
            raise

    def get(self, position: int | None, key: str) -> tuple[bool, array[int] | None]:
        """(True, the signature or None for a text without words) when the row at
        `position` is the article `key`'s, else (False, None)."""
        if position is None or position < 0:
            return False, None
        with self._lock:
            if self._file.closed:
                return False, None
            self._file.seek(position * _ROW)
            data = self._file.read(_ROW)
        if len(data) != _ROW or data[:_ID] != key.encode("ascii", "replace"):
            return False, None
        if not data[_ID]:
            return True, None
        return True, array("I", data[_ID + 1 :])

    def close(self) -> None:
        with self._lock:
            self._file.close()

    def __enter__(self) -> HandOver:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _row(key: str, sig: array[int] | None) -> bytes:
    """One row; an id of another form is written blank (it never matches)."""
    ident = key.encode("ascii", "replace")
    if len(ident) != _ID:
        ident = bytes(_ID)
    if sig is None or len(sig) != NUM_PERM:
        return ident + bytes(1 + _SIG) if sig is None else bytes(_ROW)
    return ident + b"\1" + sig.tobytes()
