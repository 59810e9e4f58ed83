"""Long documents: split at paragraph and sentence boundaries, extract each part, merge.

Deterministic. `split_text` cuts a text into chunks of at most `max_chars` characters,
preferring paragraph breaks, then sentence ends, then white space; `article_chunks`
splits only the article's slice of a page. `combine` moves every span of each chunk's
record so that it indexes the whole text, and merges the visits that are the same
engagement (same type, status, parties, place and date; a place or date given in one
chunk and not mentioned in the other does not keep them apart; see `same_engagement`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from visitx.core.models import Article, Extraction, Meta, Participant, Span, Usage, Visit
from visitx.places.geo import is_international
from visitx.record.codes import derive_codes

_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*|\r\n[ \t]*\r\n\s*")
_LINE = re.compile(r"\r?\n\s*")
# A sentence ends at . ! ? and their CJK, Arabic and Devanagari forms, before white space
# (or straight away for the full-width forms, which are not followed by a space).
_SENTENCE = re.compile(r"(?<=[.!?؟۔।])[\"'”’»)\]]*\s+|(?<=[。！？])\s*")
_SPACE = re.compile(r"\s+")

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Chunk:
    """A piece of a text: `text == whole[start:end]`."""

    start: int
    end: int
    text: str


def split_text(text: str, max_chars: int) -> list[Chunk]:
    """Chunks of at most `max_chars` characters that together cover the text.

    Whole paragraphs are packed together while they fit; a paragraph too long for one
    chunk is cut at line breaks, then sentence ends, then white space, and only as a last
    resort inside a word. White space between chunks belongs to none of them.

    Raises:
        ValueError: max_chars is less than 1.

    Example:
        >>> [c.text for c in split_text("One. Two.\\n\\nThree.", 10)]
        ['One. Two.', 'Three.']
    """
    if max_chars < 1:
        raise ValueError("max_chars must be at least 1")
    spans = _split(text, 0, len(text), max_chars, (_PARAGRAPH, _LINE, _SENTENCE, _SPACE))
    return [Chunk(a, b, text[a:b]) for a, b in spans]


def _split(
    text: str, start: int, end: int, limit: int, separators: tuple[re.Pattern[str], ...]
) -> list[tuple[int, int]]:
    """Packed (start, end) chunks of text[start:end], each non-blank and at most `limit`."""
    a, b = start, end
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a == b:
        return []
    if b - a <= limit:
        return [(a, b)]
    if not separators:
        return [(i, min(i + limit, b)) for i in range(a, b, limit)]
    segments = []
    cursor = a
    for match in separators[0].finditer(text, a, b):
        segments.append((cursor, match.start()))
        cursor = max(cursor, match.end())
    segments.append((cursor, b))
    chunks: list[tuple[int, int]] = []
    open_chunk = False  # whether the last chunk may still take the next segment
    for seg_start, seg_end in segments:
        parts = _split(text, seg_start, seg_end, limit, separators[1:])
        if len(parts) == 1:
            if open_chunk and parts[0][1] - chunks[-1][0] <= limit:
                chunks[-1] = (chunks[-1][0], parts[0][1])
            else:
                chunks.append(parts[0])
            open_chunk = True
        elif parts:
            chunks += parts  # a segment that needed cutting stands on its own
            open_chunk = False
    return chunks


def rebase(visit: Visit, offset: int) -> Visit:
    """A copy of a visit whose spans index a text in which its chunk starts at `offset`."""
    copy = visit.model_copy(deep=True)
    for span in _spans(copy):
        if span.start is not None and span.end is not None:
            span.start += offset
            span.end += offset
    return copy


def _spans(visit: Visit) -> Iterable[Span]:
    yield from visit.evidence
    for person in visit.participants:
        yield person.name
        if person.title is not None:
            yield person.title
        if person.organization is not None:
            yield person.organization
    if visit.location is not None:
        yield visit.location.name
    if visit.date is not None and visit.date.text is not None:
        yield visit.date.text
    for agreement in visit.agreements:
        yield agreement.text


def _fold(value: str | None) -> str | None:
    return " ".join(value.casefold().split()) if value else None


def _parties(visit: Visit) -> frozenset[tuple[str, str]]:
    """Who took part: the countries represented, else the names (English if given)."""
    countries = {(p.role.value, p.country) for p in visit.participants if p.country}
    if countries:
        return frozenset(countries)
    return frozenset(
        (p.role.value, _fold(p.name_en) or _fold(p.name.text) or "") for p in visit.participants
    )


def _place(visit: Visit) -> tuple[str | None, str | None] | None:
    place = visit.location
    if place is None:
        return None
    return place.country, _fold(place.city) or _fold(place.name_en) or _fold(place.name.text)


def _date(visit: Visit) -> tuple[str | None, str | None] | None:
    date = visit.date
    if date is None or date.start is None:
        return None
    return date.start, date.end


def same_engagement(a: Visit, b: Visit) -> bool:
    """Whether two visits report the same engagement.

    Same type and status; the same place and date where both give one; and the same
    parties – or, when one report names only some of them (a later chunk that mentions
    "the delegation" and not its hosts), a place or date that both give and share.
    """
    if (a.type, a.status) != (b.type, b.status):
        return False
    confirmed = False
    for key in (_place, _date):
        left, right = key(a), key(b)
        if left is not None and right is not None:
            if left != right:
                return False
            confirmed = True
    left_parties, right_parties = _parties(a), _parties(b)
    if left_parties == right_parties:
        return bool(left_parties)
    smaller, larger = sorted((left_parties, right_parties), key=len)
    return confirmed and bool(smaller) and smaller < larger


def _union(items: Iterable[T], key: Callable[[T], Any]) -> list[T]:
    seen: set[Any] = set()
    kept = []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            kept.append(item)
    return kept


def _person_key(person: Participant) -> tuple[str, str | None]:
    return person.role.value, _fold(person.name.text)


def merge_visits(
    visits: Iterable[Visit], article_id: str, text: str | None = None
) -> list[Visit]:
    """Visits with those of the same engagement merged, numbered for the whole article.

    The first report of an engagement gives its summary, and its place and date unless a
    later one alone has them; participants, topics, agreements, follow-ups and evidence
    are the union, in order of appearance. Codes and `international` are derived again
    from the merged visit (with the whole `text`, see `record.codes.derive_codes`).
    """
    groups: list[list[Visit]] = []
    for visit in visits:
        for group in groups:
            if same_engagement(group[0], visit):
                group.append(visit)
                break
        else:
            groups.append([visit])
    prefix = article_id.removeprefix("sha256:")[:12]
    merged = []
    for index, group in enumerate(groups):
        first = _merged(group) if len(group) > 1 else group[0].model_copy(deep=True)
        first.id = f"{prefix}-{index}"
        first.codes = derive_codes(first, text)
        first.international = is_international(first)  # the union may add a country
        merged.append(first)
    return merged


def _merged(group: list[Visit]) -> Visit:
    """The first visit of an engagement (a copy) with what the later reports add."""
    first, rest = group[0].model_copy(deep=True), group[1:]
    first.participants = _union((p for v in group for p in v.participants), _person_key)
    first.location = first.location or next((v.location for v in rest if v.location), None)
    if first.date is None or first.date.start is None:
        first.date = next((v.date for v in rest if v.date and v.date.start), first.date)
    first.topics = _union((t for v in group for t in v.topics), lambda t: t)
    first.agreements = _union(
        (a for v in group for a in v.agreements), lambda a: (a.text.start, a.text.text)
    )
    first.follow_ups = _union((f for v in group for f in v.follow_ups), _fold)
    first.evidence = _union((e for v in group for e in v.evidence), lambda e: (e.start, e.text))
    first.grounded = all(v.grounded for v in group)
    return first


def article_chunks(text: str, max_chars: int, *, strip_boilerplate: bool) -> list[Chunk]:
    """The parts a long text is extracted in, as `Chunk`s indexing the whole text.

    With `strip_boilerplate`, only the article's slice is split: a comments block or a
    "related articles" list past the first part is not the article either, and would
    otherwise reach the model on its own.
    """
    start, end = 0, len(text)
    if strip_boilerplate:
        from visitx.text.clean import boilerplate_bounds

        start, end = boilerplate_bounds(text)
    return [
        Chunk(c.start + start, c.end + start, c.text)
        for c in split_text(text[start:end], max_chars)
    ]


def combine(text: str, parts: list[tuple[Chunk, Extraction]]) -> Extraction:
    """One record for a whole text from the records of its chunks.

    The article's url, title, publication date and source id are the chunks' (they share
    them); its language is the first one a chunk reports.
    """
    if not parts:
        raise ValueError("combine() needs at least one chunk")
    given = parts[0][1].article
    article = Article(
        id=Article.id_for(text),
        text=text,
        source_id=given.source_id,
        url=given.url,
        title=given.title,
        published=given.published,
        language=next((r.article.language for _, r in parts if r.article.language), None),
    )
    visits = [rebase(v, chunk.start) for chunk, result in parts for v in result.visits]
    usage = Usage()
    for _, result in parts:
        usage = usage + result.meta.usage
    warnings = [f"the article was extracted in {len(parts)} chunks"]
    warnings += [
        f"chunk {n + 1}/{len(parts)} (characters {chunk.start}-{chunk.end}): {w}"
        for n, (chunk, result) in enumerate(parts)
        for w in result.meta.warnings
    ]
    first = parts[0][1].meta
    return Extraction(
        article=article,
        visits=merge_visits(visits, article.id, text),
        meta=Meta(
            model=first.model,
            prompt_version=first.prompt_version,
            cached=all(r.meta.cached for _, r in parts),
            attempts=sum(r.meta.attempts for _, r in parts),
            usage=usage,
            duration_s=round(sum(r.meta.duration_s for _, r in parts), 6),
            warnings=warnings,
        ),
    )
