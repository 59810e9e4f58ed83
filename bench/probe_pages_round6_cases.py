# ruff: noqa: E501
"""Page specs for the round-6 page probe, written blind (pages round 6).

A spec names an article, a CMS family, the true encoding of the bytes and what the page
declares (meta charset, http-equiv, XML declaration, HTTP header, BOM), the dates in its
metadata and visible text, and the expected publication date and language. Traps are
listed per page: updated vs published, comment and related-article dates, copyright
years, event dates in the body, US vs European numeric order, UTC vs local dates.
"""

from __future__ import annotations

from typing import Any

from probe_pages_round6_texts import ARTICLES

SOURCE = "written blind for this probe (pages round 6)"


def P(name: str, art: str, fam: str, url: str, fetched: str, date: str | None, **kw: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {"name": name, "art": art, "family": fam, "url": url, "fetched": fetched,
                            "date": date, "lang": ARTICLES[art][0], "enc": "utf-8", "decl": "utf-8",
                            "decl_at": "meta", "source": SOURCE}
    spec.update(kw)
    if "decl" in kw and kw["decl"] is None:
        spec["decl_at"] = "none"
    return spec


EN_REL = [("Biden hosts Pacific island leaders", "September 25, 2023"), ("Opinion: what the visit means", "June 24, 2023")]
EN_COM = [("Raj K.", "June 24, 2023 at 8:12 am", "Great coverage, thanks for the details on the drone deal.")]
UK_REL = [("Minister visits Kenya", "28/03/2024"), ("Aid budget row", "02/04/2024")]

CASES: list[dict[str, Any]] = [
    # --- English ---
    P("en-wp-modi", "en_modi", "wordpress", "https://www.indiaabroad-news.com/2023/06/21/modi-arrives-washington-state-visit/", "2024-01-10", "2023-06-21",
      lang_attr="en-US", pub="2023-06-21T16:45:00-04:00", mod="2023-06-23T09:10:00-04:00", shown="June 21, 2023",
      shown_mod="June 23, 2023", related=EN_REL, comments=EN_COM, traps=["updated", "comments", "copyright"]),
    P("en-arc-modi-utc", "en_modi", "arc", "https://www.capitalpost.com/world/modi-state-visit-congress/", "2023-07-01", "2023-06-21",
      lang_attr="en", pub="2023-06-22T02:15:00Z", mod="2023-06-22T14:00:00Z", shown="June 21, 2023 at 10:15 p.m. EDT",
      related=EN_REL, traps=["utc-vs-local"]),
    P("en-modi-badbytes", "en_modi", "wordpress", "https://desitimes.us/news/modi-washington-visit", "2023-06-30", "2023-06-21",
      lang_attr="en-US", pub="2023-06-21T18:02:00-04:00", shown="Jun 21, 2023", bad=3, traps=["invalid-bytes"]),
    P("en-next-ruto", "en_ruto", "nextjs", "https://www.africabriefing.com/east-africa/ruto-lands-in-beijing", "2023-11-02", "2023-10-15",
      lang_attr="en", pub="2023-10-15T23:05:00+03:00", mod="2023-10-17T08:00:00+03:00", shown="15 Oct 2023",
      related=[("Kenya signs rail deal", "18 Oct 2023")], traps=["updated", "related"]),
    P("en-amp-ruto", "en_ruto", "amp", "https://www.nairobidaily.co.ke/amp/news/2023-10-16-ruto-beijing-debt-relief", "2023-10-20", "2023-10-16",
      lang_attr="en", pub="2023-10-16T08:00:00+03:00", shown="Monday, October 16, 2023", traps=["url-date"]),
    P("en-drupal-albanese", "en_albanese", "drupal", "https://www.southernherald.com.au/news/2023-11-04/albanese-shanghai", "2023-11-20", "2023-11-04",
      lang_attr="en-AU", pub="2023-11-04T19:42:11+11:00", shown="Sat 4 Nov 2023",
      related=[("Wine tariffs: what next", "06/11/2023"), ("Yang Hengjun's family speaks", "01/11/2023")], traps=["related"]),
    P("en-au-numeric", "en_albanese", "legacy", "https://www.regionalvoice.com.au/national/albanese-touches-down-in-shanghai", "2023-12-01", "2023-11-04",
      lang_attr="en-AU", shown="Posted 04/11/2023, 7:42pm", traps=["eu-order"]),
    P("en-us-numeric", "en_us", "legacy", "https://www.capitolwire-news.com/politics/lula-biden-white-house-climate", "2023-03-01", "2023-02-10",
      lang_attr="en-US", shown="02/10/2023 6:31 PM EST", traps=["us-order"]),
    P("en-wire-urldate", "en_wire", "legacy", "https://www.wirewatch.com/world/africa/japans-foreign-minister-visits-kenya-2024-02-12/", "2024-03-05", "2024-02-12",
      lang_attr="en", copyright="2024", traps=["dateline", "url-date"]),
    P("en-wire-dateline", "en_wire", "legacy", "https://www.wirewatch.com/world/africa/kamikawa-kenya-haiti-mission", "2024-02-20", "2024-02-12",
      lang_attr="en", copyright="2024", traps=["dateline-only"]),
    P("en-uk-published-updated", "en_uk", "legacy", "https://www.westminsterbrief.co.uk/foreign/foreign-secretary-nigeria-ghana", "2024-04-01", "2024-03-13",
      lang_attr="en-GB", shown="Published 13 March 2024 · Last updated 15 March 2024", related=UK_REL, traps=["updated", "related"]),
    P("en-uk-numeric", "en_uk", "legacy", "https://www.thecountyeye.co.uk/news/foreign-secretary-abuja-visit", "2024-05-01", "2024-04-03",
      lang_attr="en-GB", shown="03/04/2024", traps=["eu-order"]),
    P("en-cnn-updated-first", "en_us", "legacy", "https://edition.globalnewsnet.com/politics/lula-biden-meeting-climate/index.html", "2023-02-20", "2023-02-10",
      lang_attr="en", shown="Updated 10:31 AM EST, Sat February 11, 2023 | Published 6:02 PM EST, Fri February 10, 2023", traps=["updated"]),
    P("en-blogger-twinning", "en_blog", "blogger", "https://hastingstwinning.blogspot.com/2024/04/our-twinning-delegation-in-gdansk.html", "2024-06-01", "2024-04-16",
      lang_attr="en-GB", pub="2024-04-16T21:04:00+01:00", shown="Tuesday, 16 April 2024", shown_time="21:04",
      comments=[("Margaret", "18 April 2024 at 09:15", "Lovely write-up, we must go back in the autumn!")], traps=["comments", "archive"]),
    P("en-blogger-gb-numeric", "en_blog", "blogger", "https://ryetwinning.blogspot.com/2024/04/gdansk.html", "2024-06-01", "2024-04-16",
      lang_attr="en-GB", pub="2024-04-16T21:04:00+01:00", shown="16/04/2024", traps=["eu-order", "url-month"]),
    P("en-us-declared-latin1", "en_us", "wordpress", "https://www.hemispherereport.com/2023/02/10/lula-meets-biden/", "2023-02-15", "2023-02-10",
      decl="iso-8859-1", lang_attr="en-US", pub="2023-02-10T17:55:00-05:00", shown="February 10, 2023", traps=["utf8-declared-latin1"]),
    P("en-us-header-1252", "en_us", "drupal", "https://www.amazonwatchdog.org/news/lula-biden-amazon-pledge", "2023-02-15", "2023-02-10",
      header="windows-1252", lang_attr="en", pub="2023-02-10T20:00:00-05:00", shown="Fri, 02/10/2023 - 20:00", traps=["utf8-header-1252"]),
    P("en-utf16-bom", "en_us", "legacy", "https://www.oldpress-archive.org/2023/02/10/lula.htm", "2023-03-01", "2023-02-10",
      enc="utf-16-le", bom=True, decl="utf-16", lang_attr="en", traps=["utf16-bom"]),
    P("en-summit-event-dates", "en_summit", "legacy", "https://www.pacificwire.net/news/commonwealth-leaders-samoa", "2024-10-19", "2024-10-18",
      lang_attr="en", shown="18 October 2024", traps=["event-date-in-body"]),
    P("en-summit-future-meta", "en_summit", "nextjs", "https://www.islandsnews.ws/commonwealth/chogm-apia-arrivals", "2024-10-19", "2024-10-18",
      lang_attr="en", pub="2024-10-21T09:00:00+13:00", no_ld=True, next_pub="2024-10-18T16:20:00+13:00", shown="18 October 2024",
      traps=["meta-after-fetch"]),
    P("en-summit-nodate", "en_summit", "legacy", "https://www.pacificwire.net/explainers/what-is-chogm", "2024-10-19", None,
      lang_attr="en", copyright="2024", traps=["event-date-in-body", "copyright"]),
    P("en-about-nodate", "en_blog", "wordpress", "https://www.hastingstwinning.org.uk/about-our-twin-towns/", "2024-06-01", None,
      lang_attr="en-GB", copyright="2024", traps=["copyright"]),
    P("en-related-only", "en_uk", "legacy", "https://www.westminsterbrief.co.uk/topics/africa-visits", "2024-04-10", None,
      lang_attr="en-GB", related=UK_REL, traps=["related"]),
    P("en-comments-only", "en_ruto", "wordpress", "https://kenyadebtwatch.org/ruto-beijing-trip/", "2023-11-01", None,
      lang_attr="en", comments=[("Otieno", "October 19, 2023 at 3:44 pm", "More loans, same story.")], traps=["comments"]),
    # --- Spanish, French, German, Italian, Portuguese, Polish, Indonesian, Vietnamese ---
    P("es-wp-milei", "es_milei", "wordpress", "https://www.diariomadrid.es/internacional/milei-llega-madrid/", "2024-05-25", "2024-05-17",
      lang_attr="es-ES", pub="2024-05-17T19:30:00+02:00", mod="2024-05-18T10:00:00+02:00", shown="17 de mayo de 2024 - 19:30",
      comments=[("Lucía", "18/05/2024 a las 9:12", "Una visita sin ninguna reunión oficial.")], traps=["updated", "comments"]),
    P("es-1252-httpequiv-latin1", "es_milei", "legacy", "https://www.cronicaiberica.es/noticia.asp?id=88213", "2024-05-20", "2024-05-17",
      enc="cp1252", decl="iso-8859-1", decl_at="http-equiv", lang_attr="es", shown="Viernes, 17 de mayo de 2024", traps=["legacy-latin"]),
    P("es-next-lang-en", "es_milei", "nextjs", "https://www.infoargentina.com.ar/politica/milei-madrid-vox", "2024-05-20", "2024-05-17",
      lang_attr="en", pub="2024-05-17T17:41:00Z", shown="17 de mayo de 2024", traps=["lang-template-en"]),
    P("es-mx-numeric", "es_ebrard", "legacy", "https://www.noticiasdelbajio.mx/nacional/barcena-tokio", "2024-03-20", "2024-03-05",
      lang_attr="es-MX", shown="05/03/2024 08:12", traps=["eu-order"]),
    P("es-amp-ebrard", "es_ebrard", "amp", "https://www.eldiariodemexico.mx/amp/2024/03/05/canciller-tokio", "2024-03-20", "2024-03-05",
      lang_attr="es-MX", pub="2024-03-05T08:12:00-06:00", shown="5 de marzo de 2024",
      related=[("Bárcena llega a Seúl", "07/03/2024"), ("Foro en Singapur", "09/03/2024")], traps=["related"]),
    P("fr-wp-macron", "fr_macron", "wordpress", "https://www.lactu-maghreb.fr/2024/10/28/macron-maroc-visite-etat/", "2024-11-05", "2024-10-28",
      lang_attr="fr-FR", pub="2024-10-28T18:02:00+01:00", mod="2024-10-29T08:15:00+01:00", shown="Publié le 28 octobre 2024 à 18h02",
      shown_mod="Mis à jour le 29 octobre 2024 à 08h15", traps=["updated"]),
    P("fr-arc-macron", "fr_macron", "arc", "https://www.quotidien-national.fr/international/article/macron-rabat-visite", "2024-11-05", "2024-10-28",
      lang_attr="fr", pub="2024-10-28T16:05:00Z", mod="2024-10-29T09:46:00Z",
      shown="Publié le 28 octobre 2024 à 17h05, modifié le 29 octobre 2024 à 10h46", traps=["updated"]),
    P("fr-1252-undeclared", "fr_macron", "legacy", "https://www.lesechosdurif.ma/article.php?id=55120", "2024-11-05", "2024-10-28",
      enc="cp1252", decl=None, lang_attr="fr", shown="28/10/2024", traps=["undeclared-legacy", "eu-order"]),
    P("fr-curly-latin1-is-1252", "fr_curly", "legacy", "https://www.afriquediplo.fr/ruto-paris-visite-etat.html", "2024-03-10", "2024-02-29",
      enc="cp1252", decl="iso-8859-1", lang_attr="fr", shown="Publié le jeudi 29 février 2024 à 19h40", traps=["latin1-is-1252", "leap-day"]),
    P("fr-drupal-sonko-nolang", "fr_sonko", "drupal", "https://www.senegal-diaspora.fr/actualites/premier-ministre-matignon", "2024-07-01", "2024-06-20",
      pub="2024-06-20T14:05:00+02:00", shown="jeu 20/06/2024 - 14:05", traps=["no-lang"]),
    P("fr-sonko-lang-en", "fr_sonko", "wordpress", "https://www.afrik-hebdo.com/senegal/sonko-paris/", "2024-07-01", "2024-06-20",
      lang_attr="en-US", pub="2024-06-20T16:10:00+00:00", shown="20 juin 2024", traps=["lang-template-en"]),
    P("de-legacy-scholz-stand", "de_scholz", "legacy", "https://www.nachrichten-aktuell.de/ausland/asien/scholz-indien-besuch-100.html", "2024-11-01", "2024-10-24",
      lang_attr="de", pub="2024-10-24T19:45:00+02:00", shown="Stand: 24.10.2024 19:45 Uhr", traps=["stand"]),
    P("de-next-scholz", "de_scholz", "nextjs", "https://www.wirtschaftspost.de/politik/scholz-neu-delhi-regierungskonsultationen", "2024-11-01", "2024-10-24",
      lang_attr="de-DE", pub="2024-10-24T17:30:00Z", mod="2024-10-25T07:00:00Z", shown="24.10.2024, 19:30 Uhr", traps=["updated"]),
    P("de-latin1-httpequiv", "de_steinmeier", "legacy", "https://www.kirchenzeitung-nord.de/artikel.php?id=4471", "2023-11-10", "2023-11-01",
      enc="iso-8859-1", decl="iso-8859-1", decl_at="http-equiv", lang_attr="de", shown="01.11.2023", traps=["legacy-latin"]),
    P("de-amp-lang-en", "de_steinmeier", "amp", "https://www.ostafrika-nachrichten.de/amp/steinmeier-tansania", "2023-11-10", "2023-11-01",
      lang_attr="en", pub="2023-11-01T12:00:00+01:00", shown="1. November 2023", traps=["lang-template-en"]),
    P("de-utf8-undeclared", "de_steinmeier", "legacy", "https://www.weltspiegel-online.de/steinmeier-songea", "2023-11-10", "2023-11-01",
      decl=None, lang_attr="de", shown="Mittwoch, 1. November 2023", traps=["undeclared-utf8"]),
    P("it-wp-meloni", "it_meloni", "wordpress", "https://www.giornaledelmondo.it/esteri/meloni-tokyo-kishida/", "2024-02-10", "2024-02-04",
      lang_attr="it-IT", pub="2024-02-04T10:20:00+01:00", shown="4 febbraio 2024", traps=[]),
    P("it-latin9-numeric", "it_meloni", "legacy", "https://www.corrieredelsud.it/notizia.php?id=20240204", "2024-02-10", "2024-02-04",
      enc="iso-8859-15", decl="iso-8859-15", lang_attr="it", shown="04/02/2024", traps=["eu-order"]),
    P("pt-drupal-lula", "pt_lula", "drupal", "https://www.folhadoplanalto.com.br/mundo/lula-chega-a-pequim", "2023-04-20", "2023-04-13",
      lang_attr="pt-BR", pub="2023-04-13T09:30:00-03:00", shown="13/04/2023 09h30", traps=["eu-order"]),
    P("pt-lang-es-urldate", "pt_lula", "legacy", "https://www.noticiasdosul.com.br/2023/04/13/lula-pequim-xi/", "2023-04-20", "2023-04-13",
      lang_attr="es", traps=["lang-wrong", "url-date"]),
    P("pl-latin2", "pl_duda", "legacy", "https://www.gazeta-regionalna.pl/swiat/duda-waszyngton", "2024-03-20", "2024-03-11",
      enc="iso-8859-2", decl="iso-8859-2", lang_attr="pl", shown="11.03.2024, 22:15", traps=["legacy-latin2"]),
    P("pl-1250-httpequiv", "pl_duda", "legacy", "https://www.tygodnik-polityczny.pl/artykul/duda-bialy-dom", "2024-03-20", "2024-03-11",
      enc="cp1250", decl="windows-1250", decl_at="http-equiv", lang_attr="pl", shown="poniedziałek, 11 marca 2024", traps=["legacy-1250"]),
    P("id-wp-lang-en", "id_jokowi", "wordpress", "https://www.beritanusantara.co.id/2023/07/26/jokowi-tiba-di-beijing/", "2023-08-01", "2023-07-26",
      lang_attr="en-US", pub="2023-07-26T20:15:00+07:00", shown="Rabu, 26 Juli 2023", traps=["lang-template-en"]),
    P("vi-legacy-numeric", "vi_xi", "legacy", "https://www.baothoidai.vn/the-gioi/tap-can-binh-den-ha-noi-post12345.html", "2023-12-20", "2023-12-12",
      lang_attr="vi", shown="12/12/2023 14:30", traps=["eu-order"]),
    # --- Russian, Ukrainian ---
    P("ru-1251-meta", "ru_putin", "legacy", "https://www.sibnovosti.ru/politics/putin-astana", "2023-11-15", "2023-11-09",
      enc="cp1251", decl="windows-1251", lang_attr="ru", shown="09.11.2023 14:20", traps=["legacy-1251"]),
    P("ru-1251-undeclared", "ru_putin", "legacy", "https://www.volga-info.ru/news/2023/11/putin-astana.html", "2023-11-15", "2023-11-09",
      enc="cp1251", decl=None, lang_attr="ru", shown="9 ноября 2023, 14:20", traps=["undeclared-legacy"]),
    P("ru-koi8-httpequiv", "ru_putin", "legacy", "https://www.old-gazeta.ru/cgi-bin/news.cgi?n=33122", "2023-11-15", "2023-11-09",
      enc="koi8-r", decl="koi8-r", decl_at="http-equiv", lang_attr="ru", shown="9 ноября 2023", traps=["legacy-koi8"]),
    P("ru-bom-vs-meta-1251", "ru_putin", "wordpress", "https://www.kazrus-news.kz/2023/11/09/putin-astana/", "2023-11-15", "2023-11-09",
      bom=True, decl="windows-1251", lang_attr="ru-RU", pub="2023-11-09T11:20:00+03:00", shown="09.11.2023", traps=["bom-contradicts-meta"]),
    P("ru-1251-xmldecl", "ru_jaishankar", "legacy", "https://www.mir-politika.ru/news/jaishankar-moscow.xhtml", "2024-01-05", "2023-12-25",
      enc="cp1251", decl="windows-1251", decl_at="xml", lang_attr="ru", shown="25 декабря 2023 г.", traps=["xml-declaration"]),
    P("ru-1251-declared-utf8", "ru_jaishankar", "legacy", "https://www.regnews24.ru/world/india-moscow", "2024-01-05", "2023-12-25",
      enc="cp1251", decl="utf-8", lang_attr="ru", shown="25.12.2023 18:40", traps=["1251-declared-utf8"]),
    P("ru-next-lang-en", "ru_jaishankar", "nextjs", "https://www.eurasia-today.com/ru/india-russia-jaishankar", "2024-01-05", "2023-12-25",
      lang_attr="en", pub="2023-12-25T15:40:00Z", shown="25 декабря 2023", traps=["lang-template-en"]),
    P("ru-header-1251", "ru_jaishankar", "arc", "https://www.delovoy-vestnik.ru/politika/dzhayshankar-v-moskve", "2024-01-05", "2023-12-25",
      enc="cp1251", decl=None, header="windows-1251", lang_attr="ru", pub="2023-12-25T18:40:00+03:00", shown="25 декабря 2023, 18:40",
      related=[("Лавров встретился с Джайшанкаром", "27 декабря 2023")], traps=["header-only", "related"]),
    P("ru-utf8-badbytes", "ru_putin", "nextjs", "https://www.stepnoy-vestnik.kz/ru/news/putin-v-astane", "2023-11-15", "2023-11-09",
      lang_attr="ru", pub="2023-11-09T14:20:00+06:00", shown="9 ноября 2023", bad=4, traps=["invalid-bytes"]),
    P("uk-wp-lang-ru", "uk_duda", "wordpress", "https://www.kyivnews.com.ua/2022/05/22/duda-kyiv/", "2022-06-01", "2022-05-22",
      lang_attr="ru-RU", pub="2022-05-22T10:05:00+03:00", shown="22 травня 2022, 10:05", traps=["lang-wrong"]),
    P("uk-1251-meta", "uk_duda", "legacy", "https://www.oblvisti.com.ua/news.php?id=77120", "2022-06-01", "2022-05-22",
      enc="cp1251", decl="windows-1251", lang_attr="uk", shown="22.05.2022", traps=["legacy-1251"]),
    P("uk-drupal-nolang", "uk_duda", "drupal", "https://www.zakhid-info.com.ua/polityka/duda-u-kyievi", "2022-06-01", "2022-05-22",
      pub="2022-05-22T09:50:00+03:00", shown="22 травня 2022", traps=["no-lang"]),
]
