"""extract()/aextract() end to end, replaying cassettes recorded against the reference server."""

from __future__ import annotations

import json
from typing import Any

import pytest

import visitx
from visitx import Extraction, Settings
from visitx.core.models import Article, Visit

from conftest import ARTICLES, ROOT, Provider, load_article, seed_facts

SEEDS = sorted(p.stem for p in (ARTICLES / "seeds").glob("*.txt"))


EXPECTED = json.loads((ROOT / "tests" / "fixtures" / "seeds" / "expected.json").read_text("utf-8"))


def facts(visits: list[Visit]) -> list[dict[str, Any]]:
    """The hand-checked facts of `visits`, in the form of tests/fixtures/seeds/expected.json."""
    return seed_facts(visits)


def assert_spans_index_the_article(result: Extraction) -> None:
    """Every located span is exactly the article's characters at its offsets."""
    text = result.article.text
    dump = result.model_dump(mode="json")

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if {"text", "start", "end", "match"} <= node.keys() and node["match"] is not None:
                assert text[node["start"]:node["end"]] == node["text"]
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(dump["visits"])


def wrong_name(draft: dict[str, Any]) -> dict[str, Any]:
    draft["visits"][0]["participants"][0]["name"] = "Igor Babushkin"  # a translation, not a quote
    return draft


def wrong_country(draft: dict[str, Any]) -> dict[str, Any]:
    draft["visits"][0]["participants"][0]["country"] = "Atlantis"
    return draft


def alpha2_country(draft: dict[str, Any]) -> dict[str, Any]:
    draft["visits"][0]["participants"][0]["country"] = "ru"
    return draft


PERSIAN = "003_b26aa6423f84ab65"
GERMAN = "004_9cac97c1ccfe093a"


def scripted(reference: Provider, settings: Settings, article: str, *answers: Any) -> Extraction:
    """`visitx.extract` of a test article while the reference first gives `answers`."""
    reference.script(*answers)
    return visitx.extract(load_article(article)[0], settings=settings)


@pytest.mark.seed
@pytest.mark.vcr
@pytest.mark.parametrize("stem", SEEDS)
def test_seed_article_end_to_end(stem: str, settings: Settings, provider: Provider) -> None:
    """Each seed article becomes a record whose every span indexes the article."""
    text, entry = load_article(stem)
    result = visitx.extract(text, published=entry["published"], settings=settings)
    assert result.article.id == Article.id_for(text)
    assert result.article.language == entry["language"]
    assert result.visits, "every seed article reports at least one visit"
    assert_spans_index_the_article(result)
    assert result.meta.attempts >= 1
    assert result.meta.usage.total_tokens > 0
    assert result.meta.cached is False
    if not provider.live:
        assert facts(result.visits) == EXPECTED[stem]
        assert all(v.grounded for v in result.visits)
        assert result.meta.attempts == 1


@pytest.mark.vcr
def test_persian_seed_facts(settings: Settings, provider: Provider) -> None:
    """The Gilan–Astrakhan article yields the meeting (Jalali date) and the invitation."""
    if provider.live:
        pytest.skip("checks the reference answer")
    text, _ = load_article(PERSIAN)
    meeting, invitation = visitx.extract(text, settings=settings).visits
    assert (meeting.type, meeting.status) == ("visit", "occurred")
    names = {p.role: (p.name.text, p.country) for p in meeting.participants}
    assert names == {"visitor": ("ایگور بابوشکین", "RUS"), "host": ("اسدالله عباسی", "IRN")}
    assert meeting.date is not None
    assert (meeting.date.start, meeting.date.end) == ("2023-04-07", "2023-04-07")
    assert (meeting.date.calendar, meeting.date.precision) == ("jalali", "day")
    assert meeting.codes.cameo == ["042", "043"]
    assert (meeting.codes.plover_event, meeting.codes.plover_mode) == ("CONSULT", "visit")
    assert invitation.status == "invited"
    assert invitation.codes.cameo == ["036"]
    assert invitation.codes.plover_event == "AGREE"


@pytest.mark.vcr
def test_quote_not_in_article_is_reasked(settings: Settings, reference: Provider) -> None:
    """A name the article does not contain is sent back; the second answer is accepted."""
    result = scripted(reference, settings, PERSIAN, ("wrong", wrong_name))
    assert result.meta.attempts == 2
    assert result.visits[0].participants[0].name.text == "ایگور بابوشکین"
    assert result.visits[0].grounded
    assert result.meta.usage.total_tokens > 0


@pytest.mark.vcr
def test_invalid_country_is_reasked(settings: Settings, reference: Provider) -> None:
    """A country that is no country is sent back to the model."""
    result = scripted(reference, settings, PERSIAN, ("wrong", wrong_country))
    assert result.meta.attempts == 2
    assert result.visits[0].participants[0].country == "RUS"


@pytest.mark.vcr
def test_alpha2_country_is_normalized_not_reasked(settings: Settings, reference: Provider) -> None:
    """An alpha-2 code is normalized by visitx without asking the model again."""
    result = scripted(reference, settings, PERSIAN, ("wrong", alpha2_country))
    assert result.meta.attempts == 1
    assert result.visits[0].participants[0].country == "RUS"


