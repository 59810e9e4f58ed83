"""Documentation a user can run: to_frame's example, help() on the data model, every
docstring example of the package."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import pydoc
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import visitx
from visitx.cli.main import main

MODELS = [
    visitx.Extraction,
    visitx.ArticleRecord,
    visitx.Visit,
    visitx.Participant,
    visitx.Place,
    visitx.DateValue,
    visitx.Agreement,
    visitx.Span,
    visitx.Codes,
    visitx.Meta,
    visitx.Usage,
    visitx.ErrorInfo,
]


def test_to_frame_example_runs_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The docstring's two lines, on the demo's records, count visits per host country."""
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["demo", "-o", "visits.jsonl"]).exit_code == 0
    doc = visitx.to_frame.__doc__ or ""
    lines = [re.sub(r"\s*# doctest:.*$", "", m) for m in re.findall(r">>> (.*)", doc)]
    namespace: dict[str, object] = {
        "to_frame": visitx.to_frame, "read_results": visitx.read_results
    }
    exec("\n".join(lines[:-1]), namespace)
    counts = eval(lines[-1], namespace)
    # The seeds (examples/articles/seeds/README.md): Rwandans, JICA and four stops in
    # Turkey; Astrakhan's governor in Gilan and the invitation back; a Turkmen in Seoul.
    assert counts.to_dict() == {"IRN": 1, "KOR": 1, "RUS": 1, "TUR": 6}


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_field_of_the_data_model_is_described(model: type[visitx.Extraction]) -> None:
    """Each public record class has a docstring and a description for every field."""
    assert model.__doc__
    assert [n for n, f in model.model_fields.items() if not f.description] == []


def test_help_shows_the_field_descriptions() -> None:
    """help(visitx.Participant) lists the fields with what they mean."""
    text = pydoc.render_doc(visitx.Participant, renderer=pydoc.plaintext)
    assert "Attributes:" in text
    assert "country: ISO 3166-1 alpha-3 code" in text


def test_every_docstring_example_runs_as_written() -> None:
    """Each `>>>` example in visitx's docstrings gives the output it shows (those that need a
    provider or a file say `# doctest: +SKIP`)."""
    finder, runner = doctest.DocTestFinder(), doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    modules = [
        info.name for info in pkgutil.walk_packages(visitx.__path__, "visitx.")
        if not info.name.endswith("__main__")
    ]  # fmt: skip
    for name in modules:
        module = importlib.import_module(name)
        for test in finder.find(module, name, globs=vars(module).copy()):
            runner.run(test, clear_globs=True)
    failed, attempted = runner.summarize(verbose=False)
    assert failed == 0
    assert attempted >= 230  # examples run (242 when written)
