"""The findings sentences that close each notebook, computed from the tables of the corpus given.

Each function takes what its notebook already computed (and the labels of
:func:`analysis.figures.labels.doc_labels`) and returns Markdown text. Nothing here names a
document of any particular corpus, nor the corpus itself (its ``corpus_title`` does): which
documents are compared (the pairs, the report and its plan) comes from the settings
(:mod:`analysis.settings`), every number and every example (a recurring deadline, a
frequency, an alias) from the tables, and a sentence whose facts the corpus lacks is left
out or says what is missing. Past a handful of
documents (``focus`` given and more than :data:`PER_DOCUMENT_MAX` documents) the
sentences that list documents one by one list the focus documents and summarise the rest.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .lineage import build_lineage

__all__ = ["corpus_findings", "coverage_findings", "deadline_findings", "training_findings", "similarity_findings",
           "responsibility_findings", "reuse_findings", "progress_findings", "frequency_phrase", "PER_DOCUMENT_MAX"]

#: Up to this many documents, sentences go through them one by one.
PER_DOCUMENT_MAX = 8
_LEVEL_WORD = {"national": "national", "provincial": "provincial", "municipal": "municipal", "county": "county"}


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _names(items: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


def _chosen(doc_ids: list[str], focus: list[str] | None) -> tuple[list[str], int]:
    """The documents a sentence lists one by one, and how many it leaves out: all of them up to
    :data:`PER_DOCUMENT_MAX`, else the focus documents among them."""
    if len(doc_ids) <= PER_DOCUMENT_MAX or focus is None:
        return list(doc_ids), 0
    keep = [d for d in doc_ids if d in set(focus)]
    return keep, len(doc_ids) - len(keep)


def frequency_phrase(times_per_year: float) -> str:
    """4 → "quarterly", 12 → "monthly", 1 → "yearly", 2 → "twice a year", else "n times a year"."""
    words = {1: "yearly", 2: "twice a year", 4: "quarterly", 12: "monthly", 52: "weekly"}
    return words.get(int(times_per_year), f"{times_per_year:g} times a year") if float(times_per_year).is_integer() \
        else f"{times_per_year:g} times a year"


# --------------------------------------------------------------------------- 01 corpus

def _external_parent(node: pd.Series) -> str:
    """An external document as a sentence names it: ``the 2021 national document 交办法〔2021〕5号``."""
    year = next(iter(re.findall(r"(?:19|20)\d\d", f"{node['doc_number']} {node['title']}")), "")
    level = _LEVEL_WORD.get(str(node["level"] or ""), "")
    words = " ".join(w for w in (year, level) if w)
    return f"the {words + ' ' if words else ''}document {node['doc_number'] or node['title']}"


def corpus_findings(corpus, labels: dict[str, str], focus: list[str] | None = None, title=None) -> str:
    """Notebook 01: the corpus's name, size, scripts, repairs, mojibake, lineage
    (:func:`analysis.compare.lineage.build_lineage` without reuse: the documents the manifest or the
    plans' own citations name as parents). ``title``: a :class:`~analysis.compare.corpus_title.CorpusTitle`
    (its English name, unless that is the neutral "the corpus (N documents)"); ``None``: not named."""
    docs = corpus.documents
    n_docs, n_plans = len(docs), int((docs["kind"] == "plan").sum())
    n_reports = int((docs["kind"] == "report").sum())
    n_other = int((docs["kind"] == "other").sum())
    n_unknown = n_docs - n_plans - n_reports - n_other  # kind not read: counted as what it is, unknown
    kinds = f"{_plural(n_plans, 'plan')}, {_plural(n_reports, 'report')}"
    kinds += f", {n_other} other" if n_other else ""
    kinds += f", {n_unknown} of unknown kind" if n_unknown else ""
    name = f", *{title.en}*," if title is not None and title.named_en else ""
    text = (f"The corpus{name} holds **{_plural(n_docs, 'document')}** ({kinds}) with "
            f"**{_plural(len(corpus.tasks), 'task')}** and **{_plural(len(corpus.clauses), 'clause')}**. ")
    trad_ids = list(docs.loc[docs["script"] != "simplified", "doc_id"])
    shown, rest = _chosen(trad_ids, focus)
    if trad_ids:
        names = [labels[d] for d in shown] + ([f"{rest} more"] if rest else [])
        text += f"{', '.join(names)} {'was' if len(trad_ids) == 1 else 'were'} written in traditional characters and converted. "
    breaks = corpus.repairs[corpus.repairs["kind"] == "page_break"]
    if len(breaks):
        n_with = breaks["doc_id"].nunique()
        text += (f"{'The PDF-extracted' if n_with == 1 else f'{n_with} PDF-extracted'} "
                 f"{'plan' if n_with == 1 else 'documents'} needed **{_plural(len(breaks), 'page-break repair')}**; ")
    moj = int((corpus.warnings["kind"] == "mojibake").sum())
    text += (f"{moj} stretch(es) of mojibake were flagged and left as they are. " if moj
             else "No mojibake was found. ")
    lin = build_lineage(corpus)  # manifest parents and cited documents; reuse is notebook 07's
    parents = lin.nodes[lin.nodes["node"].isin(set(lin.edges["parent"]))]
    in_corpus = int((~parents["external"]).sum())
    if parents.empty:
        return text + "No plan names or cites a document it implements."
    text += (f"The plans name **{len(parents)}** document{'s' if len(parents) != 1 else ''} they implement (the "
             f"manifest's parent, or a 文号 or title their text cites); **{in_corpus}** of them "
             f"{'is' if in_corpus == 1 else 'are'} in the corpus")
    return text + _sibling_sentence(lin, labels) + "."


def _sibling_sentence(lin, labels: dict[str, str]) -> str:
    """The external parent implemented by most documents of the corpus, when two or more implement it."""
    s = lin.siblings
    nodes = lin.nodes.set_index("node")
    external = s[s["parent"].map(lambda p: bool(nodes.loc[p, "external"]) if p in nodes.index else False)]
    if external.empty:
        return ""
    children = {p: list(dict.fromkeys(list(g["doc_a"]) + list(g["doc_b"]))) for p, g in external.groupby("parent", sort=False)}
    parent = max(children, key=lambda p: len(children[p]))  # the first of the largest groups
    kids = children[parent]
    named = _names([labels[d] for d in kids]) if len(kids) <= PER_DOCUMENT_MAX else f"{len(kids)} documents"
    more = len(children) - 1
    return (f": {_external_parent(nodes.loc[parent])}, which {named} implement, is cited but not included, so "
            f"{'those two' if len(kids) == 2 else 'they'} are compared as siblings"
            + (f" ({_plural(more, 'other parent')} outside the corpus {'has' if more == 1 else 'have'} siblings too)"
               if more else ""))


# --------------------------------------------------------------------------- 02 coverage

def coverage_findings(corpus, codebook: pd.DataFrame, matrix: pd.DataFrame, uncovered: pd.DataFrame,
                      alignments: dict[tuple[str, str], pd.DataFrame], threshold: float,
                      labels: dict[str, str]) -> str:
    """Notebook 02: themes touched by some / all documents; each aligned pair: tasks taken up, added, dropped."""
    label_zh = dict(zip(codebook["category"], codebook["label_zh"]))
    with_tasks = corpus.tasks["doc_id"].nunique()
    if with_tasks == 0:
        text = f"No document has tasks, so none of the {len(codebook)} codebook themes can be coded. "
    else:
        none = uncovered.loc[uncovered["covered_by_none"], "category"].tolist()
        everywhere = len(codebook) - len(uncovered)
        text = (f"Of {len(codebook)} codebook themes, {len(codebook) - len(none)} are touched by at least one document and "
                f"{everywhere} by all {matrix.shape[1]}"
                + (f"; none covers {', '.join(label_zh[c] for c in none)}" if none else "") + ". ")
    programme = dict(zip(corpus.documents["doc_id"], corpus.documents["programme"].fillna("")))
    for (source, target), a in alignments.items():
        s = a["status"].value_counts()
        src, tgt = labels[source], labels[target]
        n_target = int(s.get("taken_up", 0) + s.get("added", 0))
        if n_target == 0 or int((corpus.tasks["doc_id"] == source).sum()) == 0:
            empty = [labels[d] for d in (source, target) if not (corpus.tasks["doc_id"] == d).any()]
            text += f"{src} and {tgt} were not aligned: {_names(empty)} {'has' if len(empty) == 1 else 'have'} no tasks. "
            continue
        text += (f"At a threshold of {threshold}, {int(s.get('taken_up', 0))} of {tgt}'s {n_target} tasks match a task "
                 f"of {src} and {int(s.get('added', 0))} are its own; {int(s.get('dropped', 0))} task(s) of {src} "
                 f"find no match")
        pa, pb = programme.get(source, ""), programme.get(target, "")
        if pa and pb and pa != pb:
            text += f" (the two belong to different programmes: {pa} and {pb})"
        text += ". "
    return text.strip()


# --------------------------------------------------------------------------- 03 deadlines

def deadline_findings(summary: pd.DataFrame, localizations: dict[tuple[str, str], pd.DataFrame],
                      labels: dict[str, str], deadlines: pd.DataFrame | None = None,
                      focus: list[str] | None = None) -> str:
    """Notebook 03: dated and ongoing shares, front-loading, the localization of each compared pair,
    recurring deadlines with an example from the text."""
    s = summary.set_index("doc_id")
    if s.empty:
        return "The corpus holds no plan, so no deadline is summarised."
    with_any = s[s["n_deadlines"] > 0]
    dated_all = int((s["n_date"] + s["n_date_then_ongoing"]).sum())
    silent = len(s) - len(with_any)
    text = (f"The {_plural(len(s), 'plan')} state {_plural(int(s['n_deadlines'].sum()), 'deadline')}, "
            f"{dated_all} of them dated" + (f"; {_plural(silent, 'plan')} state{'s' if silent == 1 else ''} none" if silent
                                            else "") + ". ")
    shown, rest = _chosen(list(with_any.index), focus)
    per = [f"{labels[d]} dates {int(with_any.loc[d, 'n_date'] + with_any.loc[d, 'n_date_then_ongoing'])} of its "
           f"{int(with_any.loc[d, 'n_deadlines'])} and leaves {with_any.loc[d, 'share_ongoing']:.0%} ongoing" for d in shown]
    if per:
        text += "; ".join(per) + (f" ({rest} more plans in the table above)" if rest else "") + ". "
    front = s.dropna(subset=["share_first_year"])
    front = front[front["share_first_year"].notna() & ((front["n_date"] + front["n_date_then_ongoing"]) > 0)]
    no_period = int((~s["has_period"].astype(bool)).sum())
    if len(front) >= 2:
        hi = front["share_first_year"].idxmax()
        lo = front["share_first_year"].idxmin()
        n = lambda d: int(front.loc[d, "n_date"] + front.loc[d, "n_date_then_ongoing"])  # noqa: E731
        text += (f"{labels[hi]} front-loads most: {front.loc[hi, 'share_first_year']:.0%} of its {n(hi)} dated deadlines "
                 f"fall in its first year, against {front.loc[lo, 'share_first_year']:.0%} of the {n(lo)} of {labels[lo]}. ")
    elif len(front) == 1:
        d = front.index[0]
        n = int(front.loc[d, "n_date"] + front.loc[d, "n_date_then_ongoing"])
        text += f"{front.loc[d, 'share_first_year']:.0%} of {labels[d]}'s {n} dated deadlines fall in its first year. "
    if no_period:
        text += (f"{_plural(no_period, 'plan')} state{'s' if no_period == 1 else ''} no period, so {'its' if no_period == 1 else 'their'} "
                 f"deadlines are counted but not placed in time. ")
    for (a, b), loc in localizations.items():
        if loc.empty:
            text += f"No clause of {labels[b]} matches a clause of {labels[a]} closely enough to compare deadlines. "
            continue
        c = loc["change"].value_counts()
        kind = len(loc) - int(c.get("same", 0) + c.get("looser", 0) + c.get("tighter", 0))
        text += (f"Of {_plural(len(loc), 'matched clause pair')} of {labels[a]} and {labels[b]}, {int(c.get('same', 0))} "
                 f"keep the same deadline, {int(c.get('looser', 0))} are later in {labels[b]} and "
                 f"{int(c.get('tighter', 0))} earlier" + (f"; in {kind} the kind of deadline changes (dated, ongoing …)"
                                                          if kind else "") + ". ")
    rec = s[s["n_recurring"] > 0]
    if len(rec):
        top = rec["n_recurring"].idxmax()
        example = ""
        if deadlines is not None:
            raw = deadlines.loc[(deadlines["doc_id"] == top) & (deadlines["kind"] == "recurring"), "raw"]
            examples = list(dict.fromkeys(str(r) for r in raw))[:2]
            example = f" ({', '.join(examples)} …)" if examples else ""
        text += (f"Recurring deadlines appear in {_plural(len(rec), 'plan')}, most in {labels[top]}: "
                 f"{int(rec.loc[top, 'n_recurring'])}{example}.")
    return text.strip()


# --------------------------------------------------------------------------- 04 training

#: English words for the usual audiences in a sentence; any other audience is named as the plans name it.
_AUDIENCE_WORDS = {"执法人员": "all officers (执法人员)", "全体人员": "all staff (全体人员)"}
_NOT_STAFF = {"领导班子成员", "未写明"}


def _staff_audience(training: pd.DataFrame) -> str | None:
    """The staff audience most documents state annual hours for (not the leadership, not 未写明); a tie:
    the first in the table's order."""
    hours = training.dropna(subset=["hours_per_year"])
    hours = hours[~hours["audience"].isin(_NOT_STAFF)]
    if hours.empty:
        return None
    docs = hours.groupby("audience", sort=False)["doc_id"].nunique()
    return str(docs.idxmax())


def training_findings(training: pd.DataFrame, report_vs_plan: dict[tuple[str, str], pd.DataFrame],
                      labels: dict[str, str], focus: list[str] | None = None) -> str:
    """Notebook 04: annual hours for the staff most documents set them for, leadership study and its
    usual frequency, each report against its plan."""
    staff = _staff_audience(training)
    who = _AUDIENCE_WORDS.get(staff, staff) if staff else "any staff"
    hours = training[training["audience"] == staff].dropna(subset=["hours_per_year"])
    h = hours.groupby("doc_id", sort=False)["hours_per_year"].max()
    shown, rest = _chosen(list(h.index), focus)
    if h.empty:
        text = "No document states annual study hours for its staff. "
    else:
        text = f"Annual hours for {who}: " + "; ".join(f"{labels[d]} {h[d]:g}" for d in shown)
        if rest:
            text += (f"{'; ' if shown else ''}{rest} more documents (median {h.median():g}, "
                     f"range {h.min():g}–{h.max():g})")
        text += ". "
    lead = training[(training["audience"] == "领导班子成员") & training["times_per_year"].notna()]
    if lead.empty:
        text += "No document sets how often the leadership studies. "
    else:
        counts = lead["times_per_year"].astype(float).value_counts()
        usual = counts.index[counts.to_numpy() == counts.max()].min()  # the most frequent; a tie: the rarer rhythm
        text += (f"Leadership study is set in {_plural(lead['doc_id'].nunique(), 'document')}, most often "
                 f"{frequency_phrase(usual)} ({int(counts.max())} of {_plural(len(lead), 'requirement')}: "
                 f"{usual:g} sessions a year). ")
    for (report, plan), vs in report_vs_plan.items():
        hrs = vs[vs["measure"] == "hours_per_year"].dropna(subset=["required", "achieved"])
        hrs = hrs[hrs["audience"] == staff] if (hrs["audience"] == staff).any() else hrs
        if len(hrs):
            r = hrs.iloc[0]
            text += (f"{labels[report]} states {r.achieved:g} hours of study for {_AUDIENCE_WORDS.get(r.audience, r.audience)} "
                     f"against the {r.required:g} required by {labels[plan]} (ratio {r.ratio:.2f}). ")
        else:
            text += (f"{labels[report]} and {labels[plan]} do not both state annual hours for the same audience, so "
                     f"they are not compared. ")
    return text.strip()


# --------------------------------------------------------------------------- 05 similarity

def similarity_findings(sim: pd.DataFrame, terms: pd.DataFrame, nearest: pd.DataFrame, labels: dict[str, str],
                        focus: list[str] | None = None) -> str:
    """Notebook 05: the most and least similar pair, distinctive terms, task counterparts.

    ``sim``: document × document cosine, indexed and labelled by doc_id (documents with task text)."""
    ids = list(sim.index)
    text = ""
    if len(ids) == 2:
        text += f"The two documents' cosine is {sim.iloc[0, 1]:.2f}. "
    elif len(ids) > 2:
        m = sim.to_numpy(dtype=float)
        iu = np.triu_indices(len(ids), 1)
        vals = m[iu]
        best, worst = int(np.argmax(vals)), int(np.argmin(vals))  # first in corpus order on a tie
        pair = lambda k: (labels[ids[iu[0][k]]], labels[ids[iu[1][k]]])  # noqa: E731
        if vals[best] == vals[worst]:
            text += f"Every pair of the {len(ids)} documents has the same cosine ({vals[best]:.2f}). "
        else:
            text += (f"The most similar pair is {pair(best)[0]} and {pair(best)[1]} (cosine {vals[best]:.2f}); the "
                     f"least similar is {pair(worst)[0]} and {pair(worst)[1]} ({vals[worst]:.2f})"
                     + (f"; the median of the {len(vals):,} pairs is {np.median(vals):.2f}" if len(ids) > PER_DOCUMENT_MAX
                        else "") + ". ")
    else:
        text += "Fewer than two documents have task text, so no two are compared. "
    top_terms = terms[terms["rank"] == 1].set_index("doc_id")["term"]
    shown, rest = _chosen(list(top_terms.index), focus)
    if shown:
        text += ("Each document's most distinctive term: " if not rest else "The most distinctive term of each focus "
                 "document: ") + "; ".join(f"{labels[d]} — {top_terms[d]}" for d in shown) + ". "
    if len(nearest):
        text += (f"{int((nearest['score'] >= 0.5).sum())} of {len(nearest)} tasks have a counterpart in another document "
                 f"at cosine ≥ 0.5.")
    return text.strip()


# --------------------------------------------------------------------------- 06 responsibility

def responsibility_findings(corpus, resp: pd.DataFrame, labels: dict[str, str], focus: list[str] | None = None) -> str:
    """Notebook 06: the units carrying most tasks per document, units reached through an alias, plans
    naming no unit."""
    top = resp[resp["n_tasks"] == resp.groupby("doc_id", sort=False)["n_tasks"].transform("max")]
    leaders = {d: g for d, g in top.groupby("doc_id", sort=False)}
    shown, rest = _chosen(list(leaders), focus)
    plans = corpus.documents.loc[corpus.documents["kind"] == "plan", "doc_id"]
    named = set(resp["doc_id"])  # once, not once per plan (3,000 plans × 39,217 rows: a minute)
    none = [d for d in plans if d not in named]
    n_tasks = corpus.tasks.groupby("doc_id").size()
    text = ""
    if shown:
        text += "The units carrying most tasks: " + "; ".join(
            f"{labels[d]} — " + ", ".join(leaders[d]["unit"]) + f" ({leaders[d]['n_tasks'].iloc[0]} of "
            f"{int(n_tasks.get(d, 0))} tasks each)" for d in shown) + (f"; {rest} more documents in the table" if rest
                                                                     else "") + ". "
    elif resp.empty:
        text += "No document names a responsible unit. "
    aliased = resp[resp["via_alias"] != ""]
    for d, g in aliased.groupby("doc_id", sort=False):
        if d not in shown:
            continue
        aliases = sorted({a for v in g["via_alias"] for a in str(v).split(" | ") if a})
        text += (f"In {labels[d]}, {_plural(len(g), 'unit')} {'is' if len(g) == 1 else 'are'} reached through "
                 f"{'an alias' if len(aliases) == 1 else 'aliases'} ({'、'.join(aliases)}). ")
    if none and resp.empty is False:
        names = [labels[d] for d in none]
        text += (f"{_names(names)} name{'s' if len(names) == 1 else ''} no responsible unit for any task."
                 if len(names) <= PER_DOCUMENT_MAX else f"{len(names)} plans name no responsible unit for any task.")
    return text.strip()


# --------------------------------------------------------------------------- 07 reuse and lineage

def reuse_findings(shares: pd.DataFrame, lin, labels: dict[str, str], threshold: float,
                   focus: list[str] | None = None) -> str:
    """Notebook 07: how much the compared pairs share, the pair sharing most, and the lineage edges with
    their evidence (each edge up to :data:`PER_DOCUMENT_MAX` of them, else counts and the focus documents')."""
    text = ""
    if shares.empty:
        text += "No pair of documents was compared. "
    else:
        top = shares[["a_share", "b_share"]].astype(float).max(axis=1)
        best = top.idxmax()
        b = shares.loc[best]
        text += (f"Of {_plural(len(shares), 'pair')} compared, {int((top >= threshold).sum())} share at least "
                 f"{threshold:.0%} of one document's task text and {int((top < 0.1).sum())} less than 10 %; the pair "
                 f"sharing most is {labels[b.doc_a]} and {labels[b.doc_b]} ({float(b.a_share):.0%} of the first's task "
                 f"text, {float(b.b_share):.0%} of the second's). ")
    edges = lin.edges
    if edges.empty:
        return text + "No document implements another by the manifest, a citation or reuse."
    outside = set(lin.nodes.loc[lin.nodes["external"], "node"])
    n_out = int(edges["parent"].isin(outside).sum())
    text += (f"The lineage has {_plural(len(edges), 'edge')}, {n_out} of them to documents outside the corpus. ")
    shown = edges if len(edges) <= PER_DOCUMENT_MAX or focus is None else edges[edges["child"].isin(set(focus))]
    name = lambda n: labels.get(n, n)  # noqa: E731
    if len(shown):
        text += ("" if len(shown) == len(edges) else "Those of the focus documents: ") + "; ".join(
            f"{name(e.child)} → {name(e.parent)} ({e.evidence})" for e in shown.itertuples()) + "."
    return text.strip()


# --------------------------------------------------------------------------- 04 plan tasks in the report

def progress_findings(progress: dict, corpus, labels: dict[str, str]) -> str:
    """Notebook 04: each report against its plan task by task — how many tasks it reports done, in progress,
    mentions or leaves out; how many statuses rest on weak or mixed cues; the numeric targets met, not
    met and not reported; and when the report and the plan belong to different programmes, that too.

    In: (report, plan) → :class:`~analysis.compare.progress.Progress` (:meth:`analysis.study.Study.report_progress`)."""
    if not progress:
        return "No report is set against a plan, so no plan task is followed into a report."
    programme = dict(zip(corpus.documents["doc_id"], corpus.documents["programme"].fillna("")))
    text = ""
    for (report, plan), p in progress.items():
        t = p.tasks
        if t.empty:
            text += f"{labels.get(plan, plan)} has no tasks to follow into {labels.get(report, report)}. "
            continue
        c = t["status"].value_counts()
        unassessed = int(t["status"].isna().sum())
        text += (f"Of {labels[plan]}'s {_plural(len(t), 'task')}, {labels[report]} reports "
                 f"**{int(c.get('done', 0))} done** and **{int(c.get('in_progress', 0))} in progress**, mentions "
                 f"{int(c.get('mentioned', 0))} without a word on how far it got, and does not mention "
                 f"**{int(c.get('not_mentioned', 0))}**" + (f"; {unassessed} could not be assessed (the report has "
                                                             f"no statement)" if unassessed else "") + ". ")
        weak = int(t["why"].fillna("").str.contains("weak alignment|mixed cues").sum())
        if weak:
            text += (f"{_plural(weak, 'status', 'statuses')} rest{'s' if weak == 1 else ''} on a weak alignment or on "
                     f"mixed cues (the `why` column says which). ")
        pa, pb = programme.get(plan, ""), programme.get(report, "")
        if pa and pb and pa != pb:
            text += (f"The report belongs to another programme ({pb}) than the plan ({pa}), so tasks it does not "
                     f"mention are no evidence that they were not done. ")
        g = p.targets
        if len(g):
            r = g["result"].value_counts()
            text += (f"Of {_plural(len(g), 'numeric target')}, {int(r.get('met', 0))} met, {int(r.get('not_met', 0))} "
                     f"not met and {int(r.get('not_reported', 0))} not reported")
            shown = g[g["result"] != "not_reported"].head(2)
            if len(shown):
                text += " (" + "; ".join(f"task {q.task_no}: {q.report_value:g} {q.unit} against {q.plan_value:g}"
                                         for q in shown.itertuples()) + ")"
            text += ". "
    return text.strip()
