"""country_code on the plurals of peoples in Arabic, Persian, Turkish, Azerbaijani, Kazakh,
Uzbek and Russian, and on `RSA`.

The forms are checked by hand against the dictionaries each case names: Hans Wehr, A
Dictionary of Modern Written Arabic (broken plurals); Dehkhoda's Loghatnameh (Persian
-ان/-ها); TDK's Güncel Türkçe Sözlük; Azərbaycan dilinin izahlı lüğəti; Қазақ тілінің
түсіндірме сөздігі; O'zbek tilining izohli lug'ati; Ozhegov's Russian dictionary. Most
cases are also in `bench/country_actors_blind.json` (written blind for this probe).
"""

from __future__ import annotations

import pytest

from visitx import country_code
from visitx.places.aliases import forms_from_name, people_plurals


@pytest.mark.parametrize(
    ("form", "language", "expected"),
    [
        ("Türk", "tr", ("Türkler",)),  # TDK: Türk, plural -ler after the front ü
        ("Rus", "tr", ("Ruslar",)),  # TDK: Rus, -lar after the back u
        ("Yunanlı", "tr", ("Yunanlılar",)),  # TDK: Yunanlı "Greek"
        ("türk", "az", ("türklər",)),  # Azerbaijani writes the front plural -lər
        ("yunan", "az", ("yunanlar",)),
        ("орыс", "kk", ("орыстар",)),  # Kazakh -тар after the voiceless с
        ("қытай", "kk", ("қытайлар",)),  # -лар after й
        ("француз", "kk", ("француздар",)),  # -дар after з
        ("түрік", "kk", ("түріктер",)),  # the front -тер after і
        ("грузин", "kk", ("грузиндар", "грузиндер")),  # no deciding vowel: both
        ("o'zbek", "uz", ("o'zbeklar",)),  # Uzbek -lar has no harmony
        ("ўзбек", "uz", ("ўзбеклар",)),  # Cyrillic Uzbek -лар
        ("ایرانی", "fa", ("ایرانی\u200cها", "ایرانیان")),  # Dehkhoda: ایرانیان
        ("روس", "fa", ("روس\u200cها",)),
    ],
)
def test_people_plurals(form: str, language: str, expected: tuple[str, ...]) -> None:
    """The plural of a people from its singular, by the rules of its language."""
    assert people_plurals(form, language) == expected


@pytest.mark.parametrize(
    ("name", "language", "expected"),
    [
        ("Eron", "uz", ("Eronlik", "Eronliklar")),  # Uzbek eronlik "Iranian"
        ("Хитой", "uz", ("Хитойлик", "Хитойликлар")),
        ("Ресей", "kk", ("Ресейлік", "Ресейліктер")),  # Kazakh ресейлік "of Russia"
        ("Иран", "kk", ("Ирандық", "Ирандықтар")),  # -дық after н
        ("ایران", "fa", ("ایرانی", "ایرانی\u200cها", "ایرانیان")),
    ],
)
def test_demonyms_and_plurals_from_names(
    name: str, language: str, expected: tuple[str, ...]
) -> None:
    """Uzbek -lik, Kazakh -лық/-дық/-тық (-лік ...) and Persian -ی after a name, with plurals."""
    assert forms_from_name(name, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Arabic broken plurals (Wehr), with and without the article
        ("الأتراك", "ar", "TUR"),
        ("أتراك", "ar", "TUR"),
        ("الأتراك", None, "TUR"),
        ("الأمريكان", "ar", "USA"),
        ("الهنود", "ar", "IND"),
        ("الأرمن", "ar", "ARM"),
        ("المغاربة", "ar", "MAR"),
        ("الإسبان", "ar", "ESP"),
        ("الصرب", "ar", "SRB"),
        # a conjunction or preposition before the article (tables/arabic_clitics.txt)
        ("والروس", "ar", "RUS"),
        ("للأتراك", "ar", "TUR"),
        # the sound plurals -ون/-ين of a nisba (derived before)
        ("الإيرانيون", "ar", "IRN"),
        ("الأميركيين", "ar", "USA"),
        # Persian -ان and -ها
        ("ایرانیان", "fa", "IRN"),
        ("ایرانیان", None, "IRN"),
        ("آمریکایی\u200cها", "fa", "USA"),
        ("روس\u200cها", "fa", "RUS"),
        ("روسها", "fa", "RUS"),
        ("ترک\u200cها", "fa", "TUR"),
        # Turkish, Azerbaijani, Kazakh, Uzbek -lAr and its variants
        ("Türkler", "tr", "TUR"),
        ("Türkler", None, "TUR"),
        ("Ruslar", "tr", "RUS"),
        ("Yunanlılar", "tr", "GRC"),
        ("Almanlar", "tr", "DEU"),
        ("ruslar", "az", "RUS"),
        ("yunanlar", "az", "GRC"),
        ("ermənilər", "az", "ARM"),
        ("орыстар", "kk", "RUS"),
        ("қазақтар", "kk", "KAZ"),
        ("ирандықтар", "kk", "IRN"),
        ("ruslar", "uz", "RUS"),
        ("o'zbeklar", "uz", "UZB"),
        ("o\u2018zbeklar", "uz", "UZB"),
        ("eronliklar", "uz", "IRN"),
        ("руслар", "uz", "RUS"),
        # Russian nouns of peoples (Ozhegov)
        ("россияне", "ru", "RUS"),
        ("белорусы", "ru", "BLR"),
        ("шведы", "ru", "SWE"),
        ("чехи", "ru", "CZE"),
        # South Africa's IOC and FIFA code, in capitals
        ("RSA", None, "ZAF"),
        ("the RSA", None, "ZAF"),
        # ... and Spanish `rusa` (a Russian woman) stays Russia
        ("rusa", None, "RUS"),
        ("rusa", "es", "RUS"),
    ],
)
def test_peoples_plurals_are_their_country(text: str, language: str | None, expected: str) -> None:
    """A people's plural is its country, like its singular."""
    assert country_code(text, language=language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("الأكراد", "ar"),  # Kurds: a people without a state
        ("العرب", "ar"),  # Arabs: a people of many states
        ("الإنجليز", "ar"),  # the English: England is no ISO country
        ("الهنود الحمر", "ar"),  # Native Americans, not India
        ("کردها", "fa"),  # Kurds
        ("ترک\u200cها", None),  # Arabic تركها "he left it"
        ("Kürtler", "tr"),
        ("Araplar", "tr"),
        ("romanlar", "tr"),  # novels, and the Roma
        ("çekler", "tr"),  # TDK: çek "cheque" (Çekler, the Czechs, too)
        ("kazaklar", "tr"),  # TDK: kazak "sweater"
        ("taylar", "tr"),  # TDK: tay "foal"
        ("kürdlər", "az"),
        ("ұйғырлар", "kk"),  # Uyghurs
        ("qoraqalpoqlar", "uz"),  # Karakalpaks: a republic within Uzbekistan
        ("курды", "ru"),
        ("татары", "ru"),
        ("евреи", "ru"),  # Jews are no country (Israelis are: израильтяне)
        ("rusa", "id"),  # Indonesian "deer"
    ],
)
def test_peoples_without_a_state_and_plural_words_are_none(
    text: str, language: str | None
) -> None:
    """A people without a state, and a plural that is an ordinary word, are None."""
    assert country_code(text, language=language) is None
