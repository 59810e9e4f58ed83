"""The cyclic collector paused for a block, then left as it was found (also on error)."""

from __future__ import annotations

import gc

import pytest

from visitx.core.collector import paused as collector_paused


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
