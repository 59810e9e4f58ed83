"""Chinese and Japanese dates written in Chinese numerals: `三月五日`, `二〇二四年三月五日`.

Official Chinese and Japanese texts write the day and month (and the year digit by
digit, with `〇` for zero) in numerals: `二〇二四年三月五日` is `2024年3月5日`.
`digits` writes such a date in Arabic digits for the symbol grammar. Only a whole
date is rewritten: a month with its day (`三月五日`, `十二月三十一日`), a year of
four numerals with its month (`二〇二四年三月`) or alone (`二〇二四年`, written digit by
digit: a year, never a count), and the day that ends a range after it
(`一月十日到十二日`); a month alone (`三月`) or a number before another word
(`三个月`) is left as written, and so is the whole text when a numeral would be left
before a date word (`三六七年一月一日`: the year 367, no Gregorian news date).
"""

from __future__ import annotations

import re

__all__ = ["digits", "month_numerals"]

_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_NUMERAL = "〇零一二三四五六七八九十"
_YEAR = "([〇零一二三四五六七八九]{4})年"
_MONTH = "(十[一二]?|[一二三四五六七八九])月"
_DAY = "(三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])[日号號]"
_START = rf"(?<![{_NUMERAL}])(?<![{_NUMERAL}]年)"  # not inside a number, nor after a year
_DATE = re.compile(
    rf"{_START}(?:{_YEAR})?{_MONTH}{_DAY}|{_START}{_YEAR}{_MONTH}(?![{_NUMERAL}])"
    rf"|{_START}{_YEAR}(?![{_NUMERAL}月])"  # `二〇二四年`: a year alone
)
# The day that ends a range after a date (`一月十日到十二日`: to the 12th).
_END_DAY = re.compile(rf"(?<=[日号號])(\s*(?:到|至|~|-|—|–)\s*){_DAY}")
# A numeral left before a date word (`三六七年`: the year 367) leaves the whole as written.
_LEFT = re.compile(rf"[{_NUMERAL}][年月日号號]")


def _value(numeral: str) -> int:
    """`五` 5, `十二` 12, `二十` 20, `三十一` 31, `二〇二四` 2024 (digit by digit)."""
    if "十" not in numeral:
        return int("".join(str(_DIGITS[c]) for c in numeral))
    tens, _, ones = numeral.partition("十")
    return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[ones] if ones else 0)


def _rewrite(m: re.Match[str]) -> str:
    year, month, day, year2, month2, year3 = m.groups()
    if year3 is not None:
        return f"{_value(year3)}年"
    if year2 is not None:
        return f"{_value(year2)}年{_value(month2)}月"
    head = f"{_value(year)}年" if year else ""
    return f"{head}{_value(month)}月{_value(day)}{m.group(0)[-1]}"


def digits(text: str) -> str:
    """`text` with dates in Chinese numerals written in digits (`三月五日` as `3月5日`);
    `text` itself when a numeral beside a date word would be left (`三六七年一月一日`)."""
    if "月" not in text and "年" not in text:
        return text
    found = _DATE.sub(_rewrite, text)
    if found != text:
        found = _END_DAY.sub(lambda m: f"{m.group(1)}{_value(m.group(2))}{m.group(0)[-1]}", found)
    return text if _LEFT.search(found) else found


def month_numerals(text: str) -> str:
    """`text` with a month in Chinese numerals before a part of it written in digits
    (`三月下旬` as `3月下旬`, `五月底` as `5月底`): a month alone is left as written, but a
    part of a month (`dates.monthparts`) after it leaves no doubt that it is one."""
    return _MONTH_PART.sub(lambda m: f"{_value(m.group(1))}月", text)


_MONTH_PART = re.compile(rf"(?<![{_NUMERAL}年]){_MONTH}(?=[初底末中上下])")
