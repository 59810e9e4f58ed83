"""Uzbek written in Cyrillic: the same phrases as in Latin script (`tables/unmet_words.txt`).

The sentences are the Latin-script sentences of `test_unmet_langs.py` (UZ) written in
Uzbek Cyrillic (the 1940–1992 alphabet still used by much of Uzbekistan's press: ў, қ,
ғ, ҳ), with the same expected outcome: the phrase that defeats the sentence, folded
(`core.textfold.fold`), or None when the sentence also reports the visit.
"""

from __future__ import annotations

import pytest
from unmet_check import check_occurred_visit

from visitx.record.unmet import NOT_OCCURRED, NOT_SIGNED, unmet_cue

UZ_CYRL = [
    # Mirziyoyev arrived in Beijing on Monday and will meet Xi Jinping
    ("uz", "Президент Шавкат Мирзиёев душанба куни Пекинга етиб келди ва Си Цзинпин билан "
     "учрашади.", "Шавкат Мирзиёев", None),
    # Saidov met his Turkish counterpart in Ankara and will visit Cairo tomorrow
    ("uz", "Ташқи ишлар вазири Бахтиёр Саидов Анқарада туркиялик ҳамкасби билан учрашди ва "
     "эртага Қоҳирага ташриф буюради.", "Бахтиёр Саидов", None),
    # Mirziyoyev goes to France on a state visit next month
    ("uz", "Президент Шавкат Мирзиёев келаси ой Франсияга давлат ташрифи билан боради.",
     "Шавкат Мирзиёев", "боради"),
    # Tokayev's visit to Tashkent is expected
    ("uz", "Қозоғистон Президенти Қосим-Жомарт Тоқаевнинг Тошкентга ташрифи кутилмоқда.",
     "Қосим-Жомарт Тоқаев", "кутилмоқда"),
    # Mishustin's visit to Tashkent was cancelled
    ("uz", "Россия Бош вазири Михаил Мишустиннинг Тошкентга ташрифи бекор қилинди.",
     "Михаил Мишустин", "бекор қил"),
    # Saidov did not go to Moscow, the ministry said
    ("uz", "Ташқи ишлар вазири Бахтиёр Саидов Москвага бормади, деб хабар берди вазирлик.",
     "Бахтиёр Саидов", "бормади"),
    # Saidov did not go to Moscow, but met Lavrov in Doha
    ("uz", "Бахтиёр Саидов Москвага бормади, бироқ Сергей Лавров билан Доҳада учрашди.",
     "Бахтиёр Саидов", None),
    # held a meeting with the deputy hokim and will visit Bukhara tomorrow
    ("uz", "Хитой делегацияси раҳбари Ли Сяодун ҳоким ўринбосари билан учрашув ўтказди ва "
     "эртага Бухорога ташриф буюради.", "Ли Сяодун", None),
]  # fmt: skip


def _folded(phrase: str | None) -> str | None:
    from visitx.core.textfold import fold

    return None if phrase is None else fold(phrase, accents=False)


@pytest.mark.parametrize(("language", "sentence", "visitor", "cue"), UZ_CYRL)
def test_the_phrase_that_defeats_the_sentence(
    language: str, sentence: str, visitor: str, cue: str | None
) -> None:
    assert visitor in sentence
    assert unmet_cue(sentence, NOT_OCCURRED) == _folded(cue)


@pytest.mark.parametrize(("language", "sentence", "visitor", "cue"), UZ_CYRL)
def test_a_visit_given_as_occurred_keeps_or_loses_its_codes(
    language: str, sentence: str, visitor: str, cue: str | None
) -> None:
    check_occurred_visit(language, sentence, visitor, _folded(cue))


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Савдо шартномаси имзоланмади.", "имзоланмади"),
        ("Икки томон энергетика соҳасида ҳамкорлик тўғрисидаги битимни имзолади.", None),
    ],
)
def test_an_agreement_not_signed(sentence: str, cue: str | None) -> None:
    assert unmet_cue(sentence, NOT_SIGNED) == _folded(cue)
