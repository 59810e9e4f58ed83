"""visitx.duplicate_groups and DuplicateIndex: syndicated copies group, other reports do not."""

from __future__ import annotations

import json
from pathlib import Path

from visitx import DuplicateIndex, duplicate_groups

from conftest import ARTICLES, CLUSTERS

HEADER = "Home | World | Business | Sport\nBy Wire Staff\n"
FOOTER = "\n© 2024 Example News. All rights reserved. Share on Facebook | Share on X"


def texts(root: Path) -> list[str]:
    lines = (root / "index.jsonl").read_text(encoding="utf-8").splitlines()
    return [(root / json.loads(line)["path"]).read_text(encoding="utf-8") for line in lines]


def test_syndicated_copies_are_one_group() -> None:
    """Header and footer, a new headline, a dropped last paragraph, curly quotes: one group."""
    story = texts(ARTICLES)[19]  # w15_fr_range: several paragraphs
    paragraphs = story.split("\n")
    copies = [
        story,
        HEADER + story + FOOTER,
        "Une autre manchette\n" + story,
        "\n".join(paragraphs[:-1]),
        story.replace("'", "’").replace('"', "”"),
    ]
    assert duplicate_groups(copies) == [[0, 1, 2, 3, 4]]


def test_reports_of_the_same_visit_stay_apart() -> None:
    """The cluster set's seven reports (same visit, other wording or language) form no group."""
    assert duplicate_groups(texts(CLUSTERS)) == []


def test_distinct_gold_articles_form_no_group() -> None:
    """The 34 gold articles are not copies of one another."""
    assert duplicate_groups(texts(ARTICLES)) == []


def test_chinese_copies_are_found_by_characters() -> None:
    """A Chinese story (no spaces) and its copy with a site header group."""
    story = texts(ARTICLES)[27]  # w23_zh_passing
    assert duplicate_groups([story, "新闻网 | 国际\n" + story]) == [[0, 1]]


def test_an_index_on_disk_finds_a_copy_from_an_earlier_run(tmp_path: Path) -> None:
    """A copy added after reopening the file is matched to the earlier article."""
    story = texts(ARTICLES)[5]
    with DuplicateIndex(tmp_path / "dupes.sqlite3") as index:
        assert index.add("first", story) is None
    with DuplicateIndex(tmp_path / "dupes.sqlite3") as index:
        assert index.add("second", HEADER + story + FOOTER) == "first"
        assert len(index) == 2


def test_a_key_added_twice_is_not_its_own_copy() -> None:
    """Adding the same key again returns None, not the key itself."""
    story = texts(ARTICLES)[5]
    with DuplicateIndex() as index:
        index.add("a", story)
        assert index.add("a", story) is None


def test_texts_without_words_are_not_copies() -> None:
    """Empty and punctuation-only texts form no group."""
    assert duplicate_groups(["", "  ", "!!!", ""]) == []
