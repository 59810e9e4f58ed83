"""One evidence sentence that says a visit took place and what comes next keeps the
visit's codes; one that only announces, denies, cancels or postpones it does not.

Every sentence is written for these tests in the shape of wire reports of official
visits (English, French, Spanish, German, Turkish, Russian; the gloss of the others is in
the comment beside each). Each stands alone as the article and as the only evidence of a
visit the draft gives as occurred; the expected phrase (None: the visit keeps its codes)
is checked by hand against `tables/unmet_words.txt`: a phrase that denies, cancels or
postpones defeats the sentence unless a "but" separates it from a phrase that reports a
completed visit; a future phrase defeats it only when no such phrase stands in it.
"""

from __future__ import annotations

import pytest
from unmet_check import check_occurred_visit

from visitx.record.unmet import NOT_OCCURRED, unmet_cue

# (language, sentence, the visitor as the sentence names them, the phrase or None)
OCCURRED_AND_NEXT = [
    ("en", "Kenyan President William Ruto arrived in Hanoi on Monday and will visit Da Nang "
     "on Wednesday.", "William Ruto", None),
    ("en", "Turkish President Recep Tayyip Erdoğan, who arrived in Baku on Tuesday, will hold "
     "talks with Ilham Aliyev.", "Recep Tayyip Erdoğan", None),
    ("en", "Indian External Affairs Minister S. Jaishankar met his Saudi counterpart on Monday "
     "and is expected to sign a trade pact.", "S. Jaishankar", None),
    ("en", "Brazilian President Luiz Inácio Lula da Silva began a three-day visit to "
     "Indonesia on Sunday and will meet Prabowo Subianto.", "Luiz Inácio Lula da Silva", None),
    ("en", "Japanese Prime Minister Shigeru Ishiba landed in Manila on Friday and will travel "
     "to Cebu on Saturday.", "Shigeru Ishiba", None),
    ("en", "Polish President Andrzej Duda was received by Emperor Naruhito on Tuesday and is "
     "due to visit Osaka on Thursday.", "Andrzej Duda", None),
    ("en", "German Chancellor Olaf Scholz held talks with Narendra Modi in New Delhi on Friday "
     "and plans to visit Bengaluru next.", "Olaf Scholz", None),
    ("en", "Sergei Lavrov, who is visiting Pyongyang, will meet Kim Jong Un on Saturday, the "
     "ministry said.", "Sergei Lavrov", None),
    ("en", "Egyptian President Abdel Fattah al-Sisi paid a visit to Ankara on Wednesday and is "
     "set to attend a business forum on Thursday.", "Abdel Fattah al-Sisi", None),
    ("en", "Vietnamese Prime Minister Pham Minh Chinh hosted Anwar Ibrahim in Hanoi on Monday "
     "and will travel to Kuala Lumpur in May.", "Anwar Ibrahim", None),
    # arrived in Rabat on Monday and will go to Marrakech on Wednesday
    ("fr", "Le président Emmanuel Macron est arrivé lundi à Rabat et se rendra mercredi à "
     "Marrakech.", "Emmanuel Macron", None),
    # met his counterpart Wang Yi on Tuesday in Beijing and will meet Li Qiang on Wednesday
    ("fr", "Le ministre Jean-Noël Barrot a rencontré son homologue Wang Yi mardi à Pékin et "
     "rencontrera Li Qiang mercredi.", "Jean-Noël Barrot", None),
    # was received on Thursday at the Élysée and will visit Lyon on Friday
    ("fr", "Le président sénégalais Bassirou Diomaye Faye a été reçu jeudi à l'Élysée et "
     "visitera Lyon vendredi.", "Bassirou Diomaye Faye", None),
    # arrived in Beijing on Monday and will meet Xi Jinping on Wednesday
    ("es", "El presidente Gustavo Petro llegó el lunes a Pekín y se reunirá el miércoles con "
     "Xi Jinping.", "Gustavo Petro", None),
    # met Nasser Bourita in Rabat on Tuesday and will visit Tangier on Thursday
    ("es", "El canciller José Manuel Albares se reunió el martes en Rabat con Nasser Bourita "
     "y visitará Tánger el jueves.", "José Manuel Albares", None),
    # began an official visit to China on Sunday and plans to meet Xi Jinping
    ("es", "Pedro Sánchez inició una visita oficial a China el domingo y tiene previsto "
     "reunirse con Xi Jinping.", "Pedro Sánchez", None),
    # met Erdoğan in Ankara on Monday, whom he will meet again in autumn
    ("de", "Bundeskanzler Olaf Scholz traf am Montag in Ankara Recep Tayyip Erdoğan, den er "
     "im Herbst erneut treffen wird.", "Olaf Scholz", None),
    # arrived in Kyiv on Tuesday and is expected to meet President Zelensky
    ("de", "Außenministerin Annalena Baerbock ist am Dienstag in Kiew eingetroffen und wird "
     "voraussichtlich Präsident Selenskyj treffen.", "Annalena Baerbock", None),
    # visited Hanoi on Wednesday and will travel on to Ho Chi Minh City
    ("de", "Bundespräsident Frank-Walter Steinmeier besuchte am Mittwoch Hanoi und wird "
     "voraussichtlich nach Ho-Chi-Minh-Stadt weiterreisen.", "Frank-Walter Steinmeier", None),
    # came to Baku on Tuesday and will hold talks with Ilham Aliyev
    ("tr", "Cumhurbaşkanı Recep Tayyip Erdoğan salı günü Bakü'ye geldi ve İlham Aliyev ile "
     "görüşecek.", "Recep Tayyip Erdoğan", None),
    # met his counterpart in Cairo on Monday and will visit Riyadh tomorrow
    ("tr", "Dışişleri Bakanı Hakan Fidan pazartesi günü Kahire'de mevkidaşı ile görüştü ve "
     "yarın Riyad'ı ziyaret edecek.", "Hakan Fidan", None),
    # was welcomed in Ankara with a ceremony and will meet Erdoğan
    ("tr", "Macaristan Başbakanı Viktor Orban, Ankara'da törenle karşılandı ve Erdoğan ile "
     "bir araya gelecek.", "Viktor Orban", None),
    # arrived in Ankara on Monday and will hold talks with Hakan Fidan
    ("ru", "Министр иностранных дел Сергей Лавров прибыл в Анкару в понедельник и проведёт "
     "переговоры с Хаканом Фиданом.", "Сергей Лавров", None),
    # visited Ulaanbaatar on Tuesday and will meet Ukhnaagiin Khürelsükh
    ("ru", "Президент Владимир Путин посетил Улан-Батор во вторник и встретится с Ухнаагийном "
     "Хурэлсухом.", "Владимир Путин", None),
    # who is on a visit in Minsk, will visit the MAZ plant on Wednesday
    ("ru", "Премьер-министр Михаил Мишустин, находящийся с визитом в Минске, посетит завод "
     "МАЗ в среду.", "Михаил Мишустин", None),
]  # fmt: skip

