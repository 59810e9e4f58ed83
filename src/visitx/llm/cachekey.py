"""The draft cache's keys (`llm.cache`): exactly what reaches the model, hashed.

`cache_key` is the key of one request; `KeyTemplate` makes the keys of many articles of
one request set-up, its constant part dumped to JSON once (it pickles, for a batch's
worker processes).
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Mapping

from visitx.core.jsontext import json_str

__all__ = ["KeyTemplate", "cache_key"]


def cache_key(
    *,
    text: str,
    title: str | None,
    published: str | None,
    language: str | None,
    model: str,
    endpoint: str,
    mode: str,
    prompt_digest: str,
    schema_json: str,
    temperature: float,
    max_tokens: int,
    sampling: Mapping[str, float] | None = None,
) -> str:
    """The key of one request: exactly what reaches the model.

    The article and the metadata the prompt shows the model, the model, the endpoint (a
    base URL without credentials), the mode actually used, the prompt template, the draft
    schema, the temperature and the answer's token limit, and the repetition controls
    (`sampling`) when the request may carry them (left out when empty, so other keys stay
    as they were). Never the API key, and not the article's URL, which visitx only copies
    into the record.
    """
    return KeyTemplate(
        model=model, endpoint=endpoint, mode=mode, prompt_digest=prompt_digest,
        schema_json=schema_json, temperature=temperature, max_tokens=max_tokens,
        sampling=sampling,
    ).key(text, title, published, language)


_SLOTS = ("language", "published", "text", "title")  # the per-article fields, sorted


class KeyTemplate:
    """`cache_key` for many articles of one request set-up: the constant part dumped once.

    `key(text, title, published, language)` is `cache_key(...)` with the other arguments
    given here: the SHA-256 of the request's JSON (sorted keys, not ASCII-escaped), made
    without a dict or a `json.dumps` per key.
    """

    def __init__(
        self, *, model: str, endpoint: str, mode: str, prompt_digest: str, schema_json: str,
        temperature: float, max_tokens: int, sampling: Mapping[str, float] | None = None,
    ) -> None:
        marks = {name: f"\x00visitx-{name}\x00" for name in _SLOTS}
        whole = json.dumps(
            {
                **marks,
                "model": model,
                "endpoint": endpoint,
                "mode": mode,
                "prompt": prompt_digest,
                "draft_schema": _digest(schema_json),
                "temperature": float(temperature),
                "max_tokens": int(max_tokens),
                **({"sampling": {k: float(v) for k, v in sampling.items()}} if sampling else {}),
            },
            sort_keys=True,
            ensure_ascii=False,
        )
        self.parts: list[str] = []
        for name in _SLOTS:
            before, whole = whole.split(json.dumps(marks[name]), 1)
            self.parts.append(before)
        self.parts.append(whole)

    def key(self, text: str, title: str | None, published: str | None,
            language: str | None, text_json: str | None = None) -> str:
        """The cache key; `text_json`: `text` already written as JSON (not again)."""
        p = self.parts
        encoded = json_str(text) if text_json is None else text_json
        material = "".join((
            p[0], json_str(language), p[1], json_str(published), p[2], encoded,
            p[3], json_str(title), p[4],
        ))
        return "visitx:" + hashlib.sha256(material.encode("utf-8")).hexdigest()

    def __getstate__(self) -> list[str]:
        return self.parts

    def __setstate__(self, parts: list[str]) -> None:
        self.parts = parts


@functools.lru_cache(maxsize=8)
def _digest(schema_json: str) -> str:
    # The draft schema is the same for every key of a process: hashed once, not per key.
    return hashlib.sha256(schema_json.encode("utf-8")).hexdigest()
