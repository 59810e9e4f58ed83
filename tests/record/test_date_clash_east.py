"""A year or month as the visit's date beside a month and day written the Chinese, Japanese
or Korean way in the same paragraph (`record.dateclash`), Hebrew visit words written
onto a one-letter word (`record.unmet.engagement_cue`), and Japanese past-tense meetings
beside a future one (`record.unmet.unmet_cue`).

Sentences written for the drafts probe, round 18 (`bench/drafts_round18_cases.json`,
r18-03, r18-10 and r18-34), and for these tests in the shape of Xinhua, Kyodo, Yonhap and Ynet
reports; the English gloss is in the comment above each. Dates checked by hand against the
publication date given.
"""

from __future__ import annotations

from typing import Any

import pytest

from visitx.core.models import Span
from visitx.dates.parse import parse_date
from visitx.record.dateclash import finer_date_elsewhere
from visitx.record.unmet import NOT_OCCURRED, engagement_cue, unmet_cue

# Hun Manet met Wang Yi in Phnom Penh on 15 April; they recalled the consensus of Hun
# Manet's visit to China in September 2023 (r18-03, published 2025-04-16)
ZH = (
    "柬埔寨首相洪玛奈4月15日在金边会见了中国外交部长王毅，"
    "双方回顾了2023年9月洪玛奈访华期间达成的共识。"
)


def _clash(text: str, date_text: str, language: str, published: str) -> str | None:
    def read(t: str) -> Any:
        return parse_date(t, language=language, published=published)

    start = text.index(date_text)
    span = Span(text=date_text, start=start, end=start + len(date_text))
    evidence = [Span(text=text, start=0, end=len(text))]
    return finer_date_elsewhere(read(date_text), span, text, evidence, read)


@pytest.mark.parametrize(
    ("text", "date_text", "language", "published", "other"),
    [
        (ZH, "2023年9月", "zh", "2025-04-16", "4月15日"),  # the earlier visit's month
        (ZH, "4月15日", "zh", "2025-04-16", None),  # a day is never the coarse one
        # Wang Yi visited Russia in April and met Lavrov in Moscow on 1 April (inside it)
        ("王毅4月访问俄罗斯，4月1日在莫斯科会见拉夫罗夫。", "4月", "zh", "2025-04-16", None),
        # the full date of the same month, its year written: inside 2023-09
        ("双方回顾了2023年9月15日的会谈。", "2023年9月", "zh", "2025-04-16", None),
        # Cho visited Tokyo in May; on 20 April the ministers had spoken by phone
        ("조 장관은 5월 도쿄를 방문했으며, 4월 20일 통화했다.", "5월", "ko", "2025-05-30",
         "4월 20일"),
    ],
)
def test_east_day_elsewhere(
    text: str, date_text: str, language: str, published: str, other: str | None
) -> None:
    """The month and day outside the date text's period, or None (inside it, or a day)."""
    assert _clash(text, date_text, language, published) == other


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        # Macron arrived in Israel and met (ונפגש) Netanyahu in Jerusalem (r18-34)
        ("נשיא צרפת עמנואל מקרון הגיע לישראל ונפגש בירושלים עם ראש הממשלה בנימין נתניהו.",
         "נפגש"),
        # the two discussed it during the visit (בביקור: "in the visit")
        ("השניים דנו בכך בביקור.", "ביקור"),
        # the minister met (נפגש) – no prefix, as before
        ("השר נפגש עם עמיתו.", "נפגש"),
        # the prime minister spoke in the Knesset: no visit word
        ("ראש הממשלה נאם בכנסת.", None),
    ],
)
def test_hebrew_prefixed_visit_words(sentence: str, cue: str | None) -> None:
    """A Hebrew visit word behind ו, ב and the like is found; other words are not."""
    assert engagement_cue(sentence) == cue


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        # Iwaya met the visiting (訪日中の) Korean minister on the 24th and discussed (協議した)
        # the trilateral meeting planned (予定) for the 3rd of next month (r18-10)
        ("岩屋毅外相は24日、東京都内で訪日中の韓国の趙兌烈外相と会談し、"
         "来月3日に予定される日中韓外相会談について協議した。", None),
        # Kishida held (会談を行った) a summit with Biden at the White House on the 10th
        ("岸田文雄首相は10日、ホワイトハウスでバイデン大統領と首脳会談を行った。", None),
        # Ishiba is to visit (訪問する, the first future phrase) India this month (予定)
        ("石破首相は今月、インドを訪問する予定だ。", "訪問する"),
    ],
)
def test_japanese_meeting_held_beside_a_plan(sentence: str, phrase: str | None) -> None:
    """A past-tense Japanese meeting keeps a sentence that also names a plan as occurred."""
    assert unmet_cue(sentence, NOT_OCCURRED) == phrase