NOT_YET_OR_NOT_AT_ALL = [
    ("en", "Kenyan President William Ruto will visit Hanoi next month, his office said.",
     "William Ruto", "will visit"),
    ("en", "Recep Tayyip Erdoğan is expected to visit Baku on Tuesday for talks with Ilham "
     "Aliyev.", "Recep Tayyip Erdoğan", "is expected to"),
    ("en", "Japanese Prime Minister Shigeru Ishiba did not travel to Manila as planned, "
     "officials said.", "Shigeru Ishiba", "did not travel"),
    ("en", "A visit by Brazilian President Lula da Silva to Jakarta has been postponed to next "
     "year.", "Lula da Silva", "postpon"),
    ("en", "Polish President Andrzej Duda cancelled his trip to Tokyo after the earthquake.",
     "Andrzej Duda", "cancelled his"),
    ("en", "The ministry denied reports that Sergei Lavrov had travelled to Pyongyang.",
     "Sergei Lavrov", "denied reports"),
    ("en", "Indian Prime Minister Narendra Modi plans to visit Washington in February, the "
     "foreign ministry said.", "Narendra Modi", "plans to"),
    ("en", "Australian Prime Minister Anthony Albanese is due to arrive in Beijing on "
     "Saturday.", "Anthony Albanese", "is due to"),
    ("en", "Chinese Premier Li Qiang is scheduled to meet Christopher Luxon in Wellington on "
     "Friday.", "Li Qiang", "is scheduled to"),
    ("en", "Chinese Premier Li Qiang was due to arrive in Canberra on Monday, but the trip was "
     "called off.", "Li Qiang", "called off"),
    # the Elysée announced that he will go to Algeria in the spring
    ("fr", "Le président Emmanuel Macron se rendra en Algérie au printemps, a annoncé "
     "l'Élysée.", "Emmanuel Macron", "se rendra"),
    # the visit to Algiers has been postponed indefinitely
    ("fr", "La visite du Premier ministre François Bayrou à Alger a été reportée sine die.",
     "François Bayrou", "a ete reporte"),
    # did not go to Moscow, the Quai d'Orsay said
    ("fr", "Le ministre Jean-Noël Barrot ne s'est pas rendu à Moscou, a précisé le Quai "
     "d'Orsay.", "Jean-Noël Barrot", "ne s'est pas rendu"),
    # is to go to Beijing in April
    ("fr", "Le chef de l'État Emmanuel Macron doit se rendre à Pékin en avril.",
     "Emmanuel Macron", "doit se rendre"),
    # will visit Beijing in May, the foreign ministry said
    ("es", "El presidente Gustavo Petro visitará Pekín en mayo, informó la Cancillería.",
     "Gustavo Petro", "visitara"),
    # the visit to Morocco was postponed because of the storm
    ("es", "La visita de Pedro Sánchez a Marruecos fue aplazada por la tormenta.",
     "Pedro Sánchez", "aplazad"),
    # did not travel to Caracas, the ministry denied
    ("es", "El canciller José Manuel Albares no viajó a Caracas, desmintió el ministerio.",
     "José Manuel Albares", "no viajo"),
    # it is expected that President Milei arrives in Washington on Thursday
    ("es", "Se espera que el presidente Javier Milei llegue a Washington el jueves.",
     "Javier Milei", "se espera que"),
    # the visit to Beijing was cancelled
    ("de", "Der Besuch von Bundeskanzler Olaf Scholz in Peking wurde abgesagt.",
     "Olaf Scholz", "abgesagt"),
    # postponed his trip to India
    ("de", "Bundeskanzler Olaf Scholz verschob seine Reise nach Indien.", "Olaf Scholz",
     "verschob"),
    # is expected in Cairo on Monday
    ("de", "Außenministerin Annalena Baerbock wird voraussichtlich am Montag in Kairo "
     "erwartet.", "Annalena Baerbock", "wird voraussichtlich"),
    # the visit to Baghdad was postponed to a later date
    ("tr", "Cumhurbaşkanı Recep Tayyip Erdoğan'ın Bağdat ziyareti ileri bir tarihe "
     "ertelendi.", "Recep Tayyip Erdoğan", "ertelen"),
    # is expected to visit Beijing next week
    ("tr", "Dışişleri Bakanı Hakan Fidan'ın gelecek hafta Pekin'i ziyaret etmesi bekleniyor.",
     "Hakan Fidan", "bekleniyor"),
    # will visit Baku tomorrow
    ("tr", "Cumhurbaşkanı Recep Tayyip Erdoğan yarın Bakü'yü ziyaret edecek.",
     "Recep Tayyip Erdoğan", "ziyaret edecek"),
    # did not go to Moscow
    ("tr", "Dışişleri Bakanı Hakan Fidan Moskova'ya gitmedi.", "Hakan Fidan", "gitmedi"),
    # the visit to Ankara was postponed
    ("ru", "Визит Сергея Лаврова в Анкару был отложен.", "Сергея Лаврова", "отложен"),
    # will visit Ulaanbaatar in September
    ("ru", "Президент Владимир Путин посетит Улан-Батор в сентябре.", "Владимир Путин",
     "посетит"),
    # did not visit Pyongyang, the foreign ministry said
    ("ru", "Сергей Лавров не посетил Пхеньян, заявили в МИД.", "Сергей Лавров",
     "не посетил"),
    # it is expected that Lavrov arrives in Ankara on Tuesday
    ("ru", "Ожидается, что Сергей Лавров прибудет в Анкару во вторник.", "Сергей Лавров",
     "ожидается"),
]  # fmt: skip

