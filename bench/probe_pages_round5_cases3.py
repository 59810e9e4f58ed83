# ruff: noqa: E501
# fmt: off
"""Round-5 saved pages (3/3): the cases, each page as bytes with its hand-checked answers.

A case names its text (`probe_pages_round5_cases.py`), its site family
(`probe_pages_round5_cases2.py`), the markup's options (every date the page shows), the bytes'
charset and declaration, the page's declared `lang`, the URL and the fetch day, and the answers:
the publication day (None where the page does not show it), the language of the article, the
sentences that must be in the text (first words of the first and last paragraphs) and those that
must not (related headlines, readers' comments, cookie notices). Source of every case: written
blind for this probe (pages round 5).
"""

from __future__ import annotations

from typing import Any

SOURCE = "written blind for this probe (pages round 5)"
SPECS: list[dict[str, Any]] = []


def C(id: str, cat: str, body: str, tpl: str, date: str | None, today: str, **kw: Any) -> None:
    SPECS.append({"id": id, "cat": cat, "body": body, "tpl": tpl, "date": date, "today": today, **kw})


WPC = {"comment_iso": "2025-09-18T09:14:00+03:00", "comment_vis": "September 18, 2025 at 9:14 am"}
# --- Kenya, WordPress
C("ke-wp", "date", "ke", "wordpress", "2025-09-14", "2025-10-01", url="https://www.the-star.co.ke/news/2025-09-14-ruto-jets-out-to-berlin",
  o={"og_pub": "2025-09-14T18:42:10+03:00", "og_mod": "2025-09-16T08:00:00+03:00", "pub_iso": "2025-09-14T18:42:10+03:00",
     "pub_vis": "September 14, 2025", "mod_iso": "2025-09-16T08:00:00+03:00", "mod_vis": "September 16, 2025",
     "copyright": "© 2025 The Star Kenya", "read_also": True, **WPC})
C("ke-wp-vis-only", "date", "ke", "wordpress", "2025-09-14", "2025-09-20", url="https://kenyanews.example/ruto-jets-out-to-berlin/",
  o={"pub_vis": "14/09/2025", "comment_iso": "2025-09-15T10:00:00+03:00", "comment_vis": "15/09/2025 at 10:00"})
C("ke-wp-latin1-decl", "charset", "ke", "wordpress", "2025-09-14", "2025-09-15", html_lang="en-US",
  decl='<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
  o={"og_pub": "2025-09-14T18:42:10+03:00", "cookie": True, "pub_iso": "2025-09-14T18:42:10+03:00", "pub_vis": "Sep 14, 2025"})
C("ke-id-url", "date", "ke", "news", "2025-09-14", "2025-09-30", url="https://www.standardmedia.co.ke/article/2001529413/ruto-jets-out-to-berlin",
  o={"date_vis": "Sep 14, 2025", "og_image": "https://cdn.standardmedia.co.ke/images/2019/06/12/ruto-jkia.jpg",
     "copyright": "© The Standard Group PLC 2025"})
C("ke-utf16", "charset", "ke", "news", "2025-09-14", "2025-09-15", enc="utf-16-le", mutate="bom16le", decl="",
  o={"date_vis": "Sunday, September 14, 2025"})
# --- United States, Arc XP
C("us-arc", "date", "us", "arc", "2025-07-08", "2025-07-20", url="https://www.washingtonpost.com/world/2025/07/08/rubio-manila-philippines-visit/",
  o={"ld_pub": "2025-07-08T14:30:00Z", "ld_mod": "2025-07-09T01:05:00Z", "time_iso": "2025-07-08T14:30:00Z",
     "time_vis": "July 8, 2025 at 10:30 a.m. EDT", "author": "Rebecca Tan",
     "fusion": {"first_publish_date": "2025-07-08T14:30:00.123Z", "display_date": "2025-07-09T01:05:00Z"}})
C("us-arc-updated", "date", "us", "arc", "2025-07-08", "2025-07-20", url="https://www.example-post.com/world/rubio-manila-visit/",
  o={"ld_pub": "2025-07-08T14:30:00Z", "ld_mod": "2025-07-09T01:05:00Z", "time_iso": "2025-07-09T01:05:00Z",
     "time_vis": "Updated July 9, 2025", "cookie": True, "related_dates": ["July 10, 2025", "July 7, 2025"]})
