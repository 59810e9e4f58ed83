"""Drafts round 19: a report's date (a wire dateline, "the ministry said on Friday") or a
visit yet to come given as the visit's date, a byline's name or the prompt's own example
given as a participant with a country, a byline's correspondent given as the guest, a
question or an author's note as evidence, a denied, hypothetical or called-off visit, and
virtual meetings in Portuguese and Spanish (`bench/drafts_round19_cases.json`, written
blind; `bench/probe_drafts_round19.py`). Each test names its probe case (the `id` in that
file); every expected value is read off the article by hand (weekdays checked on a
calendar).
"""

from __future__ import annotations

import pytest
from draft_build import build_one, person

from visitx.core.models import Span
from visitx.dates.parse import parse_date
from visitx.record.captions import line_kind
from visitx.record.context import evidence_problem
from visitx.record.initials import organisation_initials
from visitx.record.otherdates import another_moment
from visitx.record.unmet import NOT_OCCURRED, call_cue, cancelled_cue, unmet_cue

TINUBU = (
    "ABUJA, June 10 (Reuters) - Nigeria's President Bola Tinubu said on Tuesday that his "
    "visit to Brazil last week had opened new markets for Nigerian farmers. Tinubu met "
    "Brazilian President Luiz Inacio Lula da Silva in Brasilia, officials said."
)
JAISHANKAR = (
    "By Staff Reporter\nNEW DELHI: External Affairs Minister S. Jaishankar will travel to "
    "Japan next week for the strategic dialogue, the ministry said on Friday."
)
BORIC = (
    "El presidente de Chile, Gabriel Boric, se reunió este jueves en La Paz con su homólogo "
    "boliviano, Luis Arce. Arce visitará Santiago en octubre, anunciaron ambos mandatarios."
)
SUGIONO = (
    "JAKARTA, Feb 6 (Reuters) - Indonesian Foreign Minister Sugiono met his Australian "
    "counterpart Penny Wong in Jakarta on Tuesday, the ministry said on Thursday. They "
    "discussed maritime cooperation."
)
NAIROBI = (
    "Eine Delegation baden-württembergischer Unternehmer besuchte am Donnerstag Nairobi und "
    "traf Vertreter der kenianischen Handelskammer. Im Mittelpunkt standen Investitionen in "
    "erneuerbare Energien."
)
SISI = (
    "نشر في: 2025-01-20\nكتب: أحمد علي\nاستقبل الرئيس المصري عبد الفتاح السيسي، أمس الأحد، "
    "رئيس وزراء اليونان كيرياكوس ميتسوتاكيس في القاهرة. وتناولت المباحثات التعاون في مجال "
    "الطاقة والربط الكهربائي."
)
WANG = (
    "Por María López, corresponsal en Pekín\nEl ministro de Exteriores chino, Wang Yi, afirmó "
    "en una entrevista con este diario que las relaciones con España atraviesan su mejor "
    "momento. Wang recibió a la corresponsal en la sede del ministerio en Pekín."
)
MODI = (
    "Modi to visit Pakistan?\nIndia's foreign ministry on Friday said no visit by Prime "
    "Minister Narendra Modi to Islamabad was being considered, dismissing speculation in "
    "Pakistani media."
)
REED = (
    "About the author: John Reed is our Asia correspondent. He visited Pyongyang in 2018 with "
    "a delegation of foreign journalists.\nSeoul's stock market closed 1.2 percent higher on "
    "Wednesday, led by chipmakers."
)


def _sentence(text: str, start: str, end: str) -> str:
    """The article's sentence from `start` through `end` (verbatim)."""
    first = text.index(start)
    return text[first : text.index(end, first) + len(end)]


# -- the report's date given as the visit's -------------------------------------------------


def test_dateline_day_dates_the_report() -> None:
    """d19-dl-reuters: "June 10" of "ABUJA, June 10 (Reuters) -" dates the report; the
    visit ("last week") keeps its codes and gets no date rather than 10 June."""
    evidence = _sentence(TINUBU, "Tinubu met", "officials said.")
    (visit,), warnings = build_one(TINUBU, "en", "2025-06-10", {
        "evidence": [evidence], "date_text": "June 10",
        "participants": [person("Tinubu", "visitor", "NGA"),
                         person("Luiz Inacio Lula da Silva", "host", "BRA")],
    })
    assert visit.codes.cameo == ["042", "043"]
    assert visit.date is None
    assert any("it stands in the dateline; the story gives 'last week'" in w for w in warnings)


