"""Approximate task-level nearest neighbours for large corpora: faiss's inverted-file index.

In:  a TF-IDF matrix from :func:`analysis.compare.similarity.tfidf_matrix` (rows = tasks).
Out: the same ``(indices, scores)`` as :func:`analysis.compare.similarity.top_k_neighbors`.

The exact search scores every pair of tasks, which for 157,502 tasks is
2.5 × 10¹⁰ cosines. Here the candidates come from a maintained library,
faiss (the ``faiss-cpu`` package), and only the candidates are scored exactly:

1. LSA: the L2-normalized rows are reduced to ``n_components`` (128) dimensions
   by a truncated SVD (scikit-learn, randomized, fixed seed) and normalized
   again, so that inner products approximate cosines. A matrix with no more
   columns than that is used as it is (dense): nothing is approximated there.
2. faiss's k-means (spherical, its seed set) trains ``n_clusters`` centroids
   (faiss's ``nlist``; default ``√n``) on a fixed sample of the reduced rows
   (``64 × nlist`` rows drawn with ``random_state``). Each row's ``n_probe``
   nearest centroids (faiss's ``nprobe``) are found once, by faiss's exhaustive
   search; the row is stored in an ``IndexIVFFlat`` (inner product) under the
   nearest.
3. Each row asks the index (``search_preassigned``, in its ``n_probe`` lists)
   for its ``candidates`` best rows. The candidates are **re-scored with the
   exact sparse TF-IDF cosine**, and the project's rules applied: no row
   itself, no row of the same group, only scores above 0, descending score with
   ties by ascending index, padding with -1 / 0.

So scores are exact cosines (summed in the order a sparse product sums them);
what can be missed is a neighbour that the LSA ranking or the probed lists
leave out of a row's candidates. With every list probed and every row a
candidate the result is the exact search's (a test checks this); the README's
benchmark reports recall against the exact search.

The index is built once (:func:`build_approximate_index`) and searched by row
ranges (:meth:`ApproximateIndex.search`), the unit of work that
:mod:`analysis.scaleout` sends to Dask workers. A row's lists are fixed when
the index is built, and its scan and re-scoring involve that row alone, so
ranges concatenate to the full result and every run gives the same bytes.
faiss uses all cores (OpenMP) to train, assign and search.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from .similarity import _NO_INDEX, _check_k, _group_codes, _normalized_csr, _top_k_block

__all__ = ["approximate_top_k_neighbors", "build_approximate_index", "ApproximateIndex", "neighbour_recall"]

_SEARCH_ROWS = 8192          # rows asked of faiss at a time
_RESCORE_ENTRIES = 2**20     # sparse entries paired at once when re-scoring (~25 MB per array)
_TRAIN_PER_LIST = 64         # k-means training rows per inverted list


@dataclass(eq=False)
class ApproximateIndex:
    """A trained IVF index over the LSA rows of a TF-IDF matrix, with what re-scoring needs.

    Make it with :func:`build_approximate_index`; call :meth:`search`. Every row's lists
    (the one it is stored in, the ``n_probe`` it searches) are computed once, when the index
    is built, so a row's candidates do not depend on the range it is searched in. It
    pickles without the faiss object, which is rebuilt from the centroids, the reduced rows
    and their lists on unpickling (no distance is recomputed), so it can be broadcast to
    Dask workers.
    """

    Xn: sp.csr_matrix         # the L2-normalized TF-IDF rows (float64, sorted indices), for exact re-scoring
    embedding: np.ndarray     # n x dim float32, unit (or zero) rows: what faiss indexes
    centroids: np.ndarray     # nlist x dim float32: the trained coarse quantizer
    probes: np.ndarray        # n x n_probe int32: the lists each row searches, nearest first
    codes: np.ndarray | None  # group code per row, or None
    k: int
    exclude_self: bool
    candidates: int
    _index: object = field(default=None, repr=False)

    def __post_init__(self):
        if self._index is None:
            self._index = _ivf_index(self.centroids, self.embedding, self.probes[:, 0])

    def __getstate__(self):
        state = dict(self.__dict__)
        state["_index"] = None
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._index = _ivf_index(self.centroids, self.embedding, self.probes[:, 0])

    @property
    def n_clusters(self) -> int:
        return len(self.centroids)

    @property
    def n_probe(self) -> int:
        return self.probes.shape[1]

    def search(self, rows: slice | None = None) -> tuple[np.ndarray, np.ndarray]:
        """The neighbours of ``X[rows]`` (a contiguous slice; default all rows) against all rows.

        Returns ``(indices, scores)`` as :func:`approximate_top_k_neighbors` does, for those rows.
        """
        n = self.Xn.shape[0]
        first, last, step = (rows or slice(None)).indices(n)
        if step != 1:
            raise ValueError("rows must be a contiguous slice")
        m = max(last - first, 0)
        indices = np.full((m, self.k), _NO_INDEX, dtype=np.int64)
        scores = np.zeros((m, self.k), dtype=np.float32)
        index = self._index
        index.nprobe = self.n_probe
        for a in range(first, first + m, _SEARCH_ROWS):
            b = min(a + _SEARCH_ROWS, first + m)
            _, cand = index.search_preassigned(self.embedding[a:b], self.candidates,
                                               self.probes[a:b].astype(np.int64), None)
            indices[a - first:b - first], scores[a - first:b - first] = self._rescore(a, cand)
        return indices, scores

    def _rescore(self, first_row: int, cand: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Exact cosines of rows ``first_row...`` with their candidates, then the project's top-k rules."""
        b, width = cand.shape
        idx_out = np.full((b, self.k), _NO_INDEX, dtype=np.int64)
        score_out = np.zeros((b, self.k), dtype=np.float32)
        mean_nnz = max(1.0, self.Xn.nnz / max(self.Xn.shape[0], 1))
        step = max(1, int(_RESCORE_ENTRIES // (width * mean_nnz)))
        for a in range(0, b, step):
            c = cand[a:a + step]
            S = _pair_cosines(self.Xn, first_row + a, c)
            idx_out[a:a + step], score_out[a:a + step] = _top_k_of_candidates(
                S, c, first_row + a, self.Xn.shape[0], self.k, self.exclude_self, self.codes)
        return idx_out, score_out


def _ivf_index(centroids: np.ndarray, embedding: np.ndarray, lists: np.ndarray):
    """An ``IndexIVFFlat`` (inner product) with these coarse centroids, row ``i`` of ``embedding`` in list ``lists[i]``."""
    import faiss
    from faiss.contrib.ivf_tools import add_preassigned

    dim = embedding.shape[1]
    quantizer = faiss.IndexFlatIP(dim)
    quantizer.add(np.ascontiguousarray(centroids, dtype=np.float32))
    index = faiss.IndexIVFFlat(quantizer, dim, len(centroids), faiss.METRIC_INNER_PRODUCT)
    index.is_trained = True
    add_preassigned(index, np.ascontiguousarray(embedding, dtype=np.float32), np.ascontiguousarray(lists, dtype=np.int64))
    return index


def _pair_cosines(Xn: sp.csr_matrix, first_row: int, cand: np.ndarray) -> np.ndarray:
    """``S[i, j] = Xn[first_row + i] · Xn[cand[i, j]]`` in float64 (``-inf`` where ``cand`` is -1).

    Each query row is paired with each candidate row (scipy's compiled row gather and
    element-wise product of sorted sparse rows), and the products are summed per pair in
    ascending column order, as a sparse matrix product sums them.
    """
    b, width = cand.shape
    queries = np.repeat(np.arange(first_row, first_row + b, dtype=np.int64), width)
    P = Xn[queries].multiply(Xn[np.maximum(cand.ravel(), 0)]).tocsr()
    pair = np.repeat(np.arange(b * width, dtype=np.int64), np.diff(P.indptr))
    S = np.bincount(pair, weights=P.data, minlength=b * width).astype(np.float64, copy=False).reshape(b, width)
    S[cand < 0] = -np.inf
    return S


def _top_k_of_candidates(S: np.ndarray, cand: np.ndarray, first_row: int, n: int, k: int, exclude_self: bool,
                         codes: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """Top-k of each row of the candidate scores ``S`` (columns ``cand``) under the project's rules:
    the candidates laid out as a sparse block of the similarity matrix, for the exact search's
    own selection (:func:`analysis.compare.similarity._top_k_block`: no self, no same group, ties by
    ascending index)."""
    keep = (cand >= 0) & (S > 0)  # only rows with a non-zero similarity are neighbours
    rows = np.nonzero(keep)[0]
    block = sp.csr_matrix((S[keep], (rows, cand[keep])), shape=(S.shape[0], n))  # n: all rows of the matrix
    return _top_k_block(block, first_row, k, exclude_self, codes)


def _lsa(Xn: sp.csr_matrix, n_components: int, random_state: int) -> np.ndarray:
    """Rows of ``Xn`` reduced to ``n_components`` dimensions (truncated SVD), L2-normalized, float32.

    The SVD's dense steps run on one BLAS thread: once faiss (with its own OpenMP BLAS) is
    loaded, numpy's BLAS on two threads was measured 4× slower than on one (0.6 against
    2.2–3.0 s at 1,000 plans).
    """
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize
    from threadpoolctl import threadpool_limits

    n, d = Xn.shape
    if d <= n_components or n < 2:  # nothing to reduce: the rows themselves
        E = Xn.toarray()
    else:  # (n rows span at most n dimensions)
        svd = TruncatedSVD(min(n_components, n - 1), algorithm="randomized", n_iter=5, random_state=random_state)
        with threadpool_limits(1, user_api="blas"), np.errstate(invalid="ignore", divide="ignore"):
            E = svd.fit_transform(Xn.astype(np.float32))  # (an all-zero matrix: explained variance 0/0)
    return np.ascontiguousarray(normalize(E, norm="l2"), dtype=np.float32)


def build_approximate_index(X, k: int = 10, *, groups: Sequence | None = None, exclude_self: bool = True,
                            n_clusters: int | None = None, n_probe: int = 8, n_components: int = 128,
                            candidates: int | None = None, random_state: int = 0) -> ApproximateIndex:
    """Reduce, train and fill the index once; search it with :meth:`ApproximateIndex.search`.

    Arguments as :func:`approximate_top_k_neighbors`.
    """
    import faiss

    _check_k(k)
    k = int(k)
    Xn = _normalized_csr(X)
    Xn.sort_indices()
    n = Xn.shape[0]
    codes = _group_codes(groups, n)
    E = _lsa(Xn, int(n_components), random_state) if n else np.zeros((0, 1), dtype=np.float32)
    nlist = max(1, min(int(n_clusters or round(np.sqrt(n))), max(n, 1)))
    if n:
        sample = np.sort(np.random.default_rng(random_state).choice(n, min(n, _TRAIN_PER_LIST * nlist),
                                                                    replace=False))
        cp = faiss.ClusteringParameters()
        cp.seed = int(random_state)
        cp.spherical = True  # centroids normalized: inner product to a centroid is a cosine
        cp.min_points_per_centroid = 1  # small corpora: no warning, the sample is what it is
        cp.max_points_per_centroid = _TRAIN_PER_LIST  # faiss must not subsample our sample again
        km = faiss.Clustering(E.shape[1], nlist, cp)
        km.train(np.ascontiguousarray(E[sample]), faiss.IndexFlatIP(E.shape[1]))
        centroids = faiss.vector_to_array(km.centroids).reshape(nlist, E.shape[1])
    else:
        centroids = np.zeros((1, E.shape[1]), dtype=np.float32)
    # every row's nearest lists, once (faiss's exhaustive search of the centroids, in one batch)
    quantizer = faiss.IndexFlatIP(E.shape[1])
    quantizer.add(centroids)
    n_probe = max(1, min(int(n_probe), nlist))
    _, probes = quantizer.search(E, n_probe) if n else (None, np.zeros((0, n_probe), dtype=np.int64))
    # enough candidates to drop the row itself and its own group's rows and still keep k
    dropped = int(np.bincount(codes).max()) if codes is not None and n else int(exclude_self)
    width = int(candidates) if candidates is not None else 2 * k + dropped
    if width < 1:
        raise ValueError(f"candidates must be a positive integer, got {candidates!r}")
    return ApproximateIndex(Xn=Xn, embedding=E, centroids=centroids, probes=probes.astype(np.int32), codes=codes,
                            k=k, exclude_self=bool(exclude_self), candidates=max(1, min(width, n)))


def approximate_top_k_neighbors(X, k: int = 10, *, groups: Sequence | None = None, exclude_self: bool = True,
                                n_clusters: int | None = None, n_probe: int = 8,
                                random_state: int = 0, n_components: int = 128,
                                candidates: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` most cosine-similar rows of every row of ``X``, among candidates from a faiss IVF index.

    ``X``: ``n x d`` (sparse CSR expected). ``groups``: per-row labels; rows of
    the same group are never neighbours. ``n_clusters``: faiss's ``nlist``, the
    inverted lists (default ``round(√n)``). ``n_probe``: faiss's ``nprobe``, the
    lists searched per row (more: slower, fewer misses). ``n_components``: LSA
    dimensions. ``candidates``: rows taken from the index per row and re-scored
    exactly (default ``2k`` + the largest group's row count, so that dropping a
    row's own group still leaves ``2k``). ``random_state``: seed of the SVD and
    of the k-means sample; the result is deterministic for a seed (see the
    module docstring).

    Returns ``(indices, scores)``: int64 and float32 arrays of shape ``n x k``,
    rows sorted by descending score, ties by ascending index, padded with
    index -1 and score 0 where fewer than ``k`` candidates score above 0.
    Scores are exact cosines of the returned pairs.
    """
    return build_approximate_index(X, k, groups=groups, exclude_self=exclude_self, n_clusters=n_clusters,
                                   n_probe=n_probe, n_components=n_components, candidates=candidates,
                                   random_state=random_state).search()


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
