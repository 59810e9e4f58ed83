"""Tests for `visitx.grounding.locate`: locating the model's verbatim strings in the article.

The excerpts below are copied byte-for-byte from the seed articles (typos and missing
zero-width non-joiners included); a few tests add a synthetic line where no seed has the
feature under test. Every hit is checked for `text[span.start:span.end] == span.text`.
"""

from __future__ import annotations

import time

import pytest

from visitx.core.models import Span
from visitx.grounding import locate as locate_module
from visitx.grounding.locate import locate, normalize
from visitx.grounding.norm import Norm, build_norm

ZWNJ = "\u200c"

# seed 000 (tr): a Rwandan business delegation visits ASO 1st OSB, Ankara.
TR_ASO = (
    "Ruandalı iş insanları, Ruanda Büyükelçiliği ve Ticaret Ataşeliği'nden yetkililer ile "
    "birlikte ASO 1. OSB’yi ziyaret etti. Ziyaret sırasında iş insanları, bölgede üretim "
    "yapan firmaların yetkilileriyle bir araya geldi.\n"
    "Görüşmelerde Ruandalı iş insanlarına ASO 1. OSB’nin faaliyetleri hakkında ASO 1. OSB "
    "Bölge Müdürü Cüneyt Çalık bilgi verdi. Çalık, Ruanda ile olan karşılıklı ziyaretlerin "
    "önemine değinirken, sanayi alanındaki iş birliklerinin geliştirilmesi için de her türlü "
    "desteğe hazır olduklarını söyledi. Çalık, ''Ruanda ile birlikte yapılacak çalışmalarda "
    "ASO 1. OSB olarak elimizden gelen desteği sunmaya hazırız.'' dedi.\n"
    "Konuyla ilgili, ''Ruanda ile Türkiye arasındaki ticari ilişkileri teşvik etmek, her iki "
    "ülkenin yatırım durumlarını değerlendirmek ve karşılıklı fırsat ve imkanlar ortaya koymak "
    "amacıyla ASO 1. OSB’yi ziyaret ediyoruz. ASO 1. OSB, çevrecilik, ihracat, inovasyon ve "
    "eğitim kurumlarıyla iş birliği açısından hem Türkiye’ye hem dünyaya örnek "
    "gösterilebilecek bir organizasyon. İki ülke arasında ticaretin geliştirilmesi için bu "
    "toplantıları yıl içerisinde tekrar etmek istiyoruz.'' ifadelerini kullandılar."
)
# The 503-character quotation that ends TR_ASO: an evidence sentence.
TR_LONG = TR_ASO[TR_ASO.index("Konuyla") :]

# seed 001 (tr): JICA officials visit Kahramanmaraş OSB ("Inove" is the article's typo).
TR_JICA = (
    "Kahramanmaraş Organize Sanayi Bölgesi (OSB) Müdürü Hasan Köse, Japonya Uluslararası "
    "İşbirliği Ajansı (JICA) yetkililerinin gerçekleştirdiği ziyaretin ardından önemli "
    "açıklamalarda bulundu. JICA yetkilileri Masashi Inove, Kotoe Kuroda ve Seda Torısu, "
    "Kahramanmaraş OSB’yi ziyaret ederek bölge hakkında detaylı bilgi aldı. Ziyaretin "
    "ardından Hasan Köse, “Nazik ziyaretleri için kendilerine teşekkür ederiz.” diyerek, iki "
    "ülke arasında potansiyel işbirliklerinin güçlendirilmesine yönelik önemli bir adım "
    "atıldığını vurguladı."
)

# seed 002 (tr): a protocol signed in Iğdır, then visits to a border gate.
TR_IGDIR = (
    "6 Kasım 2014 Tarihinde Iğdır Ticaret ve Sanayi Odası toplantı salonunda imzalanan "
    "protokolün ardından yapılan toplantıda bölgelerimiz karşılıklı olarak sektörler ve "
    "ticaret hacimleri bazında değerlendirilmiştir.\n"
    "7 Kasım 2014 günü ,Iğdır’ın en doğusunda yer alan Aralık ilçesinde bulunan ve 1992 de "
    "açılan Dilucu sınır kapısından geçilerek Dilucu Sınır Kapısı Gümrük Müdürü ile toplantı "
    "yapılmıştır. Dilucu Gümrük Müdürlüğünden Yolcu giriş-çıkış işlemleri, Taşıt giriş-çıkış "
    "işlemleri, Transit işlemleri ile Sınır Ticareti Merkezi Kapsamında İthalat ve İhracat "
    "işlemleri yapılmakta olduğu bilgileri edinilmiştir."
)

