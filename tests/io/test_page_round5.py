"""Saved pages of the round-5 probe's kinds (bench/probe_pages_round5.py).

Written for these tests in the markup of the families the probe imitates: a Portuguese page
in windows-1252 under a stale `<meta charset="utf-8">` (20 accented letters), a byline
"Updated - ... | Published - ..." (The Hindu's order), date lines over an `<h1>` in Hijri,
Solar Hijri and with 年月日, a print page's "Printed:" day, a WordPress upload folder's
`/2019/06/`, an Indonesian text under `lang="en"`, "READ ALSO:" teasers between paragraphs
and a two-paragraph WordPress brief. The calendars were converted by hand and checked
against `jdatetime` and `hijridate`: 21 Shahrivar 1403 = 11 September 2024, 1 Jumada
al-Akhirah 1446 = 2 December 2024 (Umm al-Qura).
"""

from __future__ import annotations

import datetime as dt

import pytest

from visitx import read_html
from visitx.io.charset import decode_html
from visitx.io.dateline import dateline, print_day, update_day
from visitx.io.headday import head_day
from visitx.io.maintext import prefers_default
from visitx.text.clean import without_inline_teasers
from visitx.text.language import page_language

READ_ON = dt.date(2025, 5, 20)
EN = [
    "President Cyril Ramaphosa will travel to the United States this week for a working "
    "visit, during which he is expected to meet the American president at the White House.",
    "Presidency spokesperson Vincent Magwenya said the visit would provide a platform to reset "
    "the strategic relationship between the two countries.",
    "Magwenya said the President would be accompanied by the ministers of trade, agriculture "
    "and international relations.",
]


TITLE = "Ramaphosa to meet the American president"


def _page(
    paragraphs: list[str],
    *,
    above: str = "",
    lang: str = "en",
    head: str = "",
    title: str = TITLE,
    extra: str = "",
) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f'{head}</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f'<div class="news-detail"><div class="news-date">{above}</div><h1>{title}</h1>'
        f'<div class="news-text">{body}</div></div>{extra}</body></html>'
    )


PT = [
    "O presidente desembarcou nesta segunda-feira em Tóquio para uma visita de Estado ao "
    "Japão, a primeira nesse formato em seu terceiro mandato.",
    "Lula será recebido pelo imperador no Palácio Imperial e terá reunião com o primeiro-ministro.",
    "A comitiva inclui ministros e cerca de cem empresários interessados em ampliar as "
    "exportações de carne bovina ao mercado japonês.",
]
PL = [
    "Prezydent rozpoczął w poniedziałek dwudniową wizytę w Kazachstanie, gdzie spotka się z "
    "prezydentem tego kraju.",
    "Rozmowy mają dotyczyć współpracy energetycznej, transportu oraz dostaw uranu dla "
    "przyszłej polskiej elektrowni jądrowej.",
]


@pytest.mark.parametrize(
    ("paragraphs", "lang", "codec", "word"),
    [(PT, "pt", "cp1252", "Tóquio"), (PL, "pl", "iso-8859-2", "współpracy")],
)
def test_few_accents_under_a_stale_utf8_declaration_are_read(
    paragraphs: list[str], lang: str, codec: str, word: str
) -> None:
    """A page with 20-odd accented letters in a single-byte charset, declared UTF-8: too few
    for the detector, read in its language's charset or windows-1252. Before: InputError
    "The page is not in the page's <meta charset> 'utf-8'" (a page lost to charset)."""
    data = _page(paragraphs, lang=lang, title="Visita").encode(codec)
    assert word in decode_html(data)


def test_bytes_no_single_byte_charset_defines_stay_an_error() -> None:
    """A few bytes windows-1252 leaves undefined (0x81, 0x8d) under a UTF-8 declaration."""
    data = _page(EN, title="Visit").encode().replace(b"working", b"work\x81\x8d\x81ing")
    data = data.replace(b"platform", b"plat\x8d\x81\x8d\x81\x8d\x81\x8d\x81form")
    with pytest.raises(Exception, match="meta charset"):
        decode_html(data)


HINDU = "Updated - September 04, 2024 09:10 am IST | Published - September 03, 2024 01:57 pm IST"


def test_update_word_before_a_spaced_dash_keeps_its_date() -> None:
    """ "Updated - <date>": the word and its date are one part of the byline line."""
    assert dateline(HINDU, "en", lines=1) == dt.date(2024, 9, 3)
    assert update_day(HINDU, "en") == dt.date(2024, 9, 4)


