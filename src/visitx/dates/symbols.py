"""Preparation and symbols for `_dates`: times cut out, numeric dates as placeholders,
words looked up in the language's tables and turned into one grammar symbol each."""

from __future__ import annotations

import functools
import re
from datetime import date
from typing import NamedTuple

from visitx.dates import eras, tables, weekdayabbr


class Sym(NamedTuple):
    code: str
    value: int = 0
    cal: str = ""
    short: bool = False  # a year written with two digits (`2 Декабрь 95`)


class Numeric(NamedTuple):
    order: str  # "ymd", "dmy", "dm" (`29/02`, no year), or "range": `first_day` then a dmy date
    a: int
    b: int
    c: int
    sep: str
    first_day: int = 0
    short_year: bool = False  # written with two digits (`08.02.19`)


class _Regexes(NamedTuple):
    time: re.Pattern[str]
    numeric: tuple[tuple[str, re.Pattern[str]], ...]
    grammar: tuple[re.Pattern[str], ...]
    persian_digits: re.Pattern[str]
    version: re.Pattern[str]  # a version word just before (`Version: 1.1.30`)


@functools.cache
def regexes() -> _Regexes:
    # Compiled on first use: Unicode classes cost milliseconds at `import visitx`.
    no_letter = r"(?![^\W\d_])"
    # A time of day after the date (`à 09:00`, `14h40`, `9:02:43.1`, `10:30 GMT`,
    # `09时30分`) is cut out with the word that introduces it and its time zone.
    lead = rf"(?:(?<![^\W\d_])(?:{tables.time_connectors()})\s+)?"
    zones, us_zones = tables.time_zones()  # `3 p.m. ET`, not `14h et` (French "and")
    offset = r"(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?"
    zone = rf"(?:\s*(?:{zones}){offset}{no_letter})?"
    us_zone = rf"(?:\s*(?:{us_zones}){offset}{no_letter})?"
    time = "|".join(
        (
            rf"{lead}(?<![\d.:/])\d{{1,2}}[:h]\d{{2}}(?::\d{{2}}(?:[.,]\d+)?)?"
            rf"(?:\s*[ap]\.?m\.?{no_letter}{us_zone}|(?:\s*(?:uhr|h){no_letter})?{zone})",
            rf"{lead}(?<![\d.:/])\d{{1,2}}(?:[.h]\d{{2}})?"
            rf"(?:\s*(?:[ap]\.m\.?|[ap]m){no_letter}{us_zone}"
            rf"|\s*(?:uhr|h|o'clock|час|часов){no_letter}{zone})",
            # `at 0900 GMT`, `at 0400 local time`: a wire service's four-digit time, only
            # with GMT, UTC or "local time" after it (not a zone word: German `2019 ist`).
            rf"{lead}(?<![\d.:/])(?:[01]\d|2[0-3])[0-5]\d\s*(?:gmt|utc|local\s+time)"
            rf"{offset}{no_letter}",
            # `29.02.2020 13.12`, `3 Mar 2024 09.30 GMT`: a dotted time after a four-digit year.
            rf"(?<=\d{{4}}\s)\d{{1,2}}\.\d{{2}}(?![\d.]){zone}",
            r"(?:saat|ساعت|الساعه)\s*\d{1,2}(?:[.:]\d{2})?",
            r"\d{1,2}\s*[点點時时시](?:\s*\d{1,2}\s*[分분](?:\s*\d{1,2}\s*[秒초])?)?",
        )
    )
    numeric = (
        ("range", r"(?<![\d.])(\d{1,2})\.?\s*[-–]\s*(\d{1,2})([./-])(\d{1,2})\3(\d{4})(?!\d)"),
        ("ymd", r"(?<![\d.])(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?![\d:])\.?"),
        ("dmy", r"(?<![\d.])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d:])"),
        # `26. 10.21`: a German day with its dot, then month and year.
        ("dmy", r"(?<![\d.])(\d{1,2})(\.)\s+(\d{1,2})\.(\d{4}|\d{2})(?![\d:])"),
        # `27. 05. 2022.` (Croatian, Czech, Slovak), `5 .7 .2018`: spaced dots, a
        # separator other than `.`, so month-first stays possible in English.
        ("dmy", r"(?<![\d.])(\d{1,2})(\s*\.\s*)(\d{1,2})\s*\.\s*(\d{4}|\d{2})(?![\d:])\.?"),
        # `29/02`: no year, two digits each, one of them a day above 12 (see `_yearless`).
        ("dm", r"(?<![\d.:/])(\d{2})(/)(\d{2})(?![\d/:.])"),
        # `am 28.10.`: a day and a month with their dots, where dates are written so.
        ("dm.", r"(?<![\d.:/])(\d{1,2})(\.)(\d{1,2})\.(?![\d.])"),
    )
    y0, y1, y2 = (rf"(?:(?P<y{i}>y)(?P<c{i}>h)?)?" for i in range(3))
    grammar = (
        r"(?P<f1>F)(?P<c1>h)?(?P<conn>[ra])(?P<f2>F)(?P<c2>h)?",  # 2023-04-07 – 2023-04-09
        rf"{y0}(?P<d1>d)(?:(?P<m1>M){y1})?(?P<conn>[ra])(?P<d2>d)(?P<m2>M){y2}",  # 6-7 Kasım
        rf"{y0}(?P<m1>M)(?P<d1>d){y1}(?P<conn>[ra])(?P<m2>M)?(?P<d2>d){y2}",  # May 3-5
        rf"{y0}(?P<m1>M){y1}(?P<conn>[ra])(?P<m2>M){y2}",  # Mayıs-Haziran 2023
        # Each end with its own year: 2023年12月1日から2024年1月31日まで, 2023年12月至2024年1月
        r"(?P<y1>y)(?P<c1>h)?(?P<m1>M)(?P<d1>d)(?P<conn>[ra])(?P<y2>y)(?P<c2>h)?(?P<m2>M)(?P<d2>d)",
        # ... with the day before the month: 2024-yil 28-dekabr – 2025-yil 3-yanvar
        r"(?P<y1>y)(?P<c1>h)?(?P<d1>d)(?P<m1>M)(?P<conn>[ra])(?P<y2>y)(?P<c2>h)?(?P<d2>d)(?P<m2>M)",
        r"(?P<y1>y)(?P<c1>h)?(?P<m1>M)(?P<conn>[ra])(?P<y2>y)(?P<c2>h)?(?P<m2>M)(?![d])",
        r"(?P<y1>y)(?P<c1>h)?(?P<conn>[ra])(?P<y2>y)(?P<c2>h)?(?![Md])",  # 2022-2023, not 2017 5월
        rf"{y0}(?P<d1>d)(?P<m1>M){y1}",  # 7 Nisan 2023, 2023-yil 7-aprel
        rf"{y0}(?P<m1>M)(?P<d1>d){y1}",  # April 7, 2023; 2023年4月7日
        rf"{y0}(?P<m1>M){y1}",  # März 2023
        r"(?P<y1>y)(?P<c1>h)?",  # 2023, 1444 هـ
        r"(?P<f1>F)(?P<c1>h)?",  # 08.02.2019
    )
    return _Regexes(
        re.compile(time + r"(?:'[^\W\d_]+)?"),
        tuple((order, re.compile(pattern)) for order, pattern in numeric),
        tuple(re.compile(pattern) for pattern in grammar),
        re.compile("[\u06f0-\u06f9]"),
        # `Version: 1.1.30`, `v1.1.30` (glued: Czech `v 1. 1. 2024` is "on 1 January")
        re.compile(rf"(?<![^\W\d_])(?:(?:{tables.version_words()})\s*[:#]?\s*v?|v)$"),
    )