C("us-amp", "date", "us", "amp", "2025-07-08", "2025-07-09", html_attrs=" \u26a1",
  o={"ld_pub": "2025-07-08T14:30:00Z", "canonical": "https://www.washingtonpost.com/world/2025/07/08/rubio-manila/",
     "date_vis": "July 8, 2025", "site": "The Post"})
C("us-scheduled", "date", "us", "arc", "2025-07-08", "2025-07-10", url="https://www.example-post.com/world/2025/07/08/rubio-manila/",
  o={"fusion": {"first_publish_date": "2025-07-08T14:30:00Z", "display_date": "2025-07-30T09:00:00Z"},
     "time_vis": "", "related_dates": ["Forum on July 30, 2025", ""]})
# --- India, The Hindu style
C("in-hindu", "date", "in", "news", "2024-09-03", "2024-09-10", url="https://www.thehindu.com/news/national/modi-arrives-in-brunei/article68598236.ece",
  o={"date_vis": "Published - September 03, 2024 01:57 pm IST<br>Updated - September 03, 2024 10:36 pm IST",
     "meta": {"publish-date": "2024-09-03T13:57:44+05:30"}})
C("in-hindu-upd-first", "date", "in", "news", "2024-09-03", "2024-09-10",
  o={"date_vis": "Updated - September 04, 2024 09:10 am IST | Published - September 03, 2024 01:57 pm IST"})
C("in-print", "date", "in", "print", "2024-09-03", "2024-09-12",
  o={"printed": "Printed on Thursday, 12 September 2024", "byline": "Published - September 03, 2024",
     "copyright": "© THG PUBLISHING PVT LTD."})
C("in-hindi-portal", "language", "in", "news", "2024-09-03", "2024-09-05", html_lang="hi", blang="hi",
  o={"og_pub": "2024-09-03T14:00:00+05:30", "date_vis": "03 Sep 2024"})
# --- Nigeria, WordPress (Newspaper theme)
C("ng-punch", "date", "ng", "wordpress", "2024-11-27", "2024-12-05",
  o={"og_pub": "2024-11-27T12:44:11+01:00", "pub_vis": "27th November 2024",
     "comment_iso": "2024-11-28T08:02:00+01:00", "comment_vis": "November 28, 2024 at 8:02 am"})
C("ng-ordinal-only", "date", "ng", "wordpress", "2024-11-27", "2024-12-01",
  o={"pub_vis": "27th November 2024", "related_dates": ["28th November 2024", "26th November 2024"],
     "copyright": "© 2024 Punch Nigeria Limited", "img": "/wp-content/uploads/2022/05/Tinubu-1.jpg"})
C("ng-reprint", "text", "ng", "news", "2024-11-27", "2024-11-30",
  o={"date_vis": "November 27, 2024 2:11 pm", "lead": "<em>This report was first published by the News Agency of "
     "Nigeria (NAN) and is republished with permission.</em>"})
# --- Reuters wire
RT = '<time datetime="2024-05-15T20:12:00Z"><span>May 16, 2024</span><span>4:12 AM GMT+8</span><span>Updated 2 hours ago</span></time>'
C("reuters-utc", "date", "reuters", "wire", "2024-05-16", "2024-05-20", url="https://www.reuters.com/world/china/putin-arrives-beijing-talks-with-xi-2024-05-16/",
  o={"og_pub": "2024-05-15T20:12:00Z", "stamp": RT, "trust": "Our Standards: The Thomson Reuters Trust Principles."})
C("reuters-dateline-sameday", "date", "reuters", "wire", "2024-05-16", "2024-05-16",
  o={"trust": "Our Standards: The Thomson Reuters Trust Principles.", "copyright": "© 2024 Reuters. All rights reserved"})
C("reuters-dateline-later", "date", "reuters", "wire", "2024-05-16", "2024-06-02",
  o={"trust": "Our Standards: The Thomson Reuters Trust Principles.", "copyright": "© 2024 Reuters. All rights reserved"})
