"""The findings sentences that close each notebook, computed from the tables.

Each function takes what its notebook already computed and returns Markdown
text. A sentence about particular documents (the Tianjin and Henan plans, the
Tianjin report …) is written only when those documents are in the corpus, so a
researcher's own corpus regenerates with the sentences that apply to it.
"""
from __future__ import annotations

import pandas as pd

from .lineage import build_lineage

__all__ = ["corpus_findings", "coverage_findings", "deadline_findings", "training_findings",
           "similarity_findings", "responsibility_findings", "TIANJIN", "HENAN", "NATIONAL", "XINING", "REPORT"]

TIANJIN, HENAN, NATIONAL, XINING, REPORT = (
    "tianjin_2021_plan", "henan_2021_plan", "national_2024_plan", "xining_2024_plan", "tianjin_2023_report")


def _ids(corpus) -> set[str]:
    return set(corpus.documents["doc_id"])


def corpus_findings(corpus, labels: dict[str, str]) -> str:
    """Notebook 01: size, scripts, repairs, mojibake, lineage (:func:`analysis.lineage.build_lineage`
    without reuse: the documents the manifest or the plans' own citations name as parents)."""
    docs = corpus.documents
    n_docs, n_plans = len(docs), int((docs["kind"] == "plan").sum())
    n_reports = int((docs["kind"] == "report").sum())
    n_other = int((docs["kind"] == "other").sum())
    n_unknown = n_docs - n_plans - n_reports - n_other  # kind not read: counted as what it is, unknown
    trad = ", ".join(labels[d] for d in docs.loc[docs["script"] != "simplified", "doc_id"])
    pb = int((corpus.repairs["kind"] == "page_break").sum())
    moj = int((corpus.warnings["kind"] == "mojibake").sum())
    lin = build_lineage(corpus)  # manifest parents and cited documents; reuse is notebook 07's
    parents = lin.nodes[lin.nodes["node"].isin(set(lin.edges["parent"]))]
    in_corpus = int((~parents["external"]).sum())
    kinds = f"{n_plans} plans, {n_reports} report{'s' if n_reports != 1 else ''}"
    kinds += f", {n_other} other" if n_other else ""
    kinds += f", {n_unknown} of unknown kind" if n_unknown else ""
    text = (f"The corpus holds **{n_docs} documents** ({kinds}) with **{len(corpus.tasks)} tasks** and "
            f"**{len(corpus.clauses)} clauses**. ")
    if trad:
        text += f"{trad} were written in traditional characters and converted. "
    if pb:
        text += f"The PDF-extracted plan needed **{pb} page-break repairs**; "
    text += f"{moj} stretch(es) of mojibake were flagged and left as they are. "
    if parents.empty:
        return text + "No plan names or cites a document it implements."
    text += (f"The plans name **{len(parents)}** document{'s' if len(parents) != 1 else ''} they implement (the "
             f"manifest's parent, or a 文号 or title their text cites); **{in_corpus}** of them "
             f"{'is' if in_corpus == 1 else 'are'} in the corpus")
    s = lin.siblings
    external = set(parents.loc[parents["external"], "node"])
    if ((s["doc_a"] == TIANJIN) & (s["doc_b"] == HENAN) & (s["parent"] == "交办法〔2021〕5号")
            & s["parent"].isin(external)).any():
        text += (": the 2021 national plan that the Tianjin and Henan plans implement (交办法〔2021〕5号) is cited but "
                 "not included, so those two are compared as siblings.")
    else:
        text += "."
    return text


def coverage_findings(codebook: pd.DataFrame, matrix: pd.DataFrame, uncovered: pd.DataFrame,
                      alignments: dict[tuple[str, str], pd.DataFrame], threshold: float) -> str:
    """Notebook 02: themes touched by some / all documents; the Tianjin–Henan and national–Xining alignments."""
    label_zh = dict(zip(codebook["category"], codebook["label_zh"]))
    none = uncovered.loc[uncovered["covered_by_none"], "category"].tolist()
    everywhere = len(codebook) - len(uncovered)
    text = (f"Of {len(codebook)} codebook themes, {len(codebook) - len(none)} are touched by at least one document and "
            f"{everywhere} by all {matrix.shape[1]}"
            + (f"; none covers {', '.join(label_zh[c] for c in none)}" if none else "") + ". ")

    def counts(pair):
        return alignments[pair]["status"].value_counts() if pair in alignments else None

    s1, s2 = counts((TIANJIN, HENAN)), counts((NATIONAL, XINING))
    if s1 is not None:
        text += (f"At a threshold of {threshold}, {int(s1.get('taken_up', 0))} of Henan's tasks match a Tianjin task "
                 f"and {int(s1.get('added', 0))} are Henan's own; {int(s1.get('dropped', 0))} Tianjin task(s) find no "
                 f"match. ")
    if s2 is not None:
        text += (f"Between the 2024 national plan and Xining, {int(s2.get('taken_up', 0))} Xining tasks match and "
                 f"{int(s2.get('added', 0))} are added, reflecting the Xining plan's different (State Council) programme.")
    return text.strip()


