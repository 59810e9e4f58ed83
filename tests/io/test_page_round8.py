"""Saved pages of the round-8 probe's kinds (bench/probe_pages_round8.py, bench/pages_round8/).

Each case comes from a page of that probe (written blind for it, pages round 8), cut down:
a windows-1252 Swiss German page served as UTF-8 whose footer carries a "©"
(de_ch_drupal_liar: its accents were replaced, "Bundespr�sidentin"); a windows-1256 Iraqi
page declared ISO-8859-1 (ar_iq_liar: read as "æÕá ÑÆíÓ", its language `yo`, its date
lost); a Brazilian byline "Publicado em 13 de abril de 2023, às 21:45" (pt_br_1252_liar:
no date); ISO-8859-7 Greek (el_tr_8859_7) undeclared or declared wrong, which the
detector reads as windows-1253 ("¶γκυρα"). The same kinds in other languages and
charsets are variants of those pages written for these tests; the guards (bytes that are
mostly signs stay damage, a Latin page declared ISO-8859-1 stays windows-1252, two worded
dates on a line give none) keep what the earlier rounds settled.
"""

from __future__ import annotations

import datetime as dt

import pytest

from visitx import read_html
from visitx.io.charset import decode_html
from visitx.io.dateline import dateline

DE = [
    "Bundespräsidentin Viola Amherd ist am Montag zu einem dreitägigen Staatsbesuch in Japan "
    "eingetroffen. In Tokio wurde sie von Kaiser Naruhito im Kaiserpalast empfangen.",
    "Bei einem Treffen mit dem Premierminister ging es um die Zusammenarbeit in Wissenschaft "
    "und Forschung sowie um die Sicherheitslage in Europa und Ostasien.",
    "Zum Abschluss besucht die Bundespräsidentin Osaka, wo die Schweiz an der Weltausstellung "
    "mit einem eigenen Pavillon vertreten ist.",
]
IT = [
    "La presidente del Consiglio è arrivata oggi a Tunisi per una visita lampo, la quarta in "
    "poco più di un anno, dove ha incontrato il presidente tunisino al palazzo di Cartagine.",
    "Al centro del colloquio la gestione dei flussi migratori, la cooperazione energetica e il "
    "progetto del cavo elettrico sottomarino che collegherà la Sicilia e la Tunisia.",
]
AR = [
    "وصل رئيس مجلس الوزراء محمد شياع السوداني إلى العاصمة الإيرانية طهران في زيارة رسمية على "
    "رأس وفد وزاري رفيع، بحسب بيان للمكتب الإعلامي لرئيس الوزراء.",
    "ومن المقرر أن يلتقي السوداني خلال الزيارة المرشد الأعلى والرئيس الإيراني، لبحث ملفات "
    "الطاقة والمياه وأمن الحدود المشتركة.",
    "وتأتي الزيارة بعد أسابيع من توقيع اتفاق أمني بين البلدين بشأن المناطق الحدودية.",
]
RU = [
    "Председатель правительства России прибыл в Минск, где примет участие в заседании Совета "
    "министров Союзного государства, сообщает пресс-служба кабмина.",
    "В аэропорту российского премьера встретил премьер-министр Белоруссии. Стороны обсудят "
    "реализацию союзных программ, энергетику и промышленную кооперацию.",
]
ZH = [
    "中共中央政治局委员、外交部长王毅当地时间周四抵达巴西利亚，开始对巴西进行正式访问。"
    "巴西外交部高级官员到机场迎接。",
    "访问期间，王毅将同巴西外长举行会谈，并会见巴西总统，双方将就双边关系、金砖国家合作以及"
    "共同关心的国际和地区问题交换意见。",
]
HE = [
    "נשיא המדינה יצחק הרצוג נחת הבוקר בניקוסיה לביקור רשמי בן יומיים בקפריסין, בהזמנת נשיא "
    "קפריסין ניקוס כריסטודולידס.",
    "במהלך הביקור ייפגשו שני הנשיאים לשיחה מדינית, שבמרכזה שיתוף הפעולה בתחום האנרגיה.",
]
FR = [
    "Le président sénégalais a été reçu jeudi à l'Élysée, pour sa première visite officielle "
    "en France depuis son élection en mars.",
    "Les deux chefs d'État ont évoqué la coopération économique et la question des visas "
    "pour les étudiants sénégalais.",
]
PT = [
    "O presidente Luiz Inácio Lula da Silva desembarcou nesta quinta-feira em Pequim para uma "
    "visita de Estado de três dias à China, principal parceiro comercial do Brasil.",
    "A agenda inclui um encontro com o presidente Xi Jinping no Grande Salão do Povo e a "
    "assinatura de acordos nas áreas de agricultura e tecnologia de satélites.",
]


