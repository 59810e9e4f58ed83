"""Run the scenarios of bench/abuse_round5.md against the command line and print a table.

Needs `bench/hostile_server.py --port 8799` and `tests/reference_server.py --port 8798`
running (127.0.0.1 only). Each scenario runs `python -m visitx ...` with a fake key in a
fresh folder under WORK and records the exit code, whether a traceback or the key showed up
(stdout, stderr, the output file, the cache) and the last stderr line.

    PYTHONPATH=src python bench/probe_abuse_round5.py [WORK] [--only 1,5,7] [--src DIR]

`--src` runs another checkout's `src` (the results before a change).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SECRET = "sk-test-R5SECRETzz9q"
HOSTILE = "http://127.0.0.1:8799"
REFERENCE = "http://127.0.0.1:8798/v1"
WRITTEN = ROOT / "examples" / "articles" / "written"


@dataclass
class Scenario:
    number: int
    args: list[str]
    env: dict[str, str] = field(default_factory=dict)
    stdin: bytes | None = None
    timeout: float = 40
    setup: Callable[[Path], None] | None = None
    signal_after: tuple[float, int] | None = None
    pipe_head: bool = False


def articles(n: int = 4) -> str:
    lines = []
    for path in sorted(WRITTEN.glob("w*.txt"))[:n]:
        lines.append(json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8"),
                                 "published": "2024-11-24", "language": "tr"}))
    return "\n".join(lines) + "\n"


def setup_inputs(work: Path) -> None:
    (work / "in.jsonl").write_text(articles(), encoding="utf-8")
    (work / "many.jsonl").write_text(articles(20), encoding="utf-8")


def hostile(mode: str) -> list[str]:
    return ["--base-url", f"{HOSTILE}/{mode}/v1", "--timeout", "3", "--concurrency", "2"]


def ref() -> list[str]:
    return ["--base-url", REFERENCE]


def _badline(work: Path) -> None:
    good = articles(3).splitlines()
    (work / "bad.jsonl").write_text("\n".join([good[0], '{"id": "broken", "text": ', good[1],
                                               "not json", good[2]]) + "\n", encoding="utf-8")


def _bigline(work: Path) -> None:
    good = articles(2).splitlines()
    big = json.dumps({"id": "big", "text": "Ankara visit. " * 3_600_000})
    (work / "big.jsonl").write_text("\n".join([good[0], big, good[1]]) + "\n", encoding="utf-8")


def _files(work: Path) -> None:
    (work / "empty.txt").write_text("", encoding="utf-8")
    (work / "bin.txt").write_bytes(bytes(range(256)) * 40)
    (work / "u16.txt").write_text((WRITTEN / "w01_tr_multistop.txt").read_text(encoding="utf-8"),
                                  encoding="utf-16")
    (work / "odd.csv").write_text('id,text\n1,"a ""quoted"" ,\n thing\n', encoding="utf-8")
    (work / "emptydir").mkdir()
    (work / "urls.txt").write_text("http://127.0.0.1:1/x\n", encoding="utf-8")


def _readonly_dir(work: Path) -> None:
    (work / "ro").mkdir()
    (work / "ro").chmod(0o555)


def _cache_file(work: Path) -> None:
    (work / "cachefile").write_text("I am a file", encoding="utf-8")


def _cache_corrupt(work: Path) -> None:
    cache = work / "corruptcache"
    cache.mkdir()
    for name in ("cache.sqlite", "cache.db", "drafts.sqlite", "visitx.sqlite"):
        (cache / name).write_bytes(b"garbage" * 1000)


def _cache_ro(work: Path) -> None:
    (work / "rocache").mkdir()
    (work / "rocache").chmod(0o555)


def _manifests(work: Path) -> None:
    (work / "foreign").mkdir()
    (work / "foreign" / "manifest.json").write_text('{"hello": "world"}', encoding="utf-8")
    (work / "trunc").mkdir()
    (work / "trunc" / "manifest.json").write_text('{"model": "gpt-4', encoding="utf-8")
    (work / "junk").mkdir()
    (work / "junk" / "readme.txt").write_text("x", encoding="utf-8")


def _results(work: Path) -> None:
    shutil.copy(ROOT / "examples" / "articles" / "gold.jsonl", work / "gold.jsonl")


def _all(work: Path) -> None:
    for step in (_badline, _files, _readonly_dir, _cache_file, _cache_corrupt, _cache_ro,
                 _manifests, _results):
        step(work)


def scenarios() -> list[Scenario]:
    x = ["extract"]
    return [
        Scenario(1, [*x, "in.jsonl", *ref()], pipe_head=True),
        Scenario(2, [*x, "many.jsonl", "-o", "s2.jsonl", *hostile("hang"), "--fail-fast", "0",
                     "--timeout", "30"], signal_after=(4, signal.SIGINT)),
        Scenario(3, [*x, "many.jsonl", "-o", "s3.jsonl", *hostile("hang"), "--fail-fast", "0",
                     "--timeout", "30"], signal_after=(4, signal.SIGTERM)),
        Scenario(5, [*x, "in.jsonl", "-o", "ro/out.jsonl", *ref()]),
        Scenario(6, [*x, "in.jsonl", "-o", "/dev/full", *ref()]),
        Scenario(7, [*x, "in.jsonl", *ref()], env={"VISITX_CACHE_DIR": "cachefile"}),
        Scenario(8, [*x, "in.jsonl", *ref()], env={"VISITX_CACHE_DIR": "corruptcache"}),
        Scenario(9, [*x, "in.jsonl", *ref()], env={"VISITX_CACHE_DIR": "rocache"}),
        Scenario(10, [*x, "emptydir", *ref()]),
        Scenario(11, [*x, "bin.txt", *ref()]),
        Scenario(12, [*x, "empty.txt", *ref()]),
        Scenario(13, [*x, "bad.jsonl", "-o", "s13.jsonl", *ref()]),
        Scenario(14, [*x, "big.jsonl", "-o", "s14.jsonl", *ref()], setup=_bigline),
        Scenario(15, [*x, "u16.txt", *ref()]),
        Scenario(16, [*x, "odd.csv", *ref()]),
        Scenario(17, [*x, "nothere.jsonl", *ref()]),
        Scenario(18, [*x, "http://127.0.0.1:1/x", "in.jsonl", *ref()]),
        Scenario(19, [*x, "in.jsonl", "--base-url", "http://127.0.0.1:1/v1", "--timeout", "3"]),
        Scenario(20, [*x, "in.jsonl", *hostile("hang"), "--fail-fast", "2"], timeout=60),
        Scenario(21, [*x, "in.jsonl", *hostile("html502")], timeout=60),
        Scenario(22, [*x, "in.jsonl", *hostile("nonjson")]),
        Scenario(23, [*x, "in.jsonl", *hostile("nochoices")]),
        Scenario(24, [*x, "in.jsonl", *hostile("slow"), "--fail-fast", "2"], timeout=60),
        Scenario(25, [*x, "in.jsonl", "-o", "s25.jsonl", *hostile("echo401")]),
        Scenario(26, [*x, "in.jsonl", *hostile("storm429")], timeout=60),
        Scenario(27, [*x, "in.jsonl", *hostile("cut")], timeout=60),
        Scenario(28, [*x, "in.jsonl", "--concurrency", "0", *ref()]),
        Scenario(29, [*x, "in.jsonl", "--concurrency", "-3", *ref()]),
        Scenario(30, [*x, "in.jsonl", "--concurrency", "abc", *ref()]),
        Scenario(31, [*x, "in.jsonl", "--model", "nonsense-model", *hostile("nomodel")]),
        Scenario(32, [*x, "in.jsonl", "--base-url", "localhost:8080"]),
        Scenario(33, [*x, "in.jsonl", "--base-url", "ftp://127.0.0.1/v1"]),
        Scenario(34, [*x, "in.jsonl", *ref()], env={"VISITX_TIMEOUT": "soon"}),
        Scenario(134, [*x, "in.jsonl", *ref()], env={"VISITX_MAX_TOKENS": "-1"}),
        Scenario(234, [*x, "in.jsonl", *ref()], env={"VISITX_TEMPERATURE": "hot"}),
        Scenario(334, [*x, "in.jsonl", *ref()], env={"VISITX_LONG_ARTICLES": "maybe"}),
        Scenario(434, [*x, "in.jsonl", *ref()], env={"VISITX_MODE": "telepathy"}),
        Scenario(534, [*x, "in.jsonl", *ref()], env={"VISITX_CONTEXT_SIZE": "big"}),
        Scenario(634, [*x, "in.jsonl", *ref()], env={"VISITX_STRIP_BOILERPLATE": "perhaps"}),
        Scenario(734, [*x, "in.jsonl", *ref()], env={"VISITX_LLAMA_CPP": "2"}),
        Scenario(35, [*x, "in.jsonl"], env={"OPENAI_API_KEY": ""}),
        Scenario(36, ["batch", "status", "--manifest", "missing"]),
        Scenario(37, ["batch", "collect", "--manifest", "foreign", "-o", "c.jsonl"]),
        Scenario(137, ["batch", "status", "--manifest", "junk"]),
        Scenario(38, ["batch", "status", "--manifest", "trunc"]),
        Scenario(39, ["export", "gold.jsonl", "-o", "nodir/sub/visits.csv"]),
        Scenario(40, ["export", "gold.jsonl", "-o", "visits.xlsx"]),
        Scenario(41, ["report", "in.jsonl", "-o", "r.html"]),
        Scenario(141, ["report", "bin.txt", "-o", "r.html"]),
        Scenario(241, ["events", "bad.jsonl", "-o", "e.jsonl"]),
        Scenario(43, []),
        Scenario(143, ["frobnicate"]),
        Scenario(44, [*x, "in.jsonl", "-o", "in.jsonl", *ref()]),
        Scenario(45, [*x, "in.jsonl", "--budget", "-1", *ref()]),
        Scenario(145, [*x, "in.jsonl", "--budget", "abc", *ref()]),
        Scenario(46, [*x, "in.jsonl", "--timeout", "0", *ref()]),
        Scenario(146, [*x, "in.jsonl", "--timeout", "-5", *ref()]),
        Scenario(246, [*x, "in.jsonl", "--timeout", "nan", *ref()]),
        Scenario(346, [*x, "in.jsonl", "--timeout", "inf", *ref()]),
        Scenario(47, ["cache", "clear"], stdin=b""),
        Scenario(48, [*x, "-", *ref()], stdin=b""),
        Scenario(50, [*x, "in.jsonl", "--base-url", f"{HOSTILE}/echo401/v1?key={SECRET}x",
                      "--timeout", "3"]),
        Scenario(51, ["eval", "nothere.jsonl", "gold.jsonl"]),
        Scenario(151, ["eval", "bin.txt", "gold.jsonl"]),
        Scenario(52, ["batch", "submit"]),
        Scenario(53, ["export", "bin.txt", "-o", "v.csv"]),
        Scenario(54, ["events", "gold.jsonl", "-o", "ro/e.jsonl"]),
        Scenario(55, ["report", "gold.jsonl", "-o", "ro/r.html"]),
        Scenario(56, ["export", "gold.jsonl", "-o", "ro/v.csv"]),
        Scenario(57, ["cache", "info"], env={"VISITX_CACHE_DIR": "cachefile"}),
        Scenario(58, ["cache", "info"], env={"VISITX_CACHE_DIR": "corruptcache"}),
        Scenario(59, ["batch", "submit", "in.jsonl", "--manifest", "cachefile", "--dry-run"]),
        Scenario(60, ["batch", "submit", "in.jsonl", "--manifest", "ro/m", "--dry-run"]),
        Scenario(61, ["demo", "-o", "ro/demo.jsonl"]),
        Scenario(62, [*x, "in.jsonl", "--published", "yesterday", *ref()]),
        Scenario(63, [*x, "in.jsonl", "--language", "klingon", *ref()]),
        Scenario(64, [*x, "in.jsonl", "--allow-path", "nothere", *ref()]),
        Scenario(65, [*x, "in.jsonl", *ref(), "--model", ""]),
        Scenario(66, [*x, "in.jsonl", "--base-url", "http://127.0.0.1:99999/v1"]),
        Scenario(67, [*x, "in.jsonl", "-o", "", *ref()]),
        Scenario(68, [*x, "in.jsonl", "--max-tokens", "0", *ref()]),
        Scenario(69, [*x, "in.jsonl", "--max-reasks", "-1", *ref()]),
        Scenario(70, ["batch", "submit", "in.jsonl", "--manifest", "cachefile/m", "--dry-run"]),
        Scenario(71, ["events", "gold.jsonl", "-o", ""]),
        Scenario(72, [*x, "in.jsonl", "--temperature", "nan", *ref()]),
        Scenario(73, [*x, "in.jsonl", "--budget", "nan", *ref()]),
        Scenario(74, [*x, "in.jsonl", "-o", "cachefile/x.jsonl", *ref()]),
        Scenario(75, ["demo", "-o", ""]),
        Scenario(76, [*x, "in.jsonl", *ref()], env={"VISITX_CACHE_DIR": "cachefile/sub"}),
        Scenario(77, [*x, "in.jsonl", *hostile("bigerror")], timeout=60),
        Scenario(78, [*x, "many.jsonl", *hostile("nonjson")]),
        Scenario(79, [*x, "many.jsonl", *hostile("nochoices")]),
    ]


def run(scenario: Scenario, work: Path, python: str, src: Path) -> dict[str, object]:
    folder = work / f"s{scenario.number}"
    if folder.exists():
        for path in folder.rglob("*"):
            if path.is_dir():
                path.chmod(0o755)
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    setup_inputs(folder)
    _all(folder)
    if scenario.setup:
        scenario.setup(folder)
    env = {k: v for k, v in os.environ.items() if not k.startswith("VISITX_")}
    env.update({"OPENAI_API_KEY": SECRET, "VISITX_CACHE_DIR": "cache",
                "PYTHONPATH": str(src), "HOME": str(folder)})
    env.update(scenario.env)
    if not env["OPENAI_API_KEY"]:
        del env["OPENAI_API_KEY"]
    command = [python, "-m", "visitx", *scenario.args]
    started = time.monotonic()
    if scenario.pipe_head:
        shell = " ".join(f"'{a}'" for a in command)
        shell += " 2>err.txt | head -1 > out.txt; echo ${PIPESTATUS[0]}"
        done = subprocess.run(["bash", "-c", shell], cwd=folder, env=env, capture_output=True,
                              timeout=scenario.timeout, check=False)
        code: int | str = int(done.stdout.decode().strip() or -1)
        out, err = (folder / "out.txt").read_bytes(), (folder / "err.txt").read_bytes()
    else:
        proc = subprocess.Popen(command, cwd=folder, env=env, stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if scenario.signal_after:
            time.sleep(scenario.signal_after[0])
            proc.send_signal(scenario.signal_after[1])
        try:
            out, err = proc.communicate(scenario.stdin, timeout=scenario.timeout)
            code = proc.returncode
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
            code = "HANG"
    seconds = time.monotonic() - started
    (folder / "run.stderr").write_bytes(err)
    (folder / "run.stdout").write_bytes(out)
    leaked = SECRET.encode() in out + err
    for path in folder.rglob("*"):
        if path.is_file() and path.name not in ("in.jsonl", "run.stderr", "run.stdout") \
                and SECRET.encode() in path.read_bytes():
            leaked = True
    text = err.decode("utf-8", "replace").strip().splitlines()
    tail = [line for line in text if line.strip()]
    for path in folder.rglob("*"):
        if path.is_dir():
            path.chmod(0o755)
    return {"n": scenario.number, "args": " ".join(scenario.args)[:70], "code": code,
            "traceback": "Traceback" in err.decode("utf-8", "replace"), "leak": leaked,
            "seconds": round(seconds, 1), "stderr": (tail[-1] if tail else "")[:160],
            "stdout_lines": out.count(b"\n")}


def main() -> None:
    args = sys.argv[1:]
    only: set[int] | None = None
    if "--only" in args:
        at = args.index("--only")
        only = {int(n) for n in args[at + 1].split(",")}
        del args[at:at + 2]
    src = ROOT / "src"
    if "--src" in args:
        at = args.index("--src")
        src = Path(args[at + 1]).resolve()
        del args[at:at + 2]
    work = Path(args[0] if args else "/tmp/abuse5")
    work.mkdir(parents=True, exist_ok=True)
    for scenario in scenarios():
        if only and scenario.number not in only:
            continue
        print(json.dumps(run(scenario, work, sys.executable, src), ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
