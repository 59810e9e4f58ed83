"""A "read more" / "you may also like" list of other articles ends the article (issue 22).

The issue: an article's related-articles block is not the article, and the model must not
be shown it. A list heading used to end the article only when every line after it was
at most 80 characters; real lists hold longer headlines. The texts are written for
these tests in the shape of boxes on the real pages of trafilatura's evaluation set
(github.com/adbar/trafilatura, tests/eval/: automobilwoche.de "Lesen Sie auch:",
24horas.cl "TE PUEDE INTERESAR", football.ua "читайте также", peppermynta.de "More
Stories", sueddeutsche.de "Mehr zum Thema") and on the inline boxes of Le Monde ("Lire
aussi | ...") and Al Jazeera Arabic ("اقرأ أيضا" between paragraphs), which are inside
the article and must cut nothing. Headlines are invented, not copied.
"""

from __future__ import annotations

import pytest

from visitx import clean_text

EN = (
    "The Kenyan trade mission toured the Port of Tauranga on Wednesday and met the port's "
    "chief executive.\n"
    "Both sides discussed kiwifruit exports and a training exchange for crane operators."
)
DE = (
    "Der usbekische Außenminister ist am Dienstag zu Gesprächen mit seiner deutschen "
    "Amtskollegin in Berlin eingetroffen.\n"
    "Im Mittelpunkt standen Energiepartnerschaften und die Ausbildung von Fachkräften."
)
ES = (
    "El presidente de Chile recibió este lunes en La Moneda a una delegación comercial de "
    "Corea del Sur encabezada por su ministro de Industria.\n"
    "Ambas partes firmaron un memorando sobre litio e hidrógeno verde."
)
RU = (
    "Делегация Казахстана во главе с министром торговли прибыла в Минск с двухдневным "
    "визитом.\n"
    "Стороны обсудили поставки зерна и создание совместного логистического центра."
)
AR = (
    "وصل وزير الخارجية العماني إلى طهران اليوم الأحد في زيارة رسمية تستغرق يومين يلتقي "
    "خلالها كبار المسؤولين الإيرانيين.\n"
    "وتتناول المباحثات العلاقات الثنائية وأمن الملاحة في مضيق هرمز."
)
FR = (
    "Le premier ministre sénégalais est arrivé mardi à Paris pour une visite de travail de "
    "deux jours consacrée à la dette et à la coopération militaire.\n"
    "Il doit être reçu mercredi à l'Élysée par le président de la République."
)
TR = (
    "Azerbaycan Ekonomi Bakanı, beraberindeki heyetle birlikte Ankara'da Ticaret Bakanı "
    "ile bir araya geldi.\n"
    "Görüşmede iki ülke arasındaki ticaret hacminin artırılması ele alındı."
)


@pytest.mark.parametrize(
    ("article", "block"),
    [
        pytest.param(
            DE,
            "Lesen Sie auch:\n"
            "Turbulente Woche für den Kanzler\n"
            "EXKLUSIV - Werften in Rostock und Wismar wollen nachbessern: Marine muss um "
            "ihre neuen Fregatten bangen\n"
            "Gasliefervertrag mit Katar: Was der Deal für die Industrie im Osten bedeutet",
            id="de-lesen-sie-auch",
        ),
        pytest.param(
            ES,
            "TE PUEDE INTERESAR\n"
            'Boric por expulsión de extranjeros: "Esta puesta en escena no va a ser una '
            'política de nuestro Gobierno"\n'
            "Interior detalla medidas de seguridad para la cumbre de ministros de la región "
            "andina en Santiago",
            id="es-te-puede-interesar",
        ),
        pytest.param(
            RU,
            "Читайте также\n"
            "Лукашенко и Токаев договорились о строительстве совместного завода по выпуску "
            "сельхозтехники\n"
            "13 июля 2024, 17:37\n"
            "Минск и Астана запустят прямой грузовой поезд через территорию России уже осенью\n"
            "26 мая 2024, 23:23",
            id="ru-chitaite-takzhe",
        ),
        pytest.param(
            EN,
            "More Stories\n"
            "New Zealand and Kenya sign a memorandum on geothermal energy during the "
            "minister's visit to Nairobi\n"
            "Port of Tauranga reports record container volumes as Asian demand rebounds "
            "strongly. The operator expects more…",
            id="en-more-stories-teaser",
        ),
        pytest.param(
            AR,
            "اقرأ أيضا\n"
            "عراقجي يبحث مع نظيره العماني في مسقط ملف المفاوضات النووية ويؤكد استعداد طهران "
            "للحوار\n"
            "السلطان هيثم بن طارق يستقبل وفدا إيرانيا رفيع المستوى ويبحث معه تعزيز التعاون "
            "الاقتصادي",
            id="ar-iqra-aydan",
        ),
        pytest.param(
            TR,
            "Bunlar da ilginizi çekebilir\n"
            "Ticaret Bakanı, Bakü'de Azerbaycanlı mevkidaşıyla tercihli ticaret anlaşmasının "
            "genişletilmesini görüştü\n"
            "Kars-Iğdır-Nahçıvan demiryolu hattının temeli atıldı: Hat 2028'de tamamlanacak",
            id="tr-ilginizi-cekebilir",
        ),
        pytest.param(
            FR,
            "Lire aussi | Au Sénégal, le nouveau gouvernement veut renégocier les contrats "
            "pétroliers et gaziers signés par ses prédécesseurs",
            id="fr-lire-aussi-inline-at-the-end",
        ),
    ],
)
def test_a_list_of_headlines_after_a_list_heading_is_cut(article: str, block: str) -> None:
    """A list heading followed by headlines (also past 80 characters) ends the article."""
    assert clean_text(article + "\n" + block) == article


