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

import html
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from visitx.core.models import Agreement, DateValue, Extraction, Participant, Span, Visit

__all__ = ["EXTRACTION_CSS", "render_extraction_html", "text_direction"]

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

_BASE_CSS = """
.vx-x{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans Arabic",sans-serif;
 color:#1f2328;background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:10px;
 line-height:1.5;font-size:14px;text-align:start}
.vx-x .vx-meta{color:#57606a;font-size:12px;margin:0 0 8px 0}
.vx-x .vx-error{border:1px solid #cf222e;background:#ffebe9;color:#82071e;padding:6px 8px;
 border-radius:4px;margin:0 0 8px 0}
.vx-x .vx-body{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start}
.vx-x .vx-article{flex:3 1 420px;min-width:0;white-space:pre-wrap;overflow-wrap:anywhere;
 border:1px solid #eaeef2;border-radius:4px;padding:8px 10px;background:#fcfcfd;
 max-height:640px;overflow:auto;font-size:15px;line-height:1.8}
.vx-x .vx-cards{flex:2 1 300px;min-width:0;display:flex;flex-direction:column;gap:8px}
.vx-x .vx-card{border:1px solid #d0d7de;border-inline-start-width:5px;border-radius:4px;
 padding:6px 8px;font-size:13px;background:#fff}
.vx-x .vx-card h4{margin:0 0 4px 0;font-size:13px}
.vx-x .vx-card p{margin:0 0 4px 0}
.vx-x .vx-card dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 8px;margin:0}
.vx-x .vx-card dt{color:#57606a;font-weight:600}
.vx-x .vx-card dd{margin:0;min-width:0;overflow-wrap:anywhere}
.vx-x .vx-card ul{margin:0;padding-inline-start:16px}
.vx-x .vx-q{background:#f6f8fa;border-radius:3px;padding:0 2px}
.vx-x .vx-cc{font-family:ui-monospace,monospace;font-size:11px;background:#eaeef2;
 border-radius:3px;padding:0 3px}
.vx-x .vx-ok{color:#1a7f37;font-weight:600}
.vx-x .vx-no{color:#cf222e;font-weight:600}
.vx-x .vx-ungrounded{outline:1.5px dashed #cf222e;outline-offset:1px}
.vx-x .vx-nf{color:#cf222e;font-size:11px}
.vx-x .vx-muted{color:#57606a}
.vx-x ul.vx-parties{display:inline;padding:0;margin:0}
.vx-x ul.vx-parties li{display:inline;list-style:none}
.vx-x ul.vx-parties li+li::before{content:"; "}
.vx-x .vx-ev{border-radius:2px}
.vx-x mark.vx-f{color:inherit;border-radius:2px;padding:0;border-bottom:2px solid}
.vx-x mark.vx-approx{border-bottom-style:dotted}
.vx-x mark.vx-multi{box-shadow:inset 0 -4px 0 rgba(0,0,0,.25)}
.vx-x details{font-size:12px;margin-top:6px}
"""


def _palette_css() -> str:
    rules = []
    for i, colour in enumerate(PALETTE):
        rules.append(
            f".vx-x .vx-ev.vx-c{i}{{background:{colour}22}}"
            f".vx-x mark.vx-f.vx-c{i}{{background:{colour}55;border-bottom-color:{colour}}}"
            f".vx-x .vx-card.vx-c{i}{{border-inline-start-color:{colour}}}"
        )
    return "\n".join(rules)


EXTRACTION_CSS = _BASE_CSS + _palette_css() + "\n"
"""The stylesheet the fragments need; every rule is scoped under `.vx-x`."""


def esc(value: object) -> str:
    """Escape text for HTML content or a quoted attribute.

    A carriage return becomes a character reference because HTML parsers turn a literal
    CR (and CRLF) into LF, which would make the rendered text differ from the article.
    """
    return html.escape(str(value), quote=True).replace("\r", "&#13;")


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

    def open_tag(self, first: bool) -> str:
        colour = f"vx-c{self.visits[0] % len(PALETTE)}"
        classes = ["vx-ev" if self.layer == 0 else "vx-f", colour]
        if self.approx:
            classes.append("vx-approx")
        if len(set(self.visits)) > 1:
            classes.append("vx-multi")
        attrs = (
            f' class="{" ".join(classes)}" data-visit="{" ".join(str(v + 1) for v in self.visits)}"'
            f' data-field="{esc(" ".join(dict.fromkeys(self.fields)))}"'
            f' data-start="{self.start}" data-end="{self.end}"'
            f' title="{esc(chr(10).join(self.labels))}"'
        )
        tag = f"<{'span' if self.layer == 0 else 'mark'}{attrs}>"
        if first and self.anchors:
            # An element has one id; a range that is the first evidence of several visits
            # carries the other visits' anchors as empty spans, which add no text.
            head, *more = self.anchors
            tag = (
                tag[:-1]
                + f' id="{esc(head)}">'
                + "".join(f'<span id="{esc(a)}"></span>' for a in more)
            )
        return tag

    def close_tag(self) -> str:
        return "</span>" if self.layer == 0 else "</mark>"


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


