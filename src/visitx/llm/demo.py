"""The bundled demo: the seed articles through the full pipeline.

The seed articles and a cassette of the reference server's answers ship inside the
wheel (`visitx/_data/`), so `visitx demo` works on a fresh machine with no key and no
network. With `live=True` the configured provider answers instead.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from visitx.core.models import Extraction
from visitx.core.settings import Settings

DEMO_MODEL = "visitx-reference"
DEMO_BASE_URL = "http://reference.invalid/v1"  # never contacted: answers come from the cassette


def data_dir(kind: str) -> Path:
    """A bundled data folder (`articles` or `cassettes`), installed or in the source tree."""
    packaged = resources.files("visitx") / "_data" / kind
    if packaged.is_dir():
        return Path(str(packaged))
    root = Path(__file__).resolve().parents[3]
    return root / ("examples/articles" if kind == "articles" else "cassettes/demo")


def seed_articles() -> list[dict[str, Any]]:
    """The seed articles: index entries with their text under `text`."""
    root = data_dir("articles")
    entries = []
    for line in (root / "seeds" / "index.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        entry["text"] = (root / entry["path"]).read_text(encoding="utf-8")
        entries.append(entry)
    return entries


def demo_settings(**changes: Any) -> Settings:
    """The settings the demo cassette was recorded with."""
    settings = Settings(model=DEMO_MODEL, base_url=DEMO_BASE_URL, cache=False, llama_cpp=False)
    return settings.replace(**changes)


def run_demo(settings: Settings) -> list[Extraction]:
    """Extract every seed article with `settings`; the caller decides where answers come from."""
    from visitx.llm.extractor import Extractor

    extractor = Extractor(settings)
    try:
        return [
            extractor.extract(entry["text"], published=entry["published"], url=entry.get("url"))
            for entry in seed_articles()
        ]
    finally:
        extractor.close()


def demo_cassette() -> Path:
    return data_dir("cassettes") / "seeds.yaml"


def replay_demo() -> list[Extraction]:
    """The seed articles through the pipeline, the model's answers read from the cassette.

    Each article is checked, its prompt rendered and its record built exactly as in a
    live run; only the answer comes from the recording, read as a draft without the SDK
    client when it is a plain JSON answer to this very request (`RecordedAnswers`), which
    saves importing the openai SDK and instructor. An answer that needs more (a re-ask,
    say) is replayed through the client as a live call would be sent.
    """
    from visitx.text.language import start_loading

    start_loading()  # py3langid's model decompresses on another core meanwhile
    from visitx.llm.extractor import Extractor
    from visitx.llm.replay import RecordedAnswers

    settings = demo_settings()
    recorded = RecordedAnswers(demo_cassette())
    extractor = Extractor(settings)
    try:
        results = []
        for entry in seed_articles():
            job = extractor.prepare(
                entry["text"], published=entry["published"], url=entry.get("url")
            )
            answer = recorded.answer(
                settings,
                extractor.messages(job),
                extractor.provider.mode(),
                extractor.shown(job.article.text),
            )
            if answer is not None:
                results.append(extractor.finish(job, answer))
                continue
            from visitx.llm.replay import replay

            with replay(demo_cassette()):
                results.append(extractor.run(job))
        return results
    finally:
        extractor.close()


def demo() -> list[Extraction]:
    """The demo's records: the seed articles through the full pipeline, offline.

    The model's answers are replayed from a recording of visitx's reference server
    (hand-checked reference extractions, not a vendor model), so no key and no network
    are needed; grounding, dates, countries and codes are computed for real. The offline
    twin of `extract()`, and what `visitx demo` prints.

    Example:
        >>> import visitx
        >>> results = visitx.demo()
        >>> len(results)
        5
    """
    return replay_demo()
