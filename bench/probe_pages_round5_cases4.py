# ruff: noqa: E501
# fmt: off
"""Round-5 saved pages (4/5): more cases (Chinese, Japanese, Korean, Arabic, Persian, Urdu,
Turkish, Hindi, Spanish, Portuguese, French, German, Swahili, Indonesian, Vietnamese, Polish).
Same fields as `probe_pages_round5_cases3.py`. Source of every case: written blind for this probe
(pages round 5).
"""

from __future__ import annotations

from probe_pages_round5_cases3 import SPECS, C

# --- Xinhua
XH = {"left_t": "2024-05-08 03:14:02　来源：新华网", "related_dates": ["2024-05-09", "2024-05-06"],
      "copyright": "Copyright © 2000-2024 XINHUANET.com All rights reserved."}
XH_URL = "http://www.news.cn/politics/leaders/2024-05/08/c_1130140213.htm"
C("xh-utf8", "date", "zh_xh", "cn_portal", "2024-05-08", "2024-05-12", url=XH_URL, html_lang="zh-CN",
  o={**XH, "meta": {"publishdate": "2024-05-08"}})
C("xh-gbk-as-gb2312", "charset", "zh_xh", "cn_portal", "2024-05-08", "2024-05-12", url=XH_URL, enc="gbk", decl="meta:gb2312", o=XH)
C("xh-utf8-decl-gbk", "charset", "zh_xh", "cn_portal", "2024-05-08", "2024-05-12", url=XH_URL, decl="equiv:gbk", o=XH)
C("xh-bom-gb2312", "charset", "zh_xh", "cn_portal", "2024-05-08", "2024-05-12", mutate="bom8", decl="meta:gb2312", o=XH)
# --- Chinese foreign ministry report on a portal, GBK characters outside GB2312 (镕, 喆)
MFA = {"left_t": "2025年03月19日 08:45　来源：外交部网站", "related_dates": ["2025年03月20日", "2025年03月18日"]}
C("mfa-gbk-as-gb2312", "charset", "zh_mfa", "cn_portal", "2025-03-19", "2025-03-25", enc="gbk", decl="equiv:gb2312", o=MFA)
C("mfa-gb18030-lang-en", "language", "zh_mfa", "cn_portal", "2025-03-19", "2025-03-25", enc="gb18030", decl="meta:gb18030",
  html_lang="en", o=MFA)
C("mfa-gbk-nodecl", "charset", "zh_mfa", "cn_portal", "2025-03-19", "2025-03-25", enc="gbk", decl="",
  o={"left_t": "2025-03-19 08:45　来源：中国新闻网", "editor": "【编辑:刘欢】"})
# --- Taiwan
C("tw-big5", "charset", "zh_tw", "news", "2024-12-01", "2024-12-03", enc="big5", decl="meta:big5", html_lang="zh-TW",
  o={"date_vis": "2024/12/01 10:32"})
C("tw-amp", "date", "zh_tw", "amp", "2024-12-01", "2024-12-03", html_lang="zh-Hant-TW", html_attrs=" \u26a1",
  o={"ld_pub": "2024-12-01T10:32:00+08:00", "date_vis": "2024年12月1日 週日"})
C("tw-utf8-decl-big5", "charset", "zh_tw", "news", "2024-12-01", "2024-12-03", decl="meta:big5", o={"date_vis": "2024-12-01 10:32"})
# --- Japan
C("nhk-sjis", "charset", "ja_nhk", "news", "2025-01-11", "2025-01-13", enc="cp932", decl="meta:shift_jis",
  o={"date_vis": "2025年1月11日 19時30分"})
C("nhk-sjis-nodecl", "charset", "ja_nhk", "news", "2025-01-11", "2025-01-13", enc="cp932", decl="", o={"date_vis": "2025年1月11日 19時30分"})
C("nhk-x-sjis", "charset", "ja_nhk", "table", "2025-01-11", "2025-01-13", enc="cp932", decl="equiv:x-sjis", o={"date_vis": "2025/01/11"})
C("nhk-lang-en", "language", "ja_nhk", "news", "2025-01-11", "2025-01-13", html_lang="en", o={"ld_pub": "2025-01-11T19:30:00+09:00"})
C("asahi-utf8-decl-sjis", "charset", "ja_asahi", "news", "2024-04-09", "2024-04-12", decl="meta:Shift_JIS",
  o={"date_vis": "2024年4月9日 6時12分", "related_dates": ["2024年4月10日", "2024年4月8日"]})
