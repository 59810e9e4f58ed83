"""Python's cyclic garbage collector paused or spaced out for a while, then left as found.

`paused` is used where many long-lived objects are made at once and hardly any is
garbage: a batch's records kept until `extract_many` returns (`visitx.batch.sync`), the
openai SDK's import (`visitx.llm.sdkload`), grouping visits into events
(`visitx.analysis.events`). Each collection meanwhile would walk them all again.

`spaced` is used where objects are made and dropped at a high rate and memory must stay
flat: a streamed batch (`visitx.batch.engine.stream`) and the re-run helper process. With
Python's default of a young collection every 700 allocations, records waiting in a queue
survive a few collections and are promoted, which sets off full collections of the whole
process (about a third of a cached streamed re-run's time was the collector's).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["SPACED_YOUNG", "paused", "spaced"]

SPACED_YOUNG = 50_000  # allocations between young collections while spaced


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


@contextlib.contextmanager
def spaced(young: int = SPACED_YOUNG) -> Iterator[None]:
    """Young collections at most every `young` allocations for a while, then the
    thresholds as they were (also on error).

    Collections still run, so cycles are still freed and memory stays bounded; most
    short-lived objects are simply gone by the time one runs. A threshold already as
    high (set by the program, or an enclosing `spaced`) is left alone, and one changed
    by someone else meanwhile is not put back.
    """
    before = gc.get_threshold()
    if before[0] >= young or before[0] == 0:  # 0: automatic collection is off
        yield
        return
    gc.set_threshold(young, *before[1:])
    try:
        yield
    finally:
        if gc.get_threshold()[0] == young:
            gc.set_threshold(*before)
