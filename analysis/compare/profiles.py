"""Stage 5 — comparisons of deadlines, training requirements and responsibilities.

Every function takes a :class:`~analysis.io.tables.Corpus` (or its tables) and
returns a DataFrame; nothing is drawn or printed here.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd

from .similarity import Tokenizer, load_tokenizer, task_texts, tfidf_matrix

__all__ = [
    "DATED_KINDS",
    "plan_period",
    "deadline_bins",
    "deadline_summary",
    "deadline_localization",
    "training_profile",
    "report_against_plan",
    "responsibility",
    "corpus_overview",
    "repair_counts",
    "by_level",
    "uncertain_metadata",
]

SUMMARY_COLUMNS = ["doc_id", "n_deadlines", "n_clause", "n_text", "n_date", "n_date_then_ongoing", "n_ongoing",
                   "n_recurring", "n_relative", "share_ongoing", "share_recurring", "share_first_year",
                   "median_date", "has_period"]
LOCALIZATION_COLUMNS = ["a_task_no", "a_title", "a_deadline", "a_date", "b_task_no", "b_title", "b_deadline", "b_date",
                        "score", "days", "change"]
REPORT_COLUMNS = ["audience", "measure", "required", "achieved", "ratio"]

#: Deadline kinds that carry a calendar date.
DATED_KINDS = ("date", "date_then_ongoing")


def _plans(corpus) -> pd.DataFrame:
    docs = corpus.documents
    return docs[docs["kind"] == "plan"]


def plan_period(doc) -> tuple[int, int] | None:
    """``(start, end)`` years of a document row (anything with ``period_start``/``period_end``),
    or ``None`` when either year is missing or not a year (a plan whose title carries no period)."""
    start, end = getattr(doc, "period_start", ""), getattr(doc, "period_end", "")
    try:
        a, b = int(str(start)), int(str(end))
    except (TypeError, ValueError):
        return None
    return (a, b) if 1900 <= a <= b <= 2200 else None


def _bin_label(date: pd.Timestamp, freq: str) -> str:
    if freq == "quarter":
        return f"{date.year}Q{(date.month - 1) // 3 + 1}"
    return f"{date.year}H{1 if date.month <= 6 else 2}"


def deadline_bins(corpus, freq: str = "half", doc_ids: Sequence[str] | None = None) -> pd.DataFrame:
    """Dated deadlines per plan and period bin.

    In: the corpus; ``freq`` ``"half"`` (2021H1 …) or ``"quarter"`` (2021Q1 …).
    Out: long table doc_id, bin, n (every bin of the plan's period present,
    zero-filled; deadlines outside the period fall in bins ``before``/``after``).
    A plan without a readable period has no rows (see :func:`plan_period`).
    """
    if freq not in ("half", "quarter"):
        raise ValueError(f"freq must be 'half' or 'quarter', not {freq!r}")
    plans = _plans(corpus)
    if doc_ids is not None:
        plans = plans[plans["doc_id"].isin(doc_ids)]
    d = corpus.deadlines
    d = d[d["kind"].isin(DATED_KINDS) & d["date"].notna()]
    by_doc = {k: g for k, g in d.groupby("doc_id", sort=False)}
    rows = []
    for doc in plans.itertuples():
        period = plan_period(doc)
        if period is None:
            continue
        start, end = period
        per = 2 if freq == "half" else 4
        labels = [f"{y}{'H' if freq == 'half' else 'Q'}{k}" for y in range(start, end + 1) for k in range(1, per + 1)]
        counts = dict.fromkeys(labels, 0)
        counts_out = {"before": 0, "after": 0}
        mine = by_doc.get(doc.doc_id, d.iloc[0:0])
        for date in pd.to_datetime(mine["date"]):
            if date.year < start:
                counts_out["before"] += 1
            elif date.year > end:
                counts_out["after"] += 1
            else:
                counts[_bin_label(date, freq)] += 1
        for label, n in counts.items():
            rows.append((doc.doc_id, label, n))
        for label, n in counts_out.items():
            if n:
                rows.append((doc.doc_id, label, n))
    return pd.DataFrame(rows, columns=["doc_id", "bin", "n"])


def deadline_summary(corpus) -> pd.DataFrame:
    """One row per plan: how its deadlines are spread.

    Out columns: doc_id, n_deadlines, n_clause, n_text, n_date, n_date_then_ongoing,
    n_ongoing, n_recurring, n_relative, share_ongoing (ongoing incl. date-then-ongoing),
    share_recurring, share_first_year (of dated deadlines, the share falling in the
    first calendar year of the plan period: front-loading; missing when the
    plan has no readable period or no dated deadline), median_date, has_period.
    """
    d = corpus.deadlines
    dated_rows = d["kind"].isin(DATED_KINDS) & d["date"].notna()
    dates = pd.Series(pd.NaT, index=d.index, dtype="datetime64[ns]")
    dates[dated_rows] = pd.to_datetime(d.loc[dated_rows, "date"])
    per: dict[str, dict] = {}  # one pass over the deadlines, not a scan per plan
    for doc_id, kind, source, dated, date in zip(d["doc_id"], d["kind"], d["source"], dated_rows, dates):
        rec = per.setdefault(doc_id, {"n": 0, "kinds": {}, "sources": {}, "dated": []})
        rec["n"] += 1
        rec["kinds"][kind] = rec["kinds"].get(kind, 0) + 1
        rec["sources"][source] = rec["sources"].get(source, 0) + 1
        if dated:
            rec["dated"].append(date)
    rows = []
    for doc in _plans(corpus).itertuples():
        rec = per.get(doc.doc_id, {"n": 0, "kinds": {}, "sources": {}, "dated": []})
        n, kinds, dated = rec["n"], rec["kinds"], sorted(rec["dated"])
        period = plan_period(doc)
        first_year = float(np.mean([t.year == period[0] for t in dated])) if dated and period else np.nan
        ongoing = int(kinds.get("ongoing", 0)) + int(kinds.get("date_then_ongoing", 0))
        rows.append({
            "doc_id": doc.doc_id,
            "n_deadlines": n,
            "n_clause": int(rec["sources"].get("clause", 0)),
            "n_text": int(rec["sources"].get("text", 0)),
            "n_date": int(kinds.get("date", 0)),
            "n_date_then_ongoing": int(kinds.get("date_then_ongoing", 0)),
            "n_ongoing": int(kinds.get("ongoing", 0)),
            "n_recurring": int(kinds.get("recurring", 0)),
            "n_relative": int(kinds.get("relative", 0)),
            "share_ongoing": round(ongoing / n, 4) if n else np.nan,
            "share_recurring": round(int(kinds.get("recurring", 0)) / n, 4) if n else np.nan,
            "share_first_year": round(first_year, 4) if not np.isnan(first_year) else np.nan,
            "median_date": dated[(len(dated) - 1) // 2].date().isoformat() if dated else None,
            "has_period": period is not None,
        })
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)


def _clause_frame(corpus, doc_id: str) -> pd.DataFrame:
    c = corpus.clauses[corpus.clauses["doc_id"] == doc_id].merge(
        corpus.tasks[["doc_id", "task_seq", "task_no", "title"]], on=["doc_id", "task_seq"])
    return c.reset_index(drop=True)


def deadline_localization(corpus, doc_a: str, doc_b: str, tokenizer: Tokenizer | None = None,
                          threshold: float = 0.35) -> pd.DataFrame:
    """Clause-by-clause comparison of the 完成时限 of two plans implementing the same tasks.

    Every clause of ``doc_b`` is matched to its most similar clause of
    ``doc_a`` (TF-IDF cosine of title + clause text, fitted on both plans);
    pairs at or above ``threshold`` are compared.

    Out columns: a_task_no, a_title, a_deadline, a_date, b_task_no, b_title,
    b_deadline, b_date, score, days (b − a, for two dates), change: ``same``,
    ``tighter`` (b earlier), ``looser`` (b later), ``dated→ongoing``,
    ``ongoing→dated`` or ``other``. Sorted by a's task then b's task.
    """
    tokenizer = tokenizer or load_tokenizer()
    a, b = _clause_frame(corpus, doc_a), _clause_frame(corpus, doc_b)
    if a.empty or b.empty:  # a plan not in the corpus, or without clauses: nothing to compare
        return pd.DataFrame(columns=LOCALIZATION_COLUMNS)
    texts = task_texts(a) + task_texts(b)
    X, _ = tfidf_matrix(texts, tokenizer)
    sim = (X[len(a):] @ X[:len(a)].T).toarray()
    rows = []
    for j in range(len(b)):
        i = int(np.argmax(sim[j]))
        score = float(sim[j, i])
        if score < threshold:
            continue
        ra, rb = a.iloc[i], b.iloc[j]
        da = pd.Timestamp(ra["deadline_date"]) if isinstance(ra["deadline_date"], str) else None
        db = pd.Timestamp(rb["deadline_date"]) if isinstance(rb["deadline_date"], str) else None
        ka, kb = ra["deadline_kind"], rb["deadline_kind"]
        days = (db - da).days if (da is not None and db is not None) else None
        if days is not None:
            change = "same" if days == 0 else ("tighter" if days < 0 else "looser")
        elif ka == kb and ka is not None and not pd.isna(ka):
            change = "same"
        elif da is not None and kb == "ongoing":
            change = "dated→ongoing"
        elif ka == "ongoing" and db is not None:
            change = "ongoing→dated"
        else:
            change = "other"
        rows.append({
            "a_task_no": ra["task_no"], "a_title": ra["title"], "a_deadline": ra["deadline_raw"],
            "a_date": ra["deadline_date"], "b_task_no": rb["task_no"], "b_title": rb["title"],
            "b_deadline": rb["deadline_raw"], "b_date": rb["deadline_date"], "score": round(score, 3),
            "days": days, "change": change, "_a": i, "_b": j,
        })
    out = pd.DataFrame(rows)
    if out.empty:
        return pd.DataFrame(columns=LOCALIZATION_COLUMNS)
    return out.sort_values(["_a", "_b"]).drop(columns=["_a", "_b"]).reset_index(drop=True)


def training_profile(corpus) -> pd.DataFrame:
    """Every training requirement with its document's metadata, normalized per year.

    Out columns: doc_id, level, kind, task_seq, audience, hours_per_year,
    times_per_year, text. Sorted by document order then task.
    """
    docs = corpus.documents[["doc_id", "level", "kind"]]
    t = corpus.training.merge(docs, on="doc_id", how="left")
    order = {d: i for i, d in enumerate(corpus.documents["doc_id"])}
    t = t.assign(_o=t["doc_id"].map(order)).sort_values(["_o", "task_seq"], kind="stable").drop(columns="_o")
    return t[["doc_id", "level", "kind", "task_seq", "audience", "hours_per_year", "times_per_year", "text"]].reset_index(drop=True)


def report_against_plan(corpus, report: str, plan: str) -> pd.DataFrame:
    """What a progress report says was achieved against what a plan required, by audience.

    Out columns: audience, measure (hours_per_year / times_per_year), required
    (the plan's highest requirement for that audience), achieved (the report's
    figure), ratio (achieved / required).
    """
    t = corpus.training
    rows = []
    for measure in ("hours_per_year", "times_per_year"):
        req = t[(t["doc_id"] == plan) & t[measure].notna()].groupby("audience")[measure].max()
        got = t[(t["doc_id"] == report) & t[measure].notna()].groupby("audience")[measure].max()
        for audience in sorted(set(req.index) | set(got.index)):
            r = float(req.get(audience, np.nan))
            g = float(got.get(audience, np.nan))
            rows.append({"audience": audience, "measure": measure, "required": r, "achieved": g,
                         "ratio": round(g / r, 3) if r and not np.isnan(r) and not np.isnan(g) else np.nan})
    return pd.DataFrame(rows, columns=REPORT_COLUMNS)


def responsibility(corpus) -> pd.DataFrame:
    """Which units carry how many tasks, clauses and dated deadlines in each plan.

    Out columns: doc_id, unit, n_tasks, n_clauses, n_dated_deadlines, via_alias
    (the alias names the unit was reached through, ``" | "``-joined, or empty).
    Sorted by document, then n_tasks descending, then unit.
    """
    u = corpus.units
    if u.empty:
        return pd.DataFrame(columns=["doc_id", "unit", "n_tasks", "n_clauses", "n_dated_deadlines", "via_alias"])
    c = corpus.clauses[["doc_id", "task_seq", "clause_seq", "deadline_kind"]]
    m = u.merge(c, on=["doc_id", "task_seq", "clause_seq"], how="left")
    m["dated"] = m["deadline_kind"].isin(DATED_KINDS)
    g = m.groupby(["doc_id", "unit"], sort=False)
    out = pd.DataFrame({
        "n_tasks": g["task_seq"].nunique(),
        "n_clauses": g.size(),
        "n_dated_deadlines": g["dated"].sum().astype(int),
        "via_alias": g["via_alias"].agg(lambda s: " | ".join(sorted({v for v in s if isinstance(v, str) and v}))),
    }).reset_index()
    order = {d: i for i, d in enumerate(corpus.documents["doc_id"])}
    out["_o"] = out["doc_id"].map(order)
    out = out.sort_values(["_o", "n_tasks", "unit"], ascending=[True, False, True], kind="stable")
    return out.drop(columns="_o").reset_index(drop=True)


def corpus_overview(corpus) -> pd.DataFrame:
    """One row per document: what it is and how much the parser found in it.

    Out columns: doc_id, level, kind, programme, period, script, n_tasks,
    n_clauses, n_deadlines, n_units, n_training, n_targets, n_citations,
    n_repairs, n_warnings.
    """
    docs = corpus.documents
    out = docs[["doc_id", "level", "kind", "programme"]].copy()
    for col in ("level", "kind"):  # not read from the text (and no manifest row): said so, not guessed
        out[col] = out[col].fillna("").replace("", "unknown")
    periods = [plan_period(d) for d in docs.itertuples()]
    out["period"] = [f"{p[0]}–{p[1]}" if p else "missing" for p in periods]
    out["script"] = docs["script"]
    for name in ("tasks", "clauses", "deadlines", "units", "training", "targets", "citations"):
        counts = getattr(corpus, name).groupby("doc_id").size()
        out[f"n_{name}"] = out["doc_id"].map(counts).fillna(0).astype(int)
    out["n_repairs"] = docs["n_repairs"].astype(int)
    out["n_warnings"] = docs["n_warnings"].astype(int)
    return out.reset_index(drop=True)


def repair_counts(corpus) -> pd.DataFrame:
    """Repairs per document (rows) and kind (columns), zero-filled; documents in corpus order."""
    r = corpus.repairs
    docs = list(corpus.documents["doc_id"])
    if r.empty:
        return pd.DataFrame(index=pd.Index(docs, name="doc_id"))
    table = r.groupby(["doc_id", "kind"]).size().unstack(fill_value=0).reindex(docs, fill_value=0)
    table.columns.name = None
    return table.astype(int)


def by_level(table: pd.DataFrame, corpus, column: str = "doc_id") -> pd.DataFrame:
    """A per-document table summarised by level and kind (for a corpus too large to read row by row).

    In: a table with a ``column`` of doc_ids (or that index) and numeric columns; the corpus (levels and
    kinds of its documents). Out: one row per level and kind present (level order: national, provincial,
    municipal, county, then documents of no level): ``documents``, then each count column (``n_…``)
    summed and each other numeric column's median.
    """
    from ..parse.metadata import LEVELS

    t = table.reset_index() if column not in table.columns else table
    docs = corpus.documents[["doc_id", "level", "kind"]].rename(columns={"doc_id": column})
    t = t.merge(docs, on=column, how="left", suffixes=("_table", ""))
    t["level"] = t["level"].fillna("").replace("", "unknown")
    numeric = [c for c in t.columns if c not in (column, "level", "kind") and pd.api.types.is_numeric_dtype(t[c])
               and not pd.api.types.is_bool_dtype(t[c])]
    agg = {"documents": (column, "nunique")}
    agg.update({c: (c, "sum" if c.startswith("n_") else "median") for c in numeric})
    out = t.groupby(["level", "kind"], sort=False).agg(**agg)
    order = {lvl: k for k, lvl in enumerate([*LEVELS, "unknown"])}
    out = out.reset_index()
    out = out.sort_values(["level", "kind"], key=lambda s: s.map(order) if s.name == "level" else s, kind="stable")
    return out.set_index(["level", "kind"])


UNCERTAIN_COLUMNS = ["doc_id", "field", "value", "source", "text_value", "rule", "line", "note"]


def uncertain_metadata(corpus) -> pd.DataFrame:
    """The metadata read from a text with low confidence, for a researcher to check.

    Out: one row per field whose text reading is of low confidence (see
    :mod:`analysis.parse.confidence`): the value used and its source (``text``, or ``manifest``
    when the manifest overrides the doubtful reading), the text's value, the rule, the
    source line and, for a value the text alone gave, what was seen (from its
    ``metadata_uncertain`` warning). Columns :data:`UNCERTAIN_COLUMNS`; corpus order.
    """
    meta = corpus.metadata
    low = meta[meta["confidence"] == "low"].copy()
    w = corpus.warnings[corpus.warnings["kind"] == "metadata_uncertain"]
    notes = {}
    for r in w.itertuples():
        field = r.message.split(" ", 1)[0]
        for name in field.split("/"):
            notes[(r.doc_id, name)] = r.message.split(" is uncertain: ", 1)[-1]
    low["note"] = [notes.get((d, f), "") for d, f in zip(low["doc_id"], low["field"])]
    return low[UNCERTAIN_COLUMNS].reset_index(drop=True)
