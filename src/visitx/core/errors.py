"""One error root and a small tree of classes; no dependency is imported here.

Callers catch `VisitxError` (or one of its five branches, or the narrower classes under
them); they never need to import openai, instructor or httpx2 to handle a failure. The
mapping of those libraries' exceptions onto these classes lives at the model boundary
(`visitx.llm.errmap`) and, for fetching pages, in `visitx.io`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any


class VisitxError(Exception):
    """Root of every error visitx raises.

    Attributes:
        attempts: completions the provider returned for the article before this error
            (re-asks included); 0 when none came back.
        usage: the tokens those completions cost (a `visitx.Usage`), or None.
    """

    attempts: int = 0
    usage: Any = None


class ConfigurationError(VisitxError):
    """Settings that cannot work: no API key, an unknown mode, a bad option."""


class InputError(VisitxError, ValueError):
    """An article visitx will not send: not a string, empty, or too long."""


class ProviderError(VisitxError):
    """The model provider failed, and retrying did not help.

    Attributes:
        status_code: HTTP status of the last failed response, if there was one.
        provider_message: the provider's own error text, if it sent one.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        provider_message: str | None = None,
    ) -> None:
        from visitx.core.urls import redact_urls  # a server may echo the URL and its key

        super().__init__(redact_urls(message))
        self.status_code = status_code
        self.provider_message = redact_urls(provider_message) if provider_message else None


class RateLimited(ProviderError):
    """The provider kept answering HTTP 429 (rate limit or quota) after every retry."""


class ContextTooLong(ProviderError):
    """The article and the answer do not fit the model's context window."""


class AuthenticationError(ProviderError):
    """The provider refused the API key (HTTP 401)."""


class NotACompletion(ProviderError):
    """The endpoint answered HTTP 200 with a body that is not a chat completion (not JSON,
    no `choices`): a web page or a proxy's login page, which every article meets."""


class ExtractionError(VisitxError):
    """The model's output never fit the draft schema (not JSON, wrong types).

    Attributes:
        raw_output: the last raw text the model returned, if any.
        errors: the validation errors of the last attempt, one string each.
    """

    def __init__(
        self, message: str, *, raw_output: str | None = None, errors: list[str] | None = None
    ) -> None:
        super().__init__(message)
        self.raw_output = raw_output
        self.errors = list(errors or [])


class AnswerCutOff(ExtractionError):
    """The model's answer was cut off at the token limit (finish_reason `length`)."""


class CacheError(VisitxError):
    """The cache directory cannot be opened or written."""


def folder_problem(folder: Path, exc: BaseException) -> str:
    """Why `folder` cannot be made or opened: a file standing where it or a parent of it
    should be is named (`[Errno 17] File exists` says neither), else the error itself."""
    for place in (folder, *folder.parents):
        if place.is_file():
            return f"{place} is a file, not a folder"
    return str(exc)


def chain(exc: BaseException) -> Iterator[BaseException]:
    """`exc`, then the errors behind it (`__cause__`, else `__context__`), each once.

    The one walk over an exception chain: a chain may be a cycle (instructor's retry
    error and visitx's error point at each other), so a seen-set ends it.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def truncated(max_tokens: int | None, raw_output: str | None = None) -> AnswerCutOff:
    """The error for an answer the provider cut off at the token limit.

    When the answer was going round in a loop (`repeats`), a higher limit would only
    buy more of the loop, and the message says so.
    """
    limit = f"max_tokens={max_tokens:,}" if max_tokens else "the token limit"
    cut = f"The model's answer was cut off at {limit} (finish_reason 'length'), so it is not "
    times = repeats(raw_output or "")
    if times:
        advice = (
            f"a whole draft: it repeats one passage {times} times, so a higher limit will "
            "not help. Raise the repetition controls (--repeat-penalty, --dry-multiplier; "
            "Settings.repeat_penalty, dry_multiplier) or use a larger model."
        )
    else:
        advice = (
            "a whole draft. Raise Settings.max_tokens (--max-tokens, VISITX_MAX_TOKENS; and "
            "the server's own limit, e.g. llama.cpp's context size), or extract a shorter "
            "article."
        )
    return AnswerCutOff(cut + advice, raw_output=raw_output, errors=["finish_reason: length"])


_LOOP_PIECE = 60  # the answer's last characters, looked for earlier in it
_LOOP_TIMES = 4  # copies of one passage at the end of the answer that make a loop


def repeats(answer: str) -> int:
    """How many copies of one passage the cut-off `answer` ends with, when that is a
    loop (4 or more copies in a row, letter for letter), else 0.

    A long answer that only repeats its keys (many participants, each with its own
    name) ends with no such run.

    Example:
        >>> repeats('{"visits": [' + '{"name": "Karl Nehammer", "role": "host"}, ' * 20)
        20
        >>> names = ["Ruto", "Kishida", "Wang Yi", "Blinken", "Lavrov", "Fidan"]
        >>> repeats(", ".join(f'{{"role": "participant", "name": "{n}"}}' for n in names * 2))
        0
    """
    size = len(answer)
    earlier = answer.rfind(answer[-_LOOP_PIECE:], 0, size - 1) if size > _LOOP_PIECE else -1
    if earlier < 0:
        return 0
    period = size - _LOOP_PIECE - earlier
    same = 0  # how far back each letter equals the one a period before it
    while same < size - period and answer[size - 1 - same] == answer[size - 1 - same - period]:
        same += 1
    copies = (same + period) // period
    return copies if copies >= _LOOP_TIMES else 0
