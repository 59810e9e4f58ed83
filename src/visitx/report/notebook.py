"""The notebook view of one `Extraction`: the highlighted article beside a card per visit.

`render_extraction_html` is what `Extraction._repr_html_` shows in Jupyter, and what the
batch report (`_report.py`) embeds once per article. The output is a self-contained HTML
fragment: an inline `<style>` block (optional, so the report can include it once), no
script, no external resource.

Highlighting works on offsets, never on string search: the article is cut at every span
boundary and the pieces are wrapped in properly nested elements, so the concatenated text
of the article block is the article text, character for character. Evidence sentences are
a light background; grounded fields (names, titles, organisations, places, dates,
agreements) are stronger marks nested inside them. A span that crosses another one is
split into fragments that all carry the span's own `data-start`/`data-end`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import Literal

from markupsafe import Markup

from visitx.core.models import Extraction, Participant, Span, Visit
from visitx.report.templating import article_text, render

__all__ = ["EXTRACTION_CSS", "highlight", "render_extraction_html", "text_direction"]

# Eight colours that stay distinguishable on white; red is left out because it means
# "not found in article" in the cards.
PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22",
)  # fmt: skip

# Languages written right to left. A tag's script subtag (ku-Arab, pa-Arab) is checked too.
_RTL_LANGUAGES = frozenset(
    {"ar", "fa", "ps", "ur", "he", "iw", "yi", "ckb", "sd", "ug", "dv", "syr", "arz", "prs"}
)
_RTL_SCRIPTS = frozenset({"arab", "hebr", "syrc", "thaa", "nkoo", "adlm"})


def _palette_css() -> str:
    rules = []
    for i, colour in enumerate(PALETTE):
        rules.append(
            f".vx-x .vx-ev.vx-c{i}{{background:{colour}22}}"
            f".vx-x mark.vx-f.vx-c{i}{{background:{colour}55;border-bottom-color:{colour}}}"
            f".vx-x .vx-card.vx-c{i}{{border-inline-start-color:{colour}}}"
        )
    return "\n".join(rules)


_BASE_CSS = resources.files("visitx.report").joinpath("templates/notebook.css").read_text("utf-8")
EXTRACTION_CSS = _BASE_CSS + _palette_css() + "\n"
"""The stylesheet the fragments need; every rule is scoped under `.vx-x`."""


def text_direction(language: str | None, text: str = "") -> Literal["rtl", "ltr"]:
    """The writing direction of an article: from its language tag, else from its script.

    Args:
        language: a BCP 47 / ISO 639 tag such as "fa", "ar", "ku-Arab", or None.
        text: the article text, looked at only when `language` is None.

    Returns:
        "rtl" or "ltr".

    Example:
        >>> text_direction("fa"), text_direction("ku-Arab"), text_direction("de")
        ('rtl', 'rtl', 'ltr')
        >>> text_direction(None, "استاندار گیلان")
        'rtl'
    """
    if language:
        parts = language.replace("_", "-").lower().split("-")
        if parts[0] in _RTL_LANGUAGES or any(p in _RTL_SCRIPTS for p in parts[1:]):
            return "rtl"
        return "ltr"
    # No language: count strong directional letters in the first few thousand characters.
    rtl = ltr = 0
    for ch in text[:4000]:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            rtl += 1
        elif kind == "L":
            ltr += 1
    return "rtl" if rtl > ltr else "ltr"


def _located(span: Span | None, length: int) -> tuple[int, int] | None:
    """The span's offsets when it is grounded and they fit the text, else None."""
    if span is None or span.match is None or span.start is None or span.end is None:
        return None
    if not 0 <= span.start < span.end <= length:
        return None
    return span.start, span.end