def highlight(text: str, marks: Iterable[_Mark]) -> str:
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
    out: list[str] = []
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
            out.append(esc(text[pos:nxt]))
    for m in reversed(stack):
        out.append(m.close_tag())
    return "".join(out)


def _date_range(start: str | None, end: str | None) -> str | None:
    if start is None and end is None:
        return None
    if start == end or end is None:
        return start
    return f"{start or '?'} – {end}"


def _quote(span: Span | None, length: int) -> str:
    """An original-script value for a card; ungrounded ones are outlined in red."""
    if span is None:
        return ""
    if _located(span, length) is None:
        return (
            f'<span class="vx-q vx-ungrounded" dir="auto" title="not found in article">'
            f'{esc(span.text)}</span> <span class="vx-nf">not found in article</span>'
        )
    where = f"chars {span.start}–{span.end}, {span.match} match"
    return f'<span class="vx-q" dir="auto" title="{esc(where)}">{esc(span.text)}</span>'


def _cc(code: str | None) -> str:
    return f' <span class="vx-cc">{esc(code)}</span>' if code else ""


def _bdi(text: str | None) -> str:
    """User text isolated with its own direction (empty when there is none)."""
    return f'<bdi dir="auto">{esc(text)}</bdi>' if text else ""


def _party(p: Participant, length: int) -> str:
    # Skip the English name when it is the original (Latin-script names, acronyms).
    head = f'<b dir="auto">{esc(p.name_en)}</b> ' if p.name_en and p.name_en != p.name.text else ""
    line = f"{head}{_quote(p.name, length)}{_cc(p.country)}"
    details = [
        " ".join(x for x in (_bdi(p.title_en), _quote(p.title, length)) if x),
        " ".join(x for x in (_bdi(p.organization_en), _quote(p.organization, length)) if x),
        f'<span class="vx-muted">{esc(p.kind.value)}'
        + (f", {esc(p.sector.value)}" if p.sector else "")
        + "</span>",
    ]
    return f"<li>{line}<br><small>{' · '.join(d for d in details if d)}</small></li>"


def _countries(parts: list[Participant]) -> str:
    return "/".join(dict.fromkeys(p.country or "?" for p in parts)) or "?"


def _when(d: DateValue, length: int) -> str:
    """The date as written, the Gregorian period it denotes, and how it was read."""
    bits = [_quote(d.text, length)] if d.text else []
    period = _date_range(d.start, d.end)
    if period:
        bits.append(f"→ {esc(period)}")
    extra = ", ".join(x for x in (d.precision, d.calendar) if x)
    if d.source == "published":
        extra += ", resolved against the publication date"
    if extra:
        bits.append(f'<span class="vx-muted">({esc(extra.strip(", "))})</span>')
    return " ".join(bits) or '<span class="vx-muted">not read</span>'


def _agreements(agreements: list[Agreement], length: int) -> str:
    deals = []
    for a in agreements:
        name = f' <b dir="auto">{esc(a.title_en)}</b>' if a.title_en else ""
        # One element per party, each with its own direction: an Arabic party name next
        # to a Latin one must not reorder the list.
        listed = "".join(f'<li dir="auto">{esc(party)}</li>' for party in a.parties)
        who = (
            f' <span class="vx-muted">parties:</span><ul class="vx-parties">{listed}</ul>'
            if listed
            else ""
        )
        deals.append(
            f"<li>{esc(a.kind.value)} ({esc(a.status.value)}){name} "
            f"{_quote(a.text, length)}{who}</li>"
        )
    return f"<ul>{''.join(deals)}</ul>"


