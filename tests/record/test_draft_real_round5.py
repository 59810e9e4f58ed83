"""What real weak models' drafts showed in round 5 (bench/README.md, "Drafts that cannot
fake a visit, round 5"), as offline examples.

The draft is SmolLM2-135M's answer on a real llama.cpp server (`visitx serve`), read from
`bench/real_drafts_round5.jsonl` (the first draft and the answer to visitx's re-ask); the
article is `r5_en_byline_headline` of `bench/real_drafts_round5_articles.jsonl`, written for
the probe; the expected values were checked by hand against it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import visitx
from visitx import Settings

from scripted_client import ScriptedClient

BENCH = Path(__file__).resolve().parents[2] / "bench"
SETTINGS = Settings(
    model="m", mode="json", cache=False, screen=False, strip_boilerplate=True, max_reasks=1
)
TEXT = (
    "Egypt's Sisi hosts Jordan's king in Cairo\n"
    "By Staff Reporter | Cairo Times | 14 March 2025\n"
    "Egyptian President Abdel Fattah al-Sisi received King Abdullah II of Jordan in Cairo on "
    "Thursday for talks on Gaza reconstruction.\n"
)


def _answers(model: str, article: str) -> list[dict[str, Any]]:
    """The model's answers for the article, in order, from the saved real drafts."""
    for line in (BENCH / "real_drafts_round5.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["model"] == model and row["article_id"] == article:
            return [json.loads(a["content"]) for a in row["answers"]]
    raise LookupError(article)


def test_smollm2_headline_and_a_name_as_evidence_code_nothing() -> None:
    """A headline quoted with words added, a name and a headline's piece as evidence, "King
    Abdullah II of Jordan" (found) as the only party: re-asked once, then two visits without
    codes or dates, the name located at 139 (42 + 48 + 49 characters before it)."""
    recorder = ScriptedClient(*_answers("SmolLM2-135M-Instruct.Q4_1", "r5_en_byline_headline"))
    result = visitx.extract(
        TEXT, settings=SETTINGS, client=recorder.client, language="en", published="2025-03-14"
    )
    assert len(recorder.bodies) == 2
    assert [v.codes.cameo for v in result.visits] == [[], []]
    assert [v.date for v in result.visits] == [None, None]
    name = result.visits[0].participants[0].name
    assert (name.text, name.start, name.match) == ("King Abdullah II of Jordan", 139, "exact")
    assert not any(v.grounded for v in result.visits)
