"""The record memo: a cached re-run reads the finished record when the code is unchanged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from visitx import Extraction, Extractor, Settings
from visitx.llm import memo

from conftest import CASSETTES, ROOT, Provider, database, load_article, seed_facts

EXPECTED = json.loads((ROOT / "tests" / "fixtures" / "seeds" / "expected.json").read_text("utf-8"))
PERSIAN = "003_b26aa6423f84ab65"
GERMAN = "004_9cac97c1ccfe093a"


def facts(result: Extraction) -> list[dict[str, Any]]:
    """The hand-checked facts of a record, in the form of tests/fixtures/seeds/expected.json."""
    return seed_facts(result.visits)


@pytest.fixture
def replayed(provider: Provider, settings: Settings) -> Any:
    """An extractor whose one model call per seed replays test_extract's cassette."""
    if provider.recording:
        pytest.skip("replays the recorded seed answers")
    from visitx.testing import replay

    def run(stem: str) -> tuple[Extractor, str, str]:
        text, entry = load_article(stem)
        cassette = CASSETTES / "extract" / f"test_seed_article_end_to_end[{stem}].yaml"
        with replay(cassette):
            ex = Extractor(settings)
            first = ex.extract(text, published=entry["published"])
        assert first.meta.cached is False
        return ex, text, entry["published"]

    return run


def memo_rows(settings: Settings) -> list[tuple[str, str]]:
    with database(settings.cache_dir / memo.MEMO_FILE) as db:
        return db.execute("select print, value from records").fetchall()