# seed 003 (fa): the governor of Astrakhan meets the governor of Gilan. No ZWNJ anywhere.
FA_GILAN = (
    "دکتر اسدالله عباسی شامگاه جمعه (۱۸ فروردین ماه ۱۴۰۲) در دیدار با استاندار آستراخان روسیه "
    "گفت : در این راستا آستراخان بهعنوان دروازه تجارت روسیه محسوب میشود و گیلان نیز میتواند "
    "استان تعیین کننده در توسعه همه جانبه روابط با این کشور تلقی شود.\n\n"
    "نماینده عالی دولت در گیلان ادامه داد: همچنین ما علاقمندیم که برای گسترش و توسعه "
    "ارتباطات، هیاتهای تجاری ما را در سطح بالاتری افزایش دهیم و نمایشگاهی نیز در بندرانزلی "
    "داریم که روسیه و آستراخان میتوانند در آن حضور یابند تا توانمندیهای ما بیشتر شناخته و "
    "همکاریها نیز توسعه یاید.\n\n"
    "*استاندار آستراخان: حجم گردش کالا در آستراخان ۱۶ میلیون تن درسال است.\n\n"
    "استاندار آستراخان روسیه گفت: با وجود دو بندر در این استان، حجم گردش کالا در سال در "
    "آستراخان ۱۶ میلیون تن است."
)
# The 275-character paragraph of FA_GILAN that ends in the article's typo "یاید".
FA_LONG = FA_GILAN[FA_GILAN.index("نماینده") : FA_GILAN.index("یاید.") + 5]

# seed 004 (de): a Turkmen official meets South Korea's first vice minister in Seoul.
DE_SEOUL = (
    "Der Vorsitzende des staatlichen Ausschusses für den Bau der Stadt Arkadag in "
    "Turkmenistan, Deryageldi Orazov, hat in Seoul ein wichtiges Treffen mit dem ersten "
    "stellvertretenden Landminister, Infrastruktur und Transport der Republik Korea, Jin Hyun "
    "Hwan, abgehalten.\n"
    "Vor dem Hintergrund der Vorbereitungen für ein großes Abkommen mit einem koreanischen "
    "Unternehmen über den Bau der Turkmenabat-Phosphor-Düngemittelanlage, informierte sich die "
    "turkmenische Delegation über die Arbeit führender koreanischer Unternehmen im "
    "Industriebereich.\n"
    "Besonders hob er die Möglichkeiten des Austauschs fortgeschrittener koreanischer "
    "Erfahrungen bei der Entwicklung von „intelligenten Städten“ hervor"
)

ARTICLES = {"tr-aso": TR_ASO, "tr-jica": TR_JICA, "tr-igdir": TR_IGDIR}
ARTICLES |= {"fa-gilan": FA_GILAN, "de-seoul": DE_SEOUL}


def located(quote: str, text: str, hint: int | None = None) -> Span:
    """Locate `quote`, asserting it was found and that the offsets index the article."""
    span = locate(quote, text, hint=hint)
    assert span is not None, f"not found: {quote!r}"
    assert span.start is not None
    assert span.end is not None
    assert text[span.start : span.end] == span.text
    assert span.text == span.text.strip()
    return span


# --- exact ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        pytest.param("Cüneyt Çalık", TR_ASO, id="tr-name"),
        pytest.param("Kahramanmaraş OSB’yi", TR_JICA, id="tr-curly-apostrophe-as-is"),
        pytest.param("استاندار آستراخان روسیه", FA_GILAN, id="fa-title"),
        pytest.param("۱۸ فروردین ماه ۱۴۰۲", FA_GILAN, id="fa-date"),
        pytest.param("Deryageldi Orazov", DE_SEOUL, id="de-name"),
        pytest.param("„intelligenten Städten“", DE_SEOUL, id="de-low-high-quotes"),
        pytest.param(TR_LONG, TR_ASO, id="tr-503-char-sentence"),
        pytest.param(FA_LONG, FA_GILAN, id="fa-275-char-paragraph"),
    ],
)
def test_exact_substring(quote: str, text: str) -> None:
    """A verbatim copy is found as an exact match at its first occurrence."""
    span = located(quote, text)
    assert span.match == "exact"
    assert (span.text, span.start, span.end) == (
        quote,
        text.index(quote),
        text.index(quote) + len(quote),
    )


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        pytest.param("  Hasan Köse \n", TR_JICA, id="white-space-around"),
        pytest.param(f"{ZWNJ}\u200fاستاندار آستراخان{ZWNJ}", FA_GILAN, id="invisible-around"),
    ],
)
def test_quote_is_trimmed(quote: str, text: str) -> None:
    """Space and invisible format characters around a quote never enter the span."""
    span = located(quote, text)
    assert span.match == "exact"
    assert span.text == quote.strip().strip(f"{ZWNJ}\u200f")


