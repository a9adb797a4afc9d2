"""Compare: themes — draft a codebook from a corpus's own tasks, and check any codebook against it.

:mod:`.coverage` reads a codebook and codes tasks with it; this module makes a first draft of one
for a corpus no codebook was written for (:func:`suggest_codebook`), writes it in the codebook
format (:func:`write_codebook`), and measures how any codebook codes a corpus, keyword by keyword,
for a human to judge (:func:`check_codebook`).

Drafting (docs/codebook.md has the measured comparison behind each choice)
---------------------------------------------------------------------------
1. Each task's title and text (:func:`.similarity.task_texts`) is a TF-IDF vector made with the
   project tokenizer (:func:`.similarity.tfidf_matrix`; a term must be in at least
   :data:`MIN_DF` tasks, since a term of one task links no two tasks, and in at most
   :data:`MAX_DF` of them, since a term of most tasks separates no themes). A task with none of
   these terms is left out of the clustering and listed.
2. The tasks are clustered by each method of :data:`METHODS` (NMF, k-means, average-linkage
   agglomerative clustering; :data:`ALL_METHODS` adds LDA) at each k of the range, and each
   labelling is scored: **stability** — the mean pairwise adjusted mutual information of
   :data:`N_RUNS` labellings of all tasks, each fitted with its own seed on a random
   :data:`SUBSAMPLE` of the tasks; **coherence** — the mean NPMI, over the tasks as documents, of
   the pairs of each theme's :data:`TOP_TERMS` heaviest terms (its centroid's). The method and k
   with the highest stability + coherence are kept (ties: the smaller k, then the order of
   :data:`METHODS`); a k given by the caller only fixes k.
3. Each theme gets keywords by a stated rule (:data:`KEYWORD_RULE`): terms found, as plain
   substrings the way :func:`.coverage.code_tasks` matches them, in at least
   :data:`KW_MIN_TASKS` and :data:`KW_MIN_SHARE` of the theme's tasks, at least
   :data:`KW_MIN_LIFT` times as often (as a share) as in the other tasks, with at least
   :data:`KW_MIN_PRECISION` of the tasks it hits in the theme, in at most :data:`KW_MAX_DF` of all
   tasks, never a place name nor a generic word of ``data/keyness_stopwords.txt`` (能力, 措施); at
   most :data:`KW_MAX` per theme, those with the largest share in the theme minus share outside
   first; a keyword containing another one of its theme is dropped (it adds no task). A theme no
   term meets the rule for (a theme of one task never has one) is left out, with a warning.
4. Names: ``label_zh`` is the theme's first two keywords that name a substance
   (:func:`.similarity.term_filter`: nouns and the like, not 每个 or 保持), else its first two;
   ``category`` is ``theme_NN_`` and the English (through the ``english`` function given, e.g. the
   project glossary) or else the pinyin of the first of them, as an ASCII id; ``label_en`` is the
   English of the ``label_zh`` terms when ``english`` has every one of them, else empty with a
   warning — never pinyin; ``description_en`` says the row is a draft and how it was made.

Functions take data and return data; the same tasks give the same draft, byte for byte.
"""
from __future__ import annotations

import csv
import io
import itertools
import re
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp

from ..io.files import write_atomic
from .coverage import (CODEBOOK_COLUMNS, KEYWORD_SEPARATOR, _as_codebook, _check_tasks, _simplified_mismatch,
                       _text, code_tasks)
from .similarity import (DEFAULT_KEYNESS_STOPWORDS, place_names, read_stopwords, task_texts, term_filter,
                         tfidf_matrix)

__all__ = ["METHODS", "ALL_METHODS", "KEYWORD_RULE", "COMPARISON_COLUMNS", "KEYWORD_COLUMNS", "SuggestError",
           "SuggestReport", "CheckReport", "suggest_codebook", "theme_keywords", "compare_methods", "default_k_range",
           "write_codebook", "codebook_csv", "check_codebook", "kwic", "markdown_table"]

#: Methods compared by default, in the order that breaks ties.
METHODS = ("nmf", "kmeans", "agglomerative")
#: Every method :func:`compare_methods` knows (LDA is measured in docs/codebook.md, not compared by default:
#: on task-length texts it is the least stable and least coherent, and the slowest).
ALL_METHODS = METHODS + ("lda",)
N_RUNS = 5          # labellings per (method, k) for stability
SUBSAMPLE = 0.8     # share of the tasks each of those labellings is fitted on
TOP_TERMS = 10      # terms per theme whose co-occurrence is the coherence
MIN_DF, MAX_DF = 2, 0.5
K_MIN, K_MAX = 4, 20
TASKS_PER_THEME = 4  # the default range stops at (tasks with terms) / this
#: Beyond this many tasks the methods are compared on a seeded sample of them (the chosen one is fitted on all).
COMPARE_MAX_TASKS = 3000
#: Agglomerative clustering holds a dense task × task matrix: it is left out of the comparison beyond this.
AGGLOMERATIVE_MAX_TASKS = 5000
KW_MIN_TASKS, KW_MIN_SHARE, KW_MIN_LIFT, KW_MIN_PRECISION, KW_MAX_DF, KW_MAX = 2, 0.25, 3.0, 0.6, 0.5, 8
KEYWORD_RULE = (f"in ≥ {KW_MIN_TASKS} and ≥ {KW_MIN_SHARE:.0%} of the theme's tasks, ≥ {KW_MIN_LIFT:g}× its share "
                f"of the other tasks, ≥ {KW_MIN_PRECISION:.0%} of the tasks it hits in the theme, in ≤ {KW_MAX_DF:.0%} "
                f"of all tasks, not a place name nor a generic word; at most {KW_MAX} a theme")
