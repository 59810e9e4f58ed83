"""dateparser's fallback never reads a word as another one that differs from it only in
its vowel signs (`visitx.dates.fallback`).

dateparser strips combining marks before it compares words; in Lao, Thai, Khmer and the
Indic scripts those marks are vowels, so Lao `ຈີນ` ("China") became `ຈັນ` ("Monday") and
read as the Monday before publication. Hand-checked: 3 December 2024 is a Tuesday, so the
Monday before is 2 December; Lao `ວັນຈັນ` / `ຈັນ` is Monday, `ມື້ວານ` yesterday, Khmer
`ម្សិលមិញ` yesterday (dateparser's own locale data for lo and km).
"""

from __future__ import annotations

import pytest

from visitx import parse_date

PUBLISHED = "2024-12-03"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ຈີນ", "lo"),  # "China", one vowel sign away from ຈັນ "Monday"
        ("ປະເທດຈີນ", "lo"),  # "the country of China"
    ],
)
def test_a_word_that_is_a_date_word_only_without_its_vowels_is_none(
    text: str, language: str
) -> None:
    assert parse_date(text, language=language, published=PUBLISHED) is None


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("ວັນຈັນ", "lo", "2024-12-02"),  # Monday
        ("ຈັນ", "lo", "2024-12-02"),  # Monday, short form
        ("ມື້ວານ", "lo", "2024-12-02"),  # yesterday
        ("ម្សិលមិញ", "km", "2024-12-02"),  # yesterday
    ],
)
def test_the_date_words_as_written_are_still_read(text: str, language: str, day: str) -> None:
    found = parse_date(text, language=language, published=PUBLISHED)
    assert found is not None
    assert (found.start, found.end, found.precision) == (day, day, "day")
