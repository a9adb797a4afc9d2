"""Plan versus report, task by task: what a progress report says of each task its plan set.

In:  the tasks of a plan (a task table) and the report — its text, or its units (the parsed
     parts of the report: :func:`report_units` reads them from a corpus).
Out: :func:`task_status` — one row per plan task (:data:`STATUS_COLUMNS`): its status
     (:data:`STATUSES`), the report passage that supports it with its place, the similarity,
     the cue that decided and why; :func:`target_check` — one row per numeric target of the
     plan (:data:`TARGET_COLUMNS`): met, not met or not reported, with both numbers.
     :func:`compare_report` does both for a report and a plan of a corpus (:class:`Progress`).

How (docs/methods.md has the measured precision and recall):

1. The report is cut into statements: the sentences (。！？；) of its parsed parts — preamble,
   each part's paragraphs, closing; a part's heading only names the place.
2. Each plan task is aligned with the statements by TF-IDF cosine with the project tokenizer
   (:func:`analysis.compare.similarity.tfidf_matrix`, one model per pair, a sentence a
   document): a task scores against a statement the higher of its whole text's cosine and its
   best sentence's. A statement serves the tasks that come within :data:`OWN_RATIO` of the
   best task for it, so a sentence about another task that happens to share words
   (a distractor) is left to that task. The terms the two share are listed in ``why``.
3. The task's aligned statements (cosine ≥ ``threshold``) are read for cue words
   (``data/progress_cues.csv``): completive aspect (已、了、完成、建成、印发 …, or a reported
   figure) → done; under way (正在、稳步推进、逐步 …) → in progress; plans (下一步、将于、计划 …)
   and negations (尚未 …) govern the rest of their clause (下一步 its sentence) and make
   no claim of progress. One statement with done and under-way cues is in progress; with
   progress and plan (or negation) cues it is in progress too, and ``why`` says the cues were
   mixed. The first aligned statement (best cosine first, among those within
   :data:`DECIDE_SHARE` of the best) that carries a progress cue decides; aligned statements
   without one make the task *mentioned*; no statement at ``threshold`` makes it *not
   mentioned*. A deciding statement below ``strong`` has its cue set aside: the task is
   mentioned, and ``why`` says the alignment was weak.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from ..parse.extract.targets import UNITS_PATTERN, find_targets
from ..parse.numerals import to_number
from .similarity import Tokenizer, load_tokenizer, task_texts, tfidf_matrix

__all__ = ["STATUSES", "TARGET_RESULTS", "STATUS_COLUMNS", "TARGET_COLUMNS", "STATEMENT_COLUMNS", "CUES_PATH",
           "THRESHOLD", "STRONG", "OWN_RATIO", "DECIDE_SHARE", "Cue", "CueHit", "Progress", "load_cues", "find_cues",
           "classify_statement", "report_units", "split_statements", "task_status", "target_check",
           "compare_report", "status_counts"]

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
#: The cue words (a data file: cue, status, scope, pattern, note_en).
CUES_PATH = DATA_DIR / "progress_cues.csv"

#: Statuses of a plan task, from most to least reported.
STATUSES = ("done", "in_progress", "mentioned", "not_mentioned")
#: Results of a numeric target.
TARGET_RESULTS = ("met", "not_met", "not_reported")
#: Least cosine for a statement to speak of a task.
THRESHOLD = 0.15
#: Least cosine for a statement's cue to decide a task's status (below: mentioned, weakly aligned).
STRONG = 0.18
#: A statement with a progress cue decides when its cosine is at least this share of the best aligned one's.
DECIDE_SHARE = 0.8
#: A statement serves a task whose cosine is at least this share of the best task's for it.
OWN_RATIO = 0.75

STATEMENT_COLUMNS = ["doc_id", "statement", "part", "sentence", "location", "text"]
STATUS_COLUMNS = ["report", "plan", "task_seq", "task_no", "section", "title", "status", "score", "evidence",
                  "location", "cues", "why", "target"]
TARGET_COLUMNS = ["report", "plan", "task_seq", "task_no", "target", "direction", "plan_value", "unit",
                  "report_value", "report_figure", "evidence", "location", "result", "why"]

_CUE_STATUSES = ("negated", "planning", "in_progress", "done")  # matched in this order, each masking its scope
_SCOPES = ("word", "clause", "sentence")
_SENTENCE = re.compile(r"[^。！？；!?;\n]+[。！？；!?;]?")
_CLAUSE_END = "，,。；;！？!?：:\n"
_MASK = "\u3000"  # what a matched cue's scope is blanked with: no cue, digit or unit matches it
_BODY_SPANS = ("preamble", "goal", "group_heading", "group_text", "clause", "unplaced", "closing")


# ---------------------------------------------------------------------------- cues

@dataclass(frozen=True)
class Cue:
    """One cue of ``data/progress_cues.csv``: its name, the status it signals (done, in_progress,
    planning, negated), how far it reaches (word, clause, sentence) and its regular expression
    (``<figure>``: a number with a count unit)."""

    name: str
    status: str
    scope: str
    pattern: str

    @property
    def regex(self) -> re.Pattern:
        return _compiled(self.pattern)


@lru_cache(maxsize=None)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


@dataclass(frozen=True)
class CueHit:
    """A cue found in a statement: the cue, the words it matched and where."""

    cue: Cue
    text: str
    start: int

    def __str__(self) -> str:
        return f"{self.text} ({self.cue.name})"


@lru_cache(maxsize=4)
def load_cues(path: str | Path = CUES_PATH) -> tuple[Cue, ...]:
    """The cues of a cue file (CSV, UTF-8: cue, status, scope, pattern, note_en), in file order.

    Raises ValueError naming the file and line for an unknown status or scope, a pattern that
    does not compile, or a cue name used twice."""
    path = Path(path)
    cues, seen = [], set()
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for line, row in enumerate(csv.DictReader(fh), 2):
            where = f"{path}:{line}"
            name, status, scope, pattern = (str(row.get(k) or "").strip() for k in ("cue", "status", "scope", "pattern"))
            if status not in _CUE_STATUSES:
                raise ValueError(f"{where}: status {status!r} is not one of {', '.join(_CUE_STATUSES)}")
            if scope not in _SCOPES:
                raise ValueError(f"{where}: scope {scope!r} is not one of {', '.join(_SCOPES)}")
            if not name or name in seen:
                raise ValueError(f"{where}: cue name {name!r} is empty or used twice")
            if pattern != "<figure>":
                try:
                    re.compile(pattern)
                except re.error as exc:
                    raise ValueError(f"{where}: pattern {pattern!r} does not compile: {exc}") from None
            seen.add(name)
            cues.append(Cue(name, status, scope, pattern))
    return tuple(cues)


def _scope_end(text: str, end: int, scope: str) -> int:
    if scope == "word":
        return end
    stops = "。；;！？!?\n" if scope == "sentence" else _CLAUSE_END
    found = [i for i in (text.find(c, end) for c in stops) if i >= 0]
    return min(found) if found else len(text)


def _figure_hits(masked: str, cue: Cue) -> list[CueHit]:
    """Reported figures (:func:`~analysis.parse.extract.targets.find_targets`) of the text not yet masked."""
    return [CueHit(cue, f"{_number(t.value)}{t.unit}", at) for t, at in _placed_figures(masked)]


def find_cues(text: str, cues: tuple[Cue, ...] | None = None) -> list[CueHit]:
    """Every cue in ``text`` (a statement), in order of appearance.

    Negations are matched first, then plans, then under-way cues, then done cues; a clause- or
    sentence-scoped cue blanks the rest of its clause (or sentence), and every match blanks its
    own words, so ``将于年底前完成`` is a plan and not a completion, and ``尚未完成`` a negation."""
    cues = cues if cues is not None else load_cues()
    masked = str(text)
    hits: list[CueHit] = []
    for status in _CUE_STATUSES:
        for cue in (c for c in cues if c.status == status):
            if cue.pattern == "<figure>":
                hits.extend(_figure_hits(masked, cue))
                continue
            found = list(cue.regex.finditer(masked))
            for m in found:
                hits.append(CueHit(cue, m.group(), m.start()))
            for m in found:
                stop = _scope_end(masked, m.end(), cue.scope)
                masked = masked[:m.start()] + _MASK * (stop - m.start()) + masked[stop:]
    return sorted(hits, key=lambda h: (h.start, _CUE_STATUSES.index(h.cue.status)))


def classify_statement(text: str, cues: tuple[Cue, ...] | None = None) -> tuple[str, list[CueHit], str]:
    """The status one statement gives a task it speaks of: ``(status, cues found, reason)``.

    Done cues alone → done; under-way cues (with or without done cues) → in_progress; progress
    cues beside plan or negation cues → in_progress, the reason saying the cues were mixed; plan
    or negation cues alone, or no cue → mentioned."""
    hits = find_cues(text, cues)
    kinds = {h.cue.status for h in hits}
    words = lambda *ks: ", ".join(str(h) for h in hits if h.cue.status in ks)  # noqa: E731
    progress = kinds & {"done", "in_progress"}
    held = kinds & {"planning", "negated"}
    if progress and held:
        return "in_progress", hits, f"mixed cues: {words('done', 'in_progress')} beside {words('planning', 'negated')}"
    if "in_progress" in kinds:
        part = f"; {words('done')} done in part" if "done" in kinds else ""
        return "in_progress", hits, f"under way: {words('in_progress')}{part}"
    if "done" in kinds:
        return "done", hits, f"done: {words('done')}"
    if "planning" in kinds:
        return "mentioned", hits, f"planned only: {words('planning')}"
    if "negated" in kinds:
        return "mentioned", hits, f"negated: {words('negated')}"
    return "mentioned", hits, "no progress cue"


# ---------------------------------------------------------------------------- figures

_UNITS = UNITS_PATTERN
#: A number + unit + 以上/以下 run straight into a noun names a kind of thing, not a figure:
#: 56人以上大班额, 20个以下的 is a figure (的), 90%以上。 is a figure.
_FIGURE_AT = re.compile(rf"(?P<num>\d+(?:\.\d+)?)(?P<mult>万|亿)?(?:余|多)?(?P<unit>{_UNITS})")
_KIND_BOUND = re.compile(rf"\d+(?:\.\d+)?(?:万|亿)?(?:余|多)?(?:{_UNITS})(?:以上|以下)(?=[\u4e00-\u9fff])(?!的)")


def _placed_figures(text: str) -> list[tuple]:
    """The numbers with a count unit in ``text`` (:func:`~analysis.parse.extract.targets.find_targets`), less
    the bounds that name a kind of thing (``56人以上大班额``): ``(Target, where its phrase starts)``."""
    masked = _KIND_BOUND.sub(lambda m: _MASK * len(m.group()), text)
    out, cursor = [], 0
    for t in find_targets(masked):
        at = masked.find(t.text, cursor)
        at = at if at >= 0 else masked.find(t.text)
        cursor = max(cursor, at)
        out.append((t, at))
    return out


def _figures(text: str) -> list:
    """The targets of :func:`_placed_figures`, without their places."""
    return [t for t, _ in _placed_figures(text)]


def _number(value: float) -> str:
    return f"{value:g}"


# ---------------------------------------------------------------------------- statements

def _parsed(corpus, doc_id: str):
    """The parsed document ``doc_id`` of the corpus, or None when the corpus holds no parses (opened
    without them, or built as tables)."""
    try:
        for p in corpus.parsed:
            if p.doc_id == doc_id:
                return p
    except RuntimeError:  # analysis.study opened the corpus without its parsed documents
        return None
    return None


def report_units(corpus, report: str) -> pd.DataFrame:
    """The parts of a report as units to cut into statements. Out: columns ``doc_id, part, text``.

    From its parse when the corpus holds it: the preamble (part ``preamble``), each part's
    paragraphs (part ``<number>、<heading>``) and the closing (``closing``), in text order,
    headings and back matter left out. Without the parse (a corpus of tables): each task's
    clauses under its number and title; a report's text outside its numbered parts is then not read."""
    parsed = _parsed(corpus, report)
    rows = []
    if parsed is not None:
        text, part = parsed.document.text, "preamble"
        headings = {t.seq: f"{t.task_no}、{t.title}" for t in parsed.tasks}
        previous = None
        for span in parsed.spans:
            if span.kind == "task_heading":
                part = headings.get(span.task_seq, text[span.start:span.end].strip())
            elif span.kind == "section_heading":
                part = text[span.start:span.end].strip()
            elif span.kind == "closing" and previous != "section_heading":
                part = "closing"
            previous = span.kind
            if span.kind in _BODY_SPANS:
                rows.append((report, part, text[span.start:span.end]))
        return pd.DataFrame(rows, columns=["doc_id", "part", "text"])
    tasks = corpus.tasks[corpus.tasks["doc_id"] == report]
    clauses = corpus.clauses[corpus.clauses["doc_id"] == report]
    by_task = {seq: list(g.sort_values("clause_seq")["text"]) for seq, g in clauses.groupby("task_seq")}
    for t in tasks.itertuples():
        part = f"{t.task_no}、{t.title}" if isinstance(t.title, str) and t.title else str(t.task_no)
        for text in by_task.get(t.task_seq, [t.text] if isinstance(t.text, str) else []):
            rows.append((report, part, text))
    return pd.DataFrame(rows, columns=["doc_id", "part", "text"])


