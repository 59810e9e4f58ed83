"""Photo captions, credit lines and notes about the article are no sentences of the story
(`visitx.record.captions`). The articles are drafts round 10's f01, f03, f06 and f07
(`bench/drafts_round10_cases.json`, written blind); the other lines were written here,
each labelled by hand.
"""

from __future__ import annotations

from typing import Any

import pytest

from visitx.core.models import Article, Visit
from visitx.record.build import build_visits
from visitx.record.captions import line_kind
from visitx.record.draft import Draft


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Japanese Prime Minister Fumio Kishida is greeted by Philippine Foreign Secretary "
         "Enrique Manalo upon arrival in Pasay, November 3, 2023. REUTERS/Eloisa Lopez", "caption"),
        ("FILE PHOTO: Chinese Premier Li Qiang and German Chancellor Olaf Scholz attend a news "
         "conference in Berlin, Germany, June 20, 2023. REUTERS/Lisi Niesner/File Photo",
         "caption"),
        ("Macron (L) and Tusk shake hands in Warsaw on May 9, 2025. (Photo by Wojtek "
         "Radwanski / AFP)", "caption"),
        ("Scholz and Biden at the White House in March 2023. (AP Photo/Evan Vucci)", "caption"),
        ("Erdoğan und Putin in Sotschi. EPA-EFE/STR", "caption"),
        ("Foto: Bundeskanzler Scholz empfängt Präsident Macron im Kanzleramt.", "caption"),
        ("صورة: الرئيس السيسي يستقبل رئيس وزراء اليونان في القاهرة.", "caption"),
        ("(Reporting by Humeyra Pamuk; Editing by Daniel Wallis.)", "credit line"),
        ("Additional reporting by Andrea Shalal in Washington; writing by Simon Lewis.",
         "credit line"),
        ("Correction: An earlier version of this article misstated the title of S. Jaishankar.",
         "note"),
        ("Berichtigung: In einer früheren Fassung stand ein falscher Titel.", "note"),
        # sentences of the story
        ("Blinken met Fidan in Ankara on Saturday, officials said.", None),
        ("Leaders discussed the US/UK deal.", None),  # a slash between two codes
        ("The visit was covered by Reuters/Ipsos polls.", None),  # lower case after the name
        ("Macron met Tusk, AFP reported.", None),
        ("The talks went on late, the ministry said. (AFP/Reuters)", None),  # a story's credit
        ("Picture this: a summit without a communiqué.", None),  # a word between label and colon
        ("Photographers waited as Blinken arrived in Ankara.", None),
    ],
)
def test_line_kind(line: str, kind: str | None) -> None:
    assert line_kind(line) == kind


def _person(name: str, role: str, country: str) -> dict[str, Any]:
    return {"role": role, "kind": "person", "name": name, "country": country}


def _build(text: str, published: str, evidence: str, people: list[dict[str, Any]]) -> tuple[
    Visit, list[str]
]:
    draft = Draft.model_validate({"language": "en", "visits": [{
        "type": "visit", "status": "occurred", "summary": "The two officials held talks.",
        "evidence": [evidence], "participants": people,
    }]})
    article = Article(id=Article.id_for(text), text=text, language="en", published=published)
    (visit,), warnings = build_visits(draft, article)
    return visit, warnings


F03 = (
    "China, Germany stocks slip as trade worries mount\n\nFRANKFURT, June 21 (Reuters) - "
    "European shares fell on Wednesday as investors weighed the risk of new tariffs, with "
    "carmakers leading losses.\n\nFILE PHOTO: Chinese Premier Li Qiang and German Chancellor "
    "Olaf Scholz attend a news conference at the Chancellery in Berlin, Germany, June 20, "
    "2023. REUTERS/Lisi Niesner/File Photo\n\nThe STOXX 600 index closed down 0.6%, its third "
    "straight daily decline."
)


def test_a_visit_told_only_in_a_photo_caption_is_not_coded() -> None:
    # f03: the caption ends with a full stop before its credit.
    caption = F03.split("FILE PHOTO: ")[1].split(" REUTERS/", maxsplit=1)[0]
    visit, warnings = _build(F03, "2023-06-21", "FILE PHOTO: " + caption, [
        _person("Li Qiang", "visitor", "CHN"), _person("Olaf Scholz", "host", "DEU"),
    ])
    assert visit.codes.cameo == []
    assert any("a caption, not a sentence of the story" in w for w in warnings)


F07 = (
    "Blinken, Fidan discuss Gaza in Ankara\n\nANKARA, Jan 6 (Reuters) - U.S. Secretary of "
    "State Antony Blinken met Turkish Foreign Minister Hakan Fidan in Ankara on Saturday to "
    "discuss the war in Gaza, officials said.\n\nThe two also discussed Sweden's bid to join "
    "NATO.\n\n(Reporting by Humeyra Pamuk; Editing by Daniel Wallis.)"
)
F06 = (
    "Wang Yi, Doval hold border talks in Beijing\n\nBEIJING — Chinese Foreign Minister Wang Yi "
    "held talks with Indian National Security Adviser Ajit Doval in Beijing on Wednesday, the "
    "first such meeting in five years.\n\nThe two sides agreed to resume the Kailash "
    "Mansarovar pilgrimage.\n\nCorrection: An earlier version of this article misstated the "
    "title of Indian External Affairs Minister S. Jaishankar."
)
F01 = (
    "Japan's Kishida meets Philippine leader in Manila\n\nMANILA, Nov 3 (Reuters) - Japanese "
    "Prime Minister Fumio Kishida held talks with Philippine President Ferdinand Marcos Jr. in "
    "Manila on Friday, agreeing to start negotiations on a defence pact.\n\nJapanese Prime "
    "Minister Fumio Kishida is greeted by Philippine Foreign Secretary Enrique Manalo upon "
    "arrival at Villamor Air Base in Pasay, Metro Manila, Philippines, November 3, 2023. "
    "REUTERS/Eloisa Lopez\n\nThe two leaders also discussed maritime security in the South "
    "China Sea, officials said."
)


@pytest.mark.parametrize(
    ("text", "published", "named", "outsider", "countries"),
    [
        (F07, "2024-01-06", "Antony Blinken", "Daniel Wallis", ("USA", "TUR")),  # f07: editor
        (F06, "2024-12-18", "Wang Yi", "S. Jaishankar", ("CHN", "IND")),  # f06: a correction
        (F01, "2023-11-03", "Fumio Kishida", "Enrique Manalo", ("JPN", "PHL")),  # f01: caption
    ],
)
def test_a_name_only_in_a_caption_credit_or_note_is_no_party(
    text: str, published: str, named: str, outsider: str, countries: tuple[str, str]
) -> None:
    evidence = next(s for s in text.split("\n") if (named in s and "(Reuters) - " in s)
                    or s.startswith("BEIJING"))
    evidence = evidence.split(" - ", 1)[-1].split(" — ", 1)[-1]
    visit, warnings = _build(text, published, evidence, [
        _person(named, "visitor", countries[0]), _person(outsider, "host", countries[1]),
    ])
    assert visit.codes.cameo == ["042", "043"]  # the visitor named in the lead keeps them
    assert [w for w in warnings if outsider in w] == [
        f"visits[0]: participant {outsider!r} is named only in the byline, a heading or a "
        "caption, not a party of the visit"
    ]