def _page(paragraphs: list[str], *, charset: str, lang: str, byline: str = "",
          footer: str = "") -> str:  # fmt: skip
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="{charset}">'
        "<title>Staatsbesuch</title></head><body><article><h1>Ein Besuch, der Schlagzeilen "
        f'macht</h1><div class="byline">{byline}</div>'
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + f"</article><footer>{footer}</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("paragraphs", "lang", "footer"),
    [
        # de_ch_drupal_liar, and an Italian variant
        (DE, "de", "© 2005-2024 Neue Berner Zeitung. Alle Rechte vorbehalten."),
        (IT, "it", "Agenzia Notizie – © 2024, riproduzione riservata"),
    ],
)
def test_a_legacy_page_served_as_utf8_keeps_its_accents_beside_its_footer_signs(
    paragraphs: list[str], lang: str, footer: str
) -> None:
    """de_ch_drupal_liar: windows-1252 bytes under `charset="utf-8"`, the footer's "©"
    (and guillemets, a dash) among the accents; the letters outnumber the signs."""
    page = _page(paragraphs, charset="utf-8", lang=lang, footer=footer).encode("cp1252")
    text = decode_html(page)
    assert paragraphs[0] in text
    assert footer in text


def test_bytes_that_are_mostly_signs_stay_damage() -> None:
    """Three letters' worth of bytes is not enough when the signs are as many: an ASCII
    page with stray curly quotes, a "©" and one accent (as round 7 kept them) stays
    UTF-8 with U+FFFD."""
    page = (
        '<html><head><meta charset="utf-8"></head><body><p>The minister said \x93we are ready'
        "\x94 and left \xa9 2024 for Bogot\xe1 on Monday evening, officials said.</p>"
        "</body></html>"
    ).encode("latin-1")
    text = decode_html(page)
    assert "\ufffd" in text
    assert "Bogotá" not in text


@pytest.mark.parametrize(
    ("paragraphs", "codec", "declared"),
    [
        (AR, "cp1256", "iso-8859-1"),  # ar_iq_liar
        (RU, "cp1251", "iso-8859-1"),
        (ZH, "gbk", "iso-8859-1"),
        (HE, "cp1255", "windows-1252"),
    ],
)
def test_another_scripts_bytes_under_the_western_default_are_read_by_the_detector(
    paragraphs: list[str], codec: str, declared: str
) -> None:
    """ar_iq_liar: windows-1256 under `iso-8859-1` read as windows-1252 ("æÕá ÑÆíÓ"); its
    letters so read are mostly not ASCII, so the detector reads the page."""
    page = _page(paragraphs, charset=declared, lang="", footer="Copyright 2025")
    text = decode_html(page.encode(codec))
    assert all(p in text for p in paragraphs)


def test_a_latin_page_under_the_western_default_stays_windows_1252() -> None:
    """French bytes declared ISO-8859-1: a few accents among ASCII letters, no detector."""
    page = _page(FR, charset="iso-8859-1", lang="fr", footer="© 2024 « Le Quotidien »")
    text = decode_html(page.encode("cp1252"))
    assert FR[0] in text
    assert "© 2024 « Le Quotidien »" in text