def split_statements(units: pd.DataFrame | str, doc_id: str = "") -> pd.DataFrame:
    """The statements of a report: each sentence (ending in 。！？； or a line break) of each unit.

    In: a report's text, or its units (:func:`report_units`: ``text`` and optionally ``doc_id``
    and ``part``). Out: :data:`STATEMENT_COLUMNS` — ``statement`` numbers them 1… in text order,
    ``sentence`` within their part, ``location`` says where (``part 二、… sentence 3``). Sentences
    with fewer than four characters of text are left out (a stray numeral, a signature)."""
    if isinstance(units, str):
        units = pd.DataFrame({"doc_id": [doc_id], "part": [""], "text": [units]})
    rows, counts = [], {}
    for u in units.itertuples():
        part = str(getattr(u, "part", "") or "")
        for m in _SENTENCE.finditer(str(u.text)):
            sentence = m.group().strip()
            if len(re.sub(r"[\W\d_]", "", sentence)) < 4:
                continue
            counts[part] = counts.get(part, 0) + 1
            where = f"{part}, sentence {counts[part]}" if part else f"sentence {counts[part]}"
            rows.append((getattr(u, "doc_id", doc_id) or doc_id, len(rows) + 1, part, counts[part], where, sentence))
    return pd.DataFrame(rows, columns=STATEMENT_COLUMNS)


