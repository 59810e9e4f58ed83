"""The optimal one-to-one assignment that aligns gold with predicted items (Hungarian algorithm)."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["assign", "hungarian"]


def assign(similarity: Sequence[Sequence[float]], threshold: float) -> list[tuple[int, int]]:
    """Pairs (row, column) of the assignment with the largest total similarity.

    Only pairs with similarity >= `threshold` count and are returned; each row and each
    column is used at most once. Exact for any size (Hungarian algorithm, O(n³)).
    """
    rows = len(similarity)
    cols = len(similarity[0]) if rows else 0
    if not rows or not cols:
        return []
    gain = [[s if s >= threshold else 0.0 for s in row] for row in similarity]
    transposed = rows > cols
    if transposed:
        gain = [list(col) for col in zip(*gain, strict=True)]
    picked = hungarian([[-g for g in row] for row in gain])
    pairs = [(j, i) if transposed else (i, j) for i, j in enumerate(picked)]
    return sorted((i, j) for i, j in pairs if similarity[i][j] >= threshold)


def hungarian(cost: list[list[float]]) -> list[int]:
    """For each row (rows <= columns), the column of a minimum-cost assignment."""
    n, m = len(cost), len(cost[0])
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    owner = [0] * (m + 1)  # owner[j]: the row (1-based) assigned to column j, 0 = none
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    result = [-1] * n
    for j in range(1, m + 1):
        if owner[j]:
            result[owner[j] - 1] = j - 1
    return result
