"""The openai SDK and instructor, imported once per process with the cyclic collector paused.

Importing the openai SDK defines about 1,900 pydantic models (its `types` package) and
makes about 107,000 objects that live as long as the process. While they are made, the
cyclic garbage collector runs about 190 young collections and, as they pile up in its
oldest generation, two full ones more, each walking the whole heap again (about 0.1 s
of a process's first batch, bench/README.md). Hardly any of it is garbage. So the import
runs with the collector paused (`collector_paused`): the objects made meanwhile go to the
oldest generation without being walked, and the collector is left as it was found.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

from visitx.core.once import once

__all__ = ["collector_paused", "load_openai_sdk"]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off for a while, then as it was before (also on error).

    What was made meanwhile moves to the oldest generation unwalked (`gc.freeze()` then
    `gc.unfreeze()`), so young collections do not walk it again; the next full collection
    walks it once and collects the cycles among it. Objects someone froze on
    purpose (`gc.freeze()`, say before a fork) stay frozen: the move is skipped then.
    Reference counting frees everything that is not a cycle throughout.
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


@once
def load_openai_sdk() -> None:
    """Import `openai` and `instructor` (once per process, with the collector paused).

    Called on the way to a process's first request to an OpenAI-compatible endpoint,
    before anything imports either; later imports of them cost nothing.
    """
    with collector_paused():
        import instructor  # noqa: F401  # imports openai
        import openai  # noqa: F401
