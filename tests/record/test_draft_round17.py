"""Drafts round 17: a visit's date copied from another event of its article, a day that is
only the arrival of a longer stay, a summit's sidelines meeting given as a visit to a host,
an accepted invitation or a promised return visit given as occurred, and calls in
Indonesian and Italian (`bench/drafts_round17_cases.json`, written blind;
`bench/probe_drafts_round17.py`). Each test names its probe case (the `id` in that file);
every expected value is read off the article by hand (weekdays checked on a calendar).
"""

from __future__ import annotations

import pytest
from draft_build import build_one, person

from visitx.record.sidelines import sidelines_cue
from visitx.record.unmet import NOT_OCCURRED, call_cue, unmet_cue

PRABOWO = (
    "Indonesian President Prabowo Subianto held talks with General Secretary To Lam in Hanoi "
    "on Monday. The two countries established their strategic partnership on 27 June 2013 "
    "and upgraded ties further in 2025, officials said."
)
SISI = (
    "Egyptian President Abdel Fattah al-Sisi arrived in Ankara on Wednesday, reciprocating "
    "Turkish President Recep Tayyip Erdoğan's visit to Cairo in February."
)
LULA = (
    "Brazil's President Luiz Inácio Lula da Silva met Chinese President Xi Jinping in "
    "Beijing on Friday. Lula, who arrived in Shanghai on Wednesday, leaves for Abu Dhabi on "
    "Saturday."
)
RETNO = (
    "Indonesian Foreign Minister Retno Marsudi visited Canberra on 8 February. She had also "
    "met Australian Foreign Minister Penny Wong in Jakarta on 29 December."
)
KISHIDA = (
    "Japanese Prime Minister Fumio Kishida is on an official visit to the United States from "
    "April 8 to 14, including a state dinner at the White House hosted by President Joe "
    "Biden and an address to Congress."
)
SHARIF = (
    "Prime Minister Shehbaz Sharif arrived in Baku on Wednesday on a two-day official visit, "
    "a year after President Ilham Aliyev visited Islamabad in July 2024."
)
KAZAN = (
    "Indian Prime Minister Narendra Modi and Chinese President Xi Jinping held their first "
    "formal bilateral meeting in five years on the sidelines of the BRICS summit in Kazan on "
    "Wednesday."
)
ASTANA = (
    "Kazakh President Kassym-Jomart Tokayev received Chinese President Xi Jinping in Astana "
    "on Tuesday for a state visit on the eve of the SCO summit."
)


def _date(text: str, published: str, visit: dict[str, object]) -> tuple[list[str], object]:
    visits, _ = build_one(text, "en", published, visit)
    date = visits[0].date
    return visits[0].codes.cameo, (date.start, date.end) if date and date.start else None


@pytest.mark.parametrize(("case", "text", "published", "evidence", "date_text", "names"), [
    # r17-05: the signing's day, in the next sentence; the talks were on Monday 10 March
    ("r17-05", PRABOWO, "2025-03-11", PRABOWO.split(". ", maxsplit=1)[0] + ".", "27 June 2013",
     ("Prabowo Subianto", "To Lam")),
    # r17-35: the month of the visit being returned, in the same sentence as "on Wednesday"
    ("r17-35", SISI, "2024-09-04", SISI, "in February",
     ("Abdel Fattah al-Sisi", "Recep Tayyip Erdoğan")),
    # r17-09: the departure day (Saturday), outside the evidence, which says Friday
    ("r17-09", LULA, "2023-04-14", LULA.split(". ", maxsplit=1)[0] + ".", "on Saturday",
     ("Luiz Inácio Lula da Silva", "Xi Jinping")),
    # r17-69: the day of another meeting; the evidence says 8 February
    ("r17-69", RETNO, "2024-02-10", RETNO.split(". ", maxsplit=1)[0] + ".", "29 December",
     ("Retno Marsudi", "Penny Wong")),
])
def test_a_date_of_another_event_gives_no_date(
    case: str, text: str, published: str, evidence: str, date_text: str,
    names: tuple[str, str],
) -> None:
    """The visit keeps its codes; its date is none rather than another event's."""
    cameo, date = _date(text, published, {
        "evidence": [evidence], "date_text": date_text,
        "participants": [person(names[0], "visitor", None), person(names[1], "host", None)],
    })
    assert (cameo, date) == (["042", "043"], None)


def test_the_evidence_date_itself_is_kept() -> None:
    """r17-05's article with the draft's date text "on Monday": 10 March 2025 (the article
    is of Tuesday 11 March); the signing's day in the next sentence does not count."""
    cameo, date = _date(PRABOWO, "2025-03-11", {
        "evidence": [PRABOWO.split(". ", maxsplit=1)[0] + "."], "date_text": "on Monday",
        "participants": [person("Prabowo Subianto", "visitor", "IDN"),
                         person("To Lam", "host", "VNM")],
    })
    assert (cameo, date) == (["042", "043"], ("2025-03-10", "2025-03-10"))


