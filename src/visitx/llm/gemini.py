"""Google's Gemini API through the official `google-genai` SDK and instructor.

`Settings(model="google/gemini-...")` selects it. Modes: `json_schema` (the default;
Gemini's response schema, instructor's GENAI_STRUCTURED_OUTPUTS, which constrains the
answer to the draft schema), `tools` (a function the model must call, GENAI_TOOLS);
`json` and `md_json` ask for the response schema as well. The SDK talks through an httpx2
client visitx builds, so its own retries stay off and `use_transport()` reaches it.
"""

from __future__ import annotations

import copy
import functools
import json
from typing import Any

from visitx.core.models import Usage
from visitx.llm.prompt import Messages
from visitx.llm.sdks import SdkAdapter
from visitx.llm.wire import Reading, instructor_draft
from visitx.record.draft import Draft

NAME = "google"
ENDPOINT = "https://generativelanguage.googleapis.com"
KEY_VARIABLES: tuple[str, ...] = ("GEMINI_API_KEY", "GOOGLE_API_KEY")
EXTRA = "gemini"
_CUT_OFF = {"MAX_TOKENS": "length"}


@functools.cache
def gemini_draft() -> type[Draft]:
    """The draft class for Gemini requests: its schema is a deep copy on every call.

    google-genai rewrites the schema it is given in place (it inlines the `$defs`); the
    shared draft class hands out one cached schema, so without a copy a Gemini request
    would change the schema every later OpenAI request sends.
    """
    base = instructor_draft()

    class GeminiDraft(base):  # type: ignore[valid-type,misc]
        """The model's answer for one article."""

        @classmethod
        def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
            return copy.deepcopy(base.model_json_schema(*args, **kwargs))

    GeminiDraft.__name__ = GeminiDraft.__qualname__ = "Draft"
    return GeminiDraft


class GeminiClient:
    """A `genai.Client` and the httpx2 client under it (closed together)."""

    def __init__(self, genai: Any, http: Any) -> None:
        self.genai = genai
        self.http = http

    def close(self) -> Any:
        """Close the connections (a coroutine to await for the async flavour)."""
        closer = getattr(self.http, "aclose", None) or self.http.close
        return closer()


class Gemini(SdkAdapter):
    """The Gemini side of `Provider`: request shape, client, completion reading."""

    name = NAME
    endpoint = ENDPOINT
    key_variables = KEY_VARIABLES
    extra = EXTRA
    auto_mode = "json_schema"
    instructor_provider = "GENAI"

    def request(self, messages: Messages) -> dict[str, Any]:
        return {
            "model": self.model,
            "messages": [
                {"role": "system", "content": messages.system},
                {"role": "user", "content": messages.user},
            ],
            "temperature": self.settings.temperature,
            "max_tokens": self.settings.max_tokens,
            "response_model": gemini_draft(),
        }

    def shape(self, kwargs: dict[str, Any], mode: str) -> dict[str, Any]:
        return kwargs

    def client(self, flavour: str, key: str, http_client: Any) -> GeminiClient:
        import httpx2
        from google import genai
        from google.genai import types

        timeout = self.settings.timeout
        if http_client is None and flavour == "sync":
            # The whole answer within the time-out, not only each read (`llm.deadline`).
            from visitx.llm.deadline import bounded_transport

            http_client = httpx2.Client(timeout=timeout, transport=bounded_transport(timeout))
        elif http_client is None:
            http_client = httpx2.AsyncClient(timeout=timeout)
        http_client.timeout = httpx2.Timeout(timeout)
        side = "httpx_client" if flavour == "sync" else "httpx_async_client"
        options = types.HttpOptions(
            base_url=self.settings.base_url,
            timeout=int(timeout * 1000),
            **{side: http_client},
        )
        return GeminiClient(genai.Client(api_key=key, http_options=options), http_client)

    def create(self, client: GeminiClient, kwargs: dict[str, Any]) -> Any:
        return client.genai.models.generate_content(**kwargs)

    async def acreate(self, client: GeminiClient, kwargs: dict[str, Any]) -> Any:
        return await client.genai.aio.models.generate_content(**kwargs)

    def read(self, response: Any) -> Reading:
        return read_response(response)


def read_response(response: Any) -> Reading:
    """The `Reading` of a `GenerateContentResponse`."""
    candidates = getattr(response, "candidates", None) or []
    finish = getattr(candidates[0], "finish_reason", None) if candidates else None
    name = str(getattr(finish, "name", finish)) if finish is not None else None
    meta = getattr(response, "usage_metadata", None)
    usage = None
    if meta is not None:
        prompt = int(getattr(meta, "prompt_token_count", 0) or 0)
        completion = int(getattr(meta, "candidates_token_count", 0) or 0)
        usage = Usage(
            prompt_tokens=prompt,
            completion_tokens=completion,
            total_tokens=int(getattr(meta, "total_token_count", 0) or prompt + completion),
            cache_read_tokens=int(getattr(meta, "cached_content_token_count", 0) or 0),
        )
    return Reading(
        model=getattr(response, "model_version", None),
        finish_reason=_CUT_OFF.get(name or "", name.lower() if name else None),
        usage=usage,
        raw=_raw(candidates),
    )


def _raw(candidates: list[Any]) -> str | None:
    if not candidates:
        return None
    content = getattr(candidates[0], "content", None)
    texts = []
    for part in getattr(content, "parts", None) or []:
        call = getattr(part, "function_call", None)
        if call is not None:
            return json.dumps(dict(call.args or {}), ensure_ascii=False)
        if getattr(part, "text", None):
            texts.append(str(part.text))
    return "".join(texts) or None