# --- normalized: one test case per rule ------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "text", "expected"),
    [
        # NFKC
        pytest.param("ＪＩＣＡ yetkilileri", TR_JICA, "JICA yetkilileri", id="nfkc-fullwidth"),
        pytest.param("ﬁrmaların", TR_ASO, "firmaların", id="nfkc-ligature"),
        pytest.param("Hasan Ko\u0308se", TR_JICA, "Hasan Köse", id="nfkc-decomposed-quote"),
        # case folding, Turkish-aware
        pytest.param("HASAN KÖSE", TR_JICA, "Hasan Köse", id="case-upper"),
        pytest.param("IĞDIR TİCARET", TR_IGDIR, "Iğdır Ticaret", id="tr-upper-dotless"),
        pytest.param("ığdır ticaret", TR_IGDIR, "Iğdır Ticaret", id="tr-lower-dotless"),
        pytest.param("Seda Torisu", TR_JICA, "Seda Torısu", id="tr-i-for-dotless-i"),
        pytest.param("İŞBİRLİĞİ AJANSI", TR_JICA, "İşbirliği Ajansı", id="tr-dotted-capitals"),
        pytest.param("GROSSES Abkommen", DE_SEOUL, "großes Abkommen", id="de-sharp-s"),
        # Arabic and Persian letter variants
        pytest.param("استاندار آستراخان روسيه", FA_GILAN, "استاندار آستراخان روسیه", id="ar-yeh"),
        pytest.param("اسدالله عباسى", FA_GILAN, "اسدالله عباسی", id="ar-alef-maksura"),
        pytest.param("دكتر اسدالله", FA_GILAN, "دکتر اسدالله", id="ar-kaf"),
        pytest.param("همه جانبة", FA_GILAN, "همه جانبه", id="ar-teh-marbuta"),
        pytest.param("أسدالله عباسی", FA_GILAN, "اسدالله عباسی", id="ar-alef-hamza"),
        pytest.param("استراخان روسیه", FA_GILAN, "آستراخان روسیه", id="ar-alef-madda"),
        pytest.param("در توسعۀ همه", FA_GILAN, "در توسعه همه", id="fa-heh-yeh"),
        pytest.param("اسـدالله عبـاسی", FA_GILAN, "اسدالله عباسی", id="ar-tatweel"),
        pytest.param("اَسَدُالله عَبّاسی", FA_GILAN, "اسدالله عباسی", id="ar-harakat"),
        # ZWNJ, ZWJ, space or nothing between Persian word parts
        pytest.param(f"محسوب می{ZWNJ}شود", FA_GILAN, "محسوب میشود", id="fa-zwnj-in-quote"),
        pytest.param("محسوب می\u200dشود", FA_GILAN, "محسوب میشود", id="fa-zwj-in-quote"),
        pytest.param("محسوب می شود", FA_GILAN, "محسوب میشود", id="fa-space-in-quote"),
        pytest.param("بندر انزلی", FA_GILAN, "بندرانزلی", id="fa-space-between-words"),
        pytest.param(
            "محسوب می شود", f"گفت: محسوب می{ZWNJ}شود.", f"محسوب می{ZWNJ}شود", id="fa-zwnj-in-text"
        ),
        pytest.param("میشود", "گفت: می شود.", "می شود", id="fa-space-in-text"),
        # typographic quotes, apostrophes and dashes
        pytest.param("ASO 1. OSB'yi", TR_ASO, "ASO 1. OSB’yi", id="apostrophe-straight"),
        pytest.param("Iğdır`ın", TR_IGDIR, "Iğdır’ın", id="apostrophe-backtick"),
        pytest.param("Iğdır´ın", TR_IGDIR, "Iğdır’ın", id="apostrophe-acute"),
        pytest.param("Ataşeliği’nden", TR_ASO, "Ataşeliği'nden", id="apostrophe-curly"),
        pytest.param(
            '"intelligenten Städten"', DE_SEOUL, "„intelligenten Städten“", id="quote-straight"
        ),
        pytest.param(
            "«intelligenten Städten»", DE_SEOUL, "„intelligenten Städten“", id="quote-guillemets"
        ),
        pytest.param('"Nazik ziyaretleri', TR_JICA, "“Nazik ziyaretleri", id="quote-curly"),
        pytest.param(
            '"Ruanda ile birlikte', TR_ASO, "''Ruanda ile birlikte", id="quote-two-apostrophes"
        ),
        pytest.param("giriş–çıkış", TR_IGDIR, "giriş-çıkış", id="dash-en"),
        pytest.param("giriş—çıkış", TR_IGDIR, "giriş-çıkış", id="dash-em"),
        pytest.param("giriş\u2011çıkış", TR_IGDIR, "giriş-çıkış", id="dash-non-breaking"),
        pytest.param("giriş−çıkış", TR_IGDIR, "giriş-çıkış", id="dash-minus"),
        # white space and format characters
        pytest.param("Hasan  Köse", TR_JICA, "Hasan Köse", id="space-double"),
        pytest.param("Hasan\u00a0Köse", TR_JICA, "Hasan Köse", id="space-nbsp"),
        pytest.param("Hasan\nKöse", TR_JICA, "Hasan Köse", id="space-newline"),
        pytest.param(
            "bilgi verdi. Çalık",
            TR_ASO.replace("verdi. Ç", "verdi.\n\n  Ç"),
            "bilgi verdi.\n\n  Çalık",
            id="space-run-in-text",
        ),
        pytest.param(
            "Düngemittel\u00adanlage", DE_SEOUL, "Düngemittelanlage", id="soft-hyphen-in-quote"
        ),
        pytest.param(
            "Düngemittelanlage",
            DE_SEOUL.replace("mittelanl", "mittel\u00adanl"),
            "Düngemittel\u00adanlage",
            id="soft-hyphen-in-text",
        ),
        pytest.param("استاندار\u200f آستراخان", FA_GILAN, "استاندار آستراخان", id="bidi-mark"),
    ],
)
def test_normalization_rules(quote: str, text: str, expected: str) -> None:
    """Each level-1 rule lets a differently typed copy match as `normalized`."""
    span = located(quote, text)
    assert span.match == "normalized"
    assert span.text == expected
    assert span.start == text.index(expected)


