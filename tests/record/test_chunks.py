"""Long documents: split_text(), merging per-chunk visits, and chunked extraction."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

import visitx
from visitx import ConfigurationError, InputError, Settings, Visit, split_text
from visitx.record.chunks import merge_visits, rebase, same_engagement

from conftest import Provider, load_article

# -- split_text ----------------------------------------------------------------------


def test_paragraphs_are_packed_while_they_fit() -> None:
    """Whole paragraphs go together until the next one would overflow."""
    text = "One one.\n\nTwo two.\n\nThree three three."
    assert [c.text for c in split_text(text, 18)] == ["One one.\n\nTwo two.", "Three three three."]


def test_long_paragraph_is_cut_at_sentence_ends() -> None:
    """A paragraph longer than a chunk is cut after a sentence, not inside one."""
    text = "Bakan geldi. Heyet fabrikayı gezdi. Protokol imzalandı."
    assert [c.text for c in split_text(text, 25)] == [
        "Bakan geldi.",
        "Heyet fabrikayı gezdi.",
        "Protokol imzalandı.",
    ]


def test_cjk_sentences_end_at_full_stops() -> None:
    """Chinese and Japanese sentences are cut after 。 even without a space."""
    text = "会谈在北京举行。双方签署了备忘录。代表团随后访问上海。"
    assert [c.text for c in split_text(text, 10)] == [
        "会谈在北京举行。",
        "双方签署了备忘录。",
        "代表团随后访问上海。",
    ]


def test_a_word_longer_than_a_chunk_is_cut_as_a_last_resort() -> None:
    """A run with no white space at all is cut at max_chars."""
    assert [c.text for c in split_text("abcdefghij", 4)] == ["abcd", "efgh", "ij"]


@pytest.mark.parametrize("limit", [7, 20, 60, 500])
def test_chunks_are_slices_within_the_limit(limit: int) -> None:
    """Every chunk is text[start:end], no longer than the limit, in order and non-blank."""
    text, _ = load_article("003_b26aa6423f84ab65")
    chunks = split_text(text, limit)
    assert all(text[c.start : c.end] == c.text for c in chunks)
    assert all(0 < len(c.text) <= limit and c.text == c.text.strip() for c in chunks)
    assert all(a.end <= b.start for a, b in itertools.pairwise(chunks))
    # Only white space falls between chunks.
    gaps = [text[a.end : b.start] for a, b in itertools.pairwise(chunks)]
    assert all(not gap.strip() for gap in gaps)


def test_limit_below_one_is_refused() -> None:
    """max_chars < 1 cannot make progress and is a ValueError."""
    with pytest.raises(ValueError, match="at least 1"):
        split_text("text", 0)


# -- merging -------------------------------------------------------------------------


def _visit(
    *,
    evidence: tuple[str, int],
    visitor: tuple[str, str] = ("Levan Tsuladze", "GEO"),
    host: tuple[str, str] = ("Hakan Yılmazer", "TUR"),
    place: str | None = "Giresun",
    date: tuple[str, str] | None = ("2023-04-18", "2023-04-19"),
    topics: tuple[str, ...] = ("culture_tourism",),
    status: str = "occurred",
) -> Visit:
    quote, start = evidence
    data: dict[str, Any] = {
        "id": "x-0",
        "type": "visit",
        "status": status,
        "summary": "Levan Tsuladze visited Giresun.",  # a sentence: needed for codes
        "participants": [
            {
                "role": "visitor",
                "kind": "person",
                "name": {"text": visitor[0]},
                "country": visitor[1],
            },
            # The host located in the text: a visit needs one located participant for codes.
            {
                "role": "host",
                "kind": "person",
                "name": {"text": host[0], "start": 0, "end": len(host[0]), "match": "exact"},
                "country": host[1],
            },
        ],
        "location": None if place is None else {"name": {"text": place}, "country": "TUR"},
        "date": None if date is None else {"start": date[0], "end": date[1]},
        "topics": list(topics),
        "evidence": [{"text": quote, "start": start, "end": start + len(quote), "match": "exact"}],
        "grounded": True,
    }
    return Visit.model_validate(data)


def test_rebase_moves_every_span() -> None:
    """Spans of a chunk starting at 100 move by 100; unlocated spans stay unlocated."""
    visit = _visit(evidence=("Heyet geldi.", 5))
    moved = rebase(visit, 100)
    assert (moved.evidence[0].start, moved.evidence[0].end) == (105, 117)
    assert moved.participants[0].name.start is None
    assert visit.evidence[0].start == 5  # the original is untouched


def test_same_parties_place_and_date_merge() -> None:
    """One engagement reported in two chunks becomes one visit with both evidences."""
    a = _visit(evidence=("Tsuladze Giresun'u ziyaret etti.", 0), topics=("culture_tourism",))
    b = _visit(evidence=("Protokol imzalandı.", 900), topics=("education",))
    (merged,) = merge_visits([a, b], "sha256:" + "ab" * 32)
    assert [e.start for e in merged.evidence] == [0, 900]
    assert merged.topics == ["culture_tourism", "education"]
    assert merged.id == "abababababab-0"
    assert merged.codes.cameo == ["042", "043"]


def test_missing_date_in_one_chunk_still_merges() -> None:
    """A chunk that names the parties and place but not the date joins the dated report."""
    a = _visit(evidence=("İkinci gün limanı gezdi.", 700), date=None)
    b = _visit(evidence=("18-19 Nisan 2023 tarihlerinde ziyaret etti.", 10))
    (merged,) = merge_visits([a, b], "sha256:" + "0" * 64)
    assert merged.date is not None
    assert (merged.date.start, merged.date.end) == ("2023-04-18", "2023-04-19")


def test_report_naming_only_the_visitors_merges_when_place_and_date_agree() -> None:
    """A chunk naming only the visiting side joins the full report of the same day and place."""
    full = _visit(evidence=("Tsuladze Giresun'u ziyaret etti.", 0))
    partial = _visit(evidence=("Gürcü heyet limanı gezdi.", 800))
    partial.participants = partial.participants[:1]
    (merged,) = merge_visits([full, partial], "sha256:" + "2" * 64)
    assert [p.name.text for p in merged.participants] == ["Levan Tsuladze", "Hakan Yılmazer"]
    assert [e.start for e in merged.evidence] == [0, 800]


def test_partial_parties_without_shared_place_or_date_stay_apart() -> None:
    """Only some of the parties and nothing else in common: two visits, not one."""
    full = _visit(evidence=("Ziyaret etti.", 0), place=None, date=None)
    partial = _visit(evidence=("Heyet geldi.", 90), place=None, date=None)
    partial.participants = partial.participants[:1]
    assert not same_engagement(full, partial)


@pytest.mark.parametrize(
    "other",
    [
        pytest.param({"date": ("2023-07-01", "2023-07-31")}, id="another-date"),
        pytest.param({"place": "Kobuleti"}, id="another-place"),
        pytest.param({"host": ("Bahodir Yusupov", "UZB")}, id="other-parties"),
        pytest.param({"status": "planned"}, id="another-status"),
    ],
)
def test_different_engagements_stay_apart(other: dict[str, Any]) -> None:
    """Another date, place, set of parties or status is another visit."""
    a = _visit(evidence=("Ziyaret etti.", 0))
    b = _visit(evidence=("Yine ziyaret.", 50), **other)
    assert not same_engagement(a, b)
    assert [v.id for v in merge_visits([a, b], "sha256:" + "1" * 64)] == [
        "111111111111-0",
        "111111111111-1",
    ]


# -- settings and chunked extraction ---------------------------------------------------


def test_long_articles_must_be_known() -> None:
    """long_articles other than 'error' or 'chunk' is a ConfigurationError."""
    with pytest.raises(ConfigurationError, match="'error' or 'chunk'"):
        Settings(long_articles="split")  # type: ignore[arg-type]


def test_long_articles_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """VISITX_LONG_ARTICLES sets the option."""
    monkeypatch.setenv("VISITX_LONG_ARTICLES", "chunk")
    assert Settings.from_env().long_articles == "chunk"


def test_too_long_is_still_an_error_by_default(settings: Settings) -> None:
    """Without long_articles='chunk' a text over max_chars is an InputError."""
    with pytest.raises(InputError, match="max_chars=10"):
        visitx.extract("Bakan geldi. Heyet gitti.", settings=settings.replace(max_chars=10))


def _period(visit: Visit) -> tuple[Any, ...] | None:
    date = visit.date
    return None if date is None else (date.start, date.end, date.precision, date.calendar)


FIRST, SECOND = "w01_tr_multistop", "w03_tr_twinning"
PUBLISHED = "2024-03-15"


@pytest.mark.vcr
def test_chunked_long_document_gives_the_visits_of_its_parts(
    settings: Settings, provider: Provider
) -> None:
    """Two articles in one text, extracted in chunks, give each one's visits, re-based."""
    if provider.live:
        pytest.skip("compares with the reference answers")
    first, _ = load_article(FIRST)
    second, _ = load_article(SECOND)
    text = first + "\n\n" + second
    plain = settings.replace(cache=False)
    chunked = plain.replace(max_chars=len(first), long_articles="chunk")

    whole = visitx.extract(text, published=PUBLISHED, settings=chunked)
    parts = [visitx.extract(p, published=PUBLISHED, settings=plain) for p in (first, second)]

    assert whole.article.text == text
    assert whole.article.id == visitx.ArticleRecord.id_for(text)
    expected = [(0, v) for v in parts[0].visits] + [(len(first) + 2, v) for v in parts[1].visits]
    assert len(whole.visits) == len(expected) == 5  # w01 reports three, w03 two
    for got, (offset, want) in zip(whole.visits, expected, strict=True):
        assert (got.type, got.status, got.summary) == (want.type, want.status, want.summary)
        assert [p.name.text for p in got.participants] == [p.name.text for p in want.participants]
        assert _period(got) == _period(want)
        assert [(e.start, e.end) for e in got.evidence] == [
            (e.start + offset, e.end + offset) for e in want.evidence if e.start is not None
        ]
    for visit in whole.visits:
        for span in visit.evidence + [p.name for p in visit.participants]:
            assert span.start is not None
            assert span.end is not None
            assert text[span.start : span.end] == span.text
    assert [v.id[-2:] for v in whole.visits] == ["-0", "-1", "-2", "-3", "-4"]
    # Hand-checked dates: w01's first two stops; w03's visit of 18-19 April 2023.
    dates = [(v.date.start, v.date.end) if v.date else None for v in whole.visits]
    assert dates[:2] == [("2024-03-11", "2024-03-11"), ("2024-03-12", "2024-03-12")]
    assert ("2023-04-18", "2023-04-19") in dates[3:]
    assert whole.meta.warnings[0] == "the article was extracted in 2 chunks"
    assert whole.meta.attempts == 2


@pytest.mark.vcr
def test_batch_extracts_a_long_article_in_chunks(settings: Settings, provider: Provider) -> None:
    """extract_many chunks a long article too (async path) and keeps its source id."""
    if provider.live:
        pytest.skip("compares with the reference answers")
    first, _ = load_article(FIRST)
    second, _ = load_article(SECOND)
    text = first + "\n\n" + second
    chunked = settings.replace(cache=False, max_chars=len(first), long_articles="chunk")
    (result,) = visitx.extract_many(
        [{"text": text, "published": PUBLISHED, "id": "dossier"}], settings=chunked
    )
    assert result.error is None
    assert result.article.source_id == "dossier"
    assert result.article.text == text
    assert len(result.visits) == 5
    second_start = len(first) + 2
    assert [v.evidence[0].start >= second_start for v in result.visits] == [
        False,
        False,
        False,
        True,
        True,
    ]
