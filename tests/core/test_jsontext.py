"""json_str: a str or None as the JSON text json.dumps(ensure_ascii=False) writes."""

from __future__ import annotations

import pytest

from visitx.core.jsontext import json_str


def test_none_is_null() -> None:
    """None is the JSON literal null."""
    assert json_str(None) == "null"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", '""'),
        ("Ankara", '"Ankara"'),
        ('say "hi"', '"say \\"hi\\""'),
        ("a\\b", '"a\\\\b"'),
        ("line\nbreak\ttab", '"line\\nbreak\\ttab"'),
        ("\x00", '"\\u0000"'),
        ("Türkiye · Москва", '"Türkiye · Москва"'),
    ],
)
def test_strings_are_quoted_and_escaped_but_not_ascii_only(value: str, expected: str) -> None:
    """Quotes, backslashes and control characters are escaped; other characters stay as they are."""
    assert json_str(value) == expected
