"""`evaluate()`, its alignment and metrics, and the `visitx eval` command."""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from visitx import Settings
from visitx.analysis.align import (
    MIN_SIMILARITY,
    Counts,
    names_match,
    participants_match,
    visit_similarity,
)
from visitx.analysis.assignment import assign
from visitx.analysis.evaluate import METRICS, EvalReport, compare, evaluate, load_records
from visitx.batch import engine
from visitx.cli.evaluate import eval_command, predict, report_view
from visitx.core.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Article,
    DateValue,
    ErrorInfo,
    Extraction,
    Kind,
    Participant,
    Place,
    Role,
    Sector,
    Span,
    Topic,
    Visit,
    VisitStatus,
    VisitType,
)

from conftest import Provider

GOLD_FILE = Path(__file__).resolve().parents[2] / "examples" / "articles" / "gold.jsonl"

S1 = "Minister Ali Demir of Turkey visited Tehran on 7 April 2023."
S2 = "He met Foreign Minister Reza Karimi and they signed a memorandum of understanding."
S3 = "Demir invited Karimi to visit Ankara in May 2023."
TEXT = f"{S1} {S2} {S3}"


def span(quote: str, text: str = TEXT) -> Span:
    start = text.index(quote)
    return Span(text=quote, start=start, end=start + len(quote), match="exact")


def person(name: str, role: Role, country: str | None, name_en: str | None = None) -> Participant:
    return Participant(
        role=role,
        kind=Kind.PERSON,
        name=span(name),
        name_en=name_en or name,
        country=country,
        sector=Sector.GOVERNMENT,
    )


def gold_record() -> Extraction:
    """One article, two visits: Demir in Tehran (day date, an MoU), Karimi invited (month)."""
    article = Article(id=Article.id_for(TEXT), text=TEXT, language="en")
    prefix = article.id[7:19]
    tehran = Visit(
        id=f"{prefix}-0",
        type=VisitType.VISIT,
        status=VisitStatus.OCCURRED,
        summary="Ali Demir visited Reza Karimi in Tehran.",
        participants=[
            person("Ali Demir", Role.VISITOR, "TUR"),
            person("Reza Karimi", Role.HOST, "IRN"),
        ],
        location=Place(name=span("Tehran"), name_en="Tehran", city="Tehran", country="IRN"),
        date=DateValue(
            text=span("7 April 2023"), start="2023-04-07", end="2023-04-07", precision="day"
        ),
        topics=[Topic.TRADE, Topic.ENERGY],
        agreements=[
            Agreement(
                kind=AgreementKind.MOU,
                text=span("memorandum of understanding"),
                status=AgreementStatus.SIGNED,
            )
        ],
        evidence=[span(S1), span(S2)],
        grounded=True,
    )
    ankara = Visit(
        id=f"{prefix}-1",
        type=VisitType.VISIT,
        status=VisitStatus.INVITED,
        summary="Demir invited Karimi to visit Ankara.",
        participants=[
            person("Karimi", Role.VISITOR, "IRN", name_en="Reza Karimi"),
            person("Demir", Role.HOST, "TUR", name_en="Ali Demir"),
        ],
        location=Place(name=span("Ankara"), name_en="Ankara", city="Ankara", country="TUR"),
        date=DateValue(
            text=span("May 2023"), start="2023-05-01", end="2023-05-31", precision="month"
        ),
        topics=[Topic.DIPLOMACY],
        evidence=[span(S3)],
        grounded=True,
    )
    return Extraction(article=article, visits=[tehran, ankara])


def other_record() -> Extraction:
    """A second article (Turkish), with no visit."""
    text = "Türkiye'nin ihracatı mart ayında yüzde 5 arttı."
    return Extraction(article=Article(id=Article.id_for(text), text=text, language="tr"))


