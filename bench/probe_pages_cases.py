"""The synthetic pages of `probe_pages.py` and what each must give, by hand.

Each case is data: the article (a key of `probe_pages_texts.TEXTS`), the codec its bytes
are written in, what the page declares (`<meta charset>`, `http-equiv`, the XML
declaration, a byte-order mark, the `encoding=` a server header would pass), its `lang`
declarations, date sources, and byte damage; `expect` says what a browser and a careful
reader see: a fragment of the article text, the publication day, the language.
Unless a case says otherwise the page carries `article:published_time`
2024-03-05T09:30:00+01:00, has no date in its URL and is read on 2024-06-01.

Where a browser and a careful reader part ways (the browser follows the first `<meta>`
even when the bytes contradict it; it reads UTF-8 bytes declared `windows-1251` as
mojibake), the expectation is the careful reader's: the text the bytes hold.
"""

# ruff: noqa: E501  (a table of cases)
from __future__ import annotations

from typing import Any

from probe_pages_lang_dates import date_cases, language_cases  # bench/: this folder

# Python codecs for the bytes of each legacy charset and the article written in it.
LEGACY = [
    # (label declared, python codec, article, declaration style)
    ("windows-1251", "cp1251", "ru", "meta"),
    ("koi8-r", "koi8_r", "ru", "equiv"),
    ("shift_jis", "shift_jis", "ja", "meta"),
    ("euc-jp", "euc_jp", "ja", "equiv"),
    ("euc-kr", "euc_kr", "ko", "meta"),
    ("gb2312", "gb2312", "zh", "meta"),
    ("gbk", "gbk", "zh-gbk", "equiv"),
    ("gb18030", "gb18030", "zh-gb18030", "meta"),
    ("big5", "big5", "zh-hant", "meta"),
    ("iso-8859-2", "iso8859_2", "cs", "equiv"),
    ("iso-8859-2", "iso8859_2", "hu", "meta"),
    ("windows-1250", "cp1250", "pl", "meta"),
    ("windows-1256", "cp1256", "ar", "meta"),
    ("iso-8859-9", "iso8859_9", "tr", "meta"),
    ("windows-1252", "cp1252", "fr", "meta"),
    ("windows-1252", "cp1252", "de", "equiv"),
]

# UTF-8 bytes under a stale or odd label, and the article used for it.
UTF8_LABELS = [
    ("windows-1251", "ru"),
    ("koi8-r", "ru"),
    ("shift_jis", "ja"),
    ("euc-jp", "ja"),
    ("euc-kr", "ko"),
    ("gb2312", "zh"),
    ("gbk", "zh"),
    ("gb18030", "zh"),
    ("big5", "zh-hant"),
    ("iso-8859-2", "cs"),
    ("windows-1250", "pl"),
    ("windows-1256", "ar"),
    ("iso-8859-9", "tr"),
    ("windows-1252", "fr"),
    ("iso-8859-1", "de"),
    ("ascii", "es"),
    ("us-ascii", "fr"),
    ("latin1", "de"),
    ("x-sjis", "ja"),
    ("utf8", "ru"),
    ("UTF_8", "tr"),
    ("unicode", "ko"),
]


