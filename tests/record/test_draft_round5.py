"""Drafts that fake a visit, round 5: hand-written adversarial drafts against articles
written blind for the probe (`bench/drafts_round5_cases.json`,
`bench/real_drafts_round5_articles.jsonl`; `bench/probe_drafts_round5.py`). Each case
names the probe case it comes from; every expected value is read off the article by hand.
"""

from __future__ import annotations

from typing import Any

import pytest

from visitx.core.models import Article, Visit
from visitx.record.build import build_visits
from visitx.record.demonyms import demonym_countries, words_before
from visitx.record.draft import Draft, find_problems
from visitx.record.names import is_name_like
from visitx.record.unmet import cancelled_cue, engagement_cue

POLAND = (
    "Polish President Andrzej Duda has called off a planned trip to Lisbon because of the "
    "storm that hit southern Poland, his office said.\n"
    "Duda had been due to meet Portuguese President Marcelo Rebelo de Sousa on Thursday.\n"
)
OIL = (
    "Brent crude rose 1.2 percent to $71.40 a barrel on Wednesday after OPEC+ said it would "
    "keep output cuts in place until April.\n"
    "Analysts at Commerzbank said demand in China remained the main uncertainty for the "
    "second quarter.\n"
)
KAZAKH = (
    "Kazakh Foreign Minister Murat Nurtleu held talks in Budapest on Thursday with Hungarian "
    "Foreign Minister Peter Szijjarto.\n"
    "The ministers discussed uranium supplies and a new direct flight between Astana and "
    "Budapest.\n"
)
KAZAKH_FIRST = KAZAKH.splitlines()[0]


def _visit(evidence: list[str], people: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    return {"evidence": evidence, "type": "visit", "status": "occurred",
            "summary": "The two ministers met for talks.", "participants": people,
            "date_text": None} | fields  # fmt: skip


def _person(name: str, role: str, country: str | None, kind: str = "person") -> dict[str, Any]:
    return {"role": role, "kind": kind, "name": name, "country": country}


def _build(text: str, *visits: dict[str, Any], published: str = "2025-04-11"
           ) -> tuple[list[Visit], list[str]]:  # fmt: skip
    draft = Draft.model_validate({"language": "en", "visits": list(visits)})
    article = Article(id=Article.id_for(text), text=text, language="en", published=published)
    return build_visits(draft, article)


# -- a visit given as planned or invited that was called off (probe p03, t03, v04, x03) -------


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        (POLAND.splitlines()[0], "called off"),
        (POLAND.splitlines()[1], "had been due to"),  # a plan in the past perfect
        # probe v04: "postponed indefinitely"
        ("A visit to Seoul by Indonesian Defence Minister Sjafrie Sjamsoeddin has been "
         "postponed indefinitely, a South Korean defence official said.", "postpon"),
        # probe x03
        ("Chinese President Xi Jinping is no longer expected in Ulaanbaatar this summer.",
         "no longer expected"),
        # probe f07, French "a annulé"
        ("Le ministre algérien Ahmed Attaf a annulé sa visite prévue à Madrid.", "a annule"),
        # a new date after the postponement: the visit is planned again
        ("The visit was postponed and will take place in March.", None),
        ("Ruto will visit Hanoi next month.", None),
    ],
)
def test_cancelled_cue(sentence: str, cue: str | None) -> None:
    """The phrase that says a planned visit will not take place, folded; None otherwise."""
    assert cancelled_cue(sentence) == cue


@pytest.mark.parametrize("status", ["planned", "invited"])
def test_a_planned_visit_that_was_called_off_gets_no_codes(status: str) -> None:
    """Probe p03/t03: every evidence sentence says the trip was called off: no 036, a warning
    and a re-ask that asks for status 'cancelled'."""
    people = [_person("Andrzej Duda", "visitor", "POL"),
              _person("Marcelo Rebelo de Sousa", "host", "PRT")]  # fmt: skip
    visit = _visit(POLAND.splitlines(), people, status=status)
    (built,), warnings = _build(POLAND, visit, published="2024-11-14")
    assert built.codes.cameo == []
    assert (
        "visits[0]: the visit is given as planned or invited, but its evidence says it was "
        "called off or will not take place; no CAMEO/PLOVER codes"
    ) in warnings
    draft = Draft.model_validate({"language": "en", "visits": [visit]})
    assert any(
        p.startswith(f"visits[0].status = '{status}', but its evidence says 'called off'")
        for p in find_problems(draft, POLAND, language="en")
    )


def test_a_cancelled_visit_given_as_occurred_gets_no_codes() -> None:
    """Probe p02: "has called off" and "had been due to meet": neither reports a visit
    made, so 'occurred' earns no 042/043 (before, the second sentence kept them)."""
    people = [_person("Andrzej Duda", "visitor", "POL"),
              _person("Marcelo Rebelo de Sousa", "host", "PRT")]  # fmt: skip
    (built,), _ = _build(POLAND, _visit(POLAND.splitlines(), people), published="2024-11-14")
    assert built.codes.cameo == []