def deadline_findings(summary: pd.DataFrame, localization: pd.DataFrame) -> str:
    """Notebook 03: dated and ongoing shares, front-loading, Tianjin–Henan localization, Xining's recurring deadlines."""
    s = summary.set_index("doc_id")
    text = ""
    if {TIANJIN, HENAN} <= set(s.index):
        tj, hn = s.loc[TIANJIN], s.loc[HENAN]
        counts = localization["change"].value_counts() if "change" in localization else pd.Series(dtype=int)
        text += (f"Tianjin dates {tj.n_date + tj.n_date_then_ongoing} of its {tj.n_deadlines} deadlines and leaves "
                 f"{tj.share_ongoing:.0%} ongoing; Henan leaves {hn.share_ongoing:.0%} ongoing. "
                 f"{'Tianjin' if tj.share_first_year > hn.share_first_year else 'Henan'} front-loads more: "
                 f"{tj.share_first_year:.0%} of Tianjin's dated deadlines fall in its first year, against "
                 f"{hn.share_first_year:.0%} of Henan's. Of {len(localization)} matched clause pairs, "
                 f"{int(counts.get('same', 0))} keep the same deadline, {int(counts.get('looser', 0))} are later in "
                 f"Henan and {int(counts.get('tighter', 0))} earlier. ")
    if XINING in s.index:
        text += (f"The national 2024 and Xining plans put their deadlines in the text: "
                 f"{int(s.loc[XINING].n_recurring)} recurring ones in Xining (每月5日前, 每年1月底前 …).")
    if not text:
        dated = int((s["n_date"] + s["n_date_then_ongoing"]).sum()) if len(s) else 0
        text = f"The {len(s)} plans state {int(s['n_deadlines'].sum()) if len(s) else 0} deadlines, {dated} of them dated."
    return text.strip()


def training_findings(training: pd.DataFrame, report_vs_plan: pd.DataFrame, labels: dict[str, str]) -> str:
    """Notebook 04: annual hours for all officers, leadership study, the Tianjin report against its plan."""
    hours = training[training["audience"] == "执法人员"].dropna(subset=["hours_per_year"])
    h = hours.groupby("doc_id", sort=False)["hours_per_year"].max()
    lead = training[(training["audience"] == "领导班子成员") & training["times_per_year"].notna()]
    text = ("Annual hours for all officers: " + ("; ".join(f"{labels[d]} {v:g}" for d, v in h.items()) or "none stated")
            + ". ")
    text += (f"Leadership study is set in {lead['doc_id'].nunique()} plans, most often quarterly "
             f"({int((lead['times_per_year'] == 4).sum())} requirements of 4 sessions a year). ")
    vs = report_vs_plan
    hrs = vs[(vs["measure"] == "hours_per_year") & (vs["audience"] == "执法人员")].dropna(subset=["required", "achieved"])
    if len(hrs):
        r = hrs.iloc[0]
        text += (f"The Tianjin report states {r.achieved:g} hours of study against the plan's {r.required:g} "
                 f"(ratio {r.ratio:.2f}).")
    return text.strip()


def similarity_findings(sim: pd.DataFrame, terms: pd.DataFrame, nearest: pd.DataFrame, labels: dict[str, str]) -> str:
    """Notebook 05: the most and least similar pair, each document's most distinctive term, task counterparts."""
    pairs = [(a, b, sim.loc[a, b]) for i, a in enumerate(sim.index) for b in sim.columns[i + 1:]]
    text = ""
    if pairs:
        best = max(pairs, key=lambda p: p[2])
        worst = min(pairs, key=lambda p: p[2])
        text += (f"The most similar pair is {best[0]} and {best[1]} (cosine {best[2]:.2f}); the least similar is "
                 f"{worst[0]} and {worst[1]} ({worst[2]:.2f}). ")
    top_terms = terms[terms["rank"] == 1].set_index("doc_id")["term"]
    if len(top_terms):
        text += "Each document's most distinctive term: " + "; ".join(f"{labels[d]} — {t}" for d, t in top_terms.items()) + ". "
    text += (f"{int((nearest['score'] >= 0.5).sum())} of {len(nearest)} tasks have a counterpart in another document at "
             f"cosine ≥ 0.5.")
    return text


def responsibility_findings(corpus, resp: pd.DataFrame, labels: dict[str, str]) -> str:
    """Notebook 06: the units carrying most tasks per plan, aliases, plans naming no unit."""
    top = resp[resp["n_tasks"] == resp.groupby("doc_id", sort=False)["n_tasks"].transform("max")]
    leaders = {d: g for d, g in top.groupby("doc_id", sort=False)}
    alias = resp[(resp["via_alias"] != "") & (resp["doc_id"] == TIANJIN)]
    plans = corpus.documents.loc[corpus.documents["kind"] == "plan", "doc_id"]
    none = [labels[d] for d in plans if d not in set(resp["doc_id"])]
    text = ""
    if leaders:
        text += "The units carrying most tasks: " + "; ".join(
            f"{labels[d]} — " + ", ".join(g["unit"]) + f" ({g['n_tasks'].iloc[0]} of "
            f"{int((corpus.tasks['doc_id'] == d).sum())} tasks each)" for d, g in leaders.items()) + ". "
    if TIANJIN in _ids(corpus):
        text += f"In Tianjin, {len(alias)} units are reached through an alias. "
    if none:
        text += f"{' and '.join(none)} name no responsible unit for any task."
    return text.strip()