C("asahi-eucjp", "charset", "ja_asahi", "news", "2024-04-09", "2024-04-12", enc="euc_jp", decl="meta:EUC-JP",
  o={"og_pub": "2024-04-09T06:12:00+09:00"})
C("asahi-eucjp-decl-utf8", "charset", "ja_asahi", "news", "2024-04-09", "2024-04-12", enc="euc_jp",
  decl='<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', o={"date_vis": "2024年4月9日"})
C("asahi-lang-zh", "language", "ja_asahi", "news", "2024-04-09", "2024-04-12", html_lang="zh-CN", o={"og_pub": "2024-04-09T06:12:00+09:00"})
# --- Korea
C("yh-euckr-ksc", "charset", "ko_yh", "news", "2024-09-19", "2024-09-22", enc="euc_kr", decl="meta:ks_c_5601-1987",
  url="https://www.yna.co.kr/view/AKR20240919051500001", o={"date_vis": "2024-09-19 10:23 송고"})
C("yh-cp949-nodecl", "charset", "ko_yh", "news", "2024-09-19", "2024-09-22", enc="cp949", decl="", o={"date_vis": "2024.09.19 10:23"})
C("yh-utf8-http-latin1", "charset", "ko_yh", "news", "2024-09-19", "2024-09-22", decl="", http="ISO-8859-1",
  o={"og_pub": "2024-09-19T10:23:00+09:00"})
C("lee-lang-en", "language", "ko_lee", "news", "2025-08-23", "2025-08-30", html_lang="en",
  o={"og_pub": "2025-08-23T14:02:00+09:00", "date_vis": "입력 2025.08.23 14:02 수정 2025.08.24 09:10"})
C("lee-wp-vis", "date", "ko_lee", "wordpress", "2025-08-23", "2025-08-30", o={"pub_vis": "2025.08.23"})
C("lee-utf8-decl-euckr", "charset", "ko_lee", "news", "2025-08-23", "2025-08-30", decl="meta:euc-kr", o={"date_vis": "2025-08-23 14:02"})
# --- Egypt
EG = {"date_vis": "الثلاثاء 13 مايو 2025"}
C("eg-1256", "charset", "ar_eg", "table", "2025-05-13", "2025-05-20", enc="cp1256", decl="equiv:windows-1256", html_attrs=' dir="rtl"', o=EG)
C("eg-1256-as-8859-6", "charset", "ar_eg", "table", "2025-05-13", "2025-05-20", enc="cp1256", decl="equiv:iso-8859-6", o=EG)
C("eg-arabic-digits", "date", "ar_eg", "news", "2025-05-13", "2025-05-20", o={"date_vis": "الثلاثاء ١٣ مايو ٢٠٢٥ - ٠٣:١٥ م"})
C("eg-two-calendars", "date", "ar_eg", "news", "2025-05-13", "2025-05-20", o={"date_vis": "الثلاثاء 15 ذو القعدة 1446 هـ - 13 مايو 2025 م"})
# --- Saudi Press Agency
C("sa-news", "date", "ar_sa", "news", "2024-12-02", "2024-12-05",
  o={"date_vis": "الاثنين 1446/6/1 هـ الموافق 2024/12/02 م", "ld_pub": "2024-12-02T20:15:00+03:00"})
C("sa-hijri-only", "date", "ar_sa", "news", "2024-12-02", "2024-12-05", o={"date_vis": "1 جمادى الآخرة 1446 هـ"})
C("sa-1256-nodecl", "charset", "ar_sa", "news", "2024-12-02", "2024-12-05", enc="cp1256", decl="", o={"date_vis": "2024/12/02"})
# --- Morocco (WordPress, French template)
MA = {"og_pub": "2024-10-28T19:40:00+01:00", "pub_iso": "2024-10-28T19:40:00+01:00", "pub_vis": "الاثنين 28 أكتوبر 2024 - 19:40",
      "comment_iso": "2024-10-29T08:00:00+01:00", "comment_vis": "الثلاثاء 29 أكتوبر 2024"}
