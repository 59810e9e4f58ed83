"""A str as JSON text, exactly as `json.dumps(value, ensure_ascii=False)` writes it.

Hot paths (the draft cache's key, the re-run's record template) splice JSON strings into
text they build by hand; one function keeps them writing what `json.dumps` would.
"""

from __future__ import annotations

# The C encoder `json.dumps` itself uses for a str with ensure_ascii=False, minus the
# call's overhead (no options to read, no encoder object): ten times faster a string.
from json.encoder import encode_basestring

__all__ = ["json_str"]


def json_str(value: str | None) -> str:
    """`value` as JSON (`null` for None), as `json.dumps(value, ensure_ascii=False)` writes it.

    Example:
        >>> json_str('Ankara "Kent"')
        '"Ankara \\\\"Kent\\\\""'
    """
    return "null" if value is None else encode_basestring(value)
