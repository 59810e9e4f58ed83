"""Arabic and Persian ordinal day words, Uzbek Cyrillic relative words, seasons without a
language.

Each answer is worked out by hand. Calendar facts: 11 September 2001 was a Tuesday;
14 March 2024 a Thursday (the Monday-to-Sunday week before it runs 4-10 March); 21 Mehr
1402 (Solar Hijri) is 13 October 2023 and 31 Shahrivar 1402 is 22 September 2023
(1 Farvardin 1402 = 21 March 2023; the first six months have 31 days). The Arabic
ordinals are the standard ones (masculine الحادي عشر / feminine الحادية عشرة for 11th,
the twenties and thirties with و: الحادي والعشرين); the Uzbek Cyrillic words are the
Latin ones in the official Cyrillic spelling (kecha кеча, bugun бугун, ertaga эртага,
o'tgan ўтган, kelasi келаси, kelgusi келгуси, hafta ҳафта, oy ой, yil йил, kun кун).
"""

from __future__ import annotations

import pytest

from date_cases import DateCase, case

MAR14 = "2024-03-14"
MAY15 = "2024-05-15"
ORDINALS = [
    # Arabic ordinal days before a month, with or without من (was the month alone, or None).
    case("ar_eleventh", "الحادي عشر من سبتمبر 2001", MAY15, "2001-09-11 day", "ar"),
    case("ar_eleventh_no_language", "الحادي عشر من سبتمبر 2001", MAY15, "2001-09-11", None),
    case("ar_eleventh_feminine", "الحادية عشرة من سبتمبر 2001", MAY15, "2001-09-11", "ar"),
    case("ar_eleventh_without_min", "الحادي عشر سبتمبر 2001", MAY15, "2001-09-11", "ar"),
    case("ar_first", "الأول من سبتمبر 2001", MAY15, "2001-09-01", "ar"),
    case("ar_tenth_no_year", "في العاشر من يناير", MAY15, "2024-01-10", "ar"),
    case("ar_twenty_first", "الحادي والعشرين من مارس 2023", MAY15, "2023-03-21", "ar"),
    case("ar_twenty_first_spaced", "الحادي و العشرين من مارس 2023", MAY15, "2023-03-21", "ar"),
    case("ar_thirtieth", "الثلاثين من يونيو 2013", MAY15, "2013-06-30", "ar"),
    case("ar_thirty_first", "الحادي والثلاثين من ديسمبر 2023", MAY15, "2023-12-31", "ar"),
    case("ar_levantine_month", "الثاني من كانون الثاني 2024", MAY15, "2024-01-02", "ar"),
    case("ar_after_yawm", "يوم الخامس من حزيران 1967", MAY15, "1967-06-05", "ar"),
    case("ar_weekday_right", "الثلاثاء الحادي عشر من سبتمبر 2001", MAY15, "2001-09-11", "ar"),
    case("ar_weekday_wrong", "الاثنين الحادي عشر من سبتمبر 2001", MAY15, None, "ar"),
    case("ar_no_thirtieth_february", "الثلاثين من فبراير 2020", MAY15, None, "ar"),
    # An ordinal of another word is no day: the week's rank, a weekday's rank (the second
    # Thursday or Thursday the 2nd?) read as before, never as that day.
    case("ar_week_of_month", "الأسبوع الأول من سبتمبر", MAY15, None, "ar"),
    case("ar_weekday_rank", "الخميس الثاني من أكتوبر 2014", MAY15, "2014-10-01..2014-10-31", "ar"),
    # Persian ordinals joined by a zero-width non-joiner; an ordinal after another noun
    # (`دور دوم`, "the second round") is no day (was 2 Mehr).
    case("fa_joined", "بیست\u200cویکم مهر ۱۴۰۲", MAY15, "2023-10-13 day", "fa"),
    case("fa_joined_31", "سی\u200cویکم شهریور ۱۴۰۲", MAY15, "2023-09-22 day", "fa"),
    case("fa_eleventh_no_language", "یازدهم شهریور ۱۴۰۲", MAY15, "2023-09-02 day", None),
    case("fa_round", "دور دوم مهر ۱۴۰۲", MAY15, None, "fa"),
]
UZBEK_CYRILLIC = [
    case("yesterday", "кеча", MAR14, "2024-03-13 day", "uz"),
    case("today", "бугун", MAR14, "2024-03-14 day", "uz"),
    case("tomorrow", "эртага", MAR14, "2024-03-15 day", "uz", "future"),
    case("last_week", "ўтган ҳафта", MAR14, "2024-03-04..2024-03-10", "uz"),
    case("last_month", "ўтган ой", MAR14, "2024-02-01..2024-02-29 month", "uz"),
    case("next_month", "келаси ой", MAR14, "2024-04-01..2024-04-30 month", "uz"),
    case("next_week_kelgusi", "келгуси ҳафта", MAR14, "2024-03-18..2024-03-24", "uz", "future"),
    case("last_year_yili", "ўтган йили", MAR14, "2023-01-01..2023-12-31 year", "uz"),
    case("three_days_ago", "уч кун олдин", MAR14, "2024-03-11 day", "uz"),
    case("since", "2020 йилдан бери", MAR14, "2020-01-01..2024-03-14", "uz"),
    case("date", "2024 йил 5 март", MAR14, "2024-03-05 day", "uz"),
    case("yesterday_no_language", "кеча", MAR14, "2024-03-13 day", None),
    case("last_year_latin_yili", "o'tgan yili", MAR14, "2023-01-01..2023-12-31 year", "uz"),
]
# German, French, Spanish and Russian news phrases written blind for this probe (their
# rows in bench/news_langs_cases.json), published Friday 8 November 2024: last week is
# 28 October - 3 November, this week 4-10 November, next week 11-17 November.
NOV8 = "2024-11-08"
NEXT_MONTH = "2024-12-01..2024-12-31 month"
BLIND = [
    # A part of last/this/next week or month is the whole period, as English `late last
    # week` (README: a part of a period is the period named; all were None).
    case("part_week_de", "Ende vergangener Woche", NOV8, "2024-10-28..2024-11-03", "de"),
    case("part_this_week_de", "Anfang dieser Woche", NOV8, "2024-11-04..2024-11-10", "de"),
    case("part_month_de", "Ende letzten Monats", NOV8, "2024-10-01..2024-10-31 month", "de"),
    case("part_week_fr", "à la fin de la semaine dernière", NOV8, "2024-10-28..2024-11-03", "fr"),
    case("part_month_fr", "au début du mois prochain", NOV8, NEXT_MONTH, "fr", "future"),
    case("part_week_es", "a finales de la semana pasada", NOV8, "2024-10-28..2024-11-03", "es"),
    case("part_month_es", "a principios del mes pasado", NOV8, "2024-10-01..2024-10-31", "es"),
    case("part_week_ru", "в конце прошлой недели", NOV8, "2024-10-28..2024-11-03", "ru"),
    case("part_month_ru", "в начале прошлого месяца", NOV8, "2024-10-01..2024-10-31", "ru"),
    case("part_without_relative_de", "Anfang der Woche", NOV8, None, "de"),
    # Two weekdays joined: consecutive ones with `and`, any with a range word (were None).
    case("pair_de", "am Montag und Dienstag", NOV8, "2024-11-04..2024-11-05", "de"),
    case("range_de", "von Montag bis Mittwoch", NOV8, "2024-11-04..2024-11-06", "de"),
    case("pair_gap_de", "am Montag und Donnerstag", NOV8, None, "de"),
    case("pair_fr", "lundi et mardi", NOV8, "2024-11-04..2024-11-05", "fr"),
    case("range_fr", "du lundi au mercredi", NOV8, "2024-11-04..2024-11-06", "fr"),
    case("pair_future_fr", "lundi et mardi", NOV8, "2024-11-11..2024-11-12", "fr", "future"),
    case("pair_es", "el lunes y el martes", NOV8, "2024-11-04..2024-11-05", "es"),
    case("range_es", "del lunes al miércoles", NOV8, "2024-11-04..2024-11-06", "es"),
    case("pair_ru", "в понедельник и во вторник", NOV8, "2024-11-04..2024-11-05", "ru"),
    # Times of day and other words around a date (were None).
    case("vormittag_de", "heute Vormittag", NOV8, "2024-11-08 day", "de"),
    case("au_soir_fr", "le mardi 5 novembre au soir", NOV8, "2024-11-05 day", "fr"),
    case("madrugada_es", "en la madrugada del jueves", NOV8, "2024-11-07 day", "es"),
    case("ordinal_mark_es", "el 1.º de noviembre", NOV8, "2024-11-01 day", "es"),
    case("years_word_ru", "в 2019-2021 годах", NOV8, "2019-01-01..2021-12-31 year", "ru"),
    case("minuvshiy_ru", "в минувший четверг", NOV8, "2024-11-07 day", "ru"),
]
# Seasons depend on hemisphere and convention: None in every language, with or without
# `language` (without one each was read as its year, `بهار ۱۴۰۲` as 1402).
SEASONS = [
    ("بهار ۱۴۰۲", "fa"), ("تابستان ۱۴۰۲", "fa"), ("ربيع 2023", "ar"), ("صيف 2023", "ar"),
    ("Frühjahr 2023", "de"), ("im Sommer 2023", "de"), ("Herbst 2023", "de"),
    ("printemps 2023", "fr"), ("été 2023", "fr"), ("automne 2023", "fr"),
    ("primavera de 2023", "es"), ("otoño de 2023", "es"), ("весной 2023 года", "ru"),
    ("осенью 2023 года", "ru"), ("ilkbahar 2023", "tr"), ("2023 yılının yazında", "tr"),
    ("2023 kışında", "tr"), ("2023年春天", "zh"), ("2023年の夏", "ja"), ("2023년 가을", "ko"),
    ("2023-cü ilin yayında", "az"), ("2023 yil qishida", "uz"), ("2023 йил кузида", "uz"),
    ("2023 жылы жазда", "kk"),
]  # fmt: skip


@pytest.mark.parametrize("row", ORDINALS + UZBEK_CYRILLIC + BLIND)
def test_words(row: DateCase) -> None:
    """Each expression reads as its hand-worked day or period, or None where unsure."""
    assert row.read() == row.answer


@pytest.mark.parametrize(("text", "language"), SEASONS)
def test_seasons_none_with_and_without_language(text: str, language: str) -> None:
    """A season is None whether the language is given or guessed."""
    assert DateCase(text, MAR14, None, language).read() is None
    assert DateCase(text, MAR14, None, None).read() is None


def test_hijri_month_rabi_is_no_season() -> None:
    """`ربيع الأول` is a Hijri month, not spring: 12 Rabi al-Awwal 1445 was 27 September
    2023 (Umm al-Qura)."""
    row = DateCase("الثاني عشر من ربيع الأول 1445", MAY15, ("2023-09-27", "2023-09-27"), None)
    assert row.read() == row.answer
