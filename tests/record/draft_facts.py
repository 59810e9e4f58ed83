"""Hand-checked facts of real articles for the draft properties (tests/record/test_draft_*).

The five seeds and eight written articles, each with the facts read off it by hand: the
persons it names (as written), its reference draft's evidence sentences and its dates'
periods (`expected_dates` of the written articles' index, the seeds' absolute dates read
here); lists of strings known to name no one, to be no sentence, no summary, no country;
and the data model's code table.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from hypothesis import HealthCheck, settings

from visitx.core.models import Codes, Span, Visit

from conftest import ARTICLES, SEEDS, load_article

WRITTEN = (
    "w01_tr_multistop", "w05_fa_solar", "w07_ar_hijri", "w09_de_range",
    "w19_en_relative", "w20_en_injection", "w23_zh_passing", "w26_ko_invited",
)  # fmt: skip
# Persons' names as each article writes them, picked by reading the article.
PERSONS: dict[str, tuple[str, ...]] = {
    "000_3eacb9a9611f4138": ("Cüneyt Çalık",),
    "001_9f738e0873a21075": ("Masashi Inove", "Hasan Köse"),
    "002_5ba9e0a129f5893f": ("BERTO",),
    "003_b26aa6423f84ab65": ("ایگور بابوشکین", "اسدالله عباسی"),
    "004_9cac97c1ccfe093a": ("Deryageldi Orazov", "Jin Hyun Hwan"),
    "w01_tr_multistop": ("Kemal Aydoğdu", "Jasur Karimov"),
    "w05_fa_solar": ("نورلان سیدف", "محمدرضا نوروزی"),
    "w07_ar_hijri": ("أحمد زكي بن عثمان",),
    "w09_de_range": ("Bachtijor Tursunow", "Thomas Albrecht"),
    "w19_en_relative": ("Jean-Claude Habimana",),
    "w20_en_injection": ("Bambang Wicaksono", "Sarah Whitcombe"),
    "w23_zh_passing": ("王建平",),
    "w26_ko_invited": ("김영수",),
}
# The seeds' absolute dates (no publication date), checked by hand against the articles.
SEED_DATES: dict[str, tuple[str, ...]] = {
    "6 Kasım 2014": ("2014-11-06", "2014-11-06", "day", "gregorian"),
    "7 Kasım 2014 günü": ("2014-11-07", "2014-11-07", "day", "gregorian"),
    "۱۸ فروردین ماه ۱۴۰۲": ("2023-04-07", "2023-04-07", "day", "jalali"),
}
NO_ONE = ("", " ", "-", "—", ".", "1", "1992", "A", "a", "the", "The", "delegation",
          "officials", "minister", "\u200c")  # fmt: skip
JUNK = (*NO_ONE, "visit", "1992.", "12/03/2024", "…", "?", "Ankara")  # under 12 letters
BAD_SUMMARIES = ("", "1", "visit", "1992", "visit visit visit", "Keller Keller visited",
                 "a b c", "Visit.", "meeting", "代表团访问代表团访问代表团访问")  # fmt: skip
GOOD_SUMMARIES = (
    "A foreign delegation visited the region and met local officials.",
    "The two sides discussed trade and investment during the meeting.",
)
CODES = ("TUR", "IRN", "RUS", "JPN", "DEU", "KOR", "RWA", "UZB", "KAZ", "XKX")
NAMES = {"Türkiye": "TUR", "Turkey": "TUR", "Japan": "JPN", "Iran": "IRN", "Germany": "DEU",
         "Rwanda": "RWA", "TR": "TUR", "JP": "JPN", "DE": "DEU"}  # fmt: skip
NOT_COUNTRIES = ("XYZ", "ZZZ", "QQQ", "Atlantis", "EU", "Service", "cada", "UC", "TRNC",
                 "Georgia (US state)", "123", "?", "-")  # fmt: skip
# Dates in many forms; each holds a number that none of the articles holds.
ABSENT_DATES = ("18/06/1987", "1987-06-18", "June 18, 1987", "18 June 1987", "29.02.1996",
                "18 Haziran 1987", "1987年6月18日", "۱۳۶۵/۰۳/۱۲", "Friday, 3 March 1961",
                "1961", "Q3 1961", "the 1960s", "18/06/2014")  # fmt: skip
RELATIVE = ("yesterday", "last week", "next month", "on Monday", "dün", "gestern", "امروز",
            "昨天", "this past weekend", "Friday")  # fmt: skip
LANGUAGES = ("tr", "fa", "en", "de", "ar", "zh", "ko", "xx", "", "EN", "turkish", "pt-BR")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|\n+")


@dataclass(frozen=True, eq=False)  # hashed by identity: strategies are cached per source
class Source:
    """An article and the hand-checked facts about it."""

    stem: str
    text: str
    language: str
    published: str | None
    persons: tuple[str, ...]
    evidence: tuple[str, ...]  # the reference draft's evidence sentences, DETAILS left out
    dates: dict[tuple[str, bool], tuple[str, ...]]  # (date text, upcoming) -> period
    sentences: tuple[str, ...] = field(init=False)
    words: tuple[str, ...] = field(init=False)
    folded: str = field(init=False)
    numbers: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        parts = tuple(s.strip() for s in _SENTENCE_END.split(self.text) if s.strip())
        object.__setattr__(self, "sentences", parts)
        object.__setattr__(self, "words", tuple(self.text.split()))
        object.__setattr__(self, "folded", crude_fold(self.text))
        object.__setattr__(self, "numbers", frozenset(digit_runs(self.text)))


def crude_fold(s: str) -> str:
    """A crude fold, wider than `locate`'s: no marks, no case, ASCII digits, no doubling."""
    out = []
    for ch in unicodedata.normalize("NFKD", s):
        if unicodedata.category(ch)[0] == "M":
            continue
        out.append(str(unicodedata.digit(ch)) if ch.isdigit() else ch.casefold())
    return re.sub(r"(.)\1+", r"\1", "".join(out))


