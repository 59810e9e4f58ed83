"""A request holds its llama.cpp slot only while it is in flight, not while it backs off.

Against the reference server on 127.0.0.1 in its llama.cpp flavour with one slot. The
back-off's clock and sleeps are injected (`Backoff(clock=, sleep=, asleep=)`): a fake sleep
records who sleeps how long and moves the fake clock on, so nothing sleeps for real except
the HTTP client's own 0.2 s time-out. Every wait has a time-out, so a slot that is never let
go fails the test instead of hanging it.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx2
import openai
import pytest

from visitx.llm.prompt import load_prompt
from visitx.llm.provider import Provider
from visitx.llm.retry import Backoff

from conftest import SEEDS, load_article, local_settings

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

LIMIT_S = 10.0  # a slot that is never let go fails the test after this long
# A hangs until this time-out; B's answer from the 127.0.0.1 server must come within it
# too, so it is long enough for a loaded machine (0.2 s failed once at load average 11).
HANG_TIMEOUT_S = 1.5
PAUSE_S = 30.0  # the shared pause after a time-out (the Backoff's `timeout`, a fake clock)
TEXTS = {"A": load_article(SEEDS[0])[0], "B": load_article(SEEDS[1])[0]}


class FakeClock:
    """Monotonic seconds that move only when a fake sleep says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Server:
    """Wraps the reference server's answers: records them per article ("A sent", "B
    answered") and gives an article's first request a scripted failure."""

    def __init__(self, server: Any, events: list[str], first: dict[str, str]) -> None:
        self.answer = server.answer
        self.events = events
        self.first = dict(first)
        self.release = threading.Event()  # ends a request the server is 'still generating'
        server.answer = self.scripted
        # The late answer to a request the client gave up on meets a closed connection.
        server.httpd.handle_error = lambda request, address: None

    def scripted(self, path: str, body: dict[str, Any]) -> tuple[int, dict[str, str], Any]:
        sent = " ".join(str(m.get("content")) for m in body.get("messages", []))
        label = next(k for k, text in TEXTS.items() if text in sent)
        failure = self.first.pop(label, None)
        if failure == "503":
            self.events.append(f"{label} 503")
            error = {"error": {"message": "Loading model", "type": "unavailable_error"}}
            return 503, {"retry-after": "2"}, error
        if failure == "hang":  # generating for longer than the client waits
            self.events.append(f"{label} sent")
            self.release.wait(LIMIT_S)
            return 503, {}, {"error": {"message": "late", "type": "unavailable_error"}}
        self.events.append(f"{label} sent")
        status, headers, payload = self.answer(path, body)
        self.events.append(f"{label} answered")
        return status, headers, payload


def backoff(clock: FakeClock, **sleeps: Any) -> Backoff:
    """A Backoff on the fake clock that really waits (not `no_backoff()`'s at-once)."""
    return Backoff(
        max_retries=sleeps.pop("max_retries", 2), max_seconds=100, timeout=PAUSE_S,
        clock=clock, immediate=False, **sleeps,
    )


def task_name() -> str:
    task = asyncio.current_task()
    return "no task" if task is None else task.get_name()


def ask(provider: Provider, label: str) -> Any:
    return provider.ask(load_prompt().render(TEXTS[label]), TEXTS[label])


async def aask(provider: Provider, label: str) -> Any:
    return await provider.aask(load_prompt().render(TEXTS[label]), TEXTS[label])


def thread(target: Callable[[], Any], name: str, results: dict[str, Any]) -> threading.Thread:
    """A named thread that keeps what `target` returned or raised in `results[name]`."""

    def run() -> None:
        try:
            results[name] = target()
        except Exception as exc:
            results[name] = exc

    return threading.Thread(target=run, name=name, daemon=True)