def test_dateline_day_stays_when_the_story_gives_no_other_time() -> None:
    """As bench/drafts_round9_cases.json g13: "Praha 21. února (ČTK) -" with no other time
    in its line dates the reception (21 February 2024, published that day)."""
    text = ("Praha 21. února (ČTK) - Předseda vlády Petr Fiala přijal v Kramářově vile "
            "slovenského premiéra Roberta Fica.\nFico přijel do Prahy na pracovní návštěvu.")
    (visit,), _ = build_one(text, "cs", "2024-02-21", {
        "evidence": [text.split("\n", maxsplit=1)[0]], "date_text": "21. února",
        "participants": [person("Roberta Fica", "visitor", "SVK"),
                         person("Petr Fiala", "host", "CZE")],
    })
    assert visit.date is not None
    assert (visit.date.start, visit.date.end) == ("2024-02-21", "2024-02-21")


def test_day_after_a_report_word_beside_another_date() -> None:
    """d19-dl-staff: "the ministry said on Friday" dates the announcement of a trip "next
    week"; the planned visit keeps 036 with no date rather than Friday 7 March."""
    evidence = JAISHANKAR.split("\n")[1]
    (visit,), warnings = build_one(JAISHANKAR, "en", "2025-03-01", {
        "evidence": [evidence], "status": "planned", "date_text": "Friday",
        "participants": [person("S. Jaishankar", "visitor", "IND")],
    })
    assert visit.codes.cameo == ["036"]
    assert visit.date is None
    assert any("dates the report (a day after a report word" in w for w in warnings)


def test_another_moment_keeps_the_visit_day_before_a_report_word() -> None:
    """d19-gen-dateline-ok: "on Tuesday" of "met ... on Tuesday, the ministry said on
    Thursday" is the visit's day (Tuesday 4 February 2025), not the report's."""
    sentence = _sentence(SUGIONO, "JAKARTA", "on Thursday.")
    at = SUGIONO.index("on Tuesday")
    day = Span(text="on Tuesday", start=at, end=at + len("on Tuesday"))
    whole = [Span(text=sentence, start=0, end=len(sentence))]
    read = lambda t: parse_date(t, language="en", published="2025-02-06")  # noqa: E731
    assert another_moment("visits[0].date_text", day, SUGIONO, whole, True, read) is None
    (visit,), _ = build_one(SUGIONO, "en", "2025-02-06", {
        "evidence": [sentence], "date_text": "on Tuesday",
        "participants": [person("Sugiono", "host", "IDN"), person("Penny Wong", "visitor", "AUS")],
    })
    assert visit.date is not None
    assert (visit.date.start, visit.date.end) == ("2025-02-04", "2025-02-04")


def test_date_of_the_visit_yet_to_come_in_a_merged_draft() -> None:
    """d19-mrg-return: a visit made "este jueves" merged with "Arce visitará Santiago en
    octubre"; "en octubre" dates the visit to come, so the visit made gets no date (not
    October 2024)."""
    first, second = BORIC.split(". Arce")
    (visit,), warnings = build_one(BORIC, "es", "2025-07-18", {
        "evidence": [first + ".", "Arce" + second], "date_text": "en octubre",
        "participants": [person("Gabriel Boric", "visitor", "CHL"),
                         person("Luis Arce", "host", "BOL")],
    })
    assert visit.codes.cameo == ["042", "043"]
    assert visit.date is None
    assert any("an engagement yet to come" in w for w in warnings)


# -- participants that are no party carry no country -----------------------------------------


def test_prompt_example_participant_loses_its_country() -> None:
    """d19-echo-group: the prompt's "Rwandan business people" (not in the article) given as
    host `RWA` beside a real visit: the visit keeps its codes, that participant no country."""
    evidence = NAIROBI.split(". Im", maxsplit=1)[0] + "."
    (visit,), _ = build_one(NAIROBI, "de", "2025-05-09", {
        "evidence": [evidence], "date_text": "am Donnerstag",
        "participants": [
            person("Delegation baden-württembergischer Unternehmer", "visitor", "DEU")
            | {"kind": "group"},
            person("Rwandan business people", "host", "RWA") | {"kind": "group"},
        ],
    })
    assert visit.codes.cameo == ["042", "043"]
    assert [p.country for p in visit.participants] == ["DEU", None]


def test_person_not_found_keeps_its_country() -> None:
    """d19-echo-kasim's page with the guest's name written otherwise ("Mikail Cabbarov" for
    the article's "Mikayıl Caparov"): a person's name not found keeps its country (an
    inflected or respelled name), unlike a group's."""
    text = ("Azerbaycan Ekonomi Bakanı Mikayıl Caparov, 3 Mart'ta Ankara'da Ticaret Bakanı Ömer "
            "Bolat ile görüştü.")
    (visit,), _ = build_one(text, "tr", "2025-03-04", {
        "evidence": [text], "date_text": "3 Mart'ta",
        "participants": [person("Mikail Cabbarov", "visitor", "AZE"),
                         person("Ömer Bolat", "host", "TUR")],
    })
    assert [p.country for p in visit.participants] == ["AZE", "TUR"]