# Languages whose day and month are written `28.10.` (a dot after each).
_DOTTED = frozenset({"de", "ru", "tr", "az", "uz", "kk"})


def _dotted(lang: str | None, day: int, month: int) -> bool:
    """Whether `28.10.` is a day and a month: a language that writes them so, and values
    that can be."""
    return lang in _DOTTED and 1 <= day <= 31 and 1 <= month <= 12


def _yearless(first: int, second: int) -> bool:
    """Whether `29/02`, `02/29` is evidently a day and a month: a zero-padded month
    (`02`) and a day above 12, so that neither order can be read the other way."""
    days = sorted((first, second))
    return 1 <= days[0] <= 9 and 12 < days[1] <= 31


def _full_year(digits: str) -> int:
    """A two-digit Gregorian year: the latest such year up to ten years from now."""
    pivot = date.today().year + 10
    year = pivot // 100 * 100 + int(digits)
    return year - 100 if year > pivot else year


def _glued_hour(m: re.Match[str]) -> str:
    """`6月2911:30`: day and hour written together, split where only one split is valid."""
    digits = m.group(1)
    splits = [
        (digits[:i], digits[i:])
        for i in (1, 2)
        if 1 <= int(digits[:i]) <= 31 and len(digits) - i <= 2 and int(digits[i:]) <= 23
    ]
    if len(splits) != 1:
        return m.group(0)
    day, hour = splits[0]
    return f"月{day}日 {hour}:{m.group(2)}"