# -- evidence that reports no engagement (probe o01, o02, zh03, ar04, t06) ---------------------


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        (OIL.splitlines()[1], None),
        (OIL.splitlines()[0], None),
        ("Visitors from abroad made up almost half of the total, the museum said.", None),
        ("国家统计局1月17日发布数据，2024年中国国内生产总值同比增长5.0%。", None),
        (KAZAKH_FIRST, "talks"),
        ("The ministers discussed uranium supplies.", "discuss"),
        # the gold set's sentences of an invitation, a session, a meeting to come
        ("Philippe Marchand a été invité à se rendre à Kigali en octobre.", "invit"),
        ("Следующее заседание совета пройдет в Минске в апреле 2024 года.", "заседани"),
        ("В четверг вьетнамские гости встретятся с руководством Красноярского края.", "встрет"),
        ("토시풀라토프 부지사는 창원시 대표단을 초청했다.", "대표단"),
        ("وقدّم رئيس الوفد الماليزي دعوة لأمين منطقة القصيم لزيارة ماليزيا.", "الوفد"),
    ],
)
def test_engagement_cue(sentence: str, cue: str | None) -> None:
    """The first word that reports a visit, meeting, talks or call, folded; None for none."""
    assert engagement_cue(sentence) == cue


def test_an_oil_report_given_as_a_visit_gets_no_codes() -> None:
    """Probe o01: OPEC+ 'visited' China by a sentence about demand: the parties are the
    article's words, the visit is not."""
    people = [_person("OPEC+", "visitor", None, "organization"),
              _person("China", "host", "CHN", "group")]  # fmt: skip
    (built,), warnings = _build(OIL, _visit([OIL.splitlines()[1]], people),
                                published="2025-03-05")  # fmt: skip
    assert built.codes.cameo == []
    assert (
        "visits[0]: its evidence reports no visit, meeting, talks or call; no CAMEO/PLOVER codes"
    ) in warnings


def test_talks_reported_keep_their_codes() -> None:
    """Probe k01, the right draft: 042/043 and the date of "on Thursday" (2025-04-10)."""
    people = [_person("Murat Nurtleu", "visitor", "KAZ"),
              _person("Peter Szijjarto", "host", "HUN")]  # fmt: skip
    (built,), warnings = _build(KAZAKH, _visit([KAZAKH_FIRST], people, date_text="Thursday"))
    assert built.codes.cameo == ["042", "043"]
    assert built.date is not None
    assert built.date.start == "2025-04-10"
    assert warnings == []


# -- a country code against the article's words (probe k06, k07, i08, t04, t05) ---------------


def test_words_before_stop_at_a_function_word() -> None:
    """Up to four words back to punctuation or a function word."""
    text = "В четверг вьетнамские гости встретятся с руководством Красноярского края."
    assert words_before(text, text.index("руководством")) == ""
    assert words_before(KAZAKH_FIRST, KAZAKH_FIRST.index("Peter")) == "Hungarian Foreign Minister"
    assert words_before(KAZAKH_FIRST, 0) == ""


def test_arabic_demonyms_with_the_article() -> None:
    """"السعودي" (the Saudi) and "والروسي" (and the Russian) are demonyms with clitics."""
    assert demonym_countries(["وزير الخارجية السعودي"]) == {"SAU"}
    assert demonym_countries(["والروسي"]) == {"RUS"}


def test_countries_swapped_against_the_titles_before_the_names() -> None:
    """Probe k06: "Kazakh Foreign Minister Murat Nurtleu" given HUN and "Hungarian Foreign
    Minister Peter Szijjarto" given KAZ: both null, with warnings; the codes stay."""
    people = [_person("Murat Nurtleu", "visitor", "HUN"),
              _person("Peter Szijjarto", "host", "KAZ")]  # fmt: skip
    (built,), warnings = _build(KAZAKH, _visit([KAZAKH_FIRST], people))
    assert [p.country for p in built.participants] == [None, None]
    assert built.codes.cameo == ["042", "043"]
    assert (
        "visits[0].participants[0].country: 'HUN' is none of the countries its name, title or "
        "organisation names, or the words before its name in the article (KAZ); set to null"
    ) in warnings


def test_a_name_that_is_a_country() -> None:
    """Probe i08: host "Ghana" given NGA: null."""
    text = ("Indian Prime Minister Narendra Modi will travel to Ghana next month, the Ministry "
            "of External Affairs said on Monday.\n")  # fmt: skip
    people = [_person("Narendra Modi", "visitor", "IND"), _person("Ghana", "host", "NGA", "group")]
    (built,), _ = _build(text, _visit(text.splitlines(), people, status="planned"),
                         published="2025-06-03")  # fmt: skip
    assert [p.country for p in built.participants] == ["IND", None]
    assert built.codes.cameo == ["036"]


