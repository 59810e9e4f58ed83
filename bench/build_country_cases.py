"""Write `bench/country_cases.json` from a checkout of country_converter.

Cases, each with its source: every country's `name_short` and `name_official` of
country_converter/country_data.tsv (expected: its ISO3 column), the alternative
names of tests/test_regex_*.txt (expected: the ISO3 of their `name_short`, None where
that is `XXX`, no country), tests/should_not_match.txt (expected: None), and the
distinct names of tests/test_series_data.csv (the input of its pandas tests: expected
the ISO3 of the row whose `name_short` or `name_official` it is, else the hand-checked
value of SERIES_BY_HAND; the truncated `lbania`, `ngola` ... are no names). Only data
is taken, no code.

    python bench/build_country_cases.py PATH/TO/country_converter
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

OUT = Path(__file__).with_name("country_cases.json")
# Names of test_series_data.csv that are no `name_short`/`name_official` of the data,
# checked by hand (None: no country; `Korea` as country_converter's regex tests read it).
SERIES_BY_HAND: dict[str, str | None] = {
    "Czech Republic": "CZE", "Democratic Republic of the Congo": "COD",
    "Hong Kong SAR": "HKG", "Islamic Republic of Iran": "IRN", "Korea": "KOR",
    "Kyrgyz Republic": "KGZ", "Lao P.D.R.": "LAO", "Macao SAR": "MAC",
    "Matchless country": None, "Micronesia": "FSM", "Republic of Congo": "COG",
    "Slovak Republic": "SVK", "São Tomé and Príncipe": "STP",
    "Taiwan Province of China": "TWN", "The Bahamas": "BHS", "The Gambia": "GMB",
    "Turkey": "TUR", "West Bank and Gaza": "PSE", "lbania": None, "ngola": None,
    "ntigua and Barbuda": None, "rgentina": None,
}  # fmt: skip


def main() -> None:
    root = Path(sys.argv[1])
    data_path = "country_converter/country_data.tsv"
    with (root / data_path).open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    iso3 = {row["name_short"]: row["ISO3"] for row in rows}
    cases: list[dict[str, object]] = []
    for row in rows:
        for field in ("name_short", "name_official"):
            cases.append({"text": row[field], "expected": row["ISO3"],
                          "source": f"country_converter/{data_path}:{field}"})  # fmt: skip
    for path in sorted((root / "tests").glob("test_regex_*.txt")):
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                cases.append({"text": row["name_test"], "expected": iso3.get(row["name_short"]),
                              "source": f"country_converter/tests/{path.name}"})  # fmt: skip
    for line in (root / "tests/should_not_match.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cases.append({"text": line.strip(), "expected": None,
                          "source": "country_converter/tests/should_not_match.txt"})  # fmt: skip
    by_name = {row[field]: row["ISO3"] for row in rows for field in ("name_short", "name_official")}
    series = (root / "tests/test_series_data.csv").read_text(encoding="utf-8-sig").splitlines()
    for name in sorted(set(series[1:])):
        expected = by_name[name] if name in by_name else SERIES_BY_HAND[name]
        cases.append({"text": name, "expected": expected,
                      "source": "country_converter/tests/test_series_data.csv"})  # fmt: skip
    OUT.write_text(json.dumps(cases, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(len(cases))


if __name__ == "__main__":
    main()
