"""Approximate task-level nearest neighbours for large corpora (an inverted-file index).

In:  a TF-IDF matrix from :func:`analysis.similarity.tfidf_matrix` (rows = tasks).
Out: the same ``(indices, scores)`` as :func:`analysis.similarity.top_k_neighbors`.

The exact search scores every pair of tasks, which for 157,502 tasks is
2.5 × 10¹⁰ cosines (the benchmark projects ~45 minutes on two cores). Here the
rows are clustered once (mini-batch k-means on the normalized rows, about
√n clusters); each cluster's rows are scored exactly against the rows of the
``n_probe`` clusters whose centres lie nearest its own centre, and the
top-k is taken among those candidates. Scores are exact cosines; what can be
missed is a neighbour that sits in a cluster not probed. With ``n_probe`` equal
to the number of clusters the result is the exact one (a test checks this);
the benchmark reports recall against the exact search.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.cluster import MiniBatchKMeans
from sklearn.preprocessing import normalize

from .similarity import _NO_INDEX, _group_codes, _normalized_csr

__all__ = ["approximate_top_k_neighbors", "neighbour_recall"]

_DENSE_BYTES = 2**30  # rows are densified for BLAS when the dense matrix fits in 1 GB
_BLOCK_ENTRIES = 2**24  # candidate scores held at once per block (~64 MB of float32)


def approximate_top_k_neighbors(X, k: int = 10, *, groups: Sequence | None = None, exclude_self: bool = True,
                                n_clusters: int | None = None, n_probe: int = 8,
                                random_state: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` most cosine-similar rows of every row of ``X``, searched in the nearest clusters only.

    ``X``: ``n x d`` (sparse CSR expected). ``groups``: per-row labels; rows of
    the same group are never neighbours. ``n_clusters``: default ``round(√n)``.
    ``n_probe``: clusters searched per row (more: slower, fewer misses).
    ``random_state``: seed of the clustering; the result is deterministic for a seed.

    Returns ``(indices, scores)``: int64 and float32 arrays of shape ``n x k``,
    rows sorted by descending score, ties by ascending index, padded with
    index -1 and score 0 where fewer than ``k`` candidates score above 0.
    """
    if int(k) < 1:
        raise ValueError(f"k must be at least 1, not {k}")
    Xn = _normalized_csr(X).astype(np.float32)
    n, d = Xn.shape
    codes = _group_codes(groups, n)
    rows = Xn.toarray() if n * d * 4 <= _DENSE_BYTES else Xn
    n_clusters = int(n_clusters or max(1, round(np.sqrt(n))))
    n_clusters = min(n_clusters, n)
    km = MiniBatchKMeans(n_clusters, random_state=random_state, batch_size=4096, n_init=1, max_iter=5)
    labels = km.fit_predict(rows)
    centres = normalize(km.cluster_centers_)
    probe = np.argsort(-(centres @ centres.T), axis=1, kind="stable")[:, :max(1, min(int(n_probe), n_clusters))]
    order = np.argsort(labels, kind="stable")
    bounds = np.searchsorted(labels[order], np.arange(n_clusters + 1))
    members = [order[bounds[c]:bounds[c + 1]] for c in range(n_clusters)]

    indices = np.full((n, k), _NO_INDEX, dtype=np.int64)
    scores = np.zeros((n, k), dtype=np.float32)
    for c in range(n_clusters):
        queries = members[c]
        if not len(queries):
            continue
        cand = np.sort(np.concatenate([members[p] for p in probe[c]]))
        cand_rows = rows[cand]
        step = max(1, _BLOCK_ENTRIES // len(cand))
        for s in range(0, len(queries), step):
            q = queries[s:s + step]
            D = rows[q] @ cand_rows.T
            D = D.toarray() if sp.issparse(D) else np.asarray(D)
            indices[q], scores[q] = _select(D, q, cand, k, exclude_self, codes)
    return indices, scores


def _select(D: np.ndarray, q: np.ndarray, cand: np.ndarray, k: int, exclude_self: bool,
            codes: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """Top-k of each row of the candidate block ``D`` (rows ``q``, columns ``cand`` ascending)."""
    D = D.astype(np.float32, copy=False)
    if exclude_self:
        D[cand[None, :] == q[:, None]] = -np.inf
    if codes is not None:
        D[codes[cand][None, :] == codes[q][:, None]] = -np.inf
    D[D <= 0] = -np.inf  # only rows with a non-zero similarity are neighbours
    kk = min(k, D.shape[1])
    part = np.argpartition(-D, kk - 1, axis=1)[:, :kk] if D.shape[1] > kk else np.broadcast_to(
        np.arange(kk), (len(q), kk))
    s = np.take_along_axis(D, part, axis=1)
    i = cand[part]
    o = np.argsort(i, axis=1, kind="stable")  # ties by ascending index: sort by index, then stably by score
    s, i = np.take_along_axis(s, o, axis=1), np.take_along_axis(i, o, axis=1)
    o = np.argsort(-s, axis=1, kind="stable")
    s, i = np.take_along_axis(s, o, axis=1), np.take_along_axis(i, o, axis=1)
    ok = np.isfinite(s)
    idx = np.full((len(q), k), _NO_INDEX, dtype=np.int64)
    sc = np.zeros((len(q), k), dtype=np.float32)
    idx[:, :kk] = np.where(ok, i, _NO_INDEX)
    sc[:, :kk] = np.where(ok, s, 0.0)
    return idx, sc


def neighbour_recall(approx_scores: np.ndarray, exact_scores: np.ndarray, tol: float = 1e-5) -> float:
    """Share of the exact top-k that the approximate search matched, ties counted as found.

    In: score arrays of the same rows (``n x k``) from an approximate and the exact
    search. A returned neighbour counts when its score reaches the exact k-th score
    of its row (minus ``tol``): with tied scores any of the tied rows is a right answer.
    Out: a float in [0, 1]; 1.0 means nothing was missed.
    """
    exact_kth = exact_scores[:, -1:]
    wanted = (exact_scores > 0).sum(axis=1)
    found = ((approx_scores >= exact_kth - tol) & (approx_scores > 0)).sum(axis=1)
    total = wanted.sum()
    return float(np.minimum(found, wanted).sum() / total) if total else 1.0