TRICKY = [
    # did not visit one place but met someone elsewhere: the meeting took place
    ("en", "Philippine foreign secretary Enrique Manalo did not visit Pyongyang but met Kim "
     "Song-nam in Beijing on Monday.", "Enrique Manalo", None),
    # arrived, but the talks were put off: the visit took place
    ("en", "Kenyan President William Ruto arrived in Hanoi on Monday but postponed the talks "
     "with Luong Cuong to Tuesday.", "William Ruto", None),
    # "will visit" quoted about another person, beside the meeting that took place
    ("en", "Emmanuel Macron met Olaf Scholz in Berlin on Monday and said Scholz 'will visit "
     "Paris in the spring'.", "Emmanuel Macron", None),
    # the quote alone does not say that Macron's visit took place
    ("en", "Olaf Scholz 'will visit Paris in the spring', Emmanuel Macron said in Berlin.",
     "Emmanuel Macron", "will visit"),
    ("en", "Indonesian President Prabowo Subianto had been expected to visit Canberra on "
     "Friday but cancelled at the last minute.", "Prabowo Subianto", "had been expected to"),
    ("en", "Pakistani Prime Minister Shehbaz Sharif was due to arrive in Kabul on Monday, "
     "officials said.", "Shehbaz Sharif", "was due to"),
    # reported speech: the arrival is reported, the meeting is to come
    ("en", "The Kremlin said Sergei Lavrov had arrived in Ankara and would meet Hakan Fidan on "
     "Tuesday.", "Sergei Lavrov", None),
    ("en", "The Kremlin said Sergei Lavrov would travel to Ankara next week.", "Sergei Lavrov",
     "would travel"),
    # a negated "met" is no report of a meeting
    ("en", "Recep Tayyip Erdoğan has not met Bashar al-Assad since 2011 and will visit "
     "Damascus only after the elections.", "Recep Tayyip Erdoğan", "has not met"),
    # welcomed in Hanoi, although another stop was called off: the visit took place
    ("en", "Japanese Prime Minister Shigeru Ishiba was welcomed in Hanoi on Sunday, although "
     "a visit to Hue was cancelled.", "Shigeru Ishiba", None),
    # did not go to Kyiv but met Dmytro Kuleba in Warsaw
    ("fr", "Le ministre Jean-Noël Barrot ne s'est pas rendu à Kiev mais a rencontré Dmytro "
     "Kouleba à Varsovie.", "Jean-Noël Barrot", None),
    # did not travel to Caracas, but met Edmundo González in Madrid
    ("es", "El canciller José Manuel Albares no viajó a Caracas, pero se reunió con Edmundo "
     "González en Madrid.", "José Manuel Albares", None),
    # arrived in Cairo on Monday, but the meeting with al-Sisi was postponed
    ("de", "Außenministerin Annalena Baerbock traf am Montag in Kairo ein, aber das Treffen "
     "mit Präsident al-Sisi wurde verschoben.", "Annalena Baerbock", None),
    # did not go to Moscow, but met Sergei Lavrov in Doha
    ("tr", "Dışişleri Bakanı Hakan Fidan Moskova'ya gitmedi, ancak Sergey Lavrov ile Doha'da "
     "görüştü.", "Hakan Fidan", None),
    # did not visit Kyiv, but met Dmytro Kuleba in Antalya
    ("ru", "Сергей Лавров не посетил Киев, но встретился с Дмитрием Кулебой в Анталье.",
     "Сергей Лавров", None),
]  # fmt: skip