# `2024.3.5~3.7`, `2024.3.5~7`, `2024/3/5～3/7`: a year-first date, then a second end
# without the year (and month): written out whole, `2024.3.5~2024.3.7`.
_YMD_TO_MD = re.compile(
    r"(?<![\d.])(\d{4})([./])\s*(\d{1,2})\2\s*(\d{1,2})\.?(\s*[~\-–]\s*)"
    r"(?:(\d{1,2})\2\s*)?(\d{1,2})\.?(?:일|日)?(?![\d.:/]|[^\W\d_])"
)


def _full_end(m: re.Match[str]) -> str:
    year, sep, month, day, conn, month2, day2 = m.groups()
    return f"{year}{sep}{month}{sep}{day}{conn}{year}{sep}{month2 or month}{sep}{day2}"


def prepare(
    text: str, lang: str | None = None, *, eras_marked: bool = True
) -> tuple[str, list[Numeric]]:
    """Normalized text with times removed, numeric dates as placeholders and (unless not
    `eras_marked`: the words as written) era markers as symbols (`dates.eras`)."""
    compiled = regexes()
    norm = re.sub(r"月(\d{3,4}):(\d{2})", _glued_hour, tables.normalize(text))
    norm = compiled.time.sub(" ", weekdayabbr.before_time(norm, lang, compiled.time))
    norm = _YMD_TO_MD.sub(_full_end, norm)
    numerics: list[Numeric] = []

    def keep(order: str, m: re.Match[str]) -> str:
        g = m.groups()
        if compiled.version.search(m.string, 0, m.start()):
            return m.group(0)  # `Version: 1.1.30`: a software version, no date
        if order == "dm" and not _yearless(int(g[0]), int(g[2])):
            return m.group(0)  # `12/05`, `24/70`: no evident day and month
        if order == "dm." and not _dotted(lang, int(g[0]), int(g[2])):
            return m.group(0)  # `3.5.` in English: a number; `28.13.`: no month
        if order in ("dm", "dm."):
            found = Numeric("dm", int(g[0]), int(g[2]), 0, g[1])
        elif order == "range":
            found = Numeric(order, int(g[1]), int(g[3]), int(g[4]), g[2], int(g[0]))
        elif order == "ymd":
            found = Numeric(order, int(g[0]), int(g[2]), int(g[3]), g[1])
        else:
            short = len(g[3]) == 2
            year = _full_year(g[3]) if short else int(g[3])
            found = Numeric(order, int(g[0]), int(g[2]), year, g[1], short_year=short)
        numerics.append(found)
        return f" \ue000{len(numerics) - 1}\ue001 "

    for order, pattern in compiled.numeric:
        norm = pattern.sub(functools.partial(keep, order), norm)
    # `30.09.22 12.12`: a dotted time right after a whole numeric date.
    norm = re.sub(r"(?<=\ue001)(\s+)(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d.])", r"\1", norm)
    return (eras.mark(norm, lang, numerics) if eras_marked else norm), numerics


def _drop_suffixes(tokens: list[tables.Token], lex: tables.Lexicon) -> list[tables.Token]:
    """Tokens without what is glued to numbers: `1st`, `7-ci`, `22-го`, `2023yil`."""
    kept: list[tables.Token] = []
    for i, token in enumerate(tokens):
        prev = kept[-1] if kept else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            token.text == "-"
            and prev is not None
            and prev.kind == "W"
            and nxt is not None
            and nxt.kind == "N"
            and prev.end == token.start == nxt.start - 1
            and not _month_follows(tokens, i + 2, lex)  # `28 Şubat-2 Mart`: a range
        ):
            continue  # `Mär-2014`, `Far-15`, `فروردین-۱۵`
        if prev is None or prev.kind != "N":
            kept.append(token)
            continue
        glued_hyphen = token.text == "-" and prev.end == token.start
        if glued_hyphen and nxt is not None and nxt.kind == "W" and nxt.start == token.end:
            continue  # `7-aprel`, `2023-yil`
        hyphen = tokens[i - 1].text == "-" and tokens[i - 1].end == token.start
        if token.kind == "W" and (prev.end == token.start or hyphen):
            known = token.text in lex.longest or tables.lookup_word(token.text, lex) is not None
            if tables.is_ordinal_suffix(token.text) or not known:
                continue
        kept.append(token)
    return kept