@pytest.mark.vcr
def test_value_still_wrong_after_reasks_is_flagged(
    settings: Settings, reference: Provider
) -> None:
    """After the re-ask budget, the unfixable value is kept with match null and a warning."""
    wrong_twice = (("wrong", wrong_name), ("wrong", wrong_name))
    result = scripted(reference, settings.replace(max_reasks=1), PERSIAN, *wrong_twice)
    assert result.meta.attempts == 2
    name = result.visits[0].participants[0].name
    assert (name.text, name.start, name.match) == ("Igor Babushkin", None, None)
    assert result.visits[0].grounded is False
    assert result.visits[1].grounded is True
    assert any("Igor Babushkin" in w for w in result.meta.warnings)


@pytest.mark.vcr
def test_output_that_never_fits_raises_extraction_error(
    settings: Settings, reference: Provider
) -> None:
    """Text that is not JSON, every time, ends in ExtractionError carrying the raw output."""
    reference.script("garbage", "garbage")
    text, _ = load_article(GERMAN)
    with pytest.raises(visitx.ExtractionError) as info:
        visitx.extract(text, settings=settings.replace(max_reasks=1, mode="json"))
    assert info.value.raw_output == "I am sorry, I cannot help with that."
    assert info.value.errors
    assert "VISITX_MODE" in str(info.value)


@pytest.mark.vcr
def test_rate_limit_then_success(settings: Settings, reference: Provider) -> None:
    """A 429 is retried by the transport layer and does not count as an attempt."""
    result = scripted(reference, settings, GERMAN, "429")
    assert result.meta.attempts == 1
    assert result.visits


@pytest.mark.vcr
def test_server_errors_until_budget_end_in_provider_error(
    settings: Settings, reference: Provider
) -> None:
    """500 on every try: after max_retries the caller gets a ProviderError with the status."""
    reference.script("500", "500", "500")
    text, _ = load_article(GERMAN)
    with pytest.raises(visitx.ProviderError) as info:
        visitx.extract(text, settings=settings.replace(max_retries=2))
    assert info.value.status_code == 500
    assert "failing on purpose" in str(info.value)


@pytest.mark.vcr
def test_cache_hit_makes_no_http_call(settings: Settings) -> None:
    """The second extraction of an article comes from the cache (the cassette holds one call)."""
    text, _ = load_article(GERMAN)
    first = visitx.extract(text, settings=settings, url="https://example.org/a")
    second = visitx.extract(text, settings=settings, url="https://example.org/b")
    assert (first.meta.cached, second.meta.cached) == (False, True)
    assert second.visits == first.visits
    assert second.article.url == "https://example.org/b"


@pytest.mark.vcr
def test_article_with_template_syntax(settings: Settings, vcr: Any) -> None:
    """`{{ }}`, `{% %}` and a closing tag in the article reach the model verbatim."""
    text, entry = load_article("t01_en_template")
    result = visitx.extract(text, published=entry["published"], settings=settings)
    visit = result.visits[0]
    assert [p.name.text for p in visit.participants] == ["Levan Davitashvili", "Jamshid Khodjaev"]
    assert visit.date is not None
    assert visit.date.start == "2024-03-12"
    sent = json.loads(vcr.requests[0].body)
    user = sent["messages"][1]["content"]
    assert "{{ author_name }}" in user
    assert "{% if premium %}" in user
    assert "</article> {% endraw %}" in user


@pytest.mark.vcr
@pytest.mark.parametrize("mode", ["tools", "json_schema", "json", "md_json"])
def test_each_mode(mode: str, settings: Settings, reference: Provider) -> None:
    """Every schema mode yields the same record for the same reference answer."""
    text, _ = load_article(GERMAN)
    result = visitx.extract(text, settings=settings.replace(mode=mode))
    assert facts(result.visits) == EXPECTED[GERMAN]


@pytest.mark.vcr
def test_auto_mode_falls_back_to_json_when_json_schema_is_rejected(
    settings: Settings, reference: Provider
) -> None:
    """A server that rejects response_format json_schema is asked again in JSON mode."""
    reference.script("reject_json_schema")
    text, _ = load_article(GERMAN)
    extractor = visitx.Extractor(settings)
    result = extractor.extract(text)
    assert result.visits
    assert extractor.provider.mode() == "json"


@pytest.mark.vcr
async def test_aextract(settings: Settings) -> None:
    """aextract returns the same record as extract."""
    text, _ = load_article(GERMAN)
    result = await visitx.aextract(text, settings=settings)
    assert facts(result.visits) == EXPECTED[GERMAN]


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        pytest.param(lambda: __import__("openai").OpenAI(api_key="k"), "tools", id="openai"),
        pytest.param(
            lambda: __import__("openai").AzureOpenAI(
                api_key="k", api_version="2024-10-21", azure_endpoint="https://x.openai.azure.com"
            ),
            "tools",
            id="azure",
        ),
        pytest.param(
            lambda: __import__("openai").OpenAI(api_key="k", base_url="http://localhost:11434/v1"),
            "json_schema",
            id="ollama",
        ),
    ],
)
def test_auto_mode_picks_tools_on_openai_and_json_schema_elsewhere(
    make: Any, expected: str, settings: Settings
) -> None:
    """auto: tool calling on OpenAI and Azure, response_format json_schema on other servers."""
    extractor = visitx.Extractor(settings, client=make())
    assert extractor.provider.mode() == expected
