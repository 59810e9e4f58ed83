# ruff: noqa: E501, C408  (page templates and case tables: one long line each, dict() rows)
"""Builds the round-9 saved pages (bytes) and their expectations, written blind for this
probe (pages round 9).

    python bench/pages_round9/build.py      # writes pages/*.html and cases.json

Each page is one article (texts.py) in one template (layouts.py) with the furniture of
its language (furniture.py), encoded in its true charset and declared as the spec says.
Expectations: `date` (ISO day or None), `lang`, `keep` (fragments of the article that the
text must hold) and `drop` (other stories, comments, notices that it must not hold).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from furniture import FURNITURE  # noqa: E402
from layouts import LAYOUTS  # noqa: E402
from texts import ARTICLES  # noqa: E402

SOURCE = "written blind for this probe (pages round 9)"
BAD = "\ue000"  # stands for the invalid bytes a page carries (see `bad`)
SUBST = {"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'", "\u00ab": '"',
         "\u00bb": '"', "\u2014": "-", "\u2013": "-", "\u2026": "...", "\u06cc": "\u064a",
         "\u00a0": " ", "\u0219": "\u015f", "\u021b": "\u0163", "\u0218": "\u015e", "\u021a": "\u0162", "\u26a1": "", "\u00b7": "-", "\u00a9": "(c)", "\u2122": "", "\u200c": " "}

SPECS: list[dict[str, Any]] = []


def P(pid: str, art: str, lay: str, url: str, date: str | None, **kw: Any) -> None:
    SPECS.append(dict(id=pid, art=art, lay=lay, url=url, date=date, **kw))


# ---------------------------------------------------------------- English
P("en01", "en1", "wp", "https://www.northernledger.example/2025/03/10/kenyan-trade-minister-ottawa/", "2025-03-10",
  html_lang="en-CA", pub="2025-03-10T14:05:00-05:00", dl='<time class="entry-date published" datetime="2025-03-10T14:05:00-05:00">March 10, 2025</time>',
  rel_dates=["2025-02-27", "2025-03-12"], com_date="2025-03-11T09:12:00-05:00", note="WordPress, comments and related posts dated around it")
P("en02", "en1", "print", "https://www.northernledger.example/print/88213", None,
  html_lang="en", printed="Printed on March 14, 2025", note="print view whose only date is the print-out day")
P("en03", "en2", "arc", "https://www.pacificwire.example/world/asia/2024/11/21/philippine-navy-chief-yokohama/", "2024-11-21",
  ld=dict(datePublished="2024-11-28T02:00:00Z", dateModified="2024-11-28T02:00:00Z"),
  dl="November 21, 2024", note="JSON-LD datePublished a week after the visible dateline (republished); URL agrees with the dateline")
P("en04", "en2", "amp", "https://www.pacificwire.example/amp/philippine-navy-chief-yokohama", "2024-11-21",
  ld=dict(datePublished="2024-11-21T10:15:00+09:00", dateModified="2024-11-22T08:00:00+09:00"),
  dl="21 Nov 2024, 10:15 JST", note="AMP page with JSON-LD, modified a day later")
P("en05", "en3", "drupal", "https://www.islandpost.example/news/scottish-first-minister-dublin", "2025-01-15",
  html_lang="en-IE", dl="Submitted by newsdesk on Wed, 15/01/2025 - 16:20", rel_dates=["08/01/2025", "17/01/2025"],
  note="Drupal footer 'Submitted by ... on' day first")
P("en06", "en3", "wp", "https://www.islandpost.example/2025/01/15/scottish-first-minister-meets-taoiseach/", "2025-01-15",
  html_lang="en-GB", pub="2025-01-15T16:20:00+00:00", saved=True,
  dl='<time datetime="2025-01-15">15 January 2025</time>', rel_dates=["2025-01-02", "2025-01-19"], com_date="2025-01-20",
  note="saved by a browser (saved from url), cookie banner, most-read widget")
P("en07", "en4", "agency", "https://www.wirewest.example/news/2024/02/17/nigerian-governors-gujarat-tour", "2024-02-17",
  html_lang="en-IN", pub="2024-02-19T08:00:00+05:30",
  dl="Published: 17 Feb 2024, 21:05 IST", rel_dates=["15 Feb 2024", "20 Feb 2024"],
  note="URL date and byline agree; article:published_time two days later (edit date)")
P("en08", "en4", "agency", "https://www.wirewest.example/story/nigerian-governors-end-gujarat-tour-88231", "2024-02-17",
  html_lang="en", dl="Updated: February 19, 2024 | First published: February 17, 2024",
  note="'Updated' before 'First published' on one line")
P("en09", "en5", "live", "https://www.southerncross.example/live/foreign-minister-png-highlands", "2025-06-03",
  html_lang="en-AU", ld=dict(type="LiveBlogPosting", datePublished="2025-06-03T06:02:00+10:00",
                              coverageStartTime="2025-06-03T06:00:00+10:00", dateModified="2025-06-04T19:30:00+10:00"),
  dl="Live: Tuesday 3 June 2025", live_times=["6:40pm", "1:05pm", "9:30am"],
  note="live blog, entries with times only, modified next day")
P("en10", "en1", "table", "http://www.ottawabulletin.example/news/2025/kenya-trade.html", "2025-03-10",
  enc="cp1252", decl="windows-1252", html_lang="en", dl="Monday, March 10, 2025",
  rel_dates=["Mar 3, 2025", "Mar 12, 2025"], note="real windows-1252 with smart quotes, declared so, old table portal")
P("en11", "en4", "agency", "http://www.gujaratbusinesswire.example/news_detail.php?id=55120", "2024-02-17",
  enc="cp1252", decl="iso-8859-1", decl_mode="http-equiv", html_lang="en", dl="Saturday, February 17, 2024",
  rel_dates=["February 10, 2024", "February 21, 2024"], note="windows-1252 smart quotes declared ISO-8859-1 (browsers read 1252)")
P("en12", "en6", "wp", "https://www.accramirror.example/ghana-brazil-cocoa-pact/", "2024-08-14",
  bom=True, decl="iso-8859-1", html_lang="en", pub="2024-08-14T11:30:00+00:00",
  dl='<time class="entry-date published" datetime="2024-08-14T11:30:00+00:00">August 14, 2024</time>',
  rel_dates=["2024-08-01", "2024-08-20"], com_date="2024-08-15", note="UTF-8 with BOM, meta declares ISO-8859-1")
P("en13", "en6", "ghost", "https://blog.cocoaobserver.example/ghana-brazil-cocoa-research-pact/", "2024-08-14",
  html_lang="de", ld=dict(type="BlogPosting", datePublished="2024-08-14T09:00:00.000Z", dateModified="2024-08-16T10:00:00.000Z"),
  dl='<time class="byline-date" datetime="2024-08-14">14 Aug 2024</time>', rel_dates=["2024-07-30", "2024-09-02"],
  com_date="2024-08-18", note="Ghost blog, template lang=de on an English post")
P("en14", "en5", "wp", "https://www.pacificvoices.example/foreign-minister-highlands/", None,
  html_lang="fr", rel_dates=["2025-05-28", "2025-06-05"], com_date="2025-06-04T08:00:00+10:00",
  note="no date on the article; only comments and related posts dated; template lang=fr on an English page")
P("en15", "en2", "gov", "https://www.navalnews.example/features/shipyard-visit", None,
  html_lang="en", rel_dates=["12 November 2024", "30 November 2024"], copyright="2024",
  note="undated article; related list dated and a copyright year")

# ---------------------------------------------------------------- French
P("fr01", "fr1", "wp", "https://www.lequotidiendakar.example/2024/09/23/ministre-education-montreal/", "2024-09-23",
  html_lang="fr-CA", pub="2024-09-23T17:45:00-04:00",
  dl='Publi\u00e9 le <time datetime="2024-09-23T17:45:00-04:00">23 septembre 2024</time>', rel_dates=["2024-09-18", "2024-09-25"],
  com_date="2024-09-24", note="WordPress, French, comments")
P("fr02", "fr1", "drupal", "https://www.senactu.example/education/visite-ministre-quebec", "2024-09-23",
  decl="iso-8859-1", html_lang="fr", pub="2024-09-23T17:45:00+00:00", dl="lundi 23 septembre 2024",
  rel_dates=["20/09/2024", "26/09/2024"], note="UTF-8 bytes declared ISO-8859-1")
P("fr03", "fr2", "agency", "http://www.lavoixduport.example/actualite/delegation-marocaine-marseille.html", "2025-06-12",
  enc="cp1252", decl="windows-1252", html_lang="fr", dl="Publi\u00e9 le 12/06/2025 \u00e0 18h30 | Mis \u00e0 jour le 13/06/2025 \u00e0 09h12",
  rel_dates=["10/06/2025", "14/06/2025"], note="real windows-1252 French with typographic apostrophes; published then updated")
P("fr04", "fr3", "arc", "https://www.belgiquematin.example/politique/premier-ministre-kinshasa", "2025-02-04",
  html_lang="fr-BE", ld=dict(datePublished="2025-02-04T15:32:00+01:00"), dl="04/02/2025 \u00e0 15:32",
  note="JSON-LD and a numeric day-first dateline agree")
P("fr05", "fr2", "amp", "https://www.lavoixduport.example/amp/delegation-marocaine-marseille", "2025-06-12",
  html_lang="fr", ld=dict(datePublished="2025-06-12T18:30:00+02:00", dateModified="2025-06-13T09:12:00+02:00"),
  dl="12 juin 2025", note="AMP, French")
P("fr06", "fr3", "gov", "https://www.belgiquematin.example/2025/02/04/premier-ministre-belge-kinshasa", "2025-02-04",
  html_lang="fr", canonical=False, rel_dates=["28/01/2025", "06/02/2025"], copyright="2025",
  note="the only date is the URL's")

# ---------------------------------------------------------------- German
P("de01", "de1", "drupal", "https://www.freiepresse-sachsen.example/chemnitz/vietnam-delegation-berufsschulen", "2024-11-12",
  html_lang="de", dl="Stand: 12.11.2024, 17:45 Uhr", rel_dates=["10.11.2024", "14.11.2024"], note="'Stand:' alone")
P("de02", "de1", "table", "http://www.zwickauer-anzeiger.example/lokal/artikel.php?id=4411", "2024-11-12",
  enc="cp1252", decl="iso-8859-1", html_lang="de", dl="Dienstag, 12. November 2024",
  rel_dates=["08.11.2024", "13.11.2024"], note="windows-1252 bytes (German quotes) declared ISO-8859-1")
P("de03", "de2", "print", "https://www.hauptstadtblatt.example/politik/staatsbesuch-kasachstan/druck", "2025-03-03",
  html_lang="de", dl="Ver\u00f6ffentlicht am 03.03.2025", printed="Gedruckt am 10.03.2025, 08:14 Uhr",
  note="print view: printed date and published date")
P("de04", "de3", "wp", "https://www.nuernberg-aktuell.example/2024/06/21/delegation-krakau-rathaus/", "2024-06-21",
  html_lang="de-DE", bad=b"\xe4\xfc", pub="2024-06-21T13:10:00+02:00", long=True,
  dl="Ver\u00f6ffentlicht am 21. Juni 2024", rel_dates=["2024-06-18", "2024-06-24"], com_date="2024-06-22",
  note="long UTF-8 page with two stray Latin-1 bytes in the text")
P("de05", "de2", "live", "https://www.hauptstadtblatt.example/politik/liveticker-staatsbesuch-kasachstan", "2025-03-03",
  html_lang="de", ld=dict(type="LiveBlogPosting", datePublished="2025-03-03T18:00:00+01:00", dateModified="2025-03-05T12:00:00+01:00"),
  dl="Liveticker vom 03.03.2025", live_times=["22:10 Uhr", "20:35 Uhr", "18:02 Uhr"], note="German live ticker")
P("de06", "de3", "wp", "https://www.nuernberg-aktuell.example/stadt/delegation-krakau/", "2024-06-21",
  enc="utf-16-le", bom=True, decl="utf-8", html_lang="de", pub="2024-06-21T13:10:00+02:00",
  dl="21.06.2024", rel_dates=["18.06.2024", "24.06.2024"], com_date="22.06.2024", note="UTF-16LE with BOM, meta says utf-8")

# ---------------------------------------------------------------- Spanish
P("es01", "es1", "wp", "https://www.eltiempobogota.example/mundo/canciller-visita-madrid/", "2025-02-19",
  html_lang="es-CO", pub="2025-02-19T10:20:00-05:00", dl="19 de febrero de 2025",
  rel_dates=["2025-02-12", "2025-02-21"], com_date="2025-02-20", note="WordPress, Spanish")
P("es02", "es1", "drupal", "https://www.diariomadrid.example/internacional/canciller-colombiana-madrid", "2025-02-19",
  html_lang="en", dl="Mi\u00e9rcoles, 19/02/2025 - 12:40", rel_dates=["17/02/2025", "20/02/2025"],
  note="template lang=en on a Spanish page")
P("es03", "es2", "table", "http://www.limaexpreso.example/noticias/2024/chancay.htm", "2024-08-08",
  enc="cp1252", decl="iso-8859-1", html_lang="es", dl="Lima, jueves 8 de agosto de 2024",
  rel_dates=["05/08/2024", "09/08/2024"], note="real legacy Western bytes, old table portal")
P("es04", "es3", "agency", "https://www.agenciacentro.example/2024/10/14/presidente-uruguayo-gira-centroamerica/", "2024-10-14",
  html_lang="es", pub="2024-10-14T21:10:00-06:00", dl="San Jos\u00e9, 14 oct 2024 (ACN)",
  rel_dates=["12/10/2024", "16/10/2024"], note="agency dateline, URL date agrees")
P("es05", "es3", "amp", "https://www.agenciacentro.example/amp/presidente-uruguayo-gira", "2024-10-14",
  html_lang="es", ld=dict(datePublished="2024-10-15T03:10:00Z"), dl="14 de octubre de 2024 - 21:10 (hora de Costa Rica)",
  note="UTC stamp on the next day; visible local date the 14th")
P("es06", "es2", "arc", "https://www.limaexpreso.example/economia/delegacion-china-chancay", None,
  html_lang="es", rel_dates=["2024-08-03", "2024-08-11"], note="undated article; related and most-read only")

# ---------------------------------------------------------------- Portuguese
P("pt01", "pt1", "agency", "https://www.jornalnorte.example/economia/ministro-angolano-autocarros", "2024-09-16",
  html_lang="pt-PT", dl="Atualizado em 17/09/2024 \u00e0s 10h05 | Publicado em 16/09/2024 \u00e0s 19h40",
  rel_dates=["14/09/2024", "18/09/2024"], note="updated first, published second")
P("pt02", "pt2", "drupal", "http://www.folhadopara.example/noticia/comitiva-noruega-belem", "2024-11-08",
  enc="cp1252", decl="utf-8", html_lang="pt-BR", dl="Bel\u00e9m, 8 de novembro de 2024",
  rel_dates=["05/11/2024", "09/11/2024"], note="windows-1252 bytes declared UTF-8")
P("pt03", "pt1", "wp", "https://www.jornalnorte.example/2024/09/16/ministro-angola-fabricas/", "2024-09-16",
  html_lang="pt", saved=True, bad=b"\xe7", long=True, pub="2024-09-16T19:40:00+01:00",
  dl="16 de setembro de 2024", rel_dates=["2024-09-10", "2024-09-19"], com_date="2024-09-17",
  note="browser-saved, long UTF-8 page with a stray byte")

# ---------------------------------------------------------------- Italian
P("it01", "it1", "wp", "https://www.gazzettadipuglia.example/2024/05/07/presidente-albanese-bari/", "2024-05-07",
  html_lang="it", pub="2024-05-07T12:00:00+02:00", dl="Pubblicato il 7 maggio 2024",
  rel_dates=["2024-05-02", "2024-05-09"], com_date="2024-05-08", note="WordPress, Italian")
P("it02", "it2", "table", "http://www.ceramicanews.example/articolo.asp?id=2231", "2024-10-10",
  enc="iso-8859-1", decl="iso-8859-15", html_lang="it", dl="gioved\u00ec 10 ottobre 2024",
  rel_dates=["03/10/2024", "12/10/2024"], note="real ISO-8859-1 declared ISO-8859-15")
P("it03", "it1", "gov", "https://www.regione-puglia.example/comunicati/presidente-albania", "2024-05-07",
  enc="utf-16-le", html_lang="it", dl="07/05/2024", rel_dates=["30/04/2024", "09/05/2024"],
  note="UTF-16LE without BOM and no declaration; press page, date above an h2 title")

# ---------------------------------------------------------------- Dutch
P("nl01", "nl1", "agency", "https://www.havenkrant.example/nieuws/indonesische-minister-rotterdam", "2024-06-04",
  html_lang="nl", dl="dinsdag 4 juni 2024, 16:12 \u00b7 Bijgewerkt: woensdag 5 juni 2024, 09:00",
  rel_dates=["02-06-2024", "06-06-2024"], note="published and updated on one line")
P("nl02", "nl1", "print", "https://www.havenkrant.example/print/indonesische-minister-rotterdam", "2024-06-04",
  html_lang="nl", dl="Gepubliceerd: 04-06-2024", printed="Afgedrukt op 12-06-2024", note="print view, published and printed")

# ---------------------------------------------------------------- Polish
P("pl01", "pl1", "agency", "https://www.kurierpodlaski.example/region/prezydent-litwy-bialystok", "2024-04-18",
  html_lang="pl", dl="Opublikowano: 18.04.2024, 14:20 | Aktualizacja: 19.04.2024, 08:00",
  rel_dates=["16.04.2024", "20.04.2024"], note="published and updated")
P("pl02", "pl2", "table", "http://www.stalowa24.example/wiadomosci.php?id=9021", "2024-12-03",
  enc="cp1250", decl="windows-1250", html_lang="pl", dl="Wtorek, 3 grudnia 2024",
  rel_dates=["01.12.2024", "04.12.2024"], note="real windows-1250 declared")
P("pl03", "pl1", "drupal", "http://www.bialystok-online.example/artykul/litwa-prezydent", "2024-04-18",
  enc="iso-8859-2", decl="iso-8859-2", decl_mode="http-equiv", html_lang="pl", dl="18 kwietnia 2024",
  rel_dates=["15.04.2024", "21.04.2024"], note="real ISO-8859-2 declared")

# ---------------------------------------------------------------- Czech
P("cs01", "cs1", "table", "http://www.brnenskydenik.example/zpravy/prezidentka.php", "2024-10-09",
  enc="cp1250", decl="iso-8859-1", html_lang="cs", dl="st\u0159eda 9. \u0159\u00edjna 2024",
  rel_dates=["7. 10. 2024", "10. 10. 2024"], note="windows-1250 Czech declared ISO-8859-1")
P("cs02", "cs1", "drupal", "https://www.jihomoravske-zpravy.example/region/slovenska-prezidentka-brno", "2024-10-09",
  html_lang="cs", dl="9. 10. 2024 15:40", rel_dates=["7. 10. 2024", "11. 10. 2024"], note="Drupal, Czech")

# ---------------------------------------------------------------- Hungarian
P("hu01", "hu1", "table", "http://www.hirado-online.example/cikk.php?id=3321", "2025-01-14",
  enc="iso-8859-2", decl="iso-8859-2", html_lang="hu", dl="2025. janu\u00e1r 14., kedd",
  rel_dates=["2025.01.12.", "2025.01.15."], note="real ISO-8859-2 Hungarian")
P("hu02", "hu1", "wp", "https://www.kulpolitika.example/2025/01/14/azeri-kulugyminiszter-budapesten/", "2025-01-14",
  html_lang="hu", pub="2025-01-14T18:22:00+01:00", dl="K\u00f6zz\u00e9t\u00e9ve: 2025.01.14. 18:22",
  rel_dates=["2025-01-10", "2025-01-16"], com_date="2025-01-15", note="WordPress, Hungarian")

# ---------------------------------------------------------------- Romanian
P("ro01", "ro1", "wp", "https://www.ziarulmoldovei.example/2025/02/27/presedintele-moldovei-iasi/", "2025-02-27",
  html_lang="ro", pub="2025-02-27T16:00:00+02:00", dl="Joi, 27 februarie 2025",
  rel_dates=["2025-02-24", "2025-02-28"], com_date="2025-02-28", note="WordPress, Romanian with comma-below letters")
P("ro02", "ro1", "agency", "https://www.iasinews.example/stiri/presedinte-moldova-vizita", "2025-02-27",
  decl="iso-8859-2", html_lang="ro", pub="2025-02-27T16:00:00+02:00", dl="27.02.2025 16:00",
  rel_dates=["25.02.2025", "28.02.2025"], note="UTF-8 bytes declared ISO-8859-2")

# ---------------------------------------------------------------- Swedish
P("sv01", "sv1", "arc", "https://www.nordnytt.example/inrikes/finlands-president-statsbesok", "2025-05-13",
  html_lang="sv", dl="Publicerad 13 maj 2025 kl 11.04 \u00b7 Uppdaterad 13 maj 2025 kl 18.30",
  ld=dict(datePublished="2025-05-13T09:04:00Z", dateModified="2025-05-13T16:30:00Z"), note="Swedish, same-day update")
P("sv02", "sv1", "table", "http://www.norrbottensposten.example/nyheter/statsbesok.html", "2025-05-13",
  enc="iso-8859-1", decl="iso-8859-1", html_lang="sv", dl="tisdag 13 maj 2025",
  rel_dates=["2025-05-10", "2025-05-14"], note="real ISO-8859-1 Swedish")

# ---------------------------------------------------------------- Russian
P("ru01", "ru1", "table", "http://www.kazan-vesti.example/news/2024/05/21/laos.html", "2024-05-21",
  enc="koi8-r", decl="koi8-r", html_lang="ru", dl="21.05.2024 12:30",
  rel_dates=["19.05.2024", "22.05.2024"], note="real KOI8-R declared")
P("ru02", "ru1", "drupal", "https://www.tatarinform.example/news/delegaciya-laosa-kazan", "2024-05-21",
  decl="windows-1251", html_lang="ru", pub="2024-05-21T12:30:00+03:00", dl="21 \u043c\u0430\u044f 2024, 12:30",
  rel_dates=["20.05.2024", "23.05.2024"], note="UTF-8 bytes declared windows-1251")
P("ru03", "ru2", "agency", "http://www.ural-news.example/society/posol-indii.html", "2024-10-15",
  enc="cp1251", decl="windows-1251", decl_mode="late", html_lang="ru", dl="15 \u043e\u043a\u0442\u044f\u0431\u0440\u044f 2024",
  rel_dates=["14.10.2024", "16.10.2024"], note="real windows-1251 with its <meta charset> after 1 KB of script")
P("ru04", "ru3", "agency", "https://www.baikal-info.example/news/2024/09/06/premier-mongolii-irkutsk", "2024-09-06",
  html_lang="ru", pub="2024-09-06T15:20:00+08:00", dl="\u0418\u0420\u041a\u0423\u0422\u0421\u041a, 6 \u0441\u0435\u043d\u0442\u044f\u0431\u0440\u044f.",
  rel_dates=["04.09.2024", "07.09.2024"], note="wire dateline without a year; metadata and URL give it")
P("ru05", "ru2", "wp", "https://www.ekb-segodnya.example/2024/10/15/gubernator-posol-indii/", "2024-10-15",
  html_lang="uk", pub="2024-10-15T17:00:00+05:00", dl="15.10.2024",
  rel_dates=["2024-10-12", "2024-10-17"], com_date="2024-10-16", note="template lang=uk on a Russian page")

# ---------------------------------------------------------------- Ukrainian
P("uk01", "uk1", "arc", "https://www.zhytomyr-news.example/suspilstvo/premierka-estonii", "2025-03-12",
  html_lang="uk", dl="\u041e\u043f\u0443\u0431\u043b\u0456\u043a\u043e\u0432\u0430\u043d\u043e: 12 \u0431\u0435\u0440\u0435\u0437\u043d\u044f 2025, 11:05 | \u041e\u043d\u043e\u0432\u043b\u0435\u043d\u043e: 13 \u0431\u0435\u0440\u0435\u0437\u043d\u044f 2025, 19:40",
  ld=dict(datePublished="2025-03-13T17:40:00Z"), note="JSON-LD carries the update day; visible published day earlier")
P("uk02", "uk2", "table", "http://www.lviv-portal.example/news.php?id=10441", "2024-10-07",
  enc="cp1251", decl="windows-1251", html_lang="uk", dl="07.10.2024",
  rel_dates=["05.10.2024", "08.10.2024"], note="real windows-1251 Ukrainian")
P("uk03", "uk1", "wp", "https://www.novyny-regionu.example/2025/03/12/estoniya-zhytomyr/", "2025-03-12",
  html_lang="ru", pub="2025-03-12T11:05:00+02:00", dl="12.03.2025",
  rel_dates=["2025-03-10", "2025-03-14"], com_date="2025-03-13", note="template lang=ru on a Ukrainian page")

# ---------------------------------------------------------------- Bulgarian
P("bg01", "bg1", "table", "http://www.sofia-dnes.example/novini/2024/grucki-ministar.html", "2024-07-02",
  enc="cp1251", decl=None, html_lang="", dl="02.07.2024",
  rel_dates=["30.06.2024", "03.07.2024"], note="windows-1251 without any declaration or lang")

# ---------------------------------------------------------------- Turkish
P("tr01", "tr1", "agency", "https://www.kayserihaber.example/ekonomi/gambiya-heyeti-osb-ziyaret", "2024-03-05",
  html_lang="tr", dl="Giri\u015f: 05.03.2024 14:12 | G\u00fcncelleme: 06.03.2024 09:30",
  rel_dates=["04.03.2024", "07.03.2024"], note="entry and update dates")
P("tr02", "tr2", "table", "http://www.ankaragazetesi.example/haber.asp?id=77120", "2025-02-11",
  enc="cp1254", decl="iso-8859-9", html_lang="tr", dl="11 \u015eubat 2025 Sal\u0131",
  rel_dates=["09.02.2025", "12.02.2025"], note="windows-1254 bytes declared ISO-8859-9")
P("tr03", "tr3", "drupal", "http://www.karadenizsesi.example/haber/japon-buyukelci-trabzon", "2024-10-23",
  enc="iso-8859-9", decl="iso-8859-1", html_lang="tr", dl="23 Ekim 2024",
  rel_dates=["21.10.2024", "24.10.2024"], note="ISO-8859-9 Turkish declared ISO-8859-1")
P("tr04", "tr1", "amp", "https://www.kayserihaber.example/amp/gambiya-heyeti-osb", "2024-03-05",
  html_lang="tr", ld=dict(datePublished="2024-03-05T14:12:00+03:00", dateModified="2024-03-06T09:30:00+03:00"),
  dl="05 Mart 2024", note="AMP, Turkish")

# ---------------------------------------------------------------- Arabic
P("ar01", "ar1", "table", "http://www.elkhabar-dz.example/news/article.php?id=3312", "2024-02-12",
  enc="cp1256", decl="windows-1256", html_lang="ar", dl="\u0627\u0644\u0627\u062b\u0646\u064a\u0646 12 \u0641\u0628\u0631\u0627\u064a\u0631 2024",
  rel_dates=["10/02/2024", "13/02/2024"], note="real windows-1256 declared")
P("ar02", "ar2", "agency", "https://www.nilewire.example/2024/12/03/indonesian-delegation-suez/", "2024-12-03",
  html_lang="ar", pub="2024-12-03T13:00:00+02:00", dl="\u0627\u0644\u0625\u0633\u0645\u0627\u0639\u064a\u0644\u064a\u0629 \u0641\u064a 3 \u062f\u064a\u0633\u0645\u0628\u0631 2024",
  rel_dates=["01/12/2024", "04/12/2024"], note="agency dateline, URL and meta agree")
P("ar03", "ar3", "drupal", "https://www.alkhaleejnews.example/politics/mauritania-president-doha", "2025-01-19",
  decl="windows-1256", html_lang="ar", ld=dict(datePublished="2025-01-19T20:15:00+03:00"),
  dl="19 \u064a\u0646\u0627\u064a\u0631 2025", rel_dates=["17/01/2025", "20/01/2025"], note="UTF-8 bytes declared windows-1256")
P("ar04", "ar1", "amp", "https://www.elkhabar-dz.example/amp/oman-fm-algeria", "2024-02-12",
  html_lang="ar", ld=dict(datePublished="2024-02-12T10:00:00+01:00"), dl="12 \u0641\u064a\u0641\u0631\u064a 2024",
  note="AMP, Arabic, Maghreb month name")

# ---------------------------------------------------------------- Persian
P("fa01", "fa1", "agency", "https://www.khorasannews.example/news/uzbek-delegation-mashhad", "2024-10-09",
  html_lang="fa", pub="2024-10-09T10:30:00+03:30", dl="\u06f1\u06f4\u06f0\u06f3/\u06f0\u06f7/\u06f1\u06f8 - \u06f1\u06f0:\u06f3\u06f0",
  rel_dates=["\u06f1\u06f4\u06f0\u06f3/\u06f0\u06f7/\u06f1\u06f5", "\u06f1\u06f4\u06f0\u06f3/\u06f0\u06f7/\u06f2\u06f0"],
  note="Solar Hijri dateline in Persian digits, metadata agrees")
P("fa02", "fa2", "table", "http://www.tehran-akhbar.example/news.aspx?id=20021", "2025-04-27",
  enc="cp1256", decl="windows-1256", html_lang="fa", pub="2025-04-27T09:00:00+03:30",
  dl="7 \u0627\u0631\u062f\u06cc\u0628\u0647\u0634\u062a 1404", rel_dates=["1404/02/05", "1404/02/08"],
  note="real windows-1256 Persian (Arabic yeh), Solar Hijri date")

# ---------------------------------------------------------------- Urdu, Hebrew, Greek, Hindi
P("ur01", "ur1", "wp", "https://www.urdukhabar.example/2024/05/14/uzbek-fm-islamabad/", "2024-05-14",
  html_lang="ur", pub="2024-05-14T09:00:00+05:00", dl="\u0645\u0646\u06af\u0644 14 \u0645\u0626\u06cc 2024",
  rel_dates=["2024-05-12", "2024-05-15"], com_date="2024-05-15", note="WordPress, Urdu")
P("he01", "he1", "table", "http://www.hadashot-net.example/article.php?id=5512", "2024-11-14",
  enc="cp1255", decl="windows-1255", html_lang="he", dl="14/11/2024 10:25",
  rel_dates=["12/11/2024", "15/11/2024"], note="real windows-1255 Hebrew")
P("he02", "he1", "wp", "https://www.yerushalayim-news.example/2024/11/14/cyprus-fm-visit/", "2024-11-14",
  html_lang="he", pub="2024-11-14T10:25:00+02:00", dl="14 \u05d1\u05e0\u05d5\u05d1\u05de\u05d1\u05e8 2024",
  rel_dates=["2024-11-10", "2024-11-16"], com_date="2024-11-15", note="WordPress, Hebrew")
P("el01", "el1", "table", "http://www.makedonia-news.example/article.php?id=8812", "2024-09-05",
  enc="iso-8859-7", decl="iso-8859-7", html_lang="el", dl="\u03a0\u03ad\u03bc\u03c0\u03c4\u03b7, 05 \u03a3\u03b5\u03c0\u03c4\u03b5\u03bc\u03b2\u03c1\u03af\u03bf\u03c5 2024",
  rel_dates=["03/09/2024", "06/09/2024"], note="real ISO-8859-7 Greek")
P("el02", "el1", "arc", "https://www.voreia-ellada.example/politiki/proedros-kyprou-thessaloniki", "2024-09-05",
  decl="windows-1253", html_lang="el", ld=dict(datePublished="2024-09-05T13:00:00+03:00"),
  dl="05.09.2024 13:00", note="UTF-8 bytes declared windows-1253")
P("hi01", "hi1", "agency", "https://www.kashisamachar.example/national/nepal-pm-varanasi-visit", "2024-11-22",
  html_lang="hi", pub="2024-11-22T18:00:00+05:30", dl="\u092a\u094d\u0930\u0915\u093e\u0936\u093f\u0924: 22 \u0928\u0935\u0902\u092c\u0930 2024",
  rel_dates=["20/11/2024", "23/11/2024"], note="Hindi, label and colon")
P("hi02", "hi1", "amp", "https://www.kashisamachar.example/amp/nepal-pm-varanasi", "2024-11-22",
  html_lang="hi", ld=dict(datePublished="2024-11-22T18:00:00+05:30", dateModified="2024-11-23T09:00:00+05:30"),
  dl="22 \u0928\u0935\u0902\u092c\u0930 2024", note="AMP, Hindi, modified next day")

# ---------------------------------------------------------------- Chinese
P("zh01", "zh1", "table", "http://www.gxnews-daily.example/system/2024/06/18/030012345.shtml", "2024-06-18",
  enc="gb2312", decl="gb2312", html_lang="zh-CN", dl="2024\u5e7406\u670818\u65e5 09:12 \u6765\u6e90\uff1a\u5e7f\u897f\u65e5\u62a5",
  rel_dates=["2024-06-15", "2024-06-19"], note="real GB2312 declared")
P("zh02", "zh1", "agency", "https://www.nanning-online.example/news/vietnam-delegation", "2024-06-18",
  decl="gb2312", html_lang="zh-CN", pub="2024-06-18T09:12:00+08:00", dl="\u53d1\u5e03\u65f6\u95f4\uff1a2024-06-18 09:12",
  rel_dates=["2024-06-16", "2024-06-20"], note="UTF-8 bytes declared gb2312")
P("zh03", "zh2", "arc", "http://www.hlj-daily.example/content/2025-07/22/content_88812.html", "2025-07-22",
  enc="gb18030", decl="gbk", html_lang="zh", dl="2025-07-22 08:30",
  rel_dates=["2025-07-20", "2025-07-23"], note="real GBK bytes declared gbk; URL carries year-month/day")
P("zh04", "zhtw1", "table", "http://www.hsinchu-news.example/news.php?sn=120033", "2024-05-08",
  enc="big5", decl="big5", html_lang="zh-TW", dl="2024/05/08 11:30", rel_dates=["2024/05/06", "2024/05/09"],
  note="real Big5 declared", fur="zhtw")
P("zh05", "zhtw2", "agency", "https://www.taiwan-times.example/politics/japan-lawmakers-visit", "2024-10-02",
  html_lang="zh-Hant-TW", dl="\u767c\u5e03\u6642\u9593\uff1a2024/10/02 16:45 | \u66f4\u65b0\u6642\u9593\uff1a2024/10/03 08:10",
  rel_dates=["2024/09/30", "2024/10/03"], note="published and updated, traditional Chinese", fur="zhtw")
P("zh06", "zhtw1", "drupal", "https://www.tech-taiwan.example/news/paraguay-president-hsinchu", "2024-05-08",
  decl="big5", html_lang="zh-TW", pub="2024-05-08T11:30:00+08:00", dl="2024\u5e745\u67088\u65e5",
  rel_dates=["2024-05-05", "2024-05-09"], note="UTF-8 bytes declared big5", fur="zhtw")

# ---------------------------------------------------------------- Japanese
P("ja01", "ja1", "table", "http://www.hokkaido-shimbun.example/news/20240910/finland.html", "2024-09-10",
  enc="shift_jis", decl="Shift_JIS", html_lang="ja", dl="2024\u5e749\u670810\u65e5 19\u664205\u5206",
  rel_dates=["9\u67088\u65e5", "9\u670811\u65e5"], note="real Shift_JIS declared")
P("ja02", "ja2", "agency", "https://www.yamagata-np.example/news/mongolia-orchard", "2025-06-05",
  decl="Shift_JIS", html_lang="ja", pub="2025-06-05T17:00:00+09:00", dl="2025\u5e746\u67085\u65e5",
  rel_dates=["6\u67083\u65e5", "6\u67086\u65e5"], note="UTF-8 bytes declared Shift_JIS")
P("ja03", "ja3", "drupal", "http://www.tokushima-np.example/articles/ghana-ambassador", "2024-11-20",
  enc="euc_jp", decl="EUC-JP", html_lang="ja", dl="2024/11/20 17:30",
  rel_dates=["2024/11/18", "2024/11/21"], note="real EUC-JP declared")
P("ja04", "ja1", "print", "https://www.hokkaido-shimbun.example/print/finland-president", "2024-09-10",
  html_lang="ja", dl="\u516c\u958b\u65e5\uff1a2024\u5e749\u670810\u65e5", printed="\u5370\u5237\u65e5\uff1a2024\u5e749\u670815\u65e5",
  note="print view with print day and publication day")

# ---------------------------------------------------------------- Korean
P("ko01", "ko1", "table", "http://www.ulsan-ilbo.example/news/articleView.html?idxno=551201", "2024-08-12",
  enc="euc_kr", decl="euc-kr", html_lang="ko", dl="\uc785\ub825 2024.08.12 15:20 | \uc218\uc815 2024.08.13 09:00",
  rel_dates=["2024.08.10", "2024.08.13"], note="real EUC-KR, entry and correction stamps")
P("ko02", "ko2", "agency", "https://www.seoul-diplomat.example/news/moldova-fm-visit", "2025-04-03",
  decl="euc-kr", html_lang="ko", pub="2025-04-03T14:00:00+09:00", dl="2025-04-03 14:00",
  rel_dates=["2025-04-01", "2025-04-04"], note="UTF-8 bytes declared euc-kr")
P("ko03", "ko1", "amp", "https://www.ulsan-ilbo.example/amp/uzbek-pm-shipyard", "2024-08-12",
  html_lang="ko", ld=dict(datePublished="2024-08-12T15:20:00+09:00", dateModified="2024-08-13T09:00:00+09:00"),
  dl="2024\ub144 8\uc6d4 12\uc77c", note="AMP, Korean")

# ---------------------------------------------------------------- Vietnamese, Thai, Indonesian, Swahili
P("vi01", "vi1", "agency", "https://www.baonghean.example/thu-tuong-lao-tham-nghe-an", "2024-07-16",
  html_lang="vi", dl="Th\u1ee9 Ba, 16/07/2024 - 14:30 | C\u1eadp nh\u1eadt: 17/07/2024 08:00",
  rel_dates=["14/07/2024", "18/07/2024"], note="Vietnamese, published and updated")
P("vi02", "vi2", "wp", "https://www.bacninh-kinhte.example/2025/03/26/doan-doanh-nghiep-han-quoc/", "2025-03-26",
  html_lang="en", pub="2025-03-26T09:00:00+07:00", dl="26/03/2025",
  rel_dates=["2025-03-20", "2025-03-28"], com_date="2025-03-27", note="template lang=en on a Vietnamese page")
P("th01", "th1", "table", "http://www.thai-khao.example/news/view.php?id=7712", "2025-01-15",
  enc="tis-620", decl="tis-620", html_lang="th", dl="15 \u0e21\u0e01\u0e23\u0e32\u0e04\u0e21 2568",
  rel_dates=["13 \u0e21.\u0e04. 68", "16 \u0e21.\u0e04. 68"], note="real TIS-620, Buddhist-era year")
P("th02", "th1", "wp", "https://www.sakaeo-news.example/2025/01/15/cambodia-pm-visit/", "2025-01-15",
  html_lang="th", pub="2025-01-15T11:00:00+07:00", dl="15 \u0e21\u0e01\u0e23\u0e32\u0e04\u0e21 2568",
  rel_dates=["2025-01-12", "2025-01-17"], com_date="2025-01-16", note="WordPress, Thai")
P("id01", "id1", "wp", "https://www.kupangpos.example/2024/05/20/presiden-timor-leste-kupang/", "2024-05-20",
  html_lang="id", pub="2024-05-20T07:45:00+07:00", dl="Senin, 20 Mei 2024 07:45 WIB",
  rel_dates=["2024-05-17", "2024-05-21"], com_date="2024-05-21", note="WordPress, Indonesian")
P("id02", "id2", "arc", "https://www.senayan-news.example/politik/delegasi-parlemen-fiji", "2024-08-28",
  html_lang="id", ld=dict(datePublished="2024-08-28T10:00:00+07:00"), dl="Rabu, 28 Agustus 2024 | 10:00 WIB",
  note="Indonesian, JSON-LD")
P("sw01", "sw1", "agency", "https://www.habarileo.example/habari/rais-msumbiji-ziara", "2024-06-11",
  html_lang="en", pub="2024-06-11T12:00:00+03:00", dl="11 Juni 2024",
  rel_dates=["09/06/2024", "12/06/2024"], note="Swahili page, template lang=en")

# ---------------------------------------------------------------- second batch: more layouts and traps
P("en16", "en3", "live", "https://www.islandpost.example/live/2025/01/15/scotland-ireland-talks", "2025-01-15",
  html_lang="en-GB", ld=dict(type="LiveBlogPosting", datePublished="2025-01-15T08:00:00+00:00",
                              dateModified="2025-01-16T12:00:00+00:00"),
  live_times=["16:45", "13:20", "09:05"], note="live blog: URL date and JSON-LD, no visible date")
P("en17", "en6", "arc", "https://www.lusophonewire.example/2024/08/14/ghana-brazil-cocoa/", "2024-08-14",
  html_lang="en", ld=dict(datePublished="2024-08-14T15:00:00-03:00", website="2011-05-01"),
  dl="August 14, 2024 at 3:00 p.m. BRT", note="JSON-LD carries a WebSite node with its own date")
P("en18", "en4", "drupal", "https://www.indiabizdaily.example/news/nigeria-governors-gujarat", None,
  html_lang="en-US", dl="Submitted by admin on 02/03/2024", note="en-US page with an ambiguous numeric date only (None per convention)")
P("fr07", "fr1", "print", "https://www.senactu.example/imprimer/ministre-education-montreal", None,
  html_lang="fr", printed="Imprim\u00e9 le 30/09/2024", note="print view: only the print-out date")
P("de07", "de1", "amp", "https://www.freiepresse-sachsen.example/amp/vietnam-delegation", "2024-11-12",
  html_lang="de", ld=dict(datePublished="2024-11-12T17:45:00+01:00", dateModified="2024-11-14T08:00:00+01:00"),
  dl="12.11.2024", note="AMP, German")
P("es07", "es1", "ghost", "https://www.bloglatam.example/canciller-colombia-madrid/", "2025-02-19",
  html_lang="es", ld=dict(type="BlogPosting", datePublished="2025-02-19T15:00:00.000Z"), dl="19 feb 2025",
  rel_dates=["2025-02-10", "2025-02-25"], com_date="2025-02-22", note="Ghost blog, Spanish")
P("pt04", "pt2", "gov", "https://www.agenciapara.example/noticia/governador-recebe-comitiva-noruega", "2024-11-08",
  html_lang="pt-BR", dl="08/11/2024 17h20", rel_dates=["06/11/2024", "09/11/2024"], note="state press office, date above h2")
P("it04", "it2", "live", "https://www.modenaoggi.example/diretta/delegazione-giapponese-sassuolo", "2024-10-10",
  html_lang="it", ld=dict(type="LiveBlogPosting", datePublished="2024-10-10T09:00:00+02:00"),
  dl="Diretta \u2013 gioved\u00ec 10 ottobre 2024", live_times=["17:20", "12:45", "09:10"], note="Italian live blog")
P("ru06", "ru3", "print", "https://www.baikal-info.example/print/premier-mongolii", "2024-09-06",
  html_lang="ru", dl="\u041e\u043f\u0443\u0431\u043b\u0438\u043a\u043e\u0432\u0430\u043d\u043e: 06.09.2024", printed="\u0414\u0430\u0442\u0430 \u043f\u0435\u0447\u0430\u0442\u0438: 11.09.2024",
  note="Russian print view")
P("ru07", "ru1", "amp", "https://www.tatarinform.example/amp/delegaciya-laosa", "2024-05-21",
  html_lang="ru", ld=dict(datePublished="2024-05-21T12:30:00+03:00"), dl="21 \u043c\u0430\u044f 2024",
  note="AMP, Russian")
P("ar05", "ar2", "wp", "https://www.suezeconomy.example/2024/12/03/indonesia-delegation/", "2024-12-03",
  html_lang="ar", saved=True, pub="2024-12-03T13:00:00+02:00", dl="3 \u062f\u064a\u0633\u0645\u0628\u0631 2024",
  rel_dates=["2024-11-30", "2024-12-05"], com_date="2024-12-04", note="browser-saved Arabic WordPress")
P("tr05", "tr3", "wp", "https://www.trabzonhaber.example/2024/10/23/japon-buyukelci/", "2024-10-23",
  html_lang="tr", bad=b"\xfd", long=True, pub="2024-10-23T15:00:00+03:00", dl="23.10.2024",
  rel_dates=["2024-10-20", "2024-10-25"], com_date="2024-10-24", note="long UTF-8 Turkish with a stray windows-1254 byte")
P("ja05", "ja3", "gov", "https://www.pref-tokushima.example/press/2024/11/ghana", "2024-11-20",
  html_lang="ja", dl="\u4ee4\u548c6\u5e7411\u670820\u65e5", rel_dates=["\u4ee4\u548c6\u5e7411\u670818\u65e5", "\u4ee4\u548c6\u5e7411\u670821\u65e5"],
  note="prefecture press page, Reiwa-era date above an h2")
P("ko04", "ko2", "wp", "https://www.diplomacy-kr.example/2025/04/03/moldova-fm/", "2025-04-03",
  html_lang="ko", bom=True, pub="2025-04-03T14:00:00+09:00", dl="2025.04.03",
  rel_dates=["2025-04-01", "2025-04-05"], com_date="2025-04-04", note="UTF-8 with BOM, no charset declaration")
P("zh07", "zh2", "gov", "https://www.hlj-gov.example/zwgk/2025/07/22/brazil-minister", "2025-07-22",
  html_lang="zh-CN", dl="\u53d1\u5e03\u65e5\u671f\uff1a2025-07-22", rel_dates=["2025-07-18", "2025-07-24"],
  note="provincial government press page")
P("nl03", "nl1", "ghost", "https://www.waterblog.example/indonesische-minister-rotterdam/", "2024-06-04",
  html_lang="nl", ld=dict(type="BlogPosting", datePublished="2024-06-04T14:12:00.000Z"), dl="4 jun 2024",
  rel_dates=["2024-05-28", "2024-06-10"], com_date="2024-06-05", note="Ghost blog, Dutch")
P("pl04", "pl2", "amp", "https://www.nowiny-podkarpacie.example/amp/delegacja-korea-stalowa-wola", "2024-12-03",
  html_lang="pl", ld=dict(datePublished="2024-12-03T16:40:00+01:00"), dl="3 grudnia 2024", note="AMP, Polish")
P("uk04", "uk2", "live", "https://www.lviv-live.example/live/japan-delegation", "2024-10-07",
  html_lang="uk", ld=dict(type="LiveBlogPosting", datePublished="2024-10-07T09:00:00+03:00"),
  dl="\u041e\u043d\u043b\u0430\u0439\u043d 7 \u0436\u043e\u0432\u0442\u043d\u044f 2024", live_times=["18:15", "14:40", "10:05"],
  note="Ukrainian live blog")
P("id03", "id1", "table", "http://www.timor-ntt.example/berita.php?id=2231", "2024-05-20",
  enc="cp1252", decl="windows-1252", html_lang="", dl="20/05/2024", rel_dates=["18/05/2024", "21/05/2024"],
  note="ASCII-only Indonesian in windows-1252 (en dash), no lang")
P("sw02", "sw1", "wp", "https://www.mwananchi-habari.example/2024/06/11/rais-msumbiji-dar/", "2024-06-11",
  html_lang="sw", pub="2024-06-11T12:00:00+03:00", dl="Jumanne, Juni 11, 2024",
  rel_dates=["2024-06-08", "2024-06-13"], com_date="2024-06-12", note="WordPress, Swahili")
P("hu03", "hu1", "agency", "https://www.vilaghirado.example/kulfold/azeri-miniszter", "2025-01-14",
  html_lang="hu", ld=dict(datePublished="2025-01-16T09:00:00+01:00"), dl="2025. janu\u00e1r 14. 18:22",
  rel_dates=["2025.01.10.", "2025.01.15."], note="JSON-LD two days after the visible dateline")
P("cs03", "cs1", "agency", "https://www.zpravy-cz.example/domaci/2024/10/09/prezidentka-brno", "2024-10-09",
  html_lang="cs", pub="2024-10-10T07:00:00+02:00", dl="9. \u0159\u00edjna 2024 15:40",
  rel_dates=["8. 10. 2024", "10. 10. 2024"], note="meta date a day after URL and dateline")
P("el03", "el1", "wp", "https://www.kypros-news.example/2024/09/05/proedros-thessaloniki/", "2024-09-05",
  html_lang="en", pub="2024-09-05T13:00:00+03:00", dl="05/09/2024",
  rel_dates=["2024-09-03", "2024-09-06"], com_date="2024-09-06", note="template lang=en on a Greek page")
P("fa03", "fa2", "drupal", "https://www.irna-like.example/news/iraq-fm-tehran", "2025-04-27",
  html_lang="fa", ld=dict(datePublished="2025-04-27T09:00:00+03:30"), dl="\u06f7 \u0627\u0631\u062f\u06cc\u0628\u0647\u0634\u062a \u06f1\u06f4\u06f0\u06f4 - \u06f0\u06f9:\u06f0\u06f0",
  rel_dates=["\u06f5 \u0627\u0631\u062f\u06cc\u0628\u0647\u0634\u062a", "\u06f8 \u0627\u0631\u062f\u06cc\u0628\u0647\u0634\u062a"], note="Persian Drupal page, UTF-8")
P("he03", "he1", "amp", "https://www.yerushalayim-news.example/amp/cyprus-fm", "2024-11-14",
  html_lang="he", ld=dict(datePublished="2024-11-14T10:25:00+02:00"), dl="14.11.24", note="AMP, Hebrew, two-digit year")
P("ur02", "ur1", "agency", "https://www.islamabad-akhbar.example/news/uzbek-fm", "2024-05-14",
  html_lang="fa", pub="2024-05-14T09:00:00+05:00", dl="14 \u0645\u0626\u06cc 2024",
  rel_dates=["12/05/2024", "15/05/2024"], note="template lang=fa on an Urdu page")
P("vi03", "vi2", "print", "https://www.bacninh-kinhte.example/in/doan-han-quoc", "2025-03-26",
  html_lang="vi", dl="Ng\u00e0y \u0111\u0103ng: 26/03/2025", printed="Ng\u00e0y in: 02/04/2025", note="Vietnamese print view")
P("en19", "en5", "agency", "https://www.pngpost.example/news/australian-fm-mount-hagen", "2025-06-03",
  html_lang="en-AU", pub="2025-06-02T20:30:00Z", dl="Tuesday 3 June 2025", rel_dates=["1 June 2025", "4 June 2025"],
  note="UTC stamp the evening before; visible local day next day")
P("en20", "en1", "ghost", "https://www.tradenotes.example/kenya-canada-farm-exports/", "2025-03-10",
  html_lang="en", ld=dict(type="BlogPosting", datePublished="2025-03-10T19:05:00.000Z"),
  dl='<time datetime="2025-03-10">Mar 10, 2025</time>', bad=b"\x93\x94", long=True,
  rel_dates=["2025-02-14", "2025-04-01"], com_date="2025-03-12", note="long UTF-8 blog with windows-1252 quote bytes")
P("de08", "de2", "ghost", "https://www.zentralasien-blog.example/bundespraesident-kasachstan/", "2025-03-03",
  html_lang="de", ld=dict(type="BlogPosting", datePublished="2025-03-03T20:00:00.000Z"), dl="3. M\u00e4rz 2025",
  rel_dates=["2025-02-20", "2025-03-10"], com_date="2025-03-04", note="Ghost, German")
P("es08", "es3", "print", "https://www.elpais-uy.example/imprimir/presidente-gira", None,
  html_lang="es", printed="Impreso el 20/10/2024 a las 10:12", note="Spanish print view, only the print date")
P("it05", "it1", "agency", "https://www.agenzia-adriatica.example/2024/05/07/presidente-albania-bari", "2024-05-07",
  html_lang="it", ld=dict(datePublished="2024-05-07T12:00:00+02:00", dateModified="2024-05-08T18:00:00+02:00"),
  dl="Bari, 7 mag 2024 (AGA) - ", rel_dates=["05/05/2024", "08/05/2024"], note="Italian agency dateline")
P("ar06", "ar3", "gov", "https://www.mofa-example.example/ar/news/mauritania-doha", "2025-01-19",
  html_lang="ar", dl="\u0627\u0644\u0623\u062d\u062f 19 \u0631\u062c\u0628 1446\u0647\u0640 - 19 \u064a\u0646\u0627\u064a\u0631 2025",
  rel_dates=["17/01/2025", "21/01/2025"], note="Hijri and Gregorian dates above an h2 title")
P("tr06", "tr2", "gov", "https://www.tbmm-example.example/haber/azerbaycan-meclis-baskani", "2025-02-11",
  html_lang="tr", dl="11.02.2025", rel_dates=["09.02.2025", "12.02.2025"], note="parliament press page")
P("ko05", "ko1", "print", "https://www.ulsan-ilbo.example/print/uzbek-pm", "2024-08-12",
  html_lang="ko", dl="\uae30\uc0ac\uc785\ub825 2024\ub144 08\uc6d4 12\uc77c", printed="\uc778\uc1c4 2024-08-20", note="Korean print view")
P("zh08", "zh1", "print", "https://www.nanning-online.example/print/vietnam-delegation", None,
  html_lang="zh-CN", printed="\u6253\u5370\u65f6\u95f4\uff1a2024-06-25", note="Chinese print view, only the print date")
P("sv03", "sv1", "wp", "https://www.norrlandsnytt.example/2025/05/13/finlands-president/", "2025-05-13",
  html_lang="sv", saved=True, pub="2025-05-13T11:04:00+02:00", dl="13 maj 2025",
  rel_dates=["2025-05-09", "2025-05-15"], com_date="2025-05-14", note="browser-saved Swedish WordPress")
P("ro03", "ro1", "table", "http://www.ziar-iasi.example/stiri.php?id=1441", "2025-02-27",
  enc="iso-8859-2", decl="iso-8859-2", html_lang="ro", dl="27.02.2025", rel_dates=["25.02.2025", "28.02.2025"],
  note="ISO-8859-2 Romanian (cedilla forms s/t)")
P("bg02", "bg1", "wp", "https://www.bgnovini.example/2024/07/02/grucki-ministar-sofia/", "2024-07-02",
  html_lang="bg", pub="2024-07-02T16:00:00+03:00", dl="2 \u044e\u043b\u0438 2024",
  rel_dates=["2024-06-28", "2024-07-04"], com_date="2024-07-03", note="WordPress, Bulgarian")
P("id04", "id2", "drupal", "https://www.parlemen-news.example/berita/delegasi-fiji", "2024-08-28",
  html_lang="id", decl="iso-8859-1", pub="2024-08-28T10:00:00+07:00", dl="28/08/2024",
  rel_dates=["26/08/2024", "29/08/2024"], note="ASCII Indonesian declared ISO-8859-1 (harmless)")
P("hi03", "hi1", "print", "https://www.kashisamachar.example/print/nepal-pm", None,
  html_lang="hi", printed="\u092a\u094d\u0930\u093f\u0902\u091f \u0924\u093f\u0925\u093f: 25/11/2024", note="Hindi print view, only the print date")
P("th03", "th1", "agency", "https://www.esan-news.example/news/cambodia-pm-sakaeo", "2025-01-15",
  html_lang="th", ld=dict(datePublished="2025-01-15T11:00:00+07:00"), dl="\u0e27\u0e31\u0e19\u0e1e\u0e38\u0e18 15 \u0e21.\u0e04. 2568",
  rel_dates=["13 \u0e21.\u0e04. 2568", "16 \u0e21.\u0e04. 2568"], note="Thai agency, abbreviated month")


def _sanitize(text: str, enc: str) -> str:
    if enc.startswith("utf"):
        return text
    out = []
    for ch in text:
        try:
            ch.encode(enc)
            out.append(ch)
        except UnicodeEncodeError:
            rep = SUBST.get(ch)
            if rep is None:
                raise SystemExit(f"{ch!r} ({hex(ord(ch))}) not in {enc}") from None
            out.append(rep)
    return "".join(out)


def _fragments(paras: list[str], lang: str) -> list[str]:
    cjk = lang in ("zh", "ja", "ko", "th")
    a, b = (2, 22) if cjk else (6, 60)
    frags = []
    for p in (paras[0], paras[-1]):
        if BAD in p:
            continue
        frags.append(p[a:b].strip())
    return frags


def _drops(s: dict[str, Any]) -> list[str]:
    f = s["fur"]
    lay = s["lay"]
    has = {"wp": "crmk", "drupal": "rm", "arc": "rm", "agency": "rm", "amp": "r", "live": "m",
           "print": "", "table": "rm", "ghost": "cr", "gov": "r"}[lay]
    out: list[str] = []
    if "r" in has:
        out += list(f["rel"])
    if "m" in has:
        out += list(f["mr"])
    if "c" in has:
        out.append(f["comment"])
    if "k" in has:
        out.append(f["cookie"])
    return out


def build() -> list[dict[str, Any]]:
    cases = []
    pages = HERE / "pages"
    pages.mkdir(exist_ok=True)
    for spec in SPECS:
        s = dict(spec)
        lang, title, paras = ARTICLES[s["art"]]
        enc = s.get("enc", "utf-8")
        s.setdefault("decl", None if enc.startswith("utf-16") else enc if enc != "utf-8" else "utf-8")
        s["lang"] = lang
        s.setdefault("html_lang", lang)
        s["fur"] = dict(FURNITURE[s.get("fur", lang)])
        s["fur"] = {k: (_sanitize(v, enc) if isinstance(v, str) else [_sanitize(x, enc) for x in v])
                    for k, v in s["fur"].items()}
        s["site"] = s["url"].split("/")[2].replace("www.", "")
        s["home"] = "/".join(s["url"].split("/")[:3]) + "/"
        s["title"] = _sanitize(title, enc)
        paras = [_sanitize(p, enc) for p in paras]
        if s.get("bad"):
            words = paras[1].split(" ")
            words[len(words) // 2] += BAD
            paras = [paras[0], " ".join(words), paras[2]]
        if s.get("long"):
            s["fur"]["nav"] = s["fur"]["nav"] + [f"{w} {n}" for n in range(1, 60) for w in s["fur"]["nav"][:1]]
        s["paras"] = paras
        html = LAYOUTS[s["lay"]](s)
        if s.get("saved"):
            mark = f"<!-- saved from url=({len(s['url']):04d}){s['url']} -->\n"
            html = html.replace("<html", mark + "<html", 1)
        html = _sanitize(html, enc)
        if enc.startswith("utf-16"):
            raw = html.encode(enc)
            if s.get("bom"):
                raw = b"\xff\xfe" + raw
        else:
            raw = html.encode(enc)
            if s.get("bom"):
                raw = b"\xef\xbb\xbf" + raw
            if s.get("bad"):
                raw = raw.replace(BAD.encode("utf-8"), s["bad"])
        name = f"{s['id']}.html"
        (pages / name).write_bytes(raw)
        cases.append({
            "id": s["id"], "file": f"pages/{name}", "url": s["url"], "layout": s["lay"],
            "charset": enc, "declared": s.get("decl") if s.get("decl_mode") != "none" else None,
            "bom": bool(s.get("bom")), "html_lang": s["html_lang"] or None,
            "lang": s.get("expect_lang", lang), "date": s["date"],
            "keep": _fragments(paras, lang), "drop": _drops(s),
            "note": s.get("note", ""), "source": SOURCE,
        })
    (HERE / "cases.json").write_text(json.dumps(cases, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return cases


if __name__ == "__main__":
    built = build()
    print(len(built), "pages,", len({c["lang"] for c in built}), "languages")
