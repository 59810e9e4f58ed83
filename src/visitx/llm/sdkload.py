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

from visitx.core.collector import paused as collector_paused
from visitx.core.once import once

__all__ = ["collector_paused", "load_openai_sdk"]


@once
def load_openai_sdk() -> None:
    """Import `openai` and `instructor` (once per process, with the collector paused).

    Called on the way to a process's first request to an OpenAI-compatible endpoint,
    before anything imports either; later imports of them cost nothing.
    """
    with collector_paused():
        import instructor  # noqa: F401  # imports openai
        import openai  # noqa: F401
