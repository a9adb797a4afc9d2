"""Stage after tables — reuse: the passages one plan copies or adapts from another.

In:  parsed documents (``corpus.parsed`` of a :class:`~analysis.io.tables.Corpus`).
Out: :class:`Reuse` — three DataFrames:

``passages`` (:data:`PASSAGE_COLUMNS`)
    one row per reused passage of a document pair: both spans in the normalized
    text (``a_start``/``a_end``, ``b_start``/``b_end``) and in the source file
    (``*_source_start``/``*_source_end``, through ``Document.origin``, as the
    repairs table records positions), the task each span lies in (``*_task_seq``;
    empty outside tasks), the similarity of the two spans, an edit summary in
    words (identical / changed / inserted / deleted) and a character diff.
``shares`` (:data:`SHARE_COLUMNS`)
    per pair, the share of each document's task text that lies in a passage
    reused from the other.
``tasks`` (:data:`TASK_COLUMNS`)
    per task of each document of a pair: ``copied``, ``adapted`` (reused with
    changes) or ``new``, relative to the other document.

How passages are found (seed and extend, as text-reuse detectors for
legislation do): the body of each document (everything but the cover notice and
the back matter) is reduced to its content characters — CJK, letters, digits;
punctuation, spaces and line breaks are dropped, so half-width commas and hard
line breaks do not matter, and the text is already simplified by the corpus
stage. Character n-grams shared by the two documents are the seeds; seeds on
nearby diagonals are chained across small edits; each chain is aligned with
RapidFuzz's Levenshtein alignment (``rapidfuzz.distance.Levenshtein.opcodes``,
C++), trimmed to its first and last exact match, and split where a long run of
edits breaks it. The edit summary aligns the jieba words of the two spans with
the same library.

Candidate pairs in a large corpus (:func:`candidate_pairs`) come from a MinHash
LSH Ensemble (``datasketch``) over character n-grams: it returns the pairs where
one document's n-grams are estimated to be contained in the other's above a
threshold, without comparing every pair.
"""
from __future__ import annotations

import functools
import itertools
import multiprocessing
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from rapidfuzz.distance import Indel, Levenshtein

__all__ = [
    "PASSAGE_COLUMNS", "SHARE_COLUMNS", "TASK_COLUMNS", "CANDIDATE_COLUMNS", "Params", "Reuse",
    "find_passages", "compare", "candidate_pairs",
]

PASSAGE_COLUMNS = [
    "doc_a", "doc_b", "passage", "a_start", "a_end", "b_start", "b_end",
    "a_source_start", "a_source_end", "b_source_start", "b_source_end", "a_task_seq", "b_task_seq",
    "chars_a", "chars_b", "similarity", "identical_words", "changed_words", "inserted_words", "deleted_words",
    "a_text", "b_text", "diff",
]
SHARE_COLUMNS = ["doc_a", "doc_b", "passages", "a_task_chars", "a_reused_chars", "a_share",
                 "b_task_chars", "b_reused_chars", "b_share"]
TASK_COLUMNS = ["doc_id", "other_doc", "task_seq", "task_no", "title", "chars", "reused_chars", "identical_chars",
                "reused_share", "identical_share", "status"]
CANDIDATE_COLUMNS = ["doc_a", "doc_b", "containment_a", "containment_b"]

# span kinds whose text is compared: the body, not the cover notice or the back matter
_BODY_KINDS = frozenset({"preamble", "section_heading", "goal", "group_heading", "group_text", "task_heading",
                         "clause", "closing", "unplaced"})