C("reuters-dateline-nocopy", "date", "reuters", "wire", "2024-05-16", "2024-05-17", o={"related": False})
# --- AP
C("ap-meta", "date", "ap", "wire", "2025-04-14", "2025-04-15", url="https://apnews.com/article/vietnam-china-xi-jinping-tariffs-4e1f2b3c9d0a",
  o={"og_pub": "2025-04-14T03:12:41", "og_mod": "2025-04-14T10:40:00",
     "stamp": '<bsp-timestamp data-timestamp="1744603200000"><span>Updated 12:00 AM EDT, April 14, 2025</span></bsp-timestamp>'})
C("ap-epoch", "date", "ap", "wire", "2025-04-14", "2025-04-20",
  o={"stamp": '<bsp-timestamp data-timestamp="1744603200000"><span>April 14, 2025</span></bsp-timestamp>',
     "related_dates": ["April 15, 2025", "April 16, 2025"]})
C("ap-fr-portal", "language", "ap", "wire", "2025-04-14", "2025-04-15", html_lang="fr", blang="fr",
  o={"og_pub": "2025-04-14T05:00:00+02:00", "cookie": True})
# --- Live blog
LIVE1 = [("2025-04-07T21:40:00+01:00", "9.40pm BST"), ("2025-04-07T18:05:00+01:00", "6.05pm BST"),
         ("2025-04-07T14:12:00+01:00", "2.12pm BST"), ("2025-04-07T11:58:00+01:00", "11.58am BST")]
LIVE2 = [("2025-04-08T10:15:00+01:00", "Tue 8 Apr 10.15am"), ("2025-04-08T08:30:00+01:00", "Tue 8 Apr 8.30am"),
         ("2025-04-07T18:05:00+01:00", "Mon 7 Apr 6.05pm"), ("2025-04-07T11:58:00+01:00", "Mon 7 Apr 11.58am")]
C("live-ld", "date", "live", "live", "2025-04-07", "2025-04-09",
  o={"ld_pub": "2025-04-07T09:30:00+01:00", "ld_start": "2025-04-07T09:30:00+01:00", "ld_mod": "2025-04-07T21:40:00+01:00",
     "stamps": LIVE1, "date_vis": "Mon 7 Apr 2025 21.40 BST"})
C("live-multiday", "date", "live", "live", "2025-04-07", "2025-04-08",
  o={"ld_pub": "2025-04-07T09:30:00+01:00", "ld_mod": "2025-04-08T10:15:00+01:00", "stamps": LIVE2,
     "date_vis": "Last updated 8 Apr 2025"})
C("live-nold", "date", "live", "live", "2025-04-07", "2025-04-10",
  o={"stamps": LIVE2, "date_vis": "First published on Mon 7 Apr 2025 09.30 BST"})
# --- Ghana, short article
C("gh-short", "text", "gh", "news", "2025-03-14", "2025-03-15",
  o={"date_vis": "Friday, March 14, 2025", "cookie": True, "comment_iso": "2025-03-14T20:00:00Z", "comment_vis": "2 hours ago"})
C("gh-short-fr", "language", "gh", "news", "2025-03-14", "2025-03-16", html_lang="fr", blang="fr",
  o={"og_pub": "2025-03-14T15:20:00Z"})
C("gh-short-wp", "text", "gh", "wordpress", "2025-03-14", "2025-03-20",
  o={"og_pub": "2025-03-14T15:20:00+00:00", "pub_iso": "2025-03-14T15:20:00+00:00", "pub_vis": "March 14, 2025"})
C("gh-copyright-only", "date", "gh", "news", None, "2025-03-20", o={"copyright": "© 2025 Graphic Communications Group Ltd."})
# --- New Zealand, Blogger
C("nz-blogger", "date", "nz", "blogger", "2025-02-11", "2025-03-01",
  o={"header": "Tuesday, February 11, 2025", "abbr": "2025-02-11T19:32:00+13:00", "abbr_vis": "7:32 PM",
     "archive": ["2025 (12)", "2024 (48)", "2019 (3)"], "comment_iso": "2025-02-12T08:00:00+13:00", "comment_vis": "February 12, 2025 at 8:00 AM"})
