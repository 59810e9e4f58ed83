"""Word tables for `_dates.parse_date`, and the lookup structures built from them.

The first half is raw data, written the way articles spell it: month, weekday and
relative-day words, connectors, fillers. A month is a `|`-separated string of forms;
multi-word forms (`كانون الثاني`, `bazar ertəsi`) are matched as phrases. Tables are
keyed by a *tag*: mostly an ISO 639-1 code, plus `prs` (Dari and Afghan usage),
`hijri` (the Islamic month names shared by Arabic, Persian and Pashto) and `*`
(script-independent entries every language gets).

The second half compiles the tags a language reads into a `Lexicon`: every form goes
through `normalize`, the same function applied to input text (case, digits of every
script, Arabic/Persian letter variants, diacritics, ZWNJ), so spellings that differ
only in those respects need not be listed twice. Lexicons are built on first use and
cached; Babel is imported only for languages without hand-made tables.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple

# The tables are laid out by hand, several forms a line, to stay readable.
# fmt: off

# Gregorian month names, January..December. CLDR (Babel) wide/abbreviated/genitive
# forms are included (tests check that), plus what CLDR lacks: the Levantine and
# Maghrebi Arabic families, Russian prepositional forms (`в марте`), Uzbek Cyrillic,
# Persian spelling variants and the Afghan forms.
GREGORIAN_MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "january|jan", "february|feb", "march|mar", "april|apr", "may", "june|jun",
        "july|jul", "august|aug", "september|sept|sep", "october|oct", "november|nov",
        "december|dec",
    ),
    "tr": (
        "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos",
        "eylül", "ekim", "kasım", "aralık",
    ),
    "de": (
        "januar|jänner|jan", "februar|feber|feb", "märz|mär|maerz", "april|apr", "mai",
        "juni|jun", "juli|jul", "august|aug", "september|sept|sep", "oktober|okt",
        "november|nov", "dezember|dez",
    ),
    "fr": (
        "janvier|janv", "février|févr|fév", "mars", "avril|avr", "mai", "juin",
        "juillet|juil", "août", "septembre|sept", "octobre|oct", "novembre|nov",
        "décembre|déc",
    ),
    "es": (
        "enero|ene", "febrero|feb", "marzo|mar", "abril|abr", "mayo", "junio|jun",
        "julio|jul", "agosto|ago", "septiembre|setiembre|sept|sep", "octubre|oct",
        "noviembre|nov", "diciembre|dic",
    ),
    "ru": (
        "январь|января|январе|янв", "февраль|февраля|феврале|фев|февр",
        "март|марта|марте|мар", "апрель|апреля|апреле|апр", "май|мая|мае",
        "июнь|июня|июне|июн", "июль|июля|июле|июл", "август|августа|августе|авг",
        "сентябрь|сентября|сентябре|сен|сент", "октябрь|октября|октябре|окт",
        "ноябрь|ноября|ноябре|ноя|нояб", "декабрь|декабря|декабре|дек",
    ),
    "az": (
        "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
        "oktyabr", "noyabr", "dekabr",
    ),
    "uz": (
        "yanvar|январ", "fevral|феврал", "mart|март", "aprel|апрел", "may|май",
        "iyun|июн", "iyul|июл", "avgust|август", "sentabr|sentyabr|сентябр",
        "oktabr|oktyabr|октябр", "noyabr|ноябр", "dekabr|декабр",
    ),
    "kk": (
        "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
        "қыркүйек", "қазан", "қараша", "желтоқсан",
    ),
    "fa": (
        "ژانویه|ژانویهٔ|ژانوئیه", "فوریه|فوریهٔ|فبریه", "مارس", "آوریل|آپریل",
        "مه|مهٔ|می", "ژوئن|ژوین", "ژوئیه|ژوئیهٔ|ژوییه|جولای", "اوت|آگوست|اگوست",
        "سپتامبر", "اکتبر", "نوامبر", "دسامبر",
    ),
    "prs": (
        "جنوری", "فبروری", "مارچ", "اپریل", "می", "جون", "جولای", "اگست", "سپتمبر",
        "اکتوبر", "نومبر", "دسمبر",
    ),
    "ps": (
        "جنوري", "فبروري|فېبروري", "مارچ", "اپریل", "مۍ|می", "جون", "جولای",
        "اګست|اگست", "سېپتمبر|سپتمبر", "اکتوبر", "نومبر", "دسمبر",
    ),
    "ar": (
        "يناير|كانون الثاني|كانون ثاني|جانفي",
        "فبراير|شباط|فيفري",
        "مارس|آذار",
        "أبريل|ابريل|إبريل|نيسان|أفريل",
        "مايو|أيار|ماي",
        "يونيو|يونية|حزيران|جوان",
        "يوليو|يولية|تموز|جويلية|يوليوز",
        "أغسطس|اغسطس|آب|أوت|غشت",
        "سبتمبر|أيلول|شتنبر",
        "أكتوبر|اكتوبر|تشرين الأول|تشرين أول",
        "نوفمبر|تشرين الثاني|تشرين ثاني|نونبر",
        "ديسمبر|كانون الأول|كانون أول|دجنبر",
    ),
}

# Solar Hijri months, Farvardin..Esfand: Iranian names, the Dari zodiac names used
# in Afghanistan, and the Pashto names. `ماه` after an Iranian name is a filler.
JALALI_MONTHS: dict[str, tuple[str, ...]] = {
    "fa": (
        "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد|امرداد", "شهریور", "مهر", "آبان",
        "آذر", "دی", "بهمن", "اسفند",
    ),
    "prs": (
        "حمل", "ثور", "جوزا|جوزاء", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس",
        "جدی", "دلو", "حوت",
    ),
    "ps": (
        "وری", "غویی|غوایی", "غبرگولی", "چنګاښ|چنگاښ", "زمری", "وږی", "تله", "لړم",
        "لیندۍ|لیندی", "مرغومی", "سلواغه", "کب",
    ),
}

# Islamic (lunar Hijri) months, Muharram..Dhu al-Hijjah, Arabic and Persian spellings.
HIJRI_MONTHS: tuple[str, ...] = (
    "محرم|المحرم|محرم الحرام",
    "صفر|صفر المظفر",
    "ربيع الأول|ربيع أول|ربيع الاول|ربیع‌الاول|ربيع الأنور",
    "ربيع الآخر|ربيع الثاني|ربيع ثاني|ربيع آخر|ربیع‌الثانی|ربیع‌الآخر",
    "جمادى الأولى|جمادى الأول|جمادى أولى|جمادي الأولى|جمادی‌الاول|جمادی‌الاولی",
    "جمادى الآخرة|جمادى الآخر|جمادى الثانية|جمادى الثاني|جمادى ثاني|جمادي الآخرة"
    "|جمادی‌الثانی|جمادی‌الآخر|جمادی‌الاخری",
    "رجب|رجب المرجب",
    "شعبان|شعبان المعظم",
    "رمضان|رمضان المبارك",
    "شوال|شوال المكرم",
    "ذو القعدة|ذي القعدة|ذا القعدة|ذوالقعدة|ذی‌القعده|ذیقعده",
    "ذو الحجة|ذي الحجة|ذا الحجة|ذوالحجة|ذی‌الحجه|ذیحجه",
)

# Weekdays, Monday..Sunday (Python's `date.weekday()` order).
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "tr": ("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"),
    "az": (
        "bazar ertəsi", "çərşənbə axşamı", "çərşənbə", "cümə axşamı", "cümə", "şənbə",
        "bazar",
    ),
    "uz": (
        "dushanba|душанба", "seshanba|сешанба", "chorshanba|чоршанба",
        "payshanba|пайшанба", "juma|жума", "shanba|шанба", "yakshanba|якшанба",
    ),
    "kk": ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"),
    "ru": (
        "понедельник", "вторник", "среда|среду", "четверг", "пятница|пятницу",
        "суббота|субботу", "воскресенье",
    ),
    "de": (
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag|sonnabend",
        "sonntag",
    ),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "fa": (
        "دوشنبه|دو شنبه", "سه‌شنبه|سه شنبه|سشنبه", "چهارشنبه|چهار شنبه",
        "پنجشنبه|پنج شنبه|پنج‌شنبه", "جمعه|آدینه", "شنبه", "یکشنبه|یک شنبه|یک‌شنبه",
    ),
    # CLDR's Saturday `اونۍ` also means "week", so only the Persian form is listed.
    "ps": ("دونۍ", "درېنۍ", "څلرنۍ", "پينځنۍ", "جمعه", "شنبه", "يونۍ"),
    "ar": (
        "الاثنين|الإثنين|الأثنين", "الثلاثاء", "الأربعاء|الاربعاء", "الخميس", "الجمعة",
        "السبت", "الأحد|الاحد",
    ),
    "zh": (
        "星期一|周一|週一|礼拜一", "星期二|周二|週二|礼拜二", "星期三|周三|週三|礼拜三",
        "星期四|周四|週四|礼拜四", "星期五|周五|週五|礼拜五", "星期六|周六|週六|礼拜六",
        "星期日|星期天|周日|週日|礼拜天|礼拜日",
    ),
    "ja": (
        "月曜日|月曜", "火曜日|火曜", "水曜日|水曜", "木曜日|木曜", "金曜日|金曜", "土曜日|土曜",
        "日曜日|日曜",
    ),
    "ko": ("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"),
}

# Days relative to the publication date.
RELATIVE_DAYS: dict[str, dict[str, int]] = {
    "en": {
        "today": 0, "yesterday": -1, "tonight": 0, "last night": -1, "this morning": 0,
        "this afternoon": 0, "this evening": 0, "earlier today": 0,
        "day before yesterday": -2,
    },
    "tr": {
        "bugün": 0, "dün": -1, "dünkü": -1, "bu sabah": 0, "bu akşam": 0,
        "önceki gün": -2, "evvelki gün": -2, "evvelsi gün": -2,
    },
    "az": {"bugün": 0, "bu gün": 0, "dünən": -1, "srağagün": -2},
    "uz": {"bugun": 0, "kecha": -1},
    "kk": {"бүгін": 0, "кеше": -1},
    "ru": {"сегодня": 0, "вчера": -1, "позавчера": -2},
    "de": {
        "heute": 0, "gestern": -1, "vorgestern": -2, "heute morgen": 0, "heute früh": 0,
        "gestern morgen": -1,
    },
    "fr": {
        "aujourd'hui": 0, "hier": -1, "avant-hier": -2, "ce matin": 0, "ce soir": 0,
        "cet après-midi": 0,
    },
    "es": {
        "hoy": 0, "ayer": -1, "anteayer": -2, "antes de ayer": -2, "anoche": -1,
        "esta mañana": 0, "esta tarde": 0, "esta noche": 0,
    },
    "fa": {
        "امروز": 0, "دیروز": -1, "دیشب": -1, "امشب": 0, "پریروز": -2, "روز گذشته": -1,
    },
    "ps": {"نن": 0, "نن ورځ": 0, "پرون": -1},
    "ar": {
        "اليوم": 0, "أمس": -1, "البارحة": -1, "أول أمس": -2, "أول من أمس": -2,
        "الليلة الماضية": -1,
    },
    "zh": {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2},
    "ja": {"今日": 0, "本日": 0, "昨日": -1, "一昨日": -2},
    "ko": {"오늘": 0, "어제": -1, "그제": -2, "그저께": -2},
}

# Years relative to the publication date, with the calendar they count in.
RELATIVE_YEARS: dict[str, dict[str, int]] = {
    "en": {"this year": 0, "last year": -1, "next year": 1},
    "tr": {
        "bu yıl": 0, "bu yılın": 0, "geçen yıl": -1, "geçen yılın": -1,
        "geçtiğimiz yıl": -1, "gelecek yıl": 1, "önümüzdeki yıl": 1,
    },
    "az": {"bu il": 0, "keçən il": -1, "gələn il": 1},
    "uz": {"bu yil": 0, "o'tgan yil": -1, "kelasi yil": 1},
    "kk": {"биыл": 0, "былтыр": -1, "өткен жылы": -1, "келесі жылы": 1},
    "ru": {
        "этого года": 0, "этом году": 0, "текущего года": 0, "прошлого года": -1,
        "прошлом году": -1, "следующего года": 1, "следующем году": 1,
    },
    "de": {
        "dieses jahres": 0, "dieses jahr": 0, "vergangenen jahres": -1,
        "letzten jahres": -1, "vorigen jahres": -1, "letztes jahr": -1,
        "nächsten jahres": 1, "nächstes jahr": 1,
    },
    "fr": {
        "cette année": 0, "l'année dernière": -1, "l'an dernier": -1,
        "l'année prochaine": 1, "l'an prochain": 1,
    },
    "es": {
        "este año": 0, "año pasado": -1, "próximo año": 1, "año próximo": 1,
        "año que viene": 1,
    },
    "fa": {
        "امسال": 0, "سال جاری": 0, "سال گذشته": -1, "سال پیش": -1, "پارسال": -1,
        "سال آینده": 1, "سال بعد": 1,
    },
    "ar": {
        "هذا العام": 0, "العام الجاري": 0, "العام الحالي": 0, "العام الماضي": -1,
        "السنة الماضية": -1, "العام المقبل": 1, "العام القادم": 1,
    },
    "zh": {"今年": 0, "去年": -1, "明年": 1},
    "ja": {"今年": 0, "昨年": -1, "去年": -1, "来年": 1},
    "ko": {"올해": 0, "작년": -1, "지난해": -1, "내년": 1},
}

# Words that make a weekday mean the previous week ("last Friday").
PAST_WORDS: dict[str, str] = {
    "en": "last|past|previous",
    "tr": "geçen|geçtiğimiz",
    "az": "keçən",
    "uz": "o'tgan",
    "kk": "өткен",
    "ru": "прошлый|прошлую|прошлой|прошлом|прошлое|прошедший|прошедшую",
    "de": "letzten|letzte|letzter|vergangenen|vergangene|vorigen|vorige",
    "fr": "dernier|dernière",
    "es": "pasado|pasada",
    "fa": "گذشته",
    "ar": "الماضي|الماضية|المنصرم|المنصرمة",
    "zh": "上",
    "ko": "지난",
}

# Words that point to the future: a relative expression with one of these is not
# resolved (news reports past events; a planned date needs an explicit date).
FUTURE_WORDS: dict[str, str] = {
    "en": "next|coming|upcoming|tomorrow",
    "tr": "gelecek|önümüzdeki|yarın|haftaya",
    "az": "gələn",
    "uz": "kelasi|ertaga",
    "kk": "келесі|ертең",
    "ru": "следующий|следующую|следующей|следующем|ближайший|ближайшую|предстоящий"
    "|предстоящую|завтра|послезавтра",
    "de": "nächsten|nächste|kommenden|kommende|morgen|übermorgen",
    "fr": "prochain|prochaine|demain",
    "es": "próximo|próxima|mañana|que viene",
    "fa": "آینده|فردا|پس فردا|پس‌فردا",
    "ps": "سبا",
    "ar": "المقبل|المقبلة|القادم|القادمة|غدا|بعد غد",
    "zh": "下|明天|明日",
    "ja": "来週|明日",
    "ko": "다음|내일",
}

# Words that make an expression open-ended or approximate ("before 5 May",
# "3 days ago"): such an expression does not denote its date, so it gives None.
STOP_WORDS: dict[str, str] = {
    "en": "before|after|since|ago|prior|around|approximately|about",
    "tr": "önce|sonra|itibaren|beri|civarında",
    "az": "əvvəl|sonra",
    "uz": "oldin|keyin",
    "kk": "бұрын|кейін",
    "ru": "после|назад|около|примерно",
    "de": "vor|nach|seit|etwa|gegen",
    "fr": "avant|après|depuis|vers",
    "es": "antes|después|hacia",
    "fa": "قبل|پیش|بعد|حدود",
    "ar": "قبل|بعد|منذ|حوالي|نحو",
    "zh": "前|后|以来",
    "ja": "前|後|以来",
    "ko": "전|후|이후",
}

# Range connectors ("6-7", "from 3 to 5", "du 9 au 11", "с 22 по 24").
RANGE_WORDS: dict[str, str] = {
    "*": "-|–|~|∼|〜",
    "en": "to|till|until|through|thru",
    "tr": "ila",
    "ru": "по|до",
    "kk": "дейін",
    "de": "bis",
    "fr": "au|à|jusqu'au",
    "es": "al|a|hasta",
    "fa": "تا",
    "ps": "تر",
    "ar": "إلى|الى|حتى|لغاية",
    "zh": "至|到",
    "ja": "から",
    "ko": "부터",
}

# "and": a range only after "between" or when the two parts are adjacent.
AND_WORDS: dict[str, str] = {
    "en": "and|&", "tr": "ve|ile", "az": "və|ilə", "uz": "va", "kk": "және|мен",
    "ru": "и", "de": "und", "fr": "et", "es": "y|e", "fa": "و", "ps": "او", "ar": "و",
    "zh": "和|及", "ja": "と",
}

BETWEEN_WORDS: dict[str, str] = {
    "en": "between", "tr": "arasında|arasındaki", "az": "arasında", "uz": "oralig'ida",
    "kk": "аралығында", "ru": "между", "de": "zwischen", "fr": "entre", "es": "entre",
    "fa": "بین|میان", "ps": "ترمنځ", "ar": "بين",
}

# Words that carry no date information: prepositions, articles, "day/month/year",
# times of day, "early/late".
FILLERS: dict[str, str] = {
    "en": "the|of|on|in|at|from|during|dated|day|month|year|early|mid|late|end|beginning"
    "|start|morning|afternoon|evening|night",
    "tr": "günü|gün|tarihinde|tarihlerinde|tarihleri|tarihli|tarihi|tarih|ayında|ayı|ay"
    "|yılı|yılında|yılının|yıl|senesi|sabah|akşam|öğle|öğleden|gece|başında|sonunda"
    "|ortasında|başlarında|sonlarında|ortalarında|kadar|da|de|saat",
    "az": "il|ilin|ildə|ili|ayında|ayı|ay|günü|gün|tarixində|tarixdə|səhər|axşam",
    "uz": "yil|yili|yilda|yilning|oy|oyi|oyida|kuni|kun|sanasida|ertalab|kechqurun",
    "kk": "жыл|жылы|жылғы|жылдың|ж|ай|айы|айында|күні|күн|таңертең|кешке",
    "ru": "г|гг|года|году|год|в|во|с|со|числа|утром|днем|вечером|ночью|начале|конце"
    "|середине|месяца",
    "de": "am|vom|im|den|dem|des|der|jahr|jahres|anfang|ende|mitte|morgens|abends"
    "|am morgen|am abend|am nachmittag|abend|nachmittag|tag",
    "fr": "le|la|les|du|de|des|d|l|en|an|année|début|fin|mi|matin|soir|après-midi|mois"
    "|nuit|journée|date|courant",
    "es": "el|la|los|las|de|del|en|año|principios|finales|mediados|fines|tarde|noche"
    "|por la mañana|por la tarde|por la noche|mes|día",
    "fa": "در|روز|ماه|سال|شامگاه|صبح|ظهر|عصر|بامداد|شب|مورخ|مورخه|تاریخ|به|اوایل"
    "|اواخر|اواسط|نیمه|از|بعدازظهر|بعد از ظهر|غروب|صبحگاه|عصرگاه|ساعت",
    "ps": "په|د|کال|میاشت|ورځ|نیټه|سهار|ماښام|له",
    "ar": "في|يوم|شهر|عام|العام|سنة|لعام|للعام|من|مساء|صباح|ظهر|ليلة|الموافق|الموافقة"
    "|بتاريخ|تاريخ|أوائل|أواخر|منتصف|مطلع|نهاية|بداية|ليل|الساعة",
    "zh": "日|号|號|在|于|於|上午|下午|晚上|早上|中午|凌晨|年|的",
    "ja": "日|年|に|の|は|まで|午前|午後|夕方|夜|朝",
    "ko": "일|년|에|의|은|는|까지|오전|오후|저녁|아침|밤",
}

# Calendar markers written after a year ("1444 هـ", "۱۴۰۲ ه.ش", "2023م", "1444 AH").
CALENDAR_MARKERS: dict[str, dict[str, str]] = {
    "ar": {
        "ه": "hijri", "هـ": "hijri", "هجري": "hijri", "هجرية": "hijri", "للهجرة": "hijri",
        "م": "gregorian", "ميلادي": "gregorian", "ميلادية": "gregorian",
        "للميلاد": "gregorian",
    },
    "fa": {
        "ه": "hijri", "ه.ق": "hijri", "هـ.ق": "hijri", "ق": "hijri", "قمری": "hijri",
        "هجری قمری": "hijri", "ه ق": "hijri", "ه ش": "jalali", "ه.ش": "jalali",
        "هـ.ش": "jalali", "ش": "jalali",
        "شمسی": "jalali", "هجری شمسی": "jalali", "خورشیدی": "jalali",
        "میلادی": "gregorian", "م": "gregorian",
    },
    "ps": {"لمریز": "jalali", "لمریز هجري": "jalali", "هجري لمریز": "jalali"},
    "en": {"ah": "hijri", "ad": "gregorian", "ce": "gregorian", "sh": "jalali"},
}

# Suffixes glued to a day or year number (`1st`, `1er`, `7-ci`, `22-го`, `2023-cü`).
ORDINAL_SUFFIXES: str = (
    "st|nd|rd|th|er|re|e|eme|ème|ieme|ième|o|a|го|ого|е|й|ci|cı|cu|cü|nci|ncı|ncu|ncü"
    "|inci|ıncı|uncu|üncü|inchi|nchi|ші|шы|ншы|нші|ынша|مه"
)

# Case suffixes of the agglutinative languages, stripped from a word that is not
# found as written (`Kasımda`, `сәуірде`, `aprelda`), longest first.
CASE_SUFFIXES: str = (
    "ndaki|ndeki|ında|inde|unda|ünde|daki|deki|taki|teki|nda|nde|dan|den|tan|ten|nın"
    "|nin|nun|nün|da|de|ta|te|də|tə|dən|tən|ın|in|un|ün|ya|ye|yə|a|e|ə|ı|i|u|ü|ning|ni"
    "|ga|ka|qa|dagi|ында|інде|нда|нде|дағы|дегі|тағы|тегі|ның|нің|дың|дің|тың|тің"
    "|да|де|та|те|ын|ін|на|не|ға|ге|қа|ке|дан|ден|тан|тен|нан|нен|ы|і"
)
AGGLUTINATIVE: frozenset[str] = frozenset({"tr", "az", "uz", "kk"})

# Which tags each supported language reads. Persian and Pashto articles also use the
# Islamic month names; Afghan usage mixes Dari and Iranian spellings.
LANGUAGE_TAGS: dict[str, tuple[str, ...]] = {
    "en": ("en",),
    "tr": ("tr",),
    "de": ("de",),
    "fr": ("fr",),
    "es": ("es",),
    "ru": ("ru",),
    "az": ("az",),
    "uz": ("uz",),
    "kk": ("kk",),
    "fa": ("fa", "prs", "hijri"),
    "ps": ("ps", "fa", "prs", "hijri"),
    "ar": ("ar", "hijri"),
    "zh": ("zh",),
    "ja": ("ja",),
    "ko": ("ko",),
}

# ISO 639-2/3 codes and macro-language variants seen in article metadata.
LANGUAGE_ALIASES: dict[str, str] = {
    "eng": "en", "tur": "tr", "deu": "de", "ger": "de", "fra": "fr", "fre": "fr",
    "spa": "es", "rus": "ru", "aze": "az", "azj": "az", "uzb": "uz", "uzn": "uz",
    "kaz": "kk", "fas": "fa", "per": "fa", "pes": "fa", "prs": "fa", "pus": "ps",
    "pbt": "ps", "pbu": "ps", "ara": "ar", "arb": "ar", "zho": "zh", "chi": "zh",
    "cmn": "zh", "jpn": "ja", "kor": "ko",
}

# fmt: on

# --- compiled lookup tables ---------------------------------------------------------


class Entry(NamedTuple):
    """What a word means: `kind` is a grammar symbol of `_dates`, with its value."""

    kind: str
    value: int = 0
    cal: str = ""


class Lexicon(NamedTuple):
    """Normalized phrases (tuples of tokens) and what they mean, for one language."""

    phrases: dict[tuple[str, ...], Entry]
    longest: dict[str, int]  # first word of a phrase -> most words in such a phrase
    agglutinative: bool  # strip Turkic case suffixes from words not found as written
    strict: bool  # CLDR-only language: an unknown word defers to dateparser


class Token(NamedTuple):
    """One token of normalized text, with its position."""

    kind: str  # F numeric-date placeholder, N number, C CJK char, W word, D dash, P other
    text: str
    start: int
    end: int


# Spelling variants folded to one form (Arabic ي ك ة are Persian ی ک ه here), and
# dashes, apostrophes and spaces unified; NFKD and `_translation` do the rest.
_CHAR_MAP: dict[int, str | None] = {
    **{ord(a): b for a, b in zip("يىكةەٱı،؛؍", "ییکههاi,;/", strict=True)},
    **dict.fromkeys(map(ord, "\u0640\u200b\u200e\u200f\u061c")),  # tatweel, bidi marks
    **dict.fromkeys(map(ord, "\u200c\u200d\u00a0\u202f\u2009"), " "),  # ZWNJ, ZWJ, spaces
    **dict.fromkeys(map(ord, "\u2010\u2011"), "-"),
    **dict.fromkeys(map(ord, "\u2012\u2013\u2014\u2015\u2212"), "–"),
    **dict.fromkeys(map(ord, "\u301c\u223c"), "~"),
    **dict.fromkeys(map(ord, "\u2018\u2019\u02bc\u02bb`\u00b4"), "'"),
}


@functools.cache
def _translation() -> dict[int, str | None]:
    # One pass over the BMP: decimal digits of every script become ASCII and combining
    # marks (harakat, hamza and madda after NFKD, accents, the dot of `İ`) vanish.
    table = dict(_CHAR_MAP)
    for code in range(0x80, 0x10000):
        char = chr(code)
        if unicodedata.category(char) == "Mn":
            table[code] = None
        elif (digit := unicodedata.decimal(char, None)) is not None:
            table[code] = str(digit)
    return table


def normalize(text: str) -> str:
    """Fold case, digits, letter variants and diacritics so lookups are exact."""
    if text.isascii():
        return text.translate(_CHAR_MAP).lower()
    decomposed = unicodedata.normalize("NFKD", text).translate(_translation())
    return unicodedata.normalize("NFC", decomposed.casefold())


@functools.cache
def _digits() -> dict[int, str]:
    return {k: v for k, v in _translation().items() if v is not None and v.isdigit()}


def to_ascii_digits(text: str) -> str:
    """Only the digits of `text` folded to ASCII (for dateparser, which wants words intact)."""
    return text.translate(_digits())


_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"


@functools.cache
def _token_re() -> re.Pattern[str]:
    # CJK characters are tokens of their own (`2023年4月7日`, `金曜日`): phrases of
    # several characters are then matched like multi-word phrases.
    letter = rf"[^\W\d_{_CJK}]"
    return re.compile(
        rf"(?P<F>\ue000\d+\ue001)|(?P<N>\d+(?:'{letter}+)?)|(?P<C>[{_CJK}])"
        rf"|(?P<W>{letter}+(?:'{letter}+)*)|(?P<D>[-–~])|(?P<P>\S)"
    )


def tokenize(text: str) -> list[Token]:
    """Split normalized text into numbers, words, CJK characters and punctuation."""
    found = _token_re().finditer(text)
    return [Token(m.lastgroup or "P", m.group(), m.start(), m.end()) for m in found]


def _forms(forms: str) -> list[str]:
    return [form for form in forms.split("|") if form]


def _add(phrases: dict[tuple[str, ...], Entry], form: str, entry: Entry) -> None:
    key = tuple(token.text for token in tokenize(normalize(form)))
    known = phrases.get(key)
    # Two languages giving one spelling different meanings (Spanish `ago` is August)
    # make it unusable when the language is not known.
    phrases[key] = entry if known is None or known == entry else Entry("x")


def _add_months(phrases: dict[tuple[str, ...], Entry], tag: str) -> None:
    for month, forms in enumerate(GREGORIAN_MONTHS.get(tag, ()), start=1):
        for form in _forms(forms):
            _add(phrases, form, Entry("M", month, "gregorian"))
    for month, forms in enumerate(JALALI_MONTHS.get(tag, ()), start=1):
        for form in _forms(forms):
            _add(phrases, form, Entry("M", month, "jalali"))
            if tag == "fa":  # `فروردین‌ماه` is usually split by ZWNJ, sometimes glued
                _add(phrases, form + "ماه", Entry("M", month, "jalali"))
    if tag == "hijri":
        for month, forms in enumerate(HIJRI_MONTHS, start=1):
            for form in _forms(forms):
                _add(phrases, form, Entry("M", month, "hijri"))
    for form, cal in CALENDAR_MARKERS.get(tag, {}).items():
        _add(phrases, form, Entry("h", 0, cal))


def _add_words(phrases: dict[tuple[str, ...], Entry], tag: str) -> None:
    simple = (
        (FILLERS, "f"),
        (RANGE_WORDS, "r"),
        (AND_WORDS, "a"),
        (BETWEEN_WORDS, "b"),
        (PAST_WORDS, "P"),
        (FUTURE_WORDS, "N"),
        (STOP_WORDS, "S"),
    )
    for table, kind in simple:
        for form in _forms(table.get(tag, "")):
            _add(phrases, form, Entry(kind))
    for weekday, forms in enumerate(WEEKDAYS.get(tag, ())):
        for form in _forms(forms):
            _add(phrases, form, Entry("W", weekday))
    for form, offset in RELATIVE_DAYS.get(tag, {}).items():
        _add(phrases, form, Entry("R", offset))
    # "This year" in a Persian article counts Solar Hijri years.
    year_cal = "jalali" if tag in ("fa", "prs", "ps") else "gregorian"
    for form, offset in RELATIVE_YEARS.get(tag, {}).items():
        _add(phrases, form, Entry("Q", offset, year_cal))


def _universal() -> dict[tuple[str, ...], Entry]:
    phrases: dict[tuple[str, ...], Entry] = {}
    for form in _forms(RANGE_WORDS["*"]):
        _add(phrases, form, Entry("r"))
    for form in ("月", "월"):  # after a number: CJK month N
        _add(phrases, form, Entry("O"))
    for form in ("mid-", "mi-"):  # so that `mid-April` is not a range
        _add(phrases, form, Entry("f"))
    return phrases


def _finish(phrases: dict[tuple[str, ...], Entry], agglutinative: bool, strict: bool) -> Lexicon:
    longest: dict[str, int] = {}
    for key in phrases:
        longest[key[0]] = max(longest.get(key[0], 0), len(key))
    return Lexicon(phrases, longest, agglutinative, strict)


@functools.cache
def lexicon(key: str) -> Lexicon:
    """The lookup tables for `key`.

    `key` is a language of `LANGUAGE_TAGS`, `*` (every language, for an article of
    unknown language), or `xx+` (xx plus every language's month names, for an
    article quoting a date in another language).
    """
    all_tags = sorted({tag for tags in LANGUAGE_TAGS.values() for tag in tags})
    phrases = _universal()
    if key == "*":
        for tag in all_tags:
            _add_months(phrases, tag)
            _add_words(phrases, tag)
        return _finish(phrases, agglutinative=True, strict=False)
    lang = key.rstrip("+")
    if key.endswith("+"):
        for tag in all_tags:
            _add_months(phrases, tag)
    own: dict[tuple[str, ...], Entry] = {}
    for tag in LANGUAGE_TAGS[lang]:
        _add_months(own, tag)
        _add_words(own, tag)
    phrases.update(own)  # the article's own language wins
    return _finish(phrases, lang in AGGLUTINATIVE or key.endswith("+"), strict=False)


@functools.cache
def babel_lexicon(lang: str) -> Lexicon | None:
    """Month and weekday names from CLDR for a language without hand-made tables."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(lang)
    except (UnknownLocaleError, ValueError, TypeError):
        return None
    phrases = _universal()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for month, raw in locale.months[context][width].items():
                name = str(raw).rstrip(".")
                if len(name) >= 3:  # shorter abbreviations collide with ordinary words
                    _add(phrases, name, Entry("M", int(month), "gregorian"))
    for weekday, name in locale.days["format"]["wide"].items():
        _add(phrases, str(name), Entry("W", int(weekday)))
    return _finish(phrases, agglutinative=False, strict=True)


