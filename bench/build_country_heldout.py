"""Write `bench/country_heldout.json`: traps for `country_code` from sources not used to build it.

Issue 22 asks that `country_code` give no wrong answer on sets nobody here wrote while
building it. Each case has `text`, `expected` (an ISO 3166-1 alpha-3 code, or null for
"names no country"), optional `also` (other codes that are right too), `lang`,
`category` and `source`. `bench_corpus.py` scores it: an answer is *right* when it is
`expected` or in `also`, *None* when the code answers nothing where a country was
expected (allowed: "None rather than wrong"), *wrong* otherwise.

Sources (their data only; no code is copied):

* `actor-*`: every name of openeventdata/petrarch2's Phoenix actor dictionaries
  (`petrarch2/data/dictionaries/Phoenix.Countries.actors.txt`,
  `Phoenix.International.actors.txt`, `Phoenix.MilNonState.actors.txt`) except the country
  head lines that `country_traps.json` already holds, as Title Case text (`Hamid Karzai`,
  `Afghan National Army`, `Kabul`). Expected: the countries of the entry's CAMEO codes
  (the first three letters, where they are a country head of the Countries dictionary,
  mapped to ISO through the hand-checked head cases of `country_traps.json`), null when
  the entry has no country code (IGOs, NGOs, transnational groups). A city or a person
  answered None counts as None, not wrong: only another country is wrong.
* `actor-ngec`: the actor strings of ahalterman/NGEC's `NGEC/tests/test_actor_resolution.py`
  (the POLECAT/PLOVER coder's tests) with the country its test asserts (`IGO`, `UNO`
  and "" are null).
* `word`: wordfreq 3.1.1 words of ranks 8,000-50,000 of each wordfreq language that is
  a CLDR locale of the index (`bench/country_heldout_words.tsv`: the probe's hits on
  main before the fix, each judged by hand: the country when the word is that country's
  name, demonym or code in its own language, else null).
* `person`, `institution`, `place`, `thing`: hand-written cases
  (`bench/country_heldout_hand.tsv`), each with the principle it tests (README,
  "Normalization"): a person or a place that is not the country is null, an institution
  is null (it is not a country field), an ambiguous name is null.

Run: `python bench/build_country_heldout.py [PETRARCH2_GIT_DIR NGEC_GIT_DIR]` (git
directories of snapshots; petrarch2 at 676801c, NGEC at 787a06b). The word and hand
cases go to `bench/country_heldout.json`; the actor cases, built from the snapshots, to
`/tmp/visitx-country-actors.json` (not committed: the sources' data stays theirs), which
`bench_corpus.py` scores when it is there.
"""

from __future__ import annotations

import ast
import csv
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "country_heldout.json"
ACTORS = Path("/tmp/visitx-country-actors.json")  # not committed: built from the snapshots
WORDS = HERE / "country_heldout_words.tsv"
HAND = HERE / "country_heldout_hand.tsv"
NOT_COUNTRIES = HERE / "country_words_not_countries.tsv"
RELABELS = HERE / "country_heldout_relabels.tsv"  # judgements revised on re-reading
TRAPS = HERE / "country_traps.json"
DICTIONARIES = "petrarch2/data/dictionaries/"
PHOENIX = {
    "Phoenix.Countries.actors.txt": "actor-country",
    "Phoenix.International.actors.txt": "actor-international",
    "Phoenix.MilNonState.actors.txt": "actor-nonstate",
}
NGEC_TESTS = "NGEC/tests/test_actor_resolution.py"
# Judged by hand: names the dictionaries file under another code that are, as written,
# an ISO entity's own name or code (CAMEO files Christmas Island under AUS, the province
# Equateur under COD, though `Équateur` is French for Ecuador; `SUR`, `PRI` are codes;
# CAMEO's Isle of Man code `IMY` is ISO's `IMN`).
ACCEPTED = {
    "Christmas Island": ["CXR"], "Heard Island And Mcdonald Islands": ["HMD"],
    "Aland Islands": ["ALA"], "Aaland Islands": ["ALA"], "Ahvenanmaa": ["ALA"],
    "Western Sahara": ["ESH"], "Equateur": ["ECU"], "Jersey": ["JEY"], "Sur": ["SUR"],
    "PRI": ["PRI"], "Antarctica": ["ATA"], "Isle Of Man": ["IMN"],
}  # fmt: skip
_CODE = re.compile(r"\[([A-Z-]{3,})")


