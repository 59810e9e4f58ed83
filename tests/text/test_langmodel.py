"""py3langid's model from visitx's memory-mapped copy guesses exactly as py3langid's own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from py3langid import langid

from visitx.text.langmodel import load_identifier, model_dir

TEXTS = [
    "Türkiye ile Ruanda arasındaki işbirlikleri görüşüldü.",
    "The delegation visited the port and met the minister of trade.",
    "Der Bundeskanzler empfing den Präsidenten Kenias im Kanzleramt.",
    "Le président a reçu son homologue sénégalais à l'Élysée mardi.",
    "El canciller viajó a Brasilia para reunirse con su homólogo.",
    "O ministro dos Negócios Estrangeiros visitou Luanda na segunda-feira.",
    "Il ministro degli Esteri ha incontrato l'ambasciatore giapponese.",
    "De minister-president bracht een bezoek aan Indonesië.",
    "Prezydent Polski spotkał się z premierem Litwy w Wilnie.",
    "Президент России провёл переговоры с делегацией Казахстана.",
    "Міністр закордонних справ України відвідав Варшаву.",
    "وزير الخارجية يستقبل السفير الفرنسي في الرياض لبحث التعاون",
    "رئیس جمهور با هیئت تجاری ترکیه در تهران دیدار کرد",
    "Menteri Luar Negeri menerima kunjungan delegasi dari Malaysia.",
    "Statsministeren besøkte Stockholm for å møte den svenske kongen.",
    "Ministr zahraničí přijal delegaci ze Slovenska v Praze.",
    "A külügyminiszter Budapesten fogadta a lengyel delegációt.",
    "Ulkoministeri tapasi Viron pääministerin Helsingissä.",
    "Thủ tướng tiếp đoàn đại biểu Quốc hội Lào tại Hà Nội.",
    "OK",
    "",
    "Visita oficial — official visit — offizieller Besuch.",
]


@pytest.fixture(scope="module")
def reference() -> Any:
    """py3langid's own loader, the oracle (its bundled file, normalized probabilities)."""
    return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)


def _same(identifier: Any, reference: Any) -> None:
    for text in TEXTS:
        assert identifier.classify(text) == reference.classify(text), text
        assert identifier.rank(text) == reference.rank(text), text  # page_language's check


def test_the_first_load_writes_the_copy_and_guesses_as_py3langid(
    tmp_path: Path, reference: Any
) -> None:
    """A first load (no copy yet) answers exactly as py3langid's loader and keeps a copy."""
    identifier = load_identifier(tmp_path)
    _same(identifier, reference)
    manifest = json.loads((tmp_path / "model.json").read_text())
    assert set(manifest["arrays"]) == {"ptc", "pc", "classes", "nextmove", "row", "output"}


def test_a_load_from_the_copy_guesses_as_py3langid(tmp_path: Path, reference: Any) -> None:
    """The memory-mapped copy gives the same codes, confidences and rankings."""
    load_identifier(tmp_path)
    written = (tmp_path / "ptc.npy").stat().st_mtime_ns
    _same(load_identifier(tmp_path), reference)
    assert (tmp_path / "ptc.npy").stat().st_mtime_ns == written  # read, not written again


def test_hand_checked_guesses_from_the_copy(tmp_path: Path) -> None:
    """The copy names the languages of hand-checked sentences."""
    load_identifier(tmp_path)
    identifier = load_identifier(tmp_path)
    codes = [identifier.classify(text)[0] for text in TEXTS[:4]]
    assert codes == ["tr", "en", "de", "fr"]


def test_a_truncated_array_is_rebuilt(tmp_path: Path, reference: Any) -> None:
    """A copy cut short (a full disk, a killed process) is written again, then used."""
    load_identifier(tmp_path)
    ptc = tmp_path / "ptc.npy"
    size = ptc.stat().st_size
    with open(ptc, "r+b") as f:
        f.truncate(size // 2)
    _same(load_identifier(tmp_path), reference)
    assert ptc.stat().st_size == size


def test_a_garbled_array_file_is_rebuilt(tmp_path: Path, reference: Any) -> None:
    """An array file that is not an .npy any more is written again."""
    load_identifier(tmp_path)
    (tmp_path / "row.npy").write_bytes(b"not an array")
    _same(load_identifier(tmp_path), reference)
    assert (tmp_path / "row.npy").read_bytes()[:6] == b"\x93NUMPY"


def test_a_copy_of_another_model_is_rebuilt(tmp_path: Path, reference: Any) -> None:
    """A copy made from another py3langid model file (an upgrade) is not used."""
    load_identifier(tmp_path)
    manifest = json.loads((tmp_path / "model.json").read_text())
    real = manifest["source"]
    manifest["source"] = "0.0.1:1:1"
    (tmp_path / "model.json").write_text(json.dumps(manifest))
    _same(load_identifier(tmp_path), reference)
    assert json.loads((tmp_path / "model.json").read_text())["source"] == real


def test_a_missing_manifest_rebuilds_the_copy(tmp_path: Path, reference: Any) -> None:
    """Arrays without their manifest (a write that stopped half-way) are rebuilt."""
    load_identifier(tmp_path)
    (tmp_path / "model.json").unlink()
    _same(load_identifier(tmp_path), reference)
    assert (tmp_path / "model.json").exists()


def test_an_unwritable_folder_falls_back_to_py3langid(tmp_path: Path, reference: Any) -> None:
    """When the copy cannot be written, the model still loads from py3langid's file."""
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    _same(load_identifier(blocked / "py3langid"), reference)


def test_the_copy_lives_in_the_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`VISITX_CACHE_DIR` decides where the copy goes, as for the other caches."""
    monkeypatch.setenv("VISITX_CACHE_DIR", str(tmp_path / "c"))
    assert model_dir() == tmp_path / "c" / "py3langid"


SRC = str(Path(__file__).resolve().parents[2] / "src")
GUESS = """
import sys
from visitx.text.language import guess_language
print(guess_language("Der Bundeskanzler empfing den Präsidenten Kenias im Kanzleramt."))
"""


def _guess_in_a_fresh_process(cache: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", GUESS], stdout=subprocess.PIPE, text=True,
        env={"PYTHONPATH": SRC, "PATH": "/usr/bin:/bin", "VISITX_CACHE_DIR": str(cache)},
    )


def test_guess_language_keeps_its_copy_in_the_cache_folder(tmp_path: Path) -> None:
    """A process's first guess writes the copy under VISITX_CACHE_DIR; the next reads it."""
    first = _guess_in_a_fresh_process(tmp_path).communicate(timeout=120)[0]
    written = (tmp_path / "py3langid" / "model.json").stat().st_mtime_ns
    second = _guess_in_a_fresh_process(tmp_path).communicate(timeout=120)[0]
    assert (first.strip(), second.strip()) == ("de", "de")
    assert (tmp_path / "py3langid" / "model.json").stat().st_mtime_ns == written


def test_two_processes_writing_the_copy_at_once_leave_a_good_one(
    tmp_path: Path, reference: Any
) -> None:
    """Two first processes on one machine both guess right and leave a usable copy."""
    runs = [_guess_in_a_fresh_process(tmp_path) for _ in range(2)]
    outs = [run.communicate(timeout=120)[0].strip() for run in runs]
    assert outs == ["de", "de"]
    written = (tmp_path / "py3langid" / "model.json").stat().st_mtime_ns
    _same(load_identifier(tmp_path / "py3langid"), reference)
    assert (tmp_path / "py3langid" / "model.json").stat().st_mtime_ns == written  # not rebuilt
    assert not list((tmp_path / "py3langid").glob("*.tmp"))