def _month_follows(tokens: list[tables.Token], i: int, lex: tables.Lexicon) -> bool:
    """Whether token `i` is a month word (`2 Mart` after `Şubat-`: the end of a range)."""
    if i >= len(tokens) or tokens[i].kind != "W":
        return False
    entry = lex.phrases.get((tokens[i].text,)) or tables.lookup_word(tokens[i].text, lex)
    return entry is not None and entry.kind == "M"


def _is_noun(token: tables.Token, lex: tables.Lexicon) -> bool:
    """Whether `token` is a word (or CJK character: `2000人`) the tables do not know."""
    if token.kind == "C":  # `2000多人`, `2000명`: a year there takes `年`/`년`
        return token.text not in lex.longest
    if token.kind != "W" or token.text in lex.longest:
        return False
    return tables.lookup_word(token.text, lex) is None and not tables.is_ordinal_suffix(token.text)


def _spaced_after_word(tokens: list[tables.Token], at: int, syms: list[Sym]) -> bool:
    """A dash between spaces after an unknown word (`LONDON - March 12`, `القاهرة - 12
    مارس`): a dateline's separator, not a range's."""
    dash, spaced = tokens[at], 0 < at < len(tokens) - 1
    spaced = spaced and tokens[at - 1].end < dash.start and dash.end < tokens[at + 1].start
    return dash.kind == "D" and spaced and bool(syms) and syms[-1].code == "x"


def _is_unit(token: tables.Token, lex: tables.Lexicon) -> bool:
    """Whether `token` is an English unit word (`year`, `days`) and no other date word."""
    if token.kind != "W" or token.text not in tables.count_units():
        return False
    entry = lex.phrases.get((token.text,))
    return entry is None or entry.kind == "f"  # `mon` is Monday too


def _number(
    token: tables.Token,
    nxt: tables.Token | None,
    syms: list[Sym],
    lex: tables.Lexicon,
    linked: bool = False,
    ordinal: bool = False,
) -> Sym:
    """The symbol of a number token, given the token after it and the symbols before
    (`linked`: marked as a year by an apostrophe or a link word, `_year_linked`; `ordinal`:
    an ordinal suffix follows, `March the 40th`, and so it is no year)."""
    digits = token.text.partition("'")[0]
    month_day = len(syms) > 1 and syms[-2].code == "M" and syms[-1].code == "d"  # `Mar. 12, '24`
    if linked and len(digits) <= 2 and syms and (syms[-1].code == "M" or month_day):
        return Sym("y", _full_year(digits), short=True)  # `Sep of 03`, `Sep '03`: no day
    # Two digits are a day even when out of range, so `32 March` is an invalid
    # date rather than "March" beside a stray number.
    code = "y" if len(digits) == 4 else "d" if len(digits) <= 2 else "n"
    value = int(digits)
    if code == "y" and nxt is not None and _is_noun(nxt, lex):
        code = "n"  # `2000 kişi`, `2000 лет`, `2000人`: a count, not a year
    elif code == "d" and nxt is not None and _is_unit(nxt, lex):
        code = "n"  # `March in 1 year`, `March in 3 days`: a count, not the 1st
    elif (
        code == "d"
        and lex.agglutinative
        and syms
        and syms[-1].code == "M"
        and (nxt is not None and nxt.start == token.end + 1 and _is_noun(nxt, lex))
    ):
        code = "n"  # `Mart ayında 15 kişilik`: the day comes first there; a count of people
    elif code == "d" and len(digits) == 2 and value > 31 and syms and syms[-1].code == "M":
        return _beyond_days(digits, nxt, lex, ordinal)
    return Sym(code, value)


def _beyond_days(digits: str, nxt: tables.Token | None, lex: tables.Lexicon, ordinal: bool) -> Sym:
    """The symbol of two digits no month has as a day, after a month."""
    if ordinal:
        return Sym("d", int(digits))  # `March the 40th`: a rank, no day and no year
    if nxt is not None and _is_noun(nxt, lex):
        return Sym("n", int(digits))  # `10. August 88 v. Chr.`: an era, the year 88 (BC?)
    return Sym("y", _full_year(digits), short=True)  # `2 Декабрь 95`: no day is 95


