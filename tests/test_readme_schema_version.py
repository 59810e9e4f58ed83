"""The README states the data model's schema version that records carry."""

from __future__ import annotations

import re
from pathlib import Path

from visitx.core.models import SCHEMA_VERSION, Extraction

ROOT = Path(__file__).resolve().parents[1]


def test_readme_names_the_schema_version_of_the_records() -> None:
    """The README's "data model is `schema_version` N" is the version records carry."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    stated = re.findall(r"data model is `schema_version` (\d+)", readme)
    assert stated == [SCHEMA_VERSION]
    first = (ROOT / "examples" / "articles" / "gold.jsonl").read_text("utf-8").splitlines()[0]
    assert Extraction.model_validate_json(first).meta.schema_version == SCHEMA_VERSION


def test_readme_says_no_other_schema_version() -> None:
    """No "schema v1"/"schema version 2" line describes the current records."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for match in re.finditer(r"schema(?:_version| version| v)\s*`?(\d+)", readme):
        line = readme[readme.rfind("\n", 0, match.start()) + 1 : readme.find("\n", match.end())]
        assert match.group(1) == SCHEMA_VERSION or "written with" in line, line
