"""Saved pages of the round-10 probe's kinds (bench/probe_pages_round10.py, bench/pages_round10/).

Each case comes from a page of that probe (written blind for it, pages round 10), cut down:
Blogger posts whose only date is the day's date header above the post's title (p24 in
Japanese with a Heisei year, p57 in Persian with a Solar Hijri date, p59 in Thai with the
Buddhist era's mark `พ.ศ.`), and bylines with a label before a colon and the month or the
weekday first (p41 in Swahili, p46 in Tamil). The guards keep what the README settles: an
`<h1>` does not take a date from outside its own parent.
"""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from visitx import read_html
from visitx.io.dateline import dateline
from visitx.io.headday import head_day

TODAY = dt.date(2026, 12, 7)

JA = [
    "カンボジアのフン・セン首相が来日し、東京で首脳会談が行われました。会談では道路や港湾の"
    "インフラ整備への支援が話し合われたとのことです。",
    "首相はその後大阪を訪れ、現地の企業関係者と意見交換を行う予定だと報じられています。",
]
FA = [
    "وزیر خارجه قطر دیروز وارد تهران شد و با همتای ایرانی خود درباره آزادسازی منابع مالی و "
    "تحولات غزه گفت‌وگو کرد. این دومین سفر او به تهران در سال جاری است.",
    "به نظر می‌رسد میانجی‌گری دوحه در پرونده‌های منطقه‌ای همچنان ادامه خواهد داشت.",
]
TH = [
    "รัฐมนตรีว่าการกระทรวงการต่างประเทศญี่ปุ่นเดินทางเยือนจังหวัดเชียงใหม่ เพื่อพบปะนักศึกษาและ"
    "ผู้ประกอบการญี่ปุ่นในภาคเหนือ ก่อนเดินทางต่อไปยังกรุงเทพมหานคร",
    "ระหว่างการเยือนได้หารือเกี่ยวกับโครงการรถไฟและการท่องเที่ยวเชื่อมโยงภูมิภาค",
]


def _blogger(lang: str, title: str, date_header: str, paragraphs: list[str]) -> bytes:
    """A Blogger post: the blog's name in `<h1>`, the day's date header in `<h2>`, the
    post's title in `<h3>` first in the post's `<div>` (bench/pages_round10/p24, p57, p59)."""
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        "</head><body><div class='header-outer'><h1 class='title'>News</h1></div>"
        "<div class='main-outer'><div class='date-outer'><h2 class='date-header'><span>"
        f"{date_header}</span></h2><div class='post hentry'><h3 class='post-title "
        f"entry-title'>{title}</h3><div class='post-body entry-content'>"
        + "<br /><br />".join(paragraphs)
        + "</div><div class='post-footer'>Posted by Admin at 10:12</div></div></div></div>"
        "<div class='sidebar'><h2>Blog Archive</h2><ul><li>2024 (41)</li></ul></div>"
        "<div class='footer'>Powered by Blogger.</div></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("lang", "title", "header", "paragraphs", "url", "day"),
    [
        # p24: Heisei 31 is 2019; April 12, 2019 was a Friday (金曜日).
        ("ja", "カンボジア首相の訪日について", "平成31年4月12日金曜日", JA,
         "https://kokusai-nikki-example.blogspot.com/2019/04/blog-post.html", dt.date(2019, 4, 12)),
        # p57: 2 Farvardin 1403 is 2024-03-21 (Nowruz 1403 fell on March 20, 2024), a Thursday.
        ("fa", "یادداشتی درباره سفر وزیر خارجه قطر به تهران", "پنجشنبه ۲ فروردین ۱۴۰۳", FA,
         "https://diplomasi-example.blogfa.com/post/214", dt.date(2024, 3, 21)),
        # p59: พ.ศ. 2566 is 2023 (543 years ahead); December 14, 2023 was a Thursday.
        ("th", "รัฐมนตรีต่างประเทศญี่ปุ่นเยือนเชียงใหม่", "วันพฤหัสบดีที่ 14 ธันวาคม พ.ศ. 2566", TH,
         "https://thaidiplomacy-example.blogspot.com/2023/12/blog-post_14.html",
         dt.date(2023, 12, 14)),
    ],
)  # fmt: skip
def test_blogger_date_header_over_the_post_title_is_the_date(
    lang: str, title: str, header: str, paragraphs: list[str], url: str, day: dt.date
) -> None:
    page = read_html(_blogger(lang, title, header, paragraphs), url=url, today=TODAY)
    assert page.published == day.isoformat()
    assert page.language == lang


@pytest.mark.parametrize(
    ("line", "lang", "day"),
    [
        ("Imechapishwa: Jumanne, Julai 2, 2024", "sw", dt.date(2024, 7, 2)),  # p41
        ("பதிவு: ஜூலை 21, 2023 07:30", "ta", dt.date(2023, 7, 21)),  # p46
        ("วันพฤหัสบดีที่ 14 ธันวาคม พ.ศ. 2566", "th", dt.date(2023, 12, 14)),  # p59
        ("14 ธันวาคม พ.ศ. 2566", "th", dt.date(2023, 12, 14)),  # p59, without the weekday
    ],
)
def test_dateline_label_then_month_first_and_buddhist_era_mark(
    line: str, lang: str, day: dt.date
) -> None:
    assert dateline(line, lang, lines=1) == day


def test_h1_does_not_take_a_date_from_outside_its_parent() -> None:
    # README, Publication date: over an `<h1>`, only the elements before it in its own
    # parent are its date line; a date in the block before the article is a section's
    # (htmldate's extensive search may still read it when nothing else dates the page).
    page = (
        "<html lang='en'><head><meta charset='utf-8'><title>Ministers meet in Accra</title>"
        "</head><body><div class='ticker'><p>Markets, 12 March 2024</p></div><article>"
        "<h1>Ghana and Togo ministers meet in Accra on border trade</h1>"
        + "".join(f"<p>{p}</p>" for p in [
            "The foreign ministers of Ghana and Togo met in Accra to discuss trade at the "
            "Aflao border crossing and the security of the coastal highway between Accra "
            "and Lome, officials said after the meeting.",
            "They agreed to set up a joint committee that will meet every three months.",
        ])
        + "</article></body></html>"
    )  # fmt: skip
    assert head_day(lxml.html.fromstring(page), "en") is None