def test_the_other_sides_demonym_before_a_preposition_does_not_count() -> None:
    """The gold draft w13: "вьетнамские гости встретятся с руководством Красноярского края",
    the host given RUS: it stands."""
    text = "В четверг вьетнамские гости встретятся с руководством Красноярского края.\n"
    people = [_person("вьетнамские гости", "visitor", "VNM", "group"),
              _person("руководством Красноярского края", "host", "RUS", "organization")]
    draft = {"language": "ru", "visits": [_visit([text.strip()], people, status="planned")]}
    article = Article(id=Article.id_for(text), text=text, language="ru", published="2024-05-06")
    (built,), _ = build_visits(Draft.model_validate(draft), article)
    assert [p.country for p in built.participants] == ["VNM", "RUS"]


# -- one visit twice, one participant twice (probe k09, k25) ----------------------------------


def test_one_visit_with_the_roles_swapped_is_dropped() -> None:
    """Probe k09: the same sentence and parties, roles swapped, one date text left out."""
    first = _visit([KAZAKH_FIRST], [_person("Murat Nurtleu", "visitor", "KAZ"),
                                    _person("Peter Szijjarto", "host", "HUN")],
                   date_text="Thursday")  # fmt: skip
    second = _visit(KAZAKH.splitlines(), [_person("Peter Szijjarto", "host", "HUN"),
                                          _person("Murat Nurtleu", "visitor", "KAZ")])
    visits, warnings = _build(KAZAKH, first, second)
    assert len(visits) == 1
    assert "the draft's visits[1] repeats its visits[0]; dropped" in warnings


def test_two_meetings_of_one_pair_on_two_days_stay_two() -> None:
    """"met … on Monday and again on Wednesday": one sentence, the same parties, two date
    texts: two visits (2025-04-07 and 2025-04-09, told on Friday 2025-04-11)."""
    text = "Murat Nurtleu met Peter Szijjarto in Budapest on Monday and again on Wednesday.\n"
    people = [_person("Murat Nurtleu", "visitor", "KAZ"), _person("Peter Szijjarto", "host", "HUN")]
    visits, _ = _build(text, _visit([text.strip()], people, date_text="Monday"),
                       _visit([text.strip()], people, date_text="Wednesday"))  # fmt: skip
    assert [v.date.start if v.date else None for v in visits] == ["2025-04-07", "2025-04-09"]


def test_a_participant_given_eight_times_is_kept_once() -> None:
    """Probe k25: one visitor eight times and the host: two participants, seven warnings."""
    people = [_person("Murat Nurtleu", "visitor", "KAZ")] * 8 + [
        _person("Peter Szijjarto", "host", "HUN")
    ]
    (built,), warnings = _build(KAZAKH, _visit([KAZAKH_FIRST], people))
    assert [p.name.text for p in built.participants] == ["Murat Nurtleu", "Peter Szijjarto"]
    assert [w for w in warnings if "repeats an earlier one" in w] == [
        f"visits[0].participants[{j}] repeats an earlier one; dropped" for j in range(1, 8)
    ]


# -- parties that name no one (probe t01, t02, zh02) ------------------------------------------


@pytest.mark.parametrize(
    ("name", "named"),
    [
        ("Thursday", False),
        ("Sources close to the talks", False),
        ("the airport", False),
        ("国家主席", False),  # "state president", a bare title
        ("机场", False),  # "airport"
        ("Friday Mensah", True),  # a given name beside the day's
        ("中国国家主席", True),  # China's president: 中国 names the side
        ("Capital Group", True),
    ],
)
def test_date_words_sources_and_airports_name_no_one(name: str, named: bool) -> None:
    """The words of `tables/participant_words.txt` added for round 5."""
    assert is_name_like(name) is named


# -- an agreement still to be signed (probe es02) ---------------------------------------------


def test_an_agreement_to_be_signed_earns_no_057() -> None:
    """Probe es02: "firmarán acuerdos" (they will sign) given as signed: 042/043, no 057."""
    text = ("El presidente de Colombia, Gustavo Petro, llegó este lunes a Pekín en visita de "
            "Estado.\nAmbos mandatarios firmarán acuerdos de cooperación en infraestructura.\n")
    people = [_person("Gustavo Petro", "visitor", "COL"), _person("Pekín", "host", "CHN")]
    agreement = {"kind": "other", "text": "acuerdos de cooperación en infraestructura",
                 "status": "signed", "parties": []}  # fmt: skip
    (built,), _ = _build(text, _visit(text.splitlines(), people, agreements=[agreement]),
                         published="2025-04-08")  # fmt: skip
    assert built.codes.cameo == ["042", "043"]
