"""One error root; every openai/httpx2/instructor error is mapped at one boundary."""

from __future__ import annotations

import inspect

import httpx2
import openai
import pytest

import visitx
from visitx.core.errors import ConfigurationError, ProviderError
from visitx.llm.errmap import translate


def _openai_error_classes() -> list[type[BaseException]]:
    return [
        cls
        for _, cls in inspect.getmembers(openai, inspect.isclass)
        if issubclass(cls, openai.OpenAIError)
    ]


def _instance(cls: type[BaseException]) -> BaseException:
    request = httpx2.Request("POST", "http://x/v1/chat/completions")
    response = httpx2.Response(418, request=request, json={"error": {"message": "nope"}})
    for args in (
        {"message": "nope", "response": response, "body": {"error": {"message": "nope"}}},
        {"message": "nope", "request": request, "body": None},
        {"request": request},
        {"response": response, "body": None},
        {},
    ):
        try:
            return cls(**args)  # type: ignore[arg-type]
        except TypeError:
            continue
    return cls.__new__(cls)


@pytest.mark.parametrize("cls", _openai_error_classes(), ids=lambda c: c.__name__)
def test_every_openai_error_is_mapped(cls: type[BaseException]) -> None:
    """A new openai exception type cannot slip through unmapped."""
    mapped = translate(_instance(cls))
    assert isinstance(mapped, visitx.VisitxError)


@pytest.mark.parametrize(
    "exc",
    [httpx2.ConnectError("refused"), httpx2.ReadTimeout("slow"), httpx2.RemoteProtocolError("x")],
    ids=type,
)
def test_httpx2_transport_errors_are_provider_errors(exc: BaseException) -> None:
    """Raw transport errors become ProviderError."""
    assert isinstance(translate(exc), ProviderError)


def test_status_error_keeps_status_and_provider_message() -> None:
    """A 401 says to check the key and keeps the provider's words."""
    request = httpx2.Request("POST", "http://x/v1/chat/completions")
    response = httpx2.Response(401, request=request)
    exc = openai.AuthenticationError(
        "bad key", response=response, body={"error": {"message": "Incorrect API key"}}
    )
    mapped = translate(exc)
    assert isinstance(mapped, ProviderError)
    assert mapped.status_code == 401
    assert mapped.provider_message == "Incorrect API key"
    assert "VISITX_API_KEY" in str(mapped)


def test_unrelated_errors_are_not_swallowed() -> None:
    """Errors that are not a dependency's are left alone."""
    assert translate(KeyError("x")) is None


def test_tree() -> None:
    """Every public error derives from VisitxError."""
    for cls in (
        visitx.ConfigurationError,
        visitx.InputError,
        visitx.ProviderError,
        visitx.ExtractionError,
        visitx.CacheError,
    ):
        assert issubclass(cls, visitx.VisitxError)
    assert issubclass(ConfigurationError, visitx.VisitxError)


def test_an_answer_cut_off_at_the_token_limit_is_an_extraction_error() -> None:
    """instructor's IncompleteOutputException becomes an ExtractionError naming max_tokens."""
    from instructor.core import IncompleteOutputException

    from visitx.core.errors import ExtractionError

    mapped = translate(IncompleteOutputException(last_completion=None))
    assert isinstance(mapped, ExtractionError)
    assert "max_tokens" in str(mapped)


# Modelled on the tails of two real cut-off answers (bench/real_drafts_round4.jsonl):
# SmolLM2-135M on r4_de_related wrote "Karl Nehammer" again and again; on r4_tr_visit it
# went on with new values until the limit.
_LOOPING = '{"language": "de", "visits": [{"evidence": [' + '"Karl Nehammer", ' * 30 + '"Karl Ne'
_RAMBLING = (
    '{"language": "tr", "visits": [{"participants": [{"role": "host", "kind": '
    '"organization", "name": "TUR", "country": "Kroatia"}, {"role": "visitor", "kind": '
    '"person", "name": "Hakan Fidan", "country": "TUR"}, {"role": "participant", "kind": '
    '"group", "name": "iki ülke", "country": null}, {"role": "'
)


def test_a_cut_off_loop_says_a_higher_limit_will_not_help() -> None:
    from visitx.core.errors import repeats, truncated

    assert repeats(_LOOPING) == 30
    message = str(truncated(1536, _LOOPING))
    assert "repeats one passage 30 times, so a higher limit will not help" in message
    assert "--repeat-penalty" in message
    assert "Raise Settings.max_tokens" not in message


def test_a_cut_off_answer_without_a_loop_asks_for_a_higher_limit() -> None:
    from visitx.core.errors import repeats, truncated

    assert repeats(_RAMBLING) == 0
    assert repeats("") == 0
    message = str(truncated(1536, _RAMBLING))
    assert "Raise Settings.max_tokens (--max-tokens" in message
    assert "repeats" not in message
