"""Drafts round 11: fakes from page furniture, the past, the future and the prompt, and
genuine drafts in many scripts (`bench/drafts_round11_cases.json`, written blind;
`bench/probe_drafts_round11.py`). Each case names its probe case; every expected value is
read off the article by hand.
"""

from __future__ import annotations

from typing import Any

import pytest

from visitx.core.models import Article, Span, Visit
from visitx.record.build import build_visits
from visitx.record.context import evidence_problem
from visitx.record.draft import Draft
from visitx.record.outsiders import byline_author, other_years
from visitx.record.sources import is_source
from visitx.record.stamps import update_stamp
from visitx.record.unmet import NOT_OCCURRED, engagement_cue, unmet_cue


def _person(name: str, role: str, country: str | None) -> dict[str, Any]:
    return {"role": role, "kind": "person", "name": name, "country": country}


def _build(
    text: str,
    language: str,
    published: str,
    visits: list[dict[str, Any]],
) -> tuple[list[Visit], list[str]]:
    full = [
        {"type": "visit", "status": "occurred", "summary": "The two officials met for talks."}
        | v
        for v in visits
    ]
    draft = Draft.model_validate({"language": language, "visits": full})
    article = Article(id=Article.id_for(text), text=text, language=language, published=published)
    return build_visits(draft, article)


# -- the outlet cited as source --------------------------------------------------------------

RU_TASS = (
    "Президент России Владимир Путин провел в Кремле переговоры с президентом Лаоса Тхонглуном "
    "Сисулитом, передает корреспондент ТАСС.\nСтороны обсудили сотрудничество в энергетике."
)


@pytest.mark.parametrize(
    ("case", "name", "text", "source"),
    [
        # the verb before its subject: the name before ", передает" is the visitor (f27)
        ("f27", "Тхонглуном Сисулитом", RU_TASS, False),
        ("f27", "ТАСС", RU_TASS, True),
        ("f26", "Xinhua", "Li Qiang met Christopher Luxon in Beijing on Tuesday, Xinhua news "
         "agency reported.", True),
        ("f24", "وام", "أبوظبي في 15 يناير / وام / استقبل الشيخ محمد بن زايد آل نهيان اليوم "
         "رئيس جمهورية كوريا الجنوبية يون سوك يول.", True),
        ("f28", "ایرنا", "به گزارش ایرنا، وزیر امور خارجه کشورمان صبح امروز در تهران با همتای "
         "عمانی خود دیدار کرد.", True),
        ("f29", "Anadolu Ajansı", "Hakan Fidan, Bağdat'ta Fuad Hüseyin ile görüştü. Anadolu "
         "Ajansı muhabirinin edindiği bilgiye göre görüşmede terörle mücadele ele alındı.", True),
        ("f30", "Europa Press", "Albares se ha reunido este lunes en Madrid con Ahmed Attaf, según "
         "ha informado Europa Press.", True),
        ("f30", "Ahmed Attaf", "Albares se ha reunido este lunes en Madrid con Ahmed Attaf, según "
         "ha informado Europa Press.", False),
        # an attribution that ends the sentence with its verb first (written for this test,
        # after f27 and f30): the name before the verb is a party, the one after the source
        ("f30", "Ahmed Attaf", "El canciller se reunió con Ahmed Attaf, informa EFE.", False),
        ("f30", "EFE", "El canciller se reunió con Ahmed Attaf, informa EFE.", True),
        ("f27", "Dudą", "Zełenski spotkał się z Dudą, podaje PAP.", False),
        ("f27", "PAP", "Zełenski spotkał się z Dudą, podaje PAP.", True),
        ("f25", "AFP", "Le président a reçu Bassirou Diomaye Faye, rapporte l'AFP.", True),
        ("f25", "Bassirou Diomaye Faye", "Le président a reçu Bassirou Diomaye Faye, rapporte "
         "l'AFP.", False),
        ("f24", "واس", "استقبل ولي العهد رئيس وزراء باكستان، حسبما ذكرت واس.", True),
        # a weekday after the verb is no subject: the source stays before it
        ("f26", "Reuters", "Lavrov met Fidan in Ankara, Reuters reported Tuesday.", True),
    ],
)
def test_the_source_of_the_article(case: str, name: str, text: str, source: bool) -> None:
    assert is_source(name, text) is source


# -- the author, and people of earlier years ------------------------------------------------

