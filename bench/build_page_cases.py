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

Each repository is read at the commit the figures in bench/README.md were measured on
(`SOURCES`), whatever its checked-out HEAD; a snapshot without that commit is refused.
With the three snapshots side by side (`fetch github:adbar/htmldate`,
`github:adbar/trafilatura`, `github:scrapinghub/article-extraction-benchmark` lays them
out as `DIR/<owner>+<name>/repo`; plain clones as `DIR/<name>`), one command rebuilds
the folder:

    python bench/build_page_cases.py --mirrors /work/.mirror [--out /tmp/visitx-real-pages]
    python bench/build_page_cases.py --htmldate PATH --trafilatura PATH \\
        --scrapinghub PATH [--out /tmp/visitx-real-pages]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import subprocess
import tarfile
from pathlib import Path

from snapshot import git_bytes  # the script's directory is on sys.path

DEFAULT_OUT = Path("/tmp/visitx-real-pages")
# The commits the page sets are read at (the figures in bench/README.md).
SOURCES = {
    "htmldate": ("adbar/htmldate", "b8952828329abaeeb3be21387b526f2be614ce67"),
    "trafilatura": ("adbar/trafilatura", "e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5"),
    "scrapinghub": (
        "scrapinghub/article-extraction-benchmark",
        "4a3bc979f76c0df73cb95fe272e2fc1b96f9f010",
    ),
}


def _unpack(repo: Path, commit: str, folders: list[str], out: Path) -> None:
    """The folders of the repository at `commit`, as committed, under `out`."""
    archive = git_bytes(repo, "archive", "--format=tar", commit, *folders)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(out, filter="data")


def _commit(repo: Path, name: str) -> str:
    """The pinned commit of source `name`, after checking that `repo` has it."""
    slug, commit = SOURCES[name]
    try:
        git_bytes(repo, "cat-file", "-e", f"{commit}^{{commit}}")
    except subprocess.CalledProcessError:
        raise SystemExit(
            f"{repo} has no commit {commit} of github.com/{slug}: give a snapshot or a "
            "clone with that commit in its history."
        ) from None
    return commit


def _mirror(root: Path, slug: str) -> Path:
    """Where `slug` sits under `root`: `owner+name/repo` (a fetched snapshot) or `name`."""
    for candidate in (root / slug.replace("/", "+") / "repo", root / slug.split("/")[1]):
        if candidate.exists():
            return candidate
    raise SystemExit(f"No snapshot of github.com/{slug} under {root}: fetch or clone it.")


def _added(repo: Path, commit: str) -> dict[str, str]:
    """The day each file was first committed: the latest day its page can have been read."""
    log = git_bytes(repo, "log", "--diff-filter=A", "--format=%x00%cs", "--name-only", "-z", commit)
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
    commit = _commit(repo, "htmldate")
    _unpack(repo, commit, ["tests"], root)
    added = _added(repo, commit)
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
    commit = _commit(repo, "trafilatura")
    _unpack(repo, commit, ["tests/cache", "tests/eval", "tests/evaldata.json"], root)
    added = _added(repo, commit)
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
    commit = _commit(repo, "scrapinghub")
    _unpack(repo, commit, ["html", "ground-truth.json", "output/trafilatura.json"], root)
    added = _added(repo, commit)
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
    parser.add_argument("--mirrors", type=Path, help="a folder holding the three snapshots")
    parser.add_argument("--htmldate", type=Path)
    parser.add_argument("--trafilatura", type=Path)
    parser.add_argument("--scrapinghub", type=Path)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    repos: dict[str, Path] = {}
    for name, (slug, _) in SOURCES.items():
        given = getattr(args, name)
        if given is None and args.mirrors is None:
            parser.error(f"give --mirrors DIR or --{name} PATH")
        repos[name] = given or _mirror(args.mirrors, slug)
    args.out.mkdir(parents=True, exist_ok=True)
    cases = (
        htmldate_cases(repos["htmldate"], args.out)
        + trafilatura_cases(repos["trafilatura"], args.out)
        + scrapinghub_cases(repos["scrapinghub"], args.out)
    )
    sources = {SOURCES[name][0].removeprefix("adbar/"): SOURCES[name][1] for name in SOURCES}
    spec = {"sources": sources, "cases": cases}
    (args.out / "cases.json").write_text(json.dumps(spec, ensure_ascii=False, indent=1), "utf-8")
    counts: dict[str, int] = {}
    for case in cases:
        counts[str(case["set"])] = counts.get(str(case["set"]), 0) + 1
    print(f"{len(cases)} pages in {args.out}: {counts}")
    print(json.dumps(sources, indent=1))


if __name__ == "__main__":
    main()
