"""Open a visitx report in headless Chromium and check that it really renders.

The unit tests parse the report's HTML; this script checks what a browser makes of it:
the inline script runs (the visit counter is filled in, the link to the Persian article
opens its section), and the Persian article is laid out right to left with its
highlighted names intact. It writes a report for the seed articles (built from their
reference drafts, no model call), dumps the DOM Chromium builds from it (as is, and after
sorting the table by date and filtering it to Persian), and takes two screenshots: the top
of the report, and the notebook view of the Persian article.

Usage:
    python tests/browser/check_report.py [--chromium /usr/bin/chromium] [--out DIR]

Exit status: 0 when every check passes, 1 when one fails, 2 when Chromium is missing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))  # check this checkout, not an installed visitx

from visitx._draft import Draft  # noqa: E402
from visitx._html import render_extraction_html  # noqa: E402
from visitx._models import Article, ErrorInfo, Extraction  # noqa: E402
from visitx._record import build_visits  # noqa: E402
from visitx._report import write_report  # noqa: E402

SEEDS = ROOT / "examples" / "articles" / "seeds"
DRAFTS = ROOT / "examples" / "articles" / "drafts"
PERSIAN = "003_b26aa6423f84ab65"
PERSIAN_NAME = "ایگور بابوشکین"
# Keeps Chromium off the network and away from any profile on this machine.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def seed_extractions() -> list[Extraction]:
    """The seed articles' records, built from their reference drafts, plus one failure."""
    out = []
    for line in (SEEDS / "index.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        text = (SEEDS / f"{entry['id']}.txt").read_text(encoding="utf-8")
        draft = Draft.model_validate_json((DRAFTS / f"{entry['id']}.json").read_text("utf-8"))
        article = Article(
            id=Article.id_for(text),
            text=text,
            language=entry["language"],
            published=entry["published"],
            title=entry["id"],
        )
        visits, warnings = build_visits(draft, article)
        out.append(Extraction(article=article, visits=visits))
        out[-1].meta.warnings = warnings
    broken = "An article the provider never answered for."
    out.append(
        Extraction(
            article=Article(id=Article.id_for(broken), text=broken, language="en"),
            error=ErrorInfo(type="ProviderError", message="The provider answered HTTP 503."),
        )
    )
    return out


class _Blocks(HTMLParser):
    """Collects the text and attributes of every `.vx-article` block, and the counter."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[dict[str, str | None], list[str]]] = []
        self.depth = 0  # >0 while inside an article block
        self.counter: list[str] | None = None
        self.counter_text = ""
        self.sections_open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if self.depth:
            self.depth += 1
        elif tag == "div" and "vx-article" in (a.get("class") or "").split():
            self.blocks.append((a, []))
            self.depth = 1
        if a.get("id") == "vx-count":
            self.counter = []
        if tag == "details" and "open" in a:
            self.sections_open.append(a.get("id") or "")

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1
        if self.counter is not None and tag == "span":
            self.counter_text, self.counter = "".join(self.counter), None

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.blocks[-1][1].append(data)
        if self.counter is not None:
            self.counter.append(data)


def run_chromium(chromium: str, url: str, extra: list[str], profile: Path) -> str:
    cmd = [chromium, *FLAGS, f"--user-data-dir={profile}", *extra, url]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=180, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"chromium exited {done.returncode}: {done.stderr.strip()[-500:]}")
    return done.stdout


# Appended to a copy of the report: drives the table as a user would, so the dumped DOM
# shows whether sorting and filtering work.
_DRIVE = """<script>
document.querySelectorAll("#vx-visits thead button")[2].click();
var f = document.getElementById("filter-language");
f.value = "fa";
f.dispatchEvent(new Event("change"));
</script>"""


class _Rows(HTMLParser):
    """The visit table's rows: (hidden, date cell's sort key), in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[tuple[bool, str]] = []
        self.cell = 0
        self.inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "tbody" and not self.rows:
            self.inside = True
        if self.inside and tag == "tr":
            self.rows.append(("hidden" in a, ""))
            self.cell = 0
        if self.inside and tag == "td":
            self.cell += 1
            if self.cell == 3:
                self.rows[-1] = (self.rows[-1][0], a.get("data-sort") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "tbody":
            self.inside = False


def check_table(chromium: str, report: Path, profile: Path) -> list[str]:
    """Sort by date and filter to Persian in Chromium; return what went wrong."""
    driven = report.with_name("report-driven.html")
    page = report.read_text(encoding="utf-8")
    driven.write_text(page.replace("</body>", _DRIVE + "</body>"), encoding="utf-8")
    rows = _Rows()
    rows.feed(run_chromium(chromium, driven.resolve().as_uri(), ["--dump-dom"], profile))
    failures = []
    dates = [d for _, d in rows.rows if d]
    if (
        not dates
        or dates != sorted(dates)
        or rows.rows[: len(dates)] != [(h, d) for h, d in rows.rows if d]
    ):
        failures.append(f"sorting by date did not order the rows: {rows.rows}")
    shown = [h for h, _ in rows.rows].count(False)
    if shown != 2:
        failures.append(f"the language filter should leave the 2 Persian visits, left {shown}")
    return failures


def check(chromium: str, out: Path) -> list[str]:
    """Write the report, render it, and return the failed checks (empty when all pass)."""
    items = seed_extractions()
    report = write_report(items, out / "report.html", title="visitx seed articles")
    persian_index = next(i for i, ex in enumerate(items) if ex.article.title == PERSIAN)
    url = report.resolve().as_uri()
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as profile:
        # The link from the table opens the Persian article's section (done by the script).
        dom = run_chromium(chromium, f"{url}#a{persian_index}", ["--dump-dom"], Path(profile))
        (out / "dom.html").write_text(dom, encoding="utf-8")
        # The notebook view gets its own page: a headless screenshot of a page scrolled
        # to an anchor leaves the part above the viewport blank.
        notebook = out / "notebook-persian.html"
        notebook.write_text(
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>notebook view'
            f"</title></head><body>{render_extraction_html(items[persian_index])}</body></html>",
            encoding="utf-8",
        )
        for name, target in (("report-top", url), ("notebook-persian", notebook.as_uri())):
            shot = out / f"{name}.png"
            run_chromium(
                chromium,
                target,
                [f"--screenshot={shot}", "--window-size=1400,2000"],
                Path(profile),
            )
            if not shot.exists() or shot.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n":
                failures.append(f"no screenshot written at {shot}")
        failures += check_table(chromium, report, Path(profile))

    parsed = _Blocks()
    parsed.feed(dom)
    persian_text = items[persian_index].article.text
    rtl = [(a, "".join(t)) for a, t in parsed.blocks if a.get("dir") == "rtl"]
    if len(rtl) != 1:
        failures.append(f"expected 1 right-to-left article block, found {len(rtl)}")
    elif rtl[0][0].get("lang") != "fa" or PERSIAN_NAME not in rtl[0][1]:
        failures.append("the right-to-left block is not the Persian article with its names")
    elif rtl[0][1] != persian_text:
        failures.append("the Persian article block's text differs from the article text")
    if len(parsed.blocks) != len(items):
        failures.append(f"expected {len(items)} article blocks, found {len(parsed.blocks)}")
    visits = sum(len(ex.visits) for ex in items)
    if parsed.counter_text != f"{visits} of {visits} visits shown":
        failures.append(f"the table script did not run (counter: {parsed.counter_text!r})")
    if f"a{persian_index}" not in parsed.sections_open:
        failures.append("following the link did not open the Persian article's section")
    if 'title="visit 1 · visitor name · Igor Babushkin · RUS"' not in dom:
        failures.append("the hover label of the visitor's name is missing")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--out", type=Path, help="directory for the report and screenshots")
    args = parser.parse_args(argv)
    if not Path(args.chromium).exists():
        print(f"Chromium not found at {args.chromium}", file=sys.stderr)
        return 2
    out = (args.out or Path(tempfile.mkdtemp(prefix="visitx-browser-"))).resolve()
    out.mkdir(parents=True, exist_ok=True)
    failures = check(args.chromium, out)
    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    print(f"{'FAILED' if failures else 'OK'}: report, DOM and screenshots in {out}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
