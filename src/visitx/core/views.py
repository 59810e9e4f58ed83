"""Where the data model finds its notebook view.

The view lives in `visitx.report`, a layer above the data model; `visitx/__init__.py`
registers it, so `Extraction._repr_html_` can show it without the model importing the
report (and without loading the report until a notebook asks).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["register_html_view", "render_html"]

_html_view: Callable[[Any], str] | None = None


def register_html_view(view: Callable[[Any], str]) -> None:
    """Set the function that renders an `Extraction` as HTML for notebooks."""
    global _html_view  # noqa: PLW0603 - one process-wide hook, set once at import
    _html_view = view


def render_html(extraction: Any) -> str | None:
    """The registered view of `extraction`, or None when none is registered."""
    return None if _html_view is None else _html_view(extraction)
