"""Drafts that cannot fake a visit (issue 22): checks, re-asks, and what a record keeps.

The bad drafts are in the shape the issue reports from Gemma-3-270M on llama.cpp: a visit
with no participants that still got codes, a `date_text` not in the article
("18/06/2014" for an article published 2024-06-18), evidence "1992" three times, and
summaries "1" and "visit". The article is written for these tests.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import visitx
from visitx import Settings
from visitx.core.models import Article
from visitx.record.build import build_visits
from visitx.record.draft import Draft, find_problems, visit_problems

from conftest import ROOT
from scripted_client import ScriptedClient

TEXT = (
    "ANKARA, 18 June 2024 – A delegation of the Veloria Chamber of Commerce led by its "
    "president Anna Keller visited the Ankara Chamber of Industry on Tuesday.\n"
    "Keller met the chamber's chairman Mehmet Aydın and discussed machinery exports, "
    "the chamber said. The chamber was founded in 1992."
)
PUBLISHED = "2024-06-18"
EVIDENCE = (
    "A delegation of the Veloria Chamber of Commerce led by its president Anna Keller "
    "visited the Ankara Chamber of Industry on Tuesday."
)
GOOD: dict[str, Any] = {
    "language": "en",
    "visits": [
        {
            "evidence": [EVIDENCE],
            "type": "visit",
            "status": "occurred",
            "summary": "Anna Keller of the Veloria Chamber of Commerce visited the Ankara "
            "Chamber of Industry.",
            "participants": [
                {"role": "visitor", "kind": "person", "name": "Anna Keller"},
                {"role": "host", "kind": "person", "name": "Mehmet Aydın"},
            ],
            "date_text": "18 June 2024",
        }
    ],
}


def _draft(**changes: Any) -> Draft:
    visit = {**GOOD["visits"][0], **changes}
    return Draft.model_validate({"language": "en", "visits": [visit]})


def _build(draft: Draft) -> tuple[Any, list[str]]:
    article = Article(id=Article.id_for(TEXT), text=TEXT, language="en", published=PUBLISHED)
    visits, warnings = build_visits(draft, article)
    return visits[0], warnings


# -- what the model is asked to fix -------------------------------------------------------


def test_good_draft_has_no_problems() -> None:
    """The hand-checked draft of the test article passes every check."""
    assert list(find_problems(_draft(), TEXT, language="en")) == []


def test_repeated_number_evidence_is_two_problems() -> None:
    """Evidence "1992" three times: not a sentence, and two repeats."""
    problems = list(visit_problems("visits[0]", _draft(evidence=["1992"] * 3).visits[0]))
    assert problems[0].startswith("visits[0].evidence[0] = '1992' is not a sentence")
    assert [p.split(" repeats ")[0] for p in problems[1:]] == [
        "visits[0].evidence[1]",
        "visits[0].evidence[2]",
    ]


@pytest.mark.parametrize("summary", ["1", "visit"])
def test_one_word_summary_is_a_problem(summary: str) -> None:
    """Summaries "1" and "visit" are not summaries."""
    (problem,) = visit_problems("visits[0]", _draft(summary=summary).visits[0])
    assert problem.startswith(f"visits[0].summary = {summary!r} is not a summary")


def test_visit_without_participants_is_a_problem() -> None:
    """A visit with no participants is re-asked with a message that says so."""
    (problem,) = visit_problems("visits[0]", _draft(participants=[]).visits[0])
    assert problem.startswith("visits[0] has no participants")


def test_date_text_not_in_the_article_is_a_problem() -> None:
    """ "18/06/2014" is not in the article: the model is told to copy or omit it."""
    (problem,) = find_problems(_draft(date_text="18/06/2014"), TEXT, language="en")
    assert problem.startswith("visits[0].date_text = '18/06/2014' is not in the article")


def _reference_visits() -> list[tuple[str, int, Any]]:
    cases = []
    for folder in ("examples/articles/drafts", "tests/fixtures/articles/drafts"):
        for path in sorted((ROOT / folder).glob("*.json")):
            draft = Draft.model_validate_json(path.read_text(encoding="utf-8"))
            cases += [(path.stem, i, v) for i, v in enumerate(draft.visits)]
    return cases


@pytest.mark.parametrize(("stem", "index", "visit"), _reference_visits())
def test_reference_drafts_pass_the_new_checks(stem: str, index: int, visit: Any) -> None:
    """Every visit of the hand-checked reference drafts (real visits) passes unchanged."""
    assert list(visit_problems(f"{stem}.visits[{index}]", visit)) == []


# -- what a draft that used up its re-asks becomes ----------------------------------------


def test_visit_without_participants_gets_no_codes() -> None:
    """No participant: no CAMEO/PLOVER codes, not grounded, and a warning says why."""
    visit, warnings = _build(_draft(participants=[]))
    assert (visit.codes.cameo, visit.codes.plover_event, visit.codes.plover_mode) == (
        [],
        None,
        None,
    )
    assert visit.grounded is False
    assert any("no participant is named in the article" in w for w in warnings)


def test_participants_not_in_the_article_give_no_codes() -> None:
    """Participants whose names are not in the article do not earn codes either."""
    invented = [{"role": "visitor", "kind": "person", "name": "Recep Tayyip Erdoğan"}]
    visit, _ = _build(_draft(participants=invented))
    assert visit.codes.cameo == []


def test_grounded_participant_gets_the_codes() -> None:
    """The hand-checked draft: an occurred visit gets 042/043, CONSULT, visit."""
    visit, warnings = _build(_draft())
    assert (visit.codes.cameo, visit.codes.plover_event) == (["042", "043"], "CONSULT")
    assert visit.grounded is True
    assert warnings == []


def test_date_text_not_in_the_article_gives_no_date() -> None:
    """ "18/06/2014" (not in the article): `date` is null and one warning names the text
    and says what follows."""
    visit, warnings = _build(_draft(date_text="18/06/2014"))
    assert visit.date is None
    assert [w for w in warnings if "18/06/2014" in w] == [
        "visits[0].date_text: '18/06/2014' was not found in the article, so the visit has "
        "no date"
    ]


def test_grounded_date_text_is_computed() -> None:
    """ "18 June 2024", in the article, is 2024-06-18."""
    visit, _ = _build(_draft())
    assert (visit.date.start, visit.date.end) == ("2024-06-18", "2024-06-18")


def test_grounded_date_text_that_is_no_date_keeps_its_text_only() -> None:
    """ "Ankara Chamber of Industry" is in the evidence but no date: text kept, no start/end,
    a warning."""
    visit, warnings = _build(_draft(date_text="Ankara Chamber of Industry"))
    assert visit.date is not None
    assert visit.date.text is not None
    assert (visit.date.text.text, visit.date.start, visit.date.end) == (
        "Ankara Chamber of Industry",
        None,
        None,
    )
    assert any("'Ankara Chamber of Industry' could not be read as a date" in w for w in warnings)


def test_repeated_evidence_is_dropped_and_number_evidence_is_flagged() -> None:
    """Evidence "1992" ×3 (in the article): one span kept, not grounded, warnings."""
    visit, warnings = _build(_draft(evidence=["1992"] * 3))
    assert [e.text for e in visit.evidence] == ["1992"]
    assert visit.grounded is False
    assert sum("repeats an earlier one" in w for w in warnings) == 2
    assert any("'1992' is not a sentence" in w for w in warnings)


def test_one_word_summary_is_flagged() -> None:
    """A summary "visit" is kept as given, with a warning, and the visit not grounded."""
    visit, warnings = _build(_draft(summary="visit"))
    assert visit.grounded is False
    assert any("summary: 'visit' is not a sentence" in w for w in warnings)


# -- the re-ask -----------------------------------------------------------------------------


SHELL: dict[str, Any] = {
    "language": "en",
    "visits": [
        {
            "evidence": ["1992", "1992", "1992"],
            "type": "visit",
            "status": "occurred",
            "summary": "1",
            "participants": [],
            "date_text": "18/06/2014",
        }
    ],
}


def test_shell_draft_is_reasked_naming_each_problem(tmp_path: Path) -> None:
    """The re-ask message names the missing participants, the evidence, summary and date."""
    scripted = ScriptedClient(SHELL, GOOD)
    settings = Settings(model="m", mode="json", cache=False, max_reasks=2)
    result = visitx.extract(TEXT, published=PUBLISHED, settings=settings, client=scripted.client)
    assert len(scripted.bodies) == 2
    reask = scripted.prompt(1)
    for expected in (
        "has no participants",
        "'1992' is not a sentence",
        "repeats evidence[0]",
        "'1' is not a summary",
        "'18/06/2014' is not in the article",
    ):
        assert expected in reask
    assert result.visits[0].codes.cameo == ["042", "043"]


def test_shell_draft_after_the_last_reask_is_flagged_not_coded() -> None:
    """A model that never fixes it: the record keeps the visit, uncoded, undated, flagged."""
    scripted = ScriptedClient(SHELL)
    settings = Settings(model="m", mode="json", cache=False, max_reasks=1)
    result = visitx.extract(TEXT, published=PUBLISHED, settings=settings, client=scripted.client)
    (visit,) = result.visits
    assert visit.codes.cameo == []
    assert visit.grounded is False
    assert visit.date is None  # its text is not in the article
    assert [e.text for e in visit.evidence] == ["1992"]
    warnings = "\n".join(result.meta.warnings)
    assert "still had problems after 1 re-ask" in warnings
    assert "no participant is named in the article" in warnings


def test_repeated_evidence_is_located_once() -> None:
    """A sentence given twice (not in the article) is flagged once and kept once."""
    invented = "The minister of Veloria opened a new consulate in Izmir."
    visit, warnings = _build(_draft(evidence=[EVIDENCE, invented, invented]))
    assert [e.text for e in visit.evidence] == [EVIDENCE, invented]
    assert sum("was not found in the article" in w for w in warnings) == 1


# -- found by the acceptance audit of issue 22 (cases written for the audit) -----------------

PART = "A delegation of the Veloria Chamber of Commerce led by its president Anna Keller"


def test_evidence_inside_an_earlier_one_is_a_problem() -> None:
    """Evidence that is a part of an earlier evidence sentence is re-asked as a repeat."""
    (problem,) = visit_problems("visits[0]", _draft(evidence=[EVIDENCE, PART]).visits[0])
    assert problem.startswith("visits[0].evidence[1] repeats evidence[0]")


def test_evidence_inside_an_earlier_one_is_dropped() -> None:
    """A part of an evidence span already kept is dropped with a warning (main kept both)."""
    visit, warnings = _build(_draft(evidence=[EVIDENCE, PART]))
    assert [e.text for e in visit.evidence] == [EVIDENCE]
    assert warnings == ["visits[0].evidence[1] repeats an earlier one; dropped"]


def test_participant_named_by_a_dash_is_no_participant() -> None:
    """A participant "-" (found beside the article's dash) is re-asked and earns no codes."""
    dash = _draft(participants=[{"role": "visitor", "kind": "person", "name": "-"}])
    (problem,) = visit_problems("visits[0]", dash.visits[0])
    assert problem.startswith("visits[0] has no participants")
    visit, warnings = _build(dash)
    assert visit.codes.cameo == []
    assert any("no participant is named in the article" in w for w in warnings)


# -- names that name no one, summaries of one word repeated (audit of issue 22) --------------
# The audit's cases: participants "A", "the", "delegation" (all in TEXT), summary
# "visit visit visit".

GENERIC = [
    {"role": "visitor", "kind": "group", "name": "delegation"},
    {"role": "host", "kind": "person", "name": "the"},
    {"role": "visitor", "kind": "person", "name": "A"},
]


def test_generic_participants_are_a_problem() -> None:
    """Participants "delegation", "the", "A" are re-asked: the visit names no one."""
    (problem,) = visit_problems("visits[0]", _draft(participants=GENERIC).visits[0])
    assert problem.startswith(
        "visits[0] names no one: the participants 'delegation', 'the', 'A' are only generic"
    )


def test_generic_participants_get_no_codes() -> None:
    """Found in the article but generic: no CAMEO/PLOVER codes, not grounded, a warning."""
    visit, warnings = _build(_draft(participants=GENERIC))
    assert (visit.codes.cameo, visit.codes.plover_event) == ([], None)
    assert visit.grounded is False
    assert warnings == [
        "visits[0]: no participant is named in the article (only generic words: "
        "'delegation', 'the', 'A'); no CAMEO/PLOVER codes"
    ]


def test_one_generic_and_one_named_participant_get_the_codes() -> None:
    """A named participant beside a generic one is enough: 042/043 and no warning."""
    named = [GENERIC[0], {"role": "host", "kind": "person", "name": "Mehmet Aydın"}]
    visit, warnings = _build(_draft(participants=named))
    assert visit.codes.cameo == ["042", "043"]
    assert warnings == []


def test_organisation_with_a_name_keeps_the_codes() -> None:
    """ "Veloria Chamber of Commerce" (generic words with a name) keeps 042/043."""
    chamber = [{"role": "visitor", "kind": "organization", "name": "Veloria Chamber of Commerce"}]
    visit, _ = _build(_draft(participants=chamber))
    assert visit.codes.cameo == ["042", "043"]


def test_one_word_repeated_summary_is_a_problem() -> None:
    """A summary "visit visit visit" (15 letters, 3 words) is re-asked as one word repeated."""
    (problem,) = visit_problems("visits[0]", _draft(summary="visit visit visit").visits[0])
    assert problem.startswith(
        "visits[0].summary = 'visit visit visit' is not a summary (one word repeated)"
    )


def test_two_word_summary_is_a_problem() -> None:
    """ "Keller Keller visited" has two different words: fewer than three."""
    (problem,) = visit_problems("visits[0]", _draft(summary="Keller Keller visited").visits[0])
    assert "is not a summary (fewer than 3 different words)" in problem


def test_one_word_repeated_summary_is_flagged_in_the_record() -> None:
    """After the re-asks, "visit visit visit" is kept with a warning; the visit is not grounded."""
    visit, warnings = _build(_draft(summary="visit visit visit"))
    assert visit.grounded is False
    assert warnings == [
        "visits[0].summary: 'visit visit visit' is not a sentence (one word repeated)",
        "visits[0]: the summary is not a sentence; no CAMEO/PLOVER codes",
    ]


def test_chinese_summary_of_one_word_repeated_is_a_problem() -> None:
    """A summary in Chinese that repeats 代表团访问 (delegation visit) three times is re-asked."""
    draft = _draft(summary="代表团访问代表团访问代表团访问")
    (problem,) = visit_problems("visits[0]", draft.visits[0])
    assert "is not a summary (one word repeated)" in problem


SHELL_NAMES: dict[str, Any] = {
    "language": "en",
    "visits": [{**GOOD["visits"][0], "participants": GENERIC, "summary": "visit visit visit"}],
}


def test_generic_draft_is_reasked_naming_each_problem() -> None:
    """The re-ask names the generic participants and the repeated-word summary."""
    scripted = ScriptedClient(SHELL_NAMES, GOOD)
    settings = Settings(model="m", mode="json", cache=False, max_reasks=2)
    result = visitx.extract(TEXT, published=PUBLISHED, settings=settings, client=scripted.client)
    assert len(scripted.bodies) == 2
    reask = scripted.prompt(1)
    assert "names no one: the participants 'delegation', 'the', 'A'" in reask
    assert "'visit visit visit' is not a summary (one word repeated)" in reask
    assert result.visits[0].codes.cameo == ["042", "043"]


def test_generic_draft_after_the_last_reask_says_what_could_not_be_checked() -> None:
    """A model that never fixes it: no codes, and meta.warnings names both problems."""
    scripted = ScriptedClient(SHELL_NAMES)
    settings = Settings(model="m", mode="json", cache=False, max_reasks=1)
    result = visitx.extract(TEXT, published=PUBLISHED, settings=settings, client=scripted.client)
    (visit,) = result.visits
    assert (visit.codes.cameo, visit.grounded) == ([], False)
    warnings = "\n".join(result.meta.warnings)
    assert "still had problems after 1 re-ask" in warnings
    assert "only generic words: 'delegation', 'the', 'A'" in warnings
    assert "'visit visit visit' is not a sentence (one word repeated)" in warnings
