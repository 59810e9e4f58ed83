"""A page's update stamp does not date a visit (drafts that cannot fake a visit, round 10).

Cases from `bench/drafts_round10_cases.json` (written blind for the drafts probe, round
10): a weak model copies the date of an "Updated" stamp, which a scrape may run into the
lead's own paragraph, as the visit's date. Expected values are checked by hand: the
stamp's day is the page's, and the visit's day ("on Monday") is not the stamp's.
"""

from __future__ import annotations

from typing import Any

import visitx
from visitx import Settings
from visitx.core.models import Span
from visitx.record.stamps import update_stamp

from scripted_client import ScriptedClient

LEAD = (
    "Indian Prime Minister Narendra Modi arrived in Thimphu on Monday and was received by "
    "Bhutanese Prime Minister Tshering Tobgay."
)


def _draft(date_text: str, lead: str = LEAD) -> dict[str, Any]:
    person = {"kind": "person", "sector": "government"}
    return {
        "language": "en",
        "visits": [
            {
                "evidence": [lead],
                "type": "visit",
                "status": "occurred",
                "summary": "Narendra Modi arrived in Thimphu and was received by Tshering Tobgay.",
                "participants": [
                    {**person, "role": "visitor", "name": "Narendra Modi", "country": "IND"},
                    {**person, "role": "host", "name": "Tshering Tobgay", "country": "BTN"},
                ],
                "location": {"name": "Thimphu", "city": "Thimphu", "country": "BTN"},
                "date_text": date_text,
                "topics": ["diplomacy"],
            }
        ],
    }


def _extract(text: str, date_text: str, published: str, lead: str = LEAD) -> visitx.Extraction:
    client = ScriptedClient(_draft(date_text, lead)).client
    settings = Settings(model="m", mode="json", cache=False, max_reasks=1)
    return visitx.extract(
        text, published=published, language="en", settings=settings, client=client
    )


def _span(article: str, text: str) -> Span:
    start = article.index(text)
    return Span(text=text, start=start, end=start + len(text), match="exact")


def test_update_note_in_the_leads_paragraph_gives_no_date() -> None:
    """Round 10 f22: '(Updated on 14 March 2024 ...)' after the lead; the visit was on a
    Monday, 11 March, not the 14th: the date is null, the codes stay, a warning says why."""
    text = (
        "Indian PM in Bhutan\n\n"
        + LEAD
        + " (Updated on 14 March 2024 with the joint statement.)\n\nThe two sides met."
    )
    result = _extract(text, "14 March 2024", "2024-03-14")
    visit = result.visits[0]
    assert visit.date is None
    assert visit.codes.cameo == ["042", "043"]
    assert any("update stamp ('Updated')" in w for w in result.meta.warnings)


def test_lead_date_beside_an_update_line_still_dates_the_visit() -> None:
    """Round 10 g03: 'Last updated: 23 March 2024' on its own line, the lead 'on 22 March'."""
    text = (
        "PM arrives in Thimphu\n\nLast updated: 23 March 2024 14:05 GMT\n\n"
        + LEAD.replace("on Monday", "on 22 March")
        + "\n\nThe two sides met."
    )
    result = _extract(text, "22 March", "2024-03-23", LEAD.replace("on Monday", "on 22 March"))
    date = result.visits[0].date
    assert date is not None
    assert (date.start, date.end) == ("2024-03-22", "2024-03-22")


def test_stamp_words_of_other_languages() -> None:
    """Round 10 f23-f27: the stamp's word right before the date text, with a colon or one
    short word between them (`am`, `le`), in German, French, Turkish, Russian, Spanish."""
    for article, date in [
        ("Aktualisiert am 05.06.2024, 14:20 Uhr Bundeskanzler Olaf Scholz", "05.06.2024"),
        ("Publié le 20 juin 2024, mis à jour le 21 juin 2024 à 18h12", "21 juin 2024"),
        ("Güncelleme: 12.03.2024 10:45 Dışişleri Bakanı Hakan Fidan", "12.03.2024"),
        ("Обновлено 15.05.2024 12:30 Министр иностранных дел", "15.05.2024"),
        ("Actualizado 15/05/2024 - 10:30 h El presidente del Gobierno", "15/05/2024"),
        # tagesschau.de's only date line (pages round 7): `~stand:`, a stamp either way
        ("Stand: 28.04.2020 18:00 Uhr\nScholz traf Macron in Berlin.", "28.04.2020"),
    ]:
        assert update_stamp("d", date, article, _span(article, date)) is not None, article


def test_dates_not_after_a_stamp_word() -> None:
    """A date in a sentence, and a date two words after 'updated' ("updated the 2019
    accord on 12 March") are left to the other rules. (A publication stamp's date, "Publié
    le 20 juin 2024", is a stamp's since drafts round 11: `test_draft_round11.py`.)"""
    for article, date in [
        ("Macron a reçu le 20 juin à l'Élysée le président sénégalais.", "20 juin"),
        ("The ministers updated the 2019 accord on 12 March in Ankara.", "12 March"),
        ("Updated: 12 March\nThe ministers met on 11 March.", "11 March"),
    ]:
        assert update_stamp("d", date, article, _span(article, date)) is None, article