@pytest.mark.parametrize("stem", [PERSIAN, GERMAN])
def test_memo_hit_gives_the_hand_checked_record(
    stem: str, replayed: Any, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    """A record read from the memo has the seed's hand-checked facts, like a rebuilt one."""
    ex, text, published = replayed(stem)
    rebuilt = ex.extract(text, published=published, url="https://example.org/a")
    assert len(memo_rows(settings)) == 1  # the rebuild was memoized
    hit = ex.extract(text, published=published, url="https://example.org/b")
    ex.close()
    assert facts(rebuilt) == EXPECTED[stem]
    assert facts(hit) == EXPECTED[stem]
    assert (hit.meta.cached, hit.article.url, hit.article.language) == (
        True, "https://example.org/b", rebuilt.article.language,
    )
    assert hit.visits == rebuilt.visits
    assert hit.meta.warnings == rebuilt.meta.warnings


def test_memo_hit_keeps_the_persian_codes_and_calendar(replayed: Any) -> None:
    """The Gilan–Astrakhan meeting read from the memo keeps its Jalali date and CAMEO codes."""
    ex, text, published = replayed(PERSIAN)
    ex.extract(text, published=published)
    meeting, invitation = ex.extract(text, published=published).visits
    ex.close()
    assert meeting.date is not None
    assert (meeting.date.start, meeting.date.calendar) == ("2023-04-07", "jalali")
    assert meeting.codes.cameo == ["042", "043"]
    assert invitation.codes.cameo == ["036"]


def test_changed_fingerprint_rebuilds_from_the_draft(
    replayed: Any, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a change of the deterministic layer the memo entry is not used but replaced."""
    ex, text, published = replayed(GERMAN)
    ex.extract(text, published=published)
    (old_print, _), = memo_rows(settings)
    monkeypatch.setattr(memo, "fingerprint", lambda: "changed-code")
    again = ex.extract(text, published=published)
    ex.close()
    assert facts(again) == EXPECTED[GERMAN]
    assert [p for p, _ in memo_rows(settings)] == ["changed-code"] != [old_print]


def test_corrupt_memo_entry_falls_back_to_the_draft(
    replayed: Any, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    """A memo entry that does not parse is ignored: the record is rebuilt and stored again."""
    ex, text, published = replayed(GERMAN)
    ex.extract(text, published=published)
    with database(settings.cache_dir / memo.MEMO_FILE) as db:
        db.execute("update records set value = '{\"visits\": [1'")
    again = ex.extract(text, published=published)
    ex.close()
    assert facts(again) == EXPECTED[GERMAN]
    assert again.meta.cached is True
    assert "unreadable entry" in caplog.text
    (_, value), = memo_rows(settings)
    assert json.loads(value)["visits"]


def test_damaged_memo_file_is_set_aside(replayed: Any, settings: Settings) -> None:
    """A memo file that is not a database is moved aside and the records still come back."""
    ex, text, published = replayed(GERMAN)
    ex.close()
    path: Path = settings.cache_dir / memo.MEMO_FILE
    path.write_bytes(b"this is not a database" * 100)
    ex = Extractor(settings)
    again = ex.extract(text, published=published)
    ex.close()
    assert facts(again) == EXPECTED[GERMAN]
    assert list(settings.cache_dir.glob(memo.MEMO_FILE + ".corrupt-*"))


def test_cache_clear_forgets_the_memo(replayed: Any, settings: Settings) -> None:
    """Clearing the draft cache empties the memo too: no record outlives its draft."""
    ex, text, published = replayed(GERMAN)
    ex.extract(text, published=published)
    assert ex.cache is not None
    ex.cache.clear()
    ex.close()
    assert memo_rows(settings) == []


def test_lookup_many_answers_each_job_with_its_own_record(replayed: Any) -> None:
    """A group of look-ups returns each article's record, and None for an uncached one."""
    ex, german, published = replayed(GERMAN)
    from visitx.testing import replay

    persian, entry = load_article(PERSIAN)
    with replay(CASSETTES / "extract" / f"test_seed_article_end_to_end[{PERSIAN}].yaml"):
        ex.extract(persian, published=entry["published"])
    jobs = [
        ex.prepare(persian, published=entry["published"]),
        ex.prepare("An article nobody asked the model about.", published=published),
        ex.prepare(german, published=published),
    ]
    first = ex.lookup_many(jobs)
    again = ex.lookup_many([ex.prepare(j.article.text, published=j.article.published)
                            for j in jobs])
    ex.close()
    for found in (first, again):
        p, none, g = found
        assert isinstance(p, Extraction)
        assert isinstance(g, Extraction)
        assert none is None
        assert facts(p) == EXPECTED[PERSIAN]
        assert facts(g) == EXPECTED[GERMAN]


def test_fingerprint_covers_the_deterministic_code() -> None:
    """The fingerprint hashes grounding, record building, places, tables and the extractor."""
    names = {f.relative_to(ROOT / "src" / "visitx").as_posix() for f in memo.fingerprint_files()}
    assert {"grounding/locate.py", "record/build.py", "places/geo.py", "llm/extractor.py",
            "dates/parse.py", "core/models.py"} <= names
    assert "tables/country_names.txt" in names
    assert not any(name.startswith(("batch/", "cli/", "report/")) for name in names)


def test_fingerprint_changes_with_one_byte(tmp_path: Path) -> None:
    """Changing one byte of one file gives another fingerprint."""
    (tmp_path / "a.py").write_text("x = 1\n")
    (tmp_path / "b.py").write_text("y = 2\n")
    files = sorted(tmp_path.glob("*.py"))
    before = memo.digest_of(tmp_path, files)
    (tmp_path / "b.py").write_text("y = 3\n")
    assert memo.digest_of(tmp_path, files) != before
    assert memo.digest_of(tmp_path, files) == memo.digest_of(tmp_path, files)


def test_unchanged_code_reads_the_record_from_the_memo(replayed: Any, settings: Settings) -> None:
    """With the fingerprint unchanged the memo's record is returned as stored, not rebuilt."""
    ex, text, published = replayed(GERMAN)
    ex.extract(text, published=published)
    (_, value), = memo_rows(settings)
    stored = json.loads(value)
    stored["visits"][0]["summary"] = "A summary only the memo holds."
    with database(settings.cache_dir / memo.MEMO_FILE) as db:
        db.execute("update records set value = ?", (json.dumps(stored),))
    hit = ex.extract(text, published=published)
    ex.close()
    assert hit.visits[0].summary == "A summary only the memo holds."
