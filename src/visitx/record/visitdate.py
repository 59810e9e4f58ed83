"""A visit's date, read from the date text the draft quotes once the article is known to
hold it beside the visit's evidence (`record.build`).

`read_visit_date` gives no date (with a warning that says why) when the text dates
something else – the page's update stamp, the report's dateline, another moment of the
story (`record.stamps`, `record.otherdates.another_moment`) – when it reads as a day
after the publication for a visit that occurred, or when the evidence gives a finer date
outside it (`record.dateclash`); a text that cannot be read keeps its span and no value.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Collection
from typing import Literal

from visitx.core.models import Article, DateValue, Span, VisitStatus
from visitx.record.dateclash import finer_date_elsewhere, nearer
from visitx.record.otherdates import another_moment, settle
from visitx.record.stamps import update_stamp

__all__ = ["cached_parse_date", "read_visit_date"]


@functools.lru_cache(maxsize=8192)
def cached_parse_date(
    text: str, language: str | None, published: str | None, tense: Literal["past", "future"]
) -> DateValue | None:
    """`visitx.dates.parse.parse_date`, cached: it is pure, and date expressions repeat
    across articles (and on every cache hit of the same article); the caller copies the
    result before changing it."""
    from visitx.dates.parse import parse_date

    return parse_date(text, language=language, published=published, tense=tense)


def read_visit_date(
    path: str,
    text: str,
    near: Span,
    article: Article,
    language: str | None,
    evidence: list[Span],
    status: VisitStatus,
    claimed: Collection[str] = (),
) -> tuple[DateValue | None, list[str]]:
    """The visit's date from `near` (the article's own span of the draft's `text`, in a
    paragraph of the visit's evidence), and the warnings raised. `claimed` holds the
    date texts of the draft's other visits.

    Example:
        >>> article = Article(id="a1", text="Ruto arrived in Hanoi on Tuesday.",
        ...                   published="2024-03-07")
        >>> near = Span(text="on Tuesday", start=22, end=32)
        >>> value, warnings = read_visit_date(
        ...     "visits[0].date_text", "on Tuesday", near, article, "en",
        ...     [Span(text=article.text, start=0, end=33)], VisitStatus.OCCURRED)
        >>> value.start, value.precision, warnings
        ('2024-03-05', 'day', [])
    """
    published = article.published
    upcoming = status in {VisitStatus.PLANNED, VisitStatus.INVITED}
    tense: Literal["past", "future"] = "future" if upcoming else "past"

    def parse(date_text: str, when: Literal["past", "future"] = tense) -> DateValue | None:
        return cached_parse_date(date_text, language, published, when)

    stamp = update_stamp(path, text, article.text, near) or another_moment(
        path, near, article.text, evidence, status is VisitStatus.OCCURRED,
        lambda t: parse(t, "past"))  # fmt: skip
    if stamp is not None:  # "Updated: 12 March 2024" dates the page, "(Reuters)" the report
        return None, [stamp]
    # The article's characters, not the model's string: a fuzzy match ("Febuary", "Juni"
    # for the article's "Juli") must not put its own date in the record.
    parsed = parse(near.text)
    if status is VisitStatus.CANCELLED:  # planned for a day before or after the report
        parsed = nearer(parsed, parse(near.text, "future"), published)
    if parsed is None:
        return DateValue(text=near, source="text"), [
            f"{path}: {text[:80]!r} could not be read as a date"
        ]
    if status is VisitStatus.OCCURRED and _after(parsed.start, published):
        # A visit that took place cannot start after the report of it (a day's grace for
        # time zones): `in two years`, `next week` or a slip in the article's year.
        return DateValue(text=near, source="text"), [
            f"{path}: {text[:80]!r} reads as {parsed.start}, after the article's "
            f"publication ({published}), for a visit that occurred, so the visit has no date"
        ]
    other = finer_date_elsewhere(parsed, near, article.text, evidence, parse)
    if other is not None:
        return DateValue(text=near, source="text"), [
            f"{path}: {text[:80]!r} reads as {parsed.start} to {parsed.end}, but the "
            f"visit's evidence also gives {other!r}, outside it, so the visit has no date"
        ]
    kept, note = settle(
        parsed, near, article.text, evidence, parse, upcoming, frozenset(claimed) - {text}
    )
    return kept.model_copy(update={"text": near}), [f"{path}: {text[:80]!r} {note}"] if note else []


def _after(start: str | None, published: str | None) -> bool:
    """Whether the day `start` lies more than a day after the publication date."""
    if start is None or published is None:
        return False
    try:
        day, publication = dt.date.fromisoformat(start), dt.date.fromisoformat(published[:10])
        return day > publication + dt.timedelta(days=1)
    except ValueError:
        return False