C("ma-lang-fr", "language", "ar_ma", "wordpress", "2024-10-28", "2024-11-02", html_lang="fr-FR", o=MA)
C("ma-1256-decl-utf8", "charset", "ar_ma", "wordpress", "2024-10-28", "2024-11-02", enc="cp1256", o=MA)
# --- Iran
C("irna-solar", "date", "fa_irna", "news", "2024-09-11", "2024-09-15", url="https://www.irna.ir/news/85596123/",
  o={"date_vis": "۲۱ شهریور ۱۴۰۳، ۸:۳۵", "og_pub": "2024-09-11T08:35:00+03:30"})
C("irna-solar-only", "date", "fa_irna", "news", "2024-09-11", "2024-09-15", o={"date_vis": "۲۱ شهریور ۱۴۰۳ - ۰۸:۳۵"})
C("irna-lang-ar", "language", "fa_irna", "news", "2024-09-11", "2024-09-15", html_lang="ar", o={"og_pub": "2024-09-11T08:35:00+03:30"})
C("irna-1256", "charset", "fa_irna", "news", "2024-09-11", "2024-09-15", enc="cp1256", decl="meta:windows-1256",
  o={"og_pub": "2024-09-11T08:35:00+03:30"})
C("bbcfa-ld", "date", "fa_bbc", "news", "2025-04-12", "2025-04-14",
  o={"ld_pub": "2025-04-12T13:40:11.000Z", "date_vis": "۲۳ فروردین ۱۴۰۴", "related_dates": ["۲۲ فروردین ۱۴۰۴", "۲۴ فروردین ۱۴۰۴"]})
C("bbcfa-bom-1256", "charset", "fa_bbc", "news", "2025-04-12", "2025-04-14", mutate="bom8", decl="meta:windows-1256",
  o={"ld_pub": "2025-04-12T13:40:11.000Z"})
# --- Pakistan, Urdu
C("ur-express", "date", "ur", "news", "2024-06-04", "2024-06-06", o={"date_vis": "04 جون 2024", "og_pub": "2024-06-04T16:10:00+05:00"})
C("ur-lang-ar", "language", "ur", "news", "2024-06-04", "2024-06-06", html_lang="ar", o={"date_vis": "منگل 4 جون 2024"})
# --- Turkey
TR = {"date_vis": "18.12.2024 - 10:45 | Güncelleme: 18.12.2024 - 12:30"}
C("tr-1254-as-8859-9", "charset", "tr_hu", "news", "2024-12-18", "2024-12-20", enc="cp1254", decl="meta:iso-8859-9", o=TR)
C("tr-1254-decl-utf8", "charset", "tr_hu", "news", "2024-12-18", "2024-12-20", enc="cp1254", o=TR)
C("tr-utf8-decl-8859-9", "charset", "tr_hu", "news", "2024-12-18", "2024-12-20", decl="equiv:iso-8859-9",
  o={"og_pub": "2024-12-18T10:45:00+03:00", "date_vis": "18 Aralık 2024 Çarşamba 10:45"})
C("tr-table-nodecl", "charset", "tr_hu", "table", "2024-12-18", "2024-12-20", enc="cp1254", decl="",
  o={"date_vis": "18 Aralık 2024", "copyright": "© 2024"})
C("aa-lang-en", "language", "tr_aa", "news", "2024-12-22", "2024-12-23", html_lang="en",
  o={"og_pub": "2024-12-22T14:05:00+03:00", "date_vis": "22.12.2024 - Güncelleme : 22.12.2024"})
C("aa-cookie", "text", "tr_aa", "news", "2024-12-22", "2024-12-23", o={"date_vis": "22.12.2024", "cookie": True})
# --- Hindi
C("hi-jagran", "date", "hi_fr", "news", "2025-02-10", "2025-02-12",
  o={"date_vis": "Publish Date: Mon, 10 Feb 2025 10:45 PM (IST)", "og_pub": "2025-02-10T22:45:00+05:30"})
C("hi-lang-en", "language", "hi_fr", "news", "2025-02-10", "2025-02-12", html_lang="en", o={"date_vis": "10 फरवरी 2025"})
C("hi-hindi-date", "date", "hi_fr", "news", "2025-02-10", "2025-02-12", url="https://www.jagran.com/world/paris-modi-23879123.html",
  o={"date_vis": "सोमवार, 10 फरवरी 2025"})
C("hi-amp", "date", "hi_lk", "amp", "2024-10-04", "2024-10-06", html_attrs=" \u26a1",
  o={"ld_pub": "2024-10-04T13:20:00+05:30", "date_vis": "Updated Fri, 04 Oct 2024 01:20 PM IST"})