@pytest.mark.parametrize(("case", "text", "published", "date_text", "names", "want"), [
    # r17-08: "April 8" of "from April 8 to 14" is read whole
    ("r17-08", KISHIDA, "2024-04-11", "April 8", ("Fumio Kishida", "Joe Biden"),
     ("2024-04-08", "2024-04-14")),
    # r17-44: arrived Wednesday 9 July, but the same sentence gives "in July 2024", the
    # visit being returned: which dates this one cannot be told from it, so none
    ("r17-44", SHARIF, "2025-07-10", "on Wednesday", ("Shehbaz Sharif", "Ilham Aliyev"),
     None),
])
def test_a_day_of_a_range_or_beside_another_month(
    case: str, text: str, published: str, date_text: str, names: tuple[str, str],
    want: tuple[str, str] | None,
) -> None:
    """The evidence here is the whole article, one sentence."""
    _, date = _date(text, published, {
        "evidence": [text], "date_text": date_text,
        "participants": [person(names[0], "visitor", None), person(names[1], "host", None)],
    })
    assert date == want


def test_one_of_two_meeting_days_drafted_alone_gives_no_date() -> None:
    """Round 5's "met … on Monday and again on Wednesday" drafted as one visit on
    Wednesday: the sentence's other day makes the visit's day uncertain (drafted as two
    visits, each keeps its own day: `test_draft_round5`, the other visit's date text being
    that visit's)."""
    text = "Murat Nurtleu met Peter Szijjarto in Budapest on Monday and again on Wednesday."
    people = [person("Murat Nurtleu", "visitor", "KAZ"), person("Peter Szijjarto", "host", "HUN")]
    _, date = _date(text, "2025-04-11", {"evidence": [text], "date_text": "on Wednesday",
                                         "participants": people})
    assert date is None  # alone, "on Monday" in its sentence makes the day uncertain


def test_a_sidelines_meeting_given_as_a_visit_gets_no_codes() -> None:
    """r17-23: Modi and Xi at the BRICS summit in Kazan, given as Modi visiting Xi."""
    visits, warnings = build_one(KAZAN, "en", "2024-10-24", {
        "evidence": [KAZAN], "date_text": "on Wednesday",
        "participants": [person("Narendra Modi", "visitor", "IND"),
                         person("Xi Jinping", "host", "CHN")],
    })
    assert visits[0].codes.cameo == []
    assert any("sidelines of a summit" in w for w in warnings)


def test_the_same_meeting_given_as_third_location_is_coded() -> None:
    """r17-23's article drafted as type third_location: CAMEO 044."""
    visits, _ = build_one(KAZAN, "en", "2024-10-24", {
        "evidence": [KAZAN], "date_text": "on Wednesday", "type": "third_location",
        "participants": [person("Narendra Modi", "participant", "IND"),
                         person("Xi Jinping", "participant", "CHN")],
    })
    assert (visits[0].codes.cameo, visits[0].date and visits[0].date.start) == (
        ["044"], "2024-10-23")


def test_a_state_visit_on_the_eve_of_a_summit_is_a_visit() -> None:
    """r17-29: Tokayev received Xi in Astana for a state visit (Tuesday 2 July 2024)."""
    visits, _ = build_one(ASTANA, "en", "2024-07-03", {
        "evidence": [ASTANA], "date_text": "on Tuesday",
        "participants": [person("Xi Jinping", "visitor", "CHN"),
                         person("Kassym-Jomart Tokayev", "host", "KAZ")],
    })
    assert visits[0].codes.cameo == ["042", "043"]


@pytest.mark.parametrize(("case", "sentence", "cue"), [
    ("r17-24", "En marge du sommet de l'ASEAN à Vientiane, Ishiba s'est entretenu jeudi "
     "avec Marcos.", "en marge d"),
    ("r17-28", "На полях саммита ШОС в Астане 3 июля Владимир Путин провёл встречу с "
     "Эрдоганом.", "на полях"),
    # r13-c02 (round 13): bilateral consultations, not a summit
    ("r13-c02", "Am Rande der Konsultationen traf Außenminister Johann Wadephul seinen "
     "polnischen Amtskollegen Radosław Sikorski.", None),
])
def test_sidelines_cue(case: str, sentence: str, cue: str | None) -> None:
    assert sidelines_cue(sentence) == cue


@pytest.mark.parametrize(("case", "sentence", "cue"), [
    ("r17-40", "El presidente colombiano Gustavo Petro aceptó la invitación de su homólogo "
     "chino Xi Jinping para visitar China el próximo año.", "acepto la invitacion"),
    ("r17-41", "Azerbaycan Cumhurbaşkanı İlham Aliyev, Cumhurbaşkanı Recep Tayyip Erdoğan'ın "
     "davetini kabul ederek önümüzdeki ay Türkiye'ye resmi bir ziyaret gerçekleştirecek.",
     "davetini kabul"),
    ("r17-33", "President Emmanuel Macron said he would return the visit in January next "
     "year.", "would return the visit"),
    ("r17-63", "The two leaders agreed to meet in person soon.", "agreed to meet"),
])
def test_a_visit_yet_to_come(case: str, sentence: str, cue: str) -> None:
    assert unmet_cue(sentence, NOT_OCCURRED) == cue


@pytest.mark.parametrize(("case", "sentence", "cue"), [
    ("r17-54", "Presiden Prabowo Subianto melakukan pembicaraan melalui sambungan telepon "
     "dengan Perdana Menteri Australia Anthony Albanese pada Selasa.", "telepon"),
    ("r17-57", "U.S. President Joe Biden and Chinese President Xi Jinping held a virtual "
     "summit on Monday evening, talking for more than three hours.", "held a virtual"),
])
def test_calls_in_indonesian_and_english(case: str, sentence: str, cue: str) -> None:
    assert call_cue(sentence) == cue
