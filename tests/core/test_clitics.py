"""Tests for `visitx.core.clitics`: one Arabic-script clitic table for grounding and names.

The Arabic phrases are written for these tests ("وصل الوفد إلى طهران": the delegation
arrived in Tehran); "ث" is not an Arabic clitic, it stands for an entry someone adds to
`tables/arabic_clitics.txt`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from visitx.core import clitics
from visitx.core.clitics import Clitics, arabic_clitics
from visitx.core.datafiles import read_sections
from visitx.grounding.locate import locate
from visitx.record.names import is_name_like


@pytest.fixture
def added_conjunction(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The shipped table with "ث" added to its conjunctions."""

    def patched(name: str) -> dict[str, str]:
        sections = dict(read_sections(name))
        sections["conjunctions"] += "ث\n"
        return sections

    monkeypatch.setattr(clitics, "read_sections", patched)
    arabic_clitics.cache_clear()
    yield
    monkeypatch.undo()
    arabic_clitics.cache_clear()


def test_prefixes_combine_roles_in_order_and_contract() -> None:
    """Sequences are conjunction? preposition? article?, with ل + ال written لل."""
    table = Clitics(("و",), ("ب", "ل"), ("ال",), (("لال", "لل"),))
    assert set(table.prefixes) == {
        "و", "ب", "ل", "وب", "ول", "ال", "وال", "بال", "لل", "وبال", "ولل",
    }  # fmt: skip
    assert set(table.article_prefixes) == {"ال", "وال", "بال", "لل", "وبال", "ولل"}


def test_shipped_table_roles() -> None:
    """The shipped table: conjunctions و ف, prepositions ب ل and both kafs, the article ال."""
    table = arabic_clitics()
    assert (table.conjunctions, table.prepositions, table.articles) == (
        ("و", "ف"),
        ("ب", "ل", "ك", "ک"),
        ("ال",),
    )


def test_locate_reads_a_clitic_added_to_the_table(added_conjunction: None) -> None:
    """A quote right after a clitic that only the table names is at a word edge."""
    hit = locate("الوفد", "وصل ثالوفد إلى طهران")
    assert hit is not None
    assert (hit.start, hit.end) == (5, 10)


def test_locate_without_the_added_clitic_sees_no_word_edge() -> None:
    """Without that entry the same quote starts inside a word and is not found."""
    assert locate("الوفد", "وصل ثالوفد إلى طهران، مرة أخرى") is None


def test_names_read_a_clitic_added_to_the_table(added_conjunction: None) -> None:
    """A generic word behind a clitic that only the table names names no one."""
    assert is_name_like("ثالوفد") is False


def test_names_without_the_added_clitic_keep_the_word() -> None:
    """Without that entry the same word counts as a name (nothing strips it)."""
    assert is_name_like("ثالوفد") is True


def test_locate_accepts_conjunction_before_contracted_article() -> None:
    """و + لل ("and for the") before a word is a word edge: "رئيس" in "وللرئيس"."""
    hit = locate("رئيس", "قال وللرئيس كلمة")
    assert hit is not None
    assert (hit.start, hit.end) == (7, 11)