C("hi-amp-mod-only", "date", "hi_lk", "amp", None, "2024-10-06", html_attrs=" \u26a1",
  o={"ld_mod": "2024-10-05T09:00:00+05:30", "date_vis": "अपडेटेड Sat, 05 Oct 2024 09:00 AM IST"})
# --- Argentina, Colombia, Mexico
C("clarin-wp-enus", "language", "es_ar", "wordpress", "2024-02-05", "2024-02-10", html_lang="en-US",
  o={"og_pub": "2024-02-05T21:10:00-03:00", "pub_iso": "2024-02-05T21:10:00-03:00", "pub_vis": "05/02/2024 21:10"})
C("clarin-news", "date", "es_ar", "news", "2024-02-05", "2024-02-10", o={"date_vis": "5 de febrero de 2024 · 21:10"})
C("clarin-utf8-latin1", "charset", "es_ar", "news", "2024-02-05", "2024-02-10", decl="meta:iso-8859-1", http="ISO-8859-1",
  o={"date_vis": "5 de febrero de 2024"})
C("co-arc", "date", "es_co", "arc", "2025-05-10", "2025-05-12",
  o={"ld_pub": "2025-05-10T14:22:00-05:00", "time_vis": "10 de mayo 2025 , 02:22 p. m.", "related_dates": ["11 de mayo 2025", ""]})
C("co-drupal-cookie", "text", "es_co", "drupal", "2025-05-10", "2025-05-12",
  o={"submitted": "Por: Redacción Internacional | 10 de mayo de 2025", "dc_iso": "2025-05-10T14:22:00-05:00", "cookie": True})
C("co-unicode-decl", "charset", "es_co", "news", "2025-05-10", "2025-05-12", decl="equiv:unicode", o={"date_vis": "10 de mayo de 2025"})
C("mx-1252-as-8859-1", "charset", "es_mx", "table", "2025-09-18", "2025-09-20", enc="cp1252", decl="equiv:iso-8859-1",
  o={"date_vis": "Jueves 18 de septiembre de 2025"})
C("mx-url", "date", "es_mx", "news", "2025-09-18", "2025-09-20",
  url="https://www.jornada.com.mx/noticia/2025/09/18/politica/sheinbaum-recibe-a-carney-1234", o={"date_vis": "18 de septiembre de 2025 12:41"})
C("mx-drupal-numeric", "date", "es_mx", "drupal", "2025-09-18", "2025-09-20", o={"submitted": "18/09/2025 - 12:41"})
C("mx-lang-pt", "language", "es_mx", "news", "2025-09-18", "2025-09-20", html_lang="pt-BR", o={"date_vis": "18/09/2025"})
# --- Brazil, Angola
FOLHA = {"date_vis": '<time itemprop="datePublished" datetime="2025-03-24 09:30:00">24.mar.2025 às 9h30</time> '
         "Atualizado: 25.mar.2025 às 8h00"}
C("folha", "date", "pt_br", "news", "2025-03-24", "2025-03-30", o=FOLHA)
C("folha-1252-decl-utf8", "charset", "pt_br", "news", "2025-03-24", "2025-03-30", enc="cp1252", o=FOLHA)
C("folha-lang-es", "language", "pt_br", "news", "2025-03-24", "2025-03-30", html_lang="es", o=FOLHA)
C("ao-drupal", "date", "pt_ao", "drupal", "2024-03-15", "2024-03-20",
  o={"submitted": "15 Março de 2024 | 08h45", "dc_iso": "2024-03-15T08:45:00+01:00"})
C("ao-drupal-nodc", "date", "pt_ao", "drupal", "2024-03-15", "2024-03-20", o={"submitted": "Sexta, 15 Março 2024 08:45"})
# --- France and francophone Africa
C("ja-fr-wp", "date", "fr_sn", "wordpress", "2024-06-20", "2024-06-25",
  url="https://www.jeuneafrique.com/1583210/politique/bassirou-diomaye-faye-recu-a-lelysee/",
  o={"og_pub": "2024-06-20T19:05:00+00:00", "pub_iso": "2024-06-20T19:05:00+00:00", "pub_vis": "20 juin 2024 à 19:05",
     "comment_iso": "2024-06-21T09:00:00+00:00", "comment_vis": "21 juin 2024 à 9 h 00 min"})
