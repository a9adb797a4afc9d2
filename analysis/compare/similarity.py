"""Tokenization and TF-IDF similarity of plans and tasks.

The stage takes simplified-Chinese text (what :mod:`analysis.parse.corpus` produces)
and returns tokens, TF-IDF matrices, cosine similarities, nearest neighbours,
task-to-task alignments and distinctive terms.  Every function takes data and
returns data; the only state is the :class:`Tokenizer` the caller loads once
with :func:`load_tokenizer` and passes in.

Data files (under ``data/``, edited by the researcher, not code)
-----------------------------------------------------------------
``jieba_userdict.txt``
    jieba's user-dictionary format, UTF-8, one term a line::

        word [freq] [tag]

    separated by single spaces: ``freq`` a positive integer (higher keeps the
    term whole against competing splits; 3000 is enough for most terms, the
    jieba dictionary has ~60 million words in total), ``tag`` a lower-case
    jieba part-of-speech tag (``n``, ``nz``, ``l``, ...).  Blank lines are
    ignored.  jieba has no comment syntax, so the file holds terms only; a line
    starting with ``#`` is rejected rather than silently added as a word.  A
    term containing characters that jieba treats as separators, such as the
    ``、`` of ``双随机、一公开``, is matched with those characters removed: the
    text ``双随机、一公开`` and ``双随机一公开`` both give the token
    ``双随机一公开``.
``stopwords.txt``
    One word a line, UTF-8, blank lines ignored: function words and policy
    boilerplate that carry no content for comparing plans.  Punctuation,
    whitespace, pure numbers and one-character tokens are dropped by the
    tokenizer itself and need not be listed.

Tokens are NFKC-normalised (full-width letters and digits become half-width)
and lower-cased.
"""
from __future__ import annotations

import csv
import logging
import re
import tempfile
import unicodedata
from collections.abc import Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import jieba
import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity
from sklearn.preprocessing import normalize

__all__ = [
    "DEFAULT_STOPWORDS", "DEFAULT_USERDICT", "ALIGNMENT_COLUMNS", "DISTINCTIVE_COLUMNS",
    "Tokenizer", "load_tokenizer", "read_userdict", "read_stopwords", "tfidf_matrix", "cosine_matrix", "similarity_frame",
    "pair_summary", "top_k_neighbors", "naive_top_k", "align_tasks", "distinctive_terms", "task_texts", "document_texts",
    "nearest_tasks", "MemoTokenizer", "memo_tokenizer",
    "keyness", "KEYNESS_COLUMNS", "CHI2_CRITICAL", "TermFilter", "term_filter", "place_names",
    "DEFAULT_KEYNESS_STOPWORDS",
]

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
DEFAULT_USERDICT = DATA_DIR / "jieba_userdict.txt"
DEFAULT_STOPWORDS = DATA_DIR / "stopwords.txt"
#: Generic words that are never a plan's distinctive terms (:class:`TermFilter`), one a line.
DEFAULT_KEYNESS_STOPWORDS = DATA_DIR / "keyness_stopwords.txt"

ALIGNMENT_COLUMNS = ["source_doc", "source_seq", "source_title", "target_doc", "target_seq", "target_title",
                     "score", "status"]
DISTINCTIVE_COLUMNS = ["doc_id", "rank", "term", "weight"]
TASK_COLUMNS = ["doc_id", "task_seq", "title", "text"]

# Characters jieba's segmenter keeps inside a block (jieba.re_han_default); any
# other character splits the text before dictionary look-up, so a dictionary
# word containing one could never match.
_JIEBA_BLOCK_CHAR = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]")
_USERDICT_LINE = re.compile(r"^(?P<word>.+?)(?: (?P<freq>[0-9]+))?(?: (?P<tag>[a-z]+))?$")
_NO_INDEX = -1


# --------------------------------------------------------------------------- tokenizer

@dataclass(frozen=True, eq=False)
class Tokenizer:
    """A callable ``text -> list[str]`` wrapping ONE ``jieba.Tokenizer`` instance.

    Build it with :func:`load_tokenizer`.  Calling it on a string returns the
    content tokens in text order: jieba's accurate-mode segmentation of the
    NFKC-normalised text (user-dictionary terms kept whole), lower-cased, with
    stop words, whitespace, punctuation, pure numbers and every one-character
    token (single CJK characters included) removed.

    Segmentation runs with ``hmm=False`` by default: jieba's HMM guesses "new
    words" from runs of characters missing from the dictionary, which merges
    neighbouring characters into context-dependent pseudo-words (the same
    phrase can come out differently in two sentences) and goes through
    jieba's module-global ``finalseg`` state.  Without it every token is a
    dictionary word (jieba's or ours), the vocabulary is stable and readable,
    and unknown characters fall out as single characters, which are dropped.
    The result is a pure function of the text and the two data files, the
    same in every process.

    The instance is picklable when it was loaded from files (it is rebuilt
    from them on unpickling), so it can be sent to worker processes.
    """

    segmenter: object = field(repr=False)  # an rjieba.Jieba (default) or a jieba.Tokenizer
    stopwords: frozenset[str] = field(default=frozenset(), repr=False)
    joined_terms: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    hmm: bool = False
    userdict_path: str | None = None
    stopwords_path: str | None = None
    engine: str = "rjieba"

    def __call__(self, text: str) -> list[str]:
        """Tokens of ``text`` (a str; ``None`` or NaN count as empty) as a list of str."""
        if not isinstance(text, str):
            if text is None or (np.ndim(text) == 0 and pd.isna(text)):
                return []
            raise TypeError(f"Tokenizer expects a str, got {type(text).__name__}")
        text = unicodedata.normalize("NFKC", text)
        for written, joined in self.joined_terms:
            text = text.replace(written, joined)
        stop = self.stopwords
        out = []
        for token in self.segment(text):
            token = token.lower()
            if len(token) < 2 or token in stop or not any(ch.isalpha() for ch in token):
                continue
            out.append(token)
        return out

    def segment(self, text: str) -> list[str]:
        """The words of ``text`` as the segmenter cuts them, nothing dropped (for romanizing a name)."""
        if self.engine == "rjieba":
            return list(self.segmenter.cut(text, hmm=self.hmm))
        return list(self.segmenter.cut(text, HMM=self.hmm))

    def __reduce__(self):
        if not self.__dict__.get("_from_files"):
            raise TypeError("only a Tokenizer made by load_tokenizer() can be pickled")
        return (_reload_tokenizer, (self.userdict_path, self.stopwords_path, self.hmm, self.engine))


