"""`record.context`: where a quote stands (inside the shown slice, beside the evidence, a
whole sentence). Texts written for these tests; offsets counted by hand."""

from __future__ import annotations

import pytest

from visitx.record.context import evidence_problem, in_paragraphs, locate_within

TEXT = "Talks in Riga\nVarga met Brod, and they signed a deal. Brod thanked him.\nPhoto: Brod"
# lines: 0-13 the heading, 14-71 two sentences (14-53, 54-71), 72-83 the caption


@pytest.mark.parametrize(
    ("start", "end", "why"),
    [
        (0, 13, "a heading or caption: a line with no sentence end"),  # "Talks in Riga"
        (72, 83, "a heading or caption: a line with no sentence end"),  # "Photo: Brod"
        (14, 28, "a part of a sentence: it stops in the middle of one"),  # "Varga met Brod"
        (30, 52, "a part of a sentence: it starts in the middle of one"),  # "and they ..."
        (14, 53, None),  # the first sentence
        (14, 52, None),  # the same without its full stop
        (54, 71, None),  # the second sentence, after the first on its line
    ],
)
def test_evidence_problem(start: int, end: int, why: str | None) -> None:
    """Headings and captions, pieces of a sentence, and whole sentences."""
    assert evidence_problem(TEXT, start, end) == why


def test_a_long_line_without_full_stops_is_a_paragraph() -> None:
    """A site that drops full stops: a line over 120 characters is no heading."""
    line = "Varga met Brod in Riga and the two ministers discussed ports trade energy and " \
           "the new rail link between the two capitals for two hours"  # fmt: skip
    assert evidence_problem(line, 0, len(line)) is None


def test_sentences_after_a_dateline_and_in_quotes() -> None:
    """A dateline's dash and an opening quote may stand before a sentence."""
    text = "RIGA – Varga met Brod on Monday.\nBrod said: “We signed a deal today.”"
    assert evidence_problem(text, 7, 32) is None
    assert evidence_problem(text, 45, 68) is None  # the quote, its closing mark left out


@pytest.mark.parametrize(
    ("text", "quote", "why"),
    [
        # a lead naming the source (`## before` of tables/source_words.txt), then a comma
        ("According to Xinhua, Wang Yi met Sergei Lavrov in Beijing on Monday.",
         "Wang Yi met Sergei Lavrov in Beijing on Monday.", None),
        ("Según EFE, el canciller viajó a Lima el lunes.",
         "el canciller viajó a Lima el lunes.", None),
        ("به گزارش ایرنا از مشهد، استاندار خراسان رضوی با والی هرات دیدار کرد.",
         "استاندار خراسان رضوی با والی هرات دیدار کرد.", None),
        # a clause that names no source is the middle of a sentence
        ("On his way home, Wang Yi met Sergei Lavrov in Beijing on Monday.",
         "Wang Yi met Sergei Lavrov in Beijing on Monday.",
         "a part of a sentence: it starts in the middle of one"),
        # the lead must end with its comma: a full stop between is another sentence
        ("According to Xinhua the talks. Wang Yi met Sergei Lavrov, and they spoke.",
         "and they spoke.", "a part of a sentence: it starts in the middle of one"),
    ],
)  # fmt: skip
def test_a_lead_naming_the_source_opens_the_sentence(
    text: str, quote: str, why: str | None
) -> None:
    """"According to Xinhua, X met Y." – the report after the lead is a whole sentence
    (texts written for this test)."""
    start = text.index(quote)
    assert evidence_problem(text, start, start + len(quote)) == why


def test_locate_within_counts_only_the_slice() -> None:
    """A quote found only outside the bounds is not found; inside, offsets index the text."""
    text = "Varga met Brod.\n3 Comments\nFrost: I met Brod too."
    assert locate_within("Frost", text, (0, 15)) is None
    found = locate_within("Brod", text, (0, 15))
    assert found is not None
    assert (found.start, found.end) == (10, 14)
    frost = locate_within("Frost", text)
    assert frost is not None
    assert (frost.start, frost.end) == (27, 32)


def test_in_paragraphs_finds_a_date_only_beside_the_evidence() -> None:
    """The publication line's date is not beside the evidence; the visit's date is."""
    text = "Published 5 March 2025\nVarga arrived on Monday, 3 March 2025."
    evidence = locate_within("Varga arrived on Monday, 3 March 2025.", text)
    assert evidence is not None
    assert in_paragraphs("5 March 2025", text, [evidence]) is None
    date = in_paragraphs("3 March 2025", text, [evidence])
    assert date is not None
    assert (date.start, date.end) == (48, 60)


def test_in_paragraphs_keeps_to_the_bounds() -> None:
    """Page furniture on the evidence's line, outside the shown slice, dates nothing."""
    text = "Haberankara.com 24 Kasım 2024 Ali Veli ziyaret etti."
    evidence = locate_within("Ali Veli ziyaret etti.", text, (30, len(text)))
    assert evidence is not None
    assert evidence.start == 30
    assert in_paragraphs("24 Kasım 2024", text, [evidence], (30, len(text))) is None
    assert in_paragraphs("24 Kasım 2024", text, [evidence]) is not None