# ---------------------------------------------------------------------------- alignment

def _sentences(text: str) -> list[str]:
    return [s for s in (m.group().strip() for m in _SENTENCE.finditer(text)) if len(s) >= 4]


def _scores(plan_tasks: pd.DataFrame, statements: list[str], tokenizer) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """``(score, X of the statements, vocabulary)``: task × statement, the higher of the task's whole text's
    cosine and its best sentence's, in one TF-IDF model of the pair (every text and sentence a document)."""
    wholes = task_texts(plan_tasks)
    parts = [[s for line in w.split("\n") for s in _sentences(line)] or [w] for w in wholes]
    flat = [s for p in parts for s in p]
    n_t, n_p = len(wholes), len(flat)
    try:
        X, vocab = tfidf_matrix(wholes + flat + list(statements), tokenizer)
    except ValueError:  # no text has a token
        return np.zeros((n_t, len(statements))), None, []
    stmt = X[n_t + n_p:]
    whole = (X[:n_t] @ stmt.T).toarray()
    sent = (X[n_t:n_t + n_p] @ stmt.T).toarray()
    best, k = np.zeros_like(whole), 0
    for i, p in enumerate(parts):
        if p:
            best[i] = sent[k:k + len(p)].max(axis=0)
        k += len(p)
    return np.maximum(whole, best), (X[:n_t], stmt), vocab


