"""A researcher's study: the corpus, its settings, and the comparisons every notebook and figure share.

In:  the raw folder and manifest (defaults: the project's, or those ``make all`` names), the
     settings file (``analysis.toml``) and a notebook's parameters.
Out: :func:`open_study` returns a :class:`Study` — the corpus, the settings resolved for it
     (:mod:`analysis.settings`), the document labels, and methods that compute each shared
     comparison once per corpus: tokens, TF-IDF neighbours, coded tasks, alignments of the
     pairs, each report against its plan task by task, distinctive terms, reuse (candidate
     index past :data:`MAX_ALL_PAIRS` documents) and lineage. Each result is kept in the
     content-keyed cache (:mod:`analysis.io.cache`, ``data/processed/cache``), so the notebooks
     and figures of one ``make all`` compute it once, and a second ``make all`` on the same
     corpus computes none of it.

The study also says what it shows: :attr:`Study.title` (what the corpus is called: the settings'
``corpus_title``, else a name computed from the manifest), :meth:`Study.settings_note` (that name
and where each setting came from), :meth:`Study.rows` (a table's rows for the focus documents
once the corpus is larger than :data:`SMALL_CORPUS`), :func:`explain` (a table that came out
empty, with the reason).
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .io.cache import Cache, corpus_digest, default_cache, frame_digest
from .settings import ENV_CODEBOOK, Resolved, Settings, read_settings, resolve

__all__ = ["Study", "open_study", "load_cached_corpus", "explain", "SMALL_CORPUS", "MAX_ALL_PAIRS", "MAX_PARTNERS",
           "EXACT_NEIGHBOURS_MAX_TASKS"]

#: Up to this many documents notebooks show whole tables; beyond, summaries and the focus documents.
SMALL_CORPUS = 30
#: Up to this many documents reuse compares every pair; beyond, the pairs the MinHash LSH index proposes.
MAX_ALL_PAIRS = 40
#: Past MAX_ALL_PAIRS documents, each document is aligned with at most this many candidates (its best).
MAX_PARTNERS = 10
#: Up to this many tasks each task's nearest task is found exactly; beyond, from the faiss index.
EXACT_NEIGHBOURS_MAX_TASKS = 20_000


class _NotLoaded(list):
    """``corpus.parsed`` of a corpus opened without its parsed documents: using it is an error, never
    an empty corpus."""

    def _fail(self, *args, **kwargs):
        raise RuntimeError("the parsed documents were not loaded: open_study(parsed=True)")

    __iter__ = __len__ = __getitem__ = __bool__ = _fail


def _input_digest(raw_dir: Path, manifest) -> str:
    """SHA-256 of what a corpus is read from: each file's name, doc_id, manifest row and bytes, in the
    order the corpus reads them (:func:`analysis.parse.corpus.corpus_plan`, which also checks the manifest)."""
    from .parse.corpus import corpus_plan

    h = hashlib.sha256()
    for path, meta, doc_id in corpus_plan(raw_dir, manifest):
        h.update(f"{path.name}\0{doc_id}\0{sorted((meta or {}).items())!r}\0".encode("utf-8"))
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def load_cached_corpus(raw_dir=None, manifest=None, cache: Cache | None = None, parsed: bool = True):
    """The corpus of ``raw_dir`` and ``manifest`` (as :func:`analysis.io.tables.load_corpus`), read from the
    cache when these files were parsed before. Out: ``(corpus, digest)``: the :class:`~analysis.io.tables.Corpus`
    (its ``parsed`` documents only with ``parsed=True``) and its :func:`~analysis.io.cache.corpus_digest`."""
    from .io.tables import default_manifest, default_raw_dir, load_corpus

    raw_dir = Path(raw_dir) if raw_dir is not None else default_raw_dir()
    if manifest is None:
        manifest = default_manifest()
        manifest = False if manifest is None else manifest
    cache = cache if cache is not None else default_cache()
    if cache.folder is None:
        corpus = load_corpus(raw_dir, manifest)
        return corpus, corpus_digest(corpus)
    key = (_input_digest(raw_dir, None if manifest is False else manifest),)
    state: dict = {}

    def full():
        if "corpus" not in state:
            c = load_corpus(raw_dir, manifest)
            state["corpus"], state["digest"] = c, corpus_digest(c)
        return state["corpus"]

    def tables():
        c = full()
        return (type(c)(**{**c.__dict__, "parsed": []}), state["digest"])

    corpus, digest = cache.get("corpus", key, tables)
    if parsed:
        corpus.parsed = cache.get("parsed", key, lambda: full().parsed)
    else:
        corpus.parsed = _NotLoaded()
    return corpus, digest


def explain(table: pd.DataFrame, why: str):
    """``table``, or — when it has no row — a Markdown line saying why (``why``) instead of an empty table."""
    if len(table):
        return table
    from IPython.display import Markdown

    return Markdown(f"*No rows: {why}*")


@dataclass
class Study:
    """The corpus, its resolved settings, and the comparisons shared by the notebooks and figures."""

    corpus: object
    settings: Resolved
    digest: str
    cache: Cache = field(repr=False)
    raw_dir: Path | None = None
    jobs: int = 1  # processes that align reuse pairs
    _memo: dict = field(default_factory=dict, repr=False)

    # ------------------------------------------------------------------ what is shown
    @property
    def labels(self) -> dict[str, str]:
        """doc_id → the figures' label (:func:`analysis.figures.labels.doc_labels`, Chinese)."""
        if "labels" not in self._memo:
            from .figures.labels import doc_labels

            self._memo["labels"] = doc_labels(self.corpus)
        return self._memo["labels"]

    @property
    def small(self) -> bool:
        """Whether the corpus is small enough for whole per-document tables (:data:`SMALL_CORPUS`)."""
        return len(self.corpus.documents) <= SMALL_CORPUS

    @property
    def focus(self) -> list[str]:
        return list(self.settings.focus)

    def rows(self, table: pd.DataFrame, column: str = "doc_id", name: str | None = None) -> pd.DataFrame:
        """``table`` whole for a small corpus; else only the rows of the focus documents (``column``, or
        the index of that name), after a printed line saying so (and naming ``data/processed/<name>.csv``,
        which holds every row, when given)."""
        if self.small:
            return table
        values = table[column] if column in table.columns else table.index.to_series(index=table.index)
        kept = table[values.isin(set(self.focus)).to_numpy()]
        print(f"{len(kept):,} of {len(table):,} rows: those of the {len(self.focus)} focus documents"
              + (f" (every row: data/processed/{name}.csv)" if name else ""))
        return kept

    def columns(self, matrix: pd.DataFrame) -> pd.DataFrame:
        """A matrix with a column per document: whole for a small corpus; else the mean of each row by
        level is shown first, and the focus documents' columns returned."""
        if self.small:
            return matrix
        from IPython.display import display

        levels = self.corpus.documents.set_index("doc_id")["level"].replace("", "unknown")
        means = matrix.T.groupby(levels.reindex(matrix.columns).to_numpy(), sort=False).mean().T
        means.columns = [f"{c} (mean of {int((levels.reindex(matrix.columns) == c).sum())})" for c in means.columns]
        display(means.round(2))
        print(f"The {len(self.focus)} focus documents of {matrix.shape[1]:,}:")
        return matrix[[d for d in matrix.columns if d in set(self.focus)]]

    @property
    def title(self):
        """What the corpus is called (:class:`~analysis.compare.corpus_title.CorpusTitle`: Chinese, English, and
        how each was chosen — the settings' ``corpus_title``, or computed from the documents)."""
        return self.settings.corpus_title

    def corpus_line(self) -> str:
        """Markdown: the corpus's name in both languages, and where it came from (the settings file, or the
        rule that computed it)."""
        t = self.title
        how = t.how_zh if t.how_zh == t.how_en else f"Chinese {t.how_zh}; English {t.how_en}"
        return f"**Corpus: {t.zh} · {t.en}** — {how}"

    def settings_note(self) -> str:
        """Markdown: what the corpus is called (:meth:`corpus_line`), the settings in use and where each came
        from; what was left out and why."""
        s, lab = self.settings, self.labels
        pair = lambda p: f"{lab.get(p[0], p[0])} → {lab.get(p[1], p[1])}"  # noqa: E731
        lines = [self.corpus_line(), "",
                 f"**Settings** ({s.source if s.source != 'settings' else 'no settings file'}; "
                 f"{len(self.corpus.documents)} documents):",
                 f"* pairs compared task by task: {'; '.join(map(pair, s.pairs)) or 'none'} — {s.origin['pairs']}",
                 f"* reports against plans: {'; '.join(map(pair, s.report_plan)) or 'none'} — {s.origin['report_plan']}",
                 f"* focus: {', '.join(lab.get(d, d) for d in s.focus) or 'none'} — {s.origin['focus']}",
                 f"* codebook: {_shown_path(s.codebook)}"]
        lines += [f"* note: {n}" for n in s.notes]
        return "\n".join(lines)

    # ------------------------------------------------------------------ shared comparisons
    def _get(self, name: str, parts: tuple, compute):
        if name not in self._memo:
            self._memo[name] = self.cache.get(name, (self.digest, *parts), compute)
        return self._memo[name]

    @property
    def tokenizer(self):
        """A :class:`~analysis.compare.similarity.MemoTokenizer` holding the tokens of every task and clause line
        of the corpus (computed once per corpus, then read from the cache)."""
        if "tokenizer" not in self._memo:
            from .compare import similarity

            def compute():
                tok = similarity.memo_tokenizer()
                c = self.corpus
                for text in similarity.task_texts(c.tasks):
                    tok(text)
                for text in c.clauses["text"].dropna():
                    tok(text)
                return tok.memo

            memo = self.cache.get("tokens", (self.digest,), compute)
            self._memo["tokenizer"] = similarity.memo_tokenizer(memo=dict(memo))
        return self._memo["tokenizer"]

    def figure_arguments(self, func) -> dict:
        """The shared inputs figure function ``func`` takes, from this study: the tokens, the reuse
        comparison, the settings' ``focus``, codebook, ``group_by`` and ``corpus_title``
        (:func:`analysis.figures.figure_arguments`); the same in a notebook as in ``make all``."""
        from .figures import _takes, figure_arguments

        return figure_arguments(func, tokenizer=self.tokenizer, reuse=self.reuse() if _takes(func, "reuse") else None,
                                focus=self.focus, codebook=self.codebook() if _takes(func, "codebook") else None,
                                group_by=self.settings.group_by, corpus_title=self.title)

    def figure(self, func, lang: str = "zh", **own):
        """``func(corpus, lang, …)`` with :meth:`figure_arguments` and the figure's ``own`` arguments (a
        pair's ``source``/``target``, ``report``/``plan``; they win). Out: the matplotlib Figure."""
        return func(self.corpus, lang=lang, **{**self.figure_arguments(func), **own})

    def codebook(self) -> pd.DataFrame:
        """The codebook of the settings (:func:`analysis.compare.coverage.load_codebook`)."""
        if "codebook" not in self._memo:
            from .compare.coverage import load_codebook

            self._memo["codebook"] = load_codebook(self.settings.codebook)
        return self._memo["codebook"]

    def coded_tasks(self) -> pd.DataFrame:
        """Every task × theme the codebook's keywords code (:func:`analysis.compare.coverage.code_tasks`)."""
        from .compare.coverage import code_tasks

        book = self.codebook()
        return self._get("coded", (frame_digest(book),), lambda: code_tasks(self.corpus.tasks, book))

    def alignments(self) -> dict[tuple[str, str], pd.DataFrame]:
        """(source, target) → :func:`analysis.compare.similarity.align_tasks` of each pair of the settings."""
        from .compare.similarity import align_tasks

        s, t = self.settings, self.corpus.tasks

        def compute():
            tok = self.tokenizer
            return {(a, b): align_tasks(t[t["doc_id"] == a], t[t["doc_id"] == b], tok, threshold=s.alignment_threshold)
                    for a, b in s.pairs}

        return self._get("alignments", (tuple(s.pairs), s.alignment_threshold), compute)

    def report_progress(self) -> dict:
        """(report, plan) → :func:`analysis.compare.progress.compare_report` of each report–plan pair of the
        settings: every plan task's status with the report's passage, and the numeric targets. The
        report's statements come from its parse when the study holds the parsed documents
        (``open_study(parsed=True)``), else from its tables (a part's paragraphs only); the cache
        keeps the two apart."""
        from .compare.progress import compare_report

        pairs = tuple(self.settings.report_plan)
        parsed = not isinstance(self.corpus.parsed, _NotLoaded)
        return self._get(f"progress{'' if parsed else '_tables'}", (pairs, parsed), lambda: {
            (r, p): compare_report(self.corpus, r, p, self.tokenizer) for r, p in pairs})

    def nearest_tasks(self) -> pd.DataFrame:
        """Each task's most similar task in another document (:func:`analysis.compare.similarity.nearest_tasks`);
        past :data:`EXACT_NEIGHBOURS_MAX_TASKS` tasks from the faiss index, scores still exact cosines."""
        return self._get("nearest", (EXACT_NEIGHBOURS_MAX_TASKS,), self._nearest)

    def _nearest(self) -> pd.DataFrame:
        import numpy as np

        from .compare import similarity

        tasks = self.corpus.tasks.reset_index(drop=True)
        texts = similarity.task_texts(tasks)
        if not any(self.tokenizer(t) for t in texts):  # no task, or none with a word to compare
            return pd.DataFrame({"doc_id": tasks["doc_id"], "task_no": tasks["task_no"], "title": tasks["title"],
                                 "nearest_doc": "", "nearest_task_no": "", "nearest_title": "", "score": 0.0})
        if len(tasks) <= EXACT_NEIGHBOURS_MAX_TASKS:
            return similarity.nearest_tasks(tasks, self.tokenizer)
        from .compare.neighbors import approximate_top_k_neighbors

        X, _ = similarity.tfidf_matrix(texts, self.tokenizer)
        idx, scores = approximate_top_k_neighbors(X, k=1, groups=tasks["doc_id"].to_numpy())
        hit = idx[:, 0]
        pick = lambda col: np.where(hit >= 0, tasks[col].to_numpy()[np.maximum(hit, 0)], "")  # noqa: E731
        return pd.DataFrame({"doc_id": tasks["doc_id"], "task_no": tasks["task_no"], "title": tasks["title"],
                             "nearest_doc": pick("doc_id"), "nearest_task_no": pick("task_no"),
                             "nearest_title": pick("title"), "score": scores[:, 0].astype(float)})

    def distinctive_terms(self, n: int = 8) -> pd.DataFrame:
        """The ``n`` most distinctive terms of each document (:func:`analysis.figures.distinctive_terms`)."""
        from .figures import distinctive_terms

        return self._get(f"terms{n}", (n,), lambda: distinctive_terms(self.corpus, n=n, tokenizer=self.tokenizer))

    def reuse(self):
        """Reused passages, shares and task status (:func:`analysis.compare.reuse.compare`): every pair up to
        :data:`MAX_ALL_PAIRS` documents, else the candidate pairs of the MinHash LSH index, each
        document's :data:`MAX_PARTNERS` best (:func:`analysis.compare.reuse.candidate_pairs`), aligned in
        ``jobs`` processes, passages without their text (``detail=False``)."""
        from .compare import reuse

        def compute():
            pairs = None
            if len(self.corpus.documents) > MAX_ALL_PAIRS:
                cand = reuse.candidate_pairs(self.corpus, per_document=MAX_PARTNERS)
                pairs = list(zip(cand["doc_a"], cand["doc_b"]))
            # past MAX_ALL_PAIRS documents the passages keep their place, not their text (compare a pair
            # again for its text and diff, as notebook 07 does for the pair it shows)
            return reuse.compare(self.corpus, pairs=pairs, max_all_pairs=MAX_ALL_PAIRS, jobs=self.jobs,
                                 detail=pairs is None)

        return self._get("reuse", (MAX_ALL_PAIRS, MAX_PARTNERS), compute)

    def lineage(self):
        """The lineage graph with reuse as evidence (:func:`analysis.compare.lineage.build_lineage`)."""
        from .compare.lineage import build_lineage

        if "lineage" not in self._memo:
            self._memo["lineage"] = build_lineage(self.corpus, self.reuse(),
                                                  reuse_threshold=self.settings.reuse_threshold)
        return self._memo["lineage"]

    def reuse_pair(self) -> tuple[tuple[str, str] | None, str]:
        """Notebook 07's pair and how it was chosen: the settings' ``reuse_pair``, else the pair sharing most."""
        if self.settings.reuse_pair is not None:
            return self.settings.reuse_pair, self.settings.origin["reuse_pair"]
        shares = self.reuse().shares
        if shares.empty:
            return None, "no pair was compared"
        top = shares.assign(top=shares[["a_share", "b_share"]].max(axis=1)).sort_values(
            ["top", "doc_a", "doc_b"], ascending=[False, True, True], kind="stable").iloc[0]
        return (top.doc_a, top.doc_b), "computed: the pair that shares most"

    def lineage_view(self):
        """``(nodes, edges, siblings)`` of :meth:`lineage`: whole for a small corpus; else those of the focus
        documents and of the documents they link to, after a printed line saying so."""
        lin = self.lineage()
        if self.small:
            return lin.nodes, lin.edges, lin.siblings
        f = set(self.focus)
        edges = lin.edges[lin.edges["child"].isin(f) | lin.edges["parent"].isin(f)]
        nodes = lin.nodes[lin.nodes["node"].isin(f | set(edges["child"]) | set(edges["parent"]))]
        siblings = lin.siblings[lin.siblings["doc_a"].isin(f) | lin.siblings["doc_b"].isin(f)]
        print(f"The lineage has {len(lin.nodes):,} nodes and {len(lin.edges):,} edges; shown: the "
              f"{len(self.focus)} focus documents and the {len(nodes) - len(f & set(nodes['node']))} they link to")
        return nodes, edges, siblings

    def without_manifest(self):
        """The focus documents read again from their files alone, as if no manifest listed them (doc_ids
        from the file names, metadata and citations from the text), files in name order.
        Out: a :class:`~analysis.io.tables.Corpus` (parsed), to be compared like any other."""
        from .parse.corpus import read_document
        from .io.tables import build_corpus, default_raw_dir

        raw = Path(self.raw_dir) if self.raw_dir is not None else default_raw_dir()
        files = self.corpus.documents.set_index("doc_id").loc[self.focus, "file"]
        return build_corpus([read_document(raw / f) for f in sorted(files)])

    def precompute(self, separate: bool = False) -> list[str]:
        """Compute (or read) every shared comparison; returns the names computed rather than read.

        ``separate=True`` (with a cache folder, where fork exists): computed in a forked child
        process that writes them to the cache and exits, then read back here. The child's
        working memory — intermediate frames, the heap fragments parsing and aligning leave,
        which a process does not give back — goes with it: at 3,000 plans this process then
        holds 1.1 GB instead of 2.0 GB while the notebooks' kernels run beside it. A child that
        fails leaves its entries unwritten; they are computed here, so the error is raised here.
        """
        import multiprocessing

        if separate and self.cache.folder is not None and "fork" in multiprocessing.get_all_start_methods():
            computed = _in_child(self._compute_all)
            self._memo.clear()
            before = len(self.cache.misses)
            self._compute_all()  # read back (and computed here only what the child did not store)
            return (computed or []) + self.cache.misses[before:]
        before = len(self.cache.misses)
        self._compute_all()
        return self.cache.misses[before:]

    def _compute_all(self) -> list[str]:
        before = len(self.cache.misses)
        self.tokenizer
        self.coded_tasks()
        self.alignments()
        self.report_progress()
        self.nearest_tasks()
        self.distinctive_terms()
        self.reuse()
        return self.cache.misses[before:]