def extra_visit() -> Visit:
    """A visit that has nothing in common with the gold ones."""
    return Visit(
        id="x-9",
        type=VisitType.REMOTE,
        status=VisitStatus.PLANNED,
        summary="A call nobody reported.",
        participants=[
            Participant(
                role=Role.PARTICIPANT, kind=Kind.PERSON, name=Span(text="Li Wei"), country="CHN"
            )
        ],
        location=Place(name=Span(text="Beijing"), city="Beijing", country="CHN"),
        date=DateValue(start="2021-01-01", end="2021-01-01", precision="day"),
        evidence=[Span(text="Li Wei called.")],
    )


def counts(report: EvalReport) -> dict[str, tuple[int, int, int]]:
    return {m: (c.tp, c.fp, c.fn) for m, c in report.micro.items()}


def delta(gold: list[Extraction], pred: list[Extraction]) -> dict[str, tuple[int, int, int]]:
    """Per-metric (tp, fp, fn) changes from scoring gold against itself, zeros left out."""
    base, got = counts(evaluate(gold, gold)), counts(evaluate(gold, pred))
    diff = {m: tuple(b - a for a, b in zip(base[m], got[m], strict=True)) for m in METRICS}
    return {m: d for m, d in diff.items() if any(d)}  # type: ignore[misc]


# -- identity ------------------------------------------------------------------------------


def test_gold_against_itself_scores_one_everywhere() -> None:
    """evaluate(gold, gold) is 1.0 for every metric: micro, macro and every language."""
    gold = load_records(GOLD_FILE)
    assert len(gold) >= 5
    report = evaluate(gold, gold)
    for metric, c in report.micro.items():
        assert (c.precision, c.recall, c.f1, c.fp, c.fn) == (1.0, 1.0, 1.0, 0, 0), metric
    assert set(report.macro) == set(METRICS)
    assert all(value == 1.0 for value in report.macro.values())
    assert len(report.by_language) >= 3
    for language, group in report.by_language.items():
        assert all(c.f1 == 1.0 for c in group.micro.values()), language
    assert report.worst == report.errors == []
    assert report.missing == report.unknown == []


def test_gold_file_is_fully_grounded() -> None:
    """Every gold visit is grounded and every gold date was read."""
    for record in load_records(GOLD_FILE):
        for visit in record.visits:
            assert visit.grounded, visit.id
            assert visit.date is None or visit.date.start is not None, visit.id


@pytest.mark.parametrize(
    ("tp_fp_fn", "expected"),
    [
        ((0, 0, 0), (1.0, 1.0, 1.0)),
        ((2, 0, 0), (1.0, 1.0, 1.0)),
        ((1, 1, 0), (0.5, 1.0, 2 / 3)),
        ((1, 0, 1), (1.0, 0.5, 2 / 3)),
        ((0, 1, 0), (0.0, 0.0, 0.0)),
        ((0, 0, 1), (0.0, 0.0, 0.0)),
    ],
)
def test_counts_precision_recall_f1(
    tp_fp_fn: tuple[int, int, int], expected: tuple[float, float, float]
) -> None:
    """P/R/F1 from counts; 1.0 when there was nothing to find and nothing was found."""
    tp, fp, fn = tp_fp_fn
    c = Counts(tp=tp, fp=fp, fn=fn)
    assert (c.precision, c.recall, c.f1) == pytest.approx(expected)


# -- perturbations -------------------------------------------------------------------------


def _wrong_country(record: Extraction) -> None:
    record.visits[0].participants[0].country = "AZE"


def _drop_visit(record: Extraction) -> None:
    del record.visits[1]


def _add_visit(record: Extraction) -> None:
    record.visits.append(extra_visit())


def _swap_roles(record: Extraction) -> None:
    visitor, host = record.visits[0].participants
    visitor.role, host.role = Role.HOST, Role.VISITOR


def _add_topic(record: Extraction) -> None:
    record.visits[0].topics.append(Topic.HEALTH)


