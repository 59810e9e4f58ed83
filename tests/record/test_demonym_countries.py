"""A participant's country against the demonym of its own name, title or organisation:
"William Ruto", "Kenyan President", given as VNM. Hand-checked against the demonyms of
`tables/country_demonyms.txt` (Kenyan KEN, Vietnamese VNM, russischen RUS, Türk TUR)."""

from __future__ import annotations

from typing import Any

import pytest

from visitx.core.models import Article
from visitx.record.build import build_visits
from visitx.record.demonyms import country_against_demonyms, demonym_countries
from visitx.record.draft import Draft, find_problems

TEXT = (
    "Kenyan President William Ruto arrived in Hanoi on Tuesday for a state visit.\n"
    "Ruto was received by Vietnamese President Luong Cuong at the Presidential Palace.\n"
)


@pytest.mark.parametrize(
    ("texts", "named"),
    [
        (["Kenyan President"], {"KEN"}),
        (["der russischen Außenministerin"], {"RUS"}),  # an inflected German adjective
        (["Türk heyeti"], {"TUR"}),  # "the Turkish delegation"
        (["Kenyan and Vietnamese officials"], {"KEN", "VNM"}),
        (["ambassador to Turkey"], set()),  # a country's name, not a demonym
        (["Minister of Foreign Affairs", None], set()),
        (["भारतीय राजदूत"], {"IND"}),  # Hindi "Indian ambassador"
        # "the Indian ambassador in Russia": रूस (Russia) is a name, not रूसी (Russian);
        # their vowel signs are marks, so the words are read whole, not as `र स`
        (["रूस में भारतीय राजदूत"], {"IND"}),
        (["रूसी राष्ट्रपति"], {"RUS"}),  # "the Russian President"
        # a word inside a longer demonym names no country of its own: North Korean is
        # PRK (not also Korean, KOR); Papua New Guinean PNG (not also Guinean, GIN)
        (["North Korean leader Kim Jong Un"], {"PRK"}),
        (["South Korean President"], {"KOR"}),
        (["Korean War veterans"], {"KOR"}),
        (["Papua New Guinean Prime Minister"], {"PNG"}),
        (["Equatorial Guinean delegation"], {"GNQ"}),
        (["الزعيم الكوري الشمالي"], {"PRK"}),  # Arabic "the North Korean leader"
        (["le dirigeant nord-coréen"], {"PRK"}),
        (["Kuzey Koreli lider"], {"PRK"}),  # Turkish "North Korean leader"
        (["Güney Koreli bakan"], {"KOR"}),  # Turkish "South Korean minister"
        (["North Korean and South Korean envoys"], {"PRK", "KOR"}),
    ],
)
def test_demonym_countries(texts: list[str | None], named: set[str]) -> None:
    """The countries named by demonyms, in any of the texts."""
    assert demonym_countries(texts) == named


def test_a_country_among_the_named_ones_stands() -> None:
    """KEN for "Kenyan President": nothing against it; a group of both sides: either."""
    assert country_against_demonyms("KEN", ["William Ruto", "Kenyan President"]) == []
    assert country_against_demonyms("VNM", ["Kenyan and Vietnamese officials"]) == []
    assert country_against_demonyms(None, ["Kenyan President"]) == []


def _draft(participants: list[dict[str, Any]]) -> Draft:
    visit = {
        "evidence": [TEXT.splitlines()[0], TEXT.splitlines()[1]],
        "type": "visit",
        "status": "occurred",
        "summary": "Kenyan President William Ruto visited Hanoi and met Luong Cuong.",
        "participants": participants,
    }
    return Draft.model_validate({"language": "en", "visits": [visit]})


def test_the_host_country_given_to_the_guest_is_null() -> None:
    """Ruto as VNM with title "Kenyan President": null, a warning, a re-ask; the host's VNM
    stands; the visit keeps its codes."""
    draft = _draft([
        {"role": "visitor", "kind": "person", "name": "William Ruto", "country": "VNM",
         "title": "Kenyan President"},
        {"role": "host", "kind": "person", "name": "Luong Cuong", "country": "VNM",
         "title": "Vietnamese President"},
    ])  # fmt: skip
    article = Article(id=Article.id_for(TEXT), text=TEXT, language="en", published="2025-06-12")
    (visit,), warnings = build_visits(draft, article)
    assert [p.country for p in visit.participants] == [None, "VNM"]
    assert visit.codes.cameo == ["042", "043"]
    assert warnings == [
        "visits[0].participants[0].country: 'VNM' is none of the countries its name, title "
        "or organisation names, or the words before its name in the article (KEN); set to null"
    ]
    (problem,) = find_problems(draft, TEXT, language="en")
    assert problem.startswith(
        "visits[0].participants[0].country = 'VNM', but the article calls it KEN (its name, "
        "title or the words before its name)."
    )


def test_a_demonym_in_the_name_itself_counts() -> None:
    """The name "Kenyan President William Ruto" with the country "Vietnam" (read as VNM)."""
    draft = _draft([{"role": "visitor", "kind": "person",
                     "name": "Kenyan President William Ruto", "country": "Vietnam"}])  # fmt: skip
    article = Article(id=Article.id_for(TEXT), text=TEXT, language="en")
    (visit,), _ = build_visits(draft, article)
    assert visit.participants[0].country is None
