"""Saved pages of the round-6 probe's kinds (bench/probe_pages_round6.py).

Each case comes from a page of that probe (written blind for it, pages round 6), cut down:
an ISO-2022-JP page under `<meta charset="iso-2022-jp">` (its bytes are all ASCII, so they
passed for UTF-8: "$B4_ED" for 岸田), an undeclared windows-1252 French page the detector
read as windows-1250 ("arrivé lundi ŕ Rabat"), a Brazilian byline "Atualizado em ... |
Publicado em ... às 21h45" whose Portuguese words kept the date parser from the numeric
dates, a Taiwanese date line with the Minguo year and no era name (民國 113 = 1911 + 113 =
2024), and update words in Vietnamese ("Cập nhật") and Ukrainian ("Оновлено").
"""

from __future__ import annotations

import datetime as dt

import pytest

from visitx import read_html
from visitx.io.charset import decode_html
from visitx.io.dateline import dateline

JA = (
    "岸田文雄首相は8日午後（日本時間9日未明）、政府専用機でワシントン近郊のアンドルーズ空軍基地に"
    "到着した。国賓待遇での訪米は日本の首相として2015年の安倍晋三元首相以来となる。"
)
FR = [
    "Le président de la République est arrivé lundi à Rabat, où il a été accueilli au pied de "
    "l'avion par le roi Mohammed VI, pour une visite d'État destinée à tourner la page de "
    "plusieurs années de brouille diplomatique.",
    "Emmanuel Macron est accompagné d'une délégation d'une centaine de personnes, dont neuf "
    "ministres et une quarantaine de chefs d'entreprise. Des accords dans l'énergie, le "
    "ferroviaire et l'aéronautique doivent être signés.",
    "Le chef de l'État s'exprimera mardi devant le Parlement marocain. Il se rendra ensuite à "
    "Marrakech avant de regagner Paris mercredi soir.",
]
PT = [
    "O presidente Luiz Inácio Lula da Silva chegou a Pequim nesta quinta-feira, depois de "
    "passar por Xangai, onde participou da posse de Dilma Rousseff na presidência do banco "
    "do Brics.",
    "Na sexta-feira, Lula será recebido pelo presidente Xi Jinping no Grande Salão do Povo. Os "
    "dois governos devem assinar cerca de 15 acordos nas áreas de comércio, tecnologia e "
    "combate à fome.",
    "A comitiva brasileira inclui ministros, governadores, parlamentares e mais de 200 "
    "empresários do agronegócio.",
]


def _legacy(title: str, info: str, paragraphs: list[str], *, head: str = "", lang: str) -> str:
    """A table-layout portal page: the title, a date line, the paragraphs."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head>{head}<title>{title}</title></head>'
        f'<body><table width="980"><tr><td><a href="/">Portal</a></td></tr>'
        f"<tr><td><h1>{title}</h1></td></tr><tr><td>{info}</td></tr>"
        f'<tr><td id="Content">{body}</td></tr></table></body></html>'
    )


def test_iso_2022_jp_bytes_are_not_taken_for_utf8() -> None:
    """Seven-bit ISO-2022-JP is read as such, not as the ASCII it also is."""
    assert "岸田".encode("iso2022_jp") == b"\x1b$B4_ED\x1b(B"  # the "$B4_ED" once shown
    page = _legacy("岸田首相、ワシントンに到着", "2024.04.09", [JA, JA], lang="ja",
                   head='<meta charset="iso-2022-jp">')  # fmt: skip
    text = decode_html(page.encode("iso2022_jp"))
    assert JA in text
    assert "$B" not in text


def test_iso_2022_jp_without_a_declaration_is_known_by_its_escapes() -> None:
    """The escapes alone tell ISO-2022-JP (no label needed)."""
    page = _legacy("岸田首相、ワシントンに到着", "2024.04.09", [JA], lang="ja")
    assert JA in decode_html(page.encode("iso2022_jp"))


def test_iso_2022_kr_is_read() -> None:
    """ISO-2022-KR's designation escape (ESC $ ) C) names it."""
    korean = "윤석열 대통령은 영국 국빈 방문을 위해 런던 스탠스테드 공항에 도착했다."
    page = _legacy("윤석열 대통령 런던 도착", "2023.11.21", [korean], lang="ko")
    assert korean in decode_html(page.encode("iso2022_kr"))