def test_byline_writer_loses_its_country() -> None:
    """d19-dl-arabic: the byline's writer "أحمد علي" given as `EGY`: no party, no country;
    the host and the guest keep theirs."""
    evidence = _sentence(SISI, "استقبل", "في القاهرة.")
    (visit,), _ = build_one(SISI, "ar", "2025-01-20", {
        "evidence": [evidence], "date_text": "أمس الأحد",
        "participants": [person("عبد الفتاح السيسي", "host", "EGY"),
                         person("كيرياكوس ميتسوتاكيس", "visitor", "GRC"),
                         person("أحمد علي", "participant", "EGY")],
    })
    assert visit.codes.cameo == ["042", "043"]
    assert [p.country for p in visit.participants] == ["EGY", "GRC", None]
    assert visit.date is not None
    assert visit.date.start == "2025-01-19"


def test_byline_correspondent_loses_its_country() -> None:
    """d19-dl-byline-es: the byline's correspondent given as the visitor Wang Yi received:
    kept, as every byline name, with the codes resting on Wang Yi (README), but with no
    country."""
    evidence = WANG.split("momento. ")[1]
    (visit,), warnings = build_one(WANG, "es", "2025-04-02", {
        "evidence": [evidence],
        "participants": [person("María López", "visitor", "ESP"), person("Wang Yi", "host", "CHN")],
    })
    assert visit.codes.cameo == ["042", "043"]
    assert [p.country for p in visit.participants] == [None, "CHN"]
    assert warnings == [
        "visits[0]: participant 'María López' is named only in the byline, a heading or a "
        "caption, not a party of the visit"
    ]


# -- evidence that reports nothing ----------------------------------------------------------


def test_question_is_no_evidence() -> None:
    """d19-ev-headline-no: the headline "Modi to visit Pakistan?" asks; the story denies."""
    assert evidence_problem(MODI, 0, len("Modi to visit Pakistan?")) == (
        "a question: it reports nothing"
    )
    (visit,), _ = build_one(MODI, "en", "2025-01-10", {
        "evidence": ["Modi to visit Pakistan?"], "status": "planned",
        "participants": [person("Narendra Modi", "visitor", "IND")],
    })
    assert visit.codes.cameo == []


def test_author_note_is_no_story() -> None:
    """d19-dl-bio: "About the author: ... He visited Pyongyang in 2018 ..." is a note about
    the article; its sentence makes no visit."""
    assert line_kind(REED.split("\n", maxsplit=1)[0]) == "note"
    (visit,), _ = build_one(REED, "en", "2025-06-18", {
        "evidence": ["He visited Pyongyang in 2018 with a delegation of foreign journalists."],
        "date_text": "2018", "participants": [person("John Reed", "visitor", "GBR")],
    })
    assert visit.codes.cameo == []


# -- visits that did not take place, calls ------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "sentence", "cue"),
    [
        ("d19-no-denied", "Iran's foreign ministry on Thursday rejected reports that Deputy "
         "Foreign Minister Ali Bagheri had visited Riyadh secretly last month.",
         "rejected reports"),
    ],
)
def test_denied_visit_not_occurred(case: str, sentence: str, cue: str) -> None:
    """A visit the article denies, given as occurred: did not take place."""
    assert unmet_cue(sentence, NOT_OCCURRED) == cue, case


@pytest.mark.parametrize(
    ("case", "sentence", "cue"),
    [
        ("d19-no-would", "Opposition leader Peter Dutton said on Thursday that if he won the "
         "election he would visit Jakarta first, as prime ministers traditionally do.",
         "if he won"),
        ("d19-no-batal", "Kunjungan Presiden Prabowo Subianto ke Malaysia yang dijadwalkan "
         "pekan depan batal karena agenda dalam negeri, kata juru bicara istana pada Senin.",
         "batal"),
        # a plan stated outright stays a plan
        ("d19-no-planned-ok", "Australian Prime Minister Anthony Albanese will travel to "
         "Beijing from July 12 to 18, his office announced on Saturday.", None),
    ],
)
def test_hypothetical_or_called_off_plan(case: str, sentence: str, cue: str | None) -> None:
    """A visit given as planned that is only a hypothesis or was called off."""
    assert cancelled_cue(sentence) == cue, case


