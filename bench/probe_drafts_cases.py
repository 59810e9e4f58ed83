"""The 72 adversarial drafts of `probe_drafts.py` and what each must give, by hand.

The seed articles (`examples/articles/seeds`), their reference drafts, and `ARTICLE_EN`
(written for the probe: a headline, a byline, a publication line, a photo caption, another
event's year, a related-articles list and a comments block).
"""

# ruff: noqa: E501  (the cases are a table: one draft and its expectation per entry)
from __future__ import annotations

import copy
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SEEDS = {
    s[:3]: s
    for s in [
        "000_3eacb9a9611f4138",
        "001_9f738e0873a21075",
        "002_5ba9e0a129f5893f",
        "003_b26aa6423f84ab65",
        "004_9cac97c1ccfe093a",
    ]
}
PUB = {"001": "2024-11-24", "en": "2025-03-05"}
LANG = {"000": "tr", "001": "tr", "002": "tr", "003": "fa", "004": "de", "en": "en"}


def text_of(art):
    if art == "en":
        return ARTICLE_EN
    return (ROOT / "examples/articles/seeds" / f"{SEEDS[art]}.txt").read_text()


def ref_visit(art, i=0):
    d = json.loads((ROOT / "examples/articles/drafts" / f"{SEEDS[art]}.json").read_text())
    return copy.deepcopy(d["visits"][i])


EN_GOOD = {
    "evidence": [
        "SANTIAGO – Latvia's foreign minister Tomas Varga arrived in Santiago on Monday for a two-day visit, Chile's foreign ministry said."
    ],
    "type": "visit",
    "status": "occurred",
    "summary": "Latvian foreign minister Tomas Varga visited Santiago and met Chilean minister Elena Brod.",
    "participants": [
        {"role": "visitor", "kind": "person", "name": "Tomas Varga", "country": "LVA"},
        {"role": "host", "kind": "person", "name": "Elena Brod", "country": "CHL"},
    ],
    "date_text": "on Monday",
}


ARTICLE_EN = "Latvia and Chile sign port deal during minister's visit\nBy Jane Doe, Staff Reporter | The Harbour Times\nPublished 5 March 2025\n\nSANTIAGO – Latvia's foreign minister Tomas Varga arrived in Santiago on Monday for a two-day visit, Chile's foreign ministry said.\nVarga met his Chilean counterpart Elena Brod at the ministry, and the two ministers signed a memorandum of understanding on port cooperation.\nPhoto: Tomas Varga and Elena Brod at the ministry in Santiago\nThe two countries first agreed to cooperate on ports in 2019, when Brod's predecessor visited Riga.\nBrod said a joint commission would meet in Riga next spring.\n\nRelated articles\nChile opens new container terminal in Valparaíso\nLatvia's exports rise in January\n\n3 Comments\nMark Olsen: I met Andrew Frost in Riga last week and he said the deal is bad.\nGuest: Andrew Frost visited Santiago on 12 February 2025 as well, and nobody wrote about it.\n"


def P(name, role="visitor", kind="person", country=None):
    d = {"role": role, "kind": kind, "name": name}
    if country:
        d["country"] = country
    return d


def en(**ch):
    v = copy.deepcopy(EN_GOOD)
    v.update(ch)
    return v


def ref(art, i=0, **ch):
    v = ref_visit(art, i)
    v.update(ch)
    return v