def test_a_list_heading_followed_by_short_links_and_furniture_is_cut() -> None:
    """'Mehr zum Thema' with section labels, headlines and a copyright line is cut too."""
    block = (
        "Mehr zum Thema\nAußenpolitik\nWarum Taschkent auf deutsche Ingenieure setzt\n"
        "Zentralasien\nDie neue Seidenstraße führt über das Kaspische Meer\n"
        "© Süddeutsche Zeitung GmbH"
    )
    assert clean_text(DE + "\n" + block) == DE


def test_read_more_inside_a_paragraph_cuts_nothing() -> None:
    """'read more' in a sentence is article text, not a heading."""
    text = (
        EN + "\nOfficials said visitors can read more about the programme on the port's "
        "website, which lists the training dates.\nThe mission flies to Auckland on Friday."
    )
    assert clean_text(text) == text


def test_an_inline_box_between_paragraphs_cuts_nothing() -> None:
    """'Lesen Sie auch: <headline>' between two paragraphs stays with the article."""
    text = (
        DE + "\nLesen Sie auch: Usbekistan will bis 2030 eine Million Arbeitskräfte ausbilden\n"
        "Am Mittwoch reist der Minister weiter nach München, wo er Vertreter der Siemens AG "
        "und mehrerer mittelständischer Maschinenbauer trifft."
    )
    assert clean_text(text) == text


def test_an_arabic_list_between_paragraphs_cuts_nothing() -> None:
    """An 'اقرأ أيضا' list followed by more paragraphs is inside the article."""
    text = (
        AR + "\nاقرأ أيضا\nعراقجي يبحث في مسقط ملف المفاوضات النووية\n"
        "سلطنة عمان تستضيف جولة جديدة من المحادثات\n"
        "وقال المتحدث باسم الخارجية الإيرانية إن الزيارة تأتي في إطار التشاور المستمر بين "
        "البلدين حول القضايا الإقليمية والدولية ذات الاهتمام المشترك."
    )
    assert clean_text(text) == text


def test_an_inline_french_box_before_the_last_paragraph_cuts_nothing() -> None:
    """'Lire aussi | <headline>' with the article going on after it stays."""
    text = (
        FR + "\nLire aussi | Dette : le FMI et Dakar trouvent un accord\n"
        "Selon l'entourage du chef du gouvernement, un accord sur la formation des officiers "
        "sénégalais à Saint-Cyr pourrait être signé à cette occasion."
    )
    assert clean_text(text) == text


def test_a_sentence_after_read_more_is_article_text() -> None:
    """'Read more: <a sentence>.' at the end is the article's own last line."""
    text = EN + "\nRead more: the full statement of the ministry is published on its website."
    assert clean_text(text) == text


def test_a_list_heading_followed_by_a_long_paragraph_keeps_the_text() -> None:
    """After a list heading, a long line ending a sentence is article text: nothing is cut."""
    text = (
        ES + "\nTe puede interesar\nCorea del Sur y Chile negocian un acuerdo sobre litio\n"
        "La visita se produce una semana después de que el canciller chileno viajara a Seúl "
        "para preparar la agenda del encuentro con las empresas surcoreanas."
    )
    assert clean_text(text) == text
