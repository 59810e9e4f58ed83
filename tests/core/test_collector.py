"""The cyclic collector paused or spaced out for a block, then left as found (also on error)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from visitx.core.collector import SPACED_YOUNG
from visitx.core.collector import paused as collector_paused
from visitx.core.collector import spaced as collector_spaced


def test_collector_is_off_inside(collector: None) -> None:
    """Inside the block the collector does not run."""
    with collector_paused():
        assert not gc.isenabled()


def test_enabled_collector_is_enabled_again(collector: None) -> None:
    """A collector that was on is on again after the block."""
    with collector_paused():
        pass
    assert gc.isenabled()


def test_disabled_collector_stays_disabled(collector: None) -> None:
    """A collector the caller had turned off is still off after the block."""
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_collector_restored_when_the_block_raises(collector: None) -> None:
    """An error inside (an import that fails) propagates and the collector is on again."""
    with pytest.raises(ImportError), collector_paused():
        raise ImportError("no module named openai")
    assert gc.isenabled()


def test_objects_made_inside_are_not_frozen(collector: None) -> None:
    """What the block made stays collectable: nothing is left in the permanent generation."""
    with collector_paused():
        made = [[] for _ in range(100)]
    assert gc.get_freeze_count() == 0
    assert len(made) == 100


def test_cycles_made_inside_are_collected_later(collector: None) -> None:
    """A reference cycle made and dropped inside is freed by the next full collection."""
    with collector_paused():
        cycle: list[object] = []
        cycle.append(cycle)
        ident = id(cycle)
        del cycle
    gc.collect()
    assert all(id(o) != ident for o in gc.get_objects())


def test_objects_frozen_on_purpose_stay_frozen(collector: None) -> None:
    """Objects the caller froze (gc.freeze before a fork) are still frozen after the block."""
    gc.freeze()
    frozen = gc.get_freeze_count()
    with collector_paused():
        pass
    assert gc.get_freeze_count() == frozen


# --- spaced: young collections spaced out for a while --------------------------------------


@pytest.fixture
def thresholds() -> Iterator[None]:
    """Python's thresholds before the test, put back after it."""
    before = gc.get_threshold()
    try:
        yield
    finally:
        gc.set_threshold(*before)


def test_spaced_raises_the_young_threshold_inside(thresholds: None) -> None:
    """Inside the block a young collection waits for SPACED_YOUNG allocations, not 700."""
    gc.set_threshold(700, 10, 10)
    with collector_spaced():
        assert gc.get_threshold() == (SPACED_YOUNG, 10, 10)


def test_spaced_puts_the_thresholds_back(thresholds: None) -> None:
    """After the block (also after an error) the thresholds are as they were."""
    gc.set_threshold(700, 10, 10)
    with pytest.raises(KeyError), collector_spaced():
        raise KeyError("boom")
    assert gc.get_threshold() == (700, 10, 10)


def test_spaced_inside_spaced_changes_nothing(thresholds: None) -> None:
    """An inner block leaves the outer one's threshold, and the outer one restores."""
    gc.set_threshold(700, 10, 10)
    with collector_spaced():
        with collector_spaced():
            pass
        assert gc.get_threshold() == (SPACED_YOUNG, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_spaced_keeps_a_threshold_changed_meanwhile(thresholds: None) -> None:
    """A threshold someone set inside the block is not overwritten at its end."""
    gc.set_threshold(700, 10, 10)
    with collector_spaced():
        gc.set_threshold(900, 5, 5)
    assert gc.get_threshold() == (900, 5, 5)


def test_spaced_leaves_automatic_collection_off(thresholds: None) -> None:
    """A threshold of 0 (automatic collection off) stays 0 inside the block."""
    gc.set_threshold(0, 10, 10)
    with collector_spaced():
        assert gc.get_threshold() == (0, 10, 10)


class _Node:
    """An object that can be in a cycle and be watched through a weak reference."""

    other: object = None


def test_cycles_made_while_spaced_are_still_collected(collector: None, thresholds: None) -> None:
    """Collections still run inside: a cycle dropped early is gone before the block ends."""
    with collector_spaced(young=100):
        node = _Node()
        node.other = node
        watched = weakref.ref(node)
        del node
        junk = [[] for _ in range(5_000)]  # allocations enough for several collections
        assert watched() is None
    assert len(junk) == 5_000
