"""Offline replay of recorded model responses, for tests, demos and CI.

visitx's own suite records cassettes with pytest-recording (vcrpy's format). This module
replays such a cassette without vcrpy and without a network: requests are matched on
method, path and JSON body, each recorded response is played once and in order (so a
recorded 429 and the success after it replay as they happened).

    >>> from visitx.testing import replay
    >>> with replay("cassettes/my_pipeline.yaml"):           # doctest: +SKIP
    ...     result = visitx.extract(text, settings=settings)  # no network, no key needed

Inside `replay()`, every client that visitx builds talks to the cassette (also one built
before the block); a request the cassette does not hold raises `ReplayError` naming what
to re-record.
`no_backoff()` makes transport retries immediate, for tests that replay failures.
"""

from __future__ import annotations

from visitx.llm.replay import ReplayError, ReplayTransport, no_backoff, replay

__all__ = ["ReplayError", "ReplayTransport", "no_backoff", "replay"]
