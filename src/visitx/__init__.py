"""visitx: international visits and bilateral meetings, extracted from news articles.

    >>> from visitx import extract
    >>> result = extract(text, published="2024-11-24")  # doctest: +SKIP

Heavy dependencies (openai, instructor, date and country tables) load on first use, so
`import visitx` stays fast.
"""

from __future__ import annotations

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
from ._export import to_cameo_dyads, to_frame, to_plover
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

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Agreement",
    "Article",
    "ArticleRecord",
    "CacheError",
    "Codes",
    "ConfigurationError",
    "DateValue",
    "ErrorInfo",
    "Extraction",
    "ExtractionError",
    "Extractor",
    "InputError",
    "Meta",
    "Participant",
    "Place",
    "ProviderError",
    "Settings",
    "Span",
    "Usage",
    "Visit",
    "VisitxError",
    "__version__",
    "aextract",
    "aextract_many",
    "country_code",
    "extract",
    "extract_many",
    "locate",
    "parse_date",
    "read_results",
    "to_cameo_dyads",
    "to_frame",
    "to_plover",
]
