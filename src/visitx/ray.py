"""visitx on Ray Data: extraction as a `Dataset.map_batches` stage, one extractor per worker.

Install with `pip install "visitx[ray]"` (from a clone: `pip install ".[ray]"`). `Extract` is
a callable class: Ray builds it
once per worker (so each worker keeps one client, one cache handle and its connections)
and calls it with batches of rows. A row needs `text`; `id`, `url`, `title`, `published`
and `language` are read when present, and every other column is passed through. A row
that fails gets its `error` column set; a batch never fails.

    >>> import ray, visitx.ray
    >>> ds = ray.data.read_parquet("articles/")  # doctest: +SKIP
    >>> out = visitx.ray.extract_dataset(ds, settings, concurrency=4)  # doctest: +SKIP
    >>> out.write_parquet("visits/")  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from visitx.batch.engine import stream
from visitx.core.settings import Settings

if TYPE_CHECKING:
    import pandas as pd
    import ray.data

    from visitx.core.models import Extraction

__all__ = ["ARTICLE_COLUMNS", "Extract", "article_from_row", "extract_dataset"]

_INPUT = ("text", "id", "url", "title", "published", "language")
ARTICLE_COLUMNS = (
    "id", "article_id", "n_visits", "cached", "error", "skipped", "duplicate_of", "record",
)  # fmt: skip
"""Columns added to each row with `rows="article"`; `record` is the Extraction as JSON."""


class Extract:
    """A callable class for `Dataset.map_batches`: rows of articles in, rows of records out.

    Args:
        settings: as for `extract()`; the worker's cache is `settings.cache_dir` on its
            node (point it at shared storage to share one cache across nodes).
        rows: `"article"` keeps one row per input row, adding `ARTICLE_COLUMNS`;
            `"visit"` gives one row per visit (and one per failed article) with the
            columns of `visitx.to_frame` plus `record`, the visit as JSON.
        concurrency: requests in flight at once inside one worker.

    Example:
        >>> ds.map_batches(Extract, fn_constructor_kwargs={"settings": settings},
        ...                batch_format="pandas",
        ...                compute=ray.data.ActorPoolStrategy(size=4))  # doctest: +SKIP
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        rows: Literal["article", "visit"] = "article",
        concurrency: int = 8,
    ) -> None:
        from visitx.llm.extractor import Extractor

        if rows not in {"article", "visit"}:
            from visitx.core.errors import ConfigurationError

            raise ConfigurationError(f"rows={rows!r}: use 'article' or 'visit'.")
        self.extractor = Extractor(settings if settings is not None else Settings.from_env())
        self.rows = rows
        self.concurrency = concurrency

    def __call__(self, batch: pd.DataFrame | dict[str, Any]) -> pd.DataFrame:
        """Extract one batch of rows (a DataFrame or a dict of columns); never raises per row."""
        import pandas as pd

        frame = batch if isinstance(batch, pd.DataFrame) else pd.DataFrame(dict(batch))
        records = self._extract([article_from_row(row) for row in frame.to_dict("records")])
        if self.rows == "visit":
            return _visit_rows(records)
        out = frame.drop(columns=["text"], errors="ignore").reset_index(drop=True)
        out["id"] = [r.article.source_id for r in records]
        out["article_id"] = [r.article.id for r in records]
        out["n_visits"] = [len(r.visits) for r in records]
        out["cached"] = [r.meta.cached for r in records]
        out["error"] = [f"{r.error.type}: {r.error.message}" if r.error else None for r in records]
        # Screened out (not sent: no visits because the screen found no visit cue) and
        # near-copies (re-grounded from `duplicate_of`): visible without parsing `record`.
        out["skipped"] = [r.skipped.reason if r.skipped else None for r in records]
        out["duplicate_of"] = [r.duplicate_of for r in records]
        out["record"] = [r.model_dump_json() for r in records]
        return out

    def _extract(self, articles: list[dict[str, Any]]) -> list[Extraction]:
        from visitx.batch.engine import run_sync

        ex = self.extractor

        async def run() -> list[Extraction]:
            done: dict[int, Extraction] = {}
            try:
                async for index, result in stream(
                    articles, extractor=ex, concurrency=self.concurrency, progress=False
                ):
                    done[index] = result
            finally:
                await ex.aclose()  # this loop's client; the cache reopens on next use
            return [done[i] for i in range(len(articles))]

        result: list[Extraction] = run_sync(run())
        return result


def article_from_row(row: Mapping[Any, Any]) -> dict[str, Any]:
    """A row's article fields, with pandas/numpy values made plain (NaN, NaT -> absent).

    Only `text`, `id`, `url`, `title`, `published` and `language` are read; a timestamp
    becomes its date, an id a str, and a row without an id gets `Article.id_for(text)`.

    Example:
        >>> article_from_row({"text": "Body.", "id": 7, "outlet": "wire"})
        {'text': 'Body.', 'id': '7'}
    """
    import pandas as pd

    article: dict[str, Any] = {}
    for name in _INPUT:
        value: Any = row.get(name)
        if value is None or (
            not isinstance(value, str) and pd.api.types.is_scalar(value) and bool(pd.isna(value))
        ):
            continue
        if name == "published" and isinstance(value, dt.date | pd.Timestamp):
            value = value.isoformat()[:10]
        elif name == "id":
            value = str(value)
        elif hasattr(value, "item") and not isinstance(value, str):  # a numpy scalar
            value = value.item()
        article[name] = value
    if "id" not in article and isinstance(article.get("text"), str):
        from visitx.core.models import Article

        article["id"] = Article.id_for(article["text"])
    return article


def _visit_rows(records: list[Extraction]) -> pd.DataFrame:
    import pandas as pd

    from visitx.analysis.export import FRAME_COLUMNS, visit_row

    rows = []
    for result in records:
        if result.error is not None:
            rows.append({**visit_row(result, None), "record": None})
        for visit in result.visits:
            rows.append({**visit_row(result, visit), "record": visit.model_dump_json()})
    return pd.DataFrame(rows, columns=[*FRAME_COLUMNS, "record"])


def extract_dataset(
    ds: ray.data.Dataset,
    settings: Settings | None = None,
    *,
    concurrency: int = 2,
    per_worker: int = 8,
    batch_size: int = 32,
    rows: Literal["article", "visit"] = "article",
    num_cpus: float = 0.5,
) -> ray.data.Dataset:
    """The common shape: `ds.map_batches(Extract, ...)` on a pool of `concurrency` workers.

    Args:
        ds: a Ray dataset with a `text` column (and optionally `id`, `url`, `title`,
            `published`, `language`).
        settings: as for `extract()`; sent to every worker.
        concurrency: workers (Ray actors), each holding one extractor.
        per_worker: requests in flight inside one worker; the total is
            `concurrency * per_worker`.
        batch_size: rows handed to a worker at once.
        rows: `"article"` (one row per input row) or `"visit"` (one per visit).
        num_cpus: CPUs reserved per worker; extraction mostly waits on the network.

    Returns:
        The lazy output dataset; write it with `.write_parquet(path)` or read it with
        `.take_all()`. Ray keeps row order only with `preserve_order`; each row carries
        its `id`.
    """
    import ray.data

    return ds.map_batches(
        Extract,
        fn_constructor_kwargs={"settings": settings, "rows": rows, "concurrency": per_worker},
        batch_size=batch_size,
        batch_format="pandas",
        compute=ray.data.ActorPoolStrategy(size=concurrency),
        num_cpus=num_cpus,
    )
