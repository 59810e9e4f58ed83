"""Python's cyclic garbage collector paused for a while, then left as it was found.

Used where many long-lived objects are made at once and hardly any is garbage: a
batch's records kept until `extract_many` returns (`visitx.batch.sync`), and the
openai SDK's import (`visitx.llm.sdkload`), grouping visits into events
(`visitx.analysis.events`). Each collection meanwhile would walk them
all again.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["paused"]


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The cyclic garbage collector off for a while, then as it was before (also on error).

    What was made meanwhile moves to the oldest generation unwalked (`gc.freeze()` then
    `gc.unfreeze()`), so young collections do not walk it again; the next full collection
    walks it once and collects the cycles among it. Objects someone froze on purpose
    (`gc.freeze()`, say before a fork) stay frozen: the move is skipped then. Reference
    counting frees everything that is not a cycle throughout.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        if was_on:
            gc.enable()
