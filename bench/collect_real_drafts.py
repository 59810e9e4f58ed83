"""Turn a logging proxy's request and answer logs into the saved real drafts.

    python bench/collect_real_drafts.py REQUESTS.jsonl MODEL ARTICLES.jsonl
        --max-tokens N --max-reasks N [--strip-boilerplate] >> bench/real_drafts_round4.jsonl

The proxy (127.0.0.1, in front of `visitx serve`) wrote each chat request body to
REQUESTS.jsonl (`{"path", "request"}`) and each answer to REQUESTS.jsonl.answers
(`{"path", "status", "answer"}`) in the same order (one article at a time). Each request
is assigned to the article whose text its first user message holds; the model's answers
(content and finish reason, the first draft and the answers to re-asks) are written per
article in order, one JSON line per article: `model`, `article_id`, `answers`, and the
run's `max_tokens`, `max_reasks`, `strip_boilerplate` (for `bench/audit_real_drafts.py`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from audit_real_drafts import read_articles


def best_match(shown: str, articles: dict[str, dict[str, Any]]) -> list[str]:
    """The id of the article most of whose lines the prompt holds (the model may have
    been shown it without its page furniture, or cleaned), in a list; [] for none. An
    article whose comments or related block was left out may have fewer than half of its
    lines in the prompt: it is still the one when no other article has as many."""
    def share(text: str) -> float:
        lines = [x.strip() for x in text.splitlines() if len(x.strip()) > 20]
        return sum(x in shown for x in lines) / len(lines) if lines else 0.0

    scores = sorted(((share(a["text"]), i) for i, a in articles.items()), reverse=True)
    if not scores or scores[0][0] == 0:
        return []
    alone = len(scores) == 1 or scores[1][0] < scores[0][0]
    return [scores[0][1]] if scores[0][0] >= 0.5 or alone else []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("requests")
    parser.add_argument("model")
    parser.add_argument("articles")
    parser.add_argument("--max-tokens", type=int, required=True)
    parser.add_argument("--max-reasks", type=int, required=True)
    parser.add_argument("--strip-boilerplate", action="store_true")
    args = parser.parse_args(argv)
    articles = read_articles(Path(args.articles))
    asked = [json.loads(x) for x in Path(args.requests).read_text(encoding="utf-8").splitlines()]
    answered = [json.loads(x) for x in
                Path(args.requests + ".answers").read_text(encoding="utf-8").splitlines()]
    asked = [a for a in asked if a["path"].endswith("/chat/completions")]
    answered = [a for a in answered if a["path"].endswith("/chat/completions")]
    if len(asked) == len(answered) + 1:  # the run is still waiting for the last answer
        asked = asked[:-1]
    if len(asked) != len(answered):
        sys.exit(f"{len(asked)} requests but {len(answered)} answers: not one article at a time?")
    by_article: dict[str, list[dict[str, str]]] = {}
    for request, response in zip(asked, answered, strict=True):
        first = next(m["content"] for m in request["request"]["messages"] if m["role"] == "user")
        ids = best_match(first, articles)
        if len(ids) != 1 or response["status"] != 200:
            print(f"skipped a request (articles {ids}, status {response['status']})",
                  file=sys.stderr)
            continue
        choice = json.loads(response["answer"])["choices"][0]
        by_article.setdefault(ids[0], []).append(
            {"content": choice["message"]["content"], "finish_reason": choice["finish_reason"]})
    for article_id, answers in by_article.items():
        print(json.dumps({
            "model": args.model, "article_id": article_id, "answers": answers,
            "max_tokens": args.max_tokens, "max_reasks": args.max_reasks,
            "strip_boilerplate": args.strip_boilerplate}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
