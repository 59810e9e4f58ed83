"""Near-duplicates: syndicated copies of one story, found with MinHash and LSH.

Each article is reduced to the word 5-shingles of its folded text without its page
furniture and a 64-permutation MinHash of them (`visitx.screening.minhash`).
Locality-sensitive hashing in 21 bands of 3 rows finds the earlier articles that may
share most shingles (a pair at Jaccard 0.6 is a candidate with probability 0.99, at 0.1
with 0.02); a candidate is a copy when the estimated Jaccard similarity of the two
shingle sets is at least `threshold` (0.5). Another site's header and footer, a changed
headline, a dropped last paragraph stay above it; two reports of the same visit written
apart share few five-word runs and stay below.

`DuplicateIndex` (`visitx.screening.dupindex`) keeps the buckets and signatures in
SQLite (in memory, or in a file in the cache folder so that a later batch finds copies
of an earlier one): memory stays bounded however many articles it holds.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from itertools import islice

from visitx.screening.dupindex import THRESHOLD, DuplicateIndex
from visitx.screening.minhash import NUM_PERM, SHINGLE, signature, signatures, text_signature

__all__ = [
    "NUM_PERM",
    "SHINGLE",
    "THRESHOLD",
    "DuplicateIndex",
    "duplicate_groups",
    "signature_groups",
    "signature",
    "signatures",
    "text_signature",
]


def duplicate_groups(texts: Iterable[str], *, threshold: float = THRESHOLD) -> list[list[int]]:
    """Groups of syndicated copies among `texts`: lists of two or more indices.

    Copies are the same story with other page furniture (a site's header and footer), a
    changed headline, a dropped last paragraph or other quotation marks. Different
    articles about the same event are not copies. Groups come in the order of their
    first member; indices ascend within each. `texts` may be a stream: it is read in
    windows of 250 texts.

    Example:
        >>> story = "The governor of Namangan arrived in Gaziantep on Tuesday ..."  # doctest: +SKIP
        >>> duplicate_groups([story, "Home | News\\n" + story, "Rain on Sunday."])  # doctest: +SKIP
        [[0, 1]]
    """
    return signature_groups(_signed(texts), threshold=threshold)


def _signed(texts: Iterable[str]) -> Iterator[array[int] | None]:
    it = iter(texts)
    while chunk := list(islice(it, 250)):
        yield from signatures(chunk)


def signature_groups(
    sigs: Iterable[array[int] | None], *, threshold: float = THRESHOLD
) -> list[list[int]]:
    """`duplicate_groups` of texts given by their signatures (`text_signature`)."""
    parent: dict[int, int] = {}

    def root(i: int) -> int:
        while parent.get(i, i) != i:
            i = parent[i]
        return i

    with DuplicateIndex(threshold=threshold) as index:
        found = index.add_signatures((str(i), sig) for i, sig in enumerate(sigs))
    for i, original in enumerate(found):
        if original is not None:
            parent[i] = root(int(original))
    groups: dict[int, list[int]] = {}
    for i in parent:
        groups.setdefault(root(i), [root(i)]).append(i)
    return [sorted(members) for _, members in sorted(groups.items())]