@functools.cache
def _suffixes() -> tuple[frozenset[str], tuple[str, ...]]:
    ordinals = frozenset(normalize(s) for s in _forms(ORDINAL_SUFFIXES))
    cases = sorted({normalize(s) for s in _forms(CASE_SUFFIXES)}, key=len, reverse=True)
    return ordinals, tuple(cases)


def is_ordinal_suffix(word: str) -> bool:
    """Whether `word`, glued to a number, only marks it as an ordinal (`1st`, `7-ci`)."""
    return word in _suffixes()[0]


def lookup_word(word: str, lex: Lexicon) -> Entry | None:
    """A single word not found as a phrase: try without case suffix or elision."""
    if lex.agglutinative:
        for suffix in _suffixes()[1]:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                entry = lex.phrases.get((word[: -len(suffix)],))
                if entry is not None and entry.kind in ("M", "W", "f"):
                    return entry
    if "'" in word:  # `Mart'ta`, `Kasım'ın` (Turkish case) or `d'avril` (French elision)
        head, _, tail = word.partition("'")
        entry = lex.phrases.get((head,)) or lookup_word(head, lex)
        if entry is not None and entry.kind != "f":
            return entry
        return lex.phrases.get((tail,)) or lex.phrases.get((tail.rpartition("'")[2],))
    return None