def _reload_tokenizer(userdict, stopwords, hmm, engine="rjieba"):
    return load_tokenizer(userdict, stopwords, hmm=hmm, engine=engine)


@contextmanager
def _quiet_jieba():
    """Silence jieba's logger (it prints "Building prefix dict..." to stderr) for the block."""
    logger = logging.getLogger("jieba")
    old = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(old)


def _read_lines(path: Path, what: str) -> list[tuple[int, str]]:
    try:
        raw = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise FileNotFoundError(f"{what} not found: {path}") from None
    except UnicodeDecodeError as err:
        raise ValueError(f"{what} {path} is not UTF-8: {err}") from None
    return [(n, line.strip()) for n, line in enumerate(raw.splitlines(), 1) if line.strip()]


def read_userdict(path: str | Path) -> list[tuple[str, int | None, str | None]]:
    """Parse a jieba user dictionary into ``[(word, freq or None, tag or None), ...]`` in file order.

    Words are NFKC-normalised.  Raises ``ValueError`` naming the file and line
    for lines jieba would misread silently: a ``#`` comment, a word with inner
    whitespace, or frequency 0 (which jieba treats as "never keep whole").
    """
    entries = []
    for lineno, line in _read_lines(Path(path), "jieba user dictionary"):
        where = f"{path}:{lineno}"
        if line.startswith("#"):
            raise ValueError(f"{where}: jieba user dictionaries have no comments: {line!r}")
        m = _USERDICT_LINE.match(line)
        word = unicodedata.normalize("NFKC", m["word"])
        if any(ch.isspace() for ch in word):
            raise ValueError(f"{where}: expected 'word [freq] [tag]' with a word without spaces: {line!r}")
        freq = int(m["freq"]) if m["freq"] is not None else None
        if freq == 0:
            raise ValueError(f"{where}: frequency 0 would force jieba to split {word!r}; remove the line instead")
        entries.append((word, freq, m["tag"]))
    return entries


def read_stopwords(path: str | Path) -> frozenset[str]:
    """Read a stop-word list (one word a line, UTF-8) into a frozenset of NFKC-normalised, lower-cased words."""
    return frozenset(unicodedata.normalize("NFKC", line).lower()
                     for _, line in _read_lines(Path(path), "stop-word list"))


def load_tokenizer(userdict: str | Path | None = DEFAULT_USERDICT,
                   stopwords: str | Path | None = DEFAULT_STOPWORDS,
                   *, hmm: bool = False, engine: str = "rjieba") -> Tokenizer:
    """Load a :class:`Tokenizer` from a jieba user dictionary and a stop-word list.

    ``userdict``/``stopwords``: paths to the data files (see the module
    docstring for their format); ``None`` leaves out the user dictionary or
    uses no stop words.  ``hmm``: jieba's HMM new-word discovery, off by
    default (see :class:`Tokenizer`).

    ``engine``: ``"rjieba"`` (default), the maintained Python binding of
    jieba-rs — the same dictionary and algorithm compiled, 6.5× faster, with
    identical tokens on the shipped corpus and 9,210 synthetic task texts (a
    test checks the shipped corpus); or ``"jieba"``, the reference Python
    package. A fresh segmenter instance is built (jieba's global ``jieba.dt``
    is neither used nor changed; jieba's prefix-dictionary cache goes to a
    private temporary directory removed before returning), and nothing is
    printed to stderr. Load once and pass the tokenizer around.
    """
    if engine not in ("rjieba", "jieba"):
        raise ValueError(f"engine must be 'rjieba' or 'jieba', got {engine!r}")
    entries = read_userdict(userdict) if userdict is not None else []   # read both files first: fail fast
    words = read_stopwords(stopwords) if stopwords is not None else frozenset()
    if engine == "rjieba":
        import rjieba

        segmenter = rjieba.Jieba()
    else:
        segmenter = jieba.Tokenizer()
        with _quiet_jieba(), tempfile.TemporaryDirectory(prefix="jieba-") as tmp:
            segmenter.tmp_dir = tmp
            segmenter.initialize()
        segmenter.tmp_dir = None
    joined: dict[str, str] = {}
    for word, freq, tag in entries:
        matched = "".join(_JIEBA_BLOCK_CHAR.findall(word))
        if not matched:
            continue
        if matched != word:
            joined[word] = matched
        segmenter.add_word(matched, freq, tag)
    tok = Tokenizer(
        segmenter=segmenter,
        stopwords=words,
        # longest first, so that a longer term is joined before a shorter one inside it
        joined_terms=tuple(sorted(joined.items(), key=lambda kv: (-len(kv[0]), kv[0]))),
        hmm=hmm,
        userdict_path=None if userdict is None else str(userdict),
        stopwords_path=None if stopwords is None else str(stopwords),
        engine=engine,
    )
    object.__setattr__(tok, "_from_files", True)
    return tok