C("ja-fr-lang-en", "language", "fr_sn", "news", "2024-06-20", "2024-06-25", html_lang="en", o={"og_pub": "2024-06-20T19:05:00+00:00"})
C("ja-fr-1252", "charset", "fr_sn", "news", "2024-06-20", "2024-06-25", enc="cp1252", decl="meta:windows-1252",
  o={"date_vis": "Publié le 20 juin 2024 à 19h05 Mis à jour le 21 juin 2024 à 10h12"})
C("ja-fr-latin1-comment", "charset", "fr_sn", "news", "2024-06-20", "2024-06-25", mutate="latin1_comment",
  o={"date_vis": "Publié le 20 juin 2024", "comment_iso": "2024-06-21T09:00:00+00:00", "comment_vis": "21/06/2024"})
LM_URL = "https://www.lemonde.fr/international/article/2025/05/26/emmanuel-macron-en-visite-d-etat-au-vietnam_6608123_3210.html"
C("lemonde", "date", "fr_vn", "news", "2025-05-26", "2025-05-27", url=LM_URL,
  o={"date_vis": "Publié le 26 mai 2025 à 06h30, modifié le 26 mai 2025 à 11h02", "og_pub": "2025-05-26T04:30:00+00:00"})
C("lemonde-print", "date", "fr_vn", "print", "2025-05-26", "2025-05-27", o={"printed": "Imprimé le 27/05/2025", "byline": "Publié le 26 mai 2025"})
# --- Germany
C("de-tagesschau", "date", "de", "news", "2025-10-20", "2025-10-21", o={"date_vis": "Stand: 20.10.2025 11:24 Uhr", "og_pub": "2025-10-20T11:24:00+02:00"})
C("de-latin1", "charset", "de", "news", "2025-10-20", "2025-10-21", enc="latin-1", decl="meta:iso-8859-1", o={"date_vis": "Stand: 20.10.2025 11:24 Uhr"})
C("de-cookie", "text", "de", "news", "2025-10-20", "2025-10-21", o={"date_vis": "20.10.2025", "cookie": True})
# --- Tanzania
C("sw-news", "date", "sw", "news", "2024-05-31", "2024-06-03", o={"date_vis": "Ijumaa, Mei 31, 2024", "og_pub": "2024-05-31T18:00:00+03:00"})
C("sw-lang-en", "language", "sw", "news", "2024-05-31", "2024-06-03", html_lang="en", o={"og_pub": "2024-05-31T18:00:00+03:00"})
C("sw-short-heavy", "text", "sw", "wordpress", "2024-05-31", "2024-06-03",
  o={"og_pub": "2024-05-31T18:00:00+03:00", "pub_iso": "2024-05-31T18:00:00+03:00", "pub_vis": "Mei 31, 2024",
     "read_also": True, "cookie": True, "comment_iso": "2024-06-01T07:00:00+03:00", "comment_vis": "Juni 1, 2024"})
# --- Indonesia, Vietnam, Poland
C("id-kompas", "date", "id", "news", "2024-11-08", "2024-11-10",
  url="https://nasional.kompas.com/read/2024/11/08/21150011/prabowo-tiba-di-beijing",
  o={"date_vis": "Kompas.com - 08/11/2024, 21:15 WIB", "og_pub": "2024-11-08T21:15:00+07:00"})
C("id-lang-en", "language", "id", "news", "2024-11-08", "2024-11-10", html_lang="en", o={"date_vis": "Jumat, 8 November 2024 21:15 WIB"})
C("vi-vnexpress", "date", "vi", "news", "2025-03-09", "2025-03-10",
  o={"date_vis": "Chủ nhật, 9/3/2025, 14:05 (GMT+7)", "og_pub": "2025-03-09T14:05:00+07:00"})
C("vi-weekday-numeric", "date", "vi", "news", "2025-03-09", "2025-03-10", o={"date_vis": "Chủ nhật, 9/3/2025, 14:05 (GMT+7)"})
C("pl-news", "date", "pl", "news", "2024-06-24", "2024-06-26", o={"date_vis": "24 czerwca 2024, 10:12", "ld_pub": "2024-06-24T10:12:00+02:00"})
C("pl-8859-2", "charset", "pl", "news", "2024-06-24", "2024-06-26", enc="iso-8859-2", decl="meta:iso-8859-2", o={"date_vis": "24.06.2024 10:12"})

CASE_SPECS = SPECS
