"""Build one visit of a hand-written draft against a short article (the draft rounds' tests):
`person` writes a participant, `build_one` fills the visit's type, status and summary and
returns the record's visits and warnings."""

from __future__ import annotations

from typing import Any

from visitx.core.models import Article, Visit
from visitx.record.build import build_visits
from visitx.record.draft import Draft


def person(name: str, role: str, country: str | None) -> dict[str, Any]:
    return {"role": role, "kind": "person", "name": name, "country": country}


def build_one(
    text: str, language: str, published: str, visit: dict[str, Any]
) -> tuple[list[Visit], list[str]]:
    full = {"type": "visit", "status": "occurred", "summary": "The two officials met for talks."}
    draft = Draft.model_validate({"language": language, "visits": [full | visit]})
    article = Article(id=Article.id_for(text), text=text, language=language, published=published)
    return build_visits(draft, article)