S3_CHARS = len(S3)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_wrong_country, {"participant_country": (-1, 1, 1)}),
        (
            _drop_visit,
            {
                "visit": (-1, 0, 1),
                # the dropped visit's fields are no longer compared: their tp go, nothing else
                "type": (-1, 0, 0),
                "status": (-1, 0, 0),
                "participant": (-2, 0, 0),
                "participant_role": (-2, 0, 0),
                "participant_country": (-2, 0, 0),
                "participant_sector": (-2, 0, 0),
                "location_country": (-1, 0, 0),
                "location_city": (-1, 0, 0),
                "date_exact": (-1, 0, 0),
                "date_precision": (-1, 0, 0),
                "topic": (-1, 0, 0),
                "evidence": (-S3_CHARS, 0, 0),
            },
        ),
        (_add_visit, {"visit": (0, 1, 0)}),
        (_swap_roles, {"participant_role": (-2, 2, 2)}),
        (_add_topic, {"topic": (0, 1, 0)}),
    ],
    ids=["wrong-country", "missing-visit", "extra-visit", "swapped-roles", "added-topic"],
)
def test_perturbation_changes_exactly_its_counts(
    change: Callable[[Extraction], None], expected: dict[str, tuple[int, int, int]]
) -> None:
    """A hand-made change to a copy of gold moves exactly the counts it should."""
    gold = gold_record()
    pred = gold.model_copy(deep=True)
    change(pred)
    assert delta([gold], [pred]) == expected


@pytest.mark.parametrize(
    ("precision", "gold_period", "pred_period", "within_precision"),
    [
        ("day", ("2023-05-10", "2023-05-10"), ("2023-05-11", "2023-05-11"), False),
        ("month", ("2023-05-01", "2023-05-31"), ("2023-05-02", "2023-05-31"), True),
        ("year", ("2023-01-01", "2023-12-31"), ("2023-01-01", "2023-12-30"), True),
    ],
)
def test_date_off_by_one_day(
    precision: str,
    gold_period: tuple[str, str],
    pred_period: tuple[str, str],
    within_precision: bool,
) -> None:
    """A date one day off is never exact; it is right at month or year precision only."""
    gold = gold_record()
    date = gold.visits[1].date
    assert date is not None
    gold.visits[1].date = date.model_copy(
        update={"start": gold_period[0], "end": gold_period[1], "precision": precision}
    )
    pred = gold.model_copy(deep=True)
    gold_date = gold.visits[1].date
    assert gold_date is not None
    pred.visits[1].date = gold_date.model_copy(
        update={"start": pred_period[0], "end": pred_period[1]}
    )
    expected = {"date_exact": (-1, 1, 1)}
    if not within_precision:
        expected["date_precision"] = (-1, 1, 1)
    assert delta([gold], [pred]) == expected


def test_worst_article_says_why() -> None:
    """The worst list names the article and its errors in one line."""
    gold = gold_record()
    pred = gold.model_copy(deep=True)
    del pred.visits[1]
    pred.visits.append(extra_visit())
    report = evaluate([gold, other_record()], [pred, other_record()])
    assert [w.id for w in report.worst] == [gold.article.id]
    assert report.worst[0].language == "en"
    assert report.worst[0].reason == "1 missed visit; 1 extra visit"


# -- alignment -----------------------------------------------------------------------------


def test_alignment_ignores_order() -> None:
    """Two predicted visits in the other order are both matched to the right gold visit."""
    gold = gold_record()
    pred = gold.model_copy(deep=True)
    pred.visits.reverse()
    report = evaluate([gold], [pred])
    assert report.per_article[0].pairs == [(0, 1, 1.0), (1, 0, 1.0)]
    assert all(c.f1 == 1.0 for c in report.micro.values())


def test_assignment_is_optimal_not_greedy() -> None:
    """The best single pair is given up when two good pairs score more."""
    similarity = [[0.9, 0.8], [0.85, 0.1]]
    assert assign(similarity, MIN_SIMILARITY) == [(0, 1), (1, 0)]


def test_assignment_leaves_weak_pairs_unmatched() -> None:
    """Pairs below the threshold are never returned."""
    assert assign([[0.3, 0.1], [0.2, 0.95]], MIN_SIMILARITY) == [(1, 1)]
    assert assign([], MIN_SIMILARITY) == []
    assert assign([[]], MIN_SIMILARITY) == []