EN_BYLINE = (
    "Vietnam and Australia upgrade ties during Albanese visit\nBy Sarah Johnson\nHANOI – "
    "Australian Prime Minister Anthony Albanese met Vietnamese Prime Minister Pham Minh Chinh in "
    "Hanoi on Friday.\nSarah Johnson is a Southeast Asia correspondent based in Bangkok."
)


def test_the_author_in_the_byline_and_a_bio_sentence_is_no_party() -> None:
    # r11-f20: the bio sentence is a sentence, the byline says who wrote it.
    assert byline_author("Sarah Johnson", EN_BYLINE)
    assert not byline_author("Anthony Albanese", EN_BYLINE)
    (visit,), warnings = _build(EN_BYLINE, "en", "2024-03-09", [{
        "evidence": [EN_BYLINE.split("HANOI – ")[1].split("\n", maxsplit=1)[0]],
        "participants": [_person("Anthony Albanese", "visitor", "AUS"),
                         _person("Pham Minh Chinh", "host", "VNM"),
                         _person("Sarah Johnson", "visitor", "AUS")],
    }])
    assert visit.codes.cameo == ["042", "043"]
    assert warnings == [
        "visits[0]: participant 'Sarah Johnson' is the article's author (named in its byline), "
        "not a party of the visit"
    ]


EN_ABE = (
    "Japanese Foreign Minister Yoko Kamikawa met Mongolian President Ukhnaagiin Khurelsukh in "
    "Ulaanbaatar on Tuesday to discuss rare earths.\n\"When Prime Minister Shinzo Abe came here "
    "in 2015, he promised a new airport, and it was built,\" Khurelsukh said."
)
ES_CARTES = (
    "El rey Felipe VI recibió este martes en el Palacio de la Zarzuela al presidente de Paraguay, "
    "Santiago Peña.\nPeña recordó que en 2013 el entonces presidente Horacio Cartes ya había sido "
    "recibido por el rey Juan Carlos."
)


@pytest.mark.parametrize(
    ("case", "text", "name", "year", "expected"),
    [
        ("f31", EN_ABE, "Shinzo Abe", 2024, 2015),
        ("f31", EN_ABE, "Ukhnaagiin Khurelsukh", 2024, None),  # in the lead, no year
        ("f35", ES_CARTES, "Horacio Cartes", 2024, 2013),
        ("f35", ES_CARTES, "Juan Carlos", 2024, 2013),
        ("f35", ES_CARTES, "Horacio Cartes", 2013, None),  # a visit of 2013 is his
        # g19's minister, with a year that starts a period up to now (written for this test)
        ("g19", "The ministers met in Amman.\nAyman Safadi, foreign minister since 2017, "
         "hailed the talks.", "Ayman Safadi", 2024, None),
        ("f32", "Steinmeier ist am Montag in Windhuk empfangen worden.\nBereits 2018 hatte "
         "Joachim Gauck das Land besucht.", "Joachim Gauck", 2025, 2018),
    ],
)
def test_named_only_in_sentences_of_an_earlier_year(
    case: str, text: str, name: str, year: int, expected: int | None
) -> None:
    assert other_years(name, text, year) == expected


def test_a_person_of_an_earlier_visit_is_no_party_of_this_one() -> None:
    # r11-f31: Abe is named only in the host's memory of 2015.
    (visit,), warnings = _build(EN_ABE, "en", "2024-03-13", [{
        "evidence": [EN_ABE.split("\n", maxsplit=1)[0]],
        "participants": [_person("Yoko Kamikawa", "visitor", "JPN"),
                         _person("Ukhnaagiin Khurelsukh", "host", "MNG"),
                         _person("Shinzo Abe", "visitor", "JPN")],
        "date_text": "Tuesday",
    }])
    assert visit.codes.cameo == ["042", "043"]
    assert visit.date is not None
    assert visit.date.start == "2024-03-12"
    assert warnings == [
        "visits[0]: participant 'Shinzo Abe' is named only in sentences about an earlier year "
        "(2015), not a party of the visit"
    ]


