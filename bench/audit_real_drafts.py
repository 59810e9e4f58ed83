"""Re-run the audit of real weak models' drafts offline, from the answers they gave.

    PYTHONPATH=src python bench/audit_real_drafts.py [bench/real_drafts_round4.jsonl]
        [--articles bench/real_drafts_round4_articles.jsonl] [--show] [--records OUT.jsonl]

Round 5: `python bench/audit_real_drafts.py bench/real_drafts_round5.jsonl --articles
bench/real_drafts_round5_articles.jsonl` (bench/README.md "Drafts that cannot fake a
visit, round 5"). Round 6 of the real-server runs: `python bench/audit_real_drafts.py
bench/real_run6_drafts.jsonl --articles bench/real_run6_articles.jsonl` (bench/README.md
"Real server, round 6").

`real_drafts_round4.jsonl` holds, per model and article, every answer the model gave on
a real llama.cpp server (`visitx serve`, bench/README.md "Real small models' drafts,
round 4"), in the order they came: the first draft, then the answers to visitx's
re-asks. Each article is extracted again with `visitx.Extractor` under the run's
settings (`strip_boilerplate`, `max_reasks`), with a client that plays those answers
back (no server, no network), and each record is audited by `bench/audit_records.py`
(which recomputes the promises from the article's characters and imports nothing from
visitx). The text shown to the model is checked too: no comments or related-articles
block may reach it. Visits found unsupported by reading the records by hand
(`HAND_HOLES`: the oracle cannot tell a call from a visit, or a sentence from a name)
count as holes while they keep codes. Prints one line per violation and a table per
model: records, visits, visits with codes, coded visits without support (a "hole": a
code or a computed date that the article does not support). Exit status 1 when any
violation is printed.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path
from typing import Any

import httpx2
import openai

from visitx import Extractor, Settings

sys.path.insert(0, str(Path(__file__).parent))
import audit_records

HERE = Path(__file__).parent
# Holes found by reading the records by hand (what the oracle cannot see: the article
# supports no such event), by (model, article, visit index): a hole is open while the
# visit has codes.
HAND_HOLES = {
    ("SmolLM2-135M-Instruct.Q4_1+participants", "r4_en_phone", 0):
        "a telephone call ('spoke by phone', 'No visit was announced') given as a visit "
        "the sides were invited to: 036/AGREE",
    ("SmolLM2-135M-Instruct.Q4_1+participants", "r4_en_dateheavy", 0):
        "its only participant found in the article is the sentence 'Talks resumed in 2023 "
        "… 14 February 2024.', not a name: 036/AGREE",
}


def read_articles(path: Path) -> dict[str, dict[str, Any]]:
    """The articles by id; a row with `path` (relative to the file) is read from it."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if "text" not in row:
                row["text"] = (path.parent / row["path"]).read_text(encoding="utf-8")
            out[row["id"]] = row
    return out


class Playback:
    """An OpenAI client answering with recorded answers in turn (the last again once they
    run out), keeping each request body."""

    def __init__(self, answers: list[dict[str, Any]]) -> None:
        self.bodies: list[dict[str, Any]] = []

        def answer(request: httpx2.Request) -> httpx2.Response:
            self.bodies.append(json.loads(request.content))
            given = answers[min(len(self.bodies), len(answers)) - 1]
            message = {"role": "assistant", "content": given["content"]}
            choice = {"index": 0, "message": message, "finish_reason": given["finish_reason"]}
            usage = {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}
            return httpx2.Response(200, json={
                "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": "m",
                "choices": [choice], "usage": usage})

        self.client = openai.OpenAI(
            api_key="sk-playback", base_url="http://playback.invalid/v1",
            http_client=httpx2.Client(transport=httpx2.MockTransport(answer)))

    def shown(self) -> str:
        return "\n".join(m.get("content") or "" for b in self.bodies for m in b["messages"]
                         if m.get("role") == "user")