@pytest.mark.parametrize(
    ("quote", "text", "expected"),
    [
        pytest.param(
            "استاندار گيلان", "دیدار استاندار گیلان با", "استاندار گیلان", id="fa-arabic-yeh"
        ),
        pytest.param(
            "به عنوان دروازه تجارت",
            FA_GILAN,
            "بهعنوان دروازه تجارت",
            id="fa-space-for-missing-zwnj",
        ),
        pytest.param(
            "به عنوان دروازه",
            f"آستراخان به{ZWNJ}عنوان دروازه",
            f"به{ZWNJ}عنوان دروازه",
            id="fa-space-for-zwnj",
        ),
        pytest.param(
            "Istanbul'da", "Heyet İstanbul’da temaslarda bulundu.", "İstanbul’da", id="tr-istanbul"
        ),
        pytest.param(
            "ISTANBUL", "Heyet İstanbul’da temaslarda bulundu.", "İstanbul", id="tr-istanbul-upper"
        ),
    ],
)
def test_langextract_failure_cases(quote: str, text: str, expected: str) -> None:
    """The strings exact-match aligners miss are found, at the right offsets."""
    span = located(quote, text)
    assert (span.text, span.start, span.match) == (expected, text.index(expected), "normalized")


@pytest.mark.parametrize(
    ("quote", "text", "expected"),
    [
        pytest.param(
            "18 فروردین ماه 1402", FA_GILAN, "۱۸ فروردین ماه ۱۴۰۲", id="ascii-for-persian"
        ),
        pytest.param(
            "١٨ فروردين ماه ١٤٠٢", FA_GILAN, "۱۸ فروردین ماه ۱۴۰۲", id="arabic-indic-for-persian"
        ),
        pytest.param("16 ميليون تن", FA_GILAN, "۱۶ میلیون تن", id="ascii-and-arabic-yeh"),
        pytest.param("۶ Kasım ۲۰۱۴", TR_IGDIR, "6 Kasım 2014", id="persian-for-ascii"),
        pytest.param("６ Kasım ２０１４", TR_IGDIR, "6 Kasım 2014", id="fullwidth-for-ascii"),
    ],
)
def test_digits_across_scripts(quote: str, text: str, expected: str) -> None:
    """Digits of every script compare equal."""
    span = located(quote, text)
    assert (span.text, span.start, span.match) == (expected, text.index(expected), "normalized")


# --- offsets --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "text", "expected", "match"),
    [
        pytest.param("مي", f"گفت: می{ZWNJ}شود.", "می", "normalized", id="no-trailing-zwnj"),
        pytest.param("شود", f"گفت: می{ZWNJ}شود.", "شود", "exact", id="no-leading-zwnj"),
        pytest.param(
            "هيئت", "آمد. هیـئتِ تجاری", "هیـئتِ", "normalized", id="harakat-stay-with-letter"
        ),
        pytest.param(
            "Hasan Kö", "Hasan Ko\u0308 geldi", "Hasan Ko\u0308", "normalized", id="accent-kept"
        ),
        pytest.param(
            "Hasan Ko", "Hasan Ko\u0308 geldi", "Hasan Ko\u0308", "fuzzy", id="no-cut-grapheme"
        ),
        pytest.param("Strasse", "Die Straße ist", "Straße", "normalized", id="sharp-s-whole"),
        pytest.param(
            "Hasan Köse", "Hasan \n\t Köse dedi", "Hasan \n\t Köse", "normalized", id="inner-space"
        ),
    ],
)
def test_offsets_cover_whole_characters(quote: str, text: str, expected: str, match: str) -> None:
    """Spans never cut a grapheme and never start or end on removed characters."""
    span = located(quote, text)
    assert (span.text, span.match) == (expected, match)


@pytest.mark.parametrize("name", list(ARTICLES))
def test_every_phrase_round_trips(name: str) -> None:
    """Every 3-word phrase of an excerpt, retyped, is found with consistent offsets."""
    text = ARTICLES[name]
    words = text.split()
    for i in range(len(words) - 2):
        phrase = " ".join(words[i : i + 3])
        retyped = phrase.upper().replace("ی", "ي").replace("ک", "ك").replace(" ", "  ")
        for quote in (phrase, retyped):
            span = located(quote, text)
            assert normalize(span.text) == normalize(quote)
            assert span.match in {"exact", "normalized"}


