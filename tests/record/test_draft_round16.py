"""Drafts round 16: weak-model drafts of articles in non-Latin scripts, as the agencies of
their regions write them (`bench/drafts_round16_cases.json`, written blind;
`bench/probe_drafts_round16.py`). Each test names its probe case (the `id` in that file);
every expected value is read off the article by hand.
"""

from __future__ import annotations

from typing import Any

import pytest
from draft_build import build_one

from visitx.core.models import Article, Visit
from visitx.record.build import build_visits
from visitx.record.context import evidence_problem
from visitx.record.draft import Draft
from visitx.record.unmet import engagement_cue


def official(name: str, role: str, country: str) -> dict[str, Any]:
    return {"role": role, "kind": "person", "name": name, "country": country,
            "sector": "government"}


# r16-05 (IRNA): the lead "به گزارش ... (ایرنا)،" names the agency; the report is the rest.
FA_IRNA = (
    "به گزارش خبرگزاری جمهوری اسلامی (ایرنا)، سید عباس عراقچی وزیر امور خارجه کشورمان روز "
    "سه‌شنبه ۱۴ اسفند ۱۴۰۳ در تهران با فؤاد حسین وزیر امور خارجه عراق دیدار و گفت‌وگو کرد."
)


@pytest.mark.parametrize(
    "text",
    [
        FA_IRNA,
        # r16-76: "به گزارش ایرنا از مشهد،" (IRNA reports from Mashhad)
        "به گزارش ایرنا از مشهد، استاندار خراسان رضوی با والی هرات دیدار کرد.",
    ],
)
def test_quote_after_a_persian_agency_lead_is_a_sentence(text: str) -> None:
    start = text.index("، ") + 2
    assert evidence_problem(text, start, len(text)) is None


def test_quote_after_another_persian_clause_starts_mid_sentence() -> None:
    # "وزیر گفت، ..." (the minister said, ...) is no agency lead: the quote starts mid-sentence
    text = "وزیر در این دیدار گفت، روابط دو کشور رو به گسترش است."
    start = text.index("، ") + 2
    assert evidence_problem(text, start, len(text)) == (
        "a part of a sentence: it starts in the middle of one"
    )


def test_armenian_full_stop_ends_a_sentence() -> None:
    # r16-30: Armenian ends a sentence with "։" (U+0589), not "."
    first = ("ՀՀ վարչապետ Նիկոլ Փաշինյանը փետրվարի 20-ին ընդունել է Ֆրանսիայի Ազգային ժողովի "
             "պատվիրակությանը։")
    text = first + " Հանդիպմանը քննարկվել են համագործակցության հարցեր։"
    assert evidence_problem(text, 0, len(first)) is None


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        # r16-27 (el): "Συνάντηση ... είχε" (had a meeting), folded without accents
        ("Συνάντηση με τον Πρόεδρο της Κυπριακής Δημοκρατίας είχε σήμερα ο πρωθυπουργός.",
         "συναντηση"),
        # r16-28 (el): "επισκέφθηκε" (visited)
        ("Αντιπροσωπεία του Δήμου Λεμεσού επισκέφθηκε την Πέμπτη το Δημαρχείο Θεσσαλονίκης.",
         "επισκεφθηκ"),  # the phrase's stem: "επισκεφθηκ*"
        # r16-29 (ka): "შეხვდა" (met)
        ("ირაკლი კობახიძე თბილისში ალი ასადოვს შეხვდა.", "შეხვდა"),
        # r16-30 (hy): "ընդունել" (received)
        ("Նիկոլ Փաշինյանը ընդունել է պատվիրակությանը։", "ընդունել"),
        # r16-10 (he): "נפגש" (met)
        ("ראש הממשלה נפגש היום בירושלים עם שר החוץ של הונגריה.", "נפגש"),
        # r16-50 (he): "בטלפון" (by telephone)
        ("ראש הממשלה שוחח הערב בטלפון עם נשיא ארצות הברית.", "בטלפון"),
    ],
)
def test_engagement_words_of_more_scripts(sentence: str, cue: str) -> None:
    assert engagement_cue(sentence) == cue


def test_a_greeting_sent_reports_no_engagement() -> None:
    # r16-45: "направил приветствие" (sent a greeting) is no visit, though "направился"
    # (headed to) is one
    assert engagement_cue("Владимир Путин направил приветствие участникам ЭКСПО.") is None
    assert engagement_cue("Министр направился в Харбин.") == "направ"  # "направ*"


KO_REVERSED = (
    "김민석 국무총리는 19일 정부서울청사에서 한국을 공식 방문한 팜민찐 베트남 총리와 회담했다."
)