def replay_one(row: dict[str, Any], article: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The record visitx builds from the recorded answers, and the text shown to the model."""
    playback = Playback(row["answers"])
    settings = Settings(model=row["model"], mode="json_schema", api_key="sk-playback",
                        cache=False, screen=False, duplicates=False, llama_cpp=False,
                        strip_boilerplate=row["strip_boilerplate"],
                        max_reasks=row["max_reasks"], max_tokens=row["max_tokens"])
    extractor = Extractor(settings, client=playback.client)
    try:
        result = extractor.extract(article["text"], published=article.get("published"),
                                   language=article.get("language"))
        record = json.loads(result.model_dump_json())
    except Exception as exc:  # a cut-off answer fails its article, as in the real run
        record = {"error": {"type": type(exc).__name__}, "visits": [], "meta": {},
                  "article": {"text": article["text"]}}
    finally:
        extractor.close()
    return record, playback.shown()


def blocks_shown(article: str, shown: str) -> list[str]:
    """Comments/related blocks of the article found in what the model was shown."""
    everything = audit_records.fold(shown)
    out = []
    for m in audit_records.BLOCK_OPENERS.finditer(article):
        after = article[m.start():m.start() + 160]
        if len(after.strip()) > 20 and audit_records.fold(after) in everything:
            out.append(f"the block {after[:50]!r}… was shown to the model")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("drafts", nargs="?", default=str(HERE / "real_drafts_round4.jsonl"))
    parser.add_argument("--articles", default=str(HERE / "real_drafts_round4_articles.jsonl"))
    parser.add_argument("--show", action="store_true", help="print each coded visit")
    parser.add_argument("--records", help="write the rebuilt records here (JSONL)")
    args = parser.parse_args(argv)
    articles = read_articles(Path(args.articles))
    rows = [json.loads(x) for x in Path(args.drafts).read_text(encoding="utf-8").splitlines()
            if x.strip()]
    table: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    rebuilt = []
    violations = 0
    for row in rows:
        article = articles[row["article_id"]]
        record, shown = replay_one(row, article)
        rebuilt.append(json.dumps({"model": row["model"], "article_id": row["article_id"],
                                   "record": record}, ensure_ascii=False) + "\n")
        counts = table[row["model"]]
        counts["records"] += 1
        counts["failed"] += bool(record.get("error"))
        found = blocks_shown(article["text"], shown)
        if not record.get("error"):
            found += audit_records.audit_record(record, article["text"])[0]
        for i, visit in enumerate(record.get("visits", [])):
            codes = visit.get("codes") or {}
            coded = bool(codes.get("cameo") or codes.get("plover_event"))
            dated = bool((visit.get("date") or {}).get("start"))
            counts["visits"] += 1
            counts["coded"] += coded
            counts["dated"] += dated
            counts["grounded"] += visit["grounded"]
            mine = [f for f in found if f.startswith(f"visits[{i}]:")]
            hole = any("codes " in f or "date " in f for f in mine)
            if (why := HAND_HOLES.get((row["model"], row["article_id"], i))) and coded:
                found.append(f"visits[{i}]: codes {codes.get('cameo')} although {why} "
                             "(found by hand)")
                hole = True
            counts["holes"] += hole and (coded or dated)
            if args.show and (coded or dated):
                names = [p["name"]["text"] for p in visit["participants"]]
                print(f"{row['model']} {row['article_id']} visits[{i}] {codes.get('cameo')} "
                      f"{(visit.get('date') or {}).get('start')} {names} "
                      f"{[e['text'][:50] for e in visit['evidence']]}")
        for line in found:
            violations += 1
            print(f"VIOLATION {row['model']} {row['article_id']}: {line}")
    if args.records:
        Path(args.records).write_text("".join(rebuilt), encoding="utf-8")
    print("| model | records | failed | visits | grounded | coded | dated | holes |")
    print("|---|---|---|---|---|---|---|---|")
    for model, c in sorted(table.items()):
        print(f"| {model} | {c['records']} | {c['failed']} | {c['visits']} | {c['grounded']} "
              f"| {c['coded']} | {c['dated']} | {c['holes']} |")
    print(f"violations: {violations}")
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