def _cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    add = cases.append
    # --- charset: legacy encodings, correctly declared, then undeclared ------------
    for label, codec, text, style in LEGACY:
        add({"id": f"legacy-{label}-{text}", "cat": "legacy declared", "text": text,
             "codec": codec, "decl": [(style, label)]})  # fmt: skip
    for label, codec, text, _ in LEGACY:
        add({"id": f"undeclared-{label}-{text}", "cat": "legacy undeclared", "text": text,
             "codec": codec, "decl": []})  # fmt: skip
    # --- charset: UTF-8 bytes under another label -----------------------------------
    for label, text in UTF8_LABELS:
        add({"id": f"utf8-as-{label}-{text}", "cat": "utf-8 mislabelled", "text": text,
             "codec": "utf-8", "decl": [("meta", label)]})  # fmt: skip
    add({"id": "utf8-as-header-windows-1252", "cat": "utf-8 mislabelled", "text": "fr",
         "codec": "utf-8", "decl": [], "encoding": "windows-1252",
         "note": "a stale server header passed as encoding="})  # fmt: skip
    # --- charset: a name no registry knows --------------------------------------------
    add({"id": "unknown-label-cp1251", "cat": "unknown label", "text": "ru", "codec": "cp1251",
         "decl": [("meta", "x-user-defined-cyr")]})  # fmt: skip
    add({"id": "unknown-label-utf8", "cat": "unknown label", "text": "pl", "codec": "utf-8",
         "decl": [("meta", "utf-8-web")]})  # fmt: skip
    add({"id": "unknown-label-sjis", "cat": "unknown label", "text": "ja", "codec": "shift_jis",
         "decl": [("equiv", "sjis-open")]})  # fmt: skip
    # --- charset: declarations that disagree ------------------------------------------
    add({"id": "conflict-meta-right-equiv-wrong", "cat": "conflicting declarations", "text": "ru",
         "codec": "cp1251", "decl": [("xml", "utf-8"), ("meta", "windows-1251"), ("equiv", "iso-8859-1")],
         "note": "browser: first <meta> wins; XML declaration ignored in text/html"})  # fmt: skip
    add({"id": "conflict-equiv-wrong-first", "cat": "conflicting declarations", "text": "ru",
         "codec": "cp1251", "decl": [("equiv", "iso-8859-1"), ("meta", "windows-1251")],
         "note": "browser takes the first (iso-8859-1, mojibake); the bytes are cp1251"})  # fmt: skip
    add({"id": "conflict-xml-latin1-meta-utf8", "cat": "conflicting declarations", "text": "cs",
         "codec": "utf-8", "decl": [("xml", "ISO-8859-1"), ("meta", "utf-8")]})  # fmt: skip
    add({"id": "conflict-meta-sjis-xml-eucjp", "cat": "conflicting declarations", "text": "ja",
         "codec": "euc_jp", "decl": [("xml", "EUC-JP"), ("meta", "shift_jis")],
         "note": "browser: shift_jis (mojibake); the bytes are EUC-JP"})  # fmt: skip
    add({"id": "conflict-meta-gb2312-header-utf8", "cat": "conflicting declarations", "text": "zh",
         "codec": "gb2312", "decl": [("meta", "gb2312")], "encoding": "utf-8",
         "note": "server header says utf-8, the bytes and the page say gb2312"})  # fmt: skip
    # --- charset: a legacy label over its browsers' superset (added after reading the
    # reader: Python's gb2312/euc_kr/shift_jis/big5 codecs are narrower than browsers')
    for label, codec, text, extra, fragment in [
        ("gb2312", "gbk", "zh-gbk", None, None),
        ("euc-kr", "cp949", "ko", "똠방각하라는 별명을 가진 의원도 동행했다.", "똠방각하라는 별명"),
        ("shift_jis", "cp932", "ja", "会場は①番ホールで、約二百人が出席した。", "会場は①番ホール"),
        ("big5", "big5hkscs", "zh-hant", "代表團乘𨋢到大堂，與當地業者會面。", "代表團乘𨋢到大堂"),
    ]:
        add({"id": f"superset-{label}-{codec}", "cat": "legacy label, superset bytes", "text": text,
             "codec": codec, "decl": [("meta", label)], "paras_extra": [extra] if extra else [],
             **({"fragment": fragment} if fragment else {})})  # fmt: skip
    # --- charset: byte-order marks ----------------------------------------------------
    for codec, text, declared in [
        ("utf-8", "ru", None),
        ("utf-8", "de", "windows-1252"),
        ("utf-16-le", "ja", None),
        ("utf-16-le", "fr", "utf-8"),
        ("utf-16-be", "ru", "utf-16"),
        ("utf-16-be", "zh", None),
    ]:
        add({"id": f"bom-{codec}-{declared or 'undeclared'}", "cat": "BOM", "text": text,
             "codec": codec, "bom": True, "decl": [("meta", declared)] if declared else []})  # fmt: skip
    # --- charset: UTF-16 without a BOM --------------------------------------------------
    add({"id": "utf16le-nobom-meta", "cat": "UTF-16 no BOM", "text": "de", "codec": "utf-16-le",
         "decl": [("meta", "utf-16")]})  # fmt: skip
    add({"id": "utf16le-nobom-header", "cat": "UTF-16 no BOM", "text": "ko", "codec": "utf-16-le",
         "decl": [], "encoding": "utf-16le"})  # fmt: skip
    add({"id": "utf16be-nobom-meta", "cat": "UTF-16 no BOM", "text": "ru", "codec": "utf-16-be",
         "decl": [("meta", "UTF-16BE")]})  # fmt: skip
    # --- charset: damage --------------------------------------------------------------
    add({"id": "bad-bytes-long-declared", "cat": "bad bytes", "text": "ru", "codec": "utf-8", "long": True,
         "decl": [("meta", "utf-8")], "mutate": "bad_bytes"})  # fmt: skip
    add({"id": "bad-bytes-long-undeclared", "cat": "bad bytes", "text": "ja", "codec": "utf-8", "long": True,
         "decl": [], "mutate": "bad_bytes"})  # fmt: skip
    add({"id": "bad-bytes-long-stale-1252", "cat": "bad bytes", "text": "ru", "codec": "utf-8", "long": True,
         "decl": [("meta", "windows-1252")], "mutate": "bad_bytes"})  # fmt: skip
    add({"id": "bad-bytes-long-english", "cat": "bad bytes", "text": "en", "codec": "utf-8", "long": True,
         "decl": [], "mutate": "bad_bytes", "paras_extra": ["Ministers said the talks in Tōkyō and Kōbe went “very well” — and will continue."],
         "fragment": "talks in Tōkyō and Kōbe went “very well” — and"})  # fmt: skip
    add({"id": "truncated-utf8-ru", "cat": "truncated", "text": "ru", "codec": "utf-8", "long": True,
         "decl": [], "mutate": "truncate"})  # fmt: skip
    add({"id": "truncated-utf8-ja-declared", "cat": "truncated", "text": "ja", "codec": "utf-8", "long": True,
         "decl": [("meta", "utf-8")], "mutate": "truncate"})  # fmt: skip
    add({"id": "nul-between-tags", "cat": "NUL bytes", "text": "de", "codec": "utf-8",
         "decl": [("meta", "utf-8")], "mutate": "nul_mid"})  # fmt: skip
    add({"id": "nul-in-text", "cat": "NUL bytes", "text": "ru", "codec": "utf-8",
         "decl": [], "mutate": "nul_text"})  # fmt: skip
    add({"id": "nul-padding", "cat": "NUL bytes", "text": "tr", "codec": "utf-8",
         "decl": [("meta", "utf-8")], "mutate": "nul_tail"})  # fmt: skip
    add({"id": "nul-padding-cp1251", "cat": "NUL bytes", "text": "ru", "codec": "cp1251",
         "decl": [("meta", "windows-1251")], "mutate": "nul_tail"})  # fmt: skip
    # --- charset: HTML entities -------------------------------------------------------
    add({"id": "entities-named", "cat": "entities", "text": "fr", "codec": "ascii", "decl": [("meta", "utf-8")],
         "paras_html": ["Le ministre fran&ccedil;ais de l&rsquo;&Eacute;conomie est arriv&eacute; mardi &agrave; Rabat pour une visite officielle de deux jours. Il a rencontr&eacute; son homologue marocain et a sign&eacute; un accord d&rsquo;investissement de 150&nbsp;millions d&rsquo;euros (150&nbsp;M&euro;) dans les &eacute;nergies renouvelables.",
                        "Au cours de sa visite, le ministre s&rsquo;est rendu &agrave; Tanger pour inaugurer une usine de composants automobiles &ndash; un projet qui emploiera 800 personnes &ndash; et a rencontr&eacute; des entrepreneurs fran&ccedil;ais install&eacute;s au Maroc."],
         "fragment": "accord d’investissement de 150 millions d’euros (150 M€)"})  # fmt: skip
    add({"id": "entities-decimal", "cat": "entities", "text": "ru", "codec": "ascii", "decl": [],
         "paras_html": ["".join(f"&#{ord(c)};" if ord(c) > 127 else c for c in p) for p in [
             "Делегация Свердловской области во главе с губернатором прибыла в Ташкент с официальным визитом. В ходе переговоров стороны обсудили сотрудничество в промышленности, образовании и туризме. Губернатор встретился с премьер-министром Узбекистана и посетил технопарк в Чирчике.",
             "По итогам визита подписано соглашение о создании совместного предприятия по выпуску сельскохозяйственной техники."]]})  # fmt: skip
    add({"id": "entities-hex", "cat": "entities", "text": "tr", "codec": "ascii", "decl": [("meta", "iso-8859-1")],
         "paras_html": ["".join(f"&#x{ord(c):X};" if ord(c) > 127 else c for c in p) for p in [
             "Dışişleri Bakanı salı günü resmi bir ziyaret için Bakü'ye geldi ve Azerbaycan Cumhurbaşkanı ile görüştü. Görüşmede enerji, ulaştırma ve savunma sanayii alanlarındaki işbirliği ele alındı. Bakan daha sonra Azerbaycan Dışişleri Bakanı ile ortak basın toplantısı düzenledi.",
             "Ziyaret kapsamında iki ülke arasında demiryolu bağlantısının güçlendirilmesine ilişkin bir mutabakat zaptı imzalandı."]]})  # fmt: skip
    add({"id": "entities-attributes", "cat": "entities", "text": "fr", "codec": "cp1252", "decl": [("meta", "windows-1252")],
         "title_html": "Le ministre de l’Économie en visite officielle au Maroc",
         "head": '<meta property="og:title" content="Le ministre de l&#8217;&Eacute;conomie en visite officielle au Maroc">',
         "expect_title": "Le ministre de l’Économie en visite officielle au Maroc",
         "note": "og:title written with entities, <title> and <h1> as cp1252 bytes"})  # fmt: skip
    # --- charset: cp1252 bytes 0x80-0x9F under a latin-1 label ----------------------------
    for label, text in [
        ("iso-8859-1", "fr"),
        ("iso-8859-1", "de"),
        ("latin1", "fr"),
        ("us-ascii", "de"),
        ("ISO_8859-1", "es"),
    ]:
        add({"id": f"cp1252-as-{label}-{text}", "cat": "cp1252 as latin-1", "text": text, "codec": "cp1252",
             "decl": [("meta", label)], "note": "WHATWG maps these labels to windows-1252"})  # fmt: skip
    # --- added after reading the page reader: more undeclared single-byte pages, and a
    # stale declaration left in an HTML comment before the real one
    for codec, text in [("iso8859_2", "sk"), ("iso8859_7", "el"), ("cp1253", "el"),
                        ("cp1255", "he"), ("koi8_u", "ru")]:  # fmt: skip
        add({"id": f"undeclared-{codec}-{text}", "cat": "after reading", "text": text,
             "codec": codec, "decl": []})  # fmt: skip
    add({"id": "commented-meta-latin1-then-cp1251", "cat": "after reading", "text": "ru",
         "codec": "cp1251", "decl": [], "head_first": "<!-- <meta charset=iso-8859-1> -->",
         "extra_meta": "windows-1251"})  # fmt: skip
    cases.extend(language_cases())
    cases.extend(date_cases())
    return cases


CASES = _cases()
