"""Open a visitx report in headless Chromium and check that it really renders.

The unit tests parse the report's HTML; this script checks what a browser makes of it:
the inline script runs (the visit counter is filled in, the link to the Persian article
opens its section), and the Persian article is laid out right to left with its
highlighted names intact. A second report, of events (the cluster articles and an Arabic
one), checks that the map is drawn, that search, the date range and the international
filter narrow the table and the CSV export, that the Arabic agreement parties are laid
out right to left, and that the page does not scroll sideways at 1,400 px. A third, of
the 34 gold articles at 1,400 and 900 px, checks the table (no word broken mid-token,
no clipped header), the overview and timeline, and that no two map markers overlap as
drawn (their circles' rendered boxes).

It writes a report for the seed articles (built from their
reference drafts, no model call), dumps the DOM Chromium builds from it (as is, and after
sorting the table by date and filtering it to Persian), and takes two screenshots: the top
of the report, and the notebook view of the Persian article.

Usage:
    python tests/report/browser/check_report.py [--chromium /usr/bin/chromium] [--out DIR]

Exit status: 0 when every check passes, 1 when one fails, 2 when Chromium is missing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "src"))  # check this checkout, not an installed visitx

from visitx.core.models import Article, ErrorInfo, Extraction  # noqa: E402
from visitx.record.build import build_visits  # noqa: E402
from visitx.record.draft import Draft  # noqa: E402
from visitx.report.notebook import render_extraction_html  # noqa: E402
from visitx.report.page import write_report  # noqa: E402

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
    """Chromium's stdout for one page; each launch gets a fresh profile folder under
    `profile`, so launches can run side by side (a profile is locked by its browser)."""
    own = tempfile.mkdtemp(dir=profile)
    cmd = [chromium, *FLAGS, f"--user-data-dir={own}", *extra, url]
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


CLUSTERS = ROOT / "tests" / "fixtures" / "clusters"
GOLD = ROOT / "examples" / "articles" / "gold.jsonl"
ARABIC = "w07_ar_hijri"  # its signed agreement has two Arabic parties

# Appended to a copy of the events report: reads what the browser drew and drives the
# filters; the findings land in data-* attributes on <body> for the dumped DOM.
_DRIVE_EVENTS = """<script>
var b = document.body;
var land = document.querySelector("path.vx-land").getBBox();
b.setAttribute("data-land-width", Math.round(land.width));
b.setAttribute("data-places", document.querySelectorAll("circle.vx-place").length);
b.setAttribute("data-scroll-width", document.documentElement.scrollWidth);
var dirs = Array.prototype.map.call(document.querySelectorAll("ul.vx-parties li"), function (li) {
  return getComputedStyle(li).direction + ":" + li.textContent;
});
b.setAttribute("data-party-dirs", dirs.join("|"));
function set(id, value) {
  var el = document.getElementById(id);
  if (el.type === "checkbox") { el.checked = value; } else { el.value = value; }
  el.dispatchEvent(new Event(el.type === "search" ? "input" : "change"));
}
set("filter-search", "Turkistan");
b.setAttribute("data-csv-search", window.vxCsv());
set("filter-search", "");
set("filter-international", true);
set("filter-from", "2024-05-10");
set("filter-to", "2024-05-31");
b.setAttribute("data-csv-range", window.vxCsv());
b.setAttribute("data-count", document.getElementById("vx-count").textContent);
set("filter-international", false);
set("filter-from", "");
set("filter-to", "");
set("filter-warnings", true);  // no event of these reports has a warning
b.setAttribute("data-count-warned", document.getElementById("vx-count").textContent);
</script>"""


def events_records() -> list[Extraction]:
    """The cluster articles (from their reference drafts) and the Arabic gold article."""
    out = []
    for line in (CLUSTERS / "index.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        text = (CLUSTERS / entry["path"]).read_text(encoding="utf-8")
        draft = Draft.model_validate_json(
            (CLUSTERS / "drafts" / f"{entry['id']}.json").read_text("utf-8")
        )
        article = Article(
            id=Article.id_for(text),
            text=text,
            language=entry["language"],
            published=entry["published"],
            url=entry["url"],
            source_id=entry["id"],
        )
        out.append(Extraction(article=article, visits=build_visits(draft, article)[0]))
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        record = Extraction.model_validate_json(line)
        if record.article.source_id == ARABIC:
            out.append(record)
    return out


class _Body(HTMLParser):
    """The attributes of <body>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.attrs: dict[str, str | None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.attrs = dict(attrs)


def write_events_report(out: Path) -> tuple[Path, Path]:
    """The events report, and a copy that drives its filters: (page, driven)."""
    page = out / "events.html"
    write_report(events_records(), page, title="visitx events", events=True)
    driven = out / "events-driven.html"
    html = page.read_text(encoding="utf-8")
    driven.write_text(html.replace("</body>", _DRIVE_EVENTS + "</body>"), encoding="utf-8")
    return page, driven


def screenshot_events_report(chromium: str, page: Path, out: Path, profile: Path) -> None:
    """The top of the events report, as a reader sees it."""
    run_chromium(
        chromium,
        page.resolve().as_uri(),
        [f"--screenshot={out / 'events-top.png'}", "--window-size=1400,1600"],
        profile,
    )


def check_events_report(chromium: str, driven: Path, profile: Path) -> list[str]:
    """The events report in Chromium: map drawn, filters and CSV, RTL parties, 1,400 px."""
    body = _Body()
    body.feed(
        run_chromium(
            chromium, driven.resolve().as_uri(), ["--dump-dom", "--window-size=1400,1600"], profile
        )
    )
    got = body.attrs
    failures = []
    if int(got.get("data-land-width") or 0) < 600:
        failures.append(f"the world outline was not drawn full width: {got.get('data-land-width')}")
    if got.get("data-places") != "3":  # Gaziantep, Ankara, Buraydah
        failures.append(f"expected 3 places on the map, got {got.get('data-places')}")
    if int(got.get("data-scroll-width") or 99999) > 1400:
        failures.append(f"the page scrolls sideways at 1,400 px: {got.get('data-scroll-width')}")
    parties = (got.get("data-party-dirs") or "").split("|")
    if parties != ["rtl:أمانة منطقة القصيم", "rtl:هيئة المزارعين الماليزية"]:
        failures.append(f"the Arabic agreement parties are not laid out right to left: {parties}")
    # The DOM serializer may turn the CSV's CRLF into LF: split on either.
    search = (got.get("data-csv-search") or "").strip().splitlines()
    if (
        len(search) != 2
        or not search[0].startswith("article,")
        or "Nurlan Abenov [KAZ] Akim" not in search[1]
    ):
        failures.append(f"search + CSV should give the header and the Kazakh visit: {search}")
    ranged = (got.get("data-csv-range") or "").strip().splitlines()
    if len(ranged) != 5:
        failures.append(f"the May 10-31 range should keep 4 international events: {ranged}")
    if got.get("data-count") != "4 of 7 events shown":
        failures.append(f"the counter should say 4 of 7 events shown: {got.get('data-count')}")
    if search and not search[0].endswith(",summary,warnings"):
        failures.append(f"the CSV should end with the summary and warnings columns: {search[0]}")
    if got.get("data-count-warned") != "0 of 7 events shown":
        warned = got.get("data-count-warned")
        failures.append(f"'with warnings only' should hide all 7 events: {warned}")
    return failures


# Appended to a copy of the gold report: measures what a reader sees at a given width.
# Findings land in data-* attributes on <body> for the dumped DOM.
_DRIVE_GOLD = """<script>
var b = document.body;
b.setAttribute("data-scroll-width", document.documentElement.scrollWidth);
var wrap = document.querySelector(".vx-table-wrap");
b.setAttribute("data-table-overflow", wrap.scrollWidth - wrap.clientWidth);
// A word whose characters sit on two lines was broken mid-token.
var broken = [];
document.querySelectorAll("#vx-visits tbody td").forEach(function (td) {
  var walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
  var node, m, re = /[^\\s\\-\\u2013]+/g;  // a line may break after a hyphen
  while ((node = walker.nextNode())) {
    if (node.parentElement.closest(".vx-id")) { continue; }  // ids may wrap anywhere
    re.lastIndex = 0;
    while ((m = re.exec(node.data))) {
      var r = document.createRange();
      r.setStart(node, m.index);
      r.setEnd(node, m.index + m[0].length);
      var tops = {};
      Array.prototype.forEach.call(r.getClientRects(), function (q) {
        if (q.width > 0) { tops[Math.round(q.top)] = 1; }
      });
      if (Object.keys(tops).length > 1) { broken.push(m[0]); }
    }
  }
});
b.setAttribute("data-broken", broken.slice(0, 20).join("|"));
var clipped = [];
document.querySelectorAll("#vx-visits thead th").forEach(function (th) {
  if (th.scrollWidth > th.clientWidth + 1) { clipped.push(th.textContent); }
});
b.setAttribute("data-clipped", clipped.join("|"));
// The overview's figures fill their grid: none ends short of the section's right edge
// by more than a third of the section, except in a row it shares with another figure.
var plots = document.querySelector(".vx-plots").getBoundingClientRect();
var right = 0;
document.querySelectorAll(".vx-plots figure").forEach(function (f) {
  right = Math.max(right, f.getBoundingClientRect().right);
});
b.setAttribute("data-plots-gap", Math.round(plots.right - right));
var labels = document.querySelectorAll(".vx-fig-timeline text.vx-tick-label").length;
b.setAttribute("data-timeline-labels", labels);
// Map markers as drawn: no two circles overlap (by more than a rounding pixel).
var circles = Array.prototype.map.call(
  document.querySelectorAll(".vx-fig-map circle"),
  function (c) {
    var q = c.getBoundingClientRect();
    return {x: q.left + q.width / 2, y: q.top + q.height / 2, r: q.width / 2, t: c.textContent};
  });
var overlaps = [];
for (var i = 0; i < circles.length; i++) {
  for (var j = i + 1; j < circles.length; j++) {
    var p = circles[i], q = circles[j];
    if (Math.hypot(p.x - q.x, p.y - q.y) < p.r + q.r - 0.5) { overlaps.push(p.t + " ~ " + q.t); }
  }
}
b.setAttribute("data-markers", circles.length);
b.setAttribute("data-marker-overlaps", overlaps.slice(0, 10).join(" | "));
</script>"""


def gold_records() -> list[Extraction]:
    """The 34 hand-checked gold records."""
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    return [Extraction.model_validate_json(line) for line in lines]


GOLD_WIDTHS = (1400, 900)


def write_gold_report(out: Path) -> tuple[Path, Path]:
    """The gold report, and a copy that measures what a reader sees: (page, driven)."""
    page = write_report(gold_records(), out / "gold.html", title="visitx gold articles")
    driven = out / "gold-driven.html"
    html = page.read_text(encoding="utf-8")
    driven.write_text(html.replace("</body>", _DRIVE_GOLD + "</body>"), encoding="utf-8")
    return page, driven


def screenshot_gold_report(chromium: str, page: Path, out: Path, profile: Path, width: int) -> None:
    """The gold report at `width` px, as a reader sees it."""
    size = f"--window-size={width},3000"
    shot = out / f"gold-{width}.png"
    run_chromium(chromium, page.resolve().as_uri(), [f"--screenshot={shot}", size], profile)


def check_gold_report(chromium: str, driven: Path, profile: Path, width: int) -> list[str]:
    """The gold report at `width` px: no sideways scroll, no word broken mid-token,
    no clipped header, an overview without an empty third, a labelled timeline, map
    markers that do not overlap."""
    failures = []
    size = f"--window-size={width},3000"
    body = _Body()
    body.feed(run_chromium(chromium, driven.resolve().as_uri(), ["--dump-dom", size], profile))
    got = body.attrs
    if int(got.get("data-scroll-width") or 99999) > width:
        wide = got.get("data-scroll-width")
        failures.append(f"{width} px: the page scrolls sideways ({wide})")
    if int(got.get("data-table-overflow") or 0) > 0:
        failures.append(f"{width} px: the table scrolls by {got.get('data-table-overflow')} px")
    if got.get("data-broken"):
        failures.append(f"{width} px: words broken mid-token: {got.get('data-broken')}")
    if got.get("data-clipped"):
        failures.append(f"{width} px: clipped headers: {got.get('data-clipped')}")
    if int(got.get("data-plots-gap") or 0) > width // 4:
        failures.append(f"{width} px: the overview leaves {got.get('data-plots-gap')} px empty")
    if int(got.get("data-timeline-labels") or 0) < 4:
        failures.append(f"{width} px: the timeline axis has too few labels")
    if int(got.get("data-markers") or 0) < 10:
        failures.append(f"{width} px: the map drew {got.get('data-markers')} markers")
    if got.get("data-marker-overlaps"):
        overlaps = got.get("data-marker-overlaps")
        failures.append(f"{width} px: map markers overlap: {overlaps}")
    return failures


def check(chromium: str, out: Path) -> list[str]:
    """Write the report, render it, and return the failed checks (empty when all pass).

    The pages are written first; the Chromium launches (most of their time is the
    browser starting, not CPU) then run side by side, each with its own profile.
    """
    items = seed_extractions()
    report = write_report(items, out / "report.html", title="visitx seed articles")
    persian_index = next(i for i, ex in enumerate(items) if ex.article.title == PERSIAN)
    url = report.resolve().as_uri()
    # The notebook view gets its own page: a headless screenshot of a page scrolled
    # to an anchor leaves the part above the viewport blank.
    notebook = out / "notebook-persian.html"
    notebook.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>notebook view'
        f"</title></head><body>{render_extraction_html(items[persian_index])}</body></html>",
        encoding="utf-8",
    )
    events_page, events_driven = write_events_report(out)
    gold_page, gold_driven = write_gold_report(out)
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as folder, ThreadPoolExecutor(max_workers=4) as pool:
        profile = Path(folder)
        # The link from the table opens the Persian article's section (done by the script).
        dom_run = pool.submit(
            run_chromium, chromium, f"{url}#a{persian_index}", ["--dump-dom"], profile
        )
        shots: dict[Path, Future[str]] = {}
        for name, target in (("report-top", url), ("notebook-persian", notebook.as_uri())):
            shot = out / f"{name}.png"
            shots[shot] = pool.submit(
                run_chromium,
                chromium,
                target,
                [f"--screenshot={shot}", "--window-size=1400,2000"],
                profile,
            )
        checks = [
            pool.submit(check_table, chromium, report, profile),
            pool.submit(check_events_report, chromium, events_driven, profile),
            *(pool.submit(check_gold_report, chromium, gold_driven, profile, width)
              for width in GOLD_WIDTHS),
        ]  # fmt: skip
        pictures = [
            pool.submit(screenshot_events_report, chromium, events_page, out, profile),
            *(pool.submit(screenshot_gold_report, chromium, gold_page, out, profile, width)
              for width in GOLD_WIDTHS),
        ]  # fmt: skip
        dom = dom_run.result()
        (out / "dom.html").write_text(dom, encoding="utf-8")
        for shot, run in shots.items():
            run.result()
            if not shot.exists() or shot.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n":
                failures.append(f"no screenshot written at {shot}")
        for check_run in checks:
            failures += check_run.result()
        for picture in pictures:
            picture.result()

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
