"""Build `gold.jsonl`, the gold records for `visitx eval`, from the reference drafts.

For every entry of every `*/index.jsonl` under this folder, the article text and its
hand-checked reference draft (`drafts/<id>.json`) go through visitx's own deterministic
draft-to-record step (`build_visits`): spans get offsets, dates are parsed, countries
checked, codes derived. No model is involved, so the output is the same on every run.

    python examples/articles/make_gold.py            # (re)write gold.jsonl
    python examples/articles/make_gold.py --check    # fail if gold.jsonl is out of date

A warning is printed for every gold visit that is not grounded or whose date could not
be read. Gold must be fully grounded: if any verbatim value is not found in its article
the script exits with status 1 and leaves `gold.jsonl` untouched.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SRC = HERE.parents[1] / "src"
if SRC.is_dir() and str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))  # run from a checkout without installing visitx

from visitx.record.draft import Draft  # noqa: E402
from visitx.core.models import Article, Extraction, Meta, Visit  # noqa: E402
from visitx.record.build import build_visits  # noqa: E402

GOLD = HERE / "gold.jsonl"


def index_entries(root: Path = HERE) -> list[tuple[Path, dict[str, Any]]]:
    """Every (index file, entry) under `root`, sorted by the entry's id."""
    entries: list[tuple[Path, dict[str, Any]]] = []
    seen: dict[str, Path] = {}
    for index in sorted(root.glob("*/index.jsonl")):
        for n, line in enumerate(index.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            entry = json.loads(line)
            ident = entry["id"]
            if ident in seen:
                raise SystemExit(f"{index}:{n}: id {ident!r} is also in {seen[ident]}")
            seen[ident] = index
            entries.append((index, entry))
    return sorted(entries, key=lambda pair: pair[1]["id"])


def _find(root: Path, index: Path, relative: str) -> Path | None:
    for base in (root, index.parent):
        path = base / relative
        if path.is_file():
            return path
    return None


@dataclass
class Gold:
    """One article's gold record, or why there is none."""

    record: Extraction | None
    problems: list[str] = field(default_factory=list)  # fatal: gold is unusable
    unparsed: list[str] = field(default_factory=list)  # ids of visits whose date did not parse


def gold_record(root: Path, index: Path, entry: dict[str, Any]) -> Gold:
    """The gold `Extraction` of one index entry."""
    ident = entry["id"]
    text_path = _find(root, index, entry["path"])
    if text_path is None:
        return Gold(None, [f"{ident}: article file {entry['path']!r} not found"])
    draft_path = _find(root, index, f"drafts/{ident}.json") or _find(
        root, index, f"../drafts/{ident}.json"
    )
    if draft_path is None:
        return Gold(None, [f"{ident}: no reference draft drafts/{ident}.json"])
    text = text_path.read_text(encoding="utf-8")
    draft = Draft.model_validate_json(draft_path.read_text(encoding="utf-8"))
    article = Article(
        id=Article.id_for(text),
        text=text,
        source_id=ident,
        url=entry.get("url"),
        title=entry.get("title"),
        language=entry.get("language") or draft.language,
        published=entry.get("published"),
    )
    visits, warnings = build_visits(draft, article)
    unparsed = [v.id for v in visits if v.date is not None and v.date.start is None]
    problems = apply_expected_dates(visits, entry, warnings)
    problems += [f"{ident}: visit {v.id} is not grounded" for v in visits if not v.grounded]
    record = Extraction(
        article=article,
        visits=visits,
        meta=Meta(model="gold", prompt_version=None, warnings=warnings),
    )
    return Gold(record, problems, unparsed)


def apply_expected_dates(visits: list[Visit], entry: dict[str, Any], notes: list[str]) -> list[str]:
    """Put the index's hand-checked `expected_dates` into the gold visits.

    The date parser is one of the things `visitx eval` measures, so gold dates come from
    the hand-checked periods when the index has them. Where the parser disagrees, a note
    goes to `notes` (the record's warnings).
    """
    problems: list[str] = []
    ident = entry["id"]
    for key, value in sorted((entry.get("expected_dates") or {}).items()):
        i = int(key)
        if i >= len(visits) or visits[i].date is None:
            problems.append(f"{ident}: expected_dates[{key}] has no dated visit to go to")
            continue
        date = visits[i].date
        assert date is not None
        start, end, precision, calendar = value
        parsed = (date.start, date.end, date.precision, date.calendar)
        if parsed == (start, end, precision, calendar):
            continue
        got = f"{date.start}..{date.end} ({date.precision})" if date.start else "nothing"
        note = (
            f"visits[{i}].date: set from the hand-checked expected_dates "
            f"{start}..{end} ({precision}); the date parser gave {got}"
        )
        notes.append(note)
        source = date.source if date.start else ("published" if entry.get("published") else "text")
        visits[i].date = date.model_copy(
            update={
                "start": start,
                "end": end,
                "precision": precision,
                "calendar": calendar,
                "source": source,
            }
        )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=GOLD, help="where to write (gold.jsonl)")
    parser.add_argument(
        "--check", action="store_true", help="do not write; exit 1 if the file is out of date"
    )
    args = parser.parse_args(argv)

    lines: list[str] = []
    fatal: list[str] = []
    counts: dict[str, int] = {}
    for index, entry in index_entries():
        gold = gold_record(HERE, index, entry)
        fatal.extend(gold.problems)
        if gold.record is None:
            continue
        ident = entry["id"]
        counts[index.parent.name] = counts.get(index.parent.name, 0) + 1
        for warning in gold.record.meta.warnings:
            print(f"warning: {ident}: {warning}", file=sys.stderr)
        for visit_id in gold.unparsed:
            print(f"warning: {ident}: visit {visit_id}: date could not be parsed", file=sys.stderr)
        lines.append(gold.record.model_dump_json())

    for problem in fatal:
        print(f"error: {problem}", file=sys.stderr)
    summary = ", ".join(f"{n} {folder}" for folder, n in sorted(counts.items()))
    if fatal:
        print(f"gold is not fully grounded; {args.out.name} left unchanged.", file=sys.stderr)
        return 1
    content = "".join(line + "\n" for line in lines)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.is_file() else None
        if current != content:
            print(f"{args.out} is out of date; run {Path(__file__).name}.", file=sys.stderr)
            return 1
        print(f"{args.out.name} is up to date ({len(lines)} articles: {summary}).")
        return 0
    args.out.write_text(content, encoding="utf-8")
    print(f"wrote {args.out} ({len(lines)} articles: {summary}).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