def test_assignment_matches_brute_force() -> None:
    """On random rectangular matrices the total equals the best over all assignments."""
    rng = random.Random(7)
    for _ in range(200):
        rows, cols = rng.randint(1, 5), rng.randint(1, 5)
        sim = [[round(rng.random(), 2) for _ in range(cols)] for _ in range(rows)]
        got = sum(sim[i][j] for i, j in assign(sim, MIN_SIMILARITY))
        best = 0.0
        for perm in itertools.permutations(range(max(rows, cols)), rows):
            total = sum(
                sim[i][j] for i, j in enumerate(perm) if j < cols and sim[i][j] >= MIN_SIMILARITY
            )
            best = max(best, total)
        assert got == pytest.approx(best), sim


def test_unrelated_visit_is_below_threshold() -> None:
    """A visit with other people, place and date does not match a gold visit."""
    assert visit_similarity(gold_record().visits[0], extra_visit()) < MIN_SIMILARITY


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Ali Demir", "ali  demir", True),
        ("Masashi Inove", "Masashi Inoue", True),
        ("اسدالله عباسی", "اسدالله عباسي", True),
        ("Ali Demir", "Reza Karimi", False),
        ("Ali Demir", None, False),
        ("", "", False),
    ],
)
def test_names_match(a: str | None, b: str | None, same: bool) -> None:
    """Names match when equal after normalization or close (fuzz.ratio >= 85)."""
    assert names_match(a, b) is same


def test_participants_match_through_name_en() -> None:
    """A verbatim name in another script matches through `name_en`."""
    gold = Participant(
        role=Role.HOST, kind=Kind.PERSON, name=Span(text="ایگور بابوشکین"), name_en="Igor Babushkin"
    )
    pred = Participant(role=Role.HOST, kind=Kind.PERSON, name=Span(text="Igor Babuschkin"))
    assert participants_match(gold, pred)


# -- missing, failed and unknown articles --------------------------------------------------


def test_error_article_counts_as_empty() -> None:
    """A prediction with `error` set scores as no visits, and is listed."""
    gold = gold_record()
    failed = gold.model_copy(deep=True)  # visits kept: they must be ignored
    failed.error = ErrorInfo(type="ProviderError", message="HTTP 500")
    report = evaluate([gold], [failed])
    assert counts(report)["visit"] == (0, 0, 2)
    assert [e.id for e in report.errors] == [gold.article.id]
    assert report.errors[0].error == failed.error
    assert report.worst[0].reason.startswith("error: ProviderError; 2 missed visits")


def test_missing_and_unknown_articles_are_listed() -> None:
    """A gold article with no prediction is all misses; a stray prediction is ignored."""
    gold, stray = gold_record(), other_record()
    report = evaluate([gold], [stray])
    assert counts(report)["visit"] == (0, 0, 2)
    assert report.missing == [gold.article.id]
    assert report.unknown == [stray.article.id]


def test_macro_and_language_breakdown() -> None:
    """Macro averages per article; languages are counted apart."""
    gold = [gold_record(), other_record()]
    pred = [gold[0].model_copy(deep=True), other_record()]
    del pred[0].visits[1]
    report = evaluate(gold, pred)
    assert report.micro["visit"].f1 == pytest.approx(2 / 3)
    assert report.macro["visit"] == pytest.approx((2 / 3 + 1.0) / 2)
    assert report.macro_articles["visit"] == 2
    assert report.macro_articles["participant"] == 1  # the Turkish article has none
    assert report.by_language["en"].micro["visit"].f1 == pytest.approx(2 / 3)
    assert report.by_language["tr"].micro["visit"].f1 == 1.0
    assert report.by_language["tr"].articles == 1


# -- files and reports ---------------------------------------------------------------------


def write_jsonl(path: Path, records: list[Extraction]) -> Path:
    path.write_text("".join(r.model_dump_json() + "\n" for r in records), encoding="utf-8")
    return path


