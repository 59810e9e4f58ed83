"""Small charts of a batch of extractions, drawn as inline SVG by hand.

No plotting library is needed: a bar chart is a few `<rect>` and `<text>` elements, and
writing them ourselves keeps the report a single offline file and keeps matplotlib out of
the dependencies. The figures display in Jupyter (`_repr_svg_`, `_repr_html_`) and are
embedded in the HTML report.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import escape

from visitx.analysis.units import Countable, visits_of
from visitx.core.models import Extraction, Role, Visit

__all__ = [
    "SvgFigure",
    "country_pair_counts",
    "plot_country_pairs",
    "plot_visits_per_month",
    "svg_document",
    "svg_text",
    "visits_per_month",
]

_BAR = "#1f77b4"
_SVG_NS = 'xmlns="http://www.w3.org/2000/svg"'
# Beyond four years of monthly bars the chart is unreadable, so it switches to years.
_MAX_MONTHS = 48


@dataclass(frozen=True)
class SvgFigure:
    """A chart as an SVG string, with the counts it shows.

    Attributes:
        svg: a standalone SVG document (with its xmlns), displayable on its own.
        data: the (label, count) pairs drawn, in order.
        note: a line about what was left out (visits without a date, ...), or "".
    """

    svg: str
    data: list[tuple[str, int]] = field(default_factory=list)
    note: str = ""

    def inline(self) -> str:
        """The SVG for embedding in an HTML page (no xmlns: HTML parsers add the namespace)."""
        return self.svg.replace(f" {_SVG_NS}", "", 1)

    def _repr_svg_(self) -> str:
        return self.svg

    def _repr_html_(self) -> str:
        note = (
            f'<p style="font-size:12px;color:#57606a">{escape(self.note)}</p>' if self.note else ""
        )
        return f"<figure style='margin:0'>{self.inline()}{note}</figure>"

    def save(self, path: str | Path) -> Path:
        """Write the SVG to `path` and return the path."""
        out = Path(path)
        out.write_text(self.svg, encoding="utf-8")
        return out


def _visits(items: Iterable[Countable], international_only: bool = False) -> list[Visit]:
    return list(visits_of(items, international_only=international_only))


def visits_per_month(
    extractions: Iterable[Countable], *, international_only: bool = False
) -> tuple[list[tuple[str, int]], int]:
    """Visits (or events) counted by the month their date starts in, empty months filled in.

    Pass `events(...)` instead of records to count each engagement once, and
    `international_only=True` to leave out domestic visits.

    Returns:
        The (YYYY-MM, count) pairs from the first to the last month – or (YYYY, count)
        pairs when that spans more than four years – and the number of undated visits.
    """
    months: Counter[str] = Counter()
    undated = 0
    for visit in _visits(extractions, international_only):
        start = visit.date.start if visit.date is not None else None
        try:
            months[dt.date.fromisoformat(start or "").isoformat()[:7]] += 1
        except ValueError:
            undated += 1  # no date, or one that is not YYYY-MM-DD
    if not months:
        return [], undated
    first, last = min(months), max(months)
    y0, m0, y1, m1 = int(first[:4]), int(first[5:7]), int(last[:4]), int(last[5:7])
    span = (y1 - y0) * 12 + (m1 - m0) + 1
    if span > _MAX_MONTHS:
        years: Counter[str] = Counter()
        for month, n in months.items():
            years[month[:4]] += n
        return [(str(y), years[str(y)]) for y in range(y0, y1 + 1)], undated
    out = []
    for k in range(span):
        y, m = divmod(m0 - 1 + k, 12)
        key = f"{y0 + y:04d}-{m + 1:02d}"
        out.append((key, months[key]))
    return out, undated


def country_pair_counts(
    extractions: Iterable[Countable], *, international_only: bool = False
) -> Counter[str]:
    """How many visits (or events) link each visitor country to each host country.

    A visit counts once per distinct (visitor country → host country) pair. Symmetric
    meetings (role "participant", no visitor or host) count once per unordered pair,
    written "A ↔ B". Participants without a country are left out.
    """
    pairs: Counter[str] = Counter()
    for visit in _visits(extractions, international_only):
        by_role: dict[Role, list[str]] = {r: [] for r in Role}
        for p in visit.participants:
            if p.country and p.country not in by_role[p.role]:
                by_role[p.role].append(p.country)
        seen = {f"{a} → {b}" for a in by_role[Role.VISITOR] for b in by_role[Role.HOST]}
        sym = sorted(by_role[Role.PARTICIPANT])
        seen |= {f"{a} ↔ {b}" for i, a in enumerate(sym) for b in sym[i + 1 :]}
        pairs.update(seen)
    return pairs


def svg_text(
    x: float, y: float, s: str, *, anchor: str = "middle", size: int = 11, **kw: str
) -> str:
    extra = "".join(f' {k.rstrip("_").replace("_", "-")}="{escape(v)}"' for k, v in kw.items())
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}"{extra}>'
        f"{escape(s)}</text>"
    )


def svg_document(width: int, height: int, title: str, body: list[str]) -> str:
    return (
        f'<svg {_SVG_NS} width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(title)}" font-family="system-ui,sans-serif" '
        f'style="background:#fff">'
        f"<title>{escape(title)}</title>"
        + svg_text(width / 2, 16, title, size=13, font_weight="600")
        + "".join(body)
        + "</svg>"
    )


def _column_chart(data: list[tuple[str, int]], title: str, *, empty: str = "no data") -> str:
    """Vertical bars, one per label (months), with counts above and labels below."""
    if not data:
        return svg_document(360, 60, title, [svg_text(180, 42, empty, fill="#57606a")])
    bar, gap, left, top, plot_h = 22, 6, 30, 30, 140
    width = max(360, left + len(data) * (bar + gap) + 10)
    height = top + plot_h + 60
    peak = max(n for _, n in data) or 1
    base = top + plot_h
    body = [f'<line x1="{left}" y1="{base}" x2="{width - 5}" y2="{base}" stroke="#8c959f"/>']
    for i, (label, n) in enumerate(data):
        x = left + i * (bar + gap)
        h = plot_h * n / peak
        body.append(
            f'<rect x="{x}" y="{base - h:.1f}" width="{bar}" height="{h:.1f}" fill="{_BAR}">'
            f"<title>{escape(label)}: {n}</title></rect>"
        )
        if n:
            body.append(svg_text(x + bar / 2, base - h - 3, str(n), size=10))
        cx, cy = x + bar / 2, base + 8
        body.append(
            svg_text(
                cx, cy, label, anchor="end", size=10, transform=f"rotate(-60 {cx:.1f} {cy:.1f})"
            )
        )
    return svg_document(width, height, title, body)


def _bar_chart(data: list[tuple[str, int]], title: str, *, empty: str = "no data") -> str:
    """Horizontal bars, one per label (country pairs), longest first as given."""
    if not data:
        return svg_document(360, 60, title, [svg_text(180, 42, empty, fill="#57606a")])
    row, left, top, plot_w = 20, 110, 28, 260
    width, height = left + plot_w + 40, top + len(data) * row + 8
    peak = max(n for _, n in data) or 1
    body = []
    for i, (label, n) in enumerate(data):
        y = top + i * row
        w = plot_w * n / peak
        body.append(svg_text(left - 6, y + 14, label, anchor="end", size=11))
        body.append(
            f'<rect x="{left}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" fill="{_BAR}">'
            f"<title>{escape(label)}: {n}</title></rect>"
        )
        body.append(svg_text(left + w + 4, y + 14, str(n), anchor="start", size=10))
    return svg_document(width, height, title, body)


def plot_visits_per_month(
    extractions: Iterable[Countable], *, international_only: bool = False
) -> SvgFigure:
    """A column chart of visits per month (per year when the dates span over four years).

    Args:
        extractions: records, e.g. from `load_jsonl` (failed ones are skipped), or
            events from `visitx.events` to count each engagement once.
        international_only: leave out domestic visits.

    Returns:
        An `SvgFigure`; Jupyter displays it, `.save("months.svg")` writes it.

    Example:
        >>> from visitx.core.models import Article, Extraction
        >>> ex = Extraction(article=Article(id="sha256:0", text="x"))
        >>> plot_visits_per_month([ex]).data
        []
    """
    items = list(extractions)
    data, undated = visits_per_month(items, international_only=international_only)
    yearly = bool(data) and len(data[0][0]) == 4
    unit = "Events" if items and not isinstance(items[0], Extraction) else "Visits"
    title = f"{unit} per year" if yearly else f"{unit} per month"
    notes = []
    if yearly:
        notes.append(
            f"Counted per year: the dates span {data[0][0]}–{data[-1][0]}, more than "
            f"{_MAX_MONTHS // 12} years of months."
        )
    if undated:
        notes.append(f"{undated} visit(s) without a date are not shown.")
    return SvgFigure(_column_chart(data, title, empty="no dated visits"), data, " ".join(notes))


def plot_country_pairs(
    extractions: Iterable[Countable], top: int = 10, *, international_only: bool = False
) -> SvgFigure:
    """A bar chart of the most frequent visitor country → host country pairs.

    Args:
        extractions: records, e.g. from `load_jsonl` (failed ones are skipped), or
            events from `visitx.events` to count each engagement once.
        top: how many pairs to show.
        international_only: leave out domestic visits (such as `TUR → TUR`).

    Returns:
        An `SvgFigure`; Jupyter displays it, `.save("pairs.svg")` writes it.

    Example:
        >>> from visitx.core.models import Article, Extraction
        >>> plot_country_pairs([Extraction(article=Article(id="sha256:0", text="x"))]).data
        []
    """
    counts = country_pair_counts(extractions, international_only=international_only)
    data = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    rest = len(counts) - len(data)
    note = f"{rest} less frequent pair(s) not shown." if rest > 0 else ""
    title = f"Top {len(data)} country pairs (visitor → host)" if data else "Country pairs"
    return SvgFigure(_bar_chart(data, title, empty="no visits with countries"), data, note)
