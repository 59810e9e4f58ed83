"""Load the tables a record needs ahead of the first record (`preload`)."""

from __future__ import annotations

import threading

__all__ = ["preload"]

_preloading = threading.Lock()
_preload: list[threading.Thread] = []


def preload() -> None:
    """Start loading the tables a record needs, in a daemon thread, once per process.

    The country index, py3langid's model and the date tables take about a second to load
    on first use. Called when a request goes to the model, the loading overlaps the wait
    for the answer, so the first record of a process is ready soon after its answer. Each
    table loads once under its own lock, so a record built before the thread is done
    waits for that table rather than loading it a second time.
    """
    with _preloading:
        if _preload:
            return
        thread = threading.Thread(target=_load_tables, name="visitx-preload", daemon=True)
        _preload.append(thread)
    thread.start()


def _load_tables() -> None:
    from visitx.dates.parse import parse_date
    from visitx.grounding.locate import locate
    from visitx.places.countries import country_code
    from visitx.record.names import is_name_like
    from visitx.text.language import guess_language

    country_code("Türkiye")
    is_name_like("Ankara")  # the participant word table
    guess_language("Türkiye ile Ruanda arasındaki işbirlikleri görüşüldü.")  # the identifier
    parse_date("7 April 2023")
    locate("Ankara", "Ankara")