def _shared_terms(task_vec, stmt_vec, vocab: list[str], n: int = 4) -> list[str]:
    """The terms a task and a statement share, heaviest first (the product of their TF-IDF weights)."""
    a = dict(zip(task_vec.indices, task_vec.data))
    both = [(a[j] * w, vocab[j]) for j, w in zip(stmt_vec.indices, stmt_vec.data) if j in a]
    return [t for _, t in sorted(both, key=lambda x: (-x[0], x[1]))[:n]]


@dataclass
class _Pair:
    """A plan's tasks aligned with a report's statements."""

    tasks: pd.DataFrame           # the plan's tasks, in task order
    statements: pd.DataFrame      # :data:`STATEMENT_COLUMNS`
    score: np.ndarray             # task × statement cosine
    vectors: tuple | None         # (task rows, statement rows) of the TF-IDF model
    vocab: list[str]
    threshold: float
    own_ratio: float

    def aligned(self, i: int) -> tuple[list[int], list[int]]:
        """The statements at ``threshold`` for task ``i``, best first: those it is served by, and those
        another task is closer to (beyond :data:`OWN_RATIO`)."""
        s = self.score
        if not s.shape[1]:
            return [], []
        best = s.max(axis=0)
        order = [int(j) for j in np.argsort(-s[i], kind="stable") if s[i, j] >= self.threshold]
        served = [j for j in order if s[i, j] >= self.own_ratio * best[j]]
        return served, [j for j in order if j not in served]

    def terms(self, i: int, j: int) -> list[str]:
        if self.vectors is None:
            return []
        return _shared_terms(self.vectors[0][i], self.vectors[1][j], self.vocab)

    def owner(self, j: int) -> int:
        return int(np.argmax(self.score[:, j]))


