"""Drafts round 15: the shapes a weak model gives a draft – a place as a plain string, a
quote cut out of a denial in Hindi – and visits postponed, cancelled or denied in Hindi
and Indonesian (`bench/drafts_round15_cases.json`, written blind;
`bench/probe_drafts_round15.py`). Each test names its probe case (the `id` in that file);
every expected value is read off the article by hand.
"""

from __future__ import annotations

import pytest
from draft_build import build_one, person

from visitx.record.context import evidence_problem
from visitx.record.draft import Draft, DraftPlace
from visitx.record.unmet import NOT_OCCURRED, unmet_cue

EN_KAZAKH = (
    "Kazakh President Kassym-Jomart Tokayev arrived in Baku on Monday on a state visit to "
    "Azerbaijan, where he was welcomed by President Ilham Aliyev at Heydar Aliyev "
    "International Airport."
)
HI_DENIED = (
    "विदेश मंत्रालय ने बुधवार को उन खबरों का खंडन किया जिनमें कहा गया था कि विदेश मंत्री एस "
    "जयशंकर ने पिछले सप्ताह गुप्त रूप से बीजिंग का दौरा किया था।"
)
HI_CUT = "विदेश मंत्री एस जयशंकर ने पिछले सप्ताह गुप्त रूप से बीजिंग का दौरा किया था"


def test_a_place_given_as_a_string_is_its_name() -> None:
    """r15-en-summary-headline: "location": "Baku" is read as the place's name."""
    draft = Draft.model_validate({"language": "en", "visits": [{
        "evidence": [EN_KAZAKH], "type": "visit", "status": "occurred",
        "summary": "Kazakh president visits Baku", "location": "Baku",
    }]})
    assert draft.visits[0].location == DraftPlace(name="Baku")


@pytest.mark.parametrize("blank", ["", "   "])
def test_a_blank_place_string_names_no_place(blank: str) -> None:
    """A blank string for the place (a weak model's filler) is no place, not a name."""
    draft = Draft.model_validate({"language": "en", "visits": [{
        "evidence": [EN_KAZAKH], "type": "visit", "status": "occurred",
        "summary": "Kazakh president visits Baku", "location": blank,
    }]})
    assert draft.visits[0].location is None


def test_a_place_given_as_a_string_is_located() -> None:
    """r15-en-summary-headline: the whole article is no longer refused for the place's
    shape; the name is found at its place (after "Kazakh President Kassym-Jomart Tokayev
    arrived in ", 50 characters) and the visit is coded."""
    visits, _ = build_one(EN_KAZAKH, "en", "2024-08-27", {
        "evidence": [EN_KAZAKH], "location": "Baku", "date_text": "Monday",
        "participants": [person("Kassym-Jomart Tokayev", "visitor", "KAZ"),
                         person("Ilham Aliyev", "host", "AZE")],
    })
    location = visits[0].location
    assert location is not None
    assert (location.name.text, location.name.start) == ("Baku", 50)
    assert visits[0].codes.cameo == ["042", "043"]
    assert visits[0].date is not None
    assert visits[0].date.start == "2024-08-26"


def test_a_quote_after_a_devanagari_vowel_sign_starts_mid_sentence() -> None:
    """r15-hi-denied: the quote starts right after "कि" ("that"), whose last character is
    the vowel sign "ि", not a letter: it is a piece of the denial's sentence."""
    start = HI_DENIED.index(HI_CUT)
    assert HI_DENIED[start - 3 : start] == "कि "
    assert evidence_problem(HI_DENIED, start, start + len(HI_CUT)) == (
        "a part of a sentence: it starts in the middle of one"
    )


def test_hindi_denial_cut_out_codes_nothing() -> None:
    """r15-hi-denied: the denied secret trip keeps no codes."""
    visits, _ = build_one(HI_DENIED, "hi", "2023-08-30", {
        "evidence": [HI_CUT], "date_text": "पिछले सप्ताह",
        "participants": [person("एस जयशंकर", "visitor", "IND")],
    })
    assert visits[0].codes.cameo == []


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        # r15-hi-denied, the whole sentence: the ministry denied the reports
        (HI_DENIED, "खंडन"),
        # r15-id-postponed: "Anwar Ibrahim's visit to Jakarta scheduled next week was postponed"
        ("Kunjungan Perdana Menteri Malaysia Anwar Ibrahim ke Jakarta yang dijadwalkan pekan "
         "depan ditunda, kata Kementerian Luar Negeri, Jumat.", "ditunda"),
        # an Indonesian visit to come: "will visit Canberra next month"
        ("Menteri Luar Negeri Retno Marsudi akan berkunjung ke Canberra bulan depan.",
         "akan berkunjung"),
        # a Hindi visit to come: "Modi will go to Moscow next month"
        ("प्रधानमंत्री नरेंद्र मोदी अगले महीने मॉस्को जाएंगे।", "जाएंगे"),
    ],
)
def test_hindi_and_indonesian_unmet(sentence: str, cue: str) -> None:
    assert unmet_cue(sentence, NOT_OCCURRED) == cue


@pytest.mark.parametrize(
    "sentence",
    [
        # r15-hi-demonyms: Modi arrived in Moscow
        "प्रधानमंत्री नरेंद्र मोदी सोमवार को दो दिवसीय यात्रा पर मॉस्को पहुंचे, जहां राष्ट्रपति "
        "व्लादिमीर पुतिन ने अपने आवास पर उनकी मेजबानी की।",
        # r15-id-demonym: Retno met Penny Wong in Canberra
        "Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Australia Penny Wong di "
        "Canberra, Kamis (1/2/2024), dalam rangka pertemuan tahunan kedua negara.",
        # arrived, then a talk to come: the arrival reports the visit
        "Presiden Prabowo Subianto tiba di Tokyo pada Senin dan akan bertemu Perdana Menteri "
        "Shigeru Ishiba.",
    ],
)
def test_hindi_and_indonesian_visits_made(sentence: str) -> None:
    assert unmet_cue(sentence, NOT_OCCURRED) is None
