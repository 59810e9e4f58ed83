"""`visitx.core.datafiles`: how a word table's text is read (comments, blanks, words).

Every table reader in the package goes through `entries` or `words`, so an indented
comment or a blank line means the same in every table."""

from __future__ import annotations

from visitx.core.datafiles import entries, read_sections, words


def test_entries_strip_lines_and_leave_out_blanks_and_comments() -> None:
    text = "# a comment\n  spaced entry  \n\n   # an indented comment\nlast\n"
    assert entries(text) == ["spaced entry", "last"]


def test_a_hash_inside_an_entry_is_kept() -> None:
    assert entries("C# developer\nno # comment here\n") == ["C# developer", "no # comment here"]


def test_words_split_every_entry_in_order() -> None:
    assert words("# clitics\nwa fa\n\n  # indented comment\nbi  li\n") == ["wa", "fa", "bi", "li"]


def test_words_of_a_real_section() -> None:
    # tables/participant_words.txt, `## party all`: four comment lines, then the first
    # entry line "official* representative* authorities authority officers".
    party = words(read_sections("participant_words.txt")["party all"])
    assert party[:5] == ["official*", "representative*", "authorities", "authority", "officers"]
    assert not any(word.startswith("#") for word in party)
