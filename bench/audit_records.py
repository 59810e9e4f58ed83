"""Audit visitx records against the promises of issue 22's "Drafts that cannot fake a visit".

    python bench/audit_records.py RESULTS.jsonl [--articles INPUT.jsonl ...] [--requests LOG.jsonl]

Reads a results JSONL (one `Extraction` per line) and, with `--articles`, the input JSONL
the run read (`id`/`text`, or `path` beside it), and prints one line per broken promise,
with the record's id and the visit's index. The oracle is recomputed here from the
article's characters – it imports nothing from visitx:

- codes: CAMEO/PLOVER codes only on a visit with a participant whose name is in the
  article (its span's characters are the article's, and it is more than a generic word),
  an evidence sentence found in the article, and a summary that is a sentence (the
  README's "what a draft must have to be coded");
- dates: `date.start`/`end` only from a `date.text` whose span is the article's
  characters; a four-digit year in that text must fall inside start..end;
- evidence: each span is the article's characters, sentence-like (12 letters and 3
  different words, or 6 letters of a script written without spaces), and no span
  repeats another or lies inside another;
- summary: a sentence (3 different words, 12 letters);
- `grounded: true` only when all of the above hold and every quoted span is located;
- what does not hold must be said: a visit with a broken promise that is not
  `grounded: false` with a warning naming `visits[i]` is a violation, and so is a
  visit without a date whose draft's date text is reported nowhere.

With `--requests` (a JSONL log of the chat requests sent, `{"request": body}` per line,
as a logging proxy writes it) the text shown to the model is checked too: no comment
section or "related articles" block of an article (a line that opens such a block, and
what follows it) may reach the model. Exit status 1 when any violation is printed.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

# Words that name no one on their own (a hand list, English and the other languages of
# examples/articles; deliberately small: a miss here lets a violation through, it does
# not invent one).
GENERIC = {
    "the", "a", "an", "he", "she", "they", "it", "we", "delegation", "delegations",
    "officials", "official", "minister", "ministers", "president", "leader", "leaders",
    "side", "sides", "guests", "guest", "host", "hosts", "visitor", "visitors", "people",
    "business people", "businessmen", "representatives", "team", "group", "heyet",
    "delegation of", "die delegation", "delegación", "délégation", "делегация",
    "代表团", "대표단", "visit", "meeting", "1", "-", "none", "null", "unknown",
}
UNSPACED = ("CJK", "HIRAGANA", "KATAKANA", "THAI", "HANGUL", "KHMER", "LAO", "MYANMAR")
# Lines that open a page's comments or related-articles block (the text after them is
# not the article).
# (A short line, at most 30 characters around the phrase: "Comments (2)", "Your Thoughts
# and Comments", "Related articles".)
BLOCK_OPENERS = re.compile(
    r"^[^\n]{0,30}\b(comments?|leave a (comment|reply)|add (a |your )?comment|"
    r"related (articles|stories|news|posts|content)|read more|more from|you may also like|"
    r"recommended( for you)?|most (read|popular)|trending( now)?|"
    # other languages' headings (bench/real_run6_articles.jsonl)
    r"kommentare|commentaires|comentarios|commenti|comentários|komentarze|yorumlar|"
    r"комментарии|التعليقات|mehr zum thema|lire aussi|читайте также|أخبار ذات صلة|"
    r"ilgili haberler|articoli correlati|notícias relacionadas|powiązane artykuły)"
    r"\b[^\n]{0,30}$",
    re.IGNORECASE | re.MULTILINE,
)


def fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


def letters(text: str) -> list[str]:
    return [c for c in text if c.isalpha()]


def is_unspaced(text: str) -> bool:
    found = letters(text)
    odd = [c for c in found if unicodedata.name(c, "").startswith(UNSPACED)]
    return bool(found) and len(odd) * 2 >= len(found)


def not_sentence(text: str) -> str | None:
    """Why `text` is not sentence-like, or None."""
    found = letters(text)
    if is_unspaced(text):
        compact = "".join(c for c in text if c.isalnum())
        if len(found) < 6:
            return f"{len(found)} letters"
        if re.fullmatch(r"(.+?)\1+", compact):
            return "one word repeated"
        return None
    words = {w.casefold() for w in re.findall(r"\w+", text) if letters(w)}
    if len(found) < 12:
        return f"{len(found)} letters"
    if len(words) < 3:
        return f"{len(words)} different words"
    return None


def located(span: dict[str, Any] | None, article: str) -> bool:
    """Whether a span's offsets hold its text in the article (up to case and spacing)."""
    if not span or span.get("start") is None or span.get("end") is None:
        return False
    return fold(article[span["start"]:span["end"]]) == fold(span["text"])


