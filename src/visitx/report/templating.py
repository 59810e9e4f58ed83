"""The Jinja2 environment of the report and the notebook view (templates are package data).

Autoescape is on for every template: values from articles (names, quotes, summaries,
titles) are escaped by Jinja2, and only markup built here or by a template is trusted.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import jinja2
from markupsafe import Markup, escape

__all__ = ["article_text", "render"]


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("visitx.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(name: str, **context: Any) -> str:
    """Render the template `name` (in `visitx/report/templates`) with `context`."""
    return _environment().get_template(name).render(**context)


def article_text(text: str) -> Markup:
    """Article text as HTML: escaped, and a carriage return as a character reference.

    HTML parsers turn a literal CR (and CRLF) into LF, which would make the rendered text
    differ from the article that the offsets index.
    """
    return Markup(str(escape(text)).replace("\r", "&#13;"))
