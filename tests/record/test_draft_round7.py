"""Drafts that cannot fake a visit, round 7: planned visits whose evidence rules them out,
and double negatives that keep the plan (`bench/drafts_round7_cases.json`,
`bench/real_drafts_round7_articles.jsonl`; `bench/probe_drafts_round7.py`). Each case
names the probe case it comes from; every expected value is read off the sentence by hand
(the cue as `fold(text, accents=False)` writes it: `ə` as `e`, `й` as `и`, no accents).
"""

from __future__ import annotations

from typing import Any

import pytest

from visitx.core.models import Article, Visit
from visitx.record.build import build_visits
from visitx.record.draft import Draft
from visitx.record.unmet import cancelled_cue


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        # p01 (pt)
        ("O Palácio do Planalto informou nesta segunda-feira que o presidente Luiz Inácio Lula "
         "da Silva não vai viajar a Caracas para a posse de Nicolás Maduro.", "nao vai viajar"),
        # p04 (pt)
        ("Está fora de questão uma visita do Presidente Marcelo Rebelo de Sousa a Moscovo, disse "
         "o porta-voz de Belém.", "fora de questao"),
        # p05 (pt)
        ("O presidente Lula não tem planos de visitar Pequim este ano, segundo a Secretaria de "
         "Comunicação.", "nao tem planos de"),
        # p07 (it)
        ("La presidente del Consiglio Giorgia Meloni non si recherà a Washington per la "
         "cerimonia di insediamento, ha fatto sapere Palazzo Chigi.", "non si rechera"),
        # p09 (it)
        ("Escluso un viaggio del presidente Sergio Mattarella in Cina entro l'anno, secondo "
         "fonti del Quirinale.", "escluso un viaggio"),
        # p12 (az)
        ("Prezident İlham Əliyev Parisə səfər etməyəcək, Prezident Administrasiyası bildirib.",
         "sefer etmeyecek"),
        # p14 (az): "gözlənilir" (future) inside "gözlənilmir" does not match
        ("Əliyevin Moskvaya səfəri gözlənilmir, deyə Prezidentin köməkçisi Hikmət Hacıyev "
         "bildirib.", "gozlenilmir"),
        # p16 (uz)
        ("Tashqi ishlar vaziri Baxtiyor Saidovning Kobulga safari rejalashtirilmagan, dedi "
         "vazirlik vakili.", "rejalashtirilmagan"),
        # p18 (kk)
        ("Мемлекет басшысы Қасым-Жомарт Тоқаев Бакуге бармайды, деп хабарлады Ақорда.",
         "бармаиды"),
        # p19 (kk)
        ("Сыртқы істер министрі Мұрат Нұртілеудің Кабулге сапары жоспарланбаған, деді "
         "министрлік өкілі.", "жоспарланбаған"),
        # p22 (en)
        ("The White House said President Joe Biden would not be travelling to Cairo for "
         "Saturday's peace summit.", "would not be travel"),
        # p23 (en)
        ("A trip to Moscow by Prime Minister Narendra Modi is off the table until after the "
         "election, officials in New Delhi said.", "off the table"),
        # p24 (en)
        ("Anthony Albanese has no intention of visiting Beijing this year, his office said on "
         "Monday.", "no intention of"),
        # p31 (fr)
        ("Aucune visite de Jean-Noël Barrot à Pékin n'est prévue ce mois-ci, selon le Quai "
         "d'Orsay.", "aucune visite"),
        # p34 (de)
        ("Bundespräsident Frank-Walter Steinmeier schloss einen Besuch in Moskau aus.",
         "schloss einen besuch"),
        # p37 (ru)
        ("Поездка Михаила Мишустина в Минск не рассматривается, заявили в аппарате "
         "правительства.", "не рассматривается"),
        # -- a ruling-out negated or refused keeps the plan: no cue
        # p39: "ruled out" inside "not ruled out"
        ("Prime Minister Narendra Modi has not ruled out travelling to Washington in February, "
         "officials said.", None),
        # p42: "descart*" inside "no descart*"
        ("El Gobierno no descartó un viaje de Pedro Sánchez a Pekín en abril, dijeron fuentes "
         "de Moncloa.", None),
        # p43
        ("Gustavo Petro no descarta viajar a Caracas para la posesión de Nicolás Maduro, dijo "
         "la Cancillería.", None),
        # p44
        ("No se descarta una visita del presidente Gabriel Boric a Buenos Aires antes de fin de "
         "año, indicaron en La Moneda.", None),
        # p47: the negation stands last ("schloss eine Reise ... nicht aus")
        ("Olaf Scholz schloss eine Reise nach Kiew vor Weihnachten nicht aus.", None),
        # p49: "исключил" inside "не исключил"
        ("Дмитрий Песков не исключил визит Владимира Путина в Турцию в ближайшее "
         "время.", None),
        # p51
        ("Не исключено, что Путин посетит Вьетнам летом, сообщил источник в Кремле.", None),
        # p53: "ha escluso" inside "non ha escluso"
        ("La premier Giorgia Meloni non ha escluso una visita a Kiev nelle prossime "
         "settimane.", None),
        # p54
        ("O presidente Lula não descarta viajar a Moscou em maio para as celebrações do Dia da "
         "Vitória, disse o Itamaraty.", None),
        # p55: "descart*" inside "nao esta descartad*"
        ("Não está descartada uma visita do Presidente Marcelo Rebelo de Sousa a Maputo antes "
         "do fim do ano, disse fonte de Belém.", None),
    ],
)
def test_ruled_out_or_not(sentence: str, cue: str | None) -> None:
    """A plan the sentence rules out is called off by the cue; one whose ruling-out is
    negated ("has not ruled out", "no descartó", "schloss ... nicht aus") has none."""
    assert cancelled_cue(sentence) == cue


def _build(text: str, people: list[dict[str, Any]], language: str
           ) -> tuple[list[Visit], list[str]]:  # fmt: skip
    visit = {"evidence": [text.strip()], "type": "visit", "status": "planned",
             "summary": "The visit is planned.", "participants": people, "date_text": None}
    draft = Draft.model_validate({"language": language, "visits": [visit]})
    article = Article(id=Article.id_for(text), text=text, language=language, published="2025-03-03")
    return build_visits(draft, article)


def _people(visitor: tuple[str, str], host: tuple[str, str]) -> list[dict[str, Any]]:
    return [{"role": "visitor", "kind": "person", "name": visitor[0], "country": visitor[1]},
            {"role": "host", "kind": "person", "name": host[0], "country": host[1]}]


def test_a_portuguese_ruled_out_plan_gets_no_036() -> None:
    """Probe p01: the planned visit keeps no codes, and a warning says why."""
    text = ("O presidente Luiz Inácio Lula da Silva não vai viajar a Caracas para a posse de "
            "Nicolás Maduro.\n")
    (visit,), warnings = _build(text, _people(("Luiz Inácio Lula da Silva", "BRA"),
                                              ("Nicolás Maduro", "VEN")), "pt")
    assert visit.codes.cameo == []
    assert any("called off or will not take place" in w for w in warnings)


def test_a_plan_not_ruled_out_keeps_036() -> None:
    """Probe p39, with the host named in the sentence: "has not ruled out" plans the trip."""
    text = ("Prime Minister Narendra Modi has not ruled out travelling to Washington in "
            "February to meet President Donald Trump, officials said.\n")
    (visit,), warnings = _build(text, _people(("Narendra Modi", "IND"), ("Donald Trump", "USA")),
                                "en")
    assert visit.codes.cameo == ["036"]
    assert not any("called off" in w for w in warnings)