def test_jsonl_paths_are_accepted(tmp_path: Path) -> None:
    """Paths (str or Path) to JSONL files score like the records themselves."""
    gold = [gold_record(), other_record()]
    pred = [gold[0].model_copy(deep=True)]
    pred[0].visits.append(extra_visit())
    gold_path = write_jsonl(tmp_path / "gold.jsonl", gold)
    pred_path = write_jsonl(tmp_path / "pred.jsonl", pred)
    from_files = evaluate(str(gold_path), pred_path)
    assert from_files.model_dump() == evaluate(gold, pred).model_dump()


def test_report_round_trips_through_json() -> None:
    """A report read back from its JSON compares equal to itself."""
    gold = gold_record()
    report = evaluate([gold], [gold])
    again = EvalReport.model_validate_json(report.model_dump_json())
    assert again.micro == report.micro
    assert compare(report, again).changed() == []


def test_compare_shows_what_changed() -> None:
    """`compare` reports the drop in visit F1 from a perfect run to one with a miss."""
    gold = gold_record()
    pred = gold.model_copy(deep=True)
    del pred.visits[1]
    diff = compare(evaluate([gold], [gold]), evaluate([gold], [pred]))
    changes = {(c.scope, c.metric, c.measure): c for c in diff.changed()}
    visit = changes["micro", "visit", "f1"]
    assert visit.a == 1.0
    assert visit.b == pytest.approx(2 / 3)
    assert visit.delta == pytest.approx(-1 / 3, abs=1e-6)
    assert ("micro", "participant", "f1") not in changes


def test_report_renders_as_rich_tables() -> None:
    """`visitx eval`'s view renders the metrics, languages and worst articles."""
    from rich.console import Console

    gold = gold_record()
    pred = gold.model_copy(deep=True)
    del pred.visits[1]
    console = Console(record=True, width=120)
    console.print(report_view(evaluate([gold], [pred])))
    text = console.export_text()
    assert "visit detection" in text
    assert "Per language" in text
    assert "1 missed visit" in text


def test_report_shows_as_plain_text(capsys: pytest.CaptureFixture[str]) -> None:
    """`EvalReport.show()` prints the numbers without the command line's table library."""
    gold = gold_record()
    pred = gold.model_copy(deep=True)
    del pred.visits[1]
    evaluate([gold], [pred]).show()
    text = capsys.readouterr().out
    assert "2 gold visit(s), 1 predicted" in text
    visit_line = next(line for line in text.splitlines() if line.startswith("visit detection"))
    assert visit_line.split()[2:5] == ["1", "0", "1"]  # tp fp fn
    assert "1 missed visit" in text


# -- the command ---------------------------------------------------------------------------


def test_cli_scores_files_and_writes_json(tmp_path: Path) -> None:
    """`eval GOLD PRED --json out` runs offline; the JSON's visit F1 is evaluate's."""
    gold = [gold_record(), other_record()]
    pred = [gold[0].model_copy(deep=True)]
    del pred[0].visits[1]
    gold_path = write_jsonl(tmp_path / "gold.jsonl", gold)
    pred_path = write_jsonl(tmp_path / "pred.jsonl", pred)
    out = tmp_path / "out.json"
    result = CliRunner().invoke(eval_command, [str(gold_path), str(pred_path), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "visit detection" in result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["micro"]["visit"]["f1"] == evaluate(gold, pred).micro["visit"].f1
    assert data["micro"]["visit"]["f1"] < 1.0


def test_cli_compare_shows_a_difference(tmp_path: Path) -> None:
    """`eval --compare A B` needs no GOLD and prints the metrics that moved."""
    gold = gold_record()
    pred = gold.model_copy(deep=True)
    del pred.visits[1]
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(evaluate([gold], [gold]).model_dump_json(), encoding="utf-8")
    b.write_text(evaluate([gold], [pred]).model_dump_json(), encoding="utf-8")
    result = CliRunner().invoke(eval_command, ["--compare", str(a), str(b)])
    assert result.exit_code == 0, result.output
    assert "visit detection" in result.output
    assert "-0.333" in result.output
    same = CliRunner().invoke(eval_command, ["--compare", str(a), str(a)])
    assert "No differences" in same.output


def test_cli_without_pred_and_key_fails_in_one_line(tmp_path: Path) -> None:
    """Without PRED and without a key the command stops with the ConfigurationError line."""
    gold_path = write_jsonl(tmp_path / "gold.jsonl", [gold_record()])
    result = CliRunner().invoke(eval_command, [str(gold_path)])
    assert result.exit_code != 0
    assert isinstance(result.exception, SystemExit)
    assert "No API key found" in result.output
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.jsonl", "pred.jsonl"], "Cannot read"),
        ([], "Give GOLD"),
        (["--compare", "a.json", "b.json"], "Cannot read"),
    ],
)
def test_cli_input_errors_are_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    """Unreadable files and a missing GOLD end with a one-line message, not a traceback."""
    result = CliRunner().invoke(eval_command, [str(tmp_path / a) if "." in a else a for a in args])
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output


