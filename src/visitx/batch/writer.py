"""Submit's files: request and article files in shards at the provider's limits.

Articles that are not sent are written too: those the screen rules out
(`screened.articles.jsonl`, collected as `skipped` records) and near-copies of an
earlier article of the submit (the duplicates file, with `copy_of`; see
`visitx.batch.copies`).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from visitx.batch.copies import COPY_OF, EARLIER
from visitx.batch.earlier import EarlierRuns
from visitx.batch.manifest import AtomicLines, Manifest, Shard, dump_line
from visitx.batch.plan import screened_out
from visitx.core.article import Article
from visitx.core.models import Article as ArticleRecord
from visitx.core.settings import Settings
from visitx.screening import DuplicateIndex

__all__ = ["SCREENED", "ShardWriter", "article_fields"]

# Articles the screen ruled out at submit time: never sent, collected as `skipped` records.
SCREENED = "screened.articles.jsonl"


def article_fields(article: Article) -> dict[str, Any]:
    """An article's fields as written in the manifest's article files."""
    fields = dataclasses.asdict(article)
    from visitx.dates.parse import read_published

    # The day as `YYYY-MM-DD` (`March 3, 2024` too), so that collecting reads it again.
    day = read_published(fields["published"])
    fields["published"] = None if day is None else day.isoformat()
    return fields


class ShardWriter:
    """Writes request and article files, starting a new shard at the provider's limits."""

    def __init__(
        self, state: Manifest, max_requests: int, max_bytes: int, *, copies: bool = True,
        earlier: EarlierRuns | None = None,
    ) -> None:
        self.state = state
        self.earlier = earlier  # the cache folder's index: copies of earlier runs' articles
        # Near-copies among this submit's articles (`visitx.batch.copies`).
        self.index = DuplicateIndex() if copies else None
        self.max_requests = max_requests
        self.max_bytes = max_bytes
        self.cached = AtomicLines(state.articles_path(None))
        self.duplicates = AtomicLines(state.duplicates_path())
        self.screened = AtomicLines(state.path(SCREENED))
        self.files: list[AtomicLines] = [self.cached, self.duplicates, self.screened]
        self.current: tuple[Shard, AtomicLines, AtomicLines] | None = None

    def not_sent(self, settings: Settings, article: Article, custom_id: str) -> bool:
        """Write the line of an article the screen rules out or that copies an earlier one."""
        cues = screened_out(settings, article)
        if cues is not None:
            self.screened.write(dump_line({"article": article_fields(article), "cues": cues}))
            return True
        if self._copies_earlier(article):
            return True
        copied = self.index.add(custom_id, article.text) if self.index is not None else None
        if copied is None:
            return False
        fields = {"custom_id": copied, COPY_OF: copied, "article": article_fields(article)}
        self.duplicates.write(dump_line(fields))  # re-grounded from `copied` at collect
        return True

    def _copies_earlier(self, article: Article) -> bool:
        """Write the line of a copy of an earlier run's article; index the others."""
        if self.earlier is None:
            return False
        key = ArticleRecord.id_for(article.text)
        source = self.earlier.copy_source(key, article.text)
        if source is None:
            self.earlier.add(key, article.text)  # later runs find their copies of it
            return False
        fields = {"custom_id": key, EARLIER: source, "article": article_fields(article)}
        self.duplicates.write(dump_line(fields))  # re-grounded from `source` at collect
        return True

    def close_index(self) -> None:
        if self.earlier is not None:
            self.earlier.close()
        if self.index is not None:
            self.index.close()

    def add(self, line: str, entry: str, prompt_tokens: int) -> None:
        size = len(line.encode("utf-8")) + 1
        current = self.current
        if current is None or (
            current[1].lines >= self.max_requests or current[1].bytes + size > self.max_bytes
        ):
            self.close_shard()
            shard = Shard(name=self.state.next_shard_name(), requests=0, bytes=0)
            self.state.shards.append(shard)
            current = self.current = (
                shard,
                AtomicLines(self.state.requests_path(shard)),
                AtomicLines(self.state.articles_path(shard)),
            )
            self.files.extend(current[1:])
        current[1].write(line)
        current[2].write(entry)
        current[0].prompt_tokens += prompt_tokens

    def close_shard(self) -> None:
        if self.current is not None:
            shard, requests, listed = self.current
            requests.commit()
            listed.commit()
            shard.requests, shard.bytes = requests.lines, requests.bytes
            self.current = None

    def commit(self) -> None:
        self.close_shard()
        self.cached.commit()
        self.duplicates.commit()
        self.screened.commit()

    def discard(self) -> None:
        for handle in self.files:
            handle.discard()
