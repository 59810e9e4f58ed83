"""visitx: international visits and bilateral meetings, extracted from news articles.

    >>> from visitx import extract
    >>> result = extract(text, published="2024-11-24")  # doctest: +SKIP

Heavy dependencies (openai, instructor, date and country tables) load on first use, so
`import visitx` stays fast.
"""

from __future__ import annotations

import typing as _typing

from visitx.core import views as _views
from visitx.core.errors import (
    AnswerCutOff,
    AuthenticationError,
    CacheError,
    ConfigurationError,
    ContextTooLong,
    ExtractionError,
    InputError,
    NotACompletion,
    ProviderError,
    RateLimited,
    VisitxError,
)

if _typing.TYPE_CHECKING:
    from visitx.analysis.compare import compare
    from visitx.analysis.evaluate import EvalReport, evaluate
    from visitx.analysis.events import Event, Mention, events
    from visitx.analysis.export import to_cameo_dyads, to_frame, to_plover
    from visitx.analysis.tables import to_arrow, to_csv, to_duckdb, to_parquet
    from visitx.batch.collect import collect_batch, resubmit_batch
    from visitx.batch.engine import aextract_many, extract_many
    from visitx.batch.estimate import Estimate, estimate
    from visitx.batch.jobs import (
        BatchCollection,
        BatchSummary,
        FailedLine,
        ShardInfo,
        batch_status,
        submit_batch,
    )
    from visitx.batch.plan import Results, RunStats
    from visitx.core.article import Article
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
        Skipped,
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
    from visitx.llm.cost import BudgetExceeded
    from visitx.llm.demo import demo
    from visitx.llm.extractor import Extractor
    from visitx.llm.local import LocalServer
    from visitx.places.countries import country_code
    from visitx.record.chunks import Chunk, split_text
    from visitx.report.figures import plot_map, plot_matrix, plot_timeline
    from visitx.report.page import write_report
    from visitx.report.plots import plot_country_pairs, plot_visits_per_month
    from visitx.screening.cues import Screen, screen
    from visitx.screening.dupes import DuplicateIndex, duplicate_groups
    from visitx.text.clean import boilerplate_bounds, clean_text
    from visitx.text.language import guess_language

__version__ = "0.1.0"



def _notebook_view(extraction: _typing.Any) -> str:
    from visitx.report.notebook import render_extraction_html

    return render_extraction_html(extraction)


# Jupyter's view of an Extraction lives in visitx.report, above the data model's layer.
_views.register_html_view(_notebook_view)

# Everything but the errors loads on first use (PEP 562): `import visitx` then costs
# milliseconds, and `visitx.parse_date` or `visitx.read_results` never load the model stack
# (openai, instructor, tenacity, diskcache, httpx2, visitx.llm, visitx.batch) nor click and rich.
# The first name of a module loads its module once; the import system's lock makes that safe
# from many threads.
_LAZY = {
    "Agreement": "visitx.core.models",
    "Article": "visitx.core.article",
    "BatchCollection": "visitx.batch.jobs",
    "BatchSummary": "visitx.batch.jobs",
    "BudgetExceeded": "visitx.llm.cost",
    "Chunk": "visitx.record.chunks",
    "Codes": "visitx.core.models",
    "DateValue": "visitx.core.models",
    "DuplicateIndex": "visitx.screening.dupes",
    "ErrorInfo": "visitx.core.models",
    "Estimate": "visitx.batch.estimate",
    "EvalReport": "visitx.analysis.evaluate",
    "Event": "visitx.analysis.events",
    "Extraction": "visitx.core.models",
    "Extractor": "visitx.llm.extractor",
    "FailedLine": "visitx.batch.jobs",
    "GeoPoint": "visitx.core.models",
    "LocalServer": "visitx.llm.local",
    "Mention": "visitx.analysis.events",
    "Meta": "visitx.core.models",
    "Participant": "visitx.core.models",
    "Place": "visitx.core.models",
    "Results": "visitx.batch.plan",
    "RunStats": "visitx.batch.plan",
    "SCHEMA_VERSION": "visitx.core.models",
    "Screen": "visitx.screening.cues",
    "Settings": "visitx.core.settings",
    "ShardInfo": "visitx.batch.jobs",
    "Skipped": "visitx.core.models",
    "Span": "visitx.core.models",
    "Usage": "visitx.core.models",
    "Visit": "visitx.core.models",
    "aextract": "visitx.llm.api",
    "aextract_many": "visitx.batch.engine",
    "batch_status": "visitx.batch.jobs",
    "boilerplate_bounds": "visitx.text.clean",
    "clean_text": "visitx.text.clean",
    "collect_batch": "visitx.batch.collect",
    "compare": "visitx.analysis.compare",
    "country_code": "visitx.places.countries",
    "demo": "visitx.llm.demo",
    "duplicate_groups": "visitx.screening.dupes",
    "estimate": "visitx.batch.estimate",
    "evaluate": "visitx.analysis.evaluate",
    "events": "visitx.analysis.events",
    "extract": "visitx.llm.api",
    "extract_many": "visitx.batch.engine",
    "guess_language": "visitx.text.language",
    "locate": "visitx.grounding.locate",
    "parse_date": "visitx.dates.parse",
    "plot_country_pairs": "visitx.report.plots",
    "plot_map": "visitx.report.figures",
    "plot_matrix": "visitx.report.figures",
    "plot_timeline": "visitx.report.figures",
    "plot_visits_per_month": "visitx.report.plots",
    "read_html": "visitx.io.pages",
    "read_results": "visitx.io.files",
    "read_url": "visitx.io.pages",
    "resubmit_batch": "visitx.batch.collect",
    "screen": "visitx.screening.cues",
    "split_text": "visitx.record.chunks",
    "submit_batch": "visitx.batch.jobs",
    "to_arrow": "visitx.analysis.tables",
    "to_cameo_dyads": "visitx.analysis.export",
    "to_csv": "visitx.analysis.tables",
    "to_duckdb": "visitx.analysis.tables",
    "to_frame": "visitx.analysis.export",
    "to_parquet": "visitx.analysis.tables",
    "to_plover": "visitx.analysis.export",
    "write_report": "visitx.report.page",
}

# Names exported under another name than their module's.
_RENAMED = {
    "ArticleRecord": ("visitx.core.models", "Article"),
}


def __getattr__(name: str) -> _typing.Any:
    module, attribute = _RENAMED.get(name) or (_LAZY.get(name), name)
    if module is None:
        raise AttributeError(f"module 'visitx' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY) | set(_RENAMED))


__all__ = [
    "Agreement",
    "AnswerCutOff",
    "Article",
    "ArticleRecord",
    "AuthenticationError",
    "BatchCollection",
    "BatchSummary",
    "BudgetExceeded",
    "CacheError",
    "Chunk",
    "Codes",
    "ConfigurationError",
    "ContextTooLong",
    "DateValue",
    "DuplicateIndex",
    "ErrorInfo",
    "Estimate",
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
    "NotACompletion",
    "Participant",
    "Place",
    "ProviderError",
    "RateLimited",
    "Results",
    "RunStats",
    "SCHEMA_VERSION",
    "Screen",
    "Settings",
    "ShardInfo",
    "Skipped",
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
    "duplicate_groups",
    "estimate",
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
    "screen",
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