def _fake_extract_many(failing: str, seen: list[dict[str, object]]) -> Callable[..., object]:
    """A `visitx.extract_many` answering with the gold records, with one article failing."""
    records = {r.article.text: r for r in (gold_record(), other_record())}

    def extract_many(articles: list[dict[str, object]], **kwargs: object) -> list[Extraction]:
        seen.extend(articles)
        out = []
        for item in articles:
            record = records[str(item["text"])].model_copy(deep=True)
            if item["text"] == failing:
                record.visits = []
                record.error = ErrorInfo(type="ProviderError", message="HTTP 500: boom.")
            out.append(record)
        return out

    return extract_many


def test_predict_passes_the_gold_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    """Gold articles go to `extract_many` with their metadata; failures come back as records."""
    gold, other = gold_record(), other_record()
    seen: list[dict[str, object]] = []
    monkeypatch.setattr(engine, "extract_many", _fake_extract_many(gold.article.text, seen))
    results = predict([gold, other], Settings(base_url="http://local.invalid/v1"))
    assert [r.article.id for r in results] == [gold.article.id, other.article.id]
    assert results[0].error is not None
    assert results[1].error is None
    assert seen[0]["language"] == "en"
    assert seen[0]["text"] == TEXT


def test_cli_without_pred_extracts_and_scores(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Without PRED the gold articles are extracted, and a failed one is reported."""
    gold, other = gold_record(), other_record()
    monkeypatch.setattr(engine, "extract_many", _fake_extract_many(other.article.text, []))
    gold_path = write_jsonl(tmp_path / "gold.jsonl", [gold, other])
    result = CliRunner().invoke(
        eval_command, [str(gold_path), "--base-url", "http://local.invalid/v1"]
    )
    assert result.exit_code == 0, result.output
    assert "Extracted 1, failed 1." in result.output
    assert "ProviderError: HTTP 500: boom." in result.output


def test_gold_file_is_up_to_date() -> None:
    """gold.jsonl is what make_gold.py builds from the reference drafts today."""
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "examples" / "articles" / "make_gold.py"
    run = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.vcr
def test_cli_extracts_the_gold_set_offline_and_scores_it(
    provider: Provider, provider_env: Path, tmp_path: Path
) -> None:
    """`visitx eval GOLD` extracts all 34 gold articles (replayed) and scores them."""
    gold = Path(__file__).resolve().parents[2] / "examples" / "articles" / "gold.jsonl"
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(eval_command, [str(gold), "--json", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text("utf-8"))
    assert report["articles"] == 34
    if not provider.live:
        # The reference answers are the gold drafts: every visit is found and matched.
        for metric in ("visit", "participant", "participant_country", "location_country"):
            counts = report["micro"][metric]
            assert (counts["fp"], counts["fn"]) == (0, 0), metric
            assert counts["tp"] > 0
