"""Drafts that cannot fake a visit in a near-copy either (issue 22), as properties.

A batch extracts one article of a group of near-copies and gives each copy its original's
visits re-grounded in the copy's own text (`visitx.screening.copies.copy_record`). The
originals here are records of the generated drafts of `draft_cases`; each copy is the
article with some of its sentences left out. The copy's record must keep the promises of
the original's: spans index the copy, codes need a participant found in the copy, a date
needs its text in the copy, and a copy is never more grounded than its original.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from visitx.core.models import Article, Codes, Extraction, Meta
from visitx.record.build import build_visits
from visitx.record.draft import Draft
from visitx.screening.copies import copy_record

from draft_cases import Case, cases
from draft_facts import PROPS, spans_of, table_codes


@st.composite
def copies(draw: st.DrawFn) -> tuple[Case, str]:
    """A case and a near-copy of its article: one to three sentences left out."""
    case = draw(cases())
    sentences = case.source.sentences
    text = case.article.text
    for sentence in draw(st.lists(st.sampled_from(sentences), min_size=1, max_size=3)):
        text = text.replace(sentence, "", 1)
    return case, text


def _records(case: Case, copy_text: str) -> tuple[Extraction, Extraction]:
    visits, warnings = build_visits(Draft.model_validate(case.draft), case.article)
    original = Extraction(article=case.article, visits=visits, meta=Meta(warnings=warnings))
    header = Article(id=Article.id_for(copy_text), text=copy_text, language=case.article.language)
    return original, copy_record(original, header)


@PROPS
@given(copies())
def test_a_copys_spans_index_the_copy(pair: tuple[Case, str]) -> None:
    """A span with `match` is the copy's text at its offsets; one without has no offsets."""
    _, copy = _records(*pair)
    for visit in copy.visits:
        for span in spans_of(visit):
            if span.match is None:
                assert (span.start, span.end) == (None, None)
            else:
                assert copy.article.text[span.start : span.end] == span.text


@PROPS
@given(copies())
def test_a_copy_keeps_codes_only_with_its_participants_found(pair: tuple[Case, str]) -> None:
    """A copy's codes are its original's, and only while a participant is found in the copy
    (057 only while a signed agreement's mention is found in it)."""
    original, copy = _records(*pair)
    for before, after in zip(original.visits, copy.visits, strict=True):
        unsigned = before.codes.model_copy(
            update={"cameo": [c for c in before.codes.cameo if c != "057"]}
        )
        assert after.codes in (before.codes, unsigned, Codes())
        if after.codes != Codes():
            assert after.codes == table_codes(after)
            assert any(p.name.match is not None for p in after.participants)


@PROPS
@given(copies())
def test_a_copy_has_a_date_only_from_its_own_text(pair: tuple[Case, str]) -> None:
    """A copy's date is its original's, and only when its text is found in the copy."""
    original, copy = _records(*pair)
    for before, after in zip(original.visits, copy.visits, strict=True):
        if after.date is None:
            continue
        assert after.date.text is not None
        assert after.date.text.match is not None
        assert before.date is not None
        assert (after.date.start, after.date.end) == (before.date.start, before.date.end)


@PROPS
@given(copies())
def test_a_copy_is_never_more_grounded_than_its_original(pair: tuple[Case, str]) -> None:
    """A grounded copy's visit was grounded in the original and has every value found."""
    original, copy = _records(*pair)
    for before, after in zip(original.visits, copy.visits, strict=True):
        if after.grounded:
            assert before.grounded
            assert all(span.match is not None for span in spans_of(after))