def _statements(report, report_id: str) -> pd.DataFrame:
    if isinstance(report, pd.DataFrame) and "statement" in report.columns:
        return report.reset_index(drop=True)
    return split_statements(report, report_id)


def _align(plan_tasks: pd.DataFrame, report, tokenizer, threshold: float, own_ratio: float,
           report_id: str) -> _Pair:
    tasks = plan_tasks.sort_values(["doc_id", "task_seq"], kind="stable").reset_index(drop=True)
    statements = _statements(report, report_id)
    if tasks.empty or statements.empty:
        return _Pair(tasks, statements, np.zeros((len(tasks), len(statements))), None, [], threshold, own_ratio)
    tokenizer = tokenizer or load_tokenizer()
    score, vectors, vocab = _scores(tasks, list(statements["text"]), tokenizer)
    return _Pair(tasks, statements, score, vectors, vocab, threshold, own_ratio)


def _task_label(tasks: pd.DataFrame, i: int) -> str:
    row = tasks.iloc[i]
    return f"task {row['task_no']} ({row['title']})" if isinstance(row["title"], str) else f"task {row['task_no']}"


def _decide(pair: _Pair, i: int, strong: float, cues) -> dict:
    """The status of task ``i``, its evidence and why (a row of :func:`task_status` without the ids)."""
    st, s = pair.statements, pair.score
    served, lost = pair.aligned(i)
    if st.empty:
        return {"status": None, "why": "the report has no statement to align with (no text in its parts)"}
    if not served:
        if lost:
            j = lost[0]
            why = (f"the closest statement ({st.at[j, 'location']}, cosine {s[i, j]:.2f}) speaks more of "
                   f"{_task_label(pair.tasks, pair.owner(j))} (cosine {s[pair.owner(j), j]:.2f})")
        else:
            j = int(np.argmax(s[i]))
            why = (f"no statement reaches cosine {pair.threshold:.2f} (closest: {st.at[j, 'location']}, "
                   f"{s[i, j]:.2f})")
        return {"status": "not_mentioned", "score": float(s[i].max()), "why": why}
    read = [(j, *classify_statement(st.at[j, "text"], cues)) for j in served]
    margin = DECIDE_SHARE * s[i, served[0]]
    decisive = next((r for r in read if r[1] in ("done", "in_progress") and s[i, r[0]] >= margin), None)
    j, status, hits, reason = decisive or read[0]
    extra = ""
    if decisive is not None and s[i, j] < strong:
        extra = f"; weak alignment (cosine below {strong:.2f}): the cue is not taken, mentioned only"
        status = "mentioned"
    elif decisive is not None and decisive is not read[0]:
        extra = f"; the best aligned statement ({st.at[read[0][0], 'location']}) has no progress cue"
    terms = pair.terms(i, j)
    why = f"cosine {s[i, j]:.2f}" + (f", shares {'、'.join(terms)}" if terms else "") + f"; {reason}{extra}"
    if len(served) > 1:
        why += f"; {len(served)} statements aligned"
    return {"status": status, "score": float(s[i, j]), "evidence": st.at[j, "text"],
            "location": st.at[j, "location"], "cues": "; ".join(str(h) for h in hits), "why": why}


# ---------------------------------------------------------------------------- numeric targets

