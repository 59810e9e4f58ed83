"""One check for the unmet-phrase tests (tests/record/test_unmet_*.py): a sentence as the
only evidence of a visit the draft gives as occurred keeps or loses its codes."""

from __future__ import annotations

from visitx.core.models import Article
from visitx.record.build import build_visits
from visitx.record.draft import Draft, find_problems

UNMET = "the visit is given as occurred, but its evidence says it did not take place"


def check_occurred_visit(language: str, sentence: str, visitor: str, cue: str | None) -> None:
    """Coded (042, 043) and not re-asked when `cue` is None; else no codes, the warning and
    a re-ask that names `cue`."""
    visit = {
        "evidence": [sentence],
        "type": "visit",
        "status": "occurred",
        "summary": "The visitor travelled abroad for official talks.",
        "participants": [{"role": "visitor", "kind": "person", "name": visitor}],
    }
    draft = Draft.model_validate({"language": language, "visits": [visit]})
    article = Article(
        id=Article.id_for(sentence), text=sentence, language=language, published="2025-06-12"
    )
    (built,), warnings = build_visits(draft, article)
    reasked = [
        p
        for p in find_problems(draft, sentence, language=language)
        if p.startswith("visits[0].status = 'occurred', but its evidence says")
    ]
    if cue is None:
        assert built.codes.cameo == ["042", "043"]
        assert not any(UNMET in w for w in warnings)
        assert reasked == []
    else:
        assert built.codes.cameo == []
        assert any(UNMET in w for w in warnings)
        assert reasked == [
            f"visits[0].status = 'occurred', but its evidence says {cue!r}. Give the status "
            "the article gives (planned, invited or cancelled), or leave out a visit that did "
            "not take place."
        ]
