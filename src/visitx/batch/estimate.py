"""What a batch would cost, worked out offline: nothing is sent to the model.

`estimate` reads the input as a batch would, looks each article up in the cache, screens
it and groups near-copies, and prices what is left with `visitx.llm.cost`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from visitx.batch.earlier import read_note
from visitx.core.article import Article
from visitx.core.errors import VisitxError
from visitx.core.models import Article as ArticleRecord
from visitx.core.settings import Settings
from visitx.llm.cost import estimate_completion_tokens, estimate_prompt_tokens, price

if TYPE_CHECKING:
    from visitx.screening import DuplicateIndex

__all__ = ["Estimate", "estimate"]


@dataclasses.dataclass(frozen=True, slots=True)
class Estimate:
    """What a batch of articles would cost (see `estimate`).

    Attributes:
        articles: inputs read.
        cached: already in the cache (free).
        screened: ruled out by the screen (free).
        duplicates: near-copies of another input (free: re-grounded).
        invalid: inputs that are not articles (empty, not text).
        to_send: requests the run would send.
        prompt_tokens, completion_tokens: estimated for those requests.
        cost_usd: their price for `model` (genai-prices); None when unknown.
        model: the configured model.
    """

    articles: int
    cached: int
    screened: int
    duplicates: int
    invalid: int
    to_send: int
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float | None
    model: str

    def lines(self) -> list[str]:
        """The estimate as lines of text, for a terminal."""
        cost = "unknown price" if self.cost_usd is None else f"${self.cost_usd:,.4f}"
        return [
            f"articles:          {self.articles:,}",
            f"cached:            {self.cached:,}",
            f"screened out:      {self.screened:,}",
            f"duplicates:        {self.duplicates:,}",
            f"not articles:      {self.invalid:,}",
            f"to send:           {self.to_send:,}",
            f"prompt tokens:     ~{self.prompt_tokens:,}",
            f"completion tokens: ~{self.completion_tokens:,}",
            f"price ({self.model}): {cost}",
        ]


def estimate(
    items: Iterable[str | Article | Mapping[str, Any]], *, settings: Settings | None = None
) -> Estimate:
    """Read a batch's input and say what extracting it would cost; nothing is sent.

    The cache, the screen (`Settings.screen`, on unless False) and near-copy grouping
    (`Settings.duplicates`) are applied as a batch run applies them. Tokens are
    estimated per script (see `visitx.llm.cost`); the price comes from genai-prices
    offline, or is None ("unknown price") for a model it does not know.

    Example:
        >>> est = estimate(["The minister met his Turkish counterpart."])  # doctest: +SKIP
        >>> est.to_send, est.cost_usd  # doctest: +SKIP
        (1, 0.0011)
    """
    from visitx.batch import glue
    from visitx.llm.extractor import Extractor
    from visitx.screening import DuplicateIndex, screen

    settings = settings if settings is not None else Settings.from_env()
    screening = settings.screen is not False
    counts = dict.fromkeys(("articles", "cached", "screened", "duplicates", "invalid"), 0)
    prompt = completion = 0
    ex = Extractor(settings.replace(api_key=settings.api_key or "not-needed"))
    index = DuplicateIndex() if settings.duplicates else None
    earlier = _earlier_index(settings)
    seen: set[str] = set()
    try:
        for item in items:
            counts["articles"] += 1
            try:
                article = Article.coerce(item)
                job = glue.prepare(ex, article)
            except (VisitxError, ValueError, TypeError):
                counts["invalid"] += 1
                continue
            key = ArticleRecord.id_for(article.text)
            if key in seen:
                counts["cached"] += 1  # a repeat is answered from the cache too
                continue
            seen.add(key)
            # The order of a run: the screen, then near-copies, then the cache.
            if (
                screening
                and not screen(
                    article.text, title=article.title, language=article.language
                ).relevant
            ):
                counts["screened"] += 1
                continue
            if index is not None and (
                index.add(key, article.text) is not None
                or _copies_earlier(earlier, key, article.text, settings.model, ex)
            ):
                counts["duplicates"] += 1
                continue
            if glue.cached(ex, job) is not None:
                counts["cached"] += 1
                continue
            prompt += estimate_prompt_tokens(article.text)
            completion += estimate_completion_tokens(article.text)
    finally:
        ex.close()
        for opened in (index, earlier):
            if opened is not None:
                opened.close()
    to_send = counts["articles"] - sum(counts[k] for k in counts if k != "articles")
    return Estimate(
        **counts,
        to_send=to_send,
        prompt_tokens=prompt,
        completion_tokens=completion,
        cost_usd=price(settings.model, prompt, completion),
        model=settings.model,
    )


def _earlier_index(settings: Settings) -> DuplicateIndex | None:
    """The near-copy index earlier runs left in the cache folder, if any (only read)."""
    from visitx.batch.earlier import INDEX_FILE
    from visitx.screening import DuplicateIndex

    path = settings.cache_dir / INDEX_FILE
    if not (settings.cache and settings.duplicates and path.is_file()):
        return None
    return DuplicateIndex(path)


def _copies_earlier(
    earlier: DuplicateIndex | None, key: str, text: str, model: str, ex: Any
) -> bool:
    """Whether a run would re-ground this article from one an earlier run extracted.

    That needs the earlier article's record, kept with the index, made with this model
    and prompt (otherwise the run extracts the copy itself).
    """
    if earlier is None:
        return False
    original = earlier.find(text)
    if original is None or original == key:
        return False
    return read_note(earlier.recall(original), model, ex.prompt.version) is not None