class MemoTokenizer:
    """A :class:`Tokenizer` that remembers the tokens of every line it has cut.

    ``memo_tokenizer(tokenizer, memo)(text)`` equals ``tokenizer(text)`` for every text:
    jieba cuts a text into blocks at every character outside words (a line break among
    them), so a text's tokens are its lines' tokens in order, and each distinct line is
    cut once — the titles and clauses that documents share and that every comparison
    reads (task, clause and document texts are made of them). ``memo`` (line → tokens)
    can be stored and passed in again (:class:`analysis.study.Study` caches it per
    corpus). Anything else is the wrapped tokenizer's (``segment``, ``stopwords`` …).
    """

    def __init__(self, tokenizer: Tokenizer, memo: dict[str, list[str]] | None = None):
        self.tokenizer = tokenizer
        self.memo: dict[str, list[str]] = {} if memo is None else memo

    def __call__(self, text: str) -> list[str]:
        if not isinstance(text, str):
            return self.tokenizer(text)
        memo, cut = self.memo, self.tokenizer
        out: list[str] = []
        for line in text.split("\n"):
            tokens = memo.get(line)
            if tokens is None:
                tokens = memo[line] = cut(line)
            out.extend(tokens)
        return out

    def __getattr__(self, name):
        return getattr(self.__dict__["tokenizer"], name)

    def __getstate__(self):
        return {"tokenizer": self.tokenizer, "memo": self.memo}

    def __setstate__(self, state):
        self.__dict__.update(state)


def memo_tokenizer(tokenizer: Tokenizer | None = None, memo: dict[str, list[str]] | None = None) -> MemoTokenizer:
    """A :class:`MemoTokenizer` around ``tokenizer`` (default: :func:`load_tokenizer`), with ``memo``."""
    return MemoTokenizer(tokenizer or load_tokenizer(), memo)


# --------------------------------------------------------------------------- TF-IDF

def tfidf_matrix(texts: Sequence[str], tokenizer: Tokenizer, tokens: dict[str, list[str]] | None = None,
                 **vectorizer_kwargs) -> tuple[sp.csr_matrix, list[str]]:
    """TF-IDF of ``texts`` (a sequence of str) with ``tokenizer`` as the analyzer.

    Returns ``(X, vocabulary)``: ``X`` a ``scipy.sparse.csr_matrix`` of float64,
    one row per text, rows L2-normalised (an empty text gives a zero row), and
    the vocabulary as a list of str in column order (sorted).  Defaults are
    scikit-learn's ``TfidfVectorizer`` defaults plus ``sublinear_tf=True``;
    ``vectorizer_kwargs`` override them (e.g. ``min_df=2``, ``max_df=0.5`` to
    drop terms found in more than half of the texts, which keeps
    :func:`top_k_neighbors` fast on large corpora).  ``tokens``: texts already
    tokenized (elsewhere, e.g. on workers), used instead of calling ``tokenizer``.
    Raises ``ValueError`` if no text has a token.
    """
    # plans copy tasks from each other word for word: tokenize each distinct text once
    seen: dict[str, list[str]] = dict(tokens or {})

    def analyzer(text: str) -> list[str]:
        tokens = seen.get(text)
        if tokens is None:
            tokens = seen[text] = tokenizer(text)
        return tokens

    params = {"analyzer": analyzer, "sublinear_tf": True}
    params.update(vectorizer_kwargs)
    vectorizer = TfidfVectorizer(**params)
    X = vectorizer.fit_transform(list(texts)).tocsr()
    X.sort_indices()
    return X, [str(t) for t in vectorizer.get_feature_names_out()]


def _normalized_csr(X) -> sp.csr_matrix:
    X = sp.csr_matrix(X, dtype=np.float64) if not sp.issparse(X) else X.tocsr().astype(np.float64)
    return normalize(X, norm="l2", copy=True)


def cosine_matrix(X) -> np.ndarray:
    """Dense ``n x n`` float64 cosine similarity of the rows of ``X`` (sparse or dense, small ``n``).

    Rows are L2-normalised first; values are clipped to [-1, 1] and the
    diagonal is exactly 1 for non-zero rows (0 for zero rows).
    """
    Xn = _normalized_csr(X)
    S = (Xn @ Xn.T).toarray()
    np.clip(S, -1.0, 1.0, out=S)
    nonzero = np.diff(Xn.indptr) > 0
    S[np.arange(S.shape[0]), np.arange(S.shape[0])] = nonzero.astype(np.float64)
    return S


def similarity_frame(X, labels: Sequence[str]) -> pd.DataFrame:
    """:func:`cosine_matrix` of ``X`` as a square DataFrame with ``labels`` as index and columns."""
    S = cosine_matrix(X)
    labels = list(labels)
    if len(labels) != S.shape[0]:
        raise ValueError(f"{len(labels)} labels for {S.shape[0]} rows")
    return pd.DataFrame(S, index=pd.Index(labels), columns=pd.Index(labels))