CASES = OCCURRED_AND_NEXT + NOT_YET_OR_NOT_AT_ALL + TRICKY


def test_the_cases_cover_six_languages_and_sixty_sentences() -> None:
    """At least 60 sentences, in each of the six languages the table speaks."""
    assert len(CASES) >= 60
    assert {lang for lang, *_ in CASES} == {"en", "fr", "es", "de", "tr", "ru"}


@pytest.mark.parametrize(("language", "sentence", "visitor", "cue"), CASES)
def test_the_phrase_that_defeats_the_sentence(
    language: str, sentence: str, visitor: str, cue: str | None
) -> None:
    """The phrase (folded) that says the visit did not take place or is yet to come, or
    None for a sentence that also reports the visit."""
    assert visitor in sentence
    assert unmet_cue(sentence, NOT_OCCURRED) == cue


@pytest.mark.parametrize(("language", "sentence", "visitor", "cue"), CASES)
def test_a_visit_given_as_occurred_keeps_or_loses_its_codes(
    language: str, sentence: str, visitor: str, cue: str | None
) -> None:
    """As the only evidence of an occurred visit: coded (042, 043) and not re-asked when the
    sentence reports the visit; no codes, the warning and a re-ask when it does not."""
    check_occurred_visit(language, sentence, visitor, cue)
