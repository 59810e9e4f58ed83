"""MinHash signatures of word shingles, and the LSH bucket numbers of a signature.

An article is reduced to the word 5-shingles of its folded text, without its page
furniture (`visitx.clean_text`; `visitx.core.textfold.fold` with accents dropped, so
typographic quotes and letter variants do not count; Chinese and Japanese one character
a word) and a 64-permutation MinHash of them (rensa: a Rust MinHash that imports in
milliseconds, where datasketch pulls in SciPy for seconds), one `RMinHash` per text
(rensa's bulk `digest_matrix_from_token_sets` gives the same values, but holds the GIL
while its thread pool starts: 0.18 ms of wall for one text, against 0.004 ms).
Locality-sensitive hashing in 21 bands of 3 rows: `buckets` turns each band (96 bits)
into one signed 64-bit number with a multiply-shift hash of its own per band
(Dietzfelbinger's `(a*x + b) mod 2**160 >> 96`: two different bands of rows share a
number with probability at most 2**-63), so one SQLite integer column holds every band.
"""

from __future__ import annotations

import functools
import hashlib
import re
from array import array
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from visitx.core.textfold import fold

__all__ = [
    "BANDS",
    "NUM_PERM",
    "ROWS",
    "SHINGLE",
    "buckets",
    "shingles",
    "signature",
    "signature_print",
    "signatures",
    "similarity",
    "text_signature",
]

NUM_PERM = 64
BANDS = 21
ROWS = 3  # 21 bands of 3 rows use 63 of the 64 values
SHINGLE = 5
_SEED = 21
_WORD = re.compile(r"\w+")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_HASH_BITS = 160  # 96 input bits + 64 output bits
_HASH_MASK = (1 << _HASH_BITS) - 1
_SIGN = 1 << 63


def _constants(band: int) -> tuple[int, int]:
    """The band's multiplier (odd) and addend: fixed, so files outlive the process."""
    digest = hashlib.blake2b(f"visitx band {band}".encode(), digest_size=40).digest()
    return int.from_bytes(digest[:20], "big") | 1, int.from_bytes(digest[20:], "big")


_BAND_HASH = [_constants(band) for band in range(BANDS)]


def _tokens(text: str) -> list[str]:
    """Words of the folded text; Chinese and Japanese (no spaces) one character each."""
    words = _WORD.findall(fold(text, accents=False))
    if not _CJK.search(text):
        return words
    out: list[str] = []
    for word in words:
        out.extend(word if _CJK.search(word) else (word,))
    return out


def shingles(text: str) -> list[str]:
    """The word 5-shingles of `text` without its page furniture (a short text: one)."""
    from visitx.text.clean import clean_text

    words = _tokens(clean_text(text))  # without the page furniture around the story
    if len(words) <= SHINGLE:
        return [" ".join(words)] if words else []
    return list(map(" ".join, zip(*(words[i:] for i in range(SHINGLE)), strict=False)))


def signature(text: str) -> array[int]:
    """The MinHash signature of a text's word shingles: NUM_PERM unsigned 32-bit values."""
    from rensa import RMinHash

    minhash = RMinHash(num_perm=NUM_PERM, seed=_SEED)
    found = shingles(text)
    if found:
        minhash.update(found)
    return array("I", minhash.digest())


def text_signature(text: str) -> array[int] | None:
    """The signature of a text with words, else None (such a text is never a copy)."""
    return _digest(shingles(text))


def signatures(texts: Iterable[str]) -> list[array[int] | None]:
    """`text_signature` of every text."""
    return [_digest(shingles(text)) for text in texts]


def _digest(found: list[str]) -> array[int] | None:
    if not found:
        return None
    from rensa import RMinHash

    minhash = RMinHash(num_perm=NUM_PERM, seed=_SEED)
    minhash.update(found)
    return array("I", minhash.digest())


def buckets(sig: array[int]) -> list[int]:
    """One signed 64-bit bucket number per band (the band's number hashed in)."""
    data = sig.tobytes()
    width = ROWS * sig.itemsize
    return [
        (((a * int.from_bytes(data[i * width : (i + 1) * width], "little") + b) & _HASH_MASK)
         >> (_HASH_BITS - 64)) - _SIGN
        for i, (a, b) in enumerate(_BAND_HASH)
    ]


def similarity(a: array[int], b: array[int]) -> float:
    """The estimated Jaccard similarity: the share of equal minimum hashes."""
    return sum(x == y for x, y in zip(a, b, strict=True)) / NUM_PERM


@functools.cache
def signature_print() -> str:
    """A hash of what a text's signature depends on: this code, the text cleaning and
    folding and the boilerplate table (`visitx.clean_text`, `visitx.core.textfold`) and
    rensa's version. A signature kept with today's print is what `text_signature` gives."""
    root = Path(__file__).resolve().parent.parent  # the visitx package
    files = ["screening/minhash.py", "core/textfold.py", "core/datafiles.py",
             "text/clean.py", "tables/boilerplate.json"]
    digest = hashlib.sha256(f"{metadata.version('rensa')}\0{NUM_PERM}\0{_SEED}\0".encode())
    for name in files:
        digest.update(name.encode() + b"\0" + (root / name).read_bytes())
    return digest.hexdigest()[:16]