_AT_MOST = re.compile(r"不超过|不高于|不多于|控制在|以内|以下|低于|少于|压减到|压减至|降至|降到|降低到|降低至")
_AT_LEAST = re.compile(r"不少于|不低于|不小于|至少|达到|以上|超过|提高到|提高至|提升到|提升至|增加到|增加至")
#: Words around a figure that say how it relates, not what is measured (left out when measures are compared).
_LINK = re.compile(r"不少于|不低于|不小于|不超过|不高于|不多于|控制在|达到|提高到|提高至|提升到|提升至|增加到|增加至|"
                   r"压减到|压减至|降至|降到|超过|至少|以上|以下|以内|低于|少于|已经|累计|全年|每年|人均|目前|力争|"
                   r"确保|左右|原则上|[已达为占约余多共均的了]")
_RATE = re.compile(r"(?:[\u4e00-\u9fff]{2}|(?<![\u4e00-\u9fff])[\u4e00-\u9fff])率|比例|占比")
_CJK = re.compile(r"[\u4e00-\u9fff]+")


def _direction(phrase: str) -> str:
    """``at_most`` (不超过、控制在 …), ``at_least`` (不少于、达到 …), or ``at_least (assumed)`` when the
    phrase has no word for it (完成改造工程120处: a count to reach)."""
    if _AT_MOST.search(phrase) and not re.search(r"不少于|不低于|不小于", phrase):
        return "at_most"
    return "at_least" if _AT_LEAST.search(phrase) else "at_least (assumed)"


def _before_figure(phrase: str, value: float, unit: str) -> str:
    """The words of ``phrase`` before its figure ``value`` ``unit`` (what is measured); the whole phrase when
    the figure is not found in it."""
    for m in _FIGURE_AT.finditer(phrase):
        if m["unit"].replace("％", "%") == unit and abs(to_number(m["num"], m["mult"] or "") - value) < 1e-9:
            return phrase[:m.start()]
    return phrase


def _measure(text: str) -> tuple[set[str], set[str]]:
    """``(rate words, character bigrams)`` of what a phrase measures: 覆盖率, 合格率, 比例 …; and the
    bigrams of its other words (link words, numbers and units left out)."""
    rates = set(_RATE.findall(text))
    rest = _LINK.sub(" ", _RATE.sub(" ", text))
    grams = {run[k:k + 2] for run in _CJK.findall(rest) for k in range(len(run) - 1)}
    return rates, grams


#: A figure per head (每名、人均) or per so many people (每千人) is another measure than a total.
_PER = re.compile(r"每(?:十万|万|千|百|十)(?:人|名|户)|人均|每名|每人|每位")


def _per(text: str) -> str:
    """What a figure is counted per: ``每千人``, ``per head`` (每名、每人、人均), or "" for a total."""
    m = _PER.search(text)
    if not m:
        return ""
    return m.group() if m.group()[1] in "十百千万" else "per head"


def _same_measure(plan_phrase: str, clause: str, context: str) -> tuple[bool, int, str]:
    """Whether a report figure measures what the plan's target does: ``(same, bigrams shared, reason)``.

    A figure per head or per so many people (每名、人均、每千人) is only compared with one counted the
    same way; two rates (覆盖率 and 参与率) must be the same rate; otherwise the figure's clause —
    with the clause before it in its sentence when it names nothing of its own (已完工86处) — must
    share words with the target's phrase."""
    if _per(plan_phrase) != _per(clause):
        return False, 0, f"counted {_per(clause) or 'in total'}, the target {_per(plan_phrase) or 'in total'}"
    p_rates, p_grams = _measure(plan_phrase)
    r_rates, r_grams = _measure(clause)
    if p_rates and r_rates and not p_rates & r_rates:
        return False, 0, f"{'、'.join(sorted(r_rates))} is not {'、'.join(sorted(p_rates))}"
    if p_rates & r_rates:
        return True, len(p_grams & r_grams) + 2, "same rate"
    shared = p_grams & (r_grams | _measure(context)[1])
    return bool(shared), len(shared), "shares " + "、".join(sorted(shared)[:4]) if shared else "nothing in common"


def _clauses_of(statement: str, phrase: str) -> tuple[str, str]:
    """The clause of ``statement`` holding a figure's ``phrase``, and the clause before it."""
    parts = re.split(r"[，,：:]", statement)
    for k, part in enumerate(parts):
        if phrase in part or part and part in phrase:
            return part, parts[k - 1] if k else ""
    return phrase, ""


