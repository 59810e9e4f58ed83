"""A past word counts back in either tense: `last <weekday>` and `last <month>` probes.

Prints, per probe, how many calls gave a day or month on the wrong side of publication
or one that differs between the two tenses (issue 22; figures in bench/README.md).
The oracle is the calendar rule itself: a `last` weekday lies in the seven days before
publication and is that weekday; a `last` month has ended by publication. Not a test.

    PYTHONPATH=src python bench/bench_date_direction.py
"""

from __future__ import annotations

from datetime import date, timedelta

from visitx import parse_date

WEEKDAY_FORMS = {
    "en": ["last {}"], "de": ["letzten {}", "vergangenen {}"], "tr": ["geçen {}"],
    "fr": ["{} dernier"], "es": ["el {} pasado"], "ru": ["в прошлый {}"],
    "ar": ["{} الماضي"], "fa": ["{} گذشته"], "ko": ["지난 {}"],
}  # fmt: skip
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "tr": "pazartesi salı çarşamba perşembe cuma cumartesi pazar",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "ru": "понедельник вторник среду четверг пятницу субботу воскресенье",
    "ar": "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد",
    "fa": "دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه شنبه یکشنبه",
    "ko": "월요일 화요일 수요일 목요일 금요일 토요일 일요일",
}
MONTH_FORMS = {"en": ["last {}"], "de": ["letzten {}", "im vergangenen {}"],
               "fr": ["en {} dernier"], "es": ["en {} pasado", "el pasado {}"],
               "tr": ["geçen {}"]}  # fmt: skip
MONTHS = {
    "en": "January February March April May June July August September October November "
          "December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre "
          "décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
          "diciembre",
    "tr": "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
}  # fmt: skip


def weekdays() -> tuple[int, int]:
    """(calls, wrong) for `last <weekday>` told on each day of one week, both tenses."""
    calls = wrong = 0
    for lang, forms in WEEKDAY_FORMS.items():
        for number, name in enumerate(WEEKDAYS[lang].split()):
            for form in forms:
                for offset in range(7):
                    pub = date(2024, 3, 11) + timedelta(days=offset)
                    for language in (lang, None):
                        for tense in ("past", "future"):
                            calls += 1
                            value = parse_date(form.format(name), language=language,
                                               published=pub, tense=tense)  # fmt: skip
                            if value is None or value.start is None:
                                continue
                            day = date.fromisoformat(value.start)
                            ok = day.weekday() == number and pub - timedelta(7) <= day < pub
                            wrong += not ok
    return calls, wrong


def months() -> tuple[int, int]:
    """(calls, wrong) for `last <month>` told on three days of a year, both tenses."""
    calls = wrong = 0
    for lang, forms in MONTH_FORMS.items():
        for number, name in enumerate(MONTHS[lang].split(), start=1):
            for form in forms:
                for pub in (date(2024, 3, 13), date(2024, 8, 1), date(2024, 12, 31)):
                    for tense in ("past", "future"):
                        calls += 1
                        value = parse_date(form.format(name), language=lang, published=pub,
                                           tense=tense)  # fmt: skip
                        if value is None or value.start is None or value.end is None:
                            continue
                        start, end = date.fromisoformat(value.start), date.fromisoformat(value.end)
                        ended = end < pub and end - start < timedelta(31)
                        wrong += not (ended and start.month == number and start.day == 1)
                        # the most recent such month: the same month a year later has not ended
                        after = end + timedelta(days=1)  # the first day after the month
                        later_end = after.replace(year=after.year + 1)
                        wrong += ended and start.month == number and later_end <= pub
    return calls, wrong


def main() -> None:
    for name, probe in (("last <weekday>", weekdays), ("last <month>", months)):
        calls, wrong = probe()
        print(f"{name}: {calls} calls, {wrong} on the wrong side of publication or off")


if __name__ == "__main__":
    main()