def test_undeclared_windows_1252_french_is_not_read_as_windows_1250() -> None:
    """French text the detector reads as windows-1250 is taken in windows-1252."""
    page = _legacy("Emmanuel Macron au Maroc pour une visite d'État de trois jours", "28/10/2024",
                   FR, lang="fr")  # fmt: skip
    text = decode_html(page.encode("cp1252"))
    assert "est arrivé lundi à Rabat, où il a été accueilli" in text
    assert "doivent être signés" in text
    assert "ŕ" not in text


@pytest.mark.parametrize(
    ("line", "language", "day"),
    [
        # pt-updated-first: the update's part is passed over, the publication's is read
        (
            "Atualizado em 14/04/2023 às 08h10 | Publicado em 13/04/2023 às 21h45",
            "pt",
            dt.date(2023, 4, 13),
        ),
        # day first in Portuguese: 3 April, not 4 March
        ("Publicado em 03/04/2023 às 21h45", "pt", dt.date(2023, 4, 3)),
        ("Pubblicato il 04/02/2024 alle 10:20", "it", dt.date(2024, 2, 4)),
        ("Opublikowano 11.03.2024, 22:15", "pl", dt.date(2024, 3, 11)),
        # two numeric dates in one part: which one is the day? None
        ("Publicado em 13/04/2023 e 14/04/2023", "pt", None),
    ],
)
def test_a_numeric_date_among_words_of_a_language_without_tables(
    line: str, language: str, day: dt.date | None
) -> None:
    """A byline's numeric date is read alone when the words around it stop the parser."""
    assert dateline(line, language) == day


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("發布日期：113年08月03日", dt.date(2024, 8, 3)),  # zh-big5-undeclared-roc
        ("113年8月3日 | 更新：113年8月5日", dt.date(2024, 8, 3)),
        ("民國113年8月3日", dt.date(2024, 8, 3)),
        ("公元113年8月3日", None),  # the year 113 AD, not Minguo 113
        ("西元113年8月3日", None),
    ],
)
def test_a_minguo_year_without_its_era_name(line: str, day: dt.date | None) -> None:
    """A Taiwanese date line's 113年 is the Minguo year 113, 2024."""
    assert dateline(line, "zh") == day


@pytest.mark.parametrize(
    ("line", "language", "day"),
    [
        ("12/12/2023 14:30 | Cập nhật 13/12/2023", "vi", dt.date(2023, 12, 12)),
        ("Cập nhật 12/12/2023 14:30", "vi", None),
        ("Опубліковано 22.05.2022 | Оновлено 23.05.2022", "uk", dt.date(2022, 5, 22)),
    ],
)
def test_update_words_of_more_languages(line: str, language: str, day: dt.date | None) -> None:
    """The date after "Cập nhật" or "Оновлено" is an update's, not the publication's."""
    assert dateline(line, language) == day


def test_a_brazilian_page_is_dated_by_its_publication_not_its_update() -> None:
    """pt-updated-first: the byline's "Publicado em" day, not the "Atualizado em" one."""
    info = "Atualizado em 14/04/2023 às 08h10 | Publicado em 13/04/2023 às 21h45"
    page = _legacy("Lula chega a Pequim para encontro com Xi Jinping", info, PT, lang="pt-BR",
                   head='<meta charset="utf-8">')  # fmt: skip
    article = read_html(page, url="https://www.jornaldoparana.com.br/mundo/lula-pequim-xi",
                        today=dt.date(2023, 4, 20))  # fmt: skip
    assert article.published == "2023-04-13"
    assert article.language == "pt"


def test_an_undeclared_big5_page_with_a_minguo_date_line() -> None:
    """zh-big5-undeclared-roc: Big5 bytes, no declaration, dated 113年08月03日 = 2024-08-03."""
    paragraphs = [
        "外交部長林佳龍率團抵達瓜地馬拉市，展開為期四天的訪問，瓜國外長在機場親自接機。",
        "林佳龍此行將晉見阿雷瓦洛總統，並出席臺瓜合作醫療計畫的簽約儀式。外交部表示，雙方也將討論"
        "農業技術與青年獎學金等合作。",
        "結束瓜地馬拉行程後，訪團將轉往貝里斯，並於下週返國。",
    ]
    page = _legacy("外交部長林佳龍出訪瓜地馬拉 深化雙邊合作", "發布日期：113年08月03日",
                   paragraphs, lang="zh-TW")  # fmt: skip
    article = read_html(page.encode("big5"), url="http://www.qiaowu-xinwen.org.tw/news.asp?id=3381",
                        today=dt.date(2024, 8, 10))  # fmt: skip
    assert "林佳龍此行將晉見阿雷瓦洛總統" in article.text
    assert article.published == "2024-08-03"
    assert article.language == "zh"