def _compare(direction: str, plan_value: float, report_value: float) -> str:
    if direction == "at_most":
        return "met" if report_value <= plan_value else "not_met"
    return "met" if report_value >= plan_value else "not_met"


def _check_target(pair: _Pair, i: int, target) -> dict:
    """One numeric target of task ``i`` against the figures of the statements serving the task."""
    st = pair.statements
    phrase = _before_figure(target.text, target.value, target.unit)
    direction = _direction(target.text)
    row = {"target": target.text, "direction": direction, "plan_value": target.value, "unit": target.unit,
           "report_value": np.nan, "report_figure": None, "evidence": None, "location": None}
    served, _ = pair.aligned(i)
    found, others = [], []
    for j in served:
        text = st.at[j, "text"]
        for f in _figures(text):
            if f.unit != target.unit:
                continue
            clause, before = _clauses_of(text, f.text)
            same, weight, reason = _same_measure(phrase, _before_figure(clause, f.value, f.unit), before)
            (found if same else others).append((weight, pair.score[i, j], -j, j, f, reason))
    if not found:
        why = (f"no figure in {target.unit} in the statements aligned with the task" if not others else
               "the figures in " + target.unit + " of the aligned statements measure something else: "
               + "; ".join(f"{o[4].text} ({o[5]})" for o in others[:2]))
        return {**row, "result": "not_reported", "why": why}
    weight, score, _, j, f, reason = max(found, key=lambda x: x[:3])
    result = _compare(direction.split()[0], target.value, f.value)
    sign = {"met": "≥" if direction.startswith("at_least") else "≤", "not_met": "<" if direction.startswith(
        "at_least") else ">"}[result]
    why = (f"{_number(f.value)} {f.unit} {sign} {_number(target.value)} {target.unit} ({direction}); "
           f"the figure {reason}")
    return {**row, "report_value": f.value, "report_figure": f.text, "evidence": st.at[j, "text"],
            "location": st.at[j, "location"], "result": result, "why": why}


def _targets_of(task: pd.Series) -> list:
    """The numeric targets of a plan task (:func:`_figures` of its title and text)."""
    text = "\n".join(str(x) for x in (task["title"], task["text"]) if isinstance(x, str))
    return [t for line in text.split("\n") for t in _figures(line)]


def _target_summary(rows: list[dict]) -> str:
    """A task's targets in one word: not_met when one is not met, met when every reported one is, else
    not_reported; "" for a task without a numeric target."""
    results = [r["result"] for r in rows]
    if not results:
        return ""
    if "not_met" in results:
        return "not_met"
    return "met" if "met" in results else "not_reported"


# ---------------------------------------------------------------------------- the comparison

@dataclass
class Progress:
    """A report against a plan: ``tasks`` (:data:`STATUS_COLUMNS`), ``targets`` (:data:`TARGET_COLUMNS`)
    and the report's ``statements`` (:data:`STATEMENT_COLUMNS`)."""

    tasks: pd.DataFrame
    targets: pd.DataFrame
    statements: pd.DataFrame


def _run(plan_tasks: pd.DataFrame, report, tokenizer, threshold: float, strong: float, own_ratio: float, cues,
         report_id: str, plan_id: str | None) -> Progress:
    cues = cues if cues is not None else load_cues()
    pair = _align(plan_tasks, report, tokenizer, threshold, own_ratio, report_id)
    status_rows, target_rows = [], []
    for i, task in enumerate(pair.tasks.to_dict("records")):
        ids = {"report": report_id, "plan": plan_id or task["doc_id"], "task_seq": task["task_seq"],
               "task_no": task["task_no"]}
        mine = [{**ids, **_check_target(pair, i, t)} for t in _targets_of(pair.tasks.iloc[i])]
        target_rows += mine
        section = _section(task)
        status_rows.append({**ids, "section": section, "title": task["title"], **_decide(pair, i, strong, cues),
                            "target": _target_summary(mine)})
    tasks = pd.DataFrame(status_rows, columns=STATUS_COLUMNS)
    tasks["score"] = tasks["score"].astype(np.float64).round(4)
    targets = pd.DataFrame(target_rows, columns=TARGET_COLUMNS)
    for col in ("plan_value", "report_value"):
        targets[col] = targets[col].astype(np.float64)
    return Progress(tasks, targets, pair.statements)


