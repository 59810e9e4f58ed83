"""Round-4 saved pages (part 3): charsets and declared languages, written blind.

Charset cases: `enc` is how the bytes are written, `decl` the head's declaration (in place of
`<meta charset="utf-8">`), `prolog` an XML declaration, `http` the `encoding` passed as the
HTTP header would, `mutate` damage after encoding (byte-order marks, stray bytes, a cut
character), `subst` letters swapped before encoding (Arabic yeh for Persian yeh, as
windows-1256 Persian pages wrote). Language cases: `html_lang` is the declared `lang`.
"""

from __future__ import annotations

from typing import Any

from probe_pages_round4_cases import LD, OG, D, case
from probe_pages_round4_html import meta

WIN1251 = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
WIN1256 = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'


def mc(name: str) -> str:
    return f'<meta charset="{name}">'


CASES_C: list[dict[str, Any]] = [
    # --- UTF-8 bytes under a legacy declaration: UTF-8 wins ---
    case("u8-as-1251", "charset", "ru1", "gov", date=D, head=OG, decl=WIN1251),
    case("u8-as-1256", "charset", "ar2", "gov", date=D, head=OG, decl=mc("windows-1256")),
    case("u8-as-sjis", "charset", "ja1", "gov", date=D, head=OG, decl=mc("Shift_JIS")),
    case("u8-as-euckr", "charset", "ko1", "gov", date=D, head=OG, decl=mc("euc-kr")),
    case(
        "u8-as-gbk",
        "charset",
        "zh1",
        "gov",
        date=D,
        head=OG,
        decl='<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
    ),
    case("u8-as-1256-fa", "charset", "fa1", "gov", date=D, head=OG, decl=WIN1256),
    case("u8-as-latin1-http", "charset", "de1", "bare", date=D, head=OG, http="iso-8859-1"),
    case(
        "u8-as-koi8-xml",
        "charset",
        "uk1",
        "bare",
        date=D,
        head=OG,
        decl="",
        prolog='<?xml version="1.0" encoding="koi8-u"?>',
    ),
    case("u8-meta-vs-equiv", "charset", "ar1", "bare", date=D, head=OG, decl=mc("utf-8") + WIN1256),
    # --- real legacy bytes, declared ---
    case("real-1256-ar", "charset", "ar2", "gov", date=D, head=OG, enc="cp1256", decl=WIN1256),
    case(
        "real-1256-fa",
        "charset",
        "fa2",
        "gov",
        date=D,
        head=OG,
        enc="cp1256",
        decl=WIN1256,
        subst={"ی": "ي"},
    ),
    case(
        "real-sjis", "charset", "ja1", "gov", date=D, head=OG, enc="shift_jis", decl=mc("Shift_JIS")
    ),
    case(
        "real-eucjp",
        "charset",
        "ja1",
        "bare",
        date=D,
        head=OG,
        enc="euc_jp",
        decl='<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">',
    ),
    case(
        "real-koi8r",
        "charset",
        "ru1",
        "bare",
        date=D,
        head=OG,
        enc="koi8_r",
        decl='<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">',
    ),
    case("real-1251-ru", "charset", "ru1", "gov", date=D, head=OG, enc="cp1251", decl=WIN1251),
    case("real-1251-uk", "charset", "uk1", "bare", date=D, head=OG, enc="cp1251", decl=WIN1251),
    case("real-euckr", "charset", "ko1", "gov", date=D, head=OG, enc="euc_kr", decl=mc("euc-kr")),
    case("real-gbk", "charset", "zh1", "gov", date=D, head=OG, enc="gbk", decl=mc("gb2312")),
    case("real-big5", "charset", "zh1t", "bare", date=D, head=OG, enc="big5", decl=mc("big5")),
    case(
        "real-1254-tr",
        "charset",
        "tr1",
        "gov",
        date=D,
        head=OG,
        enc="cp1254",
        decl=mc("iso-8859-9"),
    ),
    case(
        "real-1252-de",
        "charset",
        "de1",
        "bare",
        date=D,
        head=OG,
        enc="cp1252",
        decl=mc("iso-8859-1"),
        extra_para="„Wir wollen mehr Fachkräfte gewinnen“, sagte sie.",
    ),
    # --- real legacy bytes, undeclared or declared wrongly ---
    case("real-1251-nodecl", "charset", "ru1", "bare", date=D, head=OG, enc="cp1251", decl=""),
    case("real-1256-nodecl", "charset", "ar1", "bare", date=D, head=OG, enc="cp1256", decl=""),
    case(
        "real-sjis-http",
        "charset",
        "ja1",
        "bare",
        date=D,
        head=OG,
        enc="shift_jis",
        decl="",
        http="shift_jis",
    ),
    case(
        "real-1251-meta-utf8-http",
        "charset",
        "uk1",
        "bare",
        date=D,
        head=OG,
        enc="cp1251",
        decl=mc("utf-8"),
        http="windows-1251",
    ),
    case(
        "real-1251-xml-utf8",
        "charset",
        "ru1",
        "bare",
        date=D,
        head=OG,
        enc="cp1251",
        decl=WIN1251,
        prolog='<?xml version="1.0" encoding="UTF-8"?>',
    ),
    case(
        "real-koi8-as-1251", "charset", "ru1", "bare", date=D, head=OG, enc="koi8_r", decl=WIN1251
    ),
    # --- byte-order marks and damage ---
    case(
        "bom8-as-1252",
        "charset",
        "fr1",
        "bare",
        date=D,
        head=OG,
        decl=mc("windows-1252"),
        mutate="bom8",
    ),
    case(
        "bom16le",
        "charset",
        "zh1",
        "bare",
        date=D,
        head=OG,
        enc="utf-16-le",
        decl="",
        mutate="bom16le",
    ),
    case("bom8-as-1256-fa", "charset", "fa1", "bare", date=D, head=OG, decl=WIN1256, mutate="bom8"),
    case("bad-bytes-ru", "charset", "ru1", "wp", date=D, head=OG, mutate="bad3"),
    case("bad-bytes-ja", "charset", "ja1", "bare", date=D, head=OG, mutate="bad3"),
    case("cut-char-ko", "charset", "ko1", "bare", date=D, head=OG, mutate="cut"),
    case(
        "bad-bytes-fa-1256decl",
        "charset",
        "fa2",
        "bare",
        date=D,
        head=OG,
        decl=WIN1256,
        mutate="bad3",
    ),
    # --- declared language against the text ---
    case("lang-en-on-fa", "lang", "fa1", "bare", date=D, head=OG, html_lang="en"),
    case("lang-en-on-fa-wp", "lang", "fa2", "wp", date=D, head=OG, html_lang="en-US"),
    case("lang-ar-on-ur", "lang", "ur1", "bare", date=D, head=OG, html_lang="ar"),
    case("lang-zh-on-ja", "lang", "ja1", "bare", date=D, head=OG, html_lang="zh-CN"),
    case("lang-ru-on-uk", "lang", "uk1", "bare", date=D, head=OG, html_lang="ru"),
    case("lang-ru-on-kk", "lang", "kk1", "bare", date=D, head=OG, html_lang="ru-RU"),
    case("lang-none-tr", "lang", "tr1", "bare", date=D, head=OG, html_lang=None),
    case("lang-enus-on-es", "lang", "es1", "wp", date=D, head=OG, html_lang="en-US"),
    case("lang-es-on-pt", "lang", "pt1", "bare", date=D, head=OG, html_lang="es"),
    case("lang-en-on-id", "lang", "id1", "bare", date=D, head=OG, html_lang="en"),
    case("lang-ja-on-ko", "lang", "ko1", "bare", date=D, head=OG, html_lang="ja"),
    case("lang-ja-on-zh", "lang", "zh1", "bare", date=D, head=OG, html_lang="ja"),
    case("lang-fa-on-ar", "lang", "ar2", "bare", date=D, head=OG, html_lang="fa"),
    case("lang-uk-on-ru", "lang", "ru1", "bare", date=D, head=OG, html_lang="uk"),
    case("lang-fr-on-it", "lang", "it1", "bare", date=D, head=OG, html_lang="fr"),
    case(
        "lang-ctlang-de-on-pl",
        "lang",
        "pl1",
        "bare",
        date=D,
        head=OG + meta("Content-Language", "de", "http-equiv"),
        html_lang=None,
    ),
    case(
        "lang-xml-en-on-de",
        "lang",
        "de1",
        "bare",
        date=D,
        head=OG,
        html_lang=None,
        html_attrs=' xmlns="http://www.w3.org/1999/xhtml" xml:lang="en"',
    ),
    case(
        "lang-og-locale-on-tr",
        "lang",
        "tr1",
        "bare",
        date=D,
        head=OG + meta("og:locale", "en_US"),
        html_lang="en",
    ),
    # --- short pages (about 300 characters) ---
    case("short-pt-none", "short", "s_pt", "bare", date=D, head=OG, html_lang=None, foot=""),
    case("short-id-none", "short", "s_id", "bare", date=D, head=OG, html_lang=None, foot=""),
    case("short-fa-ar", "short", "s_fa", "bare", date=D, head=OG, html_lang="ar", foot=""),
    case("short-uk-none", "short", "s_uk", "bare", date=D, head=OG, html_lang=None, foot=""),
    case("short-uk-ru", "short", "s_uk", "bare", date=D, head=OG, html_lang="ru", foot=""),
    case("short-nl-en", "short", "s_nl", "bare", date=D, head=OG, html_lang="en", foot=""),
    case("short-tr-tr", "short", "s_tr", "bare", date=D, head=OG, html_lang="tr", foot=""),
    case("short-ar-en", "short", "s_ar", "bare", date=D, head=OG, html_lang="en", foot=""),
    case("short-ko-none", "short", "s_ko", "bare", date=D, head=OG, html_lang=None, foot=""),
    case("short-en-es", "short", "s_en", "bare", date=D, head=OG, html_lang="es", foot=""),
    case("short-id-ms", "short", "s_id", "bare", date=D, head=LD, html_lang="ms", foot=""),
    case("short-pt-ptbr", "short", "s_pt", "bare", date=D, head=OG, html_lang="pt-BR", foot=""),
]
