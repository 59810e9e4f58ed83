"""visitx: international visits and bilateral meetings, extracted from news articles.

    >>> from visitx import extract
    >>> result = extract(text, published="2024-11-24")  # doctest: +SKIP

Heavy dependencies (openai, instructor, date and country tables) load on first use, so
`import visitx` stays fast.
"""

from __future__ import annotations

import typing as _typing

from ._api import aextract, extract
from ._batch import Article, aextract_many, extract_many
from ._chunks import Chunk, split_text
from ._clean import boilerplate_bounds, clean_text
from ._countries import country_code
from ._dates import parse_date
from ._errors import (
    CacheError,
    ConfigurationError,
    ExtractionError,
    InputError,
    ProviderError,
    VisitxError,
)
from ._extract import Extractor
from ._grounding import locate
from ._io import read_results
from ._language import guess_language
from ._models import (
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
from ._models import Article as ArticleRecord
from ._read import read_html, read_url
from ._settings import Settings

if _typing.TYPE_CHECKING:
    from ._collect import collect_batch, resubmit_batch
    from ._eval import EvalReport, compare, evaluate
    from ._events import Event, Mention, events
    from ._export import to_cameo_dyads, to_frame, to_plover
    from ._figures import plot_map, plot_matrix, plot_timeline
    from ._jobs import (
        BatchCollection,
        BatchSummary,
        FailedLine,
        ShardInfo,
        batch_status,
        submit_batch,
    )
    from ._local import LocalServer
    from ._plots import plot_country_pairs, plot_visits_per_month
    from ._report import write_report

__version__ = "0.1.0"

# Analysis helpers and batch jobs load on first use (PEP 562): they pull in click, rich and friends,
# which a plain `from visitx import extract` does not need.
_LAZY = {
    "BatchCollection": "._jobs",
    "BatchSummary": "._jobs",
    "FailedLine": "._jobs",
    "ShardInfo": "._jobs",
    "batch_status": "._jobs",
    "collect_batch": "._collect",
    "resubmit_batch": "._collect",
    "submit_batch": "._jobs",
    "EvalReport": "._eval",
    "LocalServer": "._local",
    "compare": "._eval",
    "evaluate": "._eval",
    "Event": "._events",
    "Mention": "._events",
    "events": "._events",
    "to_cameo_dyads": "._export",
    "to_frame": "._export",
    "to_plover": "._export",
    "plot_country_pairs": "._plots",
    "plot_map": "._figures",
    "plot_matrix": "._figures",
    "plot_timeline": "._figures",
    "plot_visits_per_month": "._plots",
    "write_report": "._report",
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
    "Article",
    "ArticleRecord",
    "BatchCollection",
    "BatchSummary",
    "CacheError",
    "Chunk",
    "Codes",
    "ConfigurationError",
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
    "to_cameo_dyads",
    "to_frame",
    "to_plover",
    "write_report",
]