def test_the_arabic_page_declared_iso_8859_1_has_its_language_and_date() -> None:
    """ar_iq_liar whole: the byline's date and the language come back with the text."""
    page = _page(AR, charset="iso-8859-1", lang="", byline="8 يناير 2025 10:00")
    article = read_html(page.encode("cp1256"), today=dt.date(2025, 6, 30))
    assert article.text.splitlines()[-1] == AR[-1]
    assert article.language == "ar"
    assert str(article.published) == "2025-01-08"


@pytest.mark.parametrize(
    ("line", "language", "day"),
    [
        # pt_br_1252_liar, and the same byline in six other languages without date tables
        ("Publicado em 13 de abril de 2023, às 21:45", "pt", dt.date(2023, 4, 13)),
        ("Pubblicato il 17 aprile 2024 alle 13:45", "it", dt.date(2024, 4, 17)),
        ("Publicat: 25 septembrie 2024, ora 13:20", "ro", dt.date(2024, 9, 25)),
        ("Gepubliceerd op 10 maart 2025 om 06:45", "nl", dt.date(2025, 3, 10)),
        ("opublikowano 12 września 2024, 14:37", "pl", dt.date(2024, 9, 12)),
        ("Publikováno 5. března 2024 v 10:05", "cs", dt.date(2024, 3, 5)),
        ("Közzétéve: 2024. május 6. 09:12", "hu", dt.date(2024, 5, 6)),
    ],
)
def test_a_worded_date_among_byline_words_is_read_alone(
    line: str, language: str, day: dt.date
) -> None:
    """pt_br_1252_liar: in a language without date tables the words around a date with
    its month in a word ("Publicado em", "às 21:45") stopped the parser."""
    assert dateline(line, language) == day


def test_two_worded_dates_on_a_line_give_none() -> None:
    """A line with two such dates does not say which is the page's."""
    assert dateline("Em 13 de abril de 2023 e 14 de abril de 2023", "pt") is None


def test_the_brazilian_byline_dates_the_page() -> None:
    """pt_br_1252_liar whole: windows-1252 under `charset="utf-8"`, the date only in the
    byline."""
    page = _page(PT, charset="utf-8", lang="pt-BR",
                 byline="Publicado em 13 de abril de 2023, às 21:45")  # fmt: skip
    article = read_html(page.encode("cp1252"), today=dt.date(2025, 6, 30))
    assert PT[0] in article.text
    assert str(article.published) == "2023-04-13"


EL = [
    "Ο πρωθυπουργός μετέβη τη Δευτέρα στην Άγκυρα, όπου είχε συνάντηση με τον Τούρκο πρόεδρο "
    "στο προεδρικό μέγαρο.",
    "Στο επίκεντρο των συνομιλιών βρέθηκαν η θετική ατζέντα των δύο χωρών, το μεταναστευτικό "
    "και η οικονομική συνεργασία. Άμεσα θα ακολουθήσει νέα συνάντηση στην Αθήνα.",
]


@pytest.mark.parametrize("charset", ["", "utf-8", "iso-8859-1"])
def test_iso_8859_7_greek_read_as_windows_1253_is_read_in_iso_8859_7(charset: str) -> None:
    """el_tr_8859_7 without its declaration or under a wrong one (a variant of the round-8
    page): the detector says windows-1253, whose 0xB6 is "¶" where ISO-8859-7 has "Ά"
    ("¶γκυρα"); Greek's other charset reads the words whole."""
    page = _page(EL, charset=charset, lang="", footer="Copyright 2024").replace(
        '<meta charset="">', ""
    )
    text = decode_html(page.encode("iso8859_7"))
    assert all(p in text for p in EL)


def test_windows_1253_greek_stays_windows_1253() -> None:
    """The other way round: windows-1253 bytes ("Ά" is 0xA2) have no sign inside a word,
    and the detector's reading stands."""
    page = _page(EL, charset="", lang="", footer="Copyright 2024").replace('<meta charset="">', "")
    text = decode_html(page.encode("cp1253"))
    assert all(p in text for p in EL)
