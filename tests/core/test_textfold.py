"""Tests for `visitx.core.textfold`: the one text folding grounding, countries and dates share."""

from __future__ import annotations

import pytest

from visitx import country_code, locate, parse_date
from visitx.core.textfold import ascii_digits, fold, fold_char

ZWNJ = "\u200c"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("İstanbul", "istanbul"), ("ISTANBUL", "istanbul"), ("ılıca", "ilica"),
     ("كيلو", "کیلو"), ("مدرسة", "مدرسه"), ("خانۀ", "خانه"), ("کوردستانە", "کوردستانه"),
     ("ہندوستان", "هندوستان"), ("مسؤول", "مسوول"), ("۱۴۰۲", "1402"), ("٢٠٢٣", "2023"),
     ("２０１６", "2016"), (f"می{ZWNJ}شود", "می شود"), ("a\u200fb", "ab"), ("“x” – y", '"x" - y'),
     ("ـسلامـ", "سلام"), ("مُحَمَّد", "محمد")],
)  # fmt: skip
def test_fold_merges_what_only_changes_typing(text: str, expected: str) -> None:
    """Case, Turkish I, Arabic-script variants, digits, ZWNJ, format marks and quotes fold."""
    assert fold(text) == expected


def test_fold_keeps_accents_unless_asked() -> None:
    """Level 1 keeps Latin accents; `accents=False` drops them and spells out ligatures."""
    assert (fold("Çalık Ørsted Færøerne"), fold("Çalık Ørsted Færøerne", accents=False)) == (
        "çalik ørsted færøerne",
        "calik orsted faeroerne",
    )


def test_fold_char_stays_one_character() -> None:
    """`fold_char` folds a letter to its base, but never into two characters."""
    assert (fold_char("ç"), fold_char("ß"), fold_char("æ")) == ("c", "ß", "æ")


def test_ascii_digits_leaves_words_alone() -> None:
    """`ascii_digits` changes digits only."""
    assert ascii_digits("۱۸ فروردین ٢٠٢٣") == "18 فروردین 2023"


def test_the_three_functions_agree_on_a_zwnj_spelling() -> None:
    """A ZWNJ typed as a space, or left out, means the same to grounding, dates and countries."""
    span = locate("سه شنبه", f"روز سه{ZWNJ}شنبه آمد")
    value = parse_date(f"سه{ZWNJ}شنبه ۱۵ فروردین ۱۴۰۲", language="fa")
    assert span is not None
    assert value is not None
    assert (span.match, value.start) == ("normalized", "2023-04-04")
    assert country_code(f"کره{ZWNJ}ای") == country_code("کره ای") == "KOR"