@dataclass
class _Mark:
    start: int
    end: int
    layer: int  # 0 = evidence (outer, light), 1 = field (inner, strong)
    visits: list[int]
    fields: list[str]
    labels: list[str]
    approx: bool = False
    anchors: list[str] = field(default_factory=list)

    def open_tag(self, first: bool) -> Markup:
        colour = f"vx-c{self.visits[0] % len(PALETTE)}"
        classes = ["vx-ev" if self.layer == 0 else "vx-f", colour]
        if self.approx:
            classes.append("vx-approx")
        if len(set(self.visits)) > 1:
            classes.append("vx-multi")
        # Markup.format escapes every argument; the anchors are the element's id, and the
        # other visits' anchors (an element has one id) as empty spans that add no text.
        anchors = self.anchors if first else []
        return Markup(
            '<{tag} class="{cls}" data-visit="{visits}" data-field="{fields}" '
            'data-start="{start}" data-end="{end}" title="{title}"{id}>{more}'
        ).format(
            tag="span" if self.layer == 0 else "mark",
            cls=" ".join(classes),
            visits=" ".join(str(v + 1) for v in self.visits),
            fields=" ".join(dict.fromkeys(self.fields)),
            start=self.start,
            end=self.end,
            title="\n".join(self.labels),
            id=Markup(' id="{}"').format(anchors[0]) if anchors else "",
            more=Markup("").join(Markup('<span id="{}"></span>').format(a) for a in anchors[1:]),
        )

    def close_tag(self) -> Markup:
        return Markup("</span>" if self.layer == 0 else "</mark>")


@dataclass
class _Marks:
    length: int
    prefix: str
    by_range: dict[tuple[int, int, int], _Mark] = field(default_factory=dict)
    anchored: set[int] = field(default_factory=set)  # visits whose evidence has an anchor

    def add(self, span: Span | None, layer: int, visit: int, fld: str, label: str) -> None:
        where = _located(span, self.length)
        if where is None or span is None:
            return
        if span.match in ("normalized", "fuzzy"):
            label += f" ({span.match} match)"
        # Identical ranges become one element listing every field, so nothing is hidden
        # under an equal sibling (a name that is also a title, a place shared by visits).
        mark = self.by_range.get((*where, layer))
        if mark is None:
            mark = _Mark(*where, layer, [], [], [])
            self.by_range[(*where, layer)] = mark
        if layer == 0 and visit not in self.anchored:
            # The card's link goes to the visit's first located evidence sentence.
            self.anchored.add(visit)
            mark.anchors.append(f"{self.prefix}-ev-{visit}")
        mark.visits.append(visit)
        mark.fields.append(fld)
        mark.labels.append(label)
        mark.approx = mark.approx or span.match != "exact"


def _label(*bits: str | None) -> str:
    return " · ".join(b for b in bits if b)


def _visit_marks(marks: _Marks, index: int, visit: Visit) -> None:
    head = f"visit {index + 1}"
    for j, ev in enumerate(visit.evidence):
        label = _label(head, f"evidence {j + 1}", visit.type.value, visit.status.value)
        marks.add(ev, 0, index, "evidence", label)
    for p in visit.participants:
        who = p.role.value
        marks.add(p.name, 1, index, "name", _label(head, f"{who} name", p.name_en, p.country))
        marks.add(p.title, 1, index, "title", _label(head, f"{who} title", p.title_en))
        label = _label(head, f"{who} organisation", p.organization_en)
        marks.add(p.organization, 1, index, "organization", label)
    if visit.location is not None:
        loc = visit.location
        marks.add(
            loc.name, 1, index, "location", _label(head, "location", loc.name_en, loc.country)
        )
    if visit.date is not None:
        d = visit.date
        label = _label(head, "date", _date_range(d.start, d.end), d.calendar)
        marks.add(d.text, 1, index, "date", label)
    for a in visit.agreements:
        kind = f"agreement ({a.kind.value}, {a.status.value})"
        marks.add(a.text, 1, index, "agreement", _label(head, kind, a.title_en))


def highlight(text: str, marks: Iterable[_Mark]) -> Markup:
    """The article as escaped HTML with `marks` as nested elements.

    Walks the sorted span boundaries with a stack of open elements. At a boundary, every
    element that ends there is closed; elements above it on the stack that go on are
    closed too and reopened right after, which splits a crossing span into fragments
    instead of producing overlapping (invalid) tags. Longer spans open first, so they
    are the outer elements, and evidence opens before a field of the same range.
    """
    starts: dict[int, list[_Mark]] = {}
    bounds = {0, len(text)}
    for m in marks:
        starts.setdefault(m.start, []).append(m)
        bounds.update((m.start, m.end))
    out: list[Markup] = []
    stack: list[_Mark] = []
    opened: set[int] = set()
    points = sorted(bounds)
    for pos, nxt in zip(points, [*points[1:], None], strict=True):
        closing = [i for i, m in enumerate(stack) if m.end == pos]
        reopen: list[_Mark] = []
        if closing:
            cut = closing[0]
            for m in reversed(stack[cut:]):
                out.append(m.close_tag())
            reopen = [m for m in stack[cut:] if m.end != pos]
            del stack[cut:]
        for m in sorted(reopen + starts.get(pos, []), key=lambda m: (-m.end, m.layer, m.start)):
            out.append(m.open_tag(first=id(m) not in opened))
            opened.add(id(m))
            stack.append(m)
        if nxt is not None:
            out.append(article_text(text[pos:nxt]))
    for m in reversed(stack):
        out.append(m.close_tag())
    return Markup("").join(out)


