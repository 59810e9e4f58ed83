"""The whole answer of a sync request within the time-out, not only each read of it.

httpx2 (like httpx, and the openai client on top of it) bounds each connect, write and
read, never a whole response: a server that sends a 200 and then a byte a second holds a
request for ever. Async requests are bounded by `retry.within` (a cancel on the event
loop); a blocking sync read cannot be cancelled, so the sync clients visitx builds send
through `WholeAnswerTransport` (`bounded_transport()`: the openai client at a base URL,
the `anthropic/` and `google/` SDK clients), httpx's documented extension point: it wraps the real
transport and the response's byte stream, and checks one deadline, set when the request
starts, after the headers and after every chunk of the body. Past it, the stream is
closed (the connection with it: an unfinished HTTP/1.1 answer is not reused) and
`httpx2.ReadTimeout` is raised, the client's own time-out, so the openai client reports
it as `APITimeoutError` and visitx retries and words it like any time-out.

No thread, no timer: a read in progress at the deadline still ends by the per-read
time-out, so a request ends at the latest one read time-out past the deadline (a trickle
of a byte a second: about a second past it).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import httpx2

__all__ = ["WholeAnswerTransport", "bounded_transport"]


class _BoundedStream(httpx2.SyncByteStream):
    """A response body that raises `httpx2.ReadTimeout` once the deadline has passed."""

    def __init__(
        self,
        inner: httpx2.SyncByteStream,
        request: httpx2.Request,
        deadline: float,
        seconds: float,
        clock: Callable[[], float],
    ) -> None:
        self.inner = inner
        self.request = request
        self.deadline = deadline
        self.seconds = seconds
        self.clock = clock
        self.closed = False

    def expire_if_late(self) -> None:
        if self.clock() >= self.deadline:
            self.close()  # the connection goes with the unfinished answer
            raise httpx2.ReadTimeout(
                f"No whole answer within {self.seconds:g} s.", request=self.request
            )

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.inner:
            self.expire_if_late()
            yield chunk

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.inner.close()


class WholeAnswerTransport(httpx2.BaseTransport):
    """A transport whose responses arrive whole within `seconds` of the request's start."""

    def __init__(
        self,
        inner: httpx2.BaseTransport,
        seconds: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.inner = inner
        self.seconds = seconds
        self.clock = clock

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        deadline = self.clock() + self.seconds
        response = self.inner.handle_request(request)
        stream = response.stream
        if not isinstance(stream, httpx2.SyncByteStream):  # pragma: no cover - httpx2 contract
            return response
        bounded = _BoundedStream(stream, request, deadline, self.seconds, self.clock)
        bounded.expire_if_late()  # the headers alone took too long
        response.stream = bounded
        return response

    def close(self) -> None:
        self.inner.close()


def bounded_transport(seconds: float) -> WholeAnswerTransport:
    """A network transport whose answers arrive whole within `seconds`, with the
    connection limits the openai and anthropic clients set on their own."""
    limits = httpx2.Limits(max_connections=1000, max_keepalive_connections=100)
    return WholeAnswerTransport(httpx2.HTTPTransport(limits=limits), seconds)
