"""Pairs worth comparing in a corpus, chosen from the corpus itself: plans with their parent
(or with a sibling, or the two most alike), and reports with the plan they report on.

In: a ``Corpus``. Out: the pairs of doc_ids and a phrase saying how they were chosen (the
settings, :mod:`analysis.settings`, print it beside the pairs they use).
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .documents import manifest_rows, region_zh

__all__ = ["MAX_DEFAULT_PAIRS", "default_pairs", "default_report_plan"]

#: At most this many pairs are chosen by default.
MAX_DEFAULT_PAIRS = 6

_LEVEL_RANK = {"national": 0, "provincial": 1, "municipal": 2, "county": 3}


def _higher_first(docs: pd.DataFrame, a: str, b: str) -> tuple[str, str]:
    """(higher level or, at one level, earlier issued, first; then corpus order)."""
    row = docs.set_index("doc_id")
    ra, rb = row.loc[a], row.loc[b]
    key = lambda r, d: (_LEVEL_RANK.get(r["level"], 9), str(r["issue_date"] or "9999"))  # noqa: E731
    return (a, b) if key(ra, a) <= key(rb, b) else (b, a)


def _most_similar_plans(corpus, tokenizer=None) -> tuple[str, str, float] | None:
    from . import similarity

    docs = corpus.documents
    plans = [d for d in docs.loc[docs["kind"] == "plan", "doc_id"]]
    texts = similarity.document_texts(corpus.tasks, plans)
    plans = [d for d in plans if texts[d].strip()]
    if len(plans) < 2:
        return None
    tokenizer = tokenizer or similarity.load_tokenizer()
    try:
        X, _ = similarity.tfidf_matrix([texts[d] for d in plans], tokenizer)
    except ValueError:  # no plan has a token
        return None
    S = (X @ X.T).toarray()
    np.fill_diagonal(S, -1.0)
    i, j = np.unravel_index(int(np.argmax(S)), S.shape)  # the first maximum in corpus order
    i, j = min(i, j), max(i, j)
    return plans[i], plans[j], float(S[i, j])


def default_pairs(corpus, tokenizer=None, limit: int = MAX_DEFAULT_PAIRS) -> tuple[list[tuple[str, str]], str]:
    """Pairs of plans worth aligning in ``corpus``, and how they were chosen (a phrase).

    Each plan with its parent in the corpus (:func:`analysis.compare.lineage.build_lineage`: the
    manifest's parent or a cited 文号/title); then two plans implementing the same parent
    outside the corpus (earlier first); else the most similar two plans by TF-IDF cosine of
    their tasks. At most ``limit`` pairs; the phrase says how many more there were.
    """
    from .lineage import build_lineage

    docs = corpus.documents
    kind = dict(zip(docs["doc_id"], docs["kind"]))
    has_tasks = set(corpus.tasks["doc_id"])
    usable = lambda d: kind.get(d) == "plan" and d in has_tasks  # noqa: E731
    lin = build_lineage(corpus)
    found: list[tuple[str, str]] = []
    for e in lin.edges.itertuples():
        if usable(e.child) and usable(e.parent):
            found.append((e.parent, e.child))
    how = "each plan with its parent in the corpus"
    external = set(lin.nodes.loc[lin.nodes["external"], "node"])
    siblings = [_higher_first(docs, s.doc_a, s.doc_b) for s in lin.siblings.itertuples()
                if s.parent in external and usable(s.doc_a) and usable(s.doc_b)]
    if siblings:
        how = (how + "; then " if found else "") + "plans implementing one document outside the corpus"
    found += [p for p in siblings if p not in found and p[::-1] not in found]
    if not found:
        best = _most_similar_plans(corpus, tokenizer)
        if best is None:
            return [], "no two plans with tasks to compare"
        a, b, score = best
        return [_higher_first(docs, a, b)], f"the most similar two plans (TF-IDF cosine {score:.2f})"
    found = list(dict.fromkeys(found))
    more = len(found) - limit
    return found[:limit], how + (f" (the first {limit} of {len(found)})" if more > 0 else "")


def _region(row: dict, manifest_row: dict) -> str:
    info = {**row, **{k: v for k, v in manifest_row.items() if str(v or "").strip()}}
    return region_zh(info)


def _year(value) -> int | None:
    m = re.match(r"(\d{4})", str(value or ""))
    return int(m.group(1)) if m else None


def default_report_plan(corpus, limit: int = MAX_DEFAULT_PAIRS) -> tuple[list[tuple[str, str]], str]:
    """Each report with the plan it reports on, and how they were chosen (a phrase).

    The plan the manifest names as the report's parent (by doc_id, 文号 or title) when it
    is in the corpus; else the plan of the same region whose period covers the report's
    year (its period start, else its issue year), the latest such plan first. At most
    ``limit`` pairs (reports in corpus order); the phrase says how many more there were.
    """
    from .lineage import build_lineage

    docs = corpus.documents
    rows = manifest_rows(corpus)
    plans = docs[docs["kind"] == "plan"].to_dict("records")
    lin = build_lineage(corpus)
    parent_of: dict[str, list[str]] = {}
    for e in lin.edges.itertuples():
        parent_of.setdefault(e.child, []).append(e.parent)
    plan_ids = {p["doc_id"] for p in plans}
    out: list[tuple[str, str]] = []
    for rep in docs[docs["kind"] == "report"].to_dict("records"):
        named = [p for p in parent_of.get(rep["doc_id"], []) if p in plan_ids]
        if named:
            out.append((rep["doc_id"], named[0]))
            continue
        region = _region(rep, rows.get(rep["doc_id"], {}))
        year = _year(rep.get("period_start")) or _year(rep.get("issue_date"))
        if not region or year is None:
            continue
        covering = []
        for p in plans:
            start, end = _year(p.get("period_start")), _year(p.get("period_end"))
            if start is None or end is None or not start <= year <= end:
                continue
            if _region(p, rows.get(p["doc_id"], {})) == region:
                covering.append((-start, p["doc_id"]))
        if covering:
            out.append((rep["doc_id"], sorted(covering)[0][1]))
    how = "each report with its parent plan, else the plan of its region whose period covers it"
    return out[:limit], how + (f" (the first {limit} of {len(out)})" if len(out) > limit else "")
