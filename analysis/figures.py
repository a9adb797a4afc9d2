"""Stage 6 — brief-ready figures: one function per figure, ``fig_<name>(corpus, lang="zh") -> Figure``.

Every figure is drawn in the house style of :mod:`analysis.style` (a CJK font
installed from PyPI, a colour-blind-safe palette, a source line naming the
documents) and saved by :func:`write_all_figures` as ``figures/<name>.png``
(300 dpi) and ``figures/<name>.svg``, in Chinese and in English
(``<name>_en``).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from . import coverage, profiles, similarity, style

__all__ = [
    "doc_labels", "fig_coverage", "fig_alignment", "fig_deadline_timeline", "fig_deadline_kinds",
    "fig_front_loading", "fig_training", "fig_report_vs_plan", "fig_similarity", "fig_distinctive_terms",
    "fig_responsibility", "FIGURES", "write_all_figures",
]

_T = {
    "source": {"zh": "资料来源", "en": "Source"},
    "share_tasks": {"zh": "涉及该主题的任务占比", "en": "Share of tasks touching the theme"},
    "coverage_title": {"zh": "各方案任务的主题覆盖", "en": "Themes covered by each plan's tasks"},
    "n_deadlines": {"zh": "有明确日期的时限（个）", "en": "Dated deadlines (count)"},
    "timeline_title": {"zh": "时限在方案期内的分布（按半年）", "en": "Dated deadlines over the plan period (half-years)"},
    "kinds_title": {"zh": "各方案时限类型构成", "en": "Kinds of deadline in each plan"},
    "share": {"zh": "占全部时限的比例", "en": "Share of all deadlines"},
    "front_title": {"zh": "前置程度：第一年到期的时限占比", "en": "Front-loading: dated deadlines due in the first year"},
    "front_axis": {"zh": "第一年内到期的比例", "en": "Share due in the plan's first year"},
    "training_title": {"zh": "培训与学习要求（折算为每年）", "en": "Training and study requirements, per year"},
    "hours": {"zh": "学时/年", "en": "Hours per year"},
    "times": {"zh": "次/年", "en": "Sessions per year"},
    "report_title": {"zh": "天津：报告所述成效与方案要求", "en": "Tianjin: reported achievement against the plan"},
    "required": {"zh": "方案要求", "en": "Plan requirement"},
    "achieved": {"zh": "报告所述", "en": "Reported"},
    "sim_title": {"zh": "文件间TF-IDF余弦相似度", "en": "TF-IDF cosine similarity between documents"},
    "terms_title": {"zh": "各文件的特征词", "en": "Distinctive terms of each document"},
    "weight": {"zh": "TF-IDF权重", "en": "TF-IDF weight"},
    "resp_title": {"zh": "责任单位承担的任务数", "en": "Tasks carried by each responsible unit"},
    "n_tasks": {"zh": "任务数（个）", "en": "Tasks (count)"},
    "align_title": {"zh": "任务对齐：TF-IDF余弦相似度", "en": "Task alignment: TF-IDF cosine similarity"},
}
_DEADLINE_KINDS = {
    "date": ("明确日期", "Dated"),
    "date_then_ongoing": ("先定期后持续", "Dated, then ongoing"),
    "ongoing": ("持续开展", "Ongoing"),
    "recurring": ("周期性", "Recurring"),
    "relative": ("相对时限", "Relative"),
}
_AUDIENCE_EN = {"执法人员": "All officers", "领导班子成员": "Leadership", "基层站所执法人员": "Station staff"}


def _t(key: str, lang: str) -> str:
    return _T[key][lang]


def doc_labels(corpus, lang: str = "zh") -> dict[str, str]:
    """doc_id → short label for figures: ``天津2021方案`` / ``Tianjin 2021 plan``."""
    m = corpus.manifest.set_index("doc_id")
    labels = {}
    for doc in corpus.documents.itertuples():
        row = m.loc[doc.doc_id] if doc.doc_id in m.index else {}
        year = (doc.issue_date or "")[:4]
        if lang == "en":
            region = row.get("region_en", "") or doc.doc_id
            kind = {"plan": "plan", "report": "report"}.get(doc.kind, doc.kind)
            labels[doc.doc_id] = f"{region} {year} {kind}".strip()
        else:
            region = (row.get("region", "") or doc.doc_id).replace("青海省", "")
            region = region.replace("全国", "全国（部）").rstrip("市省")
            labels[doc.doc_id] = f"{region}{year}{'方案' if doc.kind == 'plan' else '报告'}"
    return labels


def _sources(corpus, lang: str, doc_ids=None) -> list[str]:
    m = corpus.manifest.set_index("doc_id")
    out = []
    for doc_id in (doc_ids if doc_ids is not None else corpus.documents["doc_id"]):
        row = m.loc[doc_id]
        issuer = row.get("issuer_en", "") if lang == "en" else row.get("issuer", "")
        out.append(f"{issuer or row.get('issuer', doc_id)} ({str(row.get('issue_date', ''))[:4]})")
    return out


def _check_lang(lang: str) -> None:
    if lang not in ("zh", "en"):
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")


def fig_coverage(corpus, lang: str = "zh", codebook: pd.DataFrame | None = None) -> Figure:
    """Heatmap: codebook category × document, share of the document's tasks touching it."""
    _check_lang(lang)
    codebook = codebook if codebook is not None else coverage.load_codebook()
    matrix = coverage.coverage_matrix(corpus.tasks, codebook)
    labels = doc_labels(corpus, lang)
    cat_label = dict(zip(codebook["category"], codebook["label_en" if lang == "en" else "label_zh"]))
    with style.house_style():
        fig, ax = style.new_figure("full", height=8.5)
        data = matrix.to_numpy(dtype=float)
        im = ax.imshow(data, cmap=style.SEQUENTIAL_CMAP, vmin=0, vmax=1, aspect="auto")
        ax.set_xticks(range(matrix.shape[1]), [labels[c] for c in matrix.columns], rotation=30, ha="right")
        ax.set_yticks(range(matrix.shape[0]), [cat_label[c] for c in matrix.index])
        for (i, j), v in np.ndenumerate(data):
            if v > 0:
                ax.text(j, i, f"{v:.0%}", ha="center", va="center", fontsize=style.ANNOTATION_SIZE, color=style.text_colour_on(v))
        fig.colorbar(im, ax=ax, label=_t("share_tasks", lang), fraction=0.04, pad=0.02)
        ax.set_title(_t("coverage_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, matrix.columns), lang=lang)
    return fig


def fig_alignment(corpus, lang: str = "zh", source: str = "tianjin_2021_plan", target: str = "henan_2021_plan",
                  tokenizer=None) -> Figure:
    """Task × task TF-IDF cosine between two plans (rows: ``target`` tasks, columns: ``source`` tasks)."""
    _check_lang(lang)
    tokenizer = tokenizer or similarity.load_tokenizer()
    t = corpus.tasks
    a, b = t[t["doc_id"] == source], t[t["doc_id"] == target]
    X, _ = similarity.tfidf_matrix(similarity.task_texts(a) + similarity.task_texts(b), tokenizer)
    sim = (X[len(a):] @ X[:len(a)].T).toarray()
    labels = doc_labels(corpus, lang)
    with style.house_style():
        fig, ax = style.new_figure("full", height=6.5)
        im = ax.imshow(sim, cmap=style.SEQUENTIAL_CMAP, vmin=0, vmax=1, aspect="auto")
        ax.set_xticks(range(len(a)), [str(n) for n in a["task_no"]])
        ax.set_yticks(range(len(b)), [str(n) for n in b["task_no"]])
        ax.set_xlabel(f"{labels[source]}（任务序号）" if lang == "zh" else f"{labels[source]} (task no.)")
        ax.set_ylabel(f"{labels[target]}（任务序号）" if lang == "zh" else f"{labels[target]} (task no.)")
        fig.colorbar(im, ax=ax, label="余弦相似度" if lang == "zh" else "cosine", fraction=0.04, pad=0.02)
        ax.set_title(_t("align_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, [source, target]), lang=lang)
    return fig


def fig_deadline_timeline(corpus, lang: str = "zh") -> Figure:
    """Dated deadlines per half-year of each plan's period, one panel per plan."""
    _check_lang(lang)
    bins = profiles.deadline_bins(corpus, "half")
    plans = list(dict.fromkeys(bins["doc_id"]))
    labels = doc_labels(corpus, lang)
    with style.house_style():
        fig, axes = style.new_figure("full", height=1.7 * len(plans) + 0.8, nrows=len(plans), ncols=1, squeeze=False)
        ymax = max(1, int(bins["n"].max()))
        for k, (ax, doc_id) in enumerate(zip(axes[:, 0], plans)):
            d = bins[bins["doc_id"] == doc_id]
            ax.bar(d["bin"], d["n"], color=style.PALETTE[k % len(style.PALETTE)])
            ax.set_ylim(0, ymax * 1.15)
            ax.set_title(labels[doc_id], loc="left", fontsize=style.PANEL_TITLE_SIZE)
            ax.tick_params(axis="x", labelsize=8)
        axes[-1, 0].set_xlabel("半年" if lang == "zh" else "Half-year")
        fig.supylabel(_t("n_deadlines", lang))
        fig.suptitle(_t("timeline_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, plans), lang=lang)
    return fig


def fig_deadline_kinds(corpus, lang: str = "zh") -> Figure:
    """Stacked shares of deadline kinds (dated, ongoing, recurring …) per plan."""
    _check_lang(lang)
    d = corpus.deadlines
    plans = list(corpus.documents.loc[corpus.documents["kind"] == "plan", "doc_id"])
    labels = doc_labels(corpus, lang)
    shares = (d[d["doc_id"].isin(plans)].groupby(["doc_id", "kind"]).size().unstack(fill_value=0)
              .reindex(index=plans, columns=list(_DEADLINE_KINDS), fill_value=0))
    shares = shares.div(shares.sum(axis=1).replace(0, 1), axis=0)
    with style.house_style():
        fig, ax = style.new_figure("full", height=3.0)
        left = np.zeros(len(plans))
        for k, kind in enumerate(_DEADLINE_KINDS):
            name = _DEADLINE_KINDS[kind][0 if lang == "zh" else 1]
            ax.barh([labels[p] for p in plans], shares[kind], left=left, color=style.PALETTE[k], label=name)
            left += shares[kind].to_numpy()
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
        ax.set_xlabel(_t("share", lang))
        ax.invert_yaxis()
        ax.legend(ncols=len(_DEADLINE_KINDS), fontsize=style.ANNOTATION_SIZE, loc="upper center", bbox_to_anchor=(0.5, -0.25), frameon=False)
        ax.set_title(_t("kinds_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, plans), lang=lang)
    return fig


def fig_front_loading(corpus, lang: str = "zh") -> Figure:
    """Share of each plan's dated deadlines that fall in the first year of its period."""
    _check_lang(lang)
    s = profiles.deadline_summary(corpus).dropna(subset=["share_first_year"])
    labels = doc_labels(corpus, lang)
    with style.house_style():
        fig, ax = style.new_figure("column", height=2.8)
        bars = ax.barh([labels[d] for d in s["doc_id"]], s["share_first_year"], color=style.PALETTE[0])
        for bar, v, n in zip(bars, s["share_first_year"], s["n_date"] + s["n_date_then_ongoing"]):
            ax.text(bar.get_width() + 0.01, bar.get_y() + bar.get_height() / 2, f"{v:.0%} (n={n})", va="center", fontsize=style.ANNOTATION_SIZE)
        ax.set_xlim(0, 1.15)
        ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
        ax.set_xlabel(_t("front_axis", lang))
        ax.invert_yaxis()
        ax.set_title(_t("front_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, s["doc_id"]), lang=lang)
    return fig


def _audience(a: str, lang: str) -> str:
    return _AUDIENCE_EN.get(a, a) if lang == "en" else a


def fig_training(corpus, lang: str = "zh") -> Figure:
    """Hours per year and sessions per year required, by audience and plan (two panels)."""
    _check_lang(lang)
    t = profiles.training_profile(corpus)
    t = t[t["kind"] == "plan"]
    labels = doc_labels(corpus, lang)
    docs = list(dict.fromkeys(t["doc_id"]))
    colours = {d: style.PALETTE[k % len(style.PALETTE)] for k, d in enumerate(docs)}
    with style.house_style():
        fig, axes = style.new_figure("full", height=3.4, ncols=2)
        for ax, measure, key in ((axes[0], "hours_per_year", "hours"), (axes[1], "times_per_year", "times")):
            m = t[t[measure].notna()].groupby(["audience", "doc_id"], sort=False)[measure].max().reset_index()
            audiences = list(dict.fromkeys(m["audience"]))
            width = 0.8 / max(1, len(docs))
            for k, d in enumerate(docs):
                mine = m[m["doc_id"] == d].set_index("audience")[measure].reindex(audiences)
                x = np.arange(len(audiences)) + (k - (len(docs) - 1) / 2) * width
                ax.bar(x, mine.fillna(0), width, color=colours[d], label=labels[d])
                for xi, v in zip(x, mine):
                    if not pd.isna(v):
                        ax.text(xi, v, f"{v:g}", ha="center", va="bottom", fontsize=style.ANNOTATION_SIZE)
            ax.set_xticks(range(len(audiences)), [_audience(a, lang) for a in audiences])
            ax.set_ylabel(_t(key, lang))
        axes[0].legend(frameon=False)
        fig.suptitle(_t("training_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, docs), lang=lang)
    return fig


def fig_report_vs_plan(corpus, lang: str = "zh", report: str = "tianjin_2023_report",
                       plan: str = "tianjin_2021_plan") -> Figure:
    """Training hours a progress report says were achieved against the plan's requirement."""
    _check_lang(lang)
    r = profiles.report_against_plan(corpus, report=report, plan=plan)
    r = r[r["measure"] == "hours_per_year"].dropna(subset=["required", "achieved"], how="all")
    with style.house_style():
        fig, ax = style.new_figure("column", height=2.8)
        y = np.arange(len(r))
        ax.barh(y - 0.2, r["required"].fillna(0), 0.4, color=style.PALETTE[0], label=_t("required", lang))
        ax.barh(y + 0.2, r["achieved"].fillna(0), 0.4, color=style.PALETTE[1], label=_t("achieved", lang))
        for yi, (req, got) in enumerate(zip(r["required"], r["achieved"])):
            for off, v in ((-0.2, req), (0.2, got)):
                if not pd.isna(v):
                    ax.text(v + 0.5, yi + off, f"{v:g}", va="center", fontsize=style.ANNOTATION_SIZE)
        ax.set_yticks(y, [_audience(a, lang) for a in r["audience"]])
        ax.set_xlabel(_t("hours", lang))
        ax.legend(frameon=False, loc="lower right")
        ax.set_title(_t("report_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, [plan, report]), lang=lang)
    return fig


def fig_similarity(corpus, lang: str = "zh", tokenizer=None) -> Figure:
    """Document × document TF-IDF cosine heatmap, ordered by hierarchical clustering, with dendrogram."""
    from scipy.cluster.hierarchy import dendrogram, linkage
    from scipy.spatial.distance import squareform

    _check_lang(lang)
    tokenizer = tokenizer or similarity.load_tokenizer()
    texts = _document_texts(corpus)
    X, _ = similarity.tfidf_matrix(list(texts.values()), tokenizer)
    sim = similarity.cosine_matrix(X)
    dist = squareform(np.clip(1 - sim, 0, None), checks=False)
    link = linkage(dist, method="average")
    labels = doc_labels(corpus, lang)
    names = [labels[d] for d in texts]
    with style.house_style():
        # a 2 × 2 grid keeps the dendrogram exactly as wide as the heatmap, colorbar beside it
        fig, grid = style.new_figure("full", height=5.2, nrows=2, ncols=2,
                                     gridspec_kw={"height_ratios": [1, 4], "width_ratios": [30, 1]})
        (ax_d, corner), (ax, cax) = grid
        corner.set_axis_off()
        # the dendrogram sits above the heatmap; leaves are 10 units apart in scipy's coordinates
        dn = dendrogram(link, orientation="top", no_labels=True, ax=ax_d, color_threshold=0,
                        above_threshold_color="#555555")
        order = dn["leaves"]
        ax_d.set_xlim(0, 10 * len(order))
        ax_d.set_axis_off()
        for artist in ax_d.get_children():  # the tree stays inside its axes; no clip path, whose SVG id varies
            artist.set_clip_on(False)
        m = sim[np.ix_(order, order)]
        im = ax.imshow(m, cmap=style.SEQUENTIAL_CMAP, vmin=0, vmax=1, aspect="auto")
        ax.set_xticks(range(len(order)), [names[i] for i in order], rotation=20, ha="right")
        ax.set_yticks(range(len(order)), [names[i] for i in order])
        for (i, j), v in np.ndenumerate(m):
            ax.text(j, i, f"{v:.2f}", ha="center", va="center", fontsize=style.ANNOTATION_SIZE, color=style.text_colour_on(v))
        fig.colorbar(im, cax=cax, label="余弦相似度" if lang == "zh" else "cosine")
        fig.suptitle(_t("sim_title", lang))
        style.add_source_line(fig, _sources(corpus, lang), lang=lang)
    return fig


def _document_texts(corpus) -> dict[str, str]:
    """doc_id → the comparable body of the document, in corpus order."""
    return similarity.document_texts(corpus.tasks, corpus.documents["doc_id"])


def fig_distinctive_terms(corpus, lang: str = "zh", n: int = 8, tokenizer=None) -> Figure:
    """The ``n`` highest-weighted TF-IDF terms of each document, one small panel each."""
    _check_lang(lang)
    tokenizer = tokenizer or similarity.load_tokenizer()
    terms = similarity.distinctive_terms(_document_texts(corpus), tokenizer, n=n)
    docs = list(corpus.documents["doc_id"])
    labels = doc_labels(corpus, lang)
    with style.house_style():
        ncols = 3
        nrows = int(np.ceil(len(docs) / ncols))
        fig, axes = style.new_figure("full", height=2.3 * nrows + 0.6, nrows=nrows, ncols=ncols, squeeze=False)
        for k, ax in enumerate(axes.flat):
            if k >= len(docs):
                ax.set_axis_off()
                continue
            d = terms[terms["doc_id"] == docs[k]]
            ax.barh(d["term"], d["weight"], color=style.PALETTE[k % len(style.PALETTE)])
            ax.invert_yaxis()
            ax.set_title(labels[docs[k]], fontsize=style.PANEL_TITLE_SIZE, loc="left")
            ax.tick_params(labelsize=7)
        fig.supxlabel(_t("weight", lang))
        fig.suptitle(_t("terms_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, docs), lang=lang)
    return fig


def fig_responsibility(corpus, lang: str = "zh", top: int = 8) -> Figure:
    """Tasks carried by each responsible unit (aliases resolved), per plan with 责任单位 clauses."""
    _check_lang(lang)
    r = profiles.responsibility(corpus)
    docs = list(dict.fromkeys(r["doc_id"]))
    labels = doc_labels(corpus, lang)
    with style.house_style():
        fig, axes = style.new_figure("full", height=3.2, ncols=max(1, len(docs)), squeeze=False)
        for k, (ax, d) in enumerate(zip(axes[0], docs)):
            mine = r[r["doc_id"] == d].head(top)
            ax.barh(mine["unit"], mine["n_tasks"], color=style.PALETTE[k % len(style.PALETTE)])
            ax.invert_yaxis()
            ax.set_title(labels[d], fontsize=style.PANEL_TITLE_SIZE, loc="left")
            ax.tick_params(labelsize=7)
            ax.set_xlabel(_t("n_tasks", lang))
        fig.suptitle(_t("resp_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, docs), lang=lang)
    return fig


#: name → figure function; the names are the file stems under figures/.
FIGURES: dict[str, Callable] = {
    "coverage_heatmap": fig_coverage,
    "task_alignment_tianjin_henan": fig_alignment,
    "deadline_timeline": fig_deadline_timeline,
    "deadline_kinds": fig_deadline_kinds,
    "deadline_front_loading": fig_front_loading,
    "training_requirements": fig_training,
    "training_report_vs_plan": fig_report_vs_plan,
    "document_similarity": fig_similarity,
    "distinctive_terms": fig_distinctive_terms,
    "responsibility_units": fig_responsibility,
}


def write_all_figures(corpus, out_dir: str | Path = "figures") -> list[Path]:
    """Draw every figure of :data:`FIGURES` in Chinese and English and save PNG + SVG.

    Out: the paths written (``<name>.png/.svg`` and ``<name>_en.png/.svg``).
    """
    tokenizer = similarity.load_tokenizer()
    paths: list[Path] = []
    for name, func in FIGURES.items():
        for lang, suffix in (("zh", ""), ("en", "_en")):
            kwargs = {"tokenizer": tokenizer} if "tokenizer" in func.__code__.co_varnames else {}
            fig = func(corpus, lang=lang, **kwargs)
            paths.extend(style.save_figure(fig, f"{name}{suffix}", out_dir))
    return paths
