"""What the analysis helpers count: the visits of records, or events (one per engagement)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, TypeAlias

from visitx.core.models import Extraction, Visit

if TYPE_CHECKING:
    from visitx.analysis.events import Event

Countable: TypeAlias = "Extraction | Event"


def visits_of(items: Iterable[Countable], *, international_only: bool = False) -> Iterator[Visit]:
    """Each visit of each record without error, or each event as a visit.

    With `international_only`, domestic ones (one country only) are left out.
    """
    for item in items:
        if isinstance(item, Extraction):
            if item.error is not None:
                continue
            found: Iterable[Visit] = item.visits
        else:
            found = (item.as_visit(),)
        for visit in found:
            if visit.international or not international_only:
                yield visit
