"""Record what dateutil's and parsedatetime's test suites expect (for build_pylib_cases.py).

Run by `bench/build_pylib_cases.py` in a subprocess, on a snapshot extracted to DIR:

    python bench/pylib_harness.py dateutil DIR        # DIR holds tests/test_parser.py
    python bench/pylib_harness.py parsedatetime DIR   # DIR holds parsedatetime/ and tests/

Neither parser is run as the oracle. For dateutil, `parse` is replaced by a stand-in that
records its arguments and returns an object whose `==` records the value the test
compares it with: the datetime dateutil's authors wrote down. For parsedatetime, the real
Calendar runs (its tests need its results to go on) but each `Calendar.parse`/`nlp`/
`evalRanges` call is recorded, and each `assertExpectedResult(result, check)` records
`check` – the authors' value – with the last call; the clock is frozen at CLOCK so the
values the tests compute from `now` are fixed. One JSON line per recorded call.
"""

from __future__ import annotations

import datetime as dt
import inspect
import json
import sys
import time
from pathlib import Path
from typing import Any

CLOCK = dt.datetime(2016, 6, 15, 10, 0, 0)  # a Wednesday, mid-morning: no day rollover
OUT: list[dict[str, Any]] = []
CALENDAR = [""]  # parsedatetime's own source file: its frames are not the caller


def plain(value: Any) -> Any:
    """A JSON value: datetimes as ISO text, time tuples as lists, contexts as their repr."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, time.struct_time):
        return list(value)[:6]
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return {"repr": repr(value), "accuracy": getattr(value, "accuracy", None)}


def caller() -> tuple[str, int]:
    """The test file and line that called the stand-in (the first frame outside this
    script and parsedatetime's own module)."""
    frame = inspect.currentframe()
    while frame is not None and frame.f_code.co_filename in (__file__, CALENDAR[0]):
        frame = frame.f_back
    return ("", 0) if frame is None else (Path(frame.f_code.co_filename).name, frame.f_lineno)


class Compared:
    """What the stand-in `parse` returns: `==` records the value it is compared with."""

    def __init__(self, row: dict[str, Any]) -> None:
        self.row = row

    def __eq__(self, other: object) -> bool:
        self.row.setdefault("expected", []).append(plain(other))
        return True

    def __hash__(self) -> int:
        return 0


def dateutil_main(root: Path) -> None:
    import pytest
    from dateutil import parser as dparser

    def parse(timestr: Any, default: Any = None, **kwargs: Any) -> Compared:
        name, line = caller()
        options = {k: (v if isinstance(v, bool) else type(v).__name__) for k, v in kwargs.items()}
        row = {"text": timestr if isinstance(timestr, str) else f"<{type(timestr).__name__}>",
               "default": plain(default), "options": options, "file": name, "line": line,
               "test": sys.modules["os"].environ.get("PYTEST_CURRENT_TEST", "")}  # fmt: skip
        OUT.append(row)
        return Compared(row)

    def method(self: Any, timestr: Any, default: Any = None, **kwargs: Any) -> Compared:
        return parse(timestr, default, **kwargs)

    dparser.parse = parse  # type: ignore[assignment]
    dparser.parser.parse = method  # type: ignore[method-assign]
    pytest.main([str(root / "tests" / "test_parser.py"), "-q", "-p", "no:cacheprovider",
                 "--no-header", "-o", "addopts=", "--rootdir", str(root)])  # fmt: skip
    for row in OUT:
        print("@@ " + json.dumps(row, ensure_ascii=False), flush=True)


class Frozen(dt.datetime):
    @classmethod
    def now(cls, tz: Any = None) -> Frozen:
        return cls(*CLOCK.timetuple()[:6])

    @classmethod
    def today(cls) -> Frozen:
        return cls.now()


def parsedatetime_main(root: Path) -> None:
    import unittest

    sys.path.insert(0, str(root))
    stamp = time.mktime(CLOCK.timetuple())
    real_localtime = time.localtime
    time.time = lambda: stamp
    time.localtime = lambda secs=None: real_localtime(stamp if secs is None else secs)
    dt.datetime = Frozen  # type: ignore[misc]
    import parsedatetime as pdt

    last: dict[str, Any] = {}
    depth = [0]
    CALENDAR[0] = sys.modules["parsedatetime"].__file__ or ""

    def wrap(name: str) -> None:
        real = getattr(pdt.Calendar, name)

        def call(self: Any, text: str, sourceTime: Any = None, *args: Any, **kw: Any) -> Any:
            if depth[0] == 0:  # the test's call, not one the Calendar makes itself
                file, line = caller()
                source = sourceTime if sourceTime is not None else CLOCK
                last.clear()
                last.update(call=name, text=text, source=plain(source), file=file,
                            line=line, locale=self.ptc.localeID)  # fmt: skip
            depth[0] += 1
            try:
                return real(self, text, sourceTime, *args, **kw)
            finally:
                depth[0] -= 1

        setattr(pdt.Calendar, name, call)

    for name in ("parse", "nlp", "evalRanges", "parseDT"):
        wrap(name)
    loader = unittest.TestLoader()
    for path in sorted((root / "tests").glob("Test*.py")):
        module = __import__(f"tests.{path.stem}", fromlist=["test"])
        case = getattr(module, "test", None)
        if case is None or not hasattr(case, "assertExpectedResult"):
            continue

        def record(self: Any, result: Any, check: Any, *a: Any, _f: str = path.name,
                   **kw: Any) -> None:  # fmt: skip
            if last.get("file") == _f:  # a Calendar call of this test (not `inc`'s dates)
                OUT.append({**last, "expected": plain(check), "module": _f,
                            "test": self.id().rsplit(".", 1)[-1]})  # fmt: skip
            last.clear()

        case.assertExpectedResult = record
        unittest.TextTestRunner(stream=sys.stderr, verbosity=0).run(
            loader.loadTestsFromTestCase(case)
        )
    for row in OUT:
        print("@@ " + json.dumps(row, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    {"dateutil": dateutil_main, "parsedatetime": parsedatetime_main}[sys.argv[1]](Path(sys.argv[2]))
