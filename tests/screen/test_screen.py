"""visitx.screen: generous to visit reports in every language, rejects general news."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import visitx
from visitx.screening.cues import CUE_LANGUAGES

from conftest import ARTICLES, CLUSTERS

SETS = Path(__file__).resolve().parents[1] / "fixtures" / "screen"


def rows(name: str) -> list[dict[str, str]]:
    lines = (SETS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def gold_texts(root: Path) -> list[tuple[str, str]]:
    out = []
    for line in (root / "index.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        out.append((entry["id"], (root / entry["path"]).read_text(encoding="utf-8")))
    return out


def test_a_visit_in_one_sentence_deep_in_the_text_is_kept() -> None:
    """A budget story with one sentence about a foreign delegation is relevant."""
    body = (
        "The council approved the budget on Tuesday. Parking fees rise in March. "
        "Schools get four percent more. Trains will run later on weekends. "
    )
    visit = "On Monday the mayor also received a delegation from Lublin, Poland."
    assert not visitx.screen(body).relevant
    assert visitx.screen(body + visit).relevant


def test_general_news_is_ruled_out() -> None:
    """A weather report has no cue and is not relevant."""
    found = visitx.screen("Heavy rain on Sunday, with highs of 12 degrees and strong winds.")
    assert not found.relevant


def test_a_weak_cue_needs_a_title_or_a_country() -> None:
    """'met' alone is not enough; 'met' with a demonym is."""
    assert not visitx.screen("The club met its target of ten wins this season.").relevant
    assert visitx.screen("The club met Kazakh officials this season.").relevant


def test_turkish_suffixes_match_by_the_stem() -> None:
    """'heyetini' and 'görüştü' are found through the stems heyet and görüş."""
    found = visitx.screen("Vali, Özbek heyetini kabul etti ve görüştü.")
    assert found.relevant
    assert "heyet" in found.cues


def test_arabic_clitics_are_stripped() -> None:
    """'والوفد' (and the delegation) is found as 'وفد'."""
    assert visitx.screen("والوفد المرافق له صباح اليوم").cues[0] == "وفد"


def test_persian_with_zwnj_and_arabic_letters() -> None:
    """Persian written with Arabic ي/ك and a ZWNJ still finds 'هیئت'."""
    assert visitx.screen("استاندار با هيئت\u200cهای تجاری ديدار كرد").relevant


def test_the_title_is_screened_with_the_text() -> None:
    """A cue only in the headline counts."""
    assert visitx.screen("Rain again.", title="Minister visits Tashkent").relevant


def test_every_supported_language_has_a_cue_file_with_three_sections() -> None:
    """tables/cues/<lang>.txt exists for the 14 languages, each with strong, weak, title."""
    from visitx.core.datafiles import read_text

    assert len(CUE_LANGUAGES) == 14
    for language in CUE_LANGUAGES:
        text = read_text(f"cues/{language}.txt")
        for section in ("## strong", "## weak", "## title"):
            assert section in text, (language, section)


@pytest.mark.parametrize("root", [ARTICLES, CLUSTERS], ids=["gold", "clusters"])
def test_every_gold_article_that_reports_a_visit_is_kept(root: Path) -> None:
    """The gold and cluster sets' visit reports all pass the screen."""
    gold = {}
    if root == ARTICLES:
        for line in (ARTICLES / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            gold[record["article"]["id"]] = bool(record["visits"])
    missed = [
        stem
        for stem, text in gold_texts(root)
        if gold.get(visitx.ArticleRecord.id_for(text), True)
        and not visitx.screen(text).relevant
    ]
    assert missed == []


def test_written_visit_reports_are_kept_in_every_language() -> None:
    """At least 98% of the written visit reports (passing mentions too) are kept."""
    written = rows("visits")
    assert {row["language"] for row in written} == set(CUE_LANGUAGES)
    kept = [visitx.screen(row["text"], language=row["language"]).relevant for row in written]
    assert sum(kept) / len(kept) >= 0.98


def test_at_least_60_percent_of_general_news_is_rejected() -> None:
    """The general-news set is mostly ruled out."""
    general = rows("general")
    rejected = [
        not visitx.screen(row["text"], language=row["language"]).relevant for row in general
    ]
    assert sum(rejected) / len(rejected) >= 0.60


def test_the_shipped_country_table_is_current() -> None:
    """tables/cues/countries.txt is what `python -m visitx.screening.build` writes today."""
    from visitx.core.datafiles import read_text
    from visitx.screening.build import country_table

    assert read_text("cues/countries.txt") == country_table()


def test_no_one_word_country_form_starts_with_another() -> None:
    """The table lists no form that a shorter listed form starts (matched by word start,
    the shorter one answers first): `turk` stands for Türkler, Türkiye and türkische."""
    from visitx.core.datafiles import read_text

    table = read_text("cues/countries.txt")
    words = table.split("## words\n", 1)[1].split("\n## ", 1)[0].splitlines()
    forms = {line.split(" ", 1)[1] for line in words}
    assert {"turk", "rusya", "franzose"} <= forms
    assert not {"turkler", "turkiye", "rusyalilar", "franzosen"} & forms
    shadowed = [f for f in forms if any(f[:end] in forms for end in range(4, len(f)))]
    assert shadowed == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Rusyalılar ile görüştü.", "RU"),  # rusya (CLDR's Turkish name, alpha-2 RU)
        ("Türklerle görüştü.", "TUR"),  # turk (tables/country_demonyms.txt, tr)
        ("Die Franzosen haben unterzeichnet.", "FRA"),  # franzose (de)
        ("ایرانیان امضا کردند.", "IR"),  # ایران (CLDR's Persian name)
    ],
)
def test_plurals_are_read_by_the_stem_of_their_people(text: str, country: str) -> None:
    """A people's plural the table no longer lists is read by the shorter form it starts
    with, and the weak cue with it keeps the article."""
    found = visitx.screen(text)
    assert found.relevant
    assert country in found.cues
