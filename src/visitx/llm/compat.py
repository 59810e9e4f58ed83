"""OpenAI-compatible servers: what each endpoint turned out to accept, and JSON mode.

Auto mode asks a server other than OpenAI for `json_schema`; an endpoint that rejects it
is remembered (for every extractor of the process) and asked in JSON mode from then on:
`json_object` with the schema beside it, which llama.cpp servers enforce, and the schema
in the system message for servers that ignore it. An endpoint that rejects the `schema`
key gets plain `json_object`.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

from visitx.llm.wire import SCHEMA_NOTE, schema_text

_KEEPING: ContextVar[bool] = ContextVar("visitx_keeping", default=False)
for _name in ("instructor.v2.retry", "instructor.core.retry"):  # where it logs attempts
    logging.getLogger(_name).addFilter(lambda record: not _KEEPING.get())

# visitx's `json` mode is instructor's JSON_SCHEMA handling (parse, re-ask) with the
# request reshaped to `json_object` in `shape`.
INSTRUCTOR_MODES = {"tools": "TOOLS", "json_schema": "JSON_SCHEMA", "json": "JSON_SCHEMA",
                    "md_json": "MD_JSON"}

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


class _Kept(Exception):
    """The request body is kept; nothing is sent."""


def request_body(
    request: dict[str, Any],
    mode: str,
    shape: Callable[[dict[str, Any]], dict[str, Any]],
    *,
    instructor_mode: tuple[Any, Any] | None = None,
) -> dict[str, Any]:
    """The body a live request in `mode` sends, built without sending it.

    Built by instructor's public `patch()` around a create function that keeps the
    request instead of sending it: the same path as a live call, so the same body.
    `instructor_mode` is an SDK's (mode, provider) pair (`Sdk.instructor_mode`).
    """
    import instructor

    kept: list[dict[str, Any]] = []

    def keep(**kwargs: Any) -> Any:
        kept.append(shape(kwargs))
        raise _Kept

    if instructor_mode is None:
        create = instructor.patch(create=keep, mode=instructor.Mode[INSTRUCTOR_MODES[mode]])
    else:
        create = instructor.patch(create=keep, mode=instructor_mode[0], provider=instructor_mode[1])
    token = _KEEPING.set(True)  # instructor logs the "failed" call: not a failure here
    try:
        with contextlib.suppress(Exception):  # _Kept, maybe wrapped by instructor
            create(**{**request, "max_retries": 1})
    finally:
        _KEEPING.reset(token)
    if not kept:  # pragma: no cover - instructor always calls create once
        raise RuntimeError("visitx: instructor did not build a request")
    return kept[0]