S = EN_GOOD["evidence"][0]
S2 = "Varga met his Chilean counterpart Elena Brod at the ministry, and the two ministers signed a memorandum of understanding on port cooperation."
COMMENT = (
    "Guest: Andrew Frost visited Santiago on 12 February 2025 as well, and nobody wrote about it."
)
NOT_IN = "is not in the article"
NO_ONE = "no participant is named in the article"
NODATE = "so the visit has no date"
FLAGGED = "still had problems after 1 re-ask"
CASES = [
    # -- participants ---------------------------------------------------------------------
    {
        "id": "p_absent",
        "kind": "names not in the article",
        "art": "000",
        "visits": [
            ref(
                "000",
                participants=[
                    P("Recep Tayyip Erdoğan", country="TUR"),
                    P("Paul Kagame", "host", country="RWA"),
                ],
            )
        ],
        "expect": {"codes": False, "warn": [NO_ONE, FLAGGED], "reask": [NOT_IN]},
    },
    {
        "id": "p_title_en",
        "kind": "title only",
        "art": "en",
        "visits": [en(participants=[P("minister"), P("counterpart", "host")])],
        "expect": {"codes": False, "warn": [NO_ONE], "reask": ["names no one"]},
    },
    {
        "id": "p_title_narrowed_en",
        "kind": "title with a narrowing word (documented: counts)",
        "art": "en",
        "visits": [en(participants=[P("foreign minister"), P("Elena Brod", "host")])],
        "expect": {"codes": True, "reask": None},
    },
    {
        "id": "p_title_fa",
        "kind": "title only (fa: governor, Dr.)",
        "art": "003",
        "visits": [ref("003", participants=[P("استاندار"), P("دکتر", "host")])],
        "expect": {"codes": False, "warn": [NO_ONE], "reask": ["names no one"]},
    },
    {
        "id": "p_title_tr",
        "kind": "title only (tr: director)",
        "art": "001",
        "visits": [ref("001", participants=[P("yetkilileri"), P("Müdürü", "host")])],
        "expect": {"codes": False, "warn": [NO_ONE], "reask": ["names no one"]},
    },
    {
        "id": "p_country_names",
        "kind": "country names as participants (state actors: count)",
        "art": "000",
        "visits": [
            ref(
                "000",
                participants=[
                    P("Ruanda", kind="organization"),
                    P("Türkiye", "host", "organization"),
                ],
            )
        ],
        "expect": {"codes": True, "reask": None},
    },
    {
        "id": "p_pronoun_en",
        "kind": "pronouns",
        "art": "en",
        "visits": [en(participants=[P("he"), P("his", "host")])],
        "expect": {"codes": False, "warn": [NO_ONE], "reask": ["names no one"]},
    },
    {
        "id": "p_pronoun_fa",
        "kind": "pronoun (fa وی)",
        "art": "003",
        "visits": [ref("003", participants=[P("وی"), P("ما", "host")])],
        "expect": {"codes": False, "warn": [NO_ONE], "reask": ["names no one"]},
    },
    {
        "id": "p_pronoun_tr",
        "kind": "pronoun (tr kendilerine)",
        "art": "001",
        "visits": [ref("001", participants=[P("Kendilerine"), P("O", "host")])],
        "expect": {"codes": False, "warn": [NO_ONE], "reask": ["names no one"]},
    },
    {
        "id": "p_numbers",
        "kind": "numbers",
        "art": "000",
        "visits": [ref("000", participants=[P("1"), P("2", "host")])],
        "expect": {"codes": False, "warn": [NO_ONE], "reask": ["has no participants"]},
    },
    {
        "id": "p_empty",
        "kind": "empty and white space",
        "art": "000",
        "visits": [ref("000", participants=[P(""), P("   ", "host"), P("\u00a0\n", "host")])],
        "expect": {"codes": False, "warn": [NO_ONE], "reask": ["has no participants"]},
    },
    {
        "id": "p_invisible",
        "kind": "zero-width and RTL marks only",
        "art": "003",
        "visits": [ref("003", participants=[P("\u200b"), P("\u200f\u200c", "host")])],
        "expect": {"codes": False, "warn": [NO_ONE], "reask": ["has no participants"]},
    },
    {
        "id": "p_outlet_strip",
        "kind": "outlet (page furniture), strip_boilerplate on",
        "art": "000",
        "strip": True,
        "visits": [ref("000", participants=[P("Haberankara.com", kind="organization")])],
        "expect": {"codes": False, "warn": [NO_ONE]},
    },
    {
        "id": "p_outlet",
        "kind": "outlet (page furniture), strip off",
        "art": "000",
        "visits": [ref("000", participants=[P("Haberankara.com", kind="organization")])],
        "expect": {"codes": False, "warn": [NO_ONE]},
    },
    {
        "id": "p_byline",
        "kind": "byline and outlet",
        "art": "en",
        "visits": [
            en(participants=[P("Jane Doe"), P("The Harbour Times", "host", "organization")])
        ],
        "expect": {"codes": False, "warn": [NO_ONE]},
    },
    {
        "id": "p_prompt_example",
        "kind": "copied from the prompt's examples",
        "art": "000",
        "visits": [
            ref(
                "000",
                participants=[
                    P("Rwandan business people", kind="group", country="RWA"),
                    P("Rwandan embassy staff", "host", "group"),
                ],
            )
        ],
        "expect": {"codes": False, "warn": [NO_ONE], "reask": [NOT_IN]},
    },
    {
        "id": "p_prompt_xyz",
        "kind": "copied from the prompt's instructions (X invited Y)",
        "art": "en",
        "visits": [en(participants=[P("X"), P("Y", "host")])],
        "expect": {"codes": False, "warn": [NO_ONE]},
    },
    {
        "id": "p_comments_strip",
        "kind": "name, evidence and date only in the comments, strip on",
        "art": "en",
        "strip": True,
        "visits": [
            en(evidence=[COMMENT], participants=[P("Andrew Frost")], date_text="12 February 2025")
        ],
        "expect": {"codes": False, "date": None, "warn": [NO_ONE]},
    },
    {
        "id": "p_comments",
        "kind": "name, evidence and date only in the comments, strip off (documented: shown)",
        "art": "en",
        "visits": [
            en(evidence=[COMMENT], participants=[P("Andrew Frost")], date_text="12 February 2025")
        ],
        "expect": {"codes": True, "date": "2025-02-12"},
    },
    {
        "id": "p_comments_names_strip",
        "kind": "names only in the comments, body evidence, strip on",
        "art": "en",
        "strip": True,
        "visits": [en(participants=[P("Andrew Frost"), P("Mark Olsen", "host")])],
        "expect": {"codes": False, "warn": [NO_ONE]},
    },
    {
        "id": "p_fullwidth_generic",
        "kind": "full-width letters: generic words",
        "art": "en",
        "visits": [
            en(participants=[P("ｔｈｅ ｍｉｎｉｓｔｅｒ"), P("ｏｆｆｉｃｉａｌｓ", "host")])
        ],
        "expect": {"codes": False, "warn": [NO_ONE]},
    },
    {
        "id": "p_fullwidth_name",
        "kind": "full-width letters: a real name",
        "art": "en",
        "visits": [en(participants=[P("Ｔｏｍａｓ Ｖａｒｇａ"), P("Elena Brod", "host")])],
        "expect": {"codes": True, "reask": None},
    },
    {
        "id": "p_zwsp_join",
        "kind": "zero-width space for the space of a name",
        "art": "000",
        "visits": [ref("000", participants=[P("Cüneyt\u200bÇalık", "host")])],
        "expect": {"codes": True},
    },
    {
        "id": "p_rtl_marks",
        "kind": "RTL marks around a name",
        "art": "003",
        "visits": [
            ref(
                "003",
                participants=[
                    P("\u200fایگور بابوشکین\u200f"),
                    P("\u202bاسدالله عباسی\u202c", "host"),
                ],
            )
        ],
        "expect": {"codes": True, "reask": None},
    },
    {
        "id": "p_nbsp",
        "kind": "NBSP in a name",
        "art": "en",
        "visits": [en(participants=[P("Tomas\u00a0Varga"), P("Elena\u00a0Brod", "host")])],
        "expect": {"codes": True, "reask": None},
    },
    {
        "id": "p_homoglyph",
        "kind": "Cyrillic letter in a Latin name",
        "art": "en",
        "visits": [en(participants=[P("Тomas Varga"), P("Elena Brоd", "host")])],
        "expect": {},
    },
    {
        "id": "p_same_country",
        "kind": "every participant of the host's country (reference 002, documented: international false)",
        "art": "002",
        "visits": [ref("002", 1)],
        "expect": {"codes": True, "reask": None},
    },
    {
        "id": "p_countries_free_text",
        "kind": "countries as free text",
        "art": "en",
        "visits": [
            en(
                participants=[
                    P("Tomas Varga", country="Latvian"),
                    P("Elena Brod", "host", country="Chile"),
                    P("foreign ministry", "host", "organization", country="the US"),
                ]
            )
        ],
        # "the US" is read as USA, then set to null: the article writes "Chile's foreign
        # ministry" (record.demonyms.possessive_country; the expectation was USA before)
        "expect": {"codes": True, "countries": ["LVA", "CHL", None]},
    },
    {
        "id": "p_countries_tr",
        "kind": "countries as free text (Türkiye, Turkish names)",
        "art": "000",
        "visits": [
            ref(
                "000",
                participants=[
                    P("Ruandalı iş insanları", kind="group", country="Ruanda"),
                    P("Cüneyt Çalık", "host", country="Türkiye"),
                ],
            )
        ],
        "expect": {"codes": True, "countries": ["RWA", "TUR"]},
    },
    # -- dates ----------------------------------------------------------------------------
    {
        "id": "d_pub_line",
        "kind": "publication date line",
        "art": "en",
        "visits": [en(date_text="5 March 2025")],
        "expect": {"codes": True, "date": None},
    },
    {
        "id": "d_furniture",
        "kind": "page furniture date (001), strip off",
        "art": "001",
        "visits": [ref("001", date_text="24 Kasım 2024")],
        "expect": {"codes": True, "date": None},
    },
    {
        "id": "d_furniture_strip",
        "kind": "page furniture date (001), strip on",
        "art": "001",
        "strip": True,
        "visits": [ref("001", date_text="24 Kasım 2024")],
        "expect": {"codes": True, "date": None},
    },
    {
        "id": "d_other_event",
        "kind": "another event's year",
        "art": "en",
        "visits": [en(date_text="2019")],
        "expect": {"codes": True, "date": None},
    },
    {
        "id": "d_other_event_future",
        "kind": "another event's date (next spring)",
        "art": "en",
        "visits": [en(date_text="next spring")],
        "expect": {"codes": True, "date": None},
    },
    {
        "id": "d_year_furniture",
        "kind": "bare year from furniture",
        "art": "001",
        "visits": [ref("001", date_text="2024")],
        "expect": {"codes": True, "date": None},
    },
    {
        "id": "d_today",
        "kind": "today (not in the article)",
        "art": "en",
        "visits": [en(date_text="today")],
        "expect": {"date": None, "warn": [NODATE], "reask": [NOT_IN]},
    },
    {
        "id": "d_format_fa",
        "kind": "date text in another format (Gregorian for Jalali)",
        "art": "003",
        "visits": [ref("003", date_text="7 April 2023")],
        "expect": {"date": None, "warn": [NODATE], "reask": [NOT_IN]},
    },
    {
        "id": "d_format_tr",
        "kind": "date text in another format (numeric)",
        "art": "002",
        "visits": [ref("002", date_text="06.11.2014")],
        "expect": {"date": None, "warn": [NODATE], "reask": [NOT_IN]},
    },
    {
        "id": "d_translit",
        "kind": "date text transliterated",
        "art": "003",
        "visits": [ref("003", date_text="18 Farvardin 1402")],
        "expect": {"date": None, "warn": [NODATE], "reask": [NOT_IN]},
    },
    {
        "id": "d_prompt_example",
        "kind": "date copied from the prompt (on Friday)",
        "art": "en",
        "visits": [en(date_text="on Friday")],
        "expect": {"date": None, "warn": [NODATE], "reask": [NOT_IN]},
    },
    {
        "id": "d_prompt_example_fa",
        "kind": "date copied from the prompt into a Turkish article",
        "art": "000",
        "visits": [ref("000", date_text="۱۸ فروردین ماه ۱۴۰۲")],
        "expect": {"date": None, "warn": [NODATE], "reask": [NOT_IN]},
    },
    {
        "id": "d_control",
        "kind": "control: reference date",
        "art": "002",
        "visits": [ref("002", 0)],
        "expect": {"codes": True, "date": "2014-11-06", "reask": None},
    },
    {
        "id": "d_1992_same_sentence",
        "kind": "another event's year inside the evidence sentence",
        "art": "002",
        "visits": [ref("002", 1, date_text="1992")],
        "expect": {"codes": True, "date": None},
    },
    {
        "id": "d_rtl_marks",
        "kind": "RTL marks around a date",
        "art": "003",
        "visits": [ref("003", date_text="\u200f۱۸ فروردین ماه ۱۴۰۲\u200f")],
        "expect": {"date": "2023-04-07", "reask": None},
    },
    {
        "id": "d_fullwidth",
        "kind": "full-width digits in the date",
        "art": "002",
        "visits": [ref("002", 0, date_text="６ Kasım ２０１４")],
        "expect": {"date": "2014-11-06", "reask": None},
    },
    # -- evidence -------------------------------------------------------------------------
    {
        "id": "e_heading_caps",
        "kind": "a heading",
        "art": "000",
        "visits": [ref("000", evidence=["ASO'DAN TÜM DÜNYAYA ÖRNEK ORGANİZASYON ANLAYIŞI"])],
        "expect": {"codes": False},
    },
    {
        "id": "e_heading",
        "kind": "a heading",
        "art": "001",
        "visits": [ref("001", evidence=["Bölge Hakkında Detaylı Bilgi Paylaşımı"])],
        "expect": {"codes": False},
    },
    {
        "id": "e_caption",
        "kind": "a photo caption",
        "art": "en",
        "visits": [en(evidence=["Photo: Tomas Varga and Elena Brod at the ministry in Santiago"])],
        "expect": {"codes": False},
    },
    {
        "id": "e_word",
        "kind": "a single word",
        "art": "000",
        "visits": [ref("000", evidence=["ziyaret"])],
        "expect": {"codes": False, "warn": ["is not a sentence"], "reask": ["is not a sentence"]},
    },
    {
        "id": "e_number",
        "kind": "a number",
        "art": "002",
        "visits": [ref("002", 1, evidence=["1992"])],
        "expect": {"codes": False, "warn": ["is not a sentence"], "reask": ["is not a sentence"]},
    },
    {
        "id": "e_twice_case",
        "kind": "the same sentence twice, other case and spaces",
        "art": "en",
        "visits": [en(evidence=[S, "  " + S.upper().replace(" ", "  ")])],
        "expect": {
            "codes": True,
            "evidence": [S],
            "warn": ["repeats an earlier one"],
            "reask": ["repeats evidence[0]"],
        },
    },
    {
        "id": "e_twice_nbsp",
        "kind": "the same sentence twice, NBSP",
        "art": "en",
        "visits": [en(evidence=[S, S.replace(" ", "\u00a0")])],
        "expect": {"codes": True, "evidence": [S], "reask": ["repeats evidence[0]"]},
    },
    {
        "id": "e_twice_zwsp",
        "kind": "the same sentence twice, zero-width spaces",
        "art": "en",
        "visits": [en(evidence=[S, S.replace(" ", " \u200b")])],
        "expect": {"codes": True, "evidence": [S], "reask": ["repeats evidence[0]"]},
    },
    {
        "id": "e_fragment_tr",
        "kind": "a sentence fragment",
        "art": "000",
        "visits": [
            ref("000", evidence=["Ruanda Büyükelçiliği ve Ticaret Ataşeliği'nden yetkililer ile"])
        ],
        "expect": {"codes": False},
    },
    {
        "id": "e_fragment_en",
        "kind": "a sentence fragment",
        "art": "en",
        "visits": [en(evidence=["arrived in Santiago on Monday for a two-day visit"])],
        "expect": {"codes": False},
    },
    {
        "id": "e_no_period",
        "kind": "control: a sentence without its final period",
        "art": "en",
        "visits": [en(evidence=[S.rstrip(".")])],
        "expect": {"codes": True, "reask": None},
    },
    # -- summaries ------------------------------------------------------------------------
    {
        "id": "s_title",
        "kind": "the title copied (de)",
        "art": "004",
        "visits": [
            ref(
                "004",
                summary="Partnerschaft für Smart Cities: Turkmenistan und Südkorea planen Zusammenarbeit",
            )
        ],
        "expect": {"codes": True, "warn": ["summary"], "reask": ["summary"]},
    },
    {
        "id": "s_evidence_copy_tr",
        "kind": "a copy of the (Turkish) evidence",
        "art": "000",
        "visits": [ref("000", summary=ref_visit("000")["evidence"][0])],
        "expect": {"codes": True, "warn": ["summary"], "reask": ["summary"]},
    },
    {
        "id": "s_evidence_copy_en",
        "kind": "a copy of the (English) evidence (accepted: an English sentence)",
        "art": "en",
        "visits": [en(summary=S)],
        "expect": {"codes": True, "reask": None},
    },
    {
        "id": "s_persian",
        "kind": "non-English summary",
        "art": "003",
        "visits": [ref("003", summary="استاندار گیلان با استاندار آستراخان در رشت دیدار کرد.")],
        "expect": {"codes": True, "warn": ["summary"], "reask": ["summary"]},
    },
    {
        "id": "s_json",
        "kind": "a JSON string",
        "art": "en",
        "visits": [en(summary='{"who": "Tomas Varga", "met": "Elena Brod", "where": "Santiago"}')],
        "expect": {"codes": False, "warn": ["summary"], "reask": ["summary"]},
    },
    {
        "id": "s_json_array",
        "kind": "a JSON array",
        "art": "en",
        "visits": [en(summary='["Tomas Varga", "Elena Brod", "Santiago", "Monday"]')],
        "expect": {"codes": False, "warn": ["summary"], "reask": ["summary"]},
    },
    {
        "id": "s_one",
        "kind": "'1'",
        "art": "000",
        "visits": [ref("000", summary="1")],
        "expect": {"codes": False, "warn": ["summary"], "reask": ["is not a summary"]},
    },
    {
        "id": "s_visit",
        "kind": "'visit'",
        "art": "000",
        "visits": [ref("000", summary="visit")],
        "expect": {"codes": False, "warn": ["summary"], "reask": ["is not a summary"]},
    },
    # -- topics / agreements --------------------------------------------------------------
    {
        "id": "a_made_up_signed",
        "kind": "agreement made up, signed",
        "art": "000",
        "visits": [
            ref(
                "000",
                agreements=[
                    {
                        "kind": "mou",
                        "text": "Türkiye ile Ruanda arasında mutabakat zaptı imzalandı.",
                        "status": "signed",
                    }
                ],
            )
        ],
        "expect": {
            "codes": True,
            "cameo": ["042", "043"],
            "warn": ["was not found in the article"],
            "reask": [NOT_IN],
        },
    },
    {
        "id": "a_real_signed",
        "kind": "control: agreement in the article, signed",
        "art": "en",
        "visits": [
            en(
                evidence=[S, S2],
                agreements=[
                    {
                        "kind": "mou",
                        "text": "a memorandum of understanding on port cooperation",
                        "status": "signed",
                    }
                ],
            )
        ],
        "expect": {
            "codes": True,
            "cameo": ["042", "043", "057"],
            "date": "2025-03-03",
            "reask": None,
        },
    },
    {
        "id": "d_other_paragraph",
        "kind": "date text of the visit, in a paragraph the evidence does not quote",
        "art": "en",
        "visits": [en(evidence=[S2])],
        "expect": {
            "codes": True,
            "date": None,
            "warn": ["not in the paragraphs of the visit's evidence"],
            "reask": ["is not in the paragraphs of this visit's evidence"],
        },
    },
    {
        "id": "t_made_up_topics",
        "kind": "topics made up (classification, not checkable)",
        "art": "000",
        "visits": [ref("000", topics=["defense_security", "health"])],
        "expect": {"codes": True, "reask": None},
    },
    # -- visits ---------------------------------------------------------------------------
    {
        "id": "v_duplicate",
        "kind": "the same visit twice",
        "art": "en",
        "visits": [en(), en()],
        "expect": {"nvisits": 1},
    },
    {
        "id": "v_duplicate_case",
        "kind": "the same visit twice, evidence in other case",
        "art": "en",
        "visits": [en(), en(evidence=[S.lower()])],
        "expect": {"nvisits": 1},
    },
    {
        "id": "v_empty",
        "kind": "no visits (control)",
        "art": "en",
        "visits": [],
        "expect": {"nvisits": 0, "reask": None},
    },
    {
        "id": "v_all_empty",
        "kind": "every list and string empty",
        "art": "en",
        "visits": [
            {
                "evidence": [""],
                "type": "visit",
                "status": "occurred",
                "summary": "",
                "participants": [],
                "topics": [],
                "agreements": [],
                "follow_ups": [],
                "date_text": "",
            }
        ],
        "expect": {"codes": False, "date": None, "reask": ["has no participants"]},
    },
]
