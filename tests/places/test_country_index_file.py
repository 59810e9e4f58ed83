"""The prebuilt country index (issue 20): shipped file equals a rebuild, loaded lazily."""

from __future__ import annotations

import subprocess
import sys

import pytest

from visitx.places.build import build_index, index_path
from visitx.places.index import Index, dump_index, load_index


@pytest.fixture(scope="module")
def rebuilt() -> Index:
    """The index built from its sources, once for this module (the tests only read it)."""
    return build_index()


def test_shipped_index_matches_a_rebuild_from_its_sources(rebuilt: Index) -> None:
    """`tables/country_index.json.gz` is what `python -m visitx.places.build` writes today."""
    # Byte equality: the file is gzip'd with a zero timestamp and sorted JSON.
    assert index_path().read_bytes() == dump_index(rebuilt), (
        "the country index is stale: run `python -m visitx.places.build`"
    )


def test_index_survives_a_round_trip_through_its_file_format(rebuilt: Index) -> None:
    """Dumping and loading keeps every table (keys, names, languages, codes)."""
    index = rebuilt
    loaded = load_index(dump_index(index))
    assert loaded.plain == index.plain
    assert loaded.name_keys == index.name_keys
    assert loaded.by_language == index.by_language
    assert (loaded.codes, loaded.code_overrides) == (index.codes, index.code_overrides)
    assert (loaded.candidates, loaded.sovereigns) == (index.candidates, index.sovereigns)
    assert loaded.abbreviations == index.abbreviations
    assert (loaded.words, loaded.spaced) == (index.words, index.spaced)


def test_first_call_imports_neither_babel_nor_pycountry() -> None:
    """A fresh process answers from the shipped file without building anything."""
    probe = (
        "import sys; from visitx import country_code; print(country_code('Ruandalı'), "
        "sorted(m for m in ('babel', 'pycountry') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "RWA []"