_CONTENT = re.compile(r"[0-9A-Za-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_MASK = (1 << 64) - 1


@dataclass(frozen=True)
class Params:
    """What counts as a reused passage and how a task is classified.

    ``ngram``: seed length in content characters. ``max_gap``: the longest run of
    edits (characters) a passage may bridge. ``min_chars``: the shortest passage
    (content characters on both sides) — shorter shared phrases are formulae, not
    reuse. ``min_similarity``: the least Indel similarity of a passage's two spans.
    ``copied``: a task is copied when at least this share of its characters lies in
    exact matches; ``adapted``: adapted when at least this share lies in passages;
    otherwise it is new. ``max_occurrences``: an n-gram repeated more often than
    this in either document is not a seed.
    """

    ngram: int = 6
    max_gap: int = 40
    min_chars: int = 15
    min_similarity: float = 0.5
    copied: float = 0.8
    adapted: float = 0.3
    max_occurrences: int = 4


@dataclass
class Reuse:
    """Passages, pair shares and per-task status of the compared pairs (see the module docstring)."""

    passages: pd.DataFrame
    shares: pd.DataFrame
    tasks: pd.DataFrame


# ---------------------------------------------------------------------------- comparison text

@dataclass(frozen=True, eq=False)
class _Body:
    """A document's body reduced to content characters, with each character's place."""

    doc_id: str
    chars: str
    pos: np.ndarray       # offset of each character in Document.text
    task: np.ndarray      # task_seq of each character, -1 outside tasks
    document: object


def _body(parsed) -> _Body:
    text = parsed.document.text
    chars, pos, task = [], [], []
    for span in parsed.spans:
        if span.kind not in _BODY_KINDS:
            continue
        seq = -1 if span.task_seq is None else int(span.task_seq)
        for m in _CONTENT.finditer(text, span.start, span.end):
            chars.append(m.group())
            pos.append(np.arange(m.start(), m.end(), dtype=np.int64))
            task.append(np.full(m.end() - m.start(), seq, dtype=np.int64))
    cat = (lambda xs, dt: np.concatenate(xs) if xs else np.zeros(0, dtype=dt))
    return _Body(parsed.doc_id, "".join(chars), cat(pos, np.int64), cat(task, np.int64), parsed.document)


def _gram_hashes(s: str, n: int) -> np.ndarray:
    """Deterministic 64-bit hash of every character n-gram of ``s`` (polynomial over code points)."""
    if len(s) < n:
        return np.zeros(0, dtype=np.uint64)
    cps = np.frombuffer(s.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    h = np.zeros(len(s) - n + 1, dtype=np.uint64)
    base = np.uint64(1_000_003)
    with np.errstate(over="ignore"):
        for t in range(n):
            h = h * base + cps[t:len(s) - n + 1 + t]
        # a final mix so that near-equal grams spread over the whole range
        h ^= h >> np.uint64(31)
        h *= np.uint64(0x9E3779B97F4A7C15)
        h ^= h >> np.uint64(29)
    return h


# ---------------------------------------------------------------------------- seeds and chains

@dataclass(frozen=True, eq=False)
class _Grams:
    """The n-gram hashes of a body, sorted once so that any pair's seeds are two binary searches."""

    hashes: np.ndarray
    sorted: np.ndarray
    order: np.ndarray
    count: np.ndarray     # occurrences in this body of the gram at each position


def _grams(chars: str, n: int) -> _Grams:
    h = _gram_hashes(chars, n)
    order = np.argsort(h, kind="stable")
    sh = h[order]
    count = np.searchsorted(sh, h, side="right") - np.searchsorted(sh, h, side="left")
    return _Grams(h, sh, order, count)


def _seeds(ga: _Grams, gb: _Grams, max_occ: int) -> tuple[np.ndarray, np.ndarray]:
    """Positions ``(i, j)`` where the n-grams of A and B are equal (grams repeated > max_occ times skipped)."""
    if not len(ga.hashes) or not len(gb.hashes):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    lo = np.searchsorted(ga.sorted, gb.hashes, side="left")
    hi = np.searchsorted(ga.sorted, gb.hashes, side="right")
    cnt = hi - lo
    ok = (cnt >= 1) & (cnt <= max_occ) & (gb.count <= max_occ)
    J = np.nonzero(ok)[0]
    c = cnt[J]
    first = np.cumsum(c) - c  # each B position repeated once per equal gram of A
    slots = np.repeat(lo[J] - first, c) + np.arange(int(c.sum()))
    return ga.order[slots].astype(np.int64), np.repeat(J, c).astype(np.int64)


def _runs(I: np.ndarray, J: np.ndarray, n: int) -> list[tuple[int, int, int, int]]:
    """Maximal exact matches from seeds: ``(a_start, a_end, b_start, b_end)`` sorted by ``a_start``."""
    if not len(I):
        return []
    d = J - I
    order = np.lexsort((I, d))
    I, d = I[order], d[order]
    brk = np.nonzero((np.diff(d) != 0) | (np.diff(I) != 1))[0] + 1
    starts = np.concatenate(([0], brk))
    ends = np.concatenate((brk, [len(I)])) - 1
    runs = [(int(I[s]), int(I[e]) + n, int(I[s] + d[s]), int(I[e] + d[s]) + n) for s, e in zip(starts, ends)]
    runs.sort()
    return runs


def _chains(runs, max_gap: int, n: int) -> list[list[tuple[int, int, int, int]]]:
    """Greedily chain exact matches that follow each other in both texts within ``max_gap`` characters."""
    chains: list[list] = []
    active: list[int] = []
    for run in runs:
        a0, a1, b0, b1 = run
        best, best_cost = None, None
        keep = []
        for k in active:
            la0, la1, lb0, lb1 = chains[k][-1]
            if a0 - la1 > max_gap:
                continue  # too far behind ever to be extended again
            keep.append(k)
            ga, gb = a0 - la1, b0 - lb1
            if a0 <= la0 or b0 <= lb0 or ga < -n or gb < -n or gb > max_gap:
                continue
            cost = max(ga, 0) + max(gb, 0) + abs(ga - gb)
            if best_cost is None or cost < best_cost:
                best, best_cost = k, cost
        active = keep
        if best is None:
            chains.append([run])
            active.append(len(chains) - 1)
        else:
            chains[best].append(run)
    return chains


def _trim_and_split(ops, max_gap: int, n: int):
    """Cut an alignment (opcodes) into passages: from one exact match of at least ``n``
    characters to the last, split at runs of edits longer than ``max_gap``."""
    pieces, current, gap = [], [], []
    for op in ops:
        tag, i1, i2, j1, j2 = op
        if tag == "equal" and i2 - i1 >= min(n, 3):
            if current and gap and max(gap[-1][2] - gap[0][1], gap[-1][4] - gap[0][3]) > max_gap:
                pieces.append(current)
                current = []
            if current:
                current.extend(gap)
            current.append(op)
            gap = []
        elif current:
            gap.append(op)
    if current:
        pieces.append(current)
    return pieces


def _split_at_tasks(ops, task_a: np.ndarray, task_b: np.ndarray):
    """Cut an alignment (absolute opcodes) wherever a task begins or ends on either side, so that
    each part lies in one task (or outside tasks) of each document. Inside an exact match the cut
    falls on the boundary; inside an edit, after it. Each part opens and closes on an exact match."""
    parts, current = [], []
    last_a = last_b = None

    def changes(i1, i2, j1, j2):
        return ((i2 > i1 and last_a is not None and task_a[i1] != last_a)
                or (j2 > j1 and last_b is not None and task_b[j1] != last_b))

    for tag, i1, i2, j1, j2 in ops:
        if current and changes(i1, i2, j1, j2):
            parts.append(current)
            current = []
        if tag != "equal":
            current.append((tag, i1, i2, j1, j2))
            if (i2 > i1 and task_a[i1] != task_a[i2 - 1]) or (j2 > j1 and task_b[j1] != task_b[j2 - 1]):
                parts.append(current)
                current = []
        else:
            ta, tb = task_a[i1:i2], task_b[j1:j2]
            cuts = np.nonzero((ta[1:] != ta[:-1]) | (tb[1:] != tb[:-1]))[0] + 1
            prev = 0
            for c in cuts.tolist():
                current.append(("equal", i1 + prev, i1 + c, j1 + prev, j1 + c))
                parts.append(current)
                current = []
                prev = c
            current.append(("equal", i1 + prev, i2, j1 + prev, j2))
        if i2 > i1:
            last_a = task_a[i2 - 1]
        if j2 > j1:
            last_b = task_b[j2 - 1]
    if current:
        parts.append(current)
    out = []
    for part in parts:
        while part and part[0][0] != "equal":
            part = part[1:]
        while part and part[-1][0] != "equal":
            part = part[:-1]
        if part:
            out.append(part)
    return out


# ---------------------------------------------------------------------------- words

@functools.lru_cache(maxsize=1)
def _segmenter():
    from .similarity import load_tokenizer

    return load_tokenizer()


@functools.lru_cache(maxsize=1 << 16)
def _words(s: str) -> tuple[str, ...]:
    # the same passages (formulae, copied clauses) recur across pairs: each distinct span is cut once
    return tuple(w for w in _segmenter().segment(s) if w.strip())


@functools.lru_cache(maxsize=1 << 16)
def _word_edits(sa: str, sb: str) -> tuple[int, int, int, int]:
    """``(identical, changed, inserted, deleted)`` words between the two spans (jieba words, Levenshtein)."""
    wa, wb = _words(sa), _words(sb)
    identical = changed = inserted = deleted = 0
    for tag, i1, i2, j1, j2 in Levenshtein.opcodes(wa, wb).as_list():
        if tag == "equal":
            identical += i2 - i1
        elif tag == "replace":
            k = min(i2 - i1, j2 - j1)
            changed += k
            deleted += (i2 - i1) - k
            inserted += (j2 - j1) - k
        elif tag == "delete":
            deleted += i2 - i1
        else:
            inserted += j2 - j1
    return identical, changed, inserted, deleted


def _diff(sa: str, sb: str, ops) -> str:
    """The two spans as one string: kept text plain, ``[-deleted-]``, ``{+inserted+}``."""
    out, gone, added = [], [], []

    def flush():
        if gone:
            out.append(f"[-{''.join(gone)}-]")
        if added:
            out.append(f"{{+{''.join(added)}+}}")
        gone.clear()
        added.clear()

    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            flush()
            out.append(sa[i1:i2])
        else:  # neighbouring edits are shown as one
            gone.append(sa[i1:i2])
            added.append(sb[j1:j2])
    flush()
    return "".join(out)


# ---------------------------------------------------------------------------- one pair

def _span_task(task: np.ndarray) -> int | None:
    """The task most of the span's characters lie in (the lowest on a tie); None outside tasks."""
    inside = task[task >= 0]
    if not len(inside):
        return None
    return int(np.argmax(np.bincount(inside)))


def _source_span(body: _Body, k0: int, k1: int) -> tuple[int, int, int, int]:
    start, end = int(body.pos[k0]), int(body.pos[k1 - 1]) + 1
    origin = body.document.origin
    return start, end, int(origin[start]), int(origin[end - 1]) + 1


_SWAP_TAG = {"insert": "delete", "delete": "insert", "equal": "equal", "replace": "replace"}


def _align_pair(A: _Body, B: _Body, params: Params, ha: _Grams | None = None, hb: _Grams | None = None):
    """Passages between two bodies: a list of ``(a0, a1, b0, b1, ops, similarity)`` in content-character
    positions, ``ops`` the opcodes relative to ``(a0, b0)``, in order of ``a0``.

    The result does not depend on which document is ``A``: the pair is always aligned with the
    shorter text (then the smaller, as a string) first, and mirrored back."""
    if (len(A.chars), A.chars) > (len(B.chars), B.chars):
        mirrored = _align_ordered(B, A, params, hb, ha)
        out = [(b0, b1, a0, a1, [(_SWAP_TAG[t], j1, j2, i1, i2) for t, i1, i2, j1, j2 in ops], sim)
               for a0, a1, b0, b1, ops, sim in mirrored]
        return sorted(out, key=lambda p: (p[0], p[2], p[1], p[3]))
    return _align_ordered(A, B, params, ha, hb)


def _align_ordered(A: _Body, B: _Body, params: Params, ha=None, hb=None):
    n = params.ngram
    ha = _grams(A.chars, n) if ha is None else ha
    hb = _grams(B.chars, n) if hb is None else hb
    I, J = _seeds(ha, hb, params.max_occurrences)
    found = []
    for chain in _chains(_runs(I, J, n), params.max_gap, n):
        if sum(r[1] - r[0] for r in chain) < min(params.min_chars, 2 * n):
            continue
        a0, b0 = chain[0][0], chain[0][2]
        a1, b1 = chain[-1][1], chain[-1][3]
        ops = Levenshtein.opcodes(A.chars[a0:a1], B.chars[b0:b1]).as_list()
        for piece in _trim_and_split(ops, params.max_gap, n):
            pa0, pb0 = a0 + piece[0][1], b0 + piece[0][3]
            pa1, pb1 = a0 + piece[-1][2], b0 + piece[-1][4]
            if min(pa1 - pa0, pb1 - pb0) < params.min_chars:
                continue
            absolute = [(t, i1 + a0, i2 + a0, j1 + b0, j2 + b0) for t, i1, i2, j1, j2 in piece]
            for part in _split_at_tasks(absolute, A.task, B.task):
                qa0, qb0, qa1, qb1 = part[0][1], part[0][3], part[-1][2], part[-1][4]
                if min(qa1 - qa0, qb1 - qb0) < params.min_chars:
                    continue  # too short on its own once cut at a task boundary
                rel = [(t, i1 - qa0, i2 - qa0, j1 - qb0, j2 - qb0) for t, i1, i2, j1, j2 in part]
                found.append((qa0, qa1, qb0, qb1, rel))
    # one passage per place: drop a passage lying inside another on both sides
    found.sort(key=lambda p: (p[0], -(p[1] - p[0]), p[2]))
    kept = []
    for p in found:
        if any(q[0] <= p[0] and p[1] <= q[1] and q[2] <= p[2] and p[3] <= q[3] for q in kept):
            continue
        kept.append(p)
    out = []
    for a0, a1, b0, b1, ops in kept:
        sim = Indel.normalized_similarity(A.chars[a0:a1], B.chars[b0:b1])
        if sim >= params.min_similarity:
            out.append((a0, a1, b0, b1, ops, sim))
    return out


def _passage_rows(A: _Body, B: _Body, found, detail: bool = True) -> list[tuple]:
    rows = []
    for k, (a0, a1, b0, b1, ops, sim) in enumerate(found, 1):
        sa, sb = A.chars[a0:a1], B.chars[b0:b1]
        as_, ae, asrc, aend = _source_span(A, a0, a1)
        bs, be, bsrc, bend = _source_span(B, b0, b1)
        words = (*_word_edits(sa, sb), A.document.text[as_:ae], B.document.text[bs:be], _diff(sa, sb, ops)) \
            if detail else (None,) * 7
        rows.append((A.doc_id, B.doc_id, k, as_, ae, bs, be, asrc, aend, bsrc, bend,
                     _span_task(A.task[a0:a1]), _span_task(B.task[b0:b1]), a1 - a0, b1 - b0, round(sim, 4), *words))
    return rows


def _coverage(body: _Body, spans) -> tuple[np.ndarray, np.ndarray]:
    """Per content character of ``body``: in a passage? in an exact match of a passage?"""
    reused = np.zeros(len(body.chars), dtype=bool)
    same = np.zeros(len(body.chars), dtype=bool)
    for start, end, exact in spans:
        reused[start:end] = True
        for s, e in exact:
            same[s:e] = True
    return reused, same


def _pair_coverage(A: _Body, B: _Body, found):
    """``((reused, identical), (reused, identical))`` character masks of A and B from the passages."""
    cov_a = [(a0, a1, [(a0 + i1, a0 + i2) for t, i1, i2, _, _ in ops if t == "equal"])
             for a0, a1, b0, b1, ops, _ in found]
    cov_b = [(b0, b1, [(b0 + j1, b0 + j2) for t, _, _, j1, j2 in ops if t == "equal"])
             for a0, a1, b0, b1, ops, _ in found]
    return _coverage(A, cov_a), _coverage(B, cov_b)


def _share(body: _Body, reused: np.ndarray) -> tuple[int, int, float | None]:
    """``(task characters, reused task characters, share)`` of a body."""
    tasks = body.task >= 0
    n, u = int(tasks.sum()), int((reused & tasks).sum())
    return n, u, (round(u / n, 4) if n else None)


def _frame(rows, columns, ints=(), floats=()) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=columns, dtype=object)
    for c in ints:
        df[c] = df[c].astype("Int64")
    for c in floats:
        df[c] = df[c].astype("Float64")
    return df


_PASSAGE_INTS = ("passage", "a_start", "a_end", "b_start", "b_end", "a_source_start", "a_source_end",
                 "b_source_start", "b_source_end", "a_task_seq", "b_task_seq", "chars_a", "chars_b",
                 "identical_words", "changed_words", "inserted_words", "deleted_words")


def find_passages(a, b, params: Params = Params()) -> pd.DataFrame:
    """The reused passages between two parsed documents.

    In: two :class:`~analysis.parse.structure.ParsedDocument` (``corpus.parsed`` entries) and
    the :class:`Params`. Out: a DataFrame with :data:`PASSAGE_COLUMNS`, one row per
    passage in order of its place in ``a``; ``chars_a``/``chars_b`` count content
    characters (no punctuation or spaces); ``diff`` marks ``[-only in a-]`` and
    ``{+only in b+}`` in the content characters.
    """
    A, B = _body(a), _body(b)
    return _frame(_passage_rows(A, B, _align_pair(A, B, params)), PASSAGE_COLUMNS, _PASSAGE_INTS, ("similarity",))


def _task_rows(body: _Body, other: str, reused, same, parsed, params: Params) -> list[tuple]:
    rows = []
    for task in parsed.tasks:
        mask = body.task == task.seq
        chars = int(mask.sum())
        r, s = int((reused & mask).sum()), int((same & mask).sum())
        rs, ss = (r / chars, s / chars) if chars else (0.0, 0.0)
        status = "copied" if chars and ss >= params.copied else "adapted" if chars and rs >= params.adapted else "new"
        rows.append((body.doc_id, other, task.seq, task.task_no, task.title, chars, r, s, round(rs, 4), round(ss, 4),
                     status))
    return rows


def compare(corpus, pairs: Sequence[tuple[str, str]] | None = None, params: Params = Params(),
            max_all_pairs: int = 200, jobs: int = 1, detail: bool = True) -> Reuse:
    """Reuse between documents of a corpus.

    In: a :class:`~analysis.io.tables.Corpus`; ``pairs`` of doc_ids to compare (default:
    every pair in corpus order when the corpus has at most ``max_all_pairs``
    documents, else the pairs :func:`candidate_pairs` proposes); the :class:`Params`;
    ``jobs``: worker processes aligning the pairs (forked, so the parsed documents are
    shared, not copied; one process below :data:`PARALLEL_MIN_PAIRS` pairs); ``detail``: with
    ``False``, each passage's texts, diff and word counts (``a_text``, ``b_text``, ``diff``,
    ``*_words``) are left empty — what a study of thousands of pairs reads is where passages lie
    and how much they share; a pair shown passage by passage is compared again in detail.
    Out: :class:`Reuse` — passages, per-pair shares of task text, per-task status —
    with pairs in the order given (each pair ``(a, b)`` as given, ``a`` first).
    Same corpus and parameters → identical tables, whatever ``jobs``.
    """
    by_id = {p.doc_id: p for p in corpus.parsed}
    if pairs is None:
        ids = list(corpus.documents["doc_id"])
        if len(ids) <= max_all_pairs:
            pairs = list(itertools.combinations(ids, 2))
        else:
            cand = candidate_pairs(corpus)
            pairs = list(zip(cand["doc_a"], cand["doc_b"]))
    for a, b in pairs:
        for d in (a, b):
            if d not in by_id:
                raise KeyError(f"no document {d!r} in the corpus")
    pairs = list(pairs)
    if jobs > 1 and len(pairs) >= PARALLEL_MIN_PAIRS and "fork" in multiprocessing.get_all_start_methods():
        passages, shares, tasks = _compare_in_processes(by_id, pairs, params, jobs, detail)
    else:
        passages, shares, tasks = _compare_pairs(by_id, pairs, params, detail)
    return Reuse(
        passages=_frame(passages, PASSAGE_COLUMNS, _PASSAGE_INTS, ("similarity",)),
        shares=_frame(shares, SHARE_COLUMNS, ("passages", "a_task_chars", "a_reused_chars", "b_task_chars",
                                              "b_reused_chars"), ("a_share", "b_share")),
        tasks=_frame(tasks, TASK_COLUMNS, ("task_seq", "chars", "reused_chars", "identical_chars"),
                     ("reused_share", "identical_share")),
    )


#: Fewer pairs than this are aligned in the calling process (starting workers costs more).
PARALLEL_MIN_PAIRS = 64
_SHARED: dict = {}  # the parsed documents and parameters forked worker processes read


def _compare_pairs(by_id: Mapping, pairs: Sequence[tuple[str, str]], params: Params, detail: bool = True):
    """Rows of the three tables for ``pairs``, in order (bodies and n-grams computed once per document)."""
    bodies: dict[str, _Body] = {}
    hashes: dict[str, _Grams] = {}

    def body(d):
        if d not in bodies:
            bodies[d] = _body(by_id[d])
            hashes[d] = _grams(bodies[d].chars, params.ngram)
        return bodies[d]

    passages, shares, tasks = [], [], []
    for a, b in pairs:
        A, B = body(a), body(b)
        found = _align_pair(A, B, params, hashes[a], hashes[b])
        passages.extend(_passage_rows(A, B, found, detail))
        (ra, sa), (rb, sb) = _pair_coverage(A, B, found)
        shares.append((a, b, len(found), *_share(A, ra), *_share(B, rb)))
        tasks.extend(_task_rows(A, b, ra, sa, by_id[a], params))
        tasks.extend(_task_rows(B, a, rb, sb, by_id[b], params))
    return passages, shares, tasks


def _compare_chunk(bounds: tuple[int, int]):
    by_id, pairs, params, detail = _SHARED["work"]
    return _compare_pairs(by_id, pairs[bounds[0]:bounds[1]], params, detail)


def _compare_in_processes(by_id: Mapping, pairs: list, params: Params, jobs: int, detail: bool = True):
    """:func:`_compare_pairs` over contiguous chunks of ``pairs`` in ``jobs`` forked processes, joined in
    order: the same rows as one process. Chunks keep pairs of one document together (pairs come in
    corpus order), so each process computes few documents' bodies."""
    n_chunks = min(len(pairs), jobs * 8)
    edges = [round(k * len(pairs) / n_chunks) for k in range(n_chunks + 1)]
    _SHARED["work"] = (by_id, pairs, params, detail)
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            parts = pool.map(_compare_chunk, list(zip(edges[:-1], edges[1:])), chunksize=1)
    finally:
        _SHARED.pop("work", None)
    return tuple([row for part in parts for row in part[k]] for k in range(3))


# ---------------------------------------------------------------------------- candidate pairs

def _texts(corpus_or_texts) -> dict[str, str]:
    if isinstance(corpus_or_texts, Mapping):
        return {d: "".join(_CONTENT.findall(t)) for d, t in corpus_or_texts.items()}
    return {p.doc_id: _body(p).chars for p in corpus_or_texts.parsed}


def candidate_pairs(corpus_or_texts, threshold: float = 0.2, ngram: int = 5, num_perm: int = 128,
                    num_part: int = 16, seed: int = 1, max_df: float = 0.05, min_df_cap: int = 100,
                    per_document: int | None = None) -> pd.DataFrame:
    """Pairs of documents worth aligning, found without comparing every pair.

    In: a :class:`~analysis.io.tables.Corpus` (its document bodies are indexed) or a
    mapping doc_id → text; ``threshold``: the least estimated share of one
    document's character ``ngram``\\s contained in the other's; MinHash settings.
    Out: a DataFrame with :data:`CANDIDATE_COLUMNS` — each pair once, ``doc_a``
    before ``doc_b`` in input order, sorted that way — and the estimated
    containment of ``doc_a`` in ``doc_b`` and of ``doc_b`` in ``doc_a``. The index
    is a MinHash LSH Ensemble (datasketch), which answers containment queries
    across documents of different lengths; the estimates come from the MinHash
    Jaccard and the n-gram set sizes; a pair the index returns whose estimates are
    both below half the threshold is dropped (the index's size partitions let such
    pairs through). An n-gram found in more than ``max_df`` of the documents (and in
    more than ``min_df_cap`` of them, so a small corpus keeps every n-gram) is left
    out of the sketches: the formulae every plan writes (责任单位, 完成时限, 持续开展,
    the names of the usual units) would otherwise make every pair a candidate.
    ``per_document``: keep only each document's that many candidates with the highest
    containment (either way, counted exactly on the n-gram sets rather than estimated;
    ties by input order) — a pair stays when it is among the best of either of its
    documents. A plan of one programme among hundreds shares formulae and wording with
    most of them; what it copies from its parent (or the parent from it) is among the
    pairs it shares most with (on a synthetic study of 300 plans in cascades, 10 a
    document keep 95 % of the plan–parent pairs; ``benchmarks/study.py``).
    Deterministic for a given ``seed``.
    """
    from datasketch import LeanMinHash, MinHash, MinHashLSHEnsemble

    texts = _texts(corpus_or_texts)
    ids = list(texts)
    rank = {d: k for k, d in enumerate(ids)}
    sketches, sizes = {}, {}
    identity = (lambda x: x)
    grams_of = {d: np.unique(_gram_hashes(texts[d], ngram) >> np.uint64(32)).astype(np.uint32) for d in ids}
    cap = max(min_df_cap, int(max_df * len(ids)))
    if len(ids) > cap:
        values, df = np.unique(np.concatenate(list(grams_of.values())), return_counts=True)
        common = values[df > cap]
        if len(common):
            grams_of = {d: g[~np.isin(g, common, assume_unique=True)] for d, g in grams_of.items()}
    kept_grams = dict(grams_of) if per_document is not None else None
    for d in ids:
        grams = grams_of.pop(d)
        sizes[d] = len(grams)
        if not len(grams):
            continue
        m = MinHash(num_perm=num_perm, seed=seed, hashfunc=identity)
        m.update_batch(grams)
        sketches[d] = LeanMinHash(m)
    if not sketches:
        return _frame([], CANDIDATE_COLUMNS, (), ("containment_a", "containment_b"))
    index = MinHashLSHEnsemble(threshold=threshold, num_perm=num_perm, num_part=min(num_part, len(sketches)))
    index.index([(d, sketches[d], sizes[d]) for d in sketches])
    found = set()
    for d, m in sketches.items():
        for other in index.query(m, sizes[d]):
            if other != d:
                found.add((d, other) if rank[d] < rank[other] else (other, d))
    rows = []
    for a, b in sorted(found, key=lambda p: (rank[p[0]], rank[p[1]])):
        j = sketches[a].jaccard(sketches[b])
        inter = j * (sizes[a] + sizes[b]) / (1 + j)
        ca, cb = min(1.0, inter / sizes[a]), min(1.0, inter / sizes[b])
        if max(ca, cb) >= threshold / 2:  # the index's partitions let through pairs far below the threshold
            rows.append((a, b, round(ca, 4), round(cb, 4)))
    if per_document is not None:
        exact = []
        for a, b, _, _ in rows:
            inter = len(np.intersect1d(kept_grams[a], kept_grams[b], assume_unique=True))
            exact.append(max(inter / len(kept_grams[a]), inter / len(kept_grams[b])))
        keep = _best_per_document([(a, b, x) for (a, b, _, _), x in zip(rows, exact)], rank, per_document)
        rows = [rows[i] for i in keep]
    return _frame(rows, CANDIDATE_COLUMNS, (), ("containment_a", "containment_b"))


def _best_per_document(rows: list[tuple], rank: dict, k: int) -> list[int]:
    """Indices (in order) of the pairs ``(a, b, score)`` among the ``k`` best scores of either document."""
    best: dict[str, list] = {}
    for i, (a, b, score) in enumerate(rows):
        best.setdefault(a, []).append((-score, rank[b], i))
        best.setdefault(b, []).append((-score, rank[a], i))
    keep = {i for items in best.values() for _, _, i in sorted(items)[:k]}
    return sorted(keep)