COMPARISON_COLUMNS = ["method", "k", "stability", "coherence", "score", "n_tasks"]
KEYWORD_COLUMNS = ["category", "keyword", "n_in", "n_out", "share_in", "share_out", "lift"]


class SuggestError(ValueError):
    """The corpus cannot be clustered as asked (too few tasks with shared terms, a k out of range)."""


# ---------------------------------------------------------------------------- features and fits

def _features(tasks: pd.DataFrame, tokenizer) -> tuple[sp.csr_matrix, list[str], np.ndarray]:
    """TF-IDF of the tasks (rows L2-normalised), its vocabulary, and the row indices of the tasks
    that have a term (the others cannot be clustered)."""
    n = len(tasks)
    try:
        X, vocab = tfidf_matrix(task_texts(tasks), tokenizer, min_df=min(MIN_DF, max(n, 1)), max_df=MAX_DF)
    except ValueError:  # no term is shared by MIN_DF tasks and absent from most
        return sp.csr_matrix((n, 0)), [], np.zeros(0, dtype=int)
    has_terms = np.flatnonzero(np.diff(X.indptr) > 0)
    return X, vocab, has_terms


def _centroid_labels(Y: sp.csr_matrix, centroids: np.ndarray) -> np.ndarray:
    """Each row of ``Y`` labelled by the centroid of largest cosine."""
    norms = np.linalg.norm(centroids, axis=1, keepdims=True)
    C = centroids / np.where(norms > 0, norms, 1)
    return np.asarray(Y @ C.T).argmax(axis=1)


def _average_linkage(X: sp.csr_matrix) -> np.ndarray:
    """The average-linkage tree (scipy's linkage matrix) of the rows of ``X`` by cosine distance; the rows
    being L2-normalised, the distance is 1 − their dot product."""
    from scipy.cluster.hierarchy import linkage
    from scipy.spatial.distance import squareform

    D = 1.0 - (X @ X.T).toarray()
    np.fill_diagonal(D, 0.0)
    return linkage(squareform(np.clip(D, 0.0, 2.0), checks=False), method="average")


def _fit(method: str, X: sp.csr_matrix, k: int, seed: int, tree: np.ndarray | None = None):
    """Fit ``method`` with ``k`` themes on the rows of ``X``. Out: (labels of those rows, a function
    labelling any rows of the same columns). ``tree``: the rows' :func:`_average_linkage`, when the caller
    has it (agglomerative clustering cuts one tree at every k)."""
    from sklearn.exceptions import ConvergenceWarning

    with warnings.catch_warnings():
        # an unsettled fit shows in the stability score; the warning would only repeat it
        warnings.simplefilter("ignore", ConvergenceWarning)
        if method == "nmf":
            from sklearn.decomposition import NMF

            model = NMF(k, init="nndsvda", random_state=seed, max_iter=1000)
            W = model.fit_transform(X)
            return W.argmax(axis=1), lambda Y: model.transform(Y).argmax(axis=1)
        if method == "kmeans":
            from sklearn.cluster import KMeans

            model = KMeans(k, n_init=10, random_state=seed).fit(X)
            return model.labels_.copy(), model.predict
        if method == "lda":
            from sklearn.decomposition import LatentDirichletAllocation

            model = LatentDirichletAllocation(k, random_state=seed, learning_method="batch", max_iter=50)
            binary = lambda Y: (Y > 0).astype(np.float64)  # noqa: E731 — LDA models counts, not TF-IDF weights
            theta = model.fit_transform(binary(X))
            return theta.argmax(axis=1), lambda Y: model.transform(binary(Y)).argmax(axis=1)
        if method == "agglomerative":
            from scipy.cluster.hierarchy import cut_tree

            labels = cut_tree(_average_linkage(X) if tree is None else tree, n_clusters=k).ravel()
            centroids = np.vstack([np.asarray(X[labels == j].mean(axis=0)).ravel() for j in range(k)])
            return labels.copy(), lambda Y: _centroid_labels(Y, centroids)
    raise ValueError(f"unknown method {method!r} (known: {', '.join(ALL_METHODS)})")


def _stability(method: str, X: sp.csr_matrix, k: int, random_state: int, trees: dict | None = None) -> float:
    """Mean pairwise AMI of :data:`N_RUNS` labellings of all rows, each fitted with its own seed on
    a random :data:`SUBSAMPLE` of the rows. ``trees``: the subsamples' linkage trees by seed, kept
    between calls for agglomerative clustering."""
    from sklearn.metrics import adjusted_mutual_info_score

    n = X.shape[0]
    size = max(k + 1, int(round(SUBSAMPLE * n)))
    labellings = []
    for run in range(N_RUNS):
        seed = random_state + run
        rows = np.sort(np.random.default_rng(seed).choice(n, size=min(size, n), replace=False))
        tree = None
        if method == "agglomerative" and trees is not None:
            key = (seed, len(rows))
            tree = trees[key] if key in trees else trees.setdefault(key, _average_linkage(X[rows]))
        _, label = _fit(method, X[rows], k, seed, tree)
        labellings.append(np.asarray(label(X)))
    return float(np.mean([adjusted_mutual_info_score(a, b) for a, b in itertools.combinations(labellings, 2)]))


def _centroids(X: sp.csr_matrix, labels: np.ndarray, k: int) -> np.ndarray:
    return np.vstack([np.asarray(X[labels == j].mean(axis=0)).ravel() if (labels == j).any()
                      else np.zeros(X.shape[1]) for j in range(k)])


