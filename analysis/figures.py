"""Stage 6 — brief-ready figures: one function per figure, ``fig_<name>(corpus, lang="zh") -> Figure``.

Every figure is drawn in the house style of :mod:`analysis.style` (a CJK font
installed from PyPI, a colour-blind-safe palette, a source line naming the
documents) and saved by :func:`write_all_figures` as ``figures/<name>.png``
(300 dpi) and ``figures/<name>.svg``, in Chinese and in English
(``<name>_en``).

Every figure holds for 1 to 30 documents and for documents with missing
fields: panel grids grow with the number of documents, long labels are wrapped
or shortened, legends sit outside the data, panels that are compared share one
scale, shares show the number of items they rest on, and what is missing (no
period, no date, no tasks, no deadlines) is drawn as a grey note or hatch,
never as a zero. English figures take their words from
:mod:`analysis.glossary` (pinyin where the glossary has no entry); documents
are labelled by :func:`analysis.figure_text.doc_labels` everywhere.

:data:`FIGURES` holds these and the reuse figures of :mod:`analysis.reuse_figures`
(the cascade, the reuse map, copied/adapted/new per task).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Iterator

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle

from . import coverage, profiles, reuse, reuse_figures, similarity, style
from .figure_text import TEXT as _SHARED_TEXT, Words as _Words, check_lang as _check_lang, doc_labels
from .figure_text import manifest_rows as _manifest_rows, message_figure as _message_figure, note as _note
from .figure_text import region_zh as _region_zh, sources as _sources, title as _title

__all__ = [
    "doc_labels", "fig_coverage", "fig_alignment", "fig_deadline_timeline", "fig_deadline_kinds",
    "fig_front_loading", "fig_training", "fig_report_vs_plan", "fig_similarity", "fig_distinctive_terms",
    "fig_responsibility", "FIGURES", "MAX_ALIGNMENT_FIGURES", "figure_arguments", "figure_jobs", "write_all_figures",
    "english_strings", "distinctive_terms",
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
    "report_title": {"zh": "报告所述成效与方案要求", "en": "Reported achievement against the plan"},
    "required": {"zh": "方案要求", "en": "Plan requirement"},
    "achieved": {"zh": "报告所述", "en": "Reported"},
    "sim_title": {"zh": "文件间TF-IDF余弦相似度", "en": "TF-IDF cosine similarity between documents"},
    "terms_title": {"zh": "各文件的特征词（与其余文件相比）", "en": "Distinctive terms of each document (against the rest)"},
    "keyness": {"zh": "关键性（χ²，与其余文件相比）", "en": "Keyness (χ² against the other documents)"},
    "resp_title": {"zh": "责任单位承担的任务数", "en": "Tasks carried by each responsible unit"},
    "n_tasks": {"zh": "任务数（个）", "en": "Tasks (count)"},
    "align_title": {"zh": "任务对齐：TF-IDF余弦相似度", "en": "Task alignment: TF-IDF cosine similarity"},
    "cosine": {"zh": "余弦相似度", "en": "cosine"},
    "task_no": {"zh": "（任务序号）", "en": " (task no.)"},
    "half": {"zh": "半年", "en": "Half-year"},
    "before": {"zh": "期前", "en": "before"},
    "after": {"zh": "期后", "en": "after"},
    # what is missing
    "no_period": {"zh": "未读出方案期，时限无法分期", "en": "No plan period read: deadlines not placed"},
    "no_dated": {"zh": "无明确日期的时限", "en": "No dated deadline"},
    "no_deadlines": {"zh": "未找到时限", "en": "No deadline found"},
    "no_tasks": {"zh": "无任务", "en": "no tasks"},
    "no_training": {"zh": "未找到培训要求", "en": "No requirement found"},
    "no_units": {"zh": "未列责任单位的文件：", "en": "No responsible unit named in: "},
    "no_terms": {"zh": "文本过少，无法比较", "en": "Too little text to compare"},
    "not_in_corpus": {"zh": "语料中缺少：", "en": "Not in the corpus: "},
    "not_compared": {"zh": "未比较（无任务文本）：", "en": "Not compared (no task text): "},
    "one_doc": {"zh": "只有一个文件，无可比较", "en": "Only one document: nothing to compare"},
    "no_report": {"zh": "语料中没有该报告或方案的学时数据", "en": "No training hours in the report or the plan"},
    "no_report_pair": {"zh": "语料中没有可与方案对照的报告", "en": "No report in the corpus with a plan it reports on"},
    "no_pair": {"zh": "语料中没有两个有任务的方案可对齐", "en": "No two plans with tasks to align"},
    "missing_key": {"zh": "灰色斜线：缺失（非零）", "en": "Grey hatch: missing (not zero)"},
    **_SHARED_TEXT,
}
_DEADLINE_KINDS = {
    "date": ("明确日期", "Dated"),
    "date_then_ongoing": ("先定期后持续", "Dated, then ongoing"),
    "ongoing": ("持续开展", "Ongoing"),
    "recurring": ("周期性", "Recurring"),
    "relative": ("相对时限", "Relative"),
}


def _t(key: str, lang: str) -> str:
    return _T[key][lang]


# --------------------------------------------------------------------------- panels

def _panel_title(ax, text: str, width_in: float) -> None:
    ax.set_title(style.wrap_text(text, width_in, style.PANEL_TITLE_SIZE, max_lines=2),
                 fontsize=style.PANEL_TITLE_SIZE, loc="left")


def _grid(n: int, max_cols: int) -> tuple[int, int]:
    ncols = max(1, min(max_cols, n))
    return int(np.ceil(max(n, 1) / ncols)), ncols


# --------------------------------------------------------------------------- coverage

def fig_coverage(corpus, lang: str = "zh", codebook: pd.DataFrame | None = None) -> Figure:
    """Heatmap: codebook category × document, share of the document's tasks touching it.

    A document without tasks is a hatched grey column ("no tasks"), not zeros;
    each column label carries the number of tasks its shares rest on.
    """
    _check_lang(lang)
    words = _Words(lang)
    codebook = codebook if codebook is not None else coverage.load_codebook()
    docs = list(corpus.documents["doc_id"])
    matrix = coverage.coverage_matrix(corpus.tasks, codebook).reindex(columns=docs)
    n_tasks = corpus.tasks.groupby("doc_id").size().reindex(docs, fill_value=0)
    labels = doc_labels(corpus, lang, words.glossary)
    if lang == "en":
        cat_label = {c: words.codebook(v) for c, v in zip(codebook["category"], codebook["label_en"])}
    else:
        cat_label = dict(zip(codebook["category"], codebook["label_zh"]))
    n = len(docs)
    with style.house_style():
        fig, ax = style.new_figure("full", height=max(6.5, 0.3 * len(matrix) + 2.2 + (0.5 if n > 6 else 0)))
        data = matrix.to_numpy(dtype=float)
        im = ax.imshow(np.where(np.isnan(data), 0, data), cmap=style.SEQUENTIAL_CMAP, vmin=0, vmax=1, aspect="auto")
        for j, d in enumerate(docs):
            if n_tasks[d] == 0:
                ax.add_patch(Rectangle((j - 0.5, -0.5), 1, len(matrix), facecolor=style.MISSING_COLOR,
                                       hatch=style.MISSING_HATCH, edgecolor="#B0B0B0", linewidth=0))
                ax.text(j, (len(matrix) - 1) / 2, _t("no_tasks", lang), rotation=90, ha="center", va="center",
                        fontsize=style.ANNOTATION_SIZE, color=style.NOTE_COLOR)
        _column_labels(ax, [labels[d] for d in docs], 4.0, [f"(n={n_tasks[d]})" for d in docs])
        ax.set_yticks(range(len(matrix)), [style.wrap_text(cat_label[c], 2.2, 8, 2) for c in matrix.index])
        if n <= 8:
            for (i, j), v in np.ndenumerate(data):
                if v > 0:
                    ax.text(j, i, f"{v:.0%}", ha="center", va="center", fontsize=style.ANNOTATION_SIZE,
                            color=style.text_colour_on(v))
        cbar = fig.colorbar(im, ax=ax, fraction=0.04, pad=0.02)
        cbar.set_label(style.wrap_text(_t("share_tasks", lang), 2.5, 8.5))
        _title(fig, _t("coverage_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, docs, words), lang=lang)
    return fig


# --------------------------------------------------------------------------- alignment

def fig_alignment(corpus, lang: str = "zh", source: str | None = None, target: str | None = None,
                  tokenizer=None) -> Figure:
    """Task × task TF-IDF cosine between two plans (rows: ``target`` tasks, columns: ``source`` tasks).

    Without ``source`` and ``target``: the first pair :func:`analysis.settings.default_pairs` computes
    from the corpus (``make all`` draws one figure per pair of the settings). When either plan is
    not in the corpus or has no task text, or the corpus has no two plans to align, the figure says so.
    """
    _check_lang(lang)
    words = _Words(lang)
    if source is None or target is None:
        from .settings import default_pairs

        pairs, _ = default_pairs(corpus, tokenizer)
        if not pairs:
            return _message_figure(_t("align_title", lang), _t("no_pair", lang), _sources(corpus, lang, None, words), lang)
        source, target = pairs[0]
    t = corpus.tasks
    a, b = t[t["doc_id"] == source], t[t["doc_id"] == target]
    ids = set(corpus.documents["doc_id"])
    absent = [d for d in (source, target) if d not in ids]
    if absent:
        return _message_figure(_t("align_title", lang), _t("not_in_corpus", lang) + ", ".join(absent),
                               _sources(corpus, lang, [d for d in (source, target) if d in ids], words), lang)
    labels = doc_labels(corpus, lang, words.glossary)
    tokenizer = tokenizer or similarity.load_tokenizer()
    texts = similarity.task_texts(a) + similarity.task_texts(b)
    if a.empty or b.empty or not any(tokenizer(x) for x in texts):
        empty = [labels[d] for d, f in ((source, a), (target, b)) if f.empty] or [labels[source], labels[target]]
        return _message_figure(_t("align_title", lang), _t("not_compared", lang) + ", ".join(empty),
                               _sources(corpus, lang, [source, target], words), lang)
    X, _ = similarity.tfidf_matrix(texts, tokenizer)
    sim = (X[len(a):] @ X[:len(a)].T).toarray()
    with style.house_style():
        fig, ax = style.new_figure("full", height=min(9.0, max(4.0, 0.22 * len(b) + 2.5)))
        im = ax.imshow(sim, cmap=style.SEQUENTIAL_CMAP, vmin=0, vmax=1, aspect="auto")
        step_x = max(1, int(np.ceil(len(a) / 40)))
        step_y = max(1, int(np.ceil(len(b) / 30)))
        ax.set_xticks(range(0, len(a), step_x), [str(n) for n in a["task_no"]][::step_x],
                      fontsize=8 if len(a) <= 25 else 6)
        ax.set_yticks(range(0, len(b), step_y), [str(n) for n in b["task_no"]][::step_y],
                      fontsize=8 if len(b) <= 25 else 6)
        ax.set_xlabel(style.wrap_text(labels[source] + _t("task_no", lang), 4.5, 8.5))
        ax.set_ylabel(style.wrap_text(labels[target] + _t("task_no", lang), 3.5, 8.5))
        fig.colorbar(im, ax=ax, label=_t("cosine", lang), fraction=0.04, pad=0.02)
        _title(fig, _t("align_title", lang) + ("：" if lang == "zh" else ": ") + labels[source]
               + ("与" if lang == "zh" else " and ") + labels[target])
        style.add_source_line(fig, _sources(corpus, lang, [source, target], words), lang=lang)
    return fig


# --------------------------------------------------------------------------- deadlines

def _plan_rows(corpus) -> list[dict]:
    docs = corpus.documents
    return docs[docs["kind"] == "plan"].to_dict("records")


def fig_deadline_timeline(corpus, lang: str = "zh") -> Figure:
    """Dated deadlines per half-year of each plan's period, one panel per plan, one y scale for all.

    A plan without a readable period, or without dated deadlines, gets a panel saying so.
    """
    _check_lang(lang)
    words = _Words(lang)
    plans = _plan_rows(corpus)
    if not plans:
        return _message_figure(_t("timeline_title", lang), _t("no_docs", lang), _sources(corpus, lang, None, words), lang)
    bins = profiles.deadline_bins(corpus, "half")
    labels = doc_labels(corpus, lang, words.glossary)
    nrows, ncols = _grid(len(plans), 1 if len(plans) <= 3 else (2 if len(plans) <= 8 else 3))
    panel_w = style.FULL_WIDTH / ncols - 0.5
    ymax = max(1, int(bins["n"].max()) if len(bins) else 1)
    with style.house_style():
        fig, axes = style.new_figure("full", height=1.55 * nrows + 1.1, nrows=nrows, ncols=ncols, squeeze=False)
        for k, ax in enumerate(axes.flat):
            if k >= len(plans):
                ax.set_axis_off()
                continue
            doc = plans[k]
            d = bins[bins["doc_id"] == doc["doc_id"]]
            _panel_title(ax, labels[doc["doc_id"]], panel_w)
            if d.empty:
                _note(ax, _t("no_period", lang), panel_w)
                continue
            names = [_t(b, lang) if b in ("before", "after") else b for b in d["bin"]]
            ax.bar(range(len(d)), d["n"], color=style.PALETTE[k % len(style.PALETTE)])
            ax.set_ylim(0, ymax * 1.15)
            ax.set_xticks(range(len(d)), names, rotation=90 if (len(d) > 6 or ncols > 1) else 0, fontsize=7)
            ax.tick_params(axis="y", labelsize=7)
            if int(d["n"].sum()) == 0:
                ax.text(0.5, 0.6, _t("no_dated", lang), transform=ax.transAxes, ha="center", va="center",
                        fontsize=style.ANNOTATION_SIZE, color=style.NOTE_COLOR, style="italic")
        fig.supxlabel(_t("half", lang))
        fig.supylabel(_t("n_deadlines", lang))
        _title(fig, _t("timeline_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, [p["doc_id"] for p in plans], words), lang=lang)
    return fig


def _column_labels(ax, names: list[str], axes_width_in: float, tails: list[str] | None = None) -> None:
    """x tick labels of a matrix: horizontal and wrapped while a column is wide enough, else vertical.
    ``tails`` (e.g. "(n=4)") go on a line of their own and are never shortened away."""
    n = max(1, len(names))
    col = axes_width_in / n
    tails = tails or [""] * len(names)
    join = lambda label, tail: label + ("\n" + tail if tail else "")  # noqa: E731
    if n <= 6:
        ax.set_xticks(range(len(names)), [join(style.wrap_text(x, col - 0.08, 7.5, 3), t) for x, t in zip(names, tails)],
                      fontsize=7.5)
    else:
        size = 7.5 if n <= 12 else (6.5 if n <= 20 else 5.5)
        if n <= 12 or not any(tails):
            lines = 1 if any(tails) else 2
            texts = [join(style.wrap_text(x, 1.6 if lines == 1 else 1.3, size, lines), t) for x, t in zip(names, tails)]
        else:  # narrow columns: one line, the tail kept whole after a shortened label
            texts = [style.wrap_text(x, 1.6 - style.text_width_in(" " + t, size), size, 1) + " " + t
                     for x, t in zip(names, tails)]
        ax.set_xticks(range(len(names)), texts, rotation=90, fontsize=size)


def _plan_axis(ax, names: list[str], width_in: float) -> None:
    ax.set_yticks(range(len(names)), [style.wrap_text(x, width_in, 8, 2) for x in names])
    ax.set_ylim(len(names) - 0.5, -0.5)


def fig_deadline_kinds(corpus, lang: str = "zh") -> Figure:
    """Stacked shares of deadline kinds (dated, ongoing, recurring …) per plan, with the n each bar rests on.

    A plan without any deadline gets a note, not an empty bar. The legend sits to the right of the bars.
    """
    _check_lang(lang)
    words = _Words(lang)
    plans = [p["doc_id"] for p in _plan_rows(corpus)]
    if not plans:
        return _message_figure(_t("kinds_title", lang), _t("no_docs", lang), _sources(corpus, lang, None, words), lang)
    d = corpus.deadlines
    labels = doc_labels(corpus, lang, words.glossary)
    counts = (d[d["doc_id"].isin(plans)].groupby(["doc_id", "kind"]).size().unstack(fill_value=0)
              .reindex(index=plans, columns=list(_DEADLINE_KINDS), fill_value=0))
    totals = counts.sum(axis=1)
    shares = counts.div(totals.replace(0, 1), axis=0)
    with style.house_style():
        fig, ax = style.new_figure("full", height=0.32 * len(plans) + 1.6)
        left = np.zeros(len(plans))
        y = np.arange(len(plans))
        for k, kind in enumerate(_DEADLINE_KINDS):
            name = _DEADLINE_KINDS[kind][0 if lang == "zh" else 1]
            ax.barh(y, shares[kind], left=left, color=style.PALETTE[k], label=name, height=0.7)
            left += shares[kind].to_numpy()
        for yi, p in enumerate(plans):
            if totals[p] == 0:
                ax.text(0.01, yi, _t("no_deadlines", lang), va="center", fontsize=style.ANNOTATION_SIZE,
                        color=style.NOTE_COLOR, style="italic")
            else:
                ax.text(1.01, yi, f"n={int(totals[p])}", va="center", fontsize=style.ANNOTATION_SIZE)
        _plan_axis(ax, [labels[p] for p in plans], 1.3)
        ax.set_xlim(0, 1.12)
        ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
        ax.spines["bottom"].set_bounds(0, 1)
        ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
        ax.set_xlabel(_t("share", lang))
        ax.legend(fontsize=style.ANNOTATION_SIZE, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
        _title(fig, _t("kinds_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, plans, words), lang=lang)
    return fig


def fig_front_loading(corpus, lang: str = "zh") -> Figure:
    """Share of each plan's dated deadlines that fall in the first year of its period, with n.

    Every plan has a row; one without a period or without dated deadlines says so instead of a bar.
    """
    _check_lang(lang)
    words = _Words(lang)
    s = profiles.deadline_summary(corpus)
    if s.empty:
        return _message_figure(_t("front_title", lang), _t("no_docs", lang), _sources(corpus, lang, None, words),
                               lang, width="column")
    labels = doc_labels(corpus, lang, words.glossary)
    with style.house_style():
        fig, ax = style.new_figure("column", height=0.32 * len(s) + 1.7)
        for yi, row in enumerate(s.itertuples()):
            n = int(row.n_date + row.n_date_then_ongoing)
            if not row.has_period:
                ax.text(0.01, yi, _t("no_period", lang) if n else _t("no_dated", lang), va="center",
                        fontsize=style.ANNOTATION_SIZE - 0.5, color=style.NOTE_COLOR, style="italic")
            elif n == 0:
                ax.text(0.01, yi, _t("no_dated", lang), va="center", fontsize=style.ANNOTATION_SIZE - 0.5,
                        color=style.NOTE_COLOR, style="italic")
            else:
                v = float(row.share_first_year)
                ax.barh(yi, v, color=style.PALETTE[0], height=0.7)
                ax.text(v + 0.02, yi, f"{v:.0%} (n={n})", va="center", fontsize=style.ANNOTATION_SIZE)
        _plan_axis(ax, [labels[d] for d in s["doc_id"]], 1.1)
        ax.set_xlim(0, 1.45)
        ax.set_xticks([0, 0.5, 1.0])
        ax.spines["bottom"].set_bounds(0, 1)
        ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
        ax.set_xlabel(_t("front_axis", lang))
        _title(fig, _t("front_title", lang), style.COLUMN_WIDTH)
        style.add_source_line(fig, _sources(corpus, lang, s["doc_id"], words), lang=lang)
    return fig


# --------------------------------------------------------------------------- training

_AUDIENCE_ORDER = ["执法人员", "领导班子成员", "基层站所执法人员"]
_MARKERS = ["o", "s", "D", "^", "v"]


def fig_training(corpus, lang: str = "zh") -> Figure:
    """Hours per year and sessions per year required, by plan (rows) and audience (marker), two panels.

    Each panel has one x scale for all plans; a plan that states no requirement
    of that kind says so (missing is not zero). The legend sits above the panels.
    """
    _check_lang(lang)
    words = _Words(lang)
    t = profiles.training_profile(corpus)
    plans = [p["doc_id"] for p in _plan_rows(corpus)]
    if not plans:
        return _message_figure(_t("training_title", lang), _t("no_docs", lang), _sources(corpus, lang, None, words), lang)
    t = t[t["doc_id"].isin(plans)]
    labels = doc_labels(corpus, lang, words.glossary)
    audiences = [a for a in _AUDIENCE_ORDER if a in set(t["audience"])] + sorted(set(t["audience"]) - set(_AUDIENCE_ORDER))
    colours = {a: style.PALETTE[(k + 4) % len(style.PALETTE)] for k, a in enumerate(audiences)}
    with style.house_style():
        fig, axes = style.new_figure("full", height=0.3 * len(plans) + 2.0, ncols=2, sharey=True)
        for ax, measure, key in ((axes[0], "hours_per_year", "hours"), (axes[1], "times_per_year", "times")):
            m = t[t[measure].notna()].groupby(["doc_id", "audience"], sort=False)[measure].max()
            top = float(m.max()) if len(m) else 1.0
            for yi, p in enumerate(plans):
                if p not in m.index.get_level_values(0):
                    ax.text(0.02 * top * 1.15, yi, _t("no_training", lang), va="center", color=style.NOTE_COLOR,
                            fontsize=style.ANNOTATION_SIZE - 0.5, style="italic")
            for k, a in enumerate(audiences):
                mine = m[m.index.get_level_values(1) == a]
                ys = [plans.index(d) + (k - (len(audiences) - 1) / 2) * 0.2 for d, _ in mine.index]
                ax.scatter(mine.to_numpy(dtype=float), ys, marker=_MARKERS[k % len(_MARKERS)], s=22,
                           color=colours[a], label=words(a, "audience"), zorder=3)
            ax.set_xlim(0, top * 1.15)
            ax.grid(axis="x", color="#DDDDDD", linewidth=0.6)
            ax.set_axisbelow(True)
            ax.set_xlabel(_t(key, lang))
        _plan_axis(axes[0], [labels[p] for p in plans], 1.2)
        if audiences:
            fig.legend(*axes[0].get_legend_handles_labels(), loc="outside right upper", frameon=False,
                       fontsize=style.ANNOTATION_SIZE)
        _title(fig, _t("training_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, plans, words), lang=lang)
    return fig


def fig_report_vs_plan(corpus, lang: str = "zh", report: str | None = None, plan: str | None = None) -> Figure:
    """Training hours a progress report says were achieved against the plan's requirement.

    Without ``report`` and ``plan``: the first pair :func:`analysis.settings.default_report_plan`
    finds (a report and the plan it reports on). Missing values are marked "–" (not drawn as
    zero); when the corpus lacks the report or plan, or neither states hours, the figure says so.
    """
    _check_lang(lang)
    words = _Words(lang)
    if report is None or plan is None:
        from .settings import default_report_plan

        pairs, _ = default_report_plan(corpus)
        if not pairs:
            return _message_figure(_t("report_title", lang), _t("no_report_pair", lang),
                                   _sources(corpus, lang, None, words), lang, width="column")
        report, plan = pairs[0]
    ids = set(corpus.documents["doc_id"])
    present = [d for d in (plan, report) if d in ids]
    labels = doc_labels(corpus, lang, words.glossary)
    title = _t("report_title", lang)
    if len(present) == 2:
        title = (f"{labels[report]}与{labels[plan]}" if lang == "zh" else f"{labels[report]} against {labels[plan]}")
    r = profiles.report_against_plan(corpus, report=report, plan=plan)
    r = r[r["measure"] == "hours_per_year"].dropna(subset=["required", "achieved"], how="all")
    if len(present) < 2 or r.empty:
        note = (_t("not_in_corpus", lang) + ", ".join(d for d in (plan, report) if d not in ids)) if len(present) < 2 \
            else _t("no_report", lang)
        return _message_figure(title, note, _sources(corpus, lang, present, words), lang, width="column")
    with style.house_style():
        fig, ax = style.new_figure("column", height=0.5 * len(r) + 2.0)
        y = np.arange(len(r))
        top = float(np.nanmax(r[["required", "achieved"]].to_numpy(dtype=float)))
        for off, col, colour, key in ((-0.2, "required", style.PALETTE[0], "required"),
                                      (0.2, "achieved", style.PALETTE[1], "achieved")):
            vals = r[col].to_numpy(dtype=float)
            ax.barh(y + off, np.nan_to_num(vals), 0.4, color=colour, label=_t(key, lang))
            for yi, v in zip(y, vals):
                ax.text((0 if np.isnan(v) else v) + top * 0.02, yi + off, "–" if np.isnan(v) else f"{v:g}",
                        va="center", fontsize=style.ANNOTATION_SIZE)
        ax.set_yticks(y, [style.wrap_text(words(a, "audience"), 1.0, 8, 2) for a in r["audience"]])
        ax.set_ylim(len(r) - 0.4, -0.6)
        ax.set_xlim(0, top * 1.25)
        ax.set_xlabel(_t("hours", lang))
        fig.legend(*ax.get_legend_handles_labels(), loc="outside right upper", frameon=False,
                   fontsize=style.ANNOTATION_SIZE)
        ax.set_title(style.wrap_text(title, 1.9, 9.5, 3))
        style.add_source_line(fig, _sources(corpus, lang, [plan, report], words), lang=lang)
    return fig


# --------------------------------------------------------------------------- similarity

def _document_texts(corpus) -> dict[str, str]:
    """doc_id → the comparable body of the document, in corpus order."""
    return similarity.document_texts(corpus.tasks, corpus.documents["doc_id"])


def fig_similarity(corpus, lang: str = "zh", tokenizer=None) -> Figure:
    """Document × document TF-IDF cosine heatmap, ordered by hierarchical clustering, with dendrogram.

    Documents without task text are not compared and are named under the heatmap.
    """
    from scipy.cluster.hierarchy import dendrogram, linkage
    from scipy.spatial.distance import squareform

    _check_lang(lang)
    words = _Words(lang)
    tokenizer = tokenizer or similarity.load_tokenizer()
    labels = doc_labels(corpus, lang, words.glossary)
    texts = _document_texts(corpus)
    usable = {d: x for d, x in texts.items() if tokenizer(x)}
    left_out = [labels[d] for d in texts if d not in usable]
    if len(usable) < 2:
        note = _t("one_doc", lang) + ("" if not left_out else "; " + _t("not_compared", lang) + ", ".join(left_out))
        return _message_figure(_t("sim_title", lang), note, _sources(corpus, lang, None, words), lang)
    X, _ = similarity.tfidf_matrix(list(usable.values()), tokenizer)
    sim = similarity.cosine_matrix(X)
    dist = squareform(np.clip(1 - sim, 0, None), checks=False)
    link = linkage(dist, method="average")
    names = [labels[d] for d in usable]
    n = len(names)
    with style.house_style():
        # a 2 × 2 grid keeps the dendrogram exactly as wide as the heatmap, colorbar beside it
        fig, grid = style.new_figure("full", height=min(9.5, 4.2 + 0.18 * n), nrows=2, ncols=2,
                                     gridspec_kw={"height_ratios": [1, 4], "width_ratios": [30, 1]})
        (ax_d, corner), (ax, cax) = grid
        corner.set_axis_off()
        dn = dendrogram(link, orientation="top", no_labels=True, ax=ax_d, color_threshold=0,
                        above_threshold_color="#555555")
        order = dn["leaves"]
        ax_d.set_xlim(0, 10 * len(order))
        ax_d.set_axis_off()
        for artist in ax_d.get_children():  # the tree stays inside its axes; no clip path, whose SVG id varies
            artist.set_clip_on(False)
        m = sim[np.ix_(order, order)]
        im = ax.imshow(m, cmap=style.SEQUENTIAL_CMAP, vmin=0, vmax=1, aspect="auto")
        size = 8 if n <= 8 else (7 if n <= 14 else 5.5)
        _column_labels(ax, [names[i] for i in order], 4.6)
        ax.set_yticks(range(n), [style.wrap_text(names[i], 1.5, size, 1) for i in order], fontsize=size)
        if n <= 10:
            for (i, j), v in np.ndenumerate(m):
                ax.text(j, i, f"{v:.2f}", ha="center", va="center", fontsize=style.ANNOTATION_SIZE if n <= 7 else 6,
                        color=style.text_colour_on(v))
        if left_out:
            ax.set_xlabel(style.wrap_text(_t("not_compared", lang) + ", ".join(left_out), 5.0, 7.5, 3),
                          fontsize=7.5, color=style.NOTE_COLOR)
        fig.colorbar(im, cax=cax, label=_t("cosine", lang))
        _title(fig, _t("sim_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, None, words), lang=lang)
    return fig


def distinctive_terms(corpus, n: int = 8, tokenizer=None) -> pd.DataFrame:
    """The ``n`` most distinctive terms of each document by keyness (χ², Yates) against the rest of the
    corpus (:func:`analysis.similarity.keyness`). Out: doc_id, rank, term, keyness, n_target, n_reference, p."""
    tokenizer = tokenizer or similarity.load_tokenizer()
    return similarity.keyness(_document_texts(corpus), tokenizer, n=n)


def fig_distinctive_terms(corpus, lang: str = "zh", n: int = 8, tokenizer=None) -> Figure:
    """The ``n`` most distinctive terms of each document by keyness against the rest, one panel each,
    one keyness scale for all panels. A document with too little text says so."""
    _check_lang(lang)
    words = _Words(lang)
    terms = distinctive_terms(corpus, n=n, tokenizer=tokenizer)
    docs = list(corpus.documents["doc_id"])
    labels = doc_labels(corpus, lang, words.glossary)
    nrows, ncols = _grid(len(docs), 3 if len(docs) != 4 else 2)
    panel_w = style.FULL_WIDTH / ncols - 0.2
    xmax = float(terms["keyness"].max()) * 1.05 if len(terms) else 1.0
    term_w = 1.0 if ncols == 3 else 1.3
    with style.house_style():
        fig, axes = style.new_figure("full", height=(0.22 * n + 0.75) * nrows + 1.0, nrows=nrows, ncols=ncols,
                                     squeeze=False)
        for k, ax in enumerate(axes.flat):
            if k >= len(docs):
                ax.set_axis_off()
                continue
            _panel_title(ax, labels[docs[k]], panel_w - term_w - 0.2)
            d = terms[terms["doc_id"] == docs[k]]
            if d.empty:
                _note(ax, _t("no_terms", lang), panel_w - term_w - 0.2)
                continue
            ax.barh(range(len(d)), d["keyness"], color=style.PALETTE[k % len(style.PALETTE)])
            ax.set_yticks(range(len(d)), [style.wrap_text(words(x, "term"), term_w, 7, 2) for x in d["term"]])
            ax.set_ylim(n - 0.5, -0.5)
            ax.set_xlim(0, xmax)
            ax.tick_params(labelsize=7)
        fig.supxlabel(_t("keyness", lang))
        _title(fig, _t("terms_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, docs, words), lang=lang)
    return fig


# --------------------------------------------------------------------------- responsibility

def fig_responsibility(corpus, lang: str = "zh", top: int = 8) -> Figure:
    """Tasks carried by each responsible unit (aliases resolved), one panel per document with 责任单位
    clauses, one x scale for all panels; documents naming no unit are listed in a last panel."""
    _check_lang(lang)
    words = _Words(lang)
    r = profiles.responsibility(corpus)
    docs = list(dict.fromkeys(r["doc_id"]))
    labels = doc_labels(corpus, lang, words.glossary)
    without = [labels[d] for d in corpus.documents["doc_id"] if d not in set(docs)]
    if not docs:
        return _message_figure(_t("resp_title", lang), _t("no_units", lang) + "; ".join(without),
                               _sources(corpus, lang, None, words), lang)
    top = top if len(docs) <= 2 else min(top, 6)
    top = max(1, min(top, int(r.groupby("doc_id").size().max())))
    nrows, ncols = _grid(len(docs), 1 if len(docs) == 1 else 2)
    note_row = bool(without)  # documents naming no unit: listed on a last, short, full-width row
    nrows += note_row
    panel_w = style.FULL_WIDTH / ncols - 0.2
    unit_w = 1.6 if ncols == 2 else 2.4
    xmax = int(r["n_tasks"].max())
    panel_h = 0.3 * top + 0.9
    note = _t("no_units", lang) + ("、" if lang == "zh" else "; ").join(without)
    note_w = style.FULL_WIDTH - unit_w - 0.6  # the spanning row starts where the panels' axes start
    note_lines = style.wrap_text(note, note_w, style.ANNOTATION_SIZE).count("\n") + 1
    heights = [panel_h] * (nrows - 1) + [0.25 + 0.16 * note_lines if note_row else panel_h]
    with style.house_style():
        fig, axes = style.new_figure("full", height=sum(heights) + 0.9, nrows=nrows, ncols=ncols, squeeze=False,
                                     gridspec_kw={"height_ratios": heights})
        flat = list(axes.flat)
        if note_row:
            grid = flat[0].get_subplotspec().get_gridspec()
            for ax in axes[-1]:
                ax.remove()
            flat = flat[:(nrows - 1) * ncols] + [fig.add_subplot(grid[-1, :])]
        for k, ax in enumerate(flat):
            if k < len(docs):
                d = docs[k]
                mine = r[r["doc_id"] == d].head(top)
                ax.barh(range(len(mine)), mine["n_tasks"], color=style.PALETTE[k % len(style.PALETTE)])
                ax.set_yticks(range(len(mine)), [style.wrap_text(words(u, "unit"), unit_w, 7, 2) for u in mine["unit"]])
                ax.set_ylim(top - 0.5, -0.5)
                ax.set_xlim(0, xmax * 1.08)
                ax.tick_params(labelsize=7)
                ax.xaxis.get_major_locator().set_params(integer=True)
                _panel_title(ax, labels[d], panel_w - unit_w - 0.2)
                if k >= len(docs) - ncols or nrows == 1:
                    ax.set_xlabel(_t("n_tasks", lang))
            elif note_row and k == len(flat) - 1:
                _note(ax, note, note_w + 0.2)
            else:
                ax.set_axis_off()
        _title(fig, _t("resp_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, None, words), lang=lang)
    return fig


# --------------------------------------------------------------------------- English words

def english_strings(corpus, n_terms: int = 8, top_units: int = 8, tokenizer=None) -> Iterator[tuple[str, str]]:
    """Every Chinese string (with its glossary kind) that the ``_en`` figures of ``corpus`` translate:
    regions and issuers without English in the manifest, responsible units, distinctive terms, audiences."""
    rows = _manifest_rows(corpus)
    for doc in corpus.documents.to_dict("records"):
        info = {**doc, **{k: v for k, v in rows.get(doc["doc_id"], {}).items() if str(v or "").strip()}}
        region = _region_zh(info)
        if region and not str(info.get("region_en", "") or "").strip():
            yield region, "region"
        if info.get("issuer") and not str(info.get("issuer_en", "") or "").strip():
            yield str(info["issuer"]), "issuer"
    r = profiles.responsibility(corpus)
    for u in r.groupby("doc_id", sort=False).head(top_units)["unit"]:
        yield str(u), "unit"
    for term in distinctive_terms(corpus, n=n_terms, tokenizer=tokenizer)["term"]:
        yield str(term), "term"
    for a in sorted(set(corpus.training["audience"].dropna())):
        yield str(a), "audience"


#: name → figure function; the names are the file stems under figures/ (``task_alignment`` is drawn
#: once per pair of the settings: :func:`figure_jobs`).
FIGURES: dict[str, Callable] = {
    "coverage_heatmap": fig_coverage,
    "task_alignment": fig_alignment,
    "deadline_timeline": fig_deadline_timeline,
    "deadline_kinds": fig_deadline_kinds,
    "deadline_front_loading": fig_front_loading,
    "training_requirements": fig_training,
    "training_report_vs_plan": fig_report_vs_plan,
    "document_similarity": fig_similarity,
    "distinctive_terms": fig_distinctive_terms,
    "responsibility_units": fig_responsibility,
    **reuse_figures.REUSE_FIGURES,  # reuse_cascade, reuse_map, reuse_task_status
}
#: At most this many alignment figures are written (the first pairs of the settings).
MAX_ALIGNMENT_FIGURES = 6


def _takes(func: Callable, name: str) -> bool:
    code = func.__code__
    return name in code.co_varnames[:code.co_argcount + code.co_kwonlyargcount]


def figure_arguments(func: Callable, tokenizer=None, reuse=None, focus=None, codebook=None) -> dict:
    """The shared inputs ``func`` takes: ``tokenizer`` (TF-IDF figures), ``reuse`` (a
    :class:`~analysis.reuse.Reuse`, the reuse figures), ``focus`` (the documents to highlight) and
    ``codebook`` (the settings' codebook), so that one tokenizer and one reuse comparison serve every
    figure and language."""
    given = (("tokenizer", tokenizer), ("reuse", reuse), ("focus", focus), ("codebook", codebook))
    return {k: v for k, v in given if v is not None and _takes(func, k)}


def figure_jobs(settings) -> list[tuple[str, Callable, dict]]:
    """``(file stem, figure function, its own arguments)`` of every figure ``make all`` writes.

    In: the :class:`~analysis.settings.Resolved` settings of the corpus. Every figure of
    :data:`FIGURES` once, except ``task_alignment``: one figure per pair of the settings
    (``task_alignment_<source>_<target>`` in lower case, other characters than letters, digits and ``_``
    as ``_``; at most :data:`MAX_ALIGNMENT_FIGURES`; a corpus without
    a pair gets one ``task_alignment`` saying so), and ``training_report_vs_plan`` for the first
    (report, plan) pair of the settings.
    """
    jobs = []
    for name, func in FIGURES.items():
        if name == "task_alignment" and settings.pairs:
            stems: list[str] = []
            for a, b in settings.pairs[:MAX_ALIGNMENT_FIGURES]:
                stem = re.sub(r"[^a-z0-9_]", "_", f"{name}_{a}_{b}".lower())  # doc_ids may hold . - and capitals
                stem = stem if stem not in stems else f"{stem}_{len(stems) + 1}"
                stems.append(stem)
                jobs.append((stem, func, {"source": a, "target": b}))
        elif name == "training_report_vs_plan" and settings.report_plan:
            report, plan = settings.report_plan[0]
            jobs.append((name, func, {"report": report, "plan": plan}))
        else:
            jobs.append((name, func, {}))
    return jobs


def write_all_figures(corpus, out_dir: str | Path = "figures", progress: Callable | None = None,
                      study=None) -> list[Path]:
    """Draw every figure of :func:`figure_jobs` in Chinese and English and save PNG + SVG.

    In: the corpus, the output folder, optionally ``progress(done, total, stem, seconds)``,
    called after each figure file pair is written, and the :class:`~analysis.study.Study` whose
    settings choose the pairs and whose shared comparisons (tokens, reuse) the figures use
    (default: the corpus's own defaults, nothing cached).
    Out: the paths written (``<name>.png/.svg`` and ``<name>_en.png/.svg``).
    The corpus is compared for reuse once (timed in the first reuse figure's line) and passed,
    with the tokenizer, focus and codebook, to the figures that take them (:func:`figure_arguments`).
    With the study's cache, a figure's files are kept there, keyed by the corpus, the settings,
    the codebook and the package (:mod:`analysis.cache`): drawn again, they would be the same
    bytes, so a second run on the same corpus copies them instead of drawing.
    A figure that fails raises :class:`FigureError` naming it.
    """
    import tempfile
    import time

    from .cache import frame_digest

    if study is None:
        from .cache import Cache
        from .settings import Settings
        from .study import open_study

        study = open_study(corpus=corpus, settings=Settings(), cache=Cache(None))
    paths: list[Path] = []
    jobs = [(stem, func, own, lang, suffix) for stem, func, own in figure_jobs(study.settings)
            for lang, suffix in (("zh", ""), ("en", "_en"))]
    key = (study.digest, study.settings.key(), frame_digest(study.codebook()))
    out = Path(out_dir)

    def draw(func, own, lang, name) -> dict[str, bytes]:
        kwargs = figure_arguments(func, tokenizer=study.tokenizer, reuse=study.reuse() if _takes(func, "reuse") else None,
                                  focus=study.focus, codebook=study.codebook() if _takes(func, "codebook") else None)
        fig = func(corpus, lang=lang, **kwargs, **own)
        with tempfile.TemporaryDirectory(prefix="figure-") as tmp:
            return {p.name: p.read_bytes() for p in style.save_figure(fig, name, tmp)}

    for k, (stem, func, own, lang, suffix) in enumerate(jobs, 1):
        t0 = time.perf_counter()
        try:
            name = f"{stem}{suffix}"
            files = study.cache.get("figure", (*key, name, repr(sorted(own.items()))),
                                    lambda: draw(func, own, lang, name))
            out.mkdir(parents=True, exist_ok=True)
            for file, data in files.items():
                (out / file).write_bytes(data)
                paths.append(out / file)
        except Exception as exc:  # noqa: BLE001 — re-raised with the figure's name
            raise FigureError(f"figure {stem}{suffix}: {type(exc).__name__}: {exc}") from exc
        if progress is not None:
            progress(k, len(jobs), f"{stem}{suffix}", time.perf_counter() - t0)
    return paths


class FigureError(RuntimeError):
    """A figure could not be drawn; the message names it."""
