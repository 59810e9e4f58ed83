"""Drafts that cannot fake a visit in a long article either (issue 22), as properties.

A long article is extracted in chunks, each chunk's draft built into visits that index the
chunk, and `combine` makes one record of them: spans moved to the whole text, visits of one
engagement merged. Here each chunk of a real article gets a generated draft (`draft_cases`;
the visits of later chunks sometimes share the first one's type, status, place and
participants and add one, so that they merge), and the combined record must keep the
promises of a record.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from visitx.core.models import Article, Extraction, Meta
from visitx.record.build import build_visits
from visitx.record.chunks import article_chunks, combine
from visitx.record.draft import Draft

from draft_cases import cases
from draft_facts import PROPS, SOURCES, spans_of, table_codes


@st.composite
def long_records(draw: st.DrawFn) -> Extraction:
    """The combined record of up to three chunks of a real article, each with its own draft."""
    src = draw(st.sampled_from(SOURCES))
    chunks = article_chunks(src.text, draw(st.sampled_from((300, 700))),
                            strip_boilerplate=draw(st.booleans()))[:3]  # fmt: skip
    drafts = [draw(cases(source=src)).draft for _ in chunks]
    if draw(st.booleans()):  # the same engagement again in later chunks, with more people
        first = drafts[0]["visits"][0]
        first.setdefault("location", {"name": src.words[0]})
        for draft in drafts[1:]:
            for visit in draft["visits"]:
                visit |= {k: first[k] for k in ("type", "status", "location")}
                visit["participants"] = first["participants"] + visit["participants"][:1]
    parts: list[tuple[Any, Extraction]] = []
    for chunk, draft in zip(chunks, drafts, strict=True):
        article = Article(id=Article.id_for(chunk.text), text=chunk.text, language=src.language,
                          published=src.published)  # fmt: skip
        visits, warnings = build_visits(Draft.model_validate(draft), article)
        parts.append((chunk, Extraction(article=article, visits=visits,
                                        meta=Meta(warnings=warnings))))  # fmt: skip
    return combine(src.text, parts)


@PROPS
@given(long_records())
def test_a_long_articles_spans_index_the_whole_text(record: Extraction) -> None:
    """Every located span is the whole text at its offsets; an unlocated one has none."""
    for visit in record.visits:
        for span in spans_of(visit):
            if span.match is None:
                assert (span.start, span.end) == (None, None)
            else:
                assert record.article.text[span.start : span.end] == span.text


@PROPS
@given(long_records())
def test_a_merged_visits_codes_and_international_follow_its_participants(
    record: Extraction,
) -> None:
    """Codes need a participant found and follow the table; two countries are international."""
    for visit in record.visits:
        if visit.codes.cameo:
            assert visit.codes == table_codes(visit)
            assert any(p.name.match is not None for p in visit.participants)
        countries = {p.country for p in visit.participants if p.country}
        where = visit.location.country if visit.location is not None else None
        if len(countries) > 1:
            assert visit.international
        elif not countries or where in (None, *countries):
            assert not visit.international
        else:
            assert visit.international