def _coherence(X: sp.csr_matrix, labels: np.ndarray, k: int) -> float:
    """Mean over themes of the mean NPMI of the pairs of the theme's :data:`TOP_TERMS` heaviest
    centroid terms, the tasks being the documents (a pair never together scores −1)."""
    B = (X > 0).astype(np.float64).tocsc()
    n = X.shape[0]
    scores = []
    for centroid in _centroids(X, labels, k):
        top = [int(t) for t in np.lexsort((np.arange(len(centroid)), -centroid))[:TOP_TERMS] if centroid[t] > 0]
        if len(top) < 2:
            continue
        sub = B[:, top]
        together = (sub.T @ sub).toarray() / n
        alone = np.diag(together)
        pairs = []
        for a, b in itertools.combinations(range(len(top)), 2):
            p = together[a, b]
            if p == 0:
                pairs.append(-1.0)
            elif p == 1:
                pairs.append(1.0)
            else:
                pairs.append(np.log(p / (alone[a] * alone[b])) / -np.log(p))
        scores.append(float(np.mean(pairs)))
    return float(np.mean(scores)) if scores else -1.0


def default_k_range(n_tasks: int) -> list[int]:
    """The ks compared when none is given: :data:`K_MIN` to :data:`K_MAX`, and at most one theme per
    :data:`TASKS_PER_THEME` tasks with terms; from 2 when that allows fewer than :data:`K_MIN`."""
    top = max(2, min(K_MAX, n_tasks // TASKS_PER_THEME))
    return list(range(K_MIN if top >= K_MIN else 2, top + 1))


def compare_methods(X: sp.csr_matrix, ks: Sequence[int], methods: Sequence[str] = METHODS, *,
                    random_state: int = 0) -> pd.DataFrame:
    """Score each method at each k on the TF-IDF rows ``X`` (tasks with terms; module docstring, step 2).

    Out: DataFrame ``method, k, stability, coherence, score, n_tasks`` (``score`` = stability +
    coherence), one row per method and k in the order given; ``n_tasks`` the rows scored (a seeded
    sample of :data:`COMPARE_MAX_TASKS` when ``X`` has more); agglomerative clustering, which holds a
    task × task matrix, is left out when ``X`` has more than :data:`AGGLOMERATIVE_MAX_TASKS` rows.
    """
    if X.shape[0] > AGGLOMERATIVE_MAX_TASKS:
        methods = [m for m in methods if m != "agglomerative"]
    if X.shape[0] > COMPARE_MAX_TASKS:
        rows = np.sort(np.random.default_rng(random_state).choice(X.shape[0], COMPARE_MAX_TASKS, replace=False))
        X = X[rows]
    rows = []
    for method in methods:
        trees: dict = {}  # agglomerative: one tree per set of rows, cut at every k
        tree = _average_linkage(X) if method == "agglomerative" else None
        for k in ks:
            labels, _ = _fit(method, X, k, random_state, tree)
            stability = _stability(method, X, k, random_state, trees)
            coherence = _coherence(X, np.asarray(labels), k)
            rows.append((method, int(k), round(stability, 4), round(coherence, 4), round(stability + coherence, 4),
                         X.shape[0]))
    return pd.DataFrame(rows, columns=COMPARISON_COLUMNS)


def _choose(comparison: pd.DataFrame, methods: Sequence[str]) -> tuple[str, int]:
    """The highest score; ties: the smaller k, then the order of ``methods``."""
    order = {m: i for i, m in enumerate(methods)}
    best = min(comparison.itertuples(), key=lambda r: (-r.score, r.k, order[r.method]))
    return best.method, int(best.k)


# ---------------------------------------------------------------------------- keywords and names

@dataclass
class _Theme:
    """One theme while the draft is made."""

    rows: np.ndarray            # row indices of its tasks in the tasks table
    keywords: list[str] = field(default_factory=list)
    stats: list[tuple] = field(default_factory=list)  # (keyword, n_in, n_out, share_in, share_out, lift)


def _term_counts(tokens: list[list[str]]) -> tuple[sp.csc_matrix, np.ndarray]:
    """Binary task × term matrix of the tokens (terms sorted) and the terms."""
    terms = sorted({t for toks in tokens for t in toks})
    col = {t: j for j, t in enumerate(terms)}
    indices = [sorted({col[t] for t in toks}) for toks in tokens]
    indptr = np.cumsum([0] + [len(i) for i in indices])
    flat = np.fromiter(itertools.chain.from_iterable(indices), dtype=np.int64, count=int(indptr[-1]))
    M = sp.csr_matrix((np.ones(len(flat)), flat, indptr), shape=(len(tokens), len(terms)))
    return M.tocsc(), np.asarray(terms, dtype=object)


def _keyword_candidates(M: sp.csc_matrix, terms: np.ndarray, rows: np.ndarray, n: int,
                        allowed: Callable[[str], bool]) -> list[str]:
    """Terms that, counted as tokens, are in enough of the theme's tasks and not in most tasks."""
    in_theme = np.asarray(M[rows].sum(axis=0)).ravel()
    overall = np.asarray(M.sum(axis=0)).ravel()
    ok = (in_theme >= KW_MIN_TASKS) & (overall <= KW_MAX_DF * n)
    return [str(terms[j]) for j in np.flatnonzero(ok) if allowed(str(terms[j]))]


def _keyword_stats(term: str, haystacks: list[str], member: np.ndarray) -> tuple:
    """(term, n_in, n_out, share_in, share_out, lift) of ``term`` as a substring of the haystacks."""
    hit = np.fromiter((term in h for h in haystacks), dtype=bool, count=len(haystacks))
    n_in, n_out = int((hit & member).sum()), int((hit & ~member).sum())
    share_in = n_in / max(member.sum(), 1)
    share_out = n_out / max((~member).sum(), 1)
    lift = share_in / share_out if share_out > 0 else float("inf")
    return term, n_in, n_out, share_in, share_out, lift


def _passes(stats: tuple, n: int) -> bool:
    _, n_in, n_out, share_in, _, lift = stats
    return (n_in >= KW_MIN_TASKS and share_in >= KW_MIN_SHARE and lift >= KW_MIN_LIFT
            and n_in >= KW_MIN_PRECISION * (n_in + n_out) and n_in + n_out <= KW_MAX_DF * n)


def _pick_keywords(ranked: list[tuple]) -> list[tuple]:
    """At most :data:`KW_MAX` of the ranked stats, none containing another kept one."""
    kept: list[tuple] = []
    for stats in ranked:
        term = stats[0]
        if any(k[0] in term for k in kept):
            continue  # 医保基金 after 医保: every task it hits, 医保 hits
        kept = [k for k in kept if term not in k[0]]  # 医保 after 医保基金: the longer one adds nothing
        kept.append(stats)
        if len(kept) == KW_MAX:
            break
    return kept


def _theme_keywords(theme: _Theme, M, terms, haystacks: list[str], allowed) -> None:
    """Fill ``theme.keywords`` and ``theme.stats`` by the rule (none when no term meets it: a theme of one task)."""
    n = len(haystacks)
    member = np.zeros(n, dtype=bool)
    member[theme.rows] = True
    stats = [_keyword_stats(t, haystacks, member) for t in _keyword_candidates(M, terms, theme.rows, n, allowed)]
    # largest share in minus share out, then more tasks in the theme, then the term
    stats.sort(key=lambda s: (-(s[3] - s[4]), -s[1], s[0]))
    theme.stats = _pick_keywords([s for s in stats if _passes(s, n)])
    theme.keywords = [s[0] for s in theme.stats]


def _fill_keywords(tasks: pd.DataFrame, themes: list[_Theme], tokenizer) -> list[str]:
    """Every theme's keywords (:func:`_theme_keywords`); out: the tasks' haystacks (title, line break, text)."""
    haystacks = task_texts(tasks)  # title + "\n" + text, what code_tasks matches keywords in
    M, terms = _term_counts([tokenizer(h) for h in haystacks])
    never = place_names() | read_stopwords(DEFAULT_KEYNESS_STOPWORDS)  # places; generic words (能力, 工作, 措施)
    allowed = lambda term: term not in never and _simplified_mismatch([term]) is None  # noqa: E731
    for theme in themes:
        _theme_keywords(theme, M, terms, haystacks, allowed)
    return haystacks


def theme_keywords(tasks: pd.DataFrame, labels: Sequence, *, tokenizer=None) -> pd.DataFrame:
    """The keywords the rule (:data:`KEYWORD_RULE`, module docstring step 3) gives themes the caller chose.

    In: the ``tasks`` table; ``labels``, each task's theme in row order (``None`` or ``""``: none);
    the tokenizer (default :func:`.similarity.load_tokenizer`). Out: DataFrame :data:`KEYWORD_COLUMNS`,
    themes in order of first appearance, each theme's keywords best first (``n_in``/``n_out``: tasks of
    the theme / of the rest the keyword hits as a substring; ``lift``: share in over share out, ``inf``
    when it hits nothing outside); a theme no term meets the rule for has no row.
    """
    from .similarity import load_tokenizer

    _check_tasks(tasks)
    if len(labels) != len(tasks):
        raise ValueError(f"labels has {len(labels)} entries, tasks {len(tasks)} rows")
    tasks = tasks.reset_index(drop=True)
    names = list(dict.fromkeys(v for v in labels if v is not None and v == v and v != ""))
    themes = [_Theme(rows=np.asarray([i for i, v in enumerate(labels) if v == name])) for name in names]
    _fill_keywords(tasks, themes, tokenizer or load_tokenizer())
    return _keyword_frame(themes, names)


def _keyword_frame(themes: list[_Theme], names: list[str]) -> pd.DataFrame:
    rows = [(name, s[0], s[1], s[2], round(s[3], 3), round(s[4], 3), round(s[5], 3) if np.isfinite(s[5])
             else float("inf")) for theme, name in zip(themes, names) for s in theme.stats]
    return pd.DataFrame(rows, columns=KEYWORD_COLUMNS).astype({"n_in": int, "n_out": int, "share_in": float,
                                                               "share_out": float, "lift": float})


def _slug(text: str) -> str:
    return re.sub(r"_+", "_", re.sub(r"[^a-z0-9]+", "_", text.lower())).strip("_")[:24].rstrip("_")


def _pinyin_slug(term: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return _slug("".join(lazy_pinyin(term, style=Style.NORMAL)))


def _names(themes: list[_Theme], english: Callable[[str], str | None] | None,
           substance: Callable[[str], bool]) -> list[dict]:
    """category, label_zh, label_en and the terms without English, per theme: the label is the theme's first two
    keywords that name a substance (``substance``: nouns and the like, not 每个 or 保持), else its first two."""
    out, seen = [], {}
    for i, theme in enumerate(themes, 1):
        label_terms = ([k for k in theme.keywords if substance(k)] or theme.keywords)[:2]  # a theme has keywords
        label_zh = "、".join(label_terms)
        if label_zh in seen:  # two themes led by the same terms stay two rows
            seen[label_zh] += 1
            label_zh = f"{label_zh}（{seen[label_zh]}）"
        else:
            seen[label_zh] = 1
        en = {t: (english(t) if english is not None else None) for t in label_terms}
        lacking = [t for t, e in en.items() if not e]
        label_en = "" if lacking else " / ".join(en[t] for t in label_terms)
        lead = label_terms[0]
        slug = _slug(en[lead] or "") or _pinyin_slug(lead)
        out.append({"category": f"theme_{i:02d}" + (f"_{slug}" if slug else ""), "label_zh": label_zh,
                    "label_en": label_en, "lacking": lacking})
    return out


# ---------------------------------------------------------------------------- the report

def markdown_table(df: pd.DataFrame) -> str:
    """``df`` as a GitHub-flavoured Markdown table (``|`` and line breaks in cells escaped); "(none)" when empty."""
    if df.empty:
        return "(none)\n"

    def cell(v) -> str:
        if isinstance(v, float):
            v = f"{v:.3f}" if np.isfinite(v) else "∞"
        elif isinstance(v, (list, tuple)):
            v = "; ".join(map(str, v))
        return str(v).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(map(str, df.columns)) + " |", "|" + "---|" * len(df.columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in df.itertuples(index=False)]
    return "\n".join(lines) + "\n"


@dataclass
class SuggestReport:
    """What :func:`suggest_codebook` did, as tables, and :meth:`to_markdown` for a reader.

    ``comparison``: :func:`compare_methods`' table; ``method``, ``k`` and ``how`` (how k was set);
    ``themes``: ``category, label_zh, label_en, n_tasks, keywords, examples`` (3 tasks nearest the
    theme's centre, ``doc_id#task_seq title``); ``assignments``: ``doc_id, task_seq, title,
    category`` for every task (category empty for a task without terms, or of a theme left out for
    want of keywords); ``keywords``: ``category,
    keyword, n_in, n_out, share_in, share_out, lift`` (``n_out``: tasks of other themes or none);
    ``cross_hits``: ``category, keyword, other_category, n_tasks`` — keywords that also hit tasks
    clustered in another theme; ``uncoded``: ``doc_id, task_seq, title`` of the tasks the draft's
    keywords code by no theme; ``agreement``: tasks whose own theme's keywords code them, of those
    clustered; ``warnings``: one line each.
    """

    method: str
    k: int
    how: str
    comparison: pd.DataFrame
    themes: pd.DataFrame
    assignments: pd.DataFrame
    keywords: pd.DataFrame
    cross_hits: pd.DataFrame
    uncoded: pd.DataFrame
    agreement: tuple[int, int]
    warnings: list[str]

    def summary(self) -> str:
        """One line: themes, method, k, coded tasks."""
        n = len(self.assignments)
        return (f"{len(self.themes)} themes ({self.method}, k {self.how}) for {n} tasks; the draft's keywords code "
                f"{n - len(self.uncoded)} of them; {self.agreement[0]} of {self.agreement[1]} clustered tasks are "
                f"coded by their own theme's keywords")

    def to_markdown(self) -> str:
        """The report as Markdown: summary, warnings, the method comparison, every theme, keywords that
        hit other themes, tasks no keyword codes."""
        parts = ["# Draft codebook: report", "", self.summary() + ".", "",
                 f"Keyword rule: {KEYWORD_RULE}. Every row of the draft is a proposal: read the examples and "
                 "the keywords that hit other themes, then edit labels and keywords "
                 "(`python -m analysis codebook check FILE` measures the edited file).", ""]
        if self.warnings:
            parts += ["## Warnings", ""] + [f"* {w}" for w in self.warnings] + [""]
        parts += ["## Methods compared", "",
                  f"stability: mean pairwise adjusted mutual information of {N_RUNS} labellings, each fitted with "
                  f"its own seed on {SUBSAMPLE:.0%} of the tasks; coherence: mean NPMI of each theme's "
                  f"{TOP_TERMS} top terms over the tasks; score = stability + coherence. Chosen: **{self.method}, "
                  f"k = {self.k}** ({self.how}).", "", markdown_table(self.comparison)]
        parts += ["## Themes", "", markdown_table(self.themes.assign(
            keywords=self.themes["keywords"].map(" | ".join)))]
        for row in self.themes.itertuples():
            parts += [f"### {row.category} · {row.label_zh}", "", f"{row.n_tasks} tasks. Examples:", ""]
            parts += [f"* {e}" for e in row.examples] + [""]
        parts += ["## Keywords that also hit other themes' tasks", "", markdown_table(self.cross_hits),
                  "## Tasks the draft's keywords code by no theme", "", markdown_table(self.uncoded)]
        return "\n".join(parts)


# ---------------------------------------------------------------------------- suggest

def _clustered(tasks: pd.DataFrame, X: sp.csr_matrix, has_terms: np.ndarray, k: int | None,
               method: str, random_state: int) -> tuple[np.ndarray, pd.DataFrame, str, int, str]:
    """Cluster the tasks with terms. Out: a theme per task row (−1: none), the comparison, the
    method and k chosen, and how k was set."""
    n_terms = len(has_terms)
    if n_terms < 4:
        raise SuggestError(f"only {n_terms} of {len(tasks)} tasks share terms with another task; at least 4 are "
                           f"needed to suggest themes")
    if k is not None:
        if isinstance(k, bool) or int(k) != k or not 2 <= k <= n_terms // 2:
            raise SuggestError(f"k = {k!r}: expected a whole number from 2 to {n_terms // 2} "
                               f"(half the {n_terms} tasks with shared terms)")
        ks, how = [int(k)], "given"
    else:
        ks = default_k_range(n_terms)
        how = f"chosen from {ks[0]}–{ks[-1]} by stability + coherence"
    methods = METHODS if method == "auto" else (method,)
    if method != "auto" and method not in ALL_METHODS:
        raise SuggestError(f"method {method!r}: expected auto or one of {', '.join(ALL_METHODS)}")
    if method == "agglomerative" and n_terms > AGGLOMERATIVE_MAX_TASKS:
        raise SuggestError(f"agglomerative clustering holds a task × task matrix: at most "
                           f"{AGGLOMERATIVE_MAX_TASKS:,} tasks, this corpus has {n_terms:,}; use nmf or kmeans")
    Xc = X[has_terms]
    from threadpoolctl import threadpool_limits

    # hundreds of small fits: one thread each is faster than BLAS/OpenMP threads contending (10x on a busy
    # machine), and the same on every machine
    with threadpool_limits(1):
        comparison = compare_methods(Xc, ks, methods, random_state=random_state)
        chosen, k_chosen = _choose(comparison, methods)
        labels, _ = _fit(chosen, Xc, k_chosen, random_state)
    theme = np.full(len(tasks), -1)
    theme[has_terms] = labels
    return theme, comparison, chosen, k_chosen, how


def _ordered_themes(theme: np.ndarray, k: int) -> list[_Theme]:
    """Themes by size (largest first), then by their first task; empty ones dropped."""
    groups = [np.flatnonzero(theme == j) for j in range(k)]
    groups = [g for g in groups if len(g)]
    groups.sort(key=lambda g: (-len(g), int(g[0])))
    return [_Theme(rows=g) for g in groups]


def _examples(tasks: pd.DataFrame, X: sp.csr_matrix, rows: np.ndarray, n: int = 3) -> list[str]:
    """The ``n`` tasks of ``rows`` nearest the rows' centre (cosine), as ``doc_id#task_seq title``."""
    centre = np.asarray(X[rows].mean(axis=0)).ravel()
    sim = np.asarray(X[rows] @ centre).ravel()
    best = rows[np.lexsort((rows, -np.round(sim, 12)))[:n]]
    return [f"{tasks['doc_id'].iat[r]}#{tasks['task_seq'].iat[r]} {_text(tasks['title'].iat[r])}" for r in best]


def suggest_codebook(tasks: pd.DataFrame, k: int | None = None, *, tokenizer=None, method: str = "auto",
                     english: Callable[[str], str | None] | None = None,
                     random_state: int = 0) -> tuple[pd.DataFrame, SuggestReport]:
    """Draft a codebook from the tasks' own words (module docstring).

    Parameters
    ----------
    tasks : DataFrame
        The ``tasks`` table (``doc_id, task_seq, title, text`` used), normalized simplified Chinese.
    k : int, optional
        Number of themes; by default chosen from :func:`default_k_range` by stability + coherence.
    tokenizer
        The project tokenizer (:func:`.similarity.load_tokenizer`, the default) or a memo of it.
    method : {"auto", "nmf", "kmeans", "agglomerative", "lda"}
        ``auto`` compares :data:`METHODS` and keeps the best; a name fixes the method.
    english : callable, optional
        ``term → English or None`` for ``label_en`` and the category ids (the CLI passes the project
        glossary's ``english(term, "term")``); without it every ``label_en`` is empty, with a warning.
    random_state : int
        Seed of the fits; the same tasks and seed give the same draft.

    Returns
    -------
    (codebook, report)
        ``codebook``: columns :data:`.coverage.CODEBOOK_COLUMNS`, one row per theme, ``keywords`` a
        ``list[str]`` (as :func:`.coverage.load_codebook` returns); written by :func:`write_codebook`
        it loads without error. ``report``: :class:`SuggestReport`.

    Raises
    ------
    SuggestError
        Fewer than 4 tasks share terms, a ``k`` outside 2 … half of them, an unknown method.
    ValueError
        ``tasks`` lacks a column or repeats a ``(doc_id, task_seq)``.
    """
    from .similarity import load_tokenizer

    _check_tasks(tasks)
    tasks = tasks.reset_index(drop=True)
    tokenizer = tokenizer or load_tokenizer()
    X, _, has_terms = _features(tasks, tokenizer)
    theme_of, comparison, chosen, k_chosen, how = _clustered(tasks, X, has_terms, k, method, random_state)
    themes = _ordered_themes(theme_of, k_chosen)
    haystacks = _fill_keywords(tasks, themes, tokenizer)
    # a theme no term meets the rule for cannot be coded by keywords (a theme of one task never can)
    empty = [t for t in themes if not t.keywords]
    themes = [t for t in themes if t.keywords]
    names = _names(themes, english, term_filter(tokenizer=tokenizer))
    book, warn = _draft_rows(themes, names, chosen, k_chosen, len(tasks), english is not None)
    if english is None:
        warn.insert(0, "no glossary given: every label_en is empty")
    if empty:
        warn.append(f"{len(empty)} clustered theme(s) of {sum(len(t.rows) for t in empty)} task(s) in all had no "
                    f"keyword by the rule (a theme of one task cannot have one) and were left out; their tasks have "
                    f"no category in the assignments")
    report = _report(tasks, X, theme_of, themes, names, book, comparison, chosen, k_chosen, how, warn, haystacks)
    return book, report


def _draft_rows(themes: list[_Theme], names: list[dict], method: str, k: int, n: int,
                glossary: bool) -> tuple[pd.DataFrame, list[str]]:
    """The codebook rows of the themes, and the warnings their drafting raised."""
    rows, warn = [], []
    for theme, name in zip(themes, names):
        note = ""
        if name["lacking"] and glossary:
            note += f" label_en left empty: no glossary entry for {', '.join(name['lacking'])}."
            warn.append(f"{name['category']}: label_en left empty: no glossary entry for "
                        f"{', '.join(name['lacking'])}")
        description = (f"Draft by python -m analysis codebook suggest ({method}, k = {k}): {len(theme.rows)} of "
                       f"{n} tasks clustered here. Review the labels and keywords before use.{note}")
        rows.append({"category": name["category"], "label_zh": name["label_zh"], "label_en": name["label_en"],
                     "keywords": list(theme.keywords), "description_en": description})
    return pd.DataFrame(rows, columns=CODEBOOK_COLUMNS), warn


def _cross_hits(themes: list[_Theme], names: list[dict], row_theme: np.ndarray, category: list[str],
                haystacks: list[str]) -> pd.DataFrame:
    """Each theme's keywords that hit tasks of another theme (or of none), with the count per other theme."""
    rows = []
    for i, theme in enumerate(themes):
        for kw in theme.keywords:
            others = sorted(category[r] or "(none)" for r, h in enumerate(haystacks) if kw in h and row_theme[r] != i)
            rows.extend((names[i]["category"], kw, other, len(list(group))) for other, group in itertools.groupby(others))
    return pd.DataFrame(rows, columns=["category", "keyword", "other_category", "n_tasks"])


def _report(tasks, X, theme_of, themes, names, book, comparison, method, k, how, warn, haystacks) -> SuggestReport:
    row_theme = np.full(len(tasks), -1)
    for i, theme in enumerate(themes):
        row_theme[theme.rows] = i
    category = [names[t]["category"] if t >= 0 else "" for t in row_theme]
    ref = tasks[["doc_id", "task_seq"]].assign(title=[_text(t) for t in tasks["title"]])
    assignments = ref.assign(category=category)
    theme_table = pd.DataFrame(
        [(nm["category"], nm["label_zh"], nm["label_en"], len(t.rows), list(t.keywords), _examples(tasks, X, t.rows))
         for t, nm in zip(themes, names)],
        columns=["category", "label_zh", "label_en", "n_tasks", "keywords", "examples"])
    keywords = _keyword_frame(themes, [nm["category"] for nm in names])
    coded = code_tasks(tasks, book)
    coded_keys = set(zip(coded["doc_id"], coded["task_seq"]))
    uncoded = ref[[key not in coded_keys for key in zip(ref["doc_id"], ref["task_seq"])]].reset_index(drop=True)
    own = set(zip(coded["doc_id"], coded["task_seq"], coded["category"]))
    clustered = [(d, s, c) for d, s, c in zip(ref["doc_id"], ref["task_seq"], category) if c]
    unclustered = int((theme_of < 0).sum())
    if unclustered:
        warn.append(f"{unclustered} task(s) share no term with another task and were not clustered "
                    f"(category empty in the assignments)")
    return SuggestReport(method=method, k=k, how=how, comparison=comparison, themes=theme_table,
                         assignments=assignments, keywords=keywords,
                         cross_hits=_cross_hits(themes, names, row_theme, category, haystacks), uncoded=uncoded,
                         agreement=(sum(key in own for key in clustered), len(clustered)), warnings=warn)


# ---------------------------------------------------------------------------- writing

def codebook_csv(codebook: pd.DataFrame) -> bytes:
    """The bytes of ``codebook`` as a codebook file: UTF-8 with a BOM (Excel shows the Chinese), the
    columns of :data:`.coverage.CODEBOOK_COLUMNS` then any others, keywords joined by ``|``, ``\\n``
    line ends, fields quoted only where needed."""
    book = _as_codebook(codebook)
    columns = CODEBOOK_COLUMNS + [c for c in book.columns if c not in CODEBOOK_COLUMNS]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for row in book[columns].itertuples(index=False):
        writer.writerow([KEYWORD_SEPARATOR.join(v) if c == "keywords" else _text(v) for c, v in zip(columns, row)])
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


def write_codebook(codebook: pd.DataFrame, path: str | Path) -> Path:
    """Write ``codebook`` (:func:`codebook_csv`) to ``path`` whole or not at all. Out: the path."""
    return write_atomic(path, codebook_csv(codebook))


# ---------------------------------------------------------------------------- check

#: A keyword hitting more than this share of the tasks is flagged: it codes the genre, not a theme.
BROAD_SHARE = 0.5
#: Themes a task must touch to be listed as coded by many.
MANY_THEMES = 3
KWIC_WIDTH, KWIC_LINES = 12, 3


def kwic(haystack: str, keyword: str, width: int = KWIC_WIDTH) -> str:
    """The first occurrence of ``keyword`` in ``haystack`` with ``width`` characters either side,
    line breaks shown as spaces: ``…左边的文字【keyword】右边的文字…``; "" when it does not occur."""
    at = haystack.find(keyword)
    if at < 0:
        return ""
    left = haystack[max(0, at - width):at]
    right = haystack[at + len(keyword):at + len(keyword) + width]
    before = "…" if at > width else ""
    after = "…" if at + len(keyword) + width < len(haystack) else ""
    text = f"{before}{left}【{keyword}】{right}{after}"
    return text.replace("\n", " ")


@dataclass
class CheckReport:
    """How a codebook codes a corpus (:func:`check_codebook`).

    ``n_tasks``, ``n_coded`` (tasks touching at least one theme); ``themes``: ``category, label_zh,
    n_tasks, share``; ``keywords``: ``category, keyword, n_tasks, share, broad, kwic`` (``broad``: more
    than :data:`BROAD_SHARE` of the tasks; ``kwic``: up to :data:`KWIC_LINES` lines ``doc_id#task_seq
    …context【keyword】context…`` from the first tasks it hits); ``uncoded``: ``doc_id, task_seq,
    title`` of tasks no theme codes; ``many``: ``doc_id, task_seq, title, n_themes, categories`` of
    tasks coded by :data:`MANY_THEMES` themes or more; ``unused``: the keywords that hit no task.
    """

    source: str
    n_tasks: int
    n_coded: int
    themes: pd.DataFrame
    keywords: pd.DataFrame
    uncoded: pd.DataFrame
    many: pd.DataFrame

    @property
    def share_coded(self) -> float:
        return self.n_coded / self.n_tasks if self.n_tasks else 0.0

    @property
    def broad(self) -> pd.DataFrame:
        return self.keywords[self.keywords["broad"]].reset_index(drop=True)

    @property
    def unused(self) -> pd.DataFrame:
        return self.keywords[self.keywords["n_tasks"] == 0].reset_index(drop=True)

    def summary(self) -> str:
        """One line: tasks coded, by none, by many; keywords broad and unused."""
        return (f"{self.source}: {len(self.themes)} themes, {len(self.keywords)} keywords on {self.n_tasks} tasks: "
                f"{self.n_coded} coded ({self.share_coded:.1%}), {len(self.uncoded)} by no theme, {len(self.many)} by "
                f"{MANY_THEMES} themes or more; {len(self.broad)} keyword(s) hit more than {BROAD_SHARE:.0%} of the "
                f"tasks, {len(self.unused)} hit none")

    def to_markdown(self) -> str:
        """The report as Markdown, for a human to judge each keyword by its contexts."""
        keywords = self.keywords.assign(kwic=self.keywords["kwic"].map(lambda lines: "<br>".join(lines)))
        return "\n".join([
            "# Codebook check", "", self.summary() + ".", "",
            f"## Keywords hitting more than {BROAD_SHARE:.0%} of the tasks (flagged)", "",
            markdown_table(self.broad.drop(columns="kwic")),
            "## Keywords hitting no task", "", markdown_table(self.unused[["category", "keyword"]]),
            "## Themes", "", markdown_table(self.themes),
            f"## Every keyword, with up to {KWIC_LINES} contexts (±{KWIC_WIDTH} characters)", "", markdown_table(keywords),
            "## Tasks coded by no theme", "", markdown_table(self.uncoded),
            f"## Tasks coded by {MANY_THEMES} themes or more", "", markdown_table(self.many)])


def check_codebook(tasks: pd.DataFrame, codebook: pd.DataFrame | str | Path, *, source: str = "codebook") -> CheckReport:
    """Measure how ``codebook`` codes ``tasks``, keyword by keyword (the matching of
    :func:`.coverage.code_tasks`: a keyword is a plain substring of ``title + "\\n" + text``).

    In: the ``tasks`` table; a codebook (:func:`.coverage.load_codebook`'s frame or a path);
    ``source``, the name the summary gives it. Out: :class:`CheckReport`.
    """
    _check_tasks(tasks)
    book = _as_codebook(codebook)
    tasks = tasks.reset_index(drop=True)
    haystacks = task_texts(tasks)  # title, a line break, text: what code_tasks matches keywords in
    ids = [f"{d}#{s}" for d, s in zip(tasks["doc_id"], tasks["task_seq"])]
    n = len(tasks)
    coded = code_tasks(tasks, book)
    per_task = coded.groupby(["doc_id", "task_seq"], sort=False)["category"].agg(list)
    ref = tasks[["doc_id", "task_seq"]].assign(title=[_text(t) for t in tasks["title"]])
    themes_of = [per_task.get((d, s), []) for d, s in zip(ref["doc_id"], ref["task_seq"])]
    uncoded = ref[[not c for c in themes_of]].reset_index(drop=True)
    many_rows = [i for i, c in enumerate(themes_of) if len(c) >= MANY_THEMES]
    many = ref.iloc[many_rows].assign(n_themes=[len(themes_of[i]) for i in many_rows],
                                      categories=[", ".join(themes_of[i]) for i in many_rows]).reset_index(drop=True)
    counts = coded["category"].value_counts()
    labels = book["label_zh"] if "label_zh" in book.columns else [""] * len(book)
    themes = pd.DataFrame([(c, _text(lab), int(counts.get(c, 0)), round(counts.get(c, 0) / n, 3) if n else 0.0)
                           for c, lab in zip(book["category"], labels)],
                          columns=["category", "label_zh", "n_tasks", "share"])
    rows = []
    for cat, keywords in zip(book["category"], book["keywords"]):
        for kw in keywords:
            hits = [i for i, h in enumerate(haystacks) if kw in h]
            share = len(hits) / n if n else 0.0
            lines = [f"{ids[i]} {kwic(haystacks[i], kw)}" for i in hits[:KWIC_LINES]]
            rows.append((cat, kw, len(hits), round(share, 3), share > BROAD_SHARE, lines))
    keywords = pd.DataFrame(rows, columns=["category", "keyword", "n_tasks", "share", "broad", "kwic"])
    keywords = keywords.astype({"n_tasks": int, "share": float, "broad": bool})
    return CheckReport(source=source, n_tasks=n, n_coded=n - len(uncoded), themes=themes, keywords=keywords,
                       uncoded=uncoded, many=many)