def _card(index: int, visit: Visit, length: int, prefix: str) -> str:
    by_role: dict[str, list[Participant]] = {"visitor": [], "host": [], "participant": []}
    for p in visit.participants:
        by_role[p.role.value].append(p)
    if by_role["visitor"] or by_role["host"]:
        direction = f"{_countries(by_role['visitor'])} → {_countries(by_role['host'])}"
    else:
        direction = " ↔ ".join(dict.fromkeys(p.country or "?" for p in by_role["participant"]))
    grounded = (
        '<span class="vx-ok">✓ grounded</span>'
        if visit.grounded
        else '<span class="vx-no">✗ not fully grounded</span>'
    )
    link = ""
    if any(_located(ev, length) for ev in visit.evidence):
        link = (
            f' <a href="#{esc(prefix)}-ev-{index}" title="show the evidence in the article">¶</a>'
        )
    rows: list[tuple[str, str]] = []
    for role, label in (("visitor", "visitor"), ("host", "host"), ("participant", "participant")):
        if by_role[role]:
            items = "".join(_party(p, length) for p in by_role[role])
            rows.append((label + ("s" if len(by_role[role]) > 1 else ""), f"<ul>{items}</ul>"))
    loc = visit.location
    if loc is not None:
        english = ", ".join(
            _bdi(x) for x in dict.fromkeys((loc.name_en, loc.city, loc.region)) if x
        )
        place = " ".join(x for x in (english, _quote(loc.name, length)) if x)
        rows.append(("where", place + _cc(loc.country)))
    if visit.date is not None:
        rows.append(("when", _when(visit.date, length)))
    if visit.topics:
        rows.append(("topics", esc(", ".join(t.value for t in visit.topics))))
    if visit.agreements:
        rows.append(("agreements", _agreements(visit.agreements, length)))
    if visit.follow_ups:
        items = "".join(f'<li dir="auto">{esc(f)}</li>' for f in visit.follow_ups)
        rows.append(("follow-ups", f"<ul>{items}</ul>"))
    missing = [ev for ev in visit.evidence if _located(ev, length) is None]
    if missing or not visit.evidence:
        shown = "".join(f"<div>{_quote(ev, length)}</div>" for ev in missing)
        rows.append(("evidence", shown or '<span class="vx-no">none given</span>'))
    codes = visit.codes
    plover = " / ".join(x for x in (codes.plover_event, codes.plover_mode) if x)
    cameo = ", ".join(codes.cameo) or "–"
    rows.append(("codes", f"CAMEO {esc(cameo)} · PLOVER {esc(plover or '–')}"))
    body = "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in rows)
    return (
        f'<div class="vx-card vx-c{index % len(PALETTE)}" id="{esc(prefix)}-card-{index}" '
        f'data-visit="{index + 1}">'
        f"<h4>Visit {index + 1} · {esc(visit.type.value)} · {esc(visit.status.value)} · "
        f"{esc(direction)} · {grounded}{link}</h4>"
        f'<p dir="auto">{esc(visit.summary)}</p><dl>{body}</dl></div>'
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
    direction = text_direction(article.language, text)
    lang = f' lang="{esc(article.language)}"' if article.language else ""

    source_id = getattr(article, "source_id", None)  # the batch caller's own id, if any
    meta_bits = [
        f"<b>{esc(article.title)}</b>" if article.title else "",
        f'<span dir="auto">{esc(article.url)}</span>' if article.url else "",
        f"id {esc(source_id)}" if source_id else "",
        f"language {esc(article.language or '?')}",
        f"published {esc(article.published)}" if article.published else "",
        f"{len(extraction.visits)} visit{'s' if len(extraction.visits) != 1 else ''}",
        f'<span class="vx-cc" title="{esc(article.id)}">{esc(prefix.removeprefix("vx-"))}</span>',
        f"model {esc(extraction.meta.model)}" if extraction.meta.model else "",
    ]
    parts = [f"<style>{EXTRACTION_CSS}</style>" if include_style else ""]
    parts.append(f'<div class="vx-x" data-article-id="{esc(article.id)}">')
    parts.append(f'<p class="vx-meta">{" · ".join(b for b in meta_bits if b)}</p>')
    if extraction.error is not None:
        parts.append(
            f'<p class="vx-error">Extraction failed: <b>{esc(extraction.error.type)}</b>: '
            f"{esc(extraction.error.message)}</p>"
        )
    parts.append('<div class="vx-body">')
    parts.append(
        f'<div class="vx-article" dir="{direction}"{lang}>'
        f"{highlight(text, marks.by_range.values())}</div>"
    )
    cards = [_card(i, v, len(text), prefix) for i, v in enumerate(extraction.visits)]
    if not cards and extraction.error is None:
        cards.append('<div class="vx-card"><p>No visit or meeting reported.</p></div>')
    parts.append(f'<div class="vx-cards">{"".join(cards)}</div></div>')
    if extraction.meta.warnings:
        items = "".join(f'<li dir="auto">{esc(w)}</li>' for w in extraction.meta.warnings)
        parts.append(
            f"<details><summary>{len(extraction.meta.warnings)} warning(s)</summary>"
            f"<ul>{items}</ul></details>"
        )
    parts.append("</div>")
    return "".join(parts)
