"""Drafts round 12: weak-model drafts that cannot fake a visit, and genuine drafts in 21
languages (`bench/drafts_round12_cases.json`, written blind; `bench/probe_drafts_round12.py`).
Each case names its probe case (the `id` in that file); every expected value is read off
the article by hand.
"""

from __future__ import annotations

import pytest
from draft_build import build_one, person

from visitx.record.captions import line_kind
from visitx.record.sources import is_source
from visitx.record.unmet import NOT_OCCURRED, engagement_cue, unmet_cue

# -- the agency of a dateline, whatever its furniture ----------------------------------------

EN_REUTERS = (
    "Vietnam, Japan agree to deepen infrastructure cooperation during Kishida visit\n"
    "By Khanh Vu and Yuka Obayashi\n"
    "HANOI, May 1 (Reuters) - Japanese Prime Minister Fumio Kishida arrived in Hanoi on "
    "Wednesday for talks with his Vietnamese counterpart Pham Minh Chinh.\n"
    "Japanese Prime Minister Fumio Kishida and Vietnamese Prime Minister Pham Minh Chinh shake "
    "hands in Hanoi, Vietnam, May 1, 2024. REUTERS/Thanh Hue\n"
    "(Reporting by Khanh Vu; Editing by Ed Davies)"
)
ES_EFE = (
    "Redacción / EFE\n"
    "Pekín, 11 abr (EFE).- El presidente del Gobierno, Pedro Sánchez, se reunió este viernes en "
    "Pekín con el presidente chino, Xi Jinping.\n"
    "Foto: Pedro Sánchez y Xi Jinping, en el Gran Palacio del Pueblo. EFE/Pool Moncloa"
)
RU_TASS = (
    "ПХЕНЬЯН, 18 октября. /ТАСС/. Министр иностранных дел РФ Сергей Лавров 18 октября прибыл "
    "в Пхеньян с официальным визитом, передает корреспондент ТАСС."
)
IT_ANSA = (
    "(ANSA) - ROMA, 09 GEN - La presidente del Consiglio Giorgia Meloni ha incontrato oggi a "
    "Palazzo Chigi il primo ministro giapponese Fumio Kishida, in visita a Roma.\n"
    "Riproduzione riservata © Copyright ANSA"
)
KO_YONHAP = (
    "(서울=연합뉴스) 김철수 기자 = 윤석열 대통령은 14일 용산 대통령실에서 방한 중인 팜 민 찐 "
    "베트남 총리와 정상회담을 했다.\n김철수 기자 kcs@yna.co.kr"
)
KK_KAZINFORM = (
    "АСТАНА. KAZINFORM – Мемлекет басшысы Қасым-Жомарт Тоқаев Ақордада мемлекеттік сапармен "
    "келген Қытай Төрағасы Си Цзиньпинмен кездесті."
)
FA_IRNA = (
    "به گزارش خبرنگار سیاسی ایرنا، سید عباس عراقچی وزیر امور خارجه کشورمان روز دوشنبه وارد "
    "مسقط شد و با بدر البوسعیدی وزیر خارجه عمان دیدار کرد."
)


@pytest.mark.parametrize(
    ("case", "name", "text", "source"),
    [
        # the agency's byline, caption credit and credit line are furniture: the dateline
        # is its only mention in the story (f-en-kishida-outlet-reporter, f-es-sanchez-efe)
        ("f-en-kishida-outlet-reporter", "Reuters", EN_REUTERS, True),
        ("f-en-kishida-outlet-reporter", "Fumio Kishida", EN_REUTERS, False),
        ("f-es-sanchez-efe", "EFE", ES_EFE, True),
        ("f-es-sanchez-efe", "Pedro Sánchez", ES_EFE, False),
        # a dateline ending with a full stop before the agency between slashes
        ("f-ru-lavrov-tass", "ТАСС", RU_TASS, True),
        ("f-ru-lavrov-tass", "корреспондент ТАСС", RU_TASS, True),
        ("f-ru-lavrov-tass", "Сергей Лавров", RU_TASS, False),
        # the agency in parentheses opening the line, before a dash or with the city
        ("f-it-meloni-ansa", "ANSA", IT_ANSA, True),
        ("f-it-meloni-ansa", "Giorgia Meloni", IT_ANSA, False),
        ("f-ko-yoon-reporter", "연합뉴스", KO_YONHAP, True),
        ("f-ko-yoon-reporter", "김철수 기자", KO_YONHAP, True),  # the reporter before "="
        ("f-ko-yoon-reporter", "윤석열", KO_YONHAP, False),
        # the agency in capitals after a city in capitals and before a dash
        ("f-kk-tokayev-author", "KAZINFORM", KK_KAZINFORM, True),
        ("f-kk-tokayev-author", "Қасым-Жомарт Тоқаев", KK_KAZINFORM, False),
        # the reporter between "به گزارش" and the agency
        ("f-fa-araghchi-irna", "ایرنا", FA_IRNA, True),
        ("f-fa-araghchi-irna", "سید عباس عراقچی", FA_IRNA, False),
    ],
)
def test_dateline_agency_is_the_source(case: str, name: str, text: str, source: bool) -> None:
    assert is_source(name, text) is source, case


@pytest.mark.parametrize(
    "line",
    [
        # a sentence in the story's own lines names no source in parentheses
        "Kenyan President William Ruto (pictured) met Biden in Nairobi on Monday.",
        # a sentence with a city in capitals first, then words: no bare dateline
        "NATO. Leaders met in Vilnius on Tuesday.",
    ],
)
def test_story_sentences_name_no_dateline_source(line: str) -> None:
    """Written for this test: the new dateline forms need their parentheses at the line's
    start or a capitalised agency before a dash."""
    assert is_source("William Ruto", line) is False
    assert is_source("Leaders", line) is False