@pytest.mark.parametrize(
    ("above", "lang", "day"),
    [
        (HINDU, "en", "2024-09-03"),
        ("1 جمادى الآخرة 1446 هـ", "ar", "2024-12-02"),
        ("۲۱ شهریور ۱۴۰۳ - ۰۸:۳۵", "fa", "2024-09-11"),
        ("2024年4月9日 6時12分", "ja", "2024-04-09"),
    ],
)
def test_date_line_over_an_h1(above: str, lang: str, day: str | None) -> None:
    """A date line over the `<h1>` with its month in words or marked is read (htmldate reads
    no Hijri, Solar Hijri or 年月日 line)."""
    page = _page(EN, above=above, lang=lang)
    assert read_html(page, today=dt.date(2025, 1, 1)).published == day


@pytest.mark.parametrize(
    ("above", "day"),
    [("Zweirad 11/01/2021", None), ("Motorrad 3. November 2021", dt.date(2021, 11, 3))],
)
def test_numeric_date_over_an_h1_is_not_the_head_day(above: str, day: dt.date | None) -> None:
    """Over an `<h1>`, a numeric date in the site's own order (motor.at's "11/01/2021" for
    November 1st) is not read as the byline's; one with its month in words is."""
    import lxml.html

    tree = lxml.html.document_fromstring(_page(EN, above=above, lang="de"))
    assert head_day(tree, "de") == day


def test_print_day_is_not_the_publication() -> None:
    """A print page's "Printed: 20 May 2025" (the day it was read) is no publication date."""
    assert print_day("Printed: 20 May 2025", "en") == dt.date(2025, 5, 20)
    page = _page(EN, above="Printed: 20 May 2025")
    assert read_html(page, today=READ_ON).published is None
    dated = _page(EN, above="Printed: 20 May 2025", extra="<p>Published 19 May 2025</p>")
    head = dated.replace("<h1>", '<div class="byline">Published 19 May 2025</div><h1>')
    assert read_html(head, today=READ_ON).published == "2025-05-19"


def test_upload_folder_month_is_not_a_day() -> None:
    """`/wp-content/uploads/2019/06/` was read as 2019-06-01 by the extensive search."""
    img = '<figure><img src="/wp-content/uploads/2019/06/nadi-airport.jpg"></figure>'
    page = _page(EN, extra=img, head='<meta property="og:image" '
                 'content="https://x.example/wp-content/uploads/2019/06/nadi.jpg">')  # fmt: skip
    assert read_html(page, today=READ_ON).published is None


ID = (
    "Presiden Prabowo Subianto tiba di Beijing, China, untuk melakukan kunjungan kenegaraan "
    "pertamanya sejak dilantik sebagai presiden. Setibanya di Bandara Internasional Beijing "
    "Capital, Prabowo disambut oleh sejumlah pejabat Pemerintah China dan Duta Besar RI untuk "
    "China. Dalam kunjungan ini, Prabowo dijadwalkan bertemu Presiden Xi Jinping dan Perdana "
    "Menteri Li Qiang untuk membahas kerja sama ekonomi dan ketahanan pangan."
)


def test_indonesian_under_lang_en_is_the_likelier_of_the_pair() -> None:
    """The identifier splits its confidence between id and ms (0.75 / 0.25): together they
    are sure, and `en` is ruled out. Before: None."""
    assert page_language("en", ID) == "id"
    assert page_language("ms", ID) == "ms"  # a declared member of the pair stays


def test_inline_teasers_are_left_out() -> None:
    """ "READ ALSO: <headline>" between paragraphs goes; a sentence after "Read also:" stays."""
    text = "The minister arrived.\nREAD ALSO: Fuel prices rise again this month\nShe left."
    assert without_inline_teasers(text) == "The minister arrived.\nShe left."
    kept = "The minister arrived.\nRead also: the talks went well, officials said."
    assert without_inline_teasers(kept) == kept
    teaser = "<p><strong>READ ALSO:</strong> <a href='/x'>Central bank holds rates</a></p>"
    page = _page([EN[0], EN[1], teaser, EN[2]])
    assert "Central bank" not in read_html(page, today=READ_ON).text


def test_baseline_run_together_does_not_replace_paragraphs() -> None:
    """A two-paragraph brief (about 200 characters) against trafilatura's default pass that
    is the page's text on one line (headline, byline, related list): the brief stays."""
    brief = "The leaders met in Abidjan on Friday.\nThey discussed cocoa pricing and the Sahel."
    blob = ("Mahama in Abidjan Posted on March 14, 2025 by News Desk The leaders met in Abidjan "
            "on Friday. They discussed cocoa pricing and the Sahel. Related Central bank holds "
            "interest rates steady for the third month in a row")  # fmt: skip
    assert prefers_default(brief, blob) is False
    assert prefers_default("Reprinted with permission.", blob) is True