C("nz-blogger-header", "date", "nz", "blogger", "2025-02-11", "2025-02-20",
  url="https://kiwi-politics.blogspot.com/2025/02/notes-from-prime-ministers-pacific-trip.html",
  o={"header": "Tuesday, 11 February 2025"})
C("nz-blogger-urlmonth", "date", "nz", "blogger", None, "2025-02-20",
  url="https://kiwi-politics.blogspot.com/2025/02/notes-from-prime-ministers-pacific-trip.html",
  o={"comment_iso": "2025-02-12T08:00:00+13:00", "comment_vis": "February 12, 2025 at 8:00 AM"})
C("nz-image-paths", "date", "nz", "wordpress", None, "2025-02-20", url="https://pacificnotes.example/notes-from-the-trip/",
  o={"img": "/wp-content/uploads/2019/06/nadi-airport.jpg", "og_image": "https://pacificnotes.example/wp-content/uploads/2019/06/nadi.jpg"})
C("nz-comments-only", "date", "nz", "drupal", None, "2025-02-20",
  o={"comment_iso": "2025-02-12T08:00:00+13:00", "comment_vis": "Wed, 02/12/2025 - 08:00"})
C("nz-related-only", "date", "nz", "news", None, "2025-02-20", o={"related_dates": ["10 February 2025", "9 February 2025"]})
# --- Australia, AMP
C("au-amp", "date", "au", "amp", "2025-07-12", "2025-07-14", html_lang="en-AU", html_attrs=" \u26a1",
  url="https://www.abc.net.au/news/2025-07-12/albanese-arrives-shanghai-china-visit/105521234",
  o={"ld_pub": "2025-07-12T05:31:00+10:00", "date_vis": "Posted Sat 12 Jul 2025 at 5:31am", "site": "ABC News"})
C("au-amp-vis", "date", "au", "amp", "2025-07-12", "2025-07-14", html_attrs=" amp",
  o={"date_vis": "Posted 12 Jul 2025", "canonical": "https://www.abc.net.au/news/albanese-shanghai/105521234"})
C("au-arc-cookie", "text", "au", "arc", "2025-07-12", "2025-07-15",
  o={"ld_pub": "2025-07-12T05:31:00+10:00", "cookie": True, "related_dates": ["13 Jul 2025", "11 Jul 2025"]})
# --- South Africa, print pages
C("za-print", "date", "za", "print", "2025-05-19", "2025-05-20",
  o={"printed": "Printed from IOL on 2025-05-20 08:14", "byline": "By Staff Reporter | Published 19 May 2025",
     "copyright": "© 2025 Independent Online. All rights reserved."})
C("za-print-printed-only", "date", "za", "print", None, "2025-05-20", o={"printed": "Printed: 20 May 2025", "byline": "By Staff Reporter"})
C("za-wp-upcoming", "date", "za", "wordpress", "2025-05-19", "2025-05-19",
  o={"og_pub": "2025-05-19T10:02:00+02:00", "pub_iso": "2025-05-19T10:02:00+02:00", "pub_vis": "19 May 2025",
     "related_dates": ["21 May 2025", "23 May 2025"]})
# --- Pakistan
C("pk-dawn", "date", "pk", "news", "2025-03-19", "2025-03-25", url="https://www.dawn.com/news/1898765",
  o={"date_vis": "Published March 19, 2025", "og_pub": "2025-03-19T11:46:23+05:00", "read_also": "Read more:",
     "comment_iso": "2025-03-20T07:00:00+05:00", "comment_vis": "Mar 20, 2025 07:00am"})
C("pk-dawn-updated", "date", "pk", "news", "2025-03-19", "2025-03-25",
  o={"date_vis": "Updated March 20, 2025 09:12am", "og_pub": "2025-03-19T11:46:23+05:00"})
C("pk-bad-bytes", "charset", "pk", "news", "2025-03-19", "2025-03-25", mutate="bad3",
  o={"og_pub": "2025-03-19T11:46:23+05:00", "date_vis": "March 19, 2025", "read_also": "Read more:"})