# --- repeated strings and the hint -----------------------------------------------------

ASO_AT = [i for i in range(len(TR_ASO)) if TR_ASO.startswith("ASO 1. OSB", i)]
CALIK_AT = [i for i in range(len(TR_ASO)) if TR_ASO.startswith("Çalık", i)]
TIE = "Çalık - Çalık"  # occurrences at [0, 5) and [8, 13); position 6 is 2 away from both


@pytest.mark.parametrize(
    ("quote", "text", "hint", "expected_start"),
    [
        pytest.param("ASO 1. OSB", TR_ASO, None, ASO_AT[0], id="exact-first"),
        pytest.param("ASO 1. OSB", TR_ASO, len(TR_ASO), ASO_AT[-1], id="exact-hint-at-end"),
        pytest.param("ASO 1. OSB", TR_ASO, ASO_AT[3] + 4, ASO_AT[3], id="exact-hint-inside"),
        pytest.param("ASO 1. OSB", TR_ASO, ASO_AT[2] - 3, ASO_AT[2], id="exact-hint-before"),
        pytest.param("ASO 1. OSB", TR_ASO, 0, ASO_AT[0], id="exact-hint-at-start"),
        pytest.param("Çalık", TIE, 6, 0, id="tie-goes-to-earlier"),
        pytest.param("Çalık", TIE, 7, 8, id="one-closer-to-later"),
        pytest.param("ÇALIK", TR_ASO, None, CALIK_AT[0], id="normalized-first"),
        pytest.param("ÇALIK", TR_ASO, len(TR_ASO), CALIK_AT[-1], id="normalized-hint"),
        pytest.param("Calik,", TR_ASO, None, CALIK_AT[1], id="fuzzy-first"),
        pytest.param("Calik,", TR_ASO, len(TR_ASO), CALIK_AT[-1], id="fuzzy-hint"),
        pytest.param(
            "Masashi Inoue, Kotoe Kuroda",
            f"{TR_JICA}\n{TR_JICA}",
            None,
            TR_JICA.index("Masashi"),
            id="near-first",
        ),
        pytest.param(
            "Masashi Inoue, Kotoe Kuroda",
            f"{TR_JICA}\n{TR_JICA}",
            2 * len(TR_JICA),
            len(TR_JICA) + 1 + TR_JICA.index("Masashi"),
            id="near-hint",
        ),
    ],
)
def test_repeated_strings(quote: str, text: str, hint: int | None, expected_start: int) -> None:
    """Without a hint the first occurrence wins; with one, the nearest (ties: earlier)."""
    assert located(quote, text, hint=hint).start == expected_start


# --- fuzzy: near matches ---------------------------------------------------------------


def _edit(s: str, old: str, new: str) -> str:
    """`s` with the one occurrence of `old` replaced by `new`."""
    assert s.count(old) == 1, old
    return s.replace(old, new)


@pytest.mark.parametrize(
    ("quote", "text", "expected"),
    [
        # diacritics dropped (level 2)
        pytest.param("Cuneyt Calik", TR_ASO, "Cüneyt Çalık", id="tr-name-no-diacritics"),
        pytest.param("Kahramanmaras OSB", TR_JICA, "Kahramanmaraş OSB", id="tr-place-no-cedilla"),
        pytest.param(
            "Igdir Ticaret ve Sanayi Odasi",
            TR_IGDIR,
            "Iğdır Ticaret ve Sanayi Odası",
            id="tr-no-breve",
        ),
        pytest.param("ISBIRLIGI AJANSI", TR_JICA, "İşbirliği Ajansı", id="tr-upper-no-diacritics"),
        pytest.param(
            "Turkmenabat-Phosphor-Dungemittelanlage",
            DE_SEOUL,
            "Turkmenabat-Phosphor-Düngemittelanlage",
            id="de-no-umlaut",
        ),
        # a letter or two changed, dropped or added
        pytest.param(
            "JICA yetkilileri Masashi Inoue, Kotoe Kuroda ve Seda Torisu",
            TR_JICA,
            "JICA yetkilileri Masashi Inove, Kotoe Kuroda ve Seda Torısu",
            id="tr-typo-fixed-by-model",
        ),
        pytest.param(
            _edit(TR_ASO[: TR_ASO.index(" Ziyaret")], "Ataşeliği'nden", "Ataşeliğinden"),
            TR_ASO,
            TR_ASO[: TR_ASO.index(" Ziyaret")],
            id="tr-apostrophe-dropped",
        ),
        pytest.param(
            _edit(_edit(TR_LONG, "teşvik", "tesvik"), "gösterilebilecek", "gösterilbilecek"),
            TR_ASO,
            TR_LONG,
            id="tr-503-chars-two-slips",
        ),
        pytest.param(
            _edit(FA_LONG, "یاید", "یابد"), FA_GILAN, FA_LONG, id="fa-275-chars-typo-fixed"
        ),
        pytest.param(
            _edit(_edit(FA_LONG, "هیاتهای", f"هیئت{ZWNJ}های"), "علاقمندیم", f"علاقه{ZWNJ}مندیم"),
            FA_GILAN,
            FA_LONG,
            id="fa-275-chars-spelling-modernized",
        ),
        pytest.param(
            "Dilucu Gümrük Müdürlüğünden Yolcu giriş-çıkış işlemleri Taşıt giriş-çıkış",
            TR_IGDIR,
            "Dilucu Gümrük Müdürlüğünden Yolcu giriş-çıkış işlemleri, Taşıt giriş-çıkış",
            id="tr-comma-dropped",
        ),
        pytest.param(
            "Kahramanmaraş Organize Sanayi Bölgesi (OSB) Müdürü Hasan Kösa",
            TR_JICA,
            "Kahramanmaraş Organize Sanayi Bölgesi (OSB) Müdürü Hasan Köse",
            id="tr-one-slip-in-name-with-context",
        ),
        pytest.param(
            "gerçekleştirdiği ziyaretin ardından önemli açıklamalarda bulundu",
            TR_JICA.replace("gerçekleştirdiği", "gerçekleştirdigi"),
            "gerçekleştirdigi ziyaretin ardından önemli açıklamalarda bulundu",
            id="article-lacks-a-diacritic",
        ),
    ],
)
def test_fuzzy_near_matches(quote: str, text: str, expected: str) -> None:
    """Dropped diacritics and a slip or two in a long quote still ground, as `fuzzy`."""
    span = located(quote, text)
    assert (span.text, span.start, span.match) == (expected, text.index(expected), "fuzzy")


