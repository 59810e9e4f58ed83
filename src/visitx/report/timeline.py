"""The report's timeline: dated visits on a time axis that breaks over long empty stretches.

One visit from 2014 among dozens from 2023-2025 would squeeze the dense years into a
sliver of a linear axis. The axis is cut where the dates leave a gap of over a year that
is also over a third of the whole span; each piece gets width for its own span (and at
least a minimum), ticks in years, quarters or months as its span allows, and the figure's
note says where the axis is broken.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import escape

from visitx.analysis.units import Countable, visits_of
from visitx.core.models import Visit, VisitStatus
from visitx.report.plots import SvgFigure, svg_document, svg_text

__all__ = ["axis_pieces", "plot_timeline"]

STATUS_COLOURS = {
    VisitStatus.OCCURRED: "#1f77b4",
    VisitStatus.PLANNED: "#ff7f0e",
    VisitStatus.INVITED: "#9467bd",
    VisitStatus.CANCELLED: "#8c959f",
}
_LEFT, _WIDTH, _ROW = 80, 900, 26  # plot area and row height, in px
_BREAK = 22  # px between two pieces of a broken axis
_MIN_PIECE = 70  # px: a piece holding a single date still gets room for its label
_MIN_LABEL_GAP = 56  # px between tick labels


def axis_pieces(days: Iterable[dt.date]) -> list[tuple[dt.date, dt.date]]:
    """The date ranges the axis shows: split at gaps over a year and over a third of the span.

    Example:
        >>> d = dt.date
        >>> axis_pieces([d(2014, 11, 6), d(2023, 3, 1), d(2024, 5, 2), d(2025, 2, 28)])
        [(datetime.date(2014, 11, 6), datetime.date(2014, 11, 6)), \
(datetime.date(2023, 3, 1), datetime.date(2025, 2, 28))]
    """
    ordered = sorted(set(days))
    if not ordered:
        return []
    span = (ordered[-1] - ordered[0]).days
    pieces = [[ordered[0], ordered[0]]]
    for previous, current in itertools.pairwise(ordered):
        gap = (current - previous).days
        if gap > 365 and gap > span / 3:
            pieces.append([current, current])
        else:
            pieces[-1][1] = current
    return [(a, b) for a, b in pieces]


@dataclass
class _Piece:
    lo: dt.date  # padded range shown
    hi: dt.date
    x0: float
    width: float

    def x(self, day: dt.date) -> float:
        days = max((self.hi - self.lo).days, 1)
        return self.x0 + self.width * (day - self.lo).days / days


def _layout(ranges: list[tuple[dt.date, dt.date]]) -> list[_Piece]:
    padded = []
    for a, b in ranges:
        pad = dt.timedelta(days=max(10, (b - a).days // 40))
        padded.append((a - pad, b + pad))
    usable = _WIDTH - _BREAK * (len(padded) - 1)
    spans = [(b - a).days for a, b in padded]
    widths = [max(_MIN_PIECE, usable * s / sum(spans)) for s in spans]
    scale = usable / sum(widths)
    pieces, x = [], float(_LEFT)
    for (a, b), w in zip(padded, widths, strict=True):
        pieces.append(_Piece(a, b, x, w * scale))
        x += w * scale + _BREAK
    return pieces


def _month_starts(lo: dt.date, hi: dt.date, step: int) -> list[dt.date]:
    out: list[dt.date] = []
    y, m = lo.year, lo.month
    while True:
        day = dt.date(y, m, 1)
        if day > hi:
            return out
        if day >= lo and (m - 1) % step == 0:
            out.append(day)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def _ticks(piece: _Piece) -> list[tuple[dt.date, str]]:
    """Tick dates and labels for one piece: years, quarters or months, as many as fit."""
    days = (piece.hi - piece.lo).days
    if days < 40:
        middle = piece.lo + (piece.hi - piece.lo) / 2
        return [(middle, middle.isoformat()[:7])]
    if days > 3 * 365:
        found = [(dt.date(y, 1, 1), str(y)) for y in range(piece.lo.year + 1, piece.hi.year + 1)]
    else:
        found = []
        for step in (1, 3, 6, 12):
            found = [(d, d.isoformat()[:7]) for d in _month_starts(piece.lo, piece.hi, step)]
            if len(found) * _MIN_LABEL_GAP <= piece.width:
                break
    return found


def _dated(
    items: Iterable[Countable], international_only: bool
) -> list[tuple[dt.date, dt.date, Visit]]:
    dated = []
    for visit in visits_of(items, international_only=international_only):
        d = visit.date
        if d is None or not d.start:
            continue
        try:
            start = dt.date.fromisoformat(d.start)
            end = dt.date.fromisoformat(d.end or d.start)
        except ValueError:
            continue  # a malformed date is left off the axis, as an undated visit is
        dated.append((start, max(start, end), visit))
    return dated


def _axis(pieces: list[_Piece], y: int) -> list[str]:
    body = []
    for k, piece in enumerate(pieces):
        x1 = piece.x0 + piece.width
        body.append(f'<line x1="{piece.x0:.1f}" y1="{y}" x2="{x1:.1f}" y2="{y}" stroke="#8c959f"/>')
        last = -1e9
        for day, label in _ticks(piece):
            x = piece.x(day)
            body.append(f'<line x1="{x:.1f}" y1="{y}" x2="{x:.1f}" y2="{y + 4}" stroke="#8c959f"/>')
            if x - last >= _MIN_LABEL_GAP:
                body.append(
                    svg_text(x, y + 16, label, size=10, class_="vx-tick-label", fill="#57606a")
                )
                last = x
        if k:  # the break: two slanted strokes between the pieces
            gap = piece.x0 - _BREAK / 2
            for dx in (-3, 3):
                body.append(
                    f'<line x1="{gap + dx - 3:.1f}" y1="{y + 5}" x2="{gap + dx + 3:.1f}" '
                    f'y2="{y - 5}" stroke="#57606a" stroke-width="1.5"/>'
                )
    return body


def plot_timeline(items: Iterable[Countable], *, international_only: bool = False) -> SvgFigure:
    """Each dated visit as a mark on a time axis, one row per status, coloured by status.

    The axis has ticks in years, quarters or months, and is broken over empty stretches
    of more than a year that would squeeze the rest (the note says where).

    Returns:
        An `SvgFigure` whose `data` is (status, count of dated visits) pairs.
    """
    dated = _dated(items, international_only)
    title = "Timeline"
    if not dated:
        empty = [svg_text(180, 42, "no dated visits", fill="#57606a")]
        return SvgFigure(svg_document(360, 60, title, empty))
    ranges = axis_pieces([day for s, e, _ in dated for day in (s, e)])
    pieces = _layout(ranges)

    def x_of(day: dt.date) -> float:
        inside = [p for p in pieces if p.lo <= day <= p.hi]
        return (inside or pieces)[0].x(day)

    statuses = [s for s in VisitStatus if any(v.status == s for _, _, v in dated)]
    body = []
    for i, status in enumerate(statuses):
        y = 40 + i * _ROW
        body.append(svg_text(_LEFT - 6, y + 4, status.value, anchor="end", size=11))
        for piece in pieces:
            body.append(
                f'<line x1="{piece.x0:.1f}" y1="{y}" x2="{piece.x0 + piece.width:.1f}" y2="{y}" '
                'stroke="#eaeef2"/>'
            )
    for start, end, visit in sorted(dated, key=lambda t: (t[0], t[2].id)):
        y = 40 + statuses.index(visit.status) * _ROW
        x0, x1 = x_of(start), x_of(end)
        label = escape(f"{start.isoformat()}: {visit.summary}")
        body.append(
            f'<rect class="vx-tick" x="{x0 - 2:.1f}" y="{y - 7}" width="{max(x1 - x0, 0) + 4:.1f}" '
            f'height="14" rx="3" fill="{STATUS_COLOURS[visit.status]}" fill-opacity="0.55">'
            f"<title>{label}</title></rect>"
        )
    axis_y = 40 + _ROW * len(statuses) - 8
    body += _axis(pieces, axis_y)
    counts = Counter(v.status.value for _, _, v in dated)
    data = [(s.value, counts[s.value]) for s in statuses]
    breaks = [
        f"{a[1].isoformat()[:7]} and {b[0].isoformat()[:7]}" for a, b in itertools.pairwise(ranges)
    ]
    note = (
        "The time axis is broken between " + "; ".join(breaks) + " (no dated visits in between)."
        if breaks
        else ""
    )
    height = axis_y + 28
    return SvgFigure(svg_document(_LEFT + _WIDTH + 20, height, title, body), data, note)