@pytest.mark.parametrize("local_server", ["llama.cpp"], indirect=True)
def test_a_sync_request_backing_off_after_a_503_leaves_the_slot_to_another(
    local_server: Any, tmp_path: Path
) -> None:
    """While A sleeps its back-off after a 503, B is sent and answered on the one slot."""
    events: list[str] = []
    Server(local_server, events, first={"A": "503"})
    provider = Provider(local_settings(local_server, tmp_path))
    clock, results = FakeClock(), {}
    b = thread(lambda: ask(provider, "B"), "B", results)

    def sleep(seconds: float) -> None:
        events.append(f"{threading.current_thread().name} sleeps {seconds:g}")
        b.start()
        b.join(LIMIT_S)  # with the slot held, B could not be sent before this ends
        clock.now += seconds

    provider.backoff = backoff(clock, sleep=sleep)
    a = thread(lambda: ask(provider, "A"), "A", results)
    try:
        a.start()
        a.join(LIMIT_S)
        b.join(LIMIT_S)
    finally:
        provider.close()
    assert provider.slots.count == 1
    assert events == ["A 503", "A sleeps 2", "B sent", "B answered", "A sent", "A answered"]
    assert [results[k].draft.visits != [] for k in "AB"] == [True, True]


@pytest.mark.parametrize("local_server", ["llama.cpp"], indirect=True)
async def test_an_async_request_backing_off_after_a_503_leaves_the_slot_to_another(
    local_server: Any, tmp_path: Path
) -> None:
    """The same in one event loop: B is sent and answered while A's back-off sleeps."""
    events: list[str] = []
    Server(local_server, events, first={"A": "503"})
    provider = Provider(local_settings(local_server, tmp_path))
    clock = FakeClock()
    b: list[asyncio.Task[Any]] = []

    async def asleep(seconds: float) -> None:
        events.append(f"{task_name()} sleeps {seconds:g}")
        b.append(asyncio.create_task(aask(provider, "B"), name="B"))
        await asyncio.wait(b, timeout=LIMIT_S)  # with the slot held, B would wait for A
        clock.now += seconds

    provider.backoff = backoff(clock, asleep=asleep)
    try:
        a = asyncio.create_task(aask(provider, "A"), name="A")
        await asyncio.wait_for(a, LIMIT_S)
        answers = [a.result(), await asyncio.wait_for(b[0], LIMIT_S)]
    finally:
        await provider.aclose()
    assert provider.slots.count == 1
    assert events == ["A 503", "A sleeps 2", "B sent", "B answered", "A sent", "A answered"]
    assert [answer.draft.visits != [] for answer in answers] == [True, True]


def timed_out(exc: object) -> bool:
    return "timed out" in str(exc).lower() or "timeout" in str(exc).lower()


@pytest.mark.parametrize("local_server", ["llama.cpp"], indirect=True)
def test_a_sync_request_queued_behind_a_time_out_waits_for_the_shared_pause(
    local_server: Any, tmp_path: Path
) -> None:
    """B, waiting for the slot while A's request times out, gets the slot and then waits
    out the whole pause before it is sent: the server may still be generating A."""
    events: list[str] = []
    server = Server(local_server, events, first={"A": "hang"})
    provider = Provider(local_settings(local_server, tmp_path, timeout=HANG_TIMEOUT_S))
    clock, results = FakeClock(), {}
    b_waits, a_has_slot = threading.Event(), threading.Event()
    a = thread(lambda: ask(provider, "A"), "A", results)
    b = thread(lambda: ask(provider, "B"), "B", results)

    def sleep(seconds: float) -> None:
        a.join(LIMIT_S)  # A has failed, its pause set in full
        events.append(f"{threading.current_thread().name} sleeps {seconds:g}")
        clock.now += seconds

    def on_wait(count: int) -> None:
        events.append(f"{threading.current_thread().name} waits for a slot")
        b_waits.set()

    gate, slot = provider.slots, provider.slots.slot

    @contextlib.contextmanager
    def watched(active: bool = True) -> Iterator[None]:
        with slot(active):
            if threading.current_thread().name == "A":
                a_has_slot.set()
                b_waits.wait(LIMIT_S)  # A is sent once B queues behind it
            yield

    gate.on_wait = on_wait
    gate.slot = watched  # type: ignore[method-assign]
    provider.backoff = backoff(clock, sleep=sleep, max_retries=0)
    try:
        a.start()
        assert a_has_slot.wait(LIMIT_S)
        b.start()
        a.join(LIMIT_S)
        b.join(LIMIT_S)
    finally:
        server.release.set()
        provider.close()
    assert events == ["B waits for a slot", "A sent", "B sleeps 30", "B sent", "B answered"]
    assert timed_out(results["A"])
    assert results["B"].draft.visits != []


