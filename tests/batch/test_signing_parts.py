"""The signatures' hand-over file, the signing helper process, one MinHash per text."""

from __future__ import annotations

import sys
import threading
from array import array
from pathlib import Path
from typing import Any

import pytest

from visitx.batch import signproc
from visitx.batch.handover import HandOver
from visitx.core.models import Article
from visitx.screening import minhash

TEXTS = [" ".join(f"w{k * 7 + i}" for k in range(40)) for i in range(12)] + ["", "!!"]


def test_a_handed_signature_comes_back_for_its_article() -> None:
    """Rows by position: the signature, None for a text without words."""
    one, two = Article.id_for("one"), Article.id_for("two")
    sig = array("I", range(64))
    with HandOver([(one, sig), (two, None)]) as handed:
        assert handed.get(0, one) == (True, sig)
        assert handed.get(1, two) == (True, None)


def test_a_row_of_another_article_or_position_is_not_used() -> None:
    """Another article's id, a position past the end or none: not found."""
    one = Article.id_for("one")
    with HandOver([(one, array("I", range(64)))]) as handed:
        assert handed.get(0, Article.id_for("two")) == (False, None)
        assert handed.get(1, one) == (False, None)
        assert handed.get(None, one) == (False, None)


def test_a_closed_hand_over_finds_nothing() -> None:
    """After the batch (closed), every look-up is a miss, not an error."""
    one = Article.id_for("one")
    handed = HandOver([(one, array("I", range(64)))])
    handed.close()
    assert handed.get(0, one) == (False, None)


def test_one_minhash_per_text_gives_rensas_bulk_values() -> None:
    """`text_signature` gives the values rensa's bulk call gave (what files hold)."""
    from rensa import RMinHash

    sets = [minhash.shingles(text) for text in TEXTS[:3]]
    bulk = RMinHash.digest_matrix_from_token_sets(sets, minhash.NUM_PERM, 21).to_rows()
    assert [minhash.text_signature(text) for text in TEXTS[:3]] == [array("I", r) for r in bulk]
    assert minhash.text_signature("!!") is None


def test_the_helper_signs_as_this_process_does() -> None:
    """The helper process's signatures are this process's."""
    helper = signproc.Helper()
    try:
        sigs = helper.sign(TEXTS)
    finally:
        helper.close()
    assert [None if s is None else array("I", s) for s in sigs] == [
        minhash.text_signature(text) for text in TEXTS
    ]
    assert helper.proc.returncode == 0  # ended when its stdin closed


def test_the_helper_takes_a_share_of_the_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process waits until the helper signed a window; every text is signed."""
    monkeypatch.setattr(signproc, "HELPER_FROM", 1)
    monkeypatch.setattr(signproc, "WINDOW", 2)
    helped = threading.Event()
    real_sign, real_signatures = signproc.Helper.sign, signproc.signatures

    def remote(self: signproc.Helper, texts: list[str]) -> list[bytes | None]:
        try:
            return real_sign(self, texts)
        finally:
            helped.set()

    def local(texts: Any) -> list[Any]:
        helped.wait(30)  # the helper's first window first (a hang fails below)
        return real_signatures(texts)

    monkeypatch.setattr(signproc.Helper, "sign", remote)
    monkeypatch.setattr(signproc, "signatures", local)
    out = signproc.sign(TEXTS, [None] * len(TEXTS))
    assert helped.is_set()
    assert out == [minhash.text_signature(text) for text in TEXTS]


def test_a_helper_that_cannot_start_leaves_the_signing_here(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    """No such interpreter: this process signs every text."""
    monkeypatch.setattr(signproc, "HELPER_FROM", 1)
    monkeypatch.setattr(sys, "executable", "/nonexistent/python")
    out = signproc.sign(TEXTS, [None] * len(TEXTS))
    assert out == [minhash.text_signature(text) for text in TEXTS]


def test_signatures_given_are_kept() -> None:
    """A signature already known (from the index) is not made again."""
    known = array("I", [7] * 64)
    out = signproc.sign(TEXTS[:2], [known, None])
    assert out == [known, minhash.text_signature(TEXTS[1])]


def test_a_hand_over_in_a_folder_leaves_no_file_behind(tmp_path: Path) -> None:
    """Kept in the folder given (unnamed): nothing is left there, during or after."""
    one = Article.id_for("one")
    with HandOver([(one, array("I", range(64)))], folder=tmp_path) as handed:
        assert handed.get(0, one)[0]
        assert list(tmp_path.iterdir()) == []
    assert list(tmp_path.iterdir()) == []