def _section(task: dict) -> str:
    """A task's place in its plan: its group (``二（三）``) when the plan has groups, else its section."""
    section, sub = task.get("section"), task.get("subsection")
    section = section if isinstance(section, str) else ""
    return f"{section}（{sub}）" if isinstance(sub, str) and sub else section


def task_status(plan_tasks: pd.DataFrame, report, tokenizer: Tokenizer | None = None, *,
                threshold: float = THRESHOLD, strong: float = STRONG, own_ratio: float = OWN_RATIO, cues=None,
                report_id: str = "", plan_id: str | None = None) -> pd.DataFrame:
    """Each task of a plan as a report speaks of it (the module docstring says how).

    In: ``plan_tasks`` (a task table: ``doc_id, task_seq, task_no, section, subsection, title, text``);
    ``report`` — its text, its units (:func:`report_units`) or its statements
    (:func:`split_statements`); the tokenizer (default :func:`~analysis.compare.similarity.load_tokenizer`);
    the thresholds; the cues (default :func:`load_cues`); the ids written in the rows.
    Out: :data:`STATUS_COLUMNS`, one row per task in task order: ``status`` one of :data:`STATUSES`
    (empty when the report has no statement at all), ``score`` the cosine of the evidence (for a
    task not mentioned, of its closest statement), ``evidence`` the report's sentence and
    ``location`` its place, ``cues`` the cue words found in it, ``why`` what decided (and what
    was weak or mixed), ``target`` the task's numeric targets in one word (:func:`target_check`;
    empty for a task without one).
    """
    return _run(plan_tasks, report, tokenizer, threshold, strong, own_ratio, cues, report_id, plan_id).tasks


def target_check(plan_tasks: pd.DataFrame, report, tokenizer: Tokenizer | None = None, *,
                 threshold: float = THRESHOLD, own_ratio: float = OWN_RATIO, report_id: str = "",
                 plan_id: str | None = None) -> pd.DataFrame:
    """Each numeric target of a plan against the report's figure for it.

    A target is a number with a count unit in a task (:func:`~analysis.parse.extract.targets.find_targets`:
    ``不少于40学时``, ``达到95%以上``; a bound naming a kind of thing, ``56人以上大班额``, is none), read
    as at most (不超过、控制在、以内 …) or at least (不少于、达到、以上 …; with neither word, at least, said
    so). The report's figure is a number in the same unit in a statement aligned with the task that
    measures the same thing (two rates must be the same rate; otherwise the figure's clause shares
    words with the target's). Out: :data:`TARGET_COLUMNS`, one row per target: ``result`` met,
    not_met or not_reported, both numbers, the report's sentence and why.
    """
    return _run(plan_tasks, report, tokenizer, threshold, STRONG, own_ratio, None, report_id, plan_id).targets


def compare_report(corpus, report: str, plan: str, tokenizer: Tokenizer | None = None, *,
                   threshold: float = THRESHOLD, strong: float = STRONG, own_ratio: float = OWN_RATIO,
                   cues=None) -> Progress:
    """A report of a corpus against a plan of it: :class:`Progress` (task statuses, targets, statements).

    The report's statements come from its parse when the corpus holds it, else from its tables
    (:func:`report_units`). A report or plan the corpus lacks gives empty tables."""
    tasks = corpus.tasks[corpus.tasks["doc_id"] == plan]
    units = report_units(corpus, report)
    return _run(tasks, split_statements(units, report), tokenizer, threshold, strong, own_ratio, cues, report, plan)


def status_counts(tasks: pd.DataFrame) -> pd.DataFrame:
    """Tasks per status for each (report, plan) pair of a :func:`task_status` table: one row per pair,
    a column per status of :data:`STATUSES` (and ``not_assessed`` when some task has none), then
    ``tasks``."""
    cols = list(STATUSES)
    t = tasks.assign(status=tasks["status"].fillna("not_assessed"))
    if (t["status"] == "not_assessed").any():
        cols.append("not_assessed")
    table = t.groupby(["report", "plan"], sort=False)["status"].value_counts().unstack(fill_value=0)
    table = table.reindex(columns=cols, fill_value=0).astype(int)
    table["tasks"] = table.sum(axis=1)
    table.columns.name = None
    return table