def test_agency_and_reporter_alone_code_nothing() -> None:
    """f-ko-yoon-reporter: the reporter of "(서울=연합뉴스) 김철수 기자 =" and the agency
    given as visitor and host: both the article's source, so no codes."""
    visits, warnings = build_one(KO_YONHAP, "ko", "2024-06-14", {
        "evidence": [KO_YONHAP.split("= ", 1)[1].split("\n", 1)[0]],
        "participants": [person("김철수 기자", "visitor", "KOR"),
                         person("연합뉴스", "host", "KOR")],
        "date_text": "14일",
    })
    assert visits[0].codes.cameo == []
    assert warnings == [
        "visits[0]: no participant is named in the article's sentences, only in its byline, "
        "captions or headings, or as its source or a place's namesake; no CAMEO/PLOVER codes"
    ]


# -- rights and subscription notices -------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "line"),
    [
        ("f-tr-fidan-aa", "Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) üzerinden "
         "abonelere sunulan haberler, özetlenerek yayımlanmaktadır."),
        ("f-it-meloni-ansa", "Riproduzione riservata © Copyright ANSA"),
        ("f-ko-yoon-reporter", "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"),
    ],
)
def test_notice_line_is_a_note(case: str, line: str) -> None:
    assert line_kind(line) == "note", case


def test_story_sentence_is_no_notice() -> None:
    assert line_kind("Hakan Fidan, Bağdat'ta Fuad Hüseyin ile bir araya geldi.") is None


TR_AA = (
    "Dışişleri Bakanı Fidan, Iraklı mevkidaşı Hüseyin ile görüştü\n"
    "Ahmet Yılmaz |15.08.2024 - Güncelleme : 15.08.2024\n"
    "Dışişleri Bakanı Hakan Fidan, Irak'a yaptığı resmi ziyaret kapsamında Iraklı mevkidaşı "
    "Fuad Hüseyin ile Bağdat'ta bir araya geldi.\n"
    "Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) üzerinden abonelere sunulan "
    "haberler, özetlenerek yayımlanmaktadır."
)


def test_agency_of_the_notice_and_the_byline_code_nothing() -> None:
    """f-tr-fidan-aa: "Anadolu Ajansı" only in the notice, "Ahmet Yılmaz" only in the byline."""
    visits, warnings = build_one(TR_AA, "tr", "2024-08-15", {
        "evidence": [TR_AA.split("\n")[2]],
        "participants": [person("Anadolu Ajansı", "visitor", "TUR"),
                         person("Ahmet Yılmaz", "host", "TUR")],
    })
    assert visits[0].codes.cameo == []
    assert any("no participant is named in the article's sentences" in w for w in warnings)


# -- a wish, an invitation, a word of another language ------------------------------------


@pytest.mark.parametrize(
    ("case", "sentence", "cue"),
    [
        ("f-en-quote-visit", "\"I hope to visit Nairobi again and see the projects with my own "
         "eyes,\" Schulze said in an interview with the newspaper.", "hope to visit"),
        ("f-it-meloni-tokyo", "\"Spero di visitare presto Tokyo\", ha detto Meloni ai "
         "giornalisti.", "spero di visitare"),
        # "à effectuer" folds as "a effectué" did: the invitation is what the sentence says
        ("f-fr-invite-occurred", "Le président algérien Abdelmadjid Tebboune a invité son "
         "homologue sénégalais Bassirou Diomaye Faye à effectuer une visite d'État en Algérie, "
         "a annoncé mardi la présidence algérienne.", "a invite"),
    ],
)
def test_wish_or_invitation_is_not_a_visit_made(case: str, sentence: str, cue: str) -> None:
    assert unmet_cue(sentence, NOT_OCCURRED) == cue, case


@pytest.mark.parametrize(
    "sentence",
    [
        # written for this test: a visit made stays made beside a wish or an invitation
        "Macron a effectué une visite au Maroc et a invité le roi à Paris.",
        "Schulze arrived in Nairobi on Monday and said she hoped to visit Mombasa.",
    ],
)
def test_visit_made_beside_a_wish_stays_made(sentence: str) -> None:
    assert unmet_cue(sentence, NOT_OCCURRED) is None


def test_english_firm_is_no_engagement() -> None:
    """f-en-links-analysts: Spanish "firm*" (firmar) read English "firm" as a signing."""
    assert engagement_cue("Analysts at Nomura said demand from the region would stay firm "
                          "through the third quarter.") is None
    assert engagement_cue("Sánchez y Lula firmaron un acuerdo en Madrid.") == "firmaron"


# -- evidence given twice ------------------------------------------------------------------


def test_repeated_evidence_leaves_the_visit_not_grounded() -> None:
    """f-de-baerbock-repeat: one sentence three times; two dropped, the visit not grounded
    (README: the evidence are distinct sentences), its codes kept."""
    sentence = ("Außenministerin Annalena Baerbock ist am Dienstag zu einem unangekündigten "
                "Besuch in Kiew eingetroffen.")
    text = sentence + "\nSie will dort mit ihrem ukrainischen Amtskollegen Dmytro Kuleba sprechen."
    visits, warnings = build_one(text, "de", "2024-05-21", {
        "evidence": [sentence] * 3,
        "participants": [person("Annalena Baerbock", "visitor", "DEU"),
                         person("Dmytro Kuleba", "host", "UKR")],
        "summary": "German Foreign Minister Annalena Baerbock arrived in Kyiv.",
    })
    assert [e.text for e in visits[0].evidence] == [sentence]
    assert visits[0].grounded is False
    assert visits[0].codes.cameo == ["042", "043"]
    assert sum("repeats an earlier one; dropped" in w for w in warnings) == 2
