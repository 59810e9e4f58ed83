"""`SlotGate`: no more requests at once than a llama.cpp server has slots, asked lazily.

Against the reference server on 127.0.0.1 in its llama.cpp flavour (`GET /props` says
`total_slots`). Waiting is shown with events and semaphores, never with sleeps; every
wait has a time-out, so a gate that never opens fails the test.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest

import visitx
from visitx.llm.slots import SlotGate

from conftest import SEEDS, load_article, local_settings
from reference_server import InFlight

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

LIMIT_S = 10.0  # a gate that never opens fails after this long


def one_request(gate: SlotGate, *, active: bool = True) -> None:
    """A sync request's turn at the gate (nothing is sent)."""
    with gate.slot(active):
        pass


async def entered_at_once(gate: SlotGate, requests: int) -> int:
    """How many of `requests` held a slot at the same time, the first holding on until
    every other one has entered or waits at the gate."""
    inside = 0
    most = 0
    release = asyncio.Event()

    async def one() -> None:
        nonlocal inside, most
        async with gate.aslot():
            inside += 1
            most = max(most, inside)
            await release.wait()
            inside -= 1

    tasks = [asyncio.create_task(one()) for _ in range(requests)]
    for _ in range(requests * 3):  # let every task reach the gate (no clock involved)
        await asyncio.sleep(0)
    release.set()
    await asyncio.wait_for(asyncio.gather(*tasks), LIMIT_S)
    return most


@pytest.mark.parametrize("local_server", ["llama.cpp"], indirect=True)
def test_the_server_is_asked_nothing_before_the_first_slot(
    local_server: Any, tmp_path: Path
) -> None:
    """A new gate has not asked /props; the first slot asks it once and learns the count."""
    gate = SlotGate(local_settings(local_server, tmp_path))
    assert (gate.count, local_server.gets) == (None, [])
    one_request(gate)
    one_request(gate)
    assert (gate.count, local_server.gets) == (1, ["/props"])


@pytest.mark.parametrize("local_server", ["llama.cpp"], indirect=True)
def test_a_one_slot_server_has_one_request_at_a_time(local_server: Any, tmp_path: Path) -> None:
    """Three requests of one event loop at a one-slot server go one after another."""
    gate = SlotGate(local_settings(local_server, tmp_path))
    assert asyncio.run(entered_at_once(gate, 3)) == 1


@pytest.mark.parametrize("local_server", ["llama.cpp"], indirect=True)
def test_requests_within_the_slots_go_at_once(local_server: Any, tmp_path: Path) -> None:
    """A server with two slots has two requests at once, and nothing is said."""
    local_server.total_slots = 2
    heard: list[int] = []
    gate = SlotGate(local_settings(local_server, tmp_path), on_wait=heard.append)
    assert asyncio.run(entered_at_once(gate, 2)) == 2
    assert heard == []


@pytest.mark.parametrize("local_server", ["llama.cpp"], indirect=True)
def test_the_first_wait_is_heard_once_with_the_count(local_server: Any, tmp_path: Path) -> None:
    """on_wait hears the slot count once, however many requests wait."""
    heard: list[int] = []
    gate = SlotGate(local_settings(local_server, tmp_path), on_wait=heard.append)
    asyncio.run(entered_at_once(gate, 4))
    assert heard == [1]


def test_a_server_without_props_is_not_capped(local_server: Any, tmp_path: Path) -> None:
    """A server that does not answer /props like llama.cpp takes all requests at once."""
    gate = SlotGate(local_settings(local_server, tmp_path))
    assert asyncio.run(entered_at_once(gate, 3)) == 3
    assert gate.count is None


@pytest.mark.parametrize("local_server", ["llama.cpp"], indirect=True)
def test_an_explicit_llama_cpp_setting_asks_only_with_probe(
    local_server: Any, tmp_path: Path
) -> None:
    """Settings(llama_cpp=True) asks nothing (as documented) unless the gate's probe is set."""
    settings = local_settings(local_server, tmp_path, llama_cpp=True)
    quiet = SlotGate(settings)
    one_request(quiet)
    assert (quiet.count, local_server.gets) == (None, [])
    probing = SlotGate(settings)
    probing.probe = True
    one_request(probing)
    assert (probing.count, local_server.gets) == (1, ["/props"])


@pytest.mark.parametrize("local_server", ["llama.cpp"], indirect=True)
def test_an_inactive_slot_asks_nothing(local_server: Any, tmp_path: Path) -> None:
    """slot(active=False) (a replayed or SDK endpoint) does not ask the server."""
    gate = SlotGate(local_settings(local_server, tmp_path))
    one_request(gate, active=False)
    assert (gate.count, local_server.gets) == (None, [])


@pytest.mark.parametrize("local_server", ["llama.cpp"], indirect=True)
def test_a_sync_request_waits_for_the_slot_another_thread_holds(
    local_server: Any, tmp_path: Path
) -> None:
    """With one slot, a second thread's request enters only after the first one leaves."""
    heard: list[int] = []
    waiting = threading.Event()

    def on_wait(count: int) -> None:
        heard.append(count)
        waiting.set()

    gate = SlotGate(local_settings(local_server, tmp_path), on_wait=on_wait)
    order: list[str] = []
    holding, release = threading.Event(), threading.Event()

    def first() -> None:
        with gate.slot():
            order.append("first in")
            holding.set()
            release.wait(LIMIT_S)
            order.append("first out")

    def second() -> None:
        with gate.slot():
            order.append("second in")

    one = threading.Thread(target=first)
    one.start()
    assert holding.wait(LIMIT_S)
    two = threading.Thread(target=second)
    two.start()
    assert waiting.wait(LIMIT_S)  # the second is at the gate, the first still inside
    assert order == ["first in"]
    release.set()
    one.join(LIMIT_S)
    two.join(LIMIT_S)
    assert order == ["first in", "first out", "second in"]
    assert heard == [1]


@pytest.mark.parametrize("local_server", ["llama.cpp"], indirect=True)
def test_extract_many_sends_a_one_slot_server_one_request_at_a_time(
    local_server: Any, tmp_path: Path
) -> None:
    """The library's batches are capped too: concurrency 4, one request in flight."""
    seen = InFlight(local_server)
    texts = [load_article(stem)[0] for stem in SEEDS[:3]]
    settings = local_settings(local_server, tmp_path)
    results = visitx.extract_many(texts, settings=settings, concurrency=4, progress=False)
    assert [r.error for r in results] == [None, None, None]
    assert len(local_server.requests) >= 3
    assert seen.most == 1