def test_participants_named_in_the_next_paragraph_are_kept() -> None:
    # r11-g19: the evidence names the countries, the next paragraph the ministers (no year).
    text = (
        "AMMAN – The foreign ministers of Egypt, Jordan and Saudi Arabia met in Amman on 30 "
        "September 2024 to coordinate positions on Gaza and Lebanon.\nJordanian Foreign Minister "
        "Ayman Safadi, Egyptian Foreign Minister Badr Abdelatty and Saudi Foreign Minister Prince "
        "Faisal bin Farhan called for an immediate ceasefire."
    )
    (visit,), warnings = _build(text, "en", "2024-10-01", [{
        "evidence": [text.split("AMMAN – ")[1].split("\n", maxsplit=1)[0]],
        "participants": [_person("Ayman Safadi", "host", "JOR"),
                         _person("Badr Abdelatty", "visitor", "EGY"),
                         _person("Prince Faisal bin Farhan", "visitor", "SAU")],
        "date_text": "30 September 2024",
    }])
    assert visit.codes.cameo == ["042", "043"]
    assert not [w for w in warnings if "not a party" in w]


# -- what may happen, or will -------------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "sentence", "cue"),
    [
        ("f36", "Analysts say that if President Trump visits Moscow this year, it would be the "
         "first trip by a US president to Russia since 2013.", "would be the first"),
        ("f38", "Bundeskanzler Friedrich Merz wird in der kommenden Woche nach Washington reisen, "
         "um US-Präsident Donald Trump im Weißen Haus zu treffen.", "in der kommenden woche"),
        ("f40", "Selon plusieurs sources diplomatiques, le président algérien Abdelmadjid Tebboune "
         "pourrait se rendre à Paris avant la fin de l'année.", "pourrait se rendre"),
        ("f44", "El presidente argentino, Javier Milei, descartó viajar a Caracas mientras Nicolás "
         "Maduro siga en el poder.", "descarto viajar"),
        # the same kind in more languages (written for this test, after f36 and f40)
        ("f40", "Президент Франции может посетить Москву в мае, сообщил источник.",
         "может посетить"),
        ("f40", "Erdoğan, Mart ayında Moskova'yı ziyaret edebilir.", "ziyaret edebilir"),
        ("f40", "澳大利亚总理可能访问中国。", "可能访问"),
        # arrived, and may meet: the visit occurred
        ("f40", "Путин прибыл в Пекин, где может встретиться с Си Цзиньпином.", None),
    ],
)
def test_a_visit_that_may_happen_or_was_ruled_out_did_not_occur(
    case: str, sentence: str, cue: str | None
) -> None:
    assert unmet_cue(sentence, NOT_OCCURRED) == cue


# -- the same visit twice ---------------------------------------------------------------------

FR_TWICE = (
    "Le président ivoirien Alassane Ouattara a reçu mardi à Abidjan le Premier ministre portugais "
    "Luís Montenegro.\nHier, les deux dirigeants ont signé un accord de coopération dans l'énergie."
)


@pytest.mark.parametrize(
    ("second_date", "kept"),
    [
        ("Hier", 1),  # published Wednesday 25 September 2024: Tuesday both times (r11-f58)
        (None, 2),  # no date to compare, and no evidence in common: two visits as drafted
    ],
)
def test_the_same_pair_on_the_same_day_is_one_visit(second_date: str | None, kept: int) -> None:
    people = [_person("Alassane Ouattara", "host", "CIV"),
              _person("Luís Montenegro", "visitor", "PRT")]
    first, second = FR_TWICE.split("\n")
    visits, warnings = _build(FR_TWICE, "fr", "2024-09-25", [
        {"evidence": [first], "participants": people, "date_text": "mardi"},
        {"evidence": [second], "participants": people[::-1], "date_text": second_date},
    ])
    assert len(visits) == kept
    assert ("the draft's visits[1] repeats its visits[0]; dropped" in warnings) is (kept == 1)


# -- genuine drafts the checks must keep -------------------------------------------------------


def test_a_chinese_wire_dateline_starts_the_first_sentence() -> None:
    # r11-g07: "新华社北京4月14日电 " and then the lead, no stop between them.
    text = "新华社北京4月14日电 国家主席习近平14日在人民大会堂会见来华进行国事访问的巴西总统卢拉。"
    start = text.index("国家")
    assert evidence_problem(text, start, len(text)) is None
    assert evidence_problem(text, text.index("在人民"), len(text)) is not None


