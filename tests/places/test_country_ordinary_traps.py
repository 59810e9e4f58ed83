"""country_code on ordinary-word traps of issue 22's held-out categories, with sources.

The cases and the source of each are in bench/country_traps_ordinary.tsv (hand-checked
against the README's Normalization table: a person, place or thing named with a country
word is None; an institution is None or its own country; a first name alone is the
country's English name). One test per category.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from visitx import country_code

TRAPS = Path(__file__).resolve().parents[2] / "bench" / "country_traps_ordinary.tsv"


def _cases(category: str) -> list[tuple[str, str | None, set[str | None], str]]:
    with TRAPS.open(encoding="utf-8") as file:
        rows = csv.DictReader((line for line in file if not line.startswith("#")), delimiter="\t")
        return [
            (row["text"], row["lang"] or None,
             {row["expected"] or None, *filter(None, row["also"].split(","))}, row["source"])
            for row in rows
            if row["category"] == category
        ]  # fmt: skip


def _check(text: str, language: str | None, allowed: set[str | None], source: str) -> None:
    found = country_code(text, language=language)
    assert found in allowed, f"{text!r} ({language}) -> {found}; {source}"


@pytest.mark.parametrize(("text", "language", "allowed", "source"), _cases("person"))
def test_person_named_with_a_country_word(
    text: str, language: str | None, allowed: set[str | None], source: str
) -> None:
    """A person is None; a first name alone is the country's English name."""
    _check(text, language, allowed, source)


@pytest.mark.parametrize(("text", "language", "allowed", "source"), _cases("institution"))
def test_institution_named_with_a_country_word(
    text: str, language: str | None, allowed: set[str | None], source: str
) -> None:
    """An institution is None or its own country, never another."""
    _check(text, language, allowed, source)


@pytest.mark.parametrize(("text", "language", "allowed", "source"), _cases("place"))
def test_place_named_with_a_country_word(
    text: str, language: str | None, allowed: set[str | None], source: str
) -> None:
    """A town, state, sea or street named after a country is no country."""
    _check(text, language, allowed, source)


@pytest.mark.parametrize(("text", "language", "allowed", "source"), _cases("thing"))
def test_thing_named_with_a_country_word(
    text: str, language: str | None, allowed: set[str | None], source: str
) -> None:
    """A dish, animal, game or idiom named after a country is no country."""
    _check(text, language, allowed, source)


@pytest.mark.parametrize(("text", "language", "allowed", "source"), _cases("word"))
def test_word_of_a_language_read_as_that_language_reads_it(
    text: str, language: str | None, allowed: set[str | None], source: str
) -> None:
    """A false friend is no country in its language, the same key still is in another."""
    _check(text, language, allowed, source)


def test_every_category_has_cases() -> None:
    """The trap file holds cases of each of the five categories."""
    counts = {category: len(_cases(category))
              for category in ("person", "institution", "place", "thing", "word")}  # fmt: skip
    assert min(counts.values()) >= 19, counts
