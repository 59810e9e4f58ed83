"""The re-run helper's reads through memory maps (`Resolver(spec, mapped=...)`)."""

from __future__ import annotations

from typing import Any

import visitx
from visitx import Extraction, Extractor, Settings
from visitx.batch import hits
from visitx.batch.plan import Plan
from visitx.core.models import Article as ArticleRecord

from conftest import comparable, seeds


def test_a_mapped_resolver_answers_as_an_unmapped_one(cached: Settings) -> None:
    """With near-copies on, reading through memory maps answers the same records."""
    visitx.extract_many(seeds(), settings=cached, progress=False, concurrency=4)
    ex = Extractor(cached)
    plan = Plan(cached, prompt_version=ex.prompt.version)
    spec = hits.spec_of(ex, True, plan)
    mode = ex.provider.mode()
    ex.close()
    plan.close()
    items: list[tuple[Any, ...]] = [(i, a, ArticleRecord.id_for(a.text))
                                    for i, a in enumerate(seeds())]
    answers = []
    for mapped in (0, 1 << 24):
        resolver = hits.Resolver(spec, mapped=mapped)
        try:
            answers.append(resolver.resolve(mode, items))
        finally:
            resolver.close()
    plain, mapped_answers = answers
    assert all(answer is not None for answer in mapped_answers)
    assert [comparable(Extraction.model_validate_json(a)) for a in mapped_answers if a] == [
        comparable(Extraction.model_validate_json(a)) for a in plain if a
    ]