@pytest.mark.parametrize(
    ("case", "sentence", "cue"),
    [
        ("g15", "Presiden Joko Widodo menerima kunjungan Perdana Menteri Malaysia Anwar Ibrahim "
         "di Istana Kepresidenan Bogor, Senin (9/1/2023).", "menerima kunjungan"),
        ("g16", "प्रधानमंत्री नरेंद्र मोदी ने 20 मार्च को नई दिल्ली में जापान के प्रधानमंत्री फुमियो "
         "किशिदा से मुलाकात की।", "मुलाकात"),
        ("g17", "Chiều 13/12, tại Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp Bộ trưởng Ngoại giao "
         "Trung Quốc Vương Nghị.", "da tiep"),
        ("g28", "總統蔡英文今天上午在總統府接見來訪的瓜地馬拉外交部長布卡羅一行。", "接見"),
    ],
)
def test_engagement_words_of_more_languages(case: str, sentence: str, cue: str) -> None:
    assert engagement_cue(sentence) == cue


def test_a_cancelled_visit_is_dated_by_the_nearer_reading() -> None:
    # r11-g22: planned for 4 September, cancelled, reported on 30 August 2023.
    text = (
        "Визит президента Турции Реджепа Тайипа Эрдогана в Россию, запланированный на 4 сентября, "
        "отменен, сообщил источник."
    )
    (visit,), _ = _build(text, "ru", "2023-08-30", [{
        "evidence": [text], "status": "cancelled", "date_text": "4 сентября",
        "participants": [_person("Реджепа Тайипа Эрдогана", "visitor", "TUR")],
    }])
    assert visit.date is not None
    assert (visit.date.start, visit.date.end) == ("2023-09-04", "2023-09-04")
    assert visit.codes.cameo == []


def test_an_invitation_made_in_a_phone_call_is_coded() -> None:
    # r11-g23: the invitation (036) and the call it was made in (041), one sentence.
    text = (
        "وجه الرئيس الجزائري عبد المجيد تبون دعوة إلى الرئيس التونسي قيس سعيد لزيارة الجزائر، "
        "خلال اتصال هاتفي جرى بينهما اليوم."
    )
    people = [_person("قيس سعيد", "visitor", "TUN"), _person("عبد المجيد تبون", "host", "DZA")]
    visits, _ = _build(text, "ar", "2024-02-20", [
        {"evidence": [text], "status": "invited", "participants": people},
        {"evidence": [text], "type": "remote", "participants": people, "date_text": "اليوم"},
    ])
    assert [v.codes.cameo for v in visits] == [["036"], ["041"]]
    # The same sentence given as an occurred meeting in person is still a call.
    (visit,), _ = _build(text, "ar", "2024-02-20", [{"evidence": [text], "participants": people}])
    assert visit.codes.cameo == []


def test_a_blank_name_beside_a_full_one_is_no_repeat() -> None:
    # Found by tests/record/test_draft_chunk_properties.py: a blank name ("") in one visit
    # and a full one ("Hasan Köse") in the other raised IndexError in record.repeats.
    from visitx.record.repeats import same_visit

    visit = {"evidence": ["Hasan Köse met the delegation."], "type": "visit",
             "status": "occurred", "summary": "Hasan Köse met the delegation."}
    draft = Draft.model_validate({"language": "en", "visits": [
        visit | {"participants": [_person("Hasan Köse", "host", None)]},
        visit | {"participants": [_person("", "host", None)]},
    ]})
    assert same_visit(draft.visits) == {}


@pytest.mark.parametrize(
    ("article", "date", "word"),
    [
        # a publication stamp run into the lead (written for this test, after r11-f46-f50,
        # whose stamps stand on their own lines), and round 10's "Publié le" beside an update
        ("Published: 12 March 2024 14:05 Russian Foreign Minister Sergei Lavrov met Turkish "
         "Foreign Minister Hakan Fidan in Ankara last week.", "12 March 2024", "Published"),
        ("Veröffentlicht am 14.05.2024 um 18:32 Uhr. Der polnische Ministerpräsident Donald "
         "Tusk ist am Montag in Berlin empfangen worden.", "14.05.2024", "Veröffentlicht"),
        ("Опубликовано 3 апреля 2024, 12:45 Президент Белоруссии Александр Лукашенко в "
         "минувшую пятницу встретился в Минске с губернатором.", "3 апреля 2024", "Опубликовано"),
        ("Publié le 20 juin 2024, mis à jour le 21 juin 2024", "20 juin 2024", "Publié le"),
    ],
)
def test_a_publication_stamp_dates_the_page(article: str, date: str, word: str) -> None:
    start = article.index(date)
    span = Span(text=date, start=start, end=start + len(date), match="exact")
    assert update_stamp("d", date, article, span) == (
        f"d: {date!r} is the date of the page's publication stamp ({word!r}), not of the "
        "visit, so the visit has no date"
    )