def _show(git_dir: Path, path: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(git_dir), "show", f"HEAD:{path}"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip


def _text(name: str) -> str:
    words = name.replace("_", " ").split()
    return " ".join(w if any(c.isdigit() for c in w) else w.title() for w in words)


def _entries(text: str) -> list[tuple[list[str], set[str]]]:
    """(names, CAMEO codes) of each entry of a Phoenix dictionary.

    Names on lines of their own before a code line (`IVO_JOSIPOVIC_`,
    `PRESIDENT_JOSIPOVIC_`, `JOSIPOVIC_`, then `[HRVGOV ...]`) share its codes.
    """
    entries: list[tuple[list[str], set[str]]] = []
    pending: list[int] = []  # entries still waiting for their codes
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            pending = []
            continue
        codes = set(_CODE.findall(line))
        if line[0] in " \t[":
            for number in pending or [len(entries) - 1]:
                if number >= 0:
                    entries[number][1].update(codes)
            pending = []
            continue
        name = line.lstrip("+").split("[", 1)[0].strip()
        if line.startswith("+") and entries:
            entries[-1][0].append(name)
            entries[-1][1].update(codes)
        else:
            entries.append(([name], codes))
            pending = [*pending, len(entries) - 1] if not codes else []
    return entries


def actor_cases(git_dir: Path) -> list[dict[str, object]]:
    traps = json.loads(TRAPS.read_text(encoding="utf-8"))
    by_head = {c["text"]: c["expected"] for c in traps if c["category"] == "actor"}
    countries = _show(git_dir, DICTIONARIES + "Phoenix.Countries.actors.txt")
    import pycountry

    # A CAMEO code's first three letters are the ISO alpha-3 code of its country, except
    # East Timor's old `TMP` and Kosovo's `KSV`; `DDR`, `YUG`, `USR`, `SCG`, `CSK`, `IGO`
    # ... name no ISO 3166-1 country.
    cameo = {country.alpha_3: country.alpha_3 for country in pycountry.countries}
    cameo |= {"TMP": "TLS", "KSV": "XKX"}
    cases: list[dict[str, object]] = []
    seen: set[str] = {str(text) for text in by_head}
    for file, category in PHOENIX.items():
        content = countries if category == "actor-country" else _show(git_dir, DICTIONARIES + file)
        for names, codes in _entries(content):
            found = sorted({c for code in codes if (c := cameo.get(code[:3]))})
            # `USAASM`, `DNKFRO`, `MNCUSA`, `USRGEO`: a territory, a company's or a
            # Soviet republic's own country is right too.
            # A company or NGO (`MNCUSA`) has no country of its own: null, its country also right.
            second = sorted({code[3:6] for code in codes if code[3:6] in cameo} - set(found))
            head = by_head.get(names[0].replace("_", " ").strip())
            if head and head not in found:  # `MAYOTTE` is filed under `FRA`
                found = [head, *found]
            found = [*found, *second] if found else [None, *second]
            for name in names:
                text = _text(name)
                if not text or name.replace("_", " ").strip() in seen or text in seen:
                    continue
                seen.add(text)
                accepted = [c for c in ACCEPTED.get(text, ()) if c not in found]
                right: list[str | None] = [*found, *accepted]
                cases.append({
                    "text": text, "expected": right[0], "also": right[1:],
                    "lang": None, "category": category, "source": f"petrarch2/{DICTIONARIES}{file}",
                })  # fmt: skip
    return cases


def _literal(node: ast.AST, names: dict[str, ast.AST]) -> object:
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        table = names.get(node.value.id)
        if isinstance(table, ast.Dict):
            for key, value in zip(table.keys, table.values, strict=True):
                if isinstance(key, ast.Constant) and key.value == ast.literal_eval(node.slice):
                    return ast.literal_eval(value)
        return None
    try:
        return ast.literal_eval(node)
    except ValueError:
        return None


def ngec_cases(git_dir: Path) -> list[dict[str, object]]:
    tree = ast.parse(_show(git_dir, NGEC_TESTS))
    cases: list[dict[str, object]] = []
    for function in tree.body:
        if not isinstance(function, ast.FunctionDef):
            continue
        names: dict[str, ast.AST] = {}
        actors: list[object] = []
        country: list[object] = []
        for node in ast.walk(function):
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                names[node.targets[0].id] = node.value
            call = node.value if isinstance(node, ast.Assign) else None
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr in ("agent_to_code", "short_text_to_agent", "search_nat")
            ):
                actors.append(_literal(call.args[0], names))
            if isinstance(node, ast.Assert) and isinstance(node.test, ast.Compare):
                left = ast.unparse(node.test.left)
                if left in ("code['country']", "cc"):
                    country.append(_literal(node.test.comparators[0], names))
        if len(actors) == 1 and len(country) == 1 and isinstance(actors[0], str):
            code = country[0] if isinstance(country[0], str) else None
            expected = code if code and len(code) == 3 and code not in ("IGO", "UNO") else None
            cases.append({
                "text": actors[0], "expected": expected, "also": ACCEPTED.get(actors[0], []),
                "lang": None,
                "category": "actor-ngec", "source": f"NGEC/{NGEC_TESTS}::{function.name}",
            })  # fmt: skip
    return cases