def pair_summary(sim: pd.DataFrame, n: int = 10, percentiles=(.1, .5, .9)) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The cosines of every pair of documents of a square similarity frame, summarised.

    In: ``sim`` (:func:`similarity_frame`), ``n`` pairs to list, the ``percentiles`` to describe.
    Out: ``(stats, top)``: one row ``cosine`` of :meth:`pandas.Series.describe` over the pairs above
    the diagonal, and the ``n`` most similar pairs (columns ``a``, ``b``, ``cosine``), most similar
    first, ties in row-major order, indexed by the pair's position in that order — the same as a
    frame of all pairs sorted (stable), without one: 3,000 documents make 4.5 million pairs, whose
    two columns of names would take gigabytes while the cosines take 36 MB.
    """
    m = sim.to_numpy()
    rows, cols = np.triu_indices(len(m), 1)
    cosine = pd.Series(m[rows, cols], name="cosine")
    stats = cosine.describe(percentiles=list(percentiles)).to_frame().T
    best = cosine.sort_values(ascending=False, kind="stable").head(n)
    pos = best.index.to_numpy()
    names = np.asarray(sim.index, dtype=object)
    top = pd.DataFrame({"a": names[rows[pos]], "b": names[cols[pos]], "cosine": best.to_numpy()}, index=best.index)
    return stats, top


# --------------------------------------------------------------------------- nearest neighbours

def _group_codes(groups, n: int) -> np.ndarray | None:
    if groups is None:
        return None
    codes, _ = pd.factorize(np.asarray(list(groups), dtype=object), use_na_sentinel=False)
    if len(codes) != n:
        raise ValueError(f"groups has {len(codes)} labels for {n} rows")
    return codes.astype(np.int64)


def _check_k(k: int, block_rows: int = 1) -> None:
    if int(k) != k or k < 1:
        raise ValueError(f"k must be a positive integer, got {k!r}")
    if int(block_rows) != block_rows or block_rows < 1:
        raise ValueError(f"block_rows must be a positive integer, got {block_rows!r}")


def _top_k_block(S: sp.csr_matrix, first_row: int, k: int, exclude_self: bool,
                 codes: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """Top-k of each row of the similarity block ``S`` (rows ``first_row...`` of the full matrix)."""
    b = S.shape[0]
    idx_out = np.full((b, k), _NO_INDEX, dtype=np.int64)
    score_out = np.zeros((b, k), dtype=np.float32)
    rows = np.repeat(np.arange(b, dtype=np.int64), np.diff(S.indptr))
    cols = S.indices
    vals = S.data
    keep = vals != 0
    if exclude_self:
        keep &= cols != rows + first_row
    if codes is not None:
        keep &= codes[cols] != codes[rows + first_row]
    rows, cols, vals = rows[keep], cols[keep], vals[keep]
    if not len(rows):
        return idx_out, score_out

    def padded(r, v):
        # Entries of (r, v) are grouped by row (r non-decreasing): lay them out as a
        # b x width array padded with -inf; also return each row's first entry.
        counts = np.bincount(r, minlength=b)
        starts = np.zeros(b, dtype=np.int64)
        np.cumsum(counts[:-1], out=starts[1:])
        pos = np.arange(len(r), dtype=np.int64) - starts[r]
        P = np.full((b, int(counts.max())), -np.inf)
        P[r, pos] = v
        return P, pos, starts

    P, pos, starts = padded(rows, vals)
    if P.shape[1] > k:
        # Keep every entry scoring at least its row's k-th largest score (ties at the
        # boundary included, padding excluded), then sort only those.
        kth = np.partition(P, P.shape[1] - k, axis=1)[:, P.shape[1] - k][:, None]
        r, p = np.nonzero((P >= kth) & (P > -np.inf))
        entry = starts[r] + p
        rows, cols, vals = r, cols[entry], vals[entry]
        P, pos, starts = padded(rows, vals)
    C = np.full(P.shape, np.iinfo(np.int64).max, dtype=np.int64)
    C[rows, pos] = cols.astype(np.int64)
    # descending score, ties by ascending column: sort by column, then stably by score
    order = np.argsort(C, axis=1, kind="stable")
    P = np.take_along_axis(P, order, axis=1)
    C = np.take_along_axis(C, order, axis=1)
    order = np.argsort(-P, axis=1, kind="stable")[:, :k]
    P = np.take_along_axis(P, order, axis=1)
    C = np.take_along_axis(C, order, axis=1)
    valid = np.isfinite(P)
    width = P.shape[1]
    idx_out[:, :width] = np.where(valid, C, _NO_INDEX)
    score_out[:, :width] = np.where(valid, P, 0.0)
    return idx_out, score_out


_MAX_BLOCK_ENTRIES = 2**25  # ~33 M similarities per block: about 2 GB of working arrays at worst
_TOPN_BLOCK = 8192  # rows per sparse_dot_topn call: its output is at most rows x (k + dropped) entries


def top_k_neighbors(X, k: int = 10, *, exclude_self: bool = True, block_rows: int = 2048,
                    groups: Sequence | None = None, rows: slice | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` most cosine-similar other rows of every row of ``X``, for many rows.

    ``X``: an ``n x d`` matrix (sparse CSR expected; rows are L2-normalised
    here, so the scores are cosines whether or not ``X`` was normalised).
    ``groups``: optional per-row labels (e.g. ``doc_id``); when given, rows of
    the same group are never neighbours (matches in other documents only).
    ``exclude_self``: leave a row out of its own neighbours.
    ``rows``: compute the neighbours of ``X[rows]`` only (against all rows) —
    the unit of work to spread over processes or machines; results for
    disjoint row ranges concatenate to the full result.

    Returns ``(indices, scores)``: int64 and float32 arrays of shape ``n x k``,
    each row sorted by descending score, ties broken by ascending index.  Only
    rows with a non-zero similarity are candidates; a row with fewer than
    ``k`` candidates is padded with index -1 and score 0.

    Candidates come from ``sparse_dot_topn`` (a maintained, compiled sparse
    product that keeps only each row's ``k`` + (rows it must drop) largest
    entries, in bounded memory); the project's tie rule is applied to them. A
    row whose candidate list was cut at a score its k-th neighbour ties (or that
    kept fewer than ``k``) is recomputed in full by blocks of ``block_rows`` rows
    (sparse ``X[block] @ X.T``, blocks shrunk so that ``block_rows x n`` stays
    under 2**25), so the result is exact. It never forms the ``n x n`` matrix.
    Deterministic.
    """
    _check_k(k, block_rows)
    k = int(k)
    Xn = _normalized_csr(X)
    n = Xn.shape[0]
    codes = _group_codes(groups, n)
    XT = Xn.T.tocsr()
    # a block's similarity rows may be dense (a small shared vocabulary): cap the block at
    # _MAX_BLOCK_ENTRIES similarities so memory stays bounded whatever n is
    block_rows = max(1, min(int(block_rows), _MAX_BLOCK_ENTRIES // max(n, 1)))
    first, last, step = (rows or slice(None)).indices(n)
    if step != 1:
        raise ValueError("rows must be a contiguous slice")
    m = max(last - first, 0)
    indices = np.full((m, k), _NO_INDEX, dtype=np.int64)
    scores = np.zeros((m, k), dtype=np.float32)
    if m == 0:
        return indices, scores
    # Candidates from sparse_dot_topn (a compiled sparse product that keeps only each row's
    # largest entries): k, plus as many as a row may have to drop (itself, its own document).
    from sparse_dot_topn import sp_matmul_topn

    dropped = int(np.bincount(codes).max()) if codes is not None else int(exclude_self)
    top_n = k + dropped
    for start in range(first, first + m, _TOPN_BLOCK):
        stop = min(start + _TOPN_BLOCK, first + m)
        C = sp_matmul_topn(Xn[start:stop], XT, top_n=top_n).tocsr()
        idx, sc = _top_k_block(C, start, k, exclude_self, codes)
        # Exact unless a row's list was cut where a candidate it lacks could tie its k-th
        # score (or it kept fewer than k): such rows are scored in full, as before.
        counts = np.diff(C.indptr)
        full = counts >= top_n
        lowest = np.full(stop - start, np.inf)
        filled = counts > 0
        if filled.any():  # each non-empty row's smallest kept score
            lowest[filled] = np.minimum.reduceat(C.data, C.indptr[:-1][filled])
        unsure = np.flatnonzero(full & ((idx[:, -1] == _NO_INDEX) | (sc[:, -1] <= lowest.astype(np.float32))))
        for run in np.split(unsure, np.flatnonzero(np.diff(unsure) != 1) + 1) if len(unsure) else []:
            for a in range(int(run[0]), int(run[-1]) + 1, int(block_rows)):
                b = min(a + int(block_rows), int(run[-1]) + 1)
                S = (Xn[start + a:start + b] @ XT).tocsr()
                idx[a:b], sc[a:b] = _top_k_block(S, start + a, k, exclude_self, codes)
        indices[start - first:stop - first], scores[start - first:stop - first] = idx, sc
    return indices, scores


def naive_top_k(X, k: int = 10, exclude_self: bool = True, groups: Sequence | None = None
                ) -> tuple[np.ndarray, np.ndarray]:
    """Reference for :func:`top_k_neighbors`: the same result from the dense all-pairs cosine matrix.

    Same arguments and return value; ``O(n^2)`` memory, for tests and benchmarks only.
    """
    _check_k(k)
    S = cosine_similarity(X)
    n = S.shape[0]
    codes = _group_codes(groups, n)
    indices = np.full((n, k), _NO_INDEX, dtype=np.int64)
    scores = np.zeros((n, k), dtype=np.float32)
    for i in range(n):
        cand = np.flatnonzero(S[i] != 0)
        if exclude_self:
            cand = cand[cand != i]
        if codes is not None:
            cand = cand[codes[cand] != codes[i]]
        best = cand[np.lexsort((cand, -S[i, cand]))][:k]
        indices[i, :len(best)] = best
        scores[i, :len(best)] = S[i, best]
    return indices, scores


# --------------------------------------------------------------------------- tasks and documents

def _task_table(df: pd.DataFrame, name: str) -> pd.DataFrame:
    missing = [c for c in TASK_COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(f"{name} task table lacks columns {missing}; expected {TASK_COLUMNS}")
    return df[TASK_COLUMNS].sort_values(["doc_id", "task_seq"], kind="stable").reset_index(drop=True)


def task_texts(df: pd.DataFrame) -> list[str]:
    """The comparable body of each row of a task (or clause) table: its ``title``, a line
    break, its ``text`` (a missing value counts as empty). Out: one str per row, in row order."""
    return [f"{'' if pd.isna(t) else t}\n{'' if pd.isna(x) else x}" for t, x in zip(df["title"], df["text"])]


def document_texts(tasks: pd.DataFrame, doc_ids: Sequence[str] | None = None) -> dict[str, str]:
    """doc_id → the bodies of all its tasks (:func:`task_texts`), one per line.

    ``doc_ids`` fixes the documents and their order (a document without tasks gets
    ""); by default, the documents of ``tasks`` in order of first appearance.
    """
    doc_ids = list(pd.unique(tasks["doc_id"])) if doc_ids is None else list(doc_ids)
    by_doc = {d: [] for d in doc_ids}
    for doc_id, body in zip(tasks["doc_id"], task_texts(tasks)):
        if doc_id in by_doc:
            by_doc[doc_id].append(body)
    return {d: "\n".join(bodies) for d, bodies in by_doc.items()}


def nearest_tasks(tasks: pd.DataFrame, tokenizer: Tokenizer) -> pd.DataFrame:
    """Each task's most similar task in another document, by TF-IDF cosine.

    In: a task table (``doc_id, task_no, title, text``), a tokenizer.
    Out: one row per task, in input order — doc_id, task_no, title, nearest_doc,
    nearest_task_no, nearest_title, score (0 and empty when no other task shares a term).
    """
    tasks = tasks.reset_index(drop=True)
    X, _ = tfidf_matrix(task_texts(tasks), tokenizer)
    idx, scores = top_k_neighbors(X, k=1, groups=tasks["doc_id"].to_numpy())
    hit = idx[:, 0]
    pick = lambda col: np.where(hit >= 0, tasks[col].to_numpy()[np.maximum(hit, 0)], "")  # noqa: E731
    return pd.DataFrame({
        "doc_id": tasks["doc_id"], "task_no": tasks["task_no"], "title": tasks["title"],
        "nearest_doc": pick("doc_id"), "nearest_task_no": pick("task_no"), "nearest_title": pick("title"),
        "score": scores[:, 0].astype(float),
    })


def align_tasks(source: pd.DataFrame, target: pd.DataFrame, tokenizer: Tokenizer,
                threshold: float = 0.2) -> pd.DataFrame:
    """Align the tasks of a lower-level plan (``target``) with those of a higher-level one (``source``).

    ``source``/``target``: task tables with columns ``doc_id, task_seq, title,
    text`` (more columns are ignored; each may hold several documents).  One
    TF-IDF model (:func:`tfidf_matrix`) is fitted on all source and target
    tasks together, each task being its title plus its text.

    Returns a DataFrame with columns :data:`ALIGNMENT_COLUMNS`:

    * one row per target task, in ``(doc_id, task_seq)`` order, with its most
      similar source task (ties: the first in ``(doc_id, task_seq)`` order) and
      the cosine ``score``; ``status`` is ``"taken_up"`` if
      ``score >= threshold``, else ``"added"`` (the source columns still name
      the nearest source task, or are empty when no source task shares a term);
    * then one row per source task that no target task reaches at
      ``threshold``, in ``(doc_id, task_seq)`` order, status ``"dropped"``,
      empty target columns and ``score`` its best similarity to any target task.

    ``source_seq``/``target_seq`` are nullable integers (``Int64``), ``score``
    float64, the other columns object with ``None`` where empty (the
    conventions of :mod:`analysis.io.tables`).
    """
    src = _task_table(source, "source")
    tgt = _task_table(target, "target")
    n_s, n_t = len(src), len(tgt)
    S = np.zeros((n_t, n_s))
    texts = task_texts(src) + task_texts(tgt)
    if n_s and n_t:
        try:
            X, _ = tfidf_matrix(texts, tokenizer)
        except ValueError as err:  # no task has a single token
            if "empty vocabulary" not in str(err):
                raise
        else:
            S = (X[n_s:] @ X[:n_s].T).toarray()

    rows = []
    for i in range(n_t):
        j = int(S[i].argmax()) if n_s else -1
        score = float(S[i, j]) if n_s else 0.0
        matched = n_s > 0 and score > 0
        rows.append((
            src.at[j, "doc_id"] if matched else None,
            src.at[j, "task_seq"] if matched else None,
            src.at[j, "title"] if matched else None,
            tgt.at[i, "doc_id"], tgt.at[i, "task_seq"], tgt.at[i, "title"],
            score, "taken_up" if score >= threshold else "added"))
    best_for_source = S.max(axis=0) if n_t else np.zeros(n_s)
    for j in range(n_s):
        if best_for_source[j] < threshold:
            rows.append((src.at[j, "doc_id"], src.at[j, "task_seq"], src.at[j, "title"],
                         None, None, None, float(best_for_source[j]), "dropped"))
    out = pd.DataFrame(rows, columns=ALIGNMENT_COLUMNS, dtype=object)
    for col in ("source_seq", "target_seq"):
        out[col] = out[col].astype("Int64")
    out["score"] = out["score"].astype(np.float64)
    return out


def distinctive_terms(texts_by_doc: Mapping[str, str], tokenizer: Tokenizer, n: int = 15,
                      **vectorizer_kwargs) -> pd.DataFrame:
    """The ``n`` highest-weighted TF-IDF terms of each document.

    ``texts_by_doc``: ``{doc_id: full text}``; the documents are the TF-IDF
    units (:func:`tfidf_matrix`, ``vectorizer_kwargs`` passed on).  Returns a
    DataFrame with columns ``doc_id, rank, term, weight`` (rank 1 = highest
    weight; ties by term), documents in the mapping's order; a document with
    fewer than ``n`` terms gets fewer rows.
    """
    if int(n) != n or n < 1:
        raise ValueError(f"n must be a positive integer, got {n!r}")
    doc_ids = list(texts_by_doc)
    if not doc_ids:
        return _distinctive_frame([])
    X, vocab = tfidf_matrix([texts_by_doc[d] for d in doc_ids], tokenizer, **vectorizer_kwargs)
    terms = np.asarray(vocab, dtype=object)
    rows = []
    for r, doc_id in enumerate(doc_ids):
        lo, hi = X.indptr[r], X.indptr[r + 1]
        cols, weights = X.indices[lo:hi], X.data[lo:hi]
        # indices are sorted and the vocabulary is sorted, so ascending column = ascending term
        order = np.lexsort((cols, -weights))[:int(n)]
        rows.extend((doc_id, rank, str(terms[cols[o]]), float(weights[o])) for rank, o in enumerate(order, 1))
    return _distinctive_frame(rows)


def _distinctive_frame(rows: list[tuple]) -> pd.DataFrame:
    out = pd.DataFrame(rows, columns=DISTINCTIVE_COLUMNS, dtype=object)
    out["rank"] = out["rank"].astype(np.int64)
    out["weight"] = out["weight"].astype(np.float64)
    return out


KEYNESS_COLUMNS = ["doc_id", "rank", "term", "keyness", "n_target", "n_reference", "p"]
#: χ² (1 degree of freedom) at p = 0.05, 0.01 and 0.001: the critical values a keyness score is held to.
CHI2_CRITICAL = {0.05: 3.84, 0.01: 6.63, 0.001: 10.83}


def _keyness_scores(a: np.ndarray, b: np.ndarray, t_total: float, r_total: float, measure: str) -> np.ndarray:
    """Signed keyness of terms counted ``a`` times in the target (``t_total`` tokens) and ``b`` times in the
    reference (``r_total`` tokens): Yates-corrected χ² or Williams-corrected G², negative when rarer in the target."""
    c, d = t_total - a, r_total - b  # other tokens in target, reference
    N = t_total + r_total
    E = np.array([(a + b) * t_total, (a + b) * r_total, (c + d) * t_total, (c + d) * r_total]) / N
    O = np.array([a, b, c, d])
    sign = np.where(a > E[0], 1.0, -1.0)
    if measure == "chi2":
        dev = np.maximum(np.abs(O - E) - 0.5, 0.0)  # Yates
        score = (dev ** 2 / np.where(E > 0, E, 1)).sum(axis=0)
    else:
        with np.errstate(divide="ignore", invalid="ignore"):
            g = np.where(O > 0, O * np.log(np.where(O > 0, O, 1) / np.where(E > 0, E, 1)), 0.0)
        score = 2 * g.sum(axis=0)
        q = 1 + (N / (a + b) + N / (c + d) - 1) * (N / t_total + N / r_total - 1) / (6 * N)  # Williams
        score = score / q
    return sign * score


def keyness(texts_by_doc: Mapping[str, str], tokenizer: Tokenizer, n: int = 15, measure: str = "chi2",
            min_count: int = 2, exclude_common: bool = True, min_keyness: float = 0.0, keep=None,
            targets: Mapping[str, Sequence[str]] | None = None) -> pd.DataFrame:
    """Distinctive terms of each document (or group of documents) by keyness against the rest of the corpus.

    As quanteda's ``textstat_keyness``: for each target and term, the 2 × 2 table
    of the term's count and all other tokens, in the target and in every other
    document together (the reference), gives ``chi2`` (Pearson, with Yates'
    correction) or ``lr`` (log-likelihood G², with Williams' correction); the
    sign is negative when the term is rarer in the target than expected. A term
    every document uses at the same rate scores near zero, so it is never
    distinctive.

    In: ``{doc_id: text}``, the tokenizer, ``n`` terms per target, the measure,
    ``min_count`` (a term must occur at least this often in the target),
    ``exclude_common`` (with three or more documents, a term found in every
    document is never a candidate: it is the shared vocabulary of the genre),
    ``min_keyness`` (the least score a term needs: :data:`CHI2_CRITICAL` gives
    3.84 for p < 0.05), ``keep`` (a predicate on terms, e.g. a :class:`TermFilter`;
    a term it rejects is never a candidate) and ``targets`` (name → doc_ids:
    compare each group's documents together against all the others; default:
    each document on its own).
    Out: DataFrame ``doc_id, rank, term, keyness, n_target, n_reference, p``
    (``doc_id`` holds the target's name): per target the ``n`` terms with the
    highest positive keyness (ties by term), targets in order; a target with no
    term that passes has no rows, nor has anything in a corpus of one document
    or without tokens (there is nothing to compare it to). The counts are kept
    sparse, so thousands of documents take seconds.
    """
    from scipy.stats import chi2 as _chi2
    from sklearn.feature_extraction.text import CountVectorizer

    if measure not in ("chi2", "lr"):
        raise ValueError(f"measure must be 'chi2' or 'lr', not {measure!r}")
    if int(n) != n or n < 1:
        raise ValueError(f"n must be a positive integer, got {n!r}")
    doc_ids = list(texts_by_doc)
    tokens = [tokenizer(texts_by_doc[d]) for d in doc_ids]
    if len(doc_ids) < 2 or not any(tokens):
        return _keyness_frame([])
    vectorizer = CountVectorizer(analyzer=lambda toks: toks)
    C = vectorizer.fit_transform(tokens).tocsr().astype(np.float64)
    terms = np.asarray([str(t) for t in vectorizer.get_feature_names_out()], dtype=object)
    col_total = np.asarray(C.sum(axis=0)).ravel()
    df = np.bincount(C.indices, minlength=C.shape[1])
    common = (df == len(doc_ids)) if exclude_common and len(doc_ids) >= 3 else np.zeros(C.shape[1], dtype=bool)
    grand = col_total.sum()
    row_of = {d: k for k, d in enumerate(doc_ids)}
    targets = {d: [d] for d in doc_ids} if targets is None else targets
    verdict: dict[int, bool] = {}
    rows = []
    for name, members in targets.items():
        picked = [row_of[d] for d in members if d in row_of]
        if not picked:
            continue
        vec = C[picked].sum(axis=0) if len(picked) > 1 else C[picked[0]]
        vec = sp.csr_matrix(vec)
        idx, a = vec.indices, vec.data
        t_total = float(a.sum())
        r_total = grand - t_total
        if t_total == 0 or r_total == 0:
            continue
        score = _keyness_scores(a, col_total[idx] - a, t_total, r_total, measure)
        ok = (a >= min_count) & (score > 0) & (score >= min_keyness) & ~common[idx]
        cand = np.flatnonzero(ok)
        order = cand[np.lexsort((idx[cand], -np.round(score[cand], 10)))]
        chosen = []
        for j in order:
            if keep is not None:
                t = int(idx[j])
                if t not in verdict:
                    verdict[t] = bool(keep(str(terms[t])))
                if not verdict[t]:
                    continue
            chosen.append(j)
            if len(chosen) == int(n):
                break
        p = _chi2.sf(score[chosen], 1) if chosen else []
        rows.extend((name, rank, str(terms[idx[j]]), float(round(score[j], 6)), int(a[j]),
                     int(col_total[idx[j]] - a[j]), float(pj)) for rank, (j, pj) in enumerate(zip(chosen, p), 1))
    return _keyness_frame(rows)


@lru_cache(maxsize=2)
def place_names(path: str | Path | None = None) -> frozenset[str]:
    """Every place name of ``data/divisions.csv`` (``name`` and ``short_name``), and each without its
    level word (天津 of 天津市, 安平 of 安平县, 延边 of 延边朝鲜族自治州) when two characters or more remain."""
    from ..parse.metadata import DIVISIONS_PATH

    names = set()
    with Path(path or DIVISIONS_PATH).open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            for name in (row["name"], row["short_name"]):
                names.add(name)
                bare = _LEVEL_SUFFIX.sub("", name)
                if len(bare) >= 2:
                    names.add(bare)
    return frozenset(names)


_LEVEL_SUFFIX = re.compile(r"(?:(?:[\u4e00-\u9fff]{1,3}族)*自治(?:区|州|县|旗)|特别行政区|地区|林区|新区|省|市|县|区|旗|盟|州)$")
#: Part-of-speech tags (jieba / ICTCLAS) of the words that may be a plan's substance: nouns, proper nouns
#: other than names of people, places and organisations, verbal and adjectival nouns, fixed expressions.
#: jieba tags many policy words it does not know as names of people (比武, 纪律作风) and abbreviates
#: others (党建, tagged ``j``); plans name no people, so ``nr`` and ``j`` are kept.
SUBSTANCE_TAGS = frozenset({"n", "nz", "ng", "nw", "vn", "an", "l", "nr", "j"})


@lru_cache(maxsize=2)
def _pos_tagger(userdict: str | None):
    import jieba.posseg

    segmenter = jieba.Tokenizer()
    with _quiet_jieba(), tempfile.TemporaryDirectory(prefix="jieba-") as tmp:
        segmenter.tmp_dir = tmp
        segmenter.initialize()
        segmenter.tmp_dir = None
        tagger = jieba.posseg.POSTokenizer(segmenter)
        for word, freq, tag in (read_userdict(userdict) if userdict else []):
            matched = "".join(_JIEBA_BLOCK_CHAR.findall(word))
            if matched:
                tagger.tokenizer.add_word(matched, freq, tag)
                if tag:
                    tagger.word_tag_tab[matched] = tag
    return tagger


def part_of_speech(term: str, userdict: str | Path | None = DEFAULT_USERDICT) -> str:
    """The part-of-speech tag of ``term`` (jieba.posseg with the user dictionary's tags): its dictionary
    tag, else the tag of its last word — the head of a Chinese compound (执法案卷评查 → vn)."""
    tagger = _pos_tagger(None if userdict is None else str(userdict))
    tag = tagger.word_tag_tab.get(term)
    if tag:
        return tag
    words = [w for w in tagger.cut(term, HMM=False) if w.word.strip()]
    return words[-1].flag if words else "x"


@dataclass(frozen=True)
class TermFilter:
    """Which terms may stand for a plan's substance (:func:`term_filter` builds one).

    A term is left out when it is a place (a name of ``data/divisions.csv``, or opening with one, or
    tagged ``ns``), an organ (a responsible unit or issuer of the corpus, or the word such a name
    ends with: 委员会, 总队; or tagged ``nt``), a word of the keyness stop list, or a word whose part of
    speech is not in :data:`SUBSTANCE_TAGS` (verbs such as 得到, adjectives such as 明显, adverbs,
    pronouns, numerals). :meth:`reason` says which; calling the filter says whether the term is kept.
    """

    places: frozenset[str]
    organs: frozenset[str]
    stopwords: frozenset[str]
    userdict: str | None = None

    def reason(self, term: str) -> str | None:
        """``"place"``, ``"organ"``, ``"stop list"``, ``"part of speech <tag>"``, or None when the term is kept."""
        if term in self.places or any(term[:k] in self.places for k in range(2, len(term))):
            return "place"
        if term in self.organs:
            return "organ"
        if term in self.stopwords:
            return "stop list"
        tag = part_of_speech(term, self.userdict)
        if tag in ("ns", "nt"):
            return "place" if tag == "ns" else "organ"
        if tag not in SUBSTANCE_TAGS:
            return f"part of speech {tag}"
        return None

    def __call__(self, term: str) -> bool:
        return self.reason(term) is None


def term_filter(organ_names: Sequence[str] = (), tokenizer: Tokenizer | None = None,
                stopwords: str | Path | None = DEFAULT_KEYNESS_STOPWORDS) -> TermFilter:
    """A :class:`TermFilter` for a corpus. In: the names of its organs (responsible units, issuers),
    the tokenizer (its last token of each name is an organ word too; its user dictionary gives the
    part-of-speech tags of policy terms), the keyness stop list (``data/keyness_stopwords.txt``:
    one word a line, blank lines ignored)."""
    organs = set()
    for name in organ_names:
        name = str(name or "").strip()
        if not name:
            continue
        organs.add(name)
        if tokenizer is not None:
            toks = tokenizer(name)
            if toks:
                organs.add(toks[-1])
    words = read_stopwords(stopwords) if stopwords is not None else frozenset()
    userdict = getattr(tokenizer, "userdict_path", None) if tokenizer is not None else str(DEFAULT_USERDICT)
    return TermFilter(place_names(), frozenset(organs), words, userdict)


def _keyness_frame(rows: list[tuple]) -> pd.DataFrame:
    out = pd.DataFrame(rows, columns=KEYNESS_COLUMNS, dtype=object)
    out["rank"] = out["rank"].astype(np.int64)
    for col in ("keyness", "p"):
        out[col] = out[col].astype(np.float64)
    for col in ("n_target", "n_reference"):
        out[col] = out[col].astype(np.int64)
    return out