# --- fuzzy: what must never ground -----------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        pytest.param("Cüneyt Çelik", TR_ASO, id="invented-surname"),
        pytest.param("Cüneyt Yılmaz", TR_ASO, id="invented-surname-2"),
        pytest.param("Hasan Kaya", TR_JICA, id="invented-surname-3"),
        pytest.param("دکتر اسدالله رحیمی", FA_GILAN, id="invented-surname-fa"),
        pytest.param("Masashi Inoue", TR_JICA, id="name-one-letter-off"),
        pytest.param("Deryageldi Orazow", DE_SEOUL, id="name-one-letter-off-de"),
        pytest.param("Kotoe Kurota", TR_JICA, id="name-one-letter-off-2"),
        pytest.param("Köze", TR_JICA, id="short-one-letter-off"),
        pytest.param("Kose", TR_JICA, id="short-no-diacritics"),
        pytest.param(
            "The Rwandan businesspeople visited ASO 1st OSB with officials of the embassy.",
            TR_ASO,
            id="translated-tr-en",
        ),
        pytest.param(
            "Der Gouverneur von Astrachan sagte, der Güterumschlag betrage 16 Millionen Tonnen.",
            FA_GILAN,
            id="translated-fa-de",
        ),
        pytest.param(
            "Dieser Dialog in Seul ist Teil der Bemühungen",
            DE_SEOUL,
            id="sentence-not-in-excerpt",
        ),
        pytest.param("Cüneyt Çalık Ruanda Büyükelçiliği", TR_ASO, id="words-not-together"),
        pytest.param("Hasan Köse Kotoe Kuroda", TR_JICA, id="words-not-together-2"),
        pytest.param(
            _edit(TR_LONG, "Ruanda ile Türkiye", "Türkiye ile Ruanda"), TR_ASO, id="reordered"
        ),
        pytest.param(
            "Cüneyt Çalık, Ruandalı iş insanlarına ASO hakkında bilgi verdi.",
            TR_ASO,
            id="paraphrase",
        ),
        pytest.param(
            _edit(TR_ASO[: TR_ASO.index(" Ziyaret")], "Ruandalı", "Kenyalı"),
            TR_ASO,
            id="one-word-swapped-in-long-sentence",
        ),
        pytest.param(
            "Kahramanmaraş Organize Sanayi Bölgesi (OSB) Müdürü Hasan Kaya",
            TR_JICA,
            id="invented-surname-with-context",
        ),
        pytest.param("Ruanda ile Türkiye arasındaki ticari yıl", TR_ASO, id="last-word-invented"),
        pytest.param(
            "Iğdır Ticaret Sanayi Odası toplantı salonunda imzalanan",
            TR_IGDIR,
            id="word-dropped",
        ),
        pytest.param(
            "Tarihinde Iğdır Ticaret de Sanayi Odası toplantı salonunda",
            TR_IGDIR,
            id="short-word-changed",
        ),
        pytest.param(
            "Kasım 7 2014 günü ,Iğdır’ın en doğusunda yer alan", TR_IGDIR, id="number-moved"
        ),
        pytest.param("۱۷ میلیون تن", FA_GILAN, id="number-changed-fa"),
        pytest.param(
            "17 milyon ton", "Limanda yılda 16 milyon ton yük elleçleniyor.", id="number-changed-tr"
        ),
        pytest.param(
            "حجم گردش کالا در سال در آستراخان ۱۷ میلیون تن است",
            FA_GILAN,
            id="number-changed-in-long-quote",
        ),
        pytest.param(
            "8 Kasım 2014 Tarihinde Iğdır Ticaret ve Sanayi Odası toplantı salonunda",
            TR_IGDIR,
            id="date-changed",
        ),
        pytest.param(
            "6 Kasım 2015 Tarihinde Iğdır Ticaret ve Sanayi Odası toplantı salonunda",
            TR_IGDIR,
            id="year-changed",
        ),
    ],
)
def test_hallucinations_are_not_grounded(quote: str, text: str) -> None:
    """Invented, translated, reordered or altered quotes return None."""
    assert locate(quote, text) is None


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        pytest.param("", TR_ASO, id="empty"),
        pytest.param("  \n\t", TR_ASO, id="white-space"),
        pytest.param(ZWNJ, f"می{ZWNJ}شود", id="zwnj-only"),
        pytest.param("ـــ", "گفت: اسـدالله", id="tatweel-only"),
        pytest.param("Hasan Köse", "", id="empty-article"),
    ],
)
def test_empty_quotes_are_not_grounded(quote: str, text: str) -> None:
    """An empty or invisible quote, or an empty article, gives None."""
    assert locate(quote, text) is None