def test_visitor_of_the_place_s_country_is_the_host() -> None:
    # r16-22: the draft makes the Korean prime minister the visitor in Seoul
    visits, warnings = build_one(KO_REVERSED, "ko", "2025-11-19", {
        "evidence": [KO_REVERSED],
        "participants": [official("김민석", "visitor", "KOR"), official("팜민찐", "host", "VNM")],
        "location": {"name": "정부서울청사", "country": "KOR"},
        "date_text": "19일",
    })
    roles = [(p.name.text, p.role) for p in visits[0].participants]
    assert roles == [("김민석", "host"), ("팜민찐", "visitor")]
    assert visits[0].codes.cameo == ["042", "043"]
    assert any("visitor and host swapped" in w for w in warnings)


def test_an_embassy_host_keeps_the_roles() -> None:
    # data-model rule 6: a Korean minister at the Vietnamese embassy in Seoul is the visitor
    text = "외교부 장관은 19일 서울의 주한 베트남 대사관을 방문해 대사와 면담했다."
    visits, _ = build_one(text, "ko", "2025-11-19", {
        "evidence": [text],
        "participants": [official("외교부 장관", "visitor", "KOR"),
                         {**official("대사", "host", "VNM"), "sector": "diplomatic"}],
        "location": {"name": "서울", "country": "KOR"},
    })
    assert [p.role for p in visits[0].participants] == ["visitor", "host"]


RU_PASSING = (
    "Министр иностранных дел России Сергей Лавров провел в Москве переговоры с главой МИД "
    "Турции Хаканом Фиданом, прибывшим в Россию с рабочим визитом. Стороны обсудили, в "
    "частности, ситуацию в Сирии и на Южном Кавказе."
)


def test_a_second_visit_that_adds_only_an_unfound_visitor_is_uncoded() -> None:
    # r16-66: "МИД Сирии" is not in the article; Лавров is the first visit's host
    first, second = RU_PASSING.split(". ")
    visit = {"type": "visit", "status": "occurred", "summary": "The ministers met in Moscow.",
             "date_text": None}
    draft = Draft.model_validate({"language": "ru", "visits": [
        visit | {"evidence": [first + "."],
                 "participants": [official("Хаканом Фиданом", "visitor", "TUR"),
                                  official("Сергей Лавров", "host", "RUS")]},
        visit | {"evidence": [second],
                 "participants": [official("МИД Сирии", "visitor", "SYR"),
                                  official("Сергей Лавров", "host", "RUS")]},
    ]})
    article = Article(id=Article.id_for(RU_PASSING), text=RU_PASSING, language="ru",
                      published="2025-11-13")
    visits, warnings = build_visits(draft, article)
    assert [v.codes.cameo for v in visits] == [["042", "043"], []]
    assert any("beyond an earlier visit's participants" in w for w in warnings)


HI_DATELINE = (
    "नयी दिल्ली, 9 जुलाई (भाषा) लोकसभा अध्यक्ष ओम बिरला ने मंगलवार को संसद भवन में जापान के एक "
    "संसदीय प्रतिनिधिमंडल से मुलाकात की। बिरला ने कहा कि संसदीय आदान-प्रदान से संबंध मजबूत होंगे।"
)


def _dateline_visit(text: str) -> tuple[list[Visit], list[str]]:
    """The Japanese delegation's visit of `text` with the dateline's "9 जुलाई" as date text."""
    evidence = text[text.index("लोकसभा"):text.index("। ") + 1]
    return build_one(text, "hi", "2025-07-09", {
        "evidence": [evidence],
        "participants": [{**official("जापान के एक संसदीय प्रतिनिधिमंडल", "visitor", "JPN"),
                          "kind": "group", "sector": "legislature"},
                         {**official("ओम बिरला", "host", "IND"), "sector": "legislature"}],
        "date_text": "9 जुलाई",
    })


def test_a_dateline_day_beside_the_evidence_s_weekday_gives_no_date() -> None:
    # r16-25: the dateline's 9 July (a Wednesday) is the filing day; the evidence says
    # Tuesday (8 July 2025), so the visit has no date rather than the 9th
    visits, warnings = _dateline_visit(HI_DATELINE)
    assert visits[0].date is not None
    assert visits[0].date.start is None
    assert visits[0].codes.cameo == ["042", "043"]
    assert any("मंगलवार" in w for w in warnings)


def test_a_dateline_day_that_is_the_evidence_s_weekday_dates_the_visit() -> None:
    # the same page with "बुधवार को" (on Wednesday, the 9th): the two agree
    visits, _ = _dateline_visit(HI_DATELINE.replace("मंगलवार", "बुधवार"))
    assert visits[0].date is not None
    assert visits[0].date.start == "2025-07-09"