def in_article(text: str, article: str) -> bool:
    return fold(text) in fold(article)


def names_someone(span: dict[str, Any], article: str) -> bool:
    name = span["text"]
    return (
        located(span, article)
        and len(letters(name)) >= 2
        and fold(name).strip(" .,:;-") not in GENERIC
    )


def quoted_spans(visit: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = []
    for j, p in enumerate(visit["participants"]):
        for key in ("name", "title", "organization"):
            if p.get(key):
                out.append((f"participants[{j}].{key}", p[key]))
    if visit.get("location"):
        out.append(("location.name", visit["location"]["name"]))
    if visit.get("date") and visit["date"].get("text"):
        out.append(("date.text", visit["date"]["text"]))
    for j, a in enumerate(visit.get("agreements", [])):
        out.append((f"agreements[{j}].text", a["text"]))
    out += [(f"evidence[{j}]", s) for j, s in enumerate(visit["evidence"])]
    return out


def audit_visit(i: int, visit: dict[str, Any], article: str, warnings: list[str]) -> list[str]:
    """The broken promises of one visit."""
    where = f"visits[{i}]"
    broken: list[str] = []  # what `grounded: false` with a warning may excuse
    always: list[str] = []  # what nothing excuses: codes and dates without their support
    named = any(names_someone(p["name"], article) for p in visit["participants"])
    codes = visit.get("codes") or {}
    has_codes = bool(codes.get("cameo") or codes.get("plover_event") or codes.get("plover_mode"))
    if has_codes and not named:
        always.append(f"codes {codes} without a participant named in the article")
    said_in_article = any(located(e, article) and not_sentence(e["text"]) is None
                          for e in visit["evidence"])
    if has_codes and not said_in_article:
        always.append(f"codes {codes} without an evidence sentence found in the article")
    if has_codes and not_sentence(visit["summary"]) is not None:
        always.append(f"codes {codes} with a summary that is not a sentence")
    date = visit.get("date")
    if date and (date.get("start") or date.get("end")):
        if not located(date.get("text"), article):
            always.append(f"date {date.get('start')}..{date.get('end')} from text "
                          f"{(date.get('text') or {}).get('text')!r} not in the article")
        else:
            years = re.findall(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)", date["text"]["text"])
            first = (date.get("start") or "")[:4]
            last = (date.get("end") or date.get("start") or "")[:4]
            if years and first and not any(first <= y <= last for y in years):
                always.append(f"date {first}..{last} outside the years {years} of its text")
    evidence = visit["evidence"]
    for j, span in enumerate(evidence):
        if not located(span, article):
            broken.append(f"evidence[{j}] {span['text'][:60]!r} not located in the article")
        if (why := not_sentence(span["text"])) is not None:
            broken.append(f"evidence[{j}] {span['text'][:60]!r} is not a sentence ({why})")
        for k, other in enumerate(evidence[:j]):
            inside = (span.get("start") is not None and other.get("start") is not None and (
                (other["start"] <= span["start"] and span["end"] <= other["end"])
                or (span["start"] <= other["start"] and other["end"] <= span["end"])))
            if fold(span["text"]) == fold(other["text"]) or inside:
                broken.append(f"evidence[{j}] repeats or overlaps evidence[{k}]")
    if (why := not_sentence(visit["summary"])) is not None:
        broken.append(f"summary {visit['summary'][:60]!r} is not a sentence ({why})")
    unlocated = [path for path, span in quoted_spans(visit) if not located(span, article)]
    flagged = [f"{where}: {b}" for b in always]
    if visit["grounded"]:
        if broken or unlocated or not named or not evidence:
            why = broken + [f"{p} not located" for p in unlocated]
            why += [] if named else ["no participant named"]
            why += [] if evidence else ["no evidence"]
            flagged.append(f"{where}: grounded although {'; '.join(why)}")
        return flagged
    said = any(w.startswith(where + ".") or w.startswith(where + ":") or w.startswith(where + " ")
               for w in warnings)
    if not said:
        flagged.append(f"{where}: grounded is false but no warning names {where}")
    return flagged


def audit_record(
    record: dict[str, Any], article: str
) -> tuple[list[str], collections.Counter[str]]:
    """Violations of one record, and its counts."""
    counts: collections.Counter[str] = collections.Counter(records=1)
    out: list[str] = []
    if fold(record["article"]["text"]) != fold(article):
        out.append("article.text differs from the input's text")
    warnings = record.get("meta", {}).get("warnings", [])
    if record.get("error"):
        counts["errors:" + record["error"]["type"]] += 1
    if record.get("skipped"):
        counts["skipped"] += 1
    attempts = record.get("meta", {}).get("attempts", 1) or 1
    counts["re-asks"] += max(0, attempts - 1)
    for w in warnings:
        counts["warning:" + warning_kind(w)] += 1
    for i, visit in enumerate(record.get("visits", [])):
        counts["visits"] += 1
        counts["grounded"] += visit["grounded"]
        counts["coded"] += bool((visit.get("codes") or {}).get("cameo"))
        counts["dated"] += bool(visit.get("date") and visit["date"].get("start"))
        if not visit["grounded"]:
            counts["note:ungrounded keeps type/status"] += 1
        out += audit_visit(i, visit, article, warnings)
        if not visit.get("date") and any(f"visits[{i}].date_text" in w for w in warnings):
            counts["undated, said why"] += 1
    return out, counts


def warning_kind(warning: str) -> str:
    text = re.sub(r"^(chunk \S+ \([^)]*\): )?visits\[\d+\]", "", warning)
    for kind in ("no CAMEO/PLOVER codes", "not found in the article",
                 "is not in the article, so the visit has no date",
                 "could not be read as a date", "repeats an earlier one", "is a part of",
                 "is not a sentence", "is not a known country"):
        if kind in text:
            if kind == "no CAMEO/PLOVER codes":  # why: no participant, evidence or summary
                return text.split(";")[0].lstrip(": ").split(" (only")[0] + "; no codes"
            return kind
    return re.sub(r"\W+", " ", text)[:50].strip()


def read_articles(paths: list[str]) -> dict[str, str]:
    """Input texts by id, from JSONL files as `visitx extract` reads them."""
    texts: dict[str, str] = {}
    for name in paths:
        folder = Path(name).parent
        for line in Path(name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                text = row.get("text") or (folder / row["path"]).read_text(encoding="utf-8")
                texts[row["id"]] = text
    return texts


def audit_requests(log: str, records: list[dict[str, Any]]) -> list[str]:
    """Blocks after a comments/related heading of an article that reached the model."""
    shown = []
    for line in Path(log).read_text(encoding="utf-8").splitlines():
        body = (json.loads(line).get("request") or {})
        shown += [m.get("content") or "" for m in body.get("messages", [])
                  if m.get("role") == "user"]
    shown_all = fold("\n".join(c if isinstance(c, str) else json.dumps(c) for c in shown))
    out = []
    for record in records:
        text = record["article"]["text"]
        for m in BLOCK_OPENERS.finditer(text):
            after = text[m.start():m.start() + 160]
            if len(after.strip()) > 20 and fold(after) in shown_all:
                out.append(f"{record['article'].get('source_id') or record['article']['id'][:19]}: "
                           f"the block {after[:50]!r}… was shown to the model")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("results")
    parser.add_argument("--articles", action="append", default=[])
    parser.add_argument("--requests")
    args = parser.parse_args(argv)
    records = [json.loads(x) for x in Path(args.results).read_text(encoding="utf-8").splitlines()
               if x.strip()]
    inputs = read_articles(args.articles)
    total: collections.Counter[str] = collections.Counter()
    violations = 0
    for record in records:
        key = record["article"].get("source_id") or record["article"]["id"][:19]
        article = inputs.get(key, record["article"]["text"])
        found, counts = audit_record(record, article)
        total += counts
        for line in found:
            violations += 1
            print(f"VIOLATION {key}: {line}")
    if args.requests:
        for line in audit_requests(args.requests, records):
            violations += 1
            print(f"VIOLATION {line}")
    total["violations"] = violations
    for name in sorted(total):
        print(f"{name}: {total[name]}")
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
