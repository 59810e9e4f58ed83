"""The one table of dependency exceptions: nothing left unmapped, the narrower classes, cycles."""

from __future__ import annotations

import inspect
import sqlite3
import threading
from pathlib import Path
from types import ModuleType

import diskcache
import httpx2
import instructor.core
import openai
import pytest

import visitx
from visitx.core.errors import ConfigurationError, ExtractionError, ProviderError
from visitx.llm.errmap import map_exceptions, table, translate


def exception_classes(module: ModuleType) -> list[type[BaseException]]:
    return [
        cls
        for _, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, BaseException)
    ]


@pytest.mark.parametrize(
    "cls",
    [
        *exception_classes(httpx2),
        *exception_classes(instructor.core),
        *exception_classes(openai),
    ],
    ids=lambda c: f"{c.__module__.split('.')[0]}.{c.__name__}",
)
def test_every_provider_dependency_exception_has_a_row(cls: type[BaseException]) -> None:
    """Each exception class openai, instructor and httpx2 export is mapped at the provider."""
    assert any(
        where in {"*", "provider"} and issubclass(cls, row) for where, row, _ in table()
    ), f"{cls.__module__}.{cls.__name__} is not in llm.errmap.table()"


@pytest.mark.parametrize("cls", exception_classes(diskcache), ids=lambda c: c.__name__)
def test_every_diskcache_exception_has_a_row(cls: type[BaseException]) -> None:
    """Each exception class diskcache exports is mapped at the cache boundary."""
    assert any(where == "cache" and issubclass(cls, row) for where, row, _ in table())


def test_a_corrupt_cache_database_is_a_cache_error(tmp_path: Path) -> None:
    """SQLite's error under diskcache becomes a CacheError naming the folder and what to do."""
    with (
        pytest.raises(visitx.CacheError, match="VISITX_CACHE_DIR") as info,
        map_exceptions("cache", directory=tmp_path, action="open"),
    ):
        raise sqlite3.DatabaseError("file is not a database")
    assert str(tmp_path) in str(info.value)


def test_a_model_llama_cpp_cannot_load_is_a_provider_error() -> None:
    """xllamacpp's RuntimeError at the local boundary names the model file."""
    mapped = translate(RuntimeError("bad magic"), "local", model="m.gguf", path="/x/m.gguf")
    assert isinstance(mapped, ProviderError)
    assert "m.gguf" in str(mapped)


def test_a_runtime_error_is_not_a_provider_error_elsewhere() -> None:
    """RuntimeError is mapped only at the local boundary: a bug elsewhere stays a bug."""
    assert translate(RuntimeError("bug")) is None


def status_error(status: int, message: str) -> openai.APIStatusError:
    request = httpx2.Request("POST", "http://127.0.0.1/v1/chat/completions")
    response = httpx2.Response(status, request=request)
    return openai.APIStatusError(message, response=response, body={"error": {"message": message}})


@pytest.mark.parametrize(
    ("status", "message", "cls"),
    [
        (429, "Rate limit reached", visitx.RateLimited),
        (401, "Incorrect API key provided", visitx.AuthenticationError),
        (400, "This model's maximum context length is 8192 tokens", visitx.ContextTooLong),
        (500, "boom", ProviderError),
    ],
)
def test_statuses_map_to_the_narrower_classes(status: int, message: str, cls: type) -> None:
    """429, 401 and a context-length message get their own class, each a ProviderError."""
    mapped = translate(status_error(status, message))
    assert type(mapped) is cls
    assert isinstance(mapped, ProviderError)


def test_an_incomplete_answer_is_an_answer_cut_off() -> None:
    """instructor's IncompleteOutputException is AnswerCutOff, an ExtractionError."""
    mapped = translate(instructor.core.IncompleteOutputException(last_completion=None))
    assert isinstance(mapped, visitx.AnswerCutOff)
    assert isinstance(mapped, ExtractionError)


def test_instructor_set_up_errors_are_configuration_errors() -> None:
    """instructor's own ConfigurationError (a bad mode, say) is visitx's ConfigurationError."""
    mapped = translate(instructor.core.ConfigurationError("bad mode"))
    assert isinstance(mapped, ConfigurationError)


def test_translating_a_retry_error_in_a_cycle_ends() -> None:
    """instructor's retry error whose cause points back at it maps, and does not loop."""
    retry = instructor.core.InstructorRetryException(
        "failed", n_attempts=2, total_usage=0, last_completion=None
    )
    cut = visitx.AnswerCutOff("cut off")
    retry.__cause__ = cut
    cut.__cause__ = retry
    box: list[object] = []
    thread = threading.Thread(target=lambda: box.append(translate(retry)), daemon=True)
    thread.start()
    thread.join(5)
    assert box == [cut]