def relabels() -> dict[tuple[str, str], tuple[str, str]]:
    """(text, lang) -> (expected, why) of the revised judgements."""
    revised = {}
    for line in RELABELS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            text, language, expected, why = line.split("\t")
            revised[(text, language)] = (expected, why)
    return revised


def tsv_cases(path: Path) -> list[dict[str, object]]:
    revised = relabels() if path == WORDS else {}
    cases: list[dict[str, object]] = []
    with path.open(encoding="utf-8") as file:
        lines = (line for line in file if not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t"):
            if (row["text"], row["lang"]) in revised:
                expected, why = revised[(row["text"], row["lang"])]
                row.update(expected=expected, source=f"{row['source']}; revised: {why}")
            cases.append({
                "text": row["text"], "expected": row["expected"] or None,
                "also": [code for code in (row.get("also") or "").split(",") if code],
                "lang": row["lang"] or None, "category": row["category"], "source": row["source"],
            })  # fmt: skip
    return cases


def word_rows(hits: Path) -> list[str]:
    """Rows of `country_heldout_words.tsv` from the probe's hits and the judgements."""
    import pycountry

    codes = {c.alpha_2.lower() for c in pycountry.countries} | {
        c.alpha_3.lower() for c in pycountry.countries
    }
    not_countries: dict[str, tuple[set[str], str]] = {}
    for line in NOT_COUNTRIES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, languages, why = line.split("\t")
            not_countries[word] = (set(languages.split(",")), why)
    rows = []
    not_a_country: set[str] = set()  # without a language, a word that is none somewhere is none
    for line in hits.read_text(encoding="utf-8").splitlines():
        hit = json.loads(line)
        word, language = hit["word"], hit["lang"]
        if word in codes:
            continue  # an ISO code is a code (`guy`, `ken`)
        judged = not_countries.get(word)
        source = f"wordfreq 3.1.1 {language} rank {hit['rank']}"
        if judged and ("*" in judged[0] or language in judged[0]):
            expected, source = "", f"{source}; not a country: {judged[1]}"
            capital = word[:1].upper() + word[1:]  # `ıt` -> `It`: an ISO code, a code
            texts = [(word, language), (word, "")]
            if capital.lower() not in codes:
                texts.append((capital, ""))
        else:
            expected = hit["own"] or hit["none"] or hit["cap"]
            texts = [(word, language), (word, "")]
        rows.append((word, expected, language, source))
        rows.extend((text, expected, "", source) for text, _ in texts[1:])
        if not expected:
            not_a_country.update(text for text, _ in texts)
    kept: dict[tuple[str, str], str] = {}
    for text, expected, language, source in rows:
        if not language and text in not_a_country and expected:
            continue
        kept.setdefault((text, language), f"{text}\t{expected}\t{language}\tword\t{source}")
    return list(kept.values())


def main() -> None:
    if sys.argv[1:2] == ["--words"]:
        header = "text\texpected\tlang\tcategory\tsource"
        rows = list(dict.fromkeys(word_rows(Path(sys.argv[2]))))
        WORDS.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
        return
    _write(OUT, tsv_cases(WORDS) + tsv_cases(HAND))
    if len(sys.argv) > 2:  # the actor names stay out of the repository (snapshot data)
        _write(ACTORS, actor_cases(Path(sys.argv[1])) + ngec_cases(Path(sys.argv[2])))


def _write(path: Path, cases: list[dict[str, object]]) -> None:
    path.write_text(
        "[\n" + ",\n".join(json.dumps(c, ensure_ascii=False) for c in cases) + "\n]\n",
        encoding="utf-8",
    )
    print(f"{path}: {len(cases)} cases")


if __name__ == "__main__":
    main()
