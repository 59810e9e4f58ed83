"""The bundled demo: recorded against the reference server, replayed by `visitx demo`."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from visitx import Settings
from visitx.cli.main import main
from visitx.llm.demo import DEMO_MODEL, demo_cassette, demo_settings, run_demo

from conftest import Provider


@pytest.mark.vcr
@pytest.mark.default_cassette("seeds.yaml")
def test_demo_cassette_matches_the_pipeline(settings: Settings, reference: Provider) -> None:
    """The demo cassette holds one answer per seed, for exactly the demo's requests."""
    results = run_demo(
        demo_settings(base_url=settings.base_url, api_key=settings.api_key)
    )
    assert len(results) == 5
    assert all(r.visits and all(v.grounded for v in r.visits) for r in results)
    assert all(r.meta.model == DEMO_MODEL for r in results)


def test_demo_command_replays_offline() -> None:
    """`visitx demo` prints the seed visits with no key and no network."""
    assert demo_cassette().is_file()
    result = CliRunner().invoke(main, ["demo"])
    assert result.exit_code == 0, result.output
    assert "reference server" in result.output
    assert "Igor Babushkin" in result.output
    assert "2023-04-07 (jalali, day)" in result.output
    assert "9 visit(s)." in result.output