@pytest.mark.parametrize("local_server", ["llama.cpp"], indirect=True)
async def test_an_async_request_queued_behind_a_time_out_waits_for_the_shared_pause(
    local_server: Any, tmp_path: Path
) -> None:
    """The same in one event loop: B takes the slot after A's time-out, then waits 30 s."""
    events: list[str] = []
    server = Server(local_server, events, first={"A": "hang"})
    provider = Provider(local_settings(local_server, tmp_path, timeout=HANG_TIMEOUT_S))
    clock = FakeClock()
    b_waits = asyncio.Event()
    tasks: dict[str, asyncio.Task[Any]] = {}

    async def asleep(seconds: float) -> None:
        await asyncio.wait([tasks["A"]], timeout=LIMIT_S)  # A has failed, its pause set
        events.append(f"{task_name()} sleeps {seconds:g}")
        clock.now += seconds

    def on_wait(count: int) -> None:
        events.append(f"{task_name()} waits for a slot")
        b_waits.set()

    gate, aslot = provider.slots, provider.slots.aslot

    @contextlib.asynccontextmanager
    async def watched(active: bool = True) -> AsyncIterator[None]:
        async with aslot(active):
            if task_name() == "A":
                tasks["B"] = asyncio.create_task(aask(provider, "B"), name="B")
                await asyncio.wait_for(b_waits.wait(), LIMIT_S)  # A is sent once B queues
            yield

    gate.on_wait = on_wait
    gate.aslot = watched  # type: ignore[method-assign]
    provider.backoff = backoff(clock, asleep=asleep, max_retries=0)
    try:
        tasks["A"] = asyncio.create_task(aask(provider, "A"), name="A")
        await asyncio.wait([tasks["A"]], timeout=LIMIT_S)
        answer = await asyncio.wait_for(tasks["B"], LIMIT_S)
    finally:
        server.release.set()
        await provider.aclose()
    assert events == ["B waits for a slot", "A sent", "B sleeps 30", "B sent", "B answered"]
    assert timed_out(tasks["A"].exception())
    assert answer.draft.visits != []


def status_503() -> openai.APIStatusError:
    request = httpx2.Request("POST", "http://127.0.0.1/v1/chat/completions")
    return openai.APIStatusError(
        "Loading model", response=httpx2.Response(503, request=request),
        body={"error": {"message": "Loading model"}},
    )


def test_time_waiting_for_a_slot_does_not_use_up_the_retry_time() -> None:
    """An attempt that queued 500 s for its slot is still retried under max_seconds=100."""
    clock = FakeClock()
    tries: list[float] = []

    @contextlib.contextmanager
    def queue() -> Iterator[None]:
        clock.now += 500  # the other articles of the batch go first
        yield

    def send() -> str:
        tries.append(clock.now)
        if len(tries) == 1:
            raise status_503()
        return "answer"

    def sleep(seconds: float) -> None:
        clock.now += seconds

    assert backoff(clock, sleep=sleep).call(send, hold=queue) == "answer"
    assert len(tries) == 2


def time_out() -> openai.APITimeoutError:
    return openai.APITimeoutError(
        request=httpx2.Request("POST", "http://127.0.0.1/v1/chat/completions")
    )


def test_a_sync_time_out_starts_the_shared_pause_before_its_slot_is_let_go() -> None:
    """When a timed-out request lets go of its slot, the whole 30 s pause is already on."""
    clock = FakeClock()
    on_release: list[float] = []

    @contextlib.contextmanager
    def slot() -> Iterator[None]:
        try:
            yield
        finally:
            on_release.append(retries.pause_left())

    def send() -> str:
        raise time_out()

    retries = backoff(clock, max_retries=0)
    with pytest.raises(openai.APITimeoutError):
        retries.call(send, hold=slot)
    assert on_release == [PAUSE_S]


async def test_an_async_time_out_starts_the_shared_pause_before_its_slot_is_let_go() -> None:
    """The same for `acall`: the pause is on when the slot is let go."""
    clock = FakeClock()
    on_release: list[float] = []

    @contextlib.asynccontextmanager
    async def slot() -> AsyncIterator[None]:
        try:
            yield
        finally:
            on_release.append(retries.pause_left())

    async def send() -> str:
        raise time_out()

    retries = backoff(clock, max_retries=0)
    with pytest.raises(openai.APITimeoutError):
        await retries.acall(send, hold=slot)
    assert on_release == [PAUSE_S]
