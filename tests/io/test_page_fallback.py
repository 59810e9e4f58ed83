"""When read_html takes trafilatura's default pass over its precise one (issue 22).

The precise pass sometimes keeps only a reprint notice or a teaser of an article; the
default pass then holds the article. It must be more of the same article: a paywalled
page whose default pass drops the lede for scrambled paragraphs keeps the precise text.
"""

from __future__ import annotations

from visitx.io.maintext import prefers_default

NOTICE = "This article is reprinted with the kind permission of the Hanley Gazette."
BODY = " ".join(
    f"Paragraph {n}: the delegation from Veloria met the harbour board of Hanley."
    for n in range(20)
)


def test_a_notice_beside_the_article_in_the_default_pass_gives_the_default() -> None:
    """Precise: the notice alone (74 characters); default: the notice and the body."""
    assert prefers_default(NOTICE, NOTICE + "\n" + BODY)


def test_a_longer_notice_still_gives_the_default() -> None:
    """A notice of some 370 characters against a body of 1,500 characters and more."""
    notice = (NOTICE + " ") * 5
    assert len(notice.strip()) < 400
    assert prefers_default(notice.strip(), notice.strip() + "\n" + BODY)


def test_a_default_pass_without_the_precise_lede_is_not_taken() -> None:
    """A paywall: the precise pass has the lede and scrambled text, the default only the latter."""
    lede = (
        "Beuel · Seit kurzem schmücken die Wände des Gebäudes der Stiftung ein buntes "
        "Graffitigemälde. Die Graffiti-Agentur hat die Außenwände neu gestaltet – was hinter "
        "dem Motiv steckt, erzählen die Künstler und die Leiterin des Hauses."
    )
    scrambled = "Bjagybpvymp Tfcfh dr Hqsemx, ahp Oogu iah fudvs Kvd gof gqnxvdzczdo rxnq mhe. "
    precise = lede + "\n" + scrambled * 2
    assert 300 < len(precise) < 2_000
    assert not prefers_default(precise, (scrambled * 2 + "\n") * 12)


def test_next_to_nothing_gives_any_default_text_twice_as_long() -> None:
    """A precise text of a few words (a caption) gives way to a default text of 100 and more."""
    assert prefers_default("Photo: Hanley port authority", BODY)


def test_a_default_pass_only_twice_as_long_is_not_taken() -> None:
    """The precise text stands unless the default pass finds three times as much."""
    precise = BODY[:600]
    assert not prefers_default(precise, precise + "\n" + BODY[:600].upper())


def test_a_precise_text_of_two_thousand_characters_is_kept() -> None:
    """An article of 2,000 characters and more is no notice: the default pass is not asked."""
    precise = (BODY + " ") * 2
    assert len(precise) >= 2_000
    assert not prefers_default(precise, precise + "\n" + BODY * 10)