# --- RIA Novosti
RIA = {"og_pub": "20250711T1405", "pub_vis": "14:05 11.07.2025", "mod_vis": "(обновлено: 16:20 12.07.2025)",
       "read_also": "11:02 10.07.2025"}
RIA_URL = "https://ria.ru/20250711/lavrov-2028321234.html"
C("ria-utf8", "date", "ru_ria", "ria", "2025-07-11", "2025-07-15", url=RIA_URL, o=RIA)
C("ria-1251-decl-utf8", "charset", "ru_ria", "ria", "2025-07-11", "2025-07-15", url=RIA_URL, enc="cp1251", o=RIA)
C("ria-1251-xml-conflict", "charset", "ru_ria", "ria", "2025-07-11", "2025-07-15", enc="cp1251",
  prolog='<?xml version="1.0" encoding="windows-1251"?>\n', o=RIA)
C("ria-lang-en", "language", "ru_ria", "ria", "2025-07-11", "2025-07-15", url=RIA_URL, html_lang="en", o=RIA)
C("ria-cut", "charset", "ru_ria", "ria", "2025-07-11", "2025-07-15", url=RIA_URL, mutate="cut", o=RIA)
# --- TASS style, windows-1251
TASS = {"date_vis": "20 февраля 2025, 10:05", "related_dates": ["21 февраля, 09:00", "19 февраля, 18:30"], "copyright": "© ТАСС 2025"}
C("tass-1251", "charset", "ru_tass", "news", "2025-02-20", "2025-02-25", enc="cp1251", decl="meta:windows-1251",
  o={**TASS, "ld_pub": "2025-02-20T10:05:00+03:00"})
C("tass-equiv-conflict", "charset", "ru_tass", "news", "2025-02-20", "2025-02-25", enc="cp1251",
  decl='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta charset="windows-1251">', o=TASS)
C("tass-nodecl", "charset", "ru_tass", "news", "2025-02-20", "2025-02-25", enc="cp1251", decl="", o=TASS)
C("tass-http-right", "charset", "ru_tass", "news", "2025-02-20", "2025-02-25", enc="cp1251", decl="", http="windows-1251", o=TASS)
C("tass-http-utf8", "charset", "ru_tass", "news", "2025-02-20", "2025-02-25", enc="cp1251", decl="meta:windows-1251", http="utf-8", o=TASS)
# --- Russian regional paper, old tables
C("reg-koi8", "charset", "ru_reg", "table", "2025-05-22", "2025-06-01", enc="koi8-r", decl="equiv:koi8-r",
  o={"date_vis": "22.05.2025", "copyright": "© 2003-2025 Амурская правда"})
C("reg-koi8-nodecl", "charset", "ru_reg", "table", "2025-05-22", "2025-06-01", enc="koi8-r", decl="",
  o={"date_vis": "22 мая 2025 г.", "copyright": "© 2003-2025 Амурская правда"})
C("reg-x-cp1251", "charset", "ru_reg", "table", "2025-05-22", "2025-06-01", enc="cp1251", decl="equiv:x-cp1251",
  o={"date_vis": "22 мая 2025 г."})
C("reg-late-meta", "charset", "ru_reg", "table", "2025-05-22", "2025-06-01", enc="cp1251", decl="meta:windows-1251", late=True,
  o={"date_vis": "22.05.2025"})
# --- Ukrainian
C("uk-news", "date", "uk", "news", "2025-06-12", "2025-06-20", o={"date_vis": "12 червня 2025, 14:20", "og_pub": "2025-06-12T14:20:00+03:00"})
C("uk-lang-ru", "language", "uk", "news", "2025-06-12", "2025-06-20", html_lang="ru", o={"date_vis": "12 червня 2025, 14:20"})
C("uk-1251", "charset", "uk", "news", "2025-06-12", "2025-06-20", enc="cp1251", decl="meta:windows-1251", html_lang=None,
  o={"date_vis": "12.06.2025 14:20"})
C("uk-koi8u", "charset", "uk", "table", "2025-06-12", "2025-06-20", enc="koi8-u", decl="equiv:koi8-u", o={"date_vis": "12.06.2025"})
