"""OpenAI-compatible servers: what each endpoint turned out to accept, and JSON mode.

Auto mode asks a server other than OpenAI for `json_schema`; an endpoint that rejects it
is remembered (for every extractor of the process) and asked in JSON mode from then on:
`json_object` with the schema beside it, which llama.cpp servers enforce, and the schema
in the system message for servers that ignore it. An endpoint that rejects the `schema`
key gets plain `json_object`.
"""

from __future__ import annotations

import threading
from typing import Any

from visitx.llm.wire import SCHEMA_NOTE, schema_text

_lock = threading.Lock()
_json_mode_endpoints: set[str] = set()  # rejected `json_schema`: auto mode uses `json`
_plain_json_endpoints: set[str] = set()  # rejected a `schema` key in `json_object`


def forget() -> None:
    """Forget what endpoints rejected (for tests)."""
    with _lock:
        _json_mode_endpoints.clear()
        _plain_json_endpoints.clear()


def prefers_json(endpoint: str) -> bool:
    """Whether the endpoint rejected `json_schema` before."""
    with _lock:
        return endpoint in _json_mode_endpoints


def after_rejection(endpoint: str, mode: str, asked: str) -> str | None:
    """The mode to ask in after `endpoint` rejected `mode`'s option, or None: give up."""
    with _lock:
        if mode == "json_schema" and asked == "auto":
            _json_mode_endpoints.add(endpoint)
            return "json"
        if mode == "json" and endpoint not in _plain_json_endpoints:
            _plain_json_endpoints.add(endpoint)
            return "json"
    return None


def shape(kwargs: dict[str, Any], mode: str, endpoint: str) -> dict[str, Any]:
    """The request as sent: JSON mode asks for `json_object`, with the schema as well."""
    if mode != "json":
        return kwargs
    shaped = dict(kwargs)
    schema = shaped["response_format"]["json_schema"]["schema"]
    with _lock:
        plain = endpoint in _plain_json_endpoints
    if plain:
        shaped["response_format"] = {"type": "json_object"}
    else:
        # llama.cpp servers (upstream and llama-cpp-python) constrain the output to it.
        shaped["response_format"] = {"type": "json_object", "schema": schema}
    messages = list(shaped["messages"])
    first = dict(messages[0])
    first["content"] = f"{first['content']}\n\n{SCHEMA_NOTE}{schema_text()}"
    messages[0] = first
    shaped["messages"] = messages
    return shaped
