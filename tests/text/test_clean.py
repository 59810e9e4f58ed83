"""clean_text()/boilerplate_bounds(): page furniture off the ends, offsets untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

import visitx
from visitx import Settings, boilerplate_bounds, clean_text

from conftest import Provider, load_article
from scripted_client import ScriptedClient


def test_site_name_line_at_the_end_goes() -> None:
    """Seed 000 ends with the site's name on a line of its own; the article ends before it."""
    text, _ = load_article("000_3eacb9a9611f4138")
    cleaned = clean_text(text)
    assert text.endswith("\nHaberankara.com")
    assert cleaned.endswith("ASO, ilerleyen dönemde de çalışmalarına devam edecek.")


def test_label_and_date_run_and_cookie_notice_go() -> None:
    """Seed 001's section labels, dates and cookie notice are cut; its last sentence stays."""
    text, _ = load_article("001_9f738e0873a21075")
    cleaned = clean_text(text)
    assert cleaned.endswith("kapı aralaması bekleniyor.")
    assert "GÜNDEM" not in cleaned
    assert "çerez" not in cleaned


def test_tags_related_and_comment_form_go() -> None:
    """Seed 003's tag line, 'related news' heading and comment form are cut."""
    text, _ = load_article("003_b26aa6423f84ab65")
    cleaned = clean_text(text)
    assert cleaned.endswith("از نمایشگاه عکس کاسپین دریای دوستی بازدید کرد.")
    assert "برچسب ها" not in cleaned


@pytest.mark.parametrize("stem", ["002_5ba9e0a129f5893f", "004_9cac97c1ccfe093a"])
def test_clean_seed_keeps_everything(stem: str) -> None:
    """A seed without furniture loses only the white space around it."""
    text, _ = load_article(stem)
    assert clean_text(text) == text.strip()


@pytest.mark.parametrize(
    "stem",
    [
        "000_3eacb9a9611f4138",
        "001_9f738e0873a21075",
        "002_5ba9e0a129f5893f",
        "003_b26aa6423f84ab65",
        "004_9cac97c1ccfe093a",
    ],
)
def test_cleaned_text_is_a_slice_of_the_original(stem: str) -> None:
    """The cleaned text is text[start:end], so offsets in it plus start index the original."""
    text, _ = load_article(stem)
    start, end = boilerplate_bounds(text)
    assert clean_text(text) == text[start:end]
    assert start == len(text) - len(text.lstrip())  # no seed has furniture before the article


def test_site_name_glued_to_the_first_sentence_goes() -> None:
    """`Haberankara.comKahramanmaraş ...`: the article starts at the first word."""
    text = (
        "Haberankara.comKahramanmaraş OSB Müdürü Hasan Köse, JICA yetkililerini ağırladı.\n"
        "Ziyarette sanayi altyapısı ele alındı."
    )
    start, _ = boilerplate_bounds(text)
    assert start == len("Haberankara.com")
    assert text[start:].startswith("Kahramanmaraş OSB")


def test_leading_section_label_and_date_go() -> None:
    """A section label and a date line before the article are cut."""
    text = (
        "EKONOMİ\n12.03.2024 10:45\n"
        "Bakan, Özbek heyetini Ankara'da kabul etti.\nGörüşme iki saat sürdü."
    )
    assert clean_text(text) == (
        "Bakan, Özbek heyetini Ankara'da kabul etti.\nGörüşme iki saat sürdü."
    )


def test_furniture_inside_the_body_stays() -> None:
    """A capitalised sub-heading and a 'cookie' inside the article are not touched."""
    text = (
        "The delegation toured a biscuit and cookie factory in Leeds on Monday morning.\n"
        "TRADE\n"
        "Talks covered export credit and shipping routes to Mombasa for the coming season."
    )
    assert clean_text(text) == text


def test_long_tail_paragraph_after_a_heading_stays() -> None:
    """A heading word followed by a long paragraph is article text, not a teaser list.

    ("Comments" and "Related articles" headings end the article whatever follows: see
    tests/text/test_clean_blocks.py.)
    """
    paragraph = "The ministers also agreed to meet again in Baku in May to review the plan. " * 3
    text = "Opening paragraph of the article about the visit to Tbilisi.\nRead more\n" + paragraph
    assert clean_text(text) == text.strip()


def test_cookie_notice_before_the_article_goes() -> None:
    """A cookie notice on the first line is cut; the article starts after it."""
    text = (
        "We use cookies to improve your experience. Accept or change your settings.\n"
        "The Kenyan trade mission toured the Port of Tauranga on Wednesday."
    )
    assert clean_text(text) == "The Kenyan trade mission toured the Port of Tauranga on Wednesday."


def test_only_furniture_keeps_the_text() -> None:
    """A text that is all furniture is kept whole rather than emptied."""
    text = "GÜNDEM\nHaberankara.com"
    assert boilerplate_bounds(text) == (0, len(text))


def test_strip_boilerplate_shows_the_model_the_clean_slice() -> None:
    """With strip_boilerplate the prompt holds the cleaned text; the record keeps the whole."""
    text, _ = load_article("001_9f738e0873a21075")
    recorder = ScriptedClient({"language": "tr", "visits": []})
    settings = Settings(model="m", mode="json", cache=False, strip_boilerplate=True)
    result = visitx.extract(text, settings=settings, client=recorder.client)
    assert len(recorder.bodies) == 1
    prompt = recorder.prompt(0)
    assert "kapı aralaması bekleniyor." in prompt
    assert "çerez" not in prompt
    assert result.article.text == text


def test_strip_boilerplate_has_its_own_cache_entry(tmp_path: Path) -> None:
    """Results with and without strip_boilerplate are cached apart; each is then a hit."""
    text, _ = load_article("001_9f738e0873a21075")
    recorder = ScriptedClient({"language": "tr", "visits": []})
    base = Settings(model="m", mode="json", cache_dir=tmp_path / "cache")
    for flag in (False, True, False, True):
        settings = base.replace(strip_boilerplate=flag)
        visitx.extract(text, settings=settings, client=recorder.client)
    assert len(recorder.bodies) == 2


# Visits in each seed's hand-checked reference draft.
SEED_VISITS = {
    "000_3eacb9a9611f4138": 1,
    "001_9f738e0873a21075": 1,
    "002_5ba9e0a129f5893f": 4,
    "003_b26aa6423f84ab65": 2,
    "004_9cac97c1ccfe093a": 1,
}


@pytest.mark.vcr
@pytest.mark.parametrize("stem", sorted(SEED_VISITS))
def test_seed_with_strip_boilerplate_keeps_exact_spans(
    stem: str, settings: Settings, provider: Provider
) -> None:
    """A seed extracted with the clean-up on: the whole text kept, every span exact."""
    text, entry = load_article(stem)
    result = visitx.extract(
        text, published=entry["published"], settings=settings.replace(strip_boilerplate=True)
    )
    assert result.article.text == text
    if not provider.live:
        assert len(result.visits) == SEED_VISITS[stem]
    spans = [s for v in result.visits for s in v.evidence + [p.name for p in v.participants]]
    assert spans
    for span in spans:
        assert span.start is not None
        assert span.end is not None
        assert text[span.start : span.end] == span.text
