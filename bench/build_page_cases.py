"""Unpack real saved pages with public expectations for `bench_real_pages.py`.

Takes git checkouts (or bare git directories) of three public projects and writes their
test pages, as saved, and one `cases.json` of expectations to a folder outside the
repository (the pages are not committed here):

- htmldate (github.com/adbar/htmldate): `tests/eval_mediacloud_2020.json`, 200 news pages
  of `tests/test_set/` with the publication day annotated by hand (Data Culture Group,
  Northeastern University), and `tests/eval_default.json`, 800 pages of the BBAW
  collection (`tests/cache/`, `tests/eval/`);
- trafilatura (github.com/adbar/trafilatura): `tests/evaldata.json`, pages of
  `tests/cache/` and `tests/eval/` with text snippets the main text must contain
  ("with") and must not contain ("without");
- scrapinghub/article-extraction-benchmark: `ground-truth.json`, 181 pages
  (`html/*.html.gz`) with the article body written out by people, and that project's
  `output/trafilatura.json` (trafilatura alone on the same pages).

    python bench/build_page_cases.py --htmldate PATH --trafilatura PATH \\
        --scrapinghub PATH [--out /tmp/visitx-real-pages]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import tarfile
from pathlib import Path

from snapshot import git_bytes  # the script's directory is on sys.path

DEFAULT_OUT = Path("/tmp/visitx-real-pages")


def _unpack(repo: Path, folders: list[str], out: Path) -> None:
    """The folders of the repository's HEAD, as committed, under `out`."""
    archive = git_bytes(repo, "archive", "--format=tar", "HEAD", *folders)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(out, filter="data")


def _commit(repo: Path) -> str:
    return git_bytes(repo, "rev-parse", "HEAD").decode().strip()


def _added(repo: Path) -> dict[str, str]:
    """The day each file was first committed: the latest day its page can have been read."""
    log = git_bytes(repo, "log", "--diff-filter=A", "--format=%x00%cs", "--name-only", "-z", "HEAD")
    days: dict[str, str] = {}
    day = ""
    for raw in log.decode("utf-8", "replace").split("\x00"):
        field = raw.strip("\n")
        if len(field) == 10 and field[4] == "-" and field[7] == "-":
            day = field
        elif field:
            days[field] = day  # git log runs newest first: the last seen is the first added
    return days


def _day(value: object) -> str | None:
    """The annotated day; the news set marks pages without a date NaN."""
    return str(value) if value and str(value).lower() != "nan" else None


def _find(root: Path, folders: list[str], name: str) -> str | None:
    for folder in folders:
        if (root / folder / name).is_file():
            return str((root / folder / name).relative_to(root.parent))
    return None


def htmldate_cases(repo: Path, out: Path) -> list[dict[str, object]]:
    root = out / "htmldate"
    _unpack(repo, ["tests"], root)
    added = _added(repo)
    cases: list[dict[str, object]] = []
    for name, collection in (("eval_mediacloud_2020.json", "news"), ("eval_default.json", "bbaw")):
        spec = json.loads((root / "tests" / name).read_text("utf-8"))
        for url, item in spec.items():
            path = _find(root, ["tests/test_set", "tests/cache", "tests/eval"], item["file"])
            if path is None:
                continue
            cases.append(
                {
                    "source": "htmldate",
                    "set": collection,
                    "file": path,
                    "url": url,
                    "date": _day(item["date"]),
                    "read_on": added.get(path.split("/", 1)[1]),
                }
            )
    return cases


def trafilatura_cases(repo: Path, out: Path) -> list[dict[str, object]]:
    root = out / "trafilatura"
    _unpack(repo, ["tests/cache", "tests/eval", "tests/evaldata.json"], root)
    added = _added(repo)
    spec = json.loads((root / "tests" / "evaldata.json").read_text("utf-8"))
    cases: list[dict[str, object]] = []
    for url, item in spec.items():
        path = _find(root, ["tests/cache", "tests/eval"], item["file"])
        if path is None:
            continue
        cases.append(
            {
                "source": "trafilatura",
                "set": "snippets",
                "file": path,
                "url": url,
                "with": item.get("with", []),
                "without": item.get("without", []),
                "date": item.get("date"),
                "read_on": added.get(path.split("/", 1)[1]),
            }
        )
    return cases


def scrapinghub_cases(repo: Path, out: Path) -> list[dict[str, object]]:
    root = out / "scrapinghub"
    _unpack(repo, ["html", "ground-truth.json", "output/trafilatura.json"], root)
    added = _added(repo)
    truth = json.loads((root / "ground-truth.json").read_text("utf-8"))
    alone = json.loads((root / "output" / "trafilatura.json").read_text("utf-8"))
    alone = alone.get("output", alone)
    cases: list[dict[str, object]] = []
    for key, item in truth.items():
        packed = root / "html" / f"{key}.html.gz"
        if not packed.is_file():
            continue
        page = packed.with_suffix("")
        page.write_bytes(gzip.decompress(packed.read_bytes()))
        cases.append(
            {
                "source": "scrapinghub",
                "set": "bodies",
                "file": str(page.relative_to(out)),
                "url": item.get("url"),
                "body": item.get("articleBody", ""),
                "trafilatura": (alone.get(key) or {}).get("articleBody", ""),
                "read_on": added.get(f"html/{key}.html.gz"),
            }
        )
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--htmldate", type=Path, required=True)
    parser.add_argument("--trafilatura", type=Path, required=True)
    parser.add_argument("--scrapinghub", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    cases = (
        htmldate_cases(args.htmldate, args.out)
        + trafilatura_cases(args.trafilatura, args.out)
        + scrapinghub_cases(args.scrapinghub, args.out)
    )
    sources = {
        "htmldate": _commit(args.htmldate),
        "trafilatura": _commit(args.trafilatura),
        "scrapinghub/article-extraction-benchmark": _commit(args.scrapinghub),
    }
    spec = {"sources": sources, "cases": cases}
    (args.out / "cases.json").write_text(json.dumps(spec, ensure_ascii=False, indent=1), "utf-8")
    counts: dict[str, int] = {}
    for case in cases:
        counts[str(case["set"])] = counts.get(str(case["set"]), 0) + 1
    print(f"{len(cases)} pages in {args.out}: {counts}")
    print(json.dumps(sources, indent=1))


if __name__ == "__main__":
    main()
