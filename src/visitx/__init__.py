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
from ._models import (
    SCHEMA_VERSION,
    Agreement,
    Codes,
    DateValue,
    ErrorInfo,
    Extraction,
    Meta,
    Participant,
    Place,
    Span,
    Usage,
    Visit,
)
from ._models import Article as ArticleRecord
from ._settings import Settings

if _typing.TYPE_CHECKING:
    from ._eval import EvalReport, compare, evaluate
    from ._export import to_cameo_dyads, to_frame, to_plover
    from ._local import LocalServer
    from ._plots import plot_country_pairs, plot_visits_per_month
    from ._report import write_report

__version__ = "0.1.0"

# Analysis helpers load on first use (PEP 562): they pull in click, rich and friends,
# which a plain `from visitx import extract` does not need.
_LAZY = {
    "EvalReport": "._eval",
    "LocalServer": "._local",
    "compare": "._eval",
    "evaluate": "._eval",
    "to_cameo_dyads": "._export",
    "to_frame": "._export",
    "to_plover": "._export",
    "plot_country_pairs": "._plots",
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
    "CacheError",
    "Codes",
    "ConfigurationError",
    "DateValue",
    "ErrorInfo",
    "EvalReport",
    "Extraction",
    "ExtractionError",
    "Extractor",
    "InputError",
    "LocalServer",
    "Meta",
    "Participant",
    "Place",
    "ProviderError",
    "SCHEMA_VERSION",
    "Settings",
    "Span",
    "Usage",
    "Visit",
    "VisitxError",
    "__version__",
    "aextract",
    "aextract_many",
    "compare",
    "country_code",
    "evaluate",
    "extract",
    "extract_many",
    "locate",
    "parse_date",
    "plot_country_pairs",
    "plot_visits_per_month",
    "read_results",
    "to_cameo_dyads",
    "to_frame",
    "to_plover",
    "write_report",
]