def digit_runs(s: str) -> set[str]:
    return set(re.findall(r"\d+", "".join(str(unicodedata.digit(c)) if c.isdigit() else c
                                          for c in s)))  # fmt: skip


_EXPECTED_DATES = {
    entry["id"]: entry["expected_dates"]
    for line in (ARTICLES / "written" / "index.jsonl").read_text(encoding="utf-8").splitlines()
    if (entry := json.loads(line))
}


# Evidence sentences of the reference drafts that report what was said or decided, not that
# anyone met, visited, talked or called (read by hand): a visit whose only evidence is one of
# them earns no codes (README, "Drafts": evidence must report an engagement), so they are not
# offered as the ``ref`` evidence that earns the table's codes.
DETAILS = frozenset({
    # "Rahimov said land could be allocated to Turkish investors in the free economic zone."
    "Rahimov, bölgede kurulacak serbest ekonomik bölgede Türk yatırımcılara arsa tahsis "
    "edilebileceğini söyledi.",
    "KPA acting Managing Director Joesph Mwangi said transit volumes to the landlocked country "
    "rose 14 per cent last year.",
    "Governor Bakari said the county would fast-track approvals for the facility.",
    # "The two sides agreed to sign a friendship and cooperation agreement within the year."
    "양측은 연내 우호협력 협약을 체결하기로 뜻을 모았다.",
})  # fmt: skip


def _source(stem: str) -> Source:
    text, entry = load_article(stem)
    draft = json.loads((ARTICLES / "drafts" / f"{stem}.json").read_text(encoding="utf-8"))
    dates: dict[tuple[str, bool], tuple[str, ...]] = {}
    for index, period in _EXPECTED_DATES.get(stem, {}).items():
        visit = draft["visits"][int(index)]
        dates[(visit["date_text"], visit["status"] in ("planned", "invited"))] = tuple(period)
    for date_text, period in SEED_DATES.items():
        if date_text in text:  # absolute: the same in either tense
            dates[(date_text, False)] = dates[(date_text, True)] = period
    return Source(
        stem=stem,
        text=text,
        language=entry["language"],
        published=entry["published"],
        persons=PERSONS[stem],
        evidence=tuple(s for v in draft["visits"] for s in v["evidence"] if s not in DETAILS),
        dates=dates,
    )


SOURCES = tuple(_source(stem) for stem in (*SEEDS, *WRITTEN))


# The settings of the draft properties. derandomize: the same examples on every run and
# machine; no example database.
PROPS = settings(
    max_examples=50,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
# The data model's code table: (type, status) -> (CAMEO, PLOVER event, PLOVER mode).
OCCURRED = {
    "visit": (["042", "043"], "CONSULT", "visit"),
    "third_location": (["044"], "CONSULT", "third-party"),
    "multilateral": (["044"], "CONSULT", "multilateral"),
    "remote": (["041"], "CONSULT", "phone"),
}


def table_codes(visit: Visit) -> Codes:
    """The codes of the data model's table for a visit's type, status and agreements (057:
    a signed agreement whose mention is found in the article)."""
    if visit.status == "cancelled":
        return Codes()
    if visit.status == "occurred":
        cameo, event, mode = OCCURRED[visit.type]
    else:
        cameo, event, mode = ["036"], "AGREE", None
    if any(a.status == "signed" and a.text.match is not None for a in visit.agreements):
        cameo = [*cameo, "057"]
    return Codes(cameo=list(cameo), plover_event=event, plover_mode=mode)


def spans_of(visit: Visit) -> Iterator[Span]:
    """Every span of a visit."""
    yield from visit.evidence
    for p in visit.participants:
        yield from (s for s in (p.name, p.title, p.organization) if s is not None)
    if visit.location is not None:
        yield visit.location.name
    if visit.date is not None and visit.date.text is not None:
        yield visit.date.text
    yield from (a.text for a in visit.agreements)
