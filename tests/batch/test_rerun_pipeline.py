"""The re-run helper takes its next window before the last is read back."""

from __future__ import annotations

from typing import Any

import visitx
from visitx import Extraction, Extractor, Settings
from visitx.batch import hits
from visitx.batch.hitcopies import short
from visitx.batch.hitproc import Helper
from visitx.batch.plan import Plan
from visitx.core.models import Article as ArticleRecord

from conftest import comparable, seeds

NEW = "Heavy rain is expected in the north on Sunday, with snow on the higher ground."


def test_windows_sent_ahead_are_answered_in_turn(cached: Settings) -> None:
    """Two windows sent before either is read come back in order, as resolved here."""
    visitx.extract_many(seeds(), settings=cached, progress=False, concurrency=4)
    ex = Extractor(cached)
    plan = Plan(cached, prompt_version=ex.prompt.version)
    spec = hits.spec_of(ex, True, plan)
    mode = ex.provider.mode()
    first: list[tuple[Any, ...]] = list(enumerate(seeds()[:2]))
    second: list[tuple[Any, ...]] = [(i + 2, a) for i, a in enumerate(seeds()[2:])]
    helper = Helper(spec)
    try:
        helper.send(mode, first, [])
        helper.send(mode, second, [])
        there = [helper.receive(len(first))[0], helper.receive(len(second))[0]]
    finally:
        helper.close()
    local = hits.Resolver(spec)
    here = [local.resolve(mode, first), local.resolve(mode, second)]
    local.close()
    plan.close()
    ex.close()
    assert [len(answers) for answers in there] == [2, 3]
    assert all(answer is not None for answers in there for answer in answers)
    assert [[comparable(Extraction.model_validate_json(a)) for a in answers if a]
            for answers in there] == [
        [comparable(Extraction.model_validate_json(a)) for a in answers if a]
        for answers in here
    ]


def test_a_resolver_remembers_the_articles_it_left(cached: Settings) -> None:
    """An article a window leaves to the ordinary way is known to the same resolver's
    next window without the batch telling it (windows sent ahead)."""
    visitx.extract_many(seeds(), settings=cached, progress=False, concurrency=4)
    ex = Extractor(cached)
    plan = Plan(cached, prompt_version=ex.prompt.version)
    resolver = hits.Resolver(hits.spec_of(ex, True, plan))
    answers = resolver.resolve(ex.provider.mode(), [(0, seeds()[0]), (1, NEW)])
    passed = resolver.passed
    resolver.close()
    plan.close()
    ex.close()
    assert answers[0] is not None
    assert answers[1] is None
    assert passed is not None
    assert short(ArticleRecord.id_for(NEW)) in passed
