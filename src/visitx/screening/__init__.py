"""Before paying for a model call: the offline screen and near-duplicate grouping.

Deterministic, no model and no network: `screen` says whether an article could report an
international visit, delegation or meeting; `duplicate_groups` and `DuplicateIndex` find
syndicated copies of the same story.
"""

from __future__ import annotations

from visitx.screening.cues import Screen, screen
from visitx.screening.dupes import DuplicateIndex, duplicate_groups

__all__ = ["DuplicateIndex", "Screen", "duplicate_groups", "screen"]
