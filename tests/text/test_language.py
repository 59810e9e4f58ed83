"""guess_language(): script first, then the offline identifier; None when unsure."""

from __future__ import annotations

import json

import pytest

from visitx import guess_language

from conftest import ARTICLES


def _gold() -> list[tuple[str, str, str]]:
    items = []
    for folder in ("seeds", "written"):
        for line in (ARTICLES / folder / "index.jsonl").read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            text = (ARTICLES / entry["path"]).read_text(encoding="utf-8")
            items.append((entry["id"], entry["language"], text))
    return items


GOLD = _gold()


def test_gold_set_covers_fourteen_languages() -> None:
    """The gold set the identifier is checked on has the 14 languages it must know."""
    assert {lang for _, lang, _ in GOLD} == {
        "tr",
        "fa",
        "ar",
        "de",
        "ru",
        "fr",
        "es",
        "en",
        "zh",
        "ja",
        "ko",
        "az",
        "uz",
        "kk",
    }


@pytest.mark.parametrize(
    ("language", "text"), [(g[1], g[2]) for g in GOLD], ids=[g[0] for g in GOLD]
)
def test_whole_gold_article(language: str, text: str) -> None:
    """Each gold article is identified as the language its index gives."""
    assert guess_language(text) == language


@pytest.mark.parametrize(
    ("language", "text"), [(g[1], g[2]) for g in GOLD], ids=[g[0] for g in GOLD]
)
def test_first_sentence_is_right_or_none(language: str, text: str) -> None:
    """On a headline-sized text the guess is the right language or None, never another."""
    first = text.strip().splitlines()[0][:80]
    assert guess_language(first) in {language, None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("창원시, 우즈베키스탄 대표단 접견", "ko", id="hangul"),
        pytest.param("ベトナム代表団が北九州市を訪問", "ja", id="kana-and-han"),
        pytest.param("中吉乌公铁联运班列一季度开行量同比增长", "zh", id="han-only"),
        pytest.param("Η αντιπροσωπεία επισκέφθηκε την Αθήνα", "el", id="greek"),
    ],
)
def test_single_language_scripts_decide(text: str, expected: str) -> None:
    """Hangul, kana, Han and Greek decide the language without the identifier."""
    assert guess_language(text) == expected


@pytest.mark.parametrize("text", ["", "OK", "12.03.2024 — 15:30", "Hello", "ASO 1. OSB"])
def test_too_little_text_gives_none(text: str) -> None:
    """Too few letters to judge gives None."""
    assert guess_language(text) is None


def test_unconfident_guess_gives_none() -> None:
    """A short English headline the identifier reads as Indonesian gives None, not 'id'."""
    assert guess_language("Indonesian deputy minister tours Waikato") is None