@pytest.mark.parametrize(
    ("case", "sentence", "cue"),
    [
        ("d19-rem-virtual-pt", "O presidente Luiz Inácio Lula da Silva participou nesta "
         "terça-feira de uma reunião virtual com líderes do BRICS.", "reuniao virtual"),
        ("d19-rem-video-es", "La presidenta de México, Claudia Sheinbaum, sostuvo el lunes una "
         "videollamada con el primer ministro de Canadá, Mark Carney.", "videollamada"),
    ],
)
def test_virtual_meeting_is_a_call(case: str, sentence: str, cue: str) -> None:
    """Virtual meetings and video calls report a call, not a visit."""
    assert call_cue(sentence) == cue, case


# -- an organisation's initials given as a country code --------------------------------------


AU = (
    "African Union Commission Chairperson Mahmoud Ali Youssouf visited Port Sudan on Sunday "
    "and met army chief Abdel Fattah al-Burhan. They discussed a ceasefire."
)


@pytest.mark.parametrize(
    ("case", "code", "words", "body"),
    [
        ("d19-cty-au", "AU", ["Mahmoud Ali Youssouf", "African Union Commission Chairperson"],
         "African Union"),
        # the Arab League's "AL" is Albania's alpha-2 code; "UA" of "Union africaine" Ukraine's
        ("d19-cty-au", "AL", ["Arab League envoy Hossam Zaki"], "Arab League"),
        ("d19-cty-au", "UA", ["président de la Commission de l'Union africaine"],
         "Union africaine"),
        # a country's initials, and a person's, are no organisation
        ("d19-cty-capitals", "US", ["United States Secretary of State"], None),
        ("d19-cty-capitals", "SA", ["Prince Faisal bin Salman Al Saud"], None),
        ("d19-cty-eu", "EST", ["Kaja Kallas", "EU foreign policy chief"], None),
    ],
)
def test_organisation_initials(case: str, code: str, words: list[str], body: str | None) -> None:
    """A drafted code that spells the initials of an organisation the participant acts for."""
    assert organisation_initials(code, words) == body, case


def test_african_union_code_is_not_australia() -> None:
    """d19-cty-au: "AU" for the African Union's chairperson is no country (not AUS); the
    visit keeps its codes and the host its country."""
    (visit,), warnings = build_one(AU, "en", "2025-04-14", {
        "evidence": [AU.split(" They", maxsplit=1)[0]], "date_text": "on Sunday",
        "participants": [
            person("Mahmoud Ali Youssouf", "visitor", "AU")
            | {"title": "African Union Commission Chairperson"},
            person("Abdel Fattah al-Burhan", "host", "SDN"),
        ],
    })
    assert visit.codes.cameo == ["042", "043"]
    assert [p.country for p in visit.participants] == [None, "SDN"]
    assert "visits[0].participants[0].country: 'AU' is the initials of 'African Union', an " \
        "organisation, not a country; set to null" in warnings


# -- a summit and its sidelines meeting merged into one visit -------------------------------

SIDELINES = (
    "Leaders of the 27 EU member states met in Brussels on Thursday. On the sidelines, Irish "
    "Taoiseach Micheál Martin held a bilateral meeting with Portuguese Prime Minister Luís "
    "Montenegro."
)


def test_summit_and_its_sidelines_meeting_merged_as_a_visit() -> None:
    """d19-mrg-sidelines: the summit's sentence and "On the sidelines, ... held a bilateral
    meeting" given as Martin visiting Montenegro: two guests of a summit, no 042/043."""
    summit, side = SIDELINES.split(" On the", maxsplit=1)
    (visit,), warnings = build_one(SIDELINES, "en", "2025-03-21", {
        "evidence": [summit, "On the" + side], "date_text": "on Thursday",
        "participants": [person("Micheál Martin", "visitor", "IRL"),
                         person("Luís Montenegro", "host", "PRT")],
    })
    assert visit.codes.cameo == []
    assert any("on the sidelines of a summit" in w for w in warnings)


def test_day_after_a_report_word_alone_dates_the_report() -> None:
    """d19-ttl-ministre: "a indiqué mardi le ministère" (Tuesday 3 June 2025, the day of
    publication) dates the ministry's statement, not the reception: no date."""
    text = ("Le ministre a été reçu par son homologue à l'issue d'une tournée régionale, a "
            "indiqué mardi le ministère. Les discussions ont porté sur la sécurité aux "
            "frontières.")
    sentence = text.split(" Les", maxsplit=1)[0]
    (visit,), warnings = build_one(text, "fr", "2025-06-03", {
        "evidence": [sentence], "date_text": "mardi",
        "participants": [person("Le ministre", "visitor", None),
                         person("son homologue", "host", None)],
    })
    assert visit.date is None
    assert "visits[0].date_text: 'mardi' dates the report (a day after a report word), so " \
        "the visit has no date" in warnings
