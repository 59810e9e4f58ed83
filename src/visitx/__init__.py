"""visitx: international visits and bilateral meetings, extracted from news articles.

    >>> from visitx import extract
    >>> result = extract(text, published="2024-11-24")  # doctest: +SKIP

Heavy dependencies (openai, instructor, date and country tables) load on first use, so
`import visitx` stays fast.
"""

from __future__ import annotations

import typing as _typing

from visitx.batch.engine import aextract_many, extract_many
from visitx.core import models as _models
from visitx.core.article import Article
from visitx.core.errors import (
    AnswerCutOff,
    AuthenticationError,
    CacheError,
    ConfigurationError,
    ContextTooLong,
    ExtractionError,
    InputError,
    ProviderError,
    RateLimited,
    VisitxError,
)
from visitx.core.models import (
    SCHEMA_VERSION,
    Agreement,
    Codes,
    DateValue,
    ErrorInfo,
    Extraction,
    GeoPoint,
    Meta,
    Participant,
    Place,
    Span,
    Usage,
    Visit,
)
from visitx.core.models import Article as ArticleRecord
from visitx.core.settings import Settings
from visitx.dates.parse import parse_date
from visitx.grounding.locate import locate
from visitx.io.files import read_results
from visitx.io.pages import read_html, read_url
from visitx.llm.api import aextract, extract
from visitx.llm.extractor import Extractor
from visitx.places.countries import country_code
from visitx.record.chunks import Chunk, split_text
from visitx.text.clean import boilerplate_bounds, clean_text
from visitx.text.language import guess_language

if _typing.TYPE_CHECKING:
    from visitx.analysis.evaluate import EvalReport, compare, evaluate
    from visitx.analysis.events import Event, Mention, events
    from visitx.analysis.export import to_cameo_dyads, to_frame, to_plover
    from visitx.analysis.tables import to_arrow, to_csv, to_duckdb, to_parquet
    from visitx.batch.collect import collect_batch, resubmit_batch
    from visitx.batch.jobs import (
        BatchCollection,
        BatchSummary,
        FailedLine,
        ShardInfo,
        batch_status,
        submit_batch,
    )
    from visitx.llm.demo import demo
    from visitx.llm.local import LocalServer
    from visitx.report.figures import plot_map, plot_matrix, plot_timeline
    from visitx.report.page import write_report
    from visitx.report.plots import plot_country_pairs, plot_visits_per_month

__version__ = "0.1.0"


def _notebook_view(extraction: Extraction) -> str:
    from visitx.report.notebook import render_extraction_html

    return render_extraction_html(extraction)


_models.register_html_view(_notebook_view)  # Jupyter's view of an Extraction, loaded on first use

# Analysis helpers and batch jobs load on first use (PEP 562): they pull in click, rich and friends,
# which a plain `from visitx import extract` does not need.
_LAZY = {
    "BatchCollection": "visitx.batch.jobs",
    "BatchSummary": "visitx.batch.jobs",
    "FailedLine": "visitx.batch.jobs",
    "ShardInfo": "visitx.batch.jobs",
    "batch_status": "visitx.batch.jobs",
    "collect_batch": "visitx.batch.collect",
    "resubmit_batch": "visitx.batch.collect",
    "submit_batch": "visitx.batch.jobs",
    "EvalReport": "visitx.analysis.evaluate",
    "LocalServer": "visitx.llm.local",
    "demo": "visitx.llm.demo",
    "compare": "visitx.analysis.evaluate",
    "evaluate": "visitx.analysis.evaluate",
    "Event": "visitx.analysis.events",
    "Mention": "visitx.analysis.events",
    "events": "visitx.analysis.events",
    "to_cameo_dyads": "visitx.analysis.export",
    "to_frame": "visitx.analysis.export",
    "to_plover": "visitx.analysis.export",
    "to_arrow": "visitx.analysis.tables",
    "to_csv": "visitx.analysis.tables",
    "to_duckdb": "visitx.analysis.tables",
    "to_parquet": "visitx.analysis.tables",
    "plot_country_pairs": "visitx.report.plots",
    "plot_map": "visitx.report.figures",
    "plot_matrix": "visitx.report.figures",
    "plot_timeline": "visitx.report.figures",
    "plot_visits_per_month": "visitx.report.plots",
    "write_report": "visitx.report.page",
}


def __getattr__(name: str) -> _typing.Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'visitx' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))

__all__ = [
    "Agreement",
    "AnswerCutOff",
    "Article",
    "ArticleRecord",
    "AuthenticationError",
    "BatchCollection",
    "BatchSummary",
    "CacheError",
    "Chunk",
    "Codes",
    "ConfigurationError",
    "ContextTooLong",
    "DateValue",
    "ErrorInfo",
    "EvalReport",
    "Event",
    "Extraction",
    "ExtractionError",
    "Extractor",
    "FailedLine",
    "GeoPoint",
    "InputError",
    "LocalServer",
    "Mention",
    "Meta",
    "Participant",
    "Place",
    "ProviderError",
    "RateLimited",
    "SCHEMA_VERSION",
    "Settings",
    "ShardInfo",
    "Span",
    "Usage",
    "Visit",
    "VisitxError",
    "__version__",
    "aextract",
    "aextract_many",
    "batch_status",
    "boilerplate_bounds",
    "clean_text",
    "collect_batch",
    "compare",
    "country_code",
    "demo",
    "evaluate",
    "events",
    "extract",
    "extract_many",
    "guess_language",
    "locate",
    "parse_date",
    "plot_country_pairs",
    "plot_map",
    "plot_matrix",
    "plot_timeline",
    "plot_visits_per_month",
    "read_html",
    "read_results",
    "read_url",
    "resubmit_batch",
    "split_text",
    "submit_batch",
    "to_arrow",
    "to_cameo_dyads",
    "to_csv",
    "to_duckdb",
    "to_frame",
    "to_parquet",
    "to_plover",
    "write_report",
]
