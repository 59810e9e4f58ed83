"""What `import visitx` and the deterministic API load: never the model stack."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

MODEL_STACK = (
    "openai", "instructor", "tenacity", "diskcache", "httpx2", "visitx.llm", "visitx.batch",
)


def test_deterministic_api_does_not_load_the_model_stack(tmp_path: Path) -> None:
    """parse_date, country_code, locate and read_results run without openai, llm/ or batch/."""
    results = tmp_path / "results.jsonl"
    results.write_text("", encoding="utf-8")
    code = f"""
import json, sys
import visitx
date = visitx.parse_date("7 April 2023")
country = visitx.country_code("Türkiye")
span = visitx.locate("Ankara", "Erdoğan went to Ankara.")
records = list(visitx.read_results({str(results)!r}))
loaded = sorted(m for m in sys.modules if m.split(".")[0] in {MODEL_STACK!r}
                or m.startswith(tuple(p + "." for p in {MODEL_STACK!r})))
print(json.dumps([date.start, country, span.start, len(records), loaded]))
"""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert json.loads(out.stdout) == ["2023-04-07", "TUR", 16, 0, []]


def test_lazy_names_are_listed_by_dir_and_resolve() -> None:
    """dir(visitx) lists every name of __all__, and a lazy name resolves to its module's object."""
    import visitx
    from visitx.core.models import Article

    assert set(visitx.__all__) <= set(dir(visitx))
    assert visitx.ArticleRecord is Article