def _in_child(compute) -> list[str] | None:
    """``compute()`` in a forked child process; its result (a list of names), or None when it failed."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)

    def run():
        try:
            send.send(compute())
        except BaseException:  # noqa: BLE001 — the parent computes again and raises it there
            send.send(None)

    child = ctx.Process(target=run)
    child.start()
    send.close()
    try:
        result = receive.recv()
    except EOFError:  # the child died without a word (killed)
        result = None
    child.join()
    return result


def _shown_path(path: Path) -> str:
    """A path as the notebooks print it: relative to the project when inside it, else its name
    (stored outputs must not carry one machine's folders)."""
    from .settings import PROJECT_ROOT

    try:
        return str(Path(path).resolve().relative_to(PROJECT_ROOT))
    except ValueError:
        return Path(path).name


def open_study(raw_dir=None, manifest=None, settings: str | Path | Settings | None = None, *, parsed: bool = True,
               cache: Cache | None = None, corpus=None, jobs: int = 1, **parameters) -> Study:
    """Open the study of a corpus.

    In: the raw folder and manifest (defaults: :func:`analysis.io.tables.default_raw_dir` and
    :func:`~analysis.io.tables.default_manifest`, which ``make all`` points at the corpus it was
    given); the settings (a file, a :class:`~analysis.settings.Settings`, or ``None`` for
    ``analysis.toml``); a notebook's parameters (``pairs``, ``report_plan``, ``focus``,
    ``codebook``, ``reuse_pair``, ``alignment_threshold``, ``reuse_threshold``, ``group_by``), each
    replacing the file's value unless ``None`` (a ``codebook`` left ``None`` is ``$POLICY_ANALYSIS_CODEBOOK``
    when set: ``regenerate --codebook FILE`` sets it for the notebooks it runs); ``parsed``: load the parsed documents
    (reuse needs them); ``cache`` (default: :func:`analysis.io.cache.default_cache`); or a
    ``corpus`` already in memory instead of the files; ``jobs``: processes for the reuse alignment.
    Out: a :class:`Study`. Raises :class:`~analysis.parse.corpus.CorpusError` or
    :class:`~analysis.settings.SettingsError` with one line naming the file.
    """
    cache = cache if cache is not None else default_cache()
    if corpus is None:
        corpus, digest = load_cached_corpus(raw_dir, manifest, cache, parsed=parsed)
    else:
        digest = corpus_digest(corpus)
    s = settings if isinstance(settings, Settings) else read_settings(settings)
    if parameters.get("codebook") is None and os.environ.get(ENV_CODEBOOK):
        # regenerate --codebook FILE: the notebooks it runs read the codebook it was given
        parameters["codebook"] = os.environ[ENV_CODEBOOK]
    s = s.with_values(**parameters)
    study = Study(corpus=corpus, settings=None, digest=digest, cache=cache, raw_dir=raw_dir,  # type: ignore[arg-type]
                  jobs=jobs)
    study.settings = resolve(corpus, s, tokenizer=_Lazy(lambda: study.tokenizer))
    return study


class _Lazy:
    """A tokenizer made on its first call (resolving the settings needs one only to find the most similar
    plans, when no plan names its parent)."""

    def __init__(self, make):
        self._make, self._made = make, None

    def __call__(self, text):
        if self._made is None:
            self._made = self._make()
        return self._made(text)
