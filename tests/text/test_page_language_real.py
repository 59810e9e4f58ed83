"""Page languages that real saved pages got wrong, one category per test (issue 22).

Each text is written here, in the shape of the real page that motivated it (pages of
`bench/build_page_cases.py`, labelled in `bench/page_languages.json`).
"""

from __future__ import annotations

import pytest

from visitx import read_html
from visitx.text.language import guess_language, page_language

# htmldate tests/test_set/1565998355.html and 1561643340.html (Divya Bhaskar, Gujarati,
# `<html lang="en">`); ukbdnews.com.23646.html (Bengali, declared en); Business Standard
# Hindi, 1521292139.html (no lang).
GUJARATI = (
    "વડોદરા શહેરના પ્રતિનિધિમંડળે મંગળવારે બંદરની મુલાકાત લીધી અને બંદર સત્તામંડળના "
    "અધિકારીઓ સાથે નવા જોડાણો અંગે ચર્ચા કરી. બંને પક્ષોએ તાલીમ કેન્દ્ર શરૂ કરવાની વાત કરી."
)
BENGALI = (
    "মঙ্গলবার একটি বাণিজ্য প্রতিনিধিদল বন্দর পরিদর্শন করেছে এবং বন্দর কর্তৃপক্ষের সঙ্গে "
    "বৈঠক করেছে। দুই পক্ষ নতুন ফেরি যোগাযোগ ও একটি যৌথ প্রশিক্ষণ কেন্দ্র নিয়ে আলোচনা করেছে।"
)
HINDI = (
    "मंगलवार को एक व्यापार प्रतिनिधिमंडल ने बंदरगाह का दौरा किया और बंदरगाह प्राधिकरण के "
    "अधिकारियों से मुलाकात की। दोनों पक्षों ने नए नौका संपर्क और एक संयुक्त प्रशिक्षण केंद्र "
    "पर चर्चा की। प्रतिनिधिमंडल बुधवार को राजधानी जाएगा, जहां वह सरकार के प्रतिनिधियों से मिलेगा।"
)


@pytest.mark.parametrize(("text", "expected"), [(GUJARATI, "gu"), (BENGALI, "bn"), (HINDI, "hi")])
def test_indic_script_is_guessed(text: str, expected: str) -> None:
    """Gujarati, Bengali and Devanagari (Hindi) texts get their language, not None."""
    assert guess_language(text) == expected


@pytest.mark.parametrize(("text", "expected"), [(GUJARATI, "gu"), (BENGALI, "bn")])
def test_indic_page_declared_english_reads_as_its_script(text: str, expected: str) -> None:
    """A Gujarati or Bengali page declared `en` is not English."""
    page = (
        f'<html lang="en"><head><title>News</title></head><body>'
        f"<article><p>{text}</p><p>{text}</p></article></body></html>"
    )
    assert read_html(page).language == expected


def test_hindi_article_amid_english_navigation_reads_as_hindi() -> None:
    """English navigation and footer around a Hindi article, no declaration: Hindi."""
    text = "Wednesday, September 30, 2020 02:45 PM English | हिंदी\n" + HINDI
    assert page_language(None, text) == "hi"


# htmldate tests/test_set/1781170231.html: a Tagalog article (no lang) that opens with a
# long English statement it quotes, so its opening is unsure; Business Standard's pages
# (1521292139.html) open with hundreds of empty table cells.
QUOTE = (
    "“After many months of talks with our staff and partners, the foundation has decided to "
    "move its regional office to a new building closer to the harbour. We thank the city for "
    "its support over the years, and we look forward to working with the province on new "
    "programmes for young farmers and fishermen. None of our current projects will be "
    "interrupted by the move, and every member of our team will keep their position. We are "
    "grateful to the families who have trusted us for more than a decade, and we hope they "
    "will visit us in our new home once it opens next month,” the statement said. "
)
TAGALOG = (
    "Naglabas ng pahayag ang pamunuan ng pundasyon tungkol sa paglipat ng kanilang tanggapan "
    "sa lungsod. Ayon sa kanila, matagal na nilang pinag-usapan ang desisyong ito kasama ang "
    "mga kawani at ang lokal na pamahalaan. Sinabi rin ng tagapagsalita na hindi maaapektuhan "
    "ang mga programa para sa mga kabataan at magsasaka sa lalawigan. Marami sa mga residente "
    "ang nagpasalamat sa mga naitulong ng pundasyon sa nakalipas na sampung taon. Inaasahang "
    "bubuksan ang bagong opisina sa susunod na buwan, at magkakaroon ng maikling seremonya na "
    "dadaluhan ng alkalde at ng mga kinatawan ng kanilang mga katuwang na samahan. "
)


def test_unsure_opening_is_read_on_more_of_the_text() -> None:
    """An opening that cannot tell, no declaration: the first 8,000 characters decide."""
    text = "|  " * 400 + QUOTE + TAGALOG * 5
    assert guess_language(text[:1000]) is None  # the opening alone does not tell
    assert page_language(None, text) == "tl"


# trafilatura tests/eval/24ora.com-internationalschol.html: Papiamento (no two-letter
# code), declared `en`; no identifier is confident, but English is all but impossible.
PAPIAMENTO = (
    "E minister di enseñansa a bishita e scol primario na Noord diamars mainta. Durante e "
    "bishita el a papia cu e maestronan y cu e muchanan di e di seis klas tocante e proyecto "
    "nobo di reciclahe. E scol a cuminza e proyecto aki luna pasa, y awor tur klas ta separa "
    "plastico, papel y glas. E direktor di e scol a bisa cu e muchanan ta hopi entusiasma y cu "
    "nan ta siña mas tocante naturalesa y medio ambiente. E minister a gradici e docentenan "
    "pa nan trabou duro y a primintí di yuda cu material nobo pa e aña scolar cu ta bini. "
)


def test_declaration_the_text_contradicts_gives_none() -> None:
    """A Papiamento page declared `en` has no language rather than English."""
    assert page_language("en", PAPIAMENTO * 3) is None


def test_declaration_the_text_allows_is_kept_when_unsure() -> None:
    """The same text declared `es` (a language the identifier finds possible) keeps es."""
    assert page_language("es", PAPIAMENTO * 3) == "es"


def test_short_text_never_contradicts_a_declaration() -> None:
    """Too little text to judge keeps the declared language."""
    assert page_language("en", PAPIAMENTO[:200]) == "en"
