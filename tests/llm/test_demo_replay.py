"""The offline demo: recorded answers read as drafts without the SDK client, records unchanged."""

from __future__ import annotations

import contextlib
import copy
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from visitx.core.models import Extraction
from visitx.llm import demo as demo_module
from visitx.llm import replay as replay_module
from visitx.llm.demo import demo_cassette, demo_settings, replay_demo
from visitx.llm.extractor import Extractor
from visitx.llm.replay import RecordedAnswers

from conftest import seed_facts

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = json.loads((ROOT / "tests" / "fixtures" / "seeds" / "expected.json").read_text("utf-8"))
SRC = str(ROOT / "src")


def record_facts(result: Extraction) -> list[dict[str, Any]]:
    """A record's visits in the form of tests/fixtures/seeds/expected.json."""
    return seed_facts(result.visits)


def by_seed(results: list[Extraction]) -> dict[str, list[dict[str, Any]]]:
    stems = [entry["id"] for entry in demo_module.seed_articles()]
    return dict(zip(stems, (record_facts(r) for r in results), strict=True))


def interactions() -> list[dict[str, Any]]:
    data = yaml.safe_load(demo_cassette().read_text("utf-8"))
    return list(data["interactions"])


def write_cassette(path: Path, items: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps({"interactions": items}), encoding="utf-8")
    return path


def first_request() -> tuple[Extractor, Any, str]:
    """The demo extractor, the rendered prompt of the first seed article, and its text."""
    extractor = Extractor(demo_settings())
    entry = demo_module.seed_articles()[0]
    job = extractor.prepare(entry["text"], published=entry["published"])
    return extractor, extractor.messages(job), job.article.text


def test_demo_records_are_the_hand_checked_seed_facts() -> None:
    """`visitx.demo()`'s records carry exactly the hand-checked facts of the five seeds."""
    expected = {k: v for k, v in EXPECTED.items() if not k.startswith("_")}
    assert by_seed(replay_demo()) == expected


def test_demo_records_carry_the_recorded_usage_and_model() -> None:
    """Each record reports the recorded model, one attempt and the recorded token counts."""
    first = replay_demo()[0]
    assert (first.meta.model, first.meta.attempts, first.meta.mode) == (
        "visitx-reference", 1, "json_schema"
    )
    assert (first.meta.usage.prompt_tokens, first.meta.usage.total_tokens) == (1231, 1735)


@pytest.mark.parametrize(
    "code",
    [
        "import visitx; visitx.demo()",
        "from visitx.cli.main import main; main(['demo'], standalone_mode=False)",
    ],
    ids=["visitx.demo", "visitx demo"],
)
def test_demo_does_not_import_the_openai_sdk(code: str) -> None:
    """The offline demo reads its answers without importing openai, instructor or httpx2."""
    probe = (
        f"import sys\n{code}\n"
        "print([m for m in ('openai', 'instructor', 'httpx2') if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
        env={"PYTHONPATH": SRC, "PATH": "/usr/bin:/bin"}, check=True,
    )
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_an_answer_that_needs_the_client_is_replayed_through_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A recorded 500 before the first answer goes through the SDK client and its retry."""
    items = interactions()
    failure = copy.deepcopy(items[0])
    failure["response"]["status"] = {"code": 500, "message": "Internal Server Error"}
    failure["response"]["body"]["string"] = json.dumps({"error": {"message": "boom"}})
    cassette = write_cassette(tmp_path / "seeds.json", [failure, *items])
    monkeypatch.setattr(demo_module, "demo_cassette", lambda: cassette)
    through_client: list[int] = []
    real_replay = replay_module.replay

    @contextlib.contextmanager
    def counted(*cassettes: Any, **options: Any) -> Iterator[Any]:
        with real_replay(*cassettes, **options) as transport:
            yield transport
        through_client.append(transport.played)

    monkeypatch.setattr(replay_module, "replay", counted)
    results = replay_demo()
    assert through_client == [2]  # the 500 and then the answer, for the first article only
    expected = {k: v for k, v in EXPECTED.items() if not k.startswith("_")}
    assert by_seed(results) == expected


def test_recorded_answer_for_another_model_is_not_used(tmp_path: Path) -> None:
    """A recording of the same prompt sent to another model answers nothing."""
    items = interactions()
    body = json.loads(items[0]["request"]["body"])
    body["model"] = "another-model"
    items[0]["request"]["body"] = json.dumps(body)
    recorded = RecordedAnswers(write_cassette(tmp_path / "other.json", items[:1]))
    extractor, messages, text = first_request()
    assert recorded.answer(extractor.settings, messages, "json_schema", text) is None


def test_recorded_draft_that_fails_validation_is_left_to_the_client(tmp_path: Path) -> None:
    """A recorded draft whose quote is not in the article is left for instructor's re-ask."""
    items = interactions()
    completion = json.loads(items[0]["response"]["body"]["string"])
    draft = json.loads(completion["choices"][0]["message"]["content"])
    draft["visits"][0]["participants"][0]["name"] = "Rwandan business people"  # a translation
    completion["choices"][0]["message"]["content"] = json.dumps(draft)
    items[0]["response"]["body"]["string"] = json.dumps(completion)
    recorded = RecordedAnswers(write_cassette(tmp_path / "bad.json", items[:1]))
    extractor, messages, text = first_request()
    assert recorded.answer(extractor.settings, messages, "json_schema", text) is None


def test_recorded_answer_is_used_once(tmp_path: Path) -> None:
    """One recording answers one request: the same request again finds nothing."""
    recorded = RecordedAnswers(write_cassette(tmp_path / "one.json", interactions()[:1]))
    extractor, messages, text = first_request()
    answer = recorded.answer(extractor.settings, messages, "json_schema", text)
    assert answer is not None
    assert answer.draft.language == "tr"
    assert recorded.answer(extractor.settings, messages, "json_schema", text) is None
    assert recorded.played == 1


def test_recorded_answer_with_another_token_limit_is_not_used(tmp_path: Path) -> None:
    """A recording of a request with another `max_tokens` answers nothing."""
    items = interactions()
    body = json.loads(items[0]["request"]["body"])
    body["max_tokens"] = 123
    items[0]["request"]["body"] = json.dumps(body)
    recorded = RecordedAnswers(write_cassette(tmp_path / "tokens.json", items[:1]))
    extractor, messages, text = first_request()
    assert recorded.answer(extractor.settings, messages, "json_schema", text) is None