def _number_word(word: str, lex: tables.Lexicon) -> tables.Entry | None:
    """A stop for a number word no table reads (`والأربعين`: no month has a 41st)."""
    found = lex.number_words is not None and lex.number_words.fullmatch(word)
    return tables.Entry("S") if found else None


def _year_linked(tokens: list[tables.Token], at: int, lex: tables.Lexicon) -> bool:
    """Whether the number `tokens[at]` is marked as a year: an apostrophe right before it
    (`Sep '03`), a year link word (`Sep of 03`), or both (`September of '03`)."""
    before = at - 1
    if before >= 0 and tokens[before].text == "'" and tokens[before].end == tokens[at].start:
        return True
    return before >= 0 and tokens[before].text in lex.year_links


def symbols(norm: str, lex: tables.Lexicon) -> list[Sym]:
    tokens = _drop_suffixes(tables.tokenize(norm), lex)
    syms: list[Sym] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        i += 1
        if token.kind == "F":
            syms.append(Sym("F", int(token.text[1:-1])))
            continue
        if token.kind == "N":
            linked = _year_linked(tokens, i - 1, lex)
            nxt = tokens[i] if i < len(tokens) else None
            suffix = re.match(r"[^\W\d_]+", norm[token.end :])  # `40th`: a rank, no year
            ordinal = suffix is not None and tables.is_ordinal_suffix(suffix.group(0))
            syms.append(_number(token, nxt, syms, lex, linked, ordinal))
            continue
        if _spaced_after_word(tokens, i - 1, syms):
            continue
        entry = None
        for length in range(min(lex.longest.get(token.text, 0), len(tokens) - i + 1), 0, -1):
            entry = lex.phrases.get(tuple(t.text for t in tokens[i - 1 : i - 1 + length]))
            if entry is not None:
                i += length - 1
                break
        else:
            if token.kind == "P":
                continue
            entry = tables.Entry("r") if token.kind == "D" else None
            if token.kind == "W":
                entry = tables.lookup_word(token.text, lex) or _number_word(token.text, lex)
        entry = entry or tables.Entry("x")
        if entry.kind == "O":  # `4月`: the number before is the month
            if syms and syms[-1].code == "d" and 1 <= syms[-1].value <= 12:
                syms[-1] = Sym("M", syms[-1].value, "gregorian")
                continue
            entry = tables.Entry("x")
        if entry.kind == "M" and syms and syms[-1] == Sym("M", entry.value, entry.cal):
            continue  # `نيسان/أبريل`: one month in two naming systems
        if syms and syms[-1].code == "W" and tables.ranking_the(token, tokens[i : i + 1], lex):
            entry = tables.Entry("x")  # `Wednesday, the last day of her tour`: no `Wednesday last`
        if entry.kind != "f":
            syms.append(Sym(entry.kind, entry.value, entry.cal))
    return _ordinal_words(syms)


def _ordinal_words(syms: list[Sym]) -> list[Sym]:
    """Days written as ordinal words (`الحادي عشر من سبتمبر`, `سوم فروردین`) where they
    count the day of a month; an ordinal of another word is none.

    After an unknown word an ordinal counts that word (`فصل اول سال ۲۰۲۴`, `دور دوم مهر`:
    a quarter, a round): a stop, the expression is None. In a language whose ordinals
    also rank a noun before or after them (`tables.ORDINAL_RANK`, Arabic: `الأسبوع الأول
    من سبتمبر`, `ثالث ثلاثاء في أيلول`, `أول أسبوع`) one beside an unknown word or
    before a weekday is an unknown word, as the whole was before it was read; right
    after a weekday, 2 to 5 are the day or the weekday's rank (`الخميس الثاني من
    أكتوبر`: Thursday 2 October or the second Thursday) and are unknown words too.
    """
    out = []
    for i, sym in enumerate(syms):
        if sym.cal not in (tables.ORDINAL_WORD, tables.ORDINAL_RANK):
            out.append(sym)
            continue
        before = syms[i - 1].code if i else ""
        after = syms[i + 1].code if i + 1 < len(syms) else ""
        ranks = sym.cal == tables.ORDINAL_RANK
        rank = before == "W" and 2 <= sym.value <= 5
        if ranks and (before == "x" or after in ("W", "x") or rank):
            out.append(Sym("x"))
        elif before == "x":
            out.append(Sym("S"))
        else:
            out.append(Sym("d", sym.value))
    return out