def test_fuzzy_search_is_bounded() -> None:
    """A near miss in a pathologically repetitive text is rejected without a long search."""
    started = time.perf_counter()
    assert locate("ha " * 100 + "hx", "ha " * 3500) is None
    assert time.perf_counter() - started < 2.0


# --- normalize and caching -------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("ＡＳＯ ﬁrma", "aso firma", id="nfkc"),
        pytest.param("İSTANBUL Istanbul ıstanbul", "istanbul istanbul istanbul", id="turkish-i"),
        pytest.param("Straße", "strasse", id="casefold"),
        pytest.param("كيلان-ى-ة-أ-إ-آ-ۀ", "کیلان-ی-ه-ا-ا-ا-ه", id="arabic-letters"),
        pytest.param("اَسـَدُالله", "اسدالله", id="harakat-tatweel"),
        pytest.param(f"می{ZWNJ}شود می شود میشود", "میشودمیشودمیشود", id="persian-joins"),
        pytest.param("۱۴۰۲ ١٤٠٢ 1402", "1402 1402 1402", id="digits"),
        pytest.param("‘a’ “b” «c» „d“ ''e'' `f´", '\'a\' "b" "c" "d" "e" \'f\'', id="quotes"),
        pytest.param("a–b—c‑d−e", "a-b-c-d-e", id="dashes"),
        pytest.param(" a \u00a0\n\t b ", "a b", id="white-space"),
        pytest.param("Dünge\u00admittel\u200e", "düngemittel", id="format-characters"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    """`normalize` is the level-1 form that `locate` compares."""
    assert normalize(raw) == expected


def test_article_is_normalized_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Repeated lookups in one article build its normalized form once."""
    text = TR_JICA + " (cache test)"
    built: list[str] = []

    def counting(s: str) -> Norm:
        built.append(s)
        return build_norm(s)

    monkeypatch.setattr(locate_module, "build_norm", counting)
    for quote in ("HASAN KÖSE", "Seda Torisu", "Kahramanmaras OSB", "Masashi Inoue, Kotoe Kuroda"):
        assert located(quote, text).match in {"normalized", "fuzzy"}
    assert built.count(text) == 1


# --- word edges and near misses of names -------------------------------------------------

EDGES = "Iranian officials met Alinejad and Ali in Tehran; Iran said so. He had heart problems."


@pytest.mark.parametrize("quote", ["Iran", "Ali"])
def test_hit_prefers_whole_words(quote: str) -> None:
    """A quote that is also the start of a longer word lands on its whole-word occurrence."""
    span = located(quote, EDGES)
    assert (span.start, span.match) == (EDGES.index(f" {quote} ") + 1, "exact")


@pytest.mark.parametrize(
    ("quote", "text"),
    [("Ali", "Alinejad spoke."), ("Napro", "Naprosyn was sold."), ("ran", "Iran said."),
     ("Iran", "Iranian officials."), ("2013", "In 20134 cases.")],
)  # fmt: skip
def test_quote_inside_another_word_is_not_found(quote: str, text: str) -> None:
    """A quote that only occurs inside a different, longer word gives None."""
    assert locate(quote, text) is None


def test_hint_cannot_pick_an_in_word_occurrence() -> None:
    """With a hint next to `Iranian`, the whole word `Iran` further away still wins."""
    span = located("Iran", EDGES, hint=0)
    assert span.start == EDGES.index(" Iran ") + 1


def test_inflected_word_grows_to_whole_word_as_fuzzy() -> None:
    """`heart problem` grounds on `heart problems`, the whole word, marked fuzzy."""
    span = located("heart problem", EDGES)
    assert (span.text, span.match) == ("heart problems", "fuzzy")


@pytest.mark.parametrize(
    ("quote", "text", "expected"),
    [("تهران", "سفر وزیر بتهران", "تهران"), ("ایران", "سفیر ایران والعراق", "ایران"),
     ("العراق", "وزير خارجية والعراق", "العراق"), ("Ankara", "Ankara'da görüştü", "Ankara"),
     ("東京", "首相は東京で会談した", "東京")],
)  # fmt: skip
def test_attached_clitics_and_unspaced_scripts_keep_working(
    quote: str, text: str, expected: str
) -> None:
    """Arabic-script clitics, Turkish apostrophe suffixes and CJK text need no word edges."""
    span = located(quote, text)
    assert (span.text, span.match) == (expected, "exact")


# Sentences of the drafts probe, round 18 (bench/drafts_round18_cases.json, r18-29, r18-30,
# r18-34): Netanyahu met Trump "in the White House in Washington"; Katz "visited Cyprus
# and met in Nicosia"; Macron "arrived in Israel and met in Jerusalem".
@pytest.mark.parametrize(
    ("quote", "text", "expected"),
    [("וושינגטון", "נפגש ביום שלישי בבית הלבן בוושינגטון עם הנשיא", "וושינגטון"),
     ("ניקוסיה", "ביקר אתמול בקפריסין ונפגש בניקוסיה עם עמיתו", "ניקוסיה"),
     ("ירושלים", "הגיע לישראל ונפגש בירושלים עם ראש הממשלה", "ירושלים"),
     ("ישראל", "הגיע לישראל ונפגש בירושלים עם ראש הממשלה", "ישראל"),
     ("נתניהו", "ומנתניהו נמסר", "נתניהו")],  # two letters: "and from"
)  # fmt: skip
def test_hebrew_word_after_one_letter_words(quote: str, text: str, expected: str) -> None:
    """A Hebrew name grounds after one or two of ו ה ב ל מ ש כ written onto it."""
    span = located(quote, text)
    assert (span.text, span.match) == (expected, "exact")


def test_hebrew_word_inside_another_word_is_not_found() -> None:
    """"רון" (Ron) is not the end of "אהרון" (Aharon): א is no one-letter word."""
    assert locate("רון", "השר אהרון נפגש") is None


@pytest.mark.parametrize(
    ("quote", "text", "expected"),
    [("Hinterseeh", "Bürgermeister Hinterseh sagte", "Hinterseh"),
     ("Саим Сафет", "Посол Саим Саффет прибыл", "Саим Саффет"),
     ("Hintersehh", "Bürgermeister Hinterseh sagte", "Hinterseh")],
)  # fmt: skip
def test_doubled_or_dropped_letter_in_a_name_is_fuzzy(quote: str, text: str, expected: str) -> None:
    """One letter doubled or undoubled inside a word of four letters or more grounds fuzzily."""
    span = located(quote, text)
    assert (span.text, span.match) == (expected, "fuzzy")


@pytest.mark.parametrize(
    ("quote", "text"),
    [("Hinterzeh", "Bürgermeister Hinterseh sagte"), ("Саим Сафат", "Посол Саим Саффет прибыл"),
     ("Ali 2013", "Ali 20133 sagte"), ("Otto", "Herr Oto sagte")],
)  # fmt: skip
def test_other_names_and_numbers_are_not_doubling_slips(quote: str, text: str) -> None:
    """A changed letter, a doubled digit or a short name is not a doubling slip."""
    assert locate(quote, text) is None


def test_title_with_dropped_quotation_marks_is_fuzzy() -> None:
    """`سفير جمهورية كوسوفا` grounds on `سفير جمهورية "كوسوفا"` with both marks."""
    text = 'وصل سفير جمهورية "كوسوفا" إلى أنقرة.'
    span = located("سفير جمهورية كوسوفا", text)
    assert (span.text, span.match) == ('سفير جمهورية "كوسوفا"', "fuzzy")


def test_dropped_quotation_marks_do_not_excuse_another_word() -> None:
    """Without its quotation marks, a title with a different name is still not found."""
    assert locate("سفير جمهورية كوسوفو", 'وصل سفير جمهورية "كندا" إلى أنقرة.') is None


@pytest.mark.parametrize("quote", ["İstanbul", "istanbul", "ISTANBUL"])
def test_dotted_capital_i_folds_to_plain_i(quote: str) -> None:
    """`İstanbul`, `istanbul` and `ISTANBUL` are one spelling for grounding."""
    span = located(quote, "Görüşme istanbul'da yapıldı.")
    assert span.text == "istanbul"


def test_hint_prefers_a_nearby_inflected_form_as_fuzzy() -> None:
    """With a hint, an inflected form next to it beats the bare word far away, as fuzzy."""
    text = "Toplantı salonu yeni. " + "x " * 40 + "Bakan toplantı salonunda konuştu."
    span = located("toplantı salonu", text, hint=text.index("Bakan"))
    assert (span.text, span.match) == ("toplantı salonunda", "fuzzy")