def _date_range(start: str | None, end: str | None) -> str | None:
    if start is None and end is None:
        return None
    if start == end or end is None:
        return start
    return f"{start or '?'} – {end}"


def _sides(visit: Visit) -> list[tuple[str, list[Participant]]]:
    """The card's people rows: (label, participants) per role that has any."""
    out = []
    for role in ("visitor", "host", "participant"):
        parts = [p for p in visit.participants if p.role.value == role]
        if parts:
            out.append((role + ("s" if len(parts) > 1 else ""), parts))
    return out


def _direction(visit: Visit) -> str:
    """ "RUS → IRN" for a visit, "TUR ↔ AZE" for a symmetric meeting."""

    def countries(role: str) -> str:
        found = [p.country or "?" for p in visit.participants if p.role.value == role]
        return "/".join(dict.fromkeys(found)) or "?"

    if any(p.role.value in ("visitor", "host") for p in visit.participants):
        return f"{countries('visitor')} → {countries('host')}"
    return " ↔ ".join(
        dict.fromkeys(p.country or "?" for p in visit.participants if p.role.value == "participant")
    )


def render_extraction_html(
    extraction: Extraction, *, include_style: bool = True, id_prefix: str | None = None
) -> str:
    """Render one extraction as an HTML fragment: highlighted article beside visit cards.

    This is the notebook view (`Extraction._repr_html_`). Each visit has a colour; its
    evidence is a light background in that colour and its grounded fields are stronger
    marks inside it; hovering a mark shows what it is (the `title` attribute, e.g.
    "visit 1 · visitor name · Igor Babushkin · RUS"). Persian, Arabic, Hebrew, Urdu, ...
    articles are laid out right to left. Values that were not found in the article are
    outlined in red in the cards. Everything is HTML-escaped; there is no script and no
    external resource.

    Args:
        extraction: the record to show.
        include_style: include the `<style>` block; the report passes False and includes
            `EXTRACTION_CSS` once for all articles.
        id_prefix: prefix of the element ids (anchors to evidence and cards); defaults to
            "vx-" and the first 12 hex digits of the article id. Give each fragment on one
            page its own prefix.

    Returns:
        The HTML fragment as a string.

    Example:
        >>> from visitx.core.models import Article, Extraction
        >>> text = "The minister met <b>guests</b>."
        >>> ex = Extraction(article=Article(id=Article.id_for(text), text=text, language="en"))
        >>> "&lt;b&gt;guests&lt;/b&gt;" in render_extraction_html(ex)
        True
    """
    article = extraction.article
    text = article.text
    prefix = id_prefix or "vx-" + article.id.removeprefix("sha256:")[:12]
    marks = _Marks(len(text), prefix)
    for i, visit in enumerate(extraction.visits):
        _visit_marks(marks, i, visit)
    source_id = getattr(article, "source_id", None)  # the batch caller's own id, if any
    meta = [
        ("title", article.title),
        ("url", article.url),
        ("text", f"id {source_id}" if source_id else None),
        ("text", f"language {article.language or '?'}"),
        ("text", f"published {article.published}" if article.published else None),
        ("text", f"{len(extraction.visits)} visit{'s' if len(extraction.visits) != 1 else ''}"),
        ("short-id", prefix.removeprefix("vx-")),
        ("text", f"model {extraction.meta.model}" if extraction.meta.model else None),
    ]

    def found(span: Span | None) -> bool:
        return _located(span, len(text)) is not None

    return render(
        "notebook.html.j2",
        include_style=include_style,
        css=Markup(EXTRACTION_CSS),
        article=article,
        meta=[(kind, value) for kind, value in meta if value],
        error=extraction.error,
        direction=text_direction(article.language, text),
        highlighted=highlight(text, marks.by_range.values()),
        visits=extraction.visits,
        warnings=extraction.meta.warnings,
        prefix=prefix,
        ncolours=len(PALETTE),
        found=found,
        unfound=lambda spans: [s for s in spans if not found(s)],
        sides=_sides,
        direction_of=_direction,
        date_range=_date_range,
    )
