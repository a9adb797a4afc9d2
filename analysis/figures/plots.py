"""Stage 6 — brief-ready figures: one function per figure, ``fig_<name>(corpus, lang="zh", focus=None) -> Figure``.

Every figure is drawn in the house style of :mod:`analysis.figures.style` (a CJK font
installed from PyPI, a colour-blind-safe palette, a source line naming the
corpus — ``corpus_title``, which every figure takes, else a name computed from the corpus
(:mod:`analysis.compare.corpus_title`) — and its documents) and saved by :func:`write_all_figures` as ``figures/<name>.png``
(300 dpi) and ``figures/<name>.svg``, in Chinese and in English
(``<name>_en``).

Every figure fits an A4 page (:data:`analysis.figures.style.MAX_HEIGHT`) at any corpus
size. With a handful of documents each has its own panel, row or column; past
that (:mod:`analysis.figures.scale`: :data:`~analysis.figures.scale.PANELS_MAX`
documents for panels, :data:`~analysis.figures.scale.ROWS_MAX` for rows and
columns) the figure draws groups of documents — by level, region or year
(``group_by``) — as distributions or pooled shares, and the researcher's
``focus`` documents (a list of doc_ids every figure takes) on their own, named.
A document has one colour in every figure
(:func:`analysis.figures.scale.document_colours`). Long labels are wrapped or
shortened, legends sit outside the data, panels that are compared share one
scale, shares show the number of items they rest on, and what is missing or
left out (no period, no tasks, reports in a figure of plans, focus documents not
in the corpus) is said in a grey note, a hatch or the figure's notes — never
drawn as a zero, never dropped in silence. English figures take their words
from :mod:`analysis.figures.glossary`; what it cannot give is written ``[no entry k]``
and explained in the figure's notes. Documents are labelled by
:func:`analysis.figures.labels.doc_labels` everywhere.

:data:`FIGURES` holds these and the reuse figures of :mod:`analysis.figures.reuse_plots`
(the cascade, the reuse map, copied/adapted/new per task).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Iterator

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from ..compare import coverage, profiles, reuse, similarity
from ..parse.extract.training import AUDIENCES
from . import progress_plots, reuse_plots as reuse_figures, style
from . import scale
from .labels import TEXT as _SHARED_TEXT, Words as _Words, check_lang as _check_lang, doc_labels
from .labels import manifest_rows as _manifest_rows, message_figure as _message_figure, note as _note
from .labels import region_zh as _region_zh, sources as _sources, title as _title

__all__ = [
    "doc_labels", "fig_coverage", "fig_alignment", "fig_deadline_timeline", "fig_deadline_kinds",
    "fig_front_loading", "fig_training", "fig_report_vs_plan", "fig_similarity", "fig_distinctive_terms",
    "fig_responsibility", "FIGURES", "MAX_ALIGNMENT_FIGURES", "figure_arguments", "figure_jobs", "write_all_figures",
    "english_strings", "distinctive_terms", "MIN_KEYNESS",
]

#: The least keyness (Yates-corrected χ², 1 degree of freedom) of a distinctive term: p < 0.05.
MIN_KEYNESS = similarity.CHI2_CRITICAL[0.05]

_T = {
    "share_tasks": {"zh": "涉及该主题的任务占比", "en": "Share of tasks touching the theme"},
    "share_tasks_mean": {"zh": "涉及该主题的任务占比（组内文件平均）", "en": "Share of tasks touching the theme "
                                                                  "(mean over the group's documents)"},
    "coverage_title": {"zh": "各方案任务的主题覆盖", "en": "Themes covered by each plan's tasks"},
    "coverage_n": {"zh": "n：文件的任务数；组的文件数（有任务者）", "en": "n: a document's tasks; a group's documents "
                                                                  "(those with tasks)"},
    "categories_cut": {"zh": "另有{k}个主题未列出（覆盖最少者）", "en": "{k} further theme{s}, the least covered, {are} not drawn"},
    "n_deadlines": {"zh": "有明确日期的时限（个）", "en": "Dated deadlines (count)"},
    "share_dated": {"zh": "占有明确日期时限的比例", "en": "Share of dated deadlines"},
    "timeline_title": {"zh": "时限在方案期内的分布（按半年）", "en": "Dated deadlines over the plan period (half-years)"},
    "timeline_rel_title": {"zh": "时限在方案期内的分布（自方案期起按半年）",
                           "en": "Dated deadlines over the plan period (half-years from its start)"},
    "kinds_title": {"zh": "各方案时限类型构成", "en": "Kinds of deadline in each plan"},
    "share": {"zh": "占全部时限的比例", "en": "Share of all deadlines"},
    "front_title": {"zh": "前置程度：第一年到期的时限占比", "en": "Front-loading: dated deadlines due in the first year"},
    "front_axis": {"zh": "第一年内到期的比例", "en": "Share due in the plan's first year"},
    "front_groups": {"zh": "组：各方案占比的箱线图（粗线为中位数），n为方案数", "en": "Groups: box of the plans' shares "
                                                                             "(thick line: median); n plans"},
    "training_title": {"zh": "培训与学习要求（折算为每年）", "en": "Training and study requirements, per year"},
    "training_groups": {"zh": "组：各方案各对象要求的箱线图（粗线为中位数）",
                        "en": "Groups: box of the plans' requirements, every audience (thick line: median)"},
    "hours": {"zh": "学时/年", "en": "Hours per year"},
    "times": {"zh": "次/年", "en": "Sessions per year"},
    "other_audiences": {"zh": "其他对象", "en": "other audiences"},
    "report_title": {"zh": "报告所述成效与方案要求", "en": "Reported achievement against the plan"},
    "required": {"zh": "方案要求", "en": "Plan requirement"},
    "achieved": {"zh": "报告所述", "en": "Reported"},
    "sim_title": {"zh": "文件间TF-IDF余弦相似度", "en": "TF-IDF cosine similarity between documents"},
    "sim_groups_title": {"zh": "文件间TF-IDF余弦相似度（按{by}分组，组内按聚类排序）",
                         "en": "TF-IDF cosine similarity between documents (grouped by {by}, clustered within)"},
    "sim_axis": {"zh": "文件（与纵轴同序）", "en": "Documents (same order as the rows)"},
    "by": {"level": ("级别", "level"), "region": ("地区", "region"), "year": ("年份", "year")},
    "terms_title": {"zh": "各文件的特征词（与其余文件相比）", "en": "Distinctive terms of each document (against the rest)"},
    "terms_groups_title": {"zh": "各组文件的特征词（与其余文件相比）",
                           "en": "Distinctive terms of each group of documents (against the rest)"},
    "keyness": {"zh": "关键性（χ²，与其余文件相比；p<0.05）", "en": "Keyness (χ² against the other documents; p < 0.05)"},
    "terms_rule": {"zh": "不计地名、机构名与泛用词（data/divisions.csv、语料中的责任单位与发文机关、词性、"
                         "data/keyness_stopwords.txt）；至少出现2次且χ²≥{k:.2f}（p<0.05）。",
                   "en": "Places, organs and generic words are left out (data/divisions.csv, the units and issuers "
                         "of the corpus, part of speech, data/keyness_stopwords.txt); a term occurs at least twice and "
                         "has χ² ≥ {k:.2f} (p < 0.05)."},
    "resp_title": {"zh": "责任单位承担的任务数", "en": "Tasks carried by each responsible unit"},
    "resp_corpus": {"zh": "全部{n}个文件", "en": "All {n} documents"},
    "resp_rest": {"zh": "其余{k}个单位（各{lo}项）", "en": "{k} more unit{s} ({lo} task{ts} each)"},
    "resp_rest_range": {"zh": "其余{k}个单位（各{lo}–{hi}项）", "en": "{k} more units ({lo}–{hi} tasks each)"},
    "n_tasks": {"zh": "任务数（个）", "en": "Tasks (count)"},
    "align_title": {"zh": "任务对齐：TF-IDF余弦相似度", "en": "Task alignment: TF-IDF cosine similarity"},
    "cosine": {"zh": "余弦相似度", "en": "cosine"},
    "task_no": {"zh": "（任务序号）", "en": " (task no.)"},
    "half": {"zh": "半年", "en": "Half-year"},
    "half_rel": {"zh": "方案期内的半年（第几年上/下半年）", "en": "Half-year of the plan period (year, half)"},
    "before": {"zh": "期前", "en": "before"},
    "after": {"zh": "期后", "en": "after"},
    "later": {"zh": "第6年起", "en": "Y6+"},
    # what is missing
    "no_period": {"zh": "未读出方案期，时限无法分期", "en": "No plan period read: deadlines not placed"},
    "no_period_n": {"zh": "{k}份方案未读出方案期，未计入", "en": "{k} plan{s} without a readable period {are} not placed"},
    "no_dated": {"zh": "无明确日期的时限", "en": "No dated deadline"},
    "no_dated_n": {"zh": "{k}份方案无明确日期的时限或方案期，未绘出", "en": "{k} plan{s} without a dated deadline or a "
                                                                  "period {are} not drawn"},
    "no_deadlines": {"zh": "未找到时限", "en": "No deadline found"},
    "no_deadlines_n": {"zh": "{k}份方案未找到时限", "en": "No deadline found in {k} plan{s}"},
    "no_tasks": {"zh": "无任务", "en": "no tasks"},
    "no_tasks_n": {"zh": "{k}个文件无任务，未计入组内平均", "en": "{k} document{s} without tasks {are} not in the means"},
    "no_training": {"zh": "未找到培训要求", "en": "No requirement found"},
    "no_training_n": {"zh": "{k}份方案未提培训要求", "en": "No training requirement stated in {k} plan{s}"},
    "no_units": {"zh": "未列责任单位的文件：", "en": "No responsible unit named in: "},
    "no_units_n": {"zh": "{k}个文件未列责任单位", "en": "No responsible unit named in {k} document{s}"},
    "no_text": {"zh": "无可比较的文字", "en": "No task text to compare"},
    "no_terms": {"zh": "无达到标准的特征词", "en": "No term passes the test"},
    "not_in_corpus": {"zh": "语料中缺少：", "en": "Not in the corpus: "},
    "not_compared": {"zh": "未比较（无任务文本）：", "en": "Not compared (no task text): "},
    "not_compared_n": {"zh": "{k}个文件无任务文本，未比较", "en": "{k} document{s} without task text {are} not compared"},
    "sampled": {"zh": "图中为{total}个文件中的{n}个（每组每{step}个取一个，另加重点文件）",
                "en": "{n} of the {total} documents drawn (one in {step} of each group, and the focus documents)"},
    "one_doc": {"zh": "只有一个文件，无可比较", "en": "Only one document: nothing to compare"},
    "no_plans": {"zh": "语料中没有方案（此图只画方案）", "en": "No plan in the corpus (this figure draws plans)"},
    "no_report": {"zh": "语料中没有该报告或方案的学时数据", "en": "No training hours in the report or the plan"},
    "no_report_pair": {"zh": "语料中没有可与方案对照的报告", "en": "No report in the corpus with a plan it reports on"},
    "no_pair": {"zh": "语料中没有两个有任务的方案可对齐", "en": "No two plans with tasks to align"},
    "reports_out": {"zh": "{k}份报告不在此图（只画方案）", "en": "{k} report{s} not drawn (plans only)"},
    "coverage_groups_title": {"zh": "各组方案任务的主题覆盖（组内平均）", "en": "Themes covered by the plans' tasks "
                                                                       "(mean per group)"},
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


def _t(key: str, lang: str, **kw) -> str:
    """The text ``key`` in ``lang``, filled in; an English count ``k`` agrees its noun ({s}) and verb ({are})."""
    text = _T[key][lang]
    if "k" in kw:
        kw = {"s": "" if kw["k"] == 1 else "s", "are": "is" if kw["k"] == 1 else "are", **kw}
    return text.format(**kw) if kw else text


def _by(group_by: str, lang: str) -> str:
    return _T["by"][group_by][0 if lang == "zh" else 1]


# --------------------------------------------------------------------------- shared pieces

def _panel_title(ax, text: str, width_in: float, highlight: str | None = None, lines: int = 2) -> None:
    """A panel's title, wrapped; a focus document's washed in its colour (``highlight``)."""
    t = ax.set_title(style.wrap_text(text, width_in, style.PANEL_TITLE_SIZE, max_lines=lines),
                     fontsize=style.PANEL_TITLE_SIZE, loc="left")
    if highlight:
        scale.highlight(t, highlight)


def _grid(n: int, max_cols: int) -> tuple[int, int]:
    ncols = max(1, min(max_cols, n))
    return int(np.ceil(max(n, 1) / ncols)), ncols


def _plan_ids(corpus) -> list[str]:
    docs = corpus.documents
    return list(docs.loc[docs["kind"] == "plan", "doc_id"])


def _no_plans(corpus, lang: str) -> str:
    """Why a figure of plans has nothing to draw: no document at all, or no plan among them."""
    return _t("no_plans" if len(corpus.documents) else "no_docs", lang)


def _reports_note(corpus, lang: str) -> list[str]:
    """The note of a figure of plans that leaves out the corpus's other documents (reports)."""
    k = int((corpus.documents["kind"] != "plan").sum())
    return [_t("reports_out", lang, k=k, s="" if k == 1 else "s")] if k else []


def _notes(words, corpus, focus, lang: str, *more, shown: int | None = None, among=None) -> list[str]:
    """Every note of a figure: its own (``more``: strings or lists of strings), the focus documents it
    could not find or draw (:func:`analysis.figures.scale.focus_notes`; ``among``: the documents the
    figure draws), and the ``[no entry k]`` words of an English figure."""
    out = []
    for m in more:
        out.extend([m] if isinstance(m, str) else list(m))
    labels = doc_labels(corpus, lang, words.glossary) if among is not None else None
    return [n for n in out if n] + scale.focus_notes(corpus, focus, lang, shown, among, labels) + words.notes()


def _context(corpus, lang: str, focus, corpus_title=None):
    """What most figures start from: their words, the document labels and the document colours."""
    _check_lang(lang)
    words = _Words(lang, corpus_title=corpus_title)
    return words, doc_labels(corpus, lang, words.glossary), scale.document_colours(corpus, focus)


def _highlight_focus(labels_artists, rows_) -> None:
    for artist, r in zip(labels_artists, rows_):
        if r.focus:
            scale.highlight(artist, r.colour)


# --------------------------------------------------------------------------- coverage

def _category_rows(n: int, room_in: float) -> tuple[int, float, int]:
    """How many category rows fit ``room_in`` inches (at least one line at the house minimum each),
    their label size in pt and lines."""
    fit = int(room_in // (style.MIN_TEXT_SIZE * 1.3 / 72))
    shown = min(n, max(1, fit))
    _, size, lines = scale.row_size(shown, room_in, most=0.3)
    return shown, size, lines


def fig_coverage(corpus, lang: str = "zh", codebook: pd.DataFrame | None = None, focus=None,
                 group_by: str = "level", corpus_title=None) -> Figure:
    """Heatmap: codebook category × document, share of the document's tasks touching it.

    Up to :data:`~analysis.figures.scale.ROWS_MAX` documents, a column each; past that, a column per
    group of documents (``group_by``: the mean share over its documents with tasks) and one per
    focus document. A document without tasks is a hatched grey column ("no tasks"), not zeros; each
    column label carries the number its shares rest on (tasks of a document, documents of a group).
    A codebook too long for the page keeps its most covered categories and says how many it left out.
    """
    words, labels, colours = _context(corpus, lang, focus, corpus_title)
    scale.check_group_by(group_by)
    codebook = codebook if codebook is not None else coverage.load_codebook()
    docs = list(corpus.documents["doc_id"])
    matrix = coverage.coverage_matrix(corpus.tasks, codebook).reindex(columns=docs)
    n_tasks = corpus.tasks.groupby("doc_id").size().reindex(docs, fill_value=0)
    cols, grouped = scale.rows(corpus, docs, labels, lang, focus, group_by, colours=colours)
    values, tails, empty = [], [], []
    for c in cols:
        with_tasks = [d for d in c.ids if n_tasks[d] > 0]
        values.append(matrix[with_tasks].mean(axis=1).to_numpy(dtype=float) if with_tasks
                      else np.full(len(matrix), np.nan))
        tails.append(f"(n={len(with_tasks):,})" if c.group else f"(n={int(n_tasks[c.ids[0]])})")
        empty.append(not with_tasks)
    data = np.column_stack(values) if values else np.zeros((len(matrix), 0))
    room = style.MAX_HEIGHT - 2.7 - 0.12 * (2 + len(scale.focus_notes(corpus, focus, lang)))  # title, labels, notes
    shown, size, lines = _category_rows(len(matrix), room)
    keep = np.argsort(-np.nan_to_num(data).sum(axis=1), kind="stable")[:shown] if shown < len(matrix) else None
    categories = list(matrix.index)
    if keep is not None:
        keep = np.sort(keep)
        data, categories = data[keep], [categories[i] for i in keep]
    if lang == "en":
        # an empty label_en (a drafted codebook without a glossary entry) is the Chinese label's [no entry k]
        cat_label = {c: words.codebook(v) if str(v or "").strip() else words(z) for c, v, z
                     in zip(codebook["category"], codebook["label_en"], codebook["label_zh"]) if c in categories}
    else:
        cat_label = dict(zip(codebook["category"], codebook["label_zh"]))
    n = len(cols)
    no_tasks = sum(1 for d in docs if n_tasks[d] == 0)
    notes = [_t("categories_cut", lang, k=len(matrix) - shown)] if keep is not None else []
    if grouped:
        notes += [_t("coverage_n", lang)] + ([_t("no_tasks_n", lang, k=no_tasks)] if no_tasks else [])
    notes = _notes(words, corpus, focus, lang, notes, shown=scale.FOCUS_MAX if grouped else None)
    row_h = min(0.3, room / max(len(categories), 1))
    height = min(style.MAX_HEIGHT, max(6.5, row_h * len(categories) + 2.2 + (0.5 if n > 6 else 0)
                                      + 0.12 * len(notes)))
    with style.house_style():
        fig, ax = style.new_figure("full", height=height)
        im = ax.imshow(np.nan_to_num(data), cmap=style.SEQUENTIAL_CMAP, vmin=0, vmax=1, aspect="auto")
        for j, is_empty in enumerate(empty):
            if is_empty:
                ax.add_patch(Rectangle((j - 0.5, -0.5), 1, len(categories), facecolor=style.MISSING_COLOR,
                                       hatch=style.MISSING_HATCH, edgecolor="#B0B0B0", linewidth=0))
                ax.text(j, (len(categories) - 1) / 2, _t("no_tasks", lang), rotation=90, ha="center", va="center",
                        fontsize=style.ANNOTATION_SIZE, color=style.NOTE_COLOR)
        _column_labels(ax, [c.label for c in cols], 4.0, tails)
        _highlight_focus(ax.get_xticklabels(), cols)
        ax.set_yticks(range(len(categories)), [style.wrap_text(cat_label[c], 2.2, size, lines) for c in categories],
                      fontsize=size)
        if grouped and any(c.focus for c in cols):
            ax.axvline(next(k for k, c in enumerate(cols) if c.focus) - 0.5, color="white", lw=2.5)
        if n <= 8:
            for (i, j), v in np.ndenumerate(data):
                if v > 0:
                    ax.text(j, i, f"{v:.0%}" if v >= 0.005 else "<1%", ha="center", va="center",
                            fontsize=style.ANNOTATION_SIZE, color=style.text_colour_on(v))
        cbar = fig.colorbar(im, ax=ax, fraction=0.04, pad=0.02)
        cbar.set_label(style.wrap_text(_t("share_tasks_mean" if grouped else "share_tasks", lang), 2.5, 8.5))
        _title(fig, _t("coverage_groups_title" if grouped else "coverage_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, docs, words, focus), lang=lang, notes=notes)
    return fig


# --------------------------------------------------------------------------- alignment

def fig_alignment(corpus, lang: str = "zh", source: str | None = None, target: str | None = None,
                  tokenizer=None, focus=None, corpus_title=None) -> Figure:
    """Task × task TF-IDF cosine between two plans (rows: ``target`` tasks, columns: ``source`` tasks).

    Without ``source`` and ``target``: the first pair :func:`analysis.compare.pairs.default_pairs` computes
    from the corpus (``make all`` draws one figure per pair of the settings). When either plan is
    not in the corpus or has no task text, or the corpus has no two plans to align, the figure says so.
    Long plans get a task number every few tasks (as many as fit); ``focus`` is accepted as by every
    figure (the two plans are the figure's subject).
    """
    _check_lang(lang)
    words = _Words(lang, corpus_title=corpus_title)
    if source is None or target is None:
        from ..compare.pairs import default_pairs

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
        style.add_source_line(fig, _sources(corpus, lang, [source, target], words), lang=lang,
                              notes=_notes(words, corpus, focus, lang))
    return fig


# --------------------------------------------------------------------------- deadlines

def _relative_half(date: pd.Timestamp, start: int, end: int) -> int:
    """Half-year of the plan period a date falls in: 0 = first half of the first year; -1 before the
    period, 99 after it; 10 for the sixth year and later of a long period."""
    if date.year < start:
        return -1
    if date.year > end:
        return 99
    return min(10, (date.year - start) * 2 + (0 if date.month <= 6 else 1))


def _relative_bins(corpus, plan_ids: list[str]) -> tuple[dict[str, dict[int, int]], dict[str, int]]:
    """Per plan with a readable period: its dated deadlines per half-year of the period
    (:func:`_relative_half`), and the number of half-years its period has."""
    docs = corpus.documents.set_index("doc_id")
    d = corpus.deadlines
    dated = d[d["kind"].isin(profiles.DATED_KINDS) & d["date"].notna() & d["doc_id"].isin(plan_ids)]
    by_doc = {k: pd.to_datetime(g["date"]) for k, g in dated.groupby("doc_id", sort=False)}
    counts, halves = {}, {}
    for p in plan_ids:
        period = profiles.plan_period(docs.loc[p])
        if period is None:
            continue
        start, end = period
        halves[p] = min(11, (end - start + 1) * 2)
        c: dict[int, int] = {}
        for date in by_doc.get(p, []):
            k = _relative_half(date, start, end)
            c[k] = c.get(k, 0) + 1
        counts[p] = c
    return counts, halves


def _half_label(k: int, lang: str) -> str:
    if k == -1:
        return _t("before", lang)
    if k == 99:
        return _t("after", lang)
    if k == 10:
        return _t("later", lang)
    year, half = k // 2 + 1, k % 2
    return f"第{year}年{'上' if half == 0 else '下'}" if lang == "zh" else f"Y{year}H{half + 1}"


def _timeline_per_plan(corpus, lang, plans, labels, colours, focus, words) -> Figure:
    bins = profiles.deadline_bins(corpus, "half")
    chosen = set(scale.focus_of(corpus, focus)[0])
    nrows, ncols = _grid(len(plans), 1 if len(plans) <= 3 else 2 if len(plans) <= 4 else 3)
    panel_w = style.FULL_WIDTH / ncols - 0.5
    ymax = max(1, int(bins["n"].max()) if len(bins) else 1)
    with style.house_style():
        fig, axes = style.new_figure("full", height=1.55 * nrows + 1.1 + 0.12 * bool(_reports_note(corpus, lang)),
                                     nrows=nrows, ncols=ncols, squeeze=False)
        for k, ax in enumerate(axes.flat):
            if k >= len(plans):
                ax.set_axis_off()
                continue
            doc = plans[k]
            d = bins[bins["doc_id"] == doc]
            _panel_title(ax, labels[doc], panel_w, colours[doc] if doc in chosen else None)
            if d.empty:
                _note(ax, _t("no_period", lang), panel_w)
                continue
            names = [_t(b, lang) if b in ("before", "after") else b for b in d["bin"]]
            ax.bar(range(len(d)), d["n"], color=colours[doc])
            ax.set_ylim(0, ymax * 1.15)
            ax.set_xticks(range(len(d)), names, rotation=90 if (len(d) > 6 or ncols > 1) else 0, fontsize=7)
            ax.tick_params(axis="y", labelsize=7)
            ax.yaxis.get_major_locator().set_params(integer=True)
            if int(d["n"].sum()) == 0:
                ax.text(0.5, 0.6, _t("no_dated", lang), transform=ax.transAxes, ha="center", va="center",
                        fontsize=style.ANNOTATION_SIZE, color=style.NOTE_COLOR, style="italic")
        fig.supxlabel(_t("half", lang))
        fig.supylabel(_t("n_deadlines", lang))
        _title(fig, _t("timeline_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, plans, words, focus), lang=lang,
                              notes=_notes(words, corpus, focus, lang, _reports_note(corpus, lang), among=plans))
    return fig


def _timeline_groups(corpus, lang, plans, labels, colours, focus, group_by, words) -> Figure:
    """Panels of groups of plans and of the focus plans: the share of their dated deadlines per
    half-year of the period, counted from each plan's first year; one scale for all panels."""
    counts, halves = _relative_bins(corpus, plans)
    n_focus = min(len([d for d in scale.focus_of(corpus, focus)[0] if d in set(plans)]), scale.FOCUS_MAX)
    panels, _ = scale.rows(corpus, plans, labels, lang, focus, group_by, per_document=0, colours=colours,
                           max_groups=max(3, 9 - n_focus), max_focus=scale.FOCUS_MAX)
    keys = sorted({k for p in counts for k in counts[p]} | {k for p in halves for k in range(min(halves[p], 10))},
                  key=lambda k: (k != -1, k))
    shares = []
    for panel in panels:
        pooled = {k: sum(counts.get(p, {}).get(k, 0) for p in panel.ids) for k in keys}
        total = sum(pooled.values())
        shares.append([pooled[k] / total if total else 0.0 for k in keys])
    ymax = max([max(s) for s in shares if s] + [0.05])
    nrows, ncols = _grid(len(panels), 3)
    panel_w = style.FULL_WIDTH / ncols - 0.5
    no_period = sum(1 for p in plans if p not in halves)
    notes = _notes(words, corpus, focus, lang, _reports_note(corpus, lang),
                   [_t("no_period_n", lang, k=no_period)] if no_period else [], shown=scale.FOCUS_MAX, among=plans)
    names = [_half_label(k, lang) for k in keys]
    with style.house_style():
        fig, axes = style.new_figure("full", height=min(style.MAX_HEIGHT, 1.7 * nrows + 1.3 + 0.12 * len(notes)),
                                     nrows=nrows, ncols=ncols, squeeze=False, sharey=True)
        for k, ax in enumerate(axes.flat):
            if k >= len(panels):
                ax.set_axis_off()
                continue
            panel = panels[k]
            placed = [p for p in panel.ids if p in halves]
            head = (f"{panel.label}（{len(placed):,}份方案）" if lang == "zh"
                    else f"{panel.label} ({len(placed):,} plan{'' if len(placed) == 1 else 's'})") \
                if panel.group else panel.label
            _panel_title(ax, head, panel_w, panel.colour if panel.focus else None)
            if not placed:
                _note(ax, _t("no_period", lang), panel_w)
                continue
            ax.bar(range(len(keys)), shares[k], color=panel.colour)
            ax.set_ylim(0, ymax * 1.15)
            ax.set_xticks(range(len(keys)), names, rotation=90, fontsize=6.5)
            ax.tick_params(axis="y", labelsize=7)
            ax.yaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
            if not any(shares[k]):
                ax.text(0.5, 0.6, _t("no_dated", lang), transform=ax.transAxes, ha="center", va="center",
                        fontsize=style.ANNOTATION_SIZE, color=style.NOTE_COLOR, style="italic")
        fig.supxlabel(_t("half_rel", lang))
        fig.supylabel(_t("share_dated", lang))
        _title(fig, _t("timeline_rel_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, plans, words, focus), lang=lang, notes=notes)
    return fig


def fig_deadline_timeline(corpus, lang: str = "zh", focus=None, group_by: str = "level", corpus_title=None) -> Figure:
    """Dated deadlines per half-year of each plan's period.

    Up to :data:`~analysis.figures.scale.PANELS_MAX` plans: a panel per plan (calendar half-years,
    counts, one y scale for all). Past that: a panel per group of plans (``group_by``) and per focus
    plan, each the share of its dated deadlines per half-year counted from the start of each plan's
    period (Y1H1 … ), one scale for all. A plan without a readable period, or without dated
    deadlines, is said so (a panel's note, or the figure's notes).
    """
    words, labels, colours = _context(corpus, lang, focus, corpus_title)
    scale.check_group_by(group_by)
    plans = _plan_ids(corpus)
    if not plans:
        return _message_figure(_t("timeline_title", lang), _no_plans(corpus, lang), _sources(corpus, lang, None, words),
                               lang, notes=_notes(words, corpus, focus, lang, _reports_note(corpus, lang)))
    if len(plans) <= scale.PANELS_MAX:
        return _timeline_per_plan(corpus, lang, plans, labels, colours, focus, words)
    return _timeline_groups(corpus, lang, plans, labels, colours, focus, group_by, words)


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
            # vertical labels side by side: two lines only while a column holds them
            lines = 1 if any(tails) or col < 2 * size * 1.25 / 72 else 2
            texts = [join(style.wrap_text(x, 1.6 if lines == 1 else 1.3, size, lines), t) for x, t in zip(names, tails)]
        else:  # narrow columns: one line, the tail kept whole after a shortened label
            texts = [style.wrap_text(x, 1.6 - style.text_width_in(" " + t, size), size, 1) + " " + t
                     for x, t in zip(names, tails)]
        ax.set_xticks(range(len(names)), texts, rotation=90, fontsize=size)


def _row_layout(n_rows: int, fixed_in: float, most: float = 0.32) -> tuple[float, float, float, int]:
    """``(figure height, row height, label size, label lines)`` for ``n_rows`` rows under ``fixed_in``
    inches of title, axis, legend and notes, within the page."""
    h, size, lines = scale.row_size(n_rows, style.MAX_HEIGHT - fixed_in, most)
    return min(style.MAX_HEIGHT, h * n_rows + fixed_in), h, size, lines


def fig_deadline_kinds(corpus, lang: str = "zh", focus=None, group_by: str = "level", corpus_title=None) -> Figure:
    """Stacked shares of deadline kinds (dated, ongoing, recurring …) per plan, with the n each bar rests on.

    Up to :data:`~analysis.figures.scale.ROWS_MAX` plans, a bar each; past that, a bar per group of
    plans (``group_by``; their deadlines pooled) and one per focus plan. A plan without any deadline
    gets a note, not an empty bar. The legend sits to the right of the bars.
    """
    words, labels, colours = _context(corpus, lang, focus, corpus_title)
    scale.check_group_by(group_by)
    plans = _plan_ids(corpus)
    if not plans:
        return _message_figure(_t("kinds_title", lang), _no_plans(corpus, lang), _sources(corpus, lang, None, words), lang,
                               notes=_notes(words, corpus, focus, lang, _reports_note(corpus, lang)))
    d = corpus.deadlines
    rows_, grouped = scale.rows(corpus, plans, labels, lang, focus, group_by, colours=colours)
    per_plan = (d[d["doc_id"].isin(plans)].groupby(["doc_id", "kind"]).size().unstack(fill_value=0)
                .reindex(index=plans, columns=list(_DEADLINE_KINDS), fill_value=0))
    counts = pd.DataFrame([per_plan.loc[r.ids].sum(axis=0) for r in rows_]).reset_index(drop=True)
    totals = counts.sum(axis=1)
    shares = counts.div(totals.replace(0, 1), axis=0)
    none = int((per_plan.sum(axis=1) == 0).sum())
    notes = _notes(words, corpus, focus, lang, _reports_note(corpus, lang),
                   [_t("no_deadlines_n", lang, k=none)] if grouped and none else [],
                   shown=scale.FOCUS_MAX if grouped else None, among=plans)
    height, _, size, lines = _row_layout(len(rows_), 1.6 + 0.12 * len(notes))
    with style.house_style():
        fig, ax = style.new_figure("full", height=height)
        left = np.zeros(len(rows_))
        y = np.arange(len(rows_))
        for k, kind in enumerate(_DEADLINE_KINDS):
            name = _DEADLINE_KINDS[kind][0 if lang == "zh" else 1]
            ax.barh(y, shares[kind], left=left, color=style.PALETTE[k], label=name, height=0.7)
            left += shares[kind].to_numpy()
        for yi, r in enumerate(rows_):
            if totals[yi] == 0:
                ax.text(0.01, yi, _t("no_deadlines", lang), va="center", fontsize=min(size, style.ANNOTATION_SIZE),
                        color=style.NOTE_COLOR, style="italic")
            else:
                ax.text(1.01, yi, f"n={int(totals[yi]):,}", va="center", fontsize=min(size, style.ANNOTATION_SIZE))
        scale.row_axis(ax, rows_, 1.3, size, [r.named(lang, "plans") for r in rows_], lines)
        ax.set_xlim(0, 1.16 if grouped else 1.12)
        ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
        ax.spines["bottom"].set_bounds(0, 1)
        ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
        ax.set_xlabel(_t("share", lang))
        ax.legend(fontsize=style.ANNOTATION_SIZE, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
        _title(fig, _t("kinds_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, plans, words, focus), lang=lang, notes=notes)
    return fig


def fig_front_loading(corpus, lang: str = "zh", focus=None, group_by: str = "level", corpus_title=None) -> Figure:
    """Share of each plan's dated deadlines that fall in the first year of its period, with n.

    Up to :data:`~analysis.figures.scale.ROWS_MAX` plans, a row each (one without a period or without
    dated deadlines says so instead of a bar); past that, a box and strip of the plans' shares per
    group (``group_by``), with the median and n, and a row per focus plan; the plans that cannot be
    drawn are counted in a note.
    """
    words, labels, colours = _context(corpus, lang, focus, corpus_title)
    scale.check_group_by(group_by)
    s = profiles.deadline_summary(corpus)
    if s.empty:
        return _message_figure(_t("front_title", lang), _no_plans(corpus, lang), _sources(corpus, lang, None, words),
                               lang, width="column", notes=_notes(words, corpus, focus, lang, _reports_note(corpus, lang)))
    s = s.set_index("doc_id")
    plans = list(s.index)
    n_dated = (s["n_date"] + s["n_date_then_ongoing"]).astype(int)
    value = s["share_first_year"].where(s["has_period"] & (n_dated > 0)).astype(float)
    rows_, grouped = scale.rows(corpus, plans, labels, lang, focus, group_by, colours=colours)
    undrawn = int(value.isna().sum())
    notes = _notes(words, corpus, focus, lang, _reports_note(corpus, lang),
                   [_t("front_groups", lang)] + ([_t("no_dated_n", lang, k=undrawn)] if undrawn else [])
                   if grouped else [], shown=scale.FOCUS_MAX if grouped else None, among=plans)
    notes_h = style.source_line_height([], lang, style.COLUMN_WIDTH, notes) if notes else 0
    height, _, size, lines = _row_layout(len(rows_), 1.7 + notes_h)
    small = min(size, style.ANNOTATION_SIZE - 0.5)
    with style.house_style():
        fig, ax = style.new_figure("column", height=height)
        for yi, r in enumerate(rows_):
            if r.group:
                v = value[r.ids].to_numpy()
                scale.strip_box(ax, yi, r.ids, v, size=4 if len(r.ids) > 300 else 7)
                if np.isnan(v).all():
                    ax.text(0.01, yi, _t("no_dated", lang), va="center", fontsize=small, color=style.NOTE_COLOR,
                            style="italic")
                else:
                    ax.text(1.04, yi, f"{np.nanmedian(v):.0%} (n={int((~np.isnan(v)).sum()):,})", va="center",
                            fontsize=small)
                continue
            p = r.ids[0]
            if not s.loc[p, "has_period"]:
                ax.text(0.01, yi, _t("no_period", lang) if n_dated[p] else _t("no_dated", lang), va="center",
                        fontsize=small, color=style.NOTE_COLOR, style="italic")
            elif n_dated[p] == 0:
                ax.text(0.01, yi, _t("no_dated", lang), va="center", fontsize=small, color=style.NOTE_COLOR,
                        style="italic")
            else:
                v = float(value[p])
                ax.barh(yi, v, color=r.colour if grouped else style.PALETTE[0], height=0.7 if not grouped else 0.4)
                ax.text(max(v, 1.0 if grouped else v) + (0.04 if grouped else 0.02), yi, f"{v:.0%} (n={n_dated[p]})",
                        va="center", fontsize=small)
        scale.row_axis(ax, rows_, 1.1, size, [r.named(lang, "plans") for r in rows_], lines)
        ax.set_xlim(0, 1.62 if grouped else 1.45)
        ax.set_xticks([0, 0.5, 1.0])
        ax.spines["bottom"].set_bounds(0, 1)
        ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
        ax.set_xlabel(_t("front_axis", lang))
        _title(fig, _t("front_title", lang), style.COLUMN_WIDTH)
        style.add_source_line(fig, _sources(corpus, lang, plans, words, focus), lang=lang, notes=notes)
    return fig


# --------------------------------------------------------------------------- training

_AUDIENCE_ORDER = list(AUDIENCES)  # the training table's audiences (parse.extract.training), in its order
_MARKERS = ["o", "s", "D", "^", "v"]
_AUDIENCES_SHOWN = 5


def _audiences(t: pd.DataFrame) -> list[str]:
    """The audiences of the training table: the usual three first, then by how often they are named."""
    counts = t["audience"].value_counts()
    rest = sorted(set(counts.index) - set(_AUDIENCE_ORDER), key=lambda a: (-counts[a], a))
    return [a for a in _AUDIENCE_ORDER if a in counts.index] + rest


def fig_training(corpus, lang: str = "zh", focus=None, group_by: str = "level", corpus_title=None) -> Figure:
    """Hours per year and sessions per year required, by plan (rows) and audience (marker), two panels.

    Up to :data:`~analysis.figures.scale.ROWS_MAX` plans, a row each; past that, a row per group of
    plans (``group_by``: a box over every requirement its plans state, a point each coloured by
    audience) and one per focus plan. Each panel has one x scale; a plan that states no requirement
    of that kind says so (missing is not zero); at most five audiences are told apart, the others
    are "other audiences". The legend sits beside the panels.
    """
    words, labels, colours = _context(corpus, lang, focus, corpus_title)
    scale.check_group_by(group_by)
    plans = _plan_ids(corpus)
    if not plans:
        return _message_figure(_t("training_title", lang), _no_plans(corpus, lang), _sources(corpus, lang, None, words),
                               lang, notes=_notes(words, corpus, focus, lang, _reports_note(corpus, lang)))
    t = profiles.training_profile(corpus)
    t = t[t["doc_id"].isin(plans)]
    rows_, grouped = scale.rows(corpus, plans, labels, lang, focus, group_by, colours=colours)
    audiences = _audiences(t)
    named = audiences[:_AUDIENCES_SHOWN] if len(audiences) > _AUDIENCES_SHOWN + 1 else audiences
    other = _t("other_audiences", lang)
    colour_of = {a: style.PALETTE[(k + 4) % len(style.PALETTE)] for k, a in enumerate(named)}
    marker_of = {a: _MARKERS[k % len(_MARKERS)] for k, a in enumerate(named)}
    kinds = named + ([other] if len(named) < len(audiences) else [])
    kind_label = {a: style.wrap_text(words(a, "audience") if a != other else a, 1.3, style.ANNOTATION_SIZE, 2)
                  for a in kinds}
    stating = set(t["doc_id"])
    silent = sum(1 for p in plans if p not in stating)
    notes = _notes(words, corpus, focus, lang, _reports_note(corpus, lang),
                   ([_t("training_groups", lang)] + ([_t("no_training_n", lang, k=silent)] if silent else []))
                   if grouped else [], shown=scale.FOCUS_MAX if grouped else None, among=plans)
    height, _, size, lines = _row_layout(len(rows_), 2.0 + 0.12 * len(notes), most=0.3)
    offset = min(0.2, 0.8 / max(len(kinds), 1))
    with style.house_style():
        fig, axes = style.new_figure("full", height=height, ncols=2, sharey=True)
        for ax, measure, key in ((axes[0], "hours_per_year", "hours"), (axes[1], "times_per_year", "times")):
            m = t[t[measure].notna()].groupby(["doc_id", "audience"], sort=False)[measure].max()
            top = float(m.max()) if len(m) else 1.0
            for yi, r in enumerate(rows_):
                mine = [(d, a, float(v)) for (d, a), v in m.items() if d in set(r.ids)] if r.group else \
                    [(r.ids[0], a, float(v)) for (d, a), v in m.items() if d == r.ids[0]]
                if not mine:
                    ax.text(0.02 * top * 1.15, yi, _t("no_training", lang), va="center", color=style.NOTE_COLOR,
                            fontsize=min(size, style.ANNOTATION_SIZE - 0.5), style="italic")
                    continue
                if r.group:
                    scale.strip_box(ax, yi, [f"{d}|{a}" for d, a, _ in mine], [v for _, _, v in mine],
                                    colour=scale.GROUP_COLOUR, size=4 if len(mine) > 300 else 7)
                    continue
                for d, a, v in mine:
                    kind = a if a in colour_of else other
                    k = kinds.index(kind)
                    ax.scatter([v], [yi + (k - (len(kinds) - 1) / 2) * offset], marker=marker_of.get(kind, "x"),
                               s=22, color=colour_of.get(kind, "#8C8C8C"), zorder=3)
            ax.set_xlim(0, top * 1.15)
            ax.grid(axis="x", color="#DDDDDD", linewidth=0.6)
            ax.set_axisbelow(True)
            ax.set_xlabel(_t(key, lang))
        scale.row_axis(axes[0], rows_, 1.2, size, [r.named(lang, "plans") for r in rows_], lines)
        handles = [axes[0].scatter([], [], marker=marker_of.get(a, "x"), s=22, color=colour_of.get(a, "#8C8C8C"),
                                   label=kind_label[a])
                   for a in kinds if not grouped or any(not r.group for r in rows_)]
        if handles:
            fig.legend(handles=handles, loc="outside right upper", frameon=False, fontsize=style.ANNOTATION_SIZE)
        _title(fig, _t("training_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, plans, words, focus), lang=lang, notes=notes)
    return fig


def fig_report_vs_plan(corpus, lang: str = "zh", report: str | None = None, plan: str | None = None,
                       focus=None, corpus_title=None) -> Figure:
    """Training hours a progress report says were achieved against the plan's requirement.

    Without ``report`` and ``plan``: the first pair :func:`analysis.compare.pairs.default_report_plan`
    finds (a report and the plan it reports on). Missing values are marked "–" (not drawn as
    zero); when the corpus lacks the report or plan, or neither states hours, the figure says so.
    ``focus`` is accepted as by every figure (the report and the plan are the figure's subject).
    """
    _check_lang(lang)
    words = _Words(lang, corpus_title=corpus_title)
    if report is None or plan is None:
        from ..compare.pairs import default_report_plan

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
        return _message_figure(title, note, _sources(corpus, lang, present, words), lang, width="column",
                               notes=_notes(words, corpus, focus, lang))
    with style.house_style():
        fig, ax = style.new_figure("column", height=min(style.MAX_HEIGHT, 0.5 * len(r) + 2.0))
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
        style.add_source_line(fig, _sources(corpus, lang, [plan, report], words), lang=lang,
                              notes=_notes(words, corpus, focus, lang))
    return fig


# --------------------------------------------------------------------------- similarity

def _document_texts(corpus) -> dict[str, str]:
    """doc_id → the comparable body of the document, in corpus order."""
    return similarity.document_texts(corpus.tasks, corpus.documents["doc_id"])


def _tokens(texts: dict[str, str], tokenizer) -> dict[str, list[str]]:
    """text → tokens, each distinct text tokenized once."""
    out: dict[str, list[str]] = {}
    for x in texts.values():
        if x not in out:
            out[x] = tokenizer(x)
    return out


def _similarity_per_document(corpus, lang, sim, names, ids, left_out, focus, colours, words) -> Figure:
    from scipy.cluster.hierarchy import dendrogram, linkage
    from scipy.spatial.distance import squareform

    chosen = set(scale.focus_of(corpus, focus)[0])
    link = linkage(squareform(np.clip(1 - sim, 0, None), checks=False), method="average")
    n = len(names)
    notes = _notes(words, corpus, focus, lang)
    with style.house_style():
        # a 2 × 2 grid keeps the dendrogram exactly as wide as the heatmap, colorbar beside it
        fig, grid = style.new_figure("full", height=min(style.MAX_HEIGHT, 4.2 + 0.18 * n + 0.12 * len(notes)),
                                     nrows=2, ncols=2, gridspec_kw={"height_ratios": [1, 4], "width_ratios": [30, 1]})
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
        for labels_ in (ax.get_xticklabels(), ax.get_yticklabels()):
            for label, i in zip(labels_, order):
                if ids[i] in chosen:
                    scale.highlight(label, colours[ids[i]])
        if n <= 10:
            for (i, j), v in np.ndenumerate(m):
                ax.text(j, i, f"{v:.2f}", ha="center", va="center", fontsize=style.ANNOTATION_SIZE if n <= 7 else 6,
                        color=style.text_colour_on(v))
        if left_out:
            ax.set_xlabel(style.wrap_text(_t("not_compared", lang) + ", ".join(left_out), 5.0, 7.5, 3),
                          fontsize=7.5, color=style.NOTE_COLOR)
        fig.colorbar(im, cax=cax, label=_t("cosine", lang))
        _title(fig, _t("sim_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, None, words, focus), lang=lang, notes=notes)
    return fig


def _cluster_order(X, members: list[int]) -> list[int]:
    """``members`` (row numbers of ``X``) in the leaf order of their average-linkage clustering by cosine."""
    from scipy.cluster.hierarchy import leaves_list, linkage
    from scipy.spatial.distance import squareform

    if len(members) <= 2:
        return members
    sim = similarity.cosine_matrix(X[members])
    link = linkage(squareform(np.clip(1 - sim, 0, None), checks=False), method="average")
    return [members[i] for i in leaves_list(link)]


def _side_labels(ax, wanted: list[float], texts: list[str], n: int, height_in: float, side: str, size: float,
                 colours=None) -> None:
    """Labels in a narrow axes beside a heatmap of ``n`` rows, at the rows ``wanted`` or as near as they can
    be without overlapping, each with a leader line to its row."""
    gap = (size * 1.35 / 72) * n / max(height_in, 0.1)
    placed = style.spread(wanted, gap, -0.5 + gap / 2, n - 0.5 - gap / 2)
    edge, knee, x_text, ha = (1.0, 0.85, 0.8, "right") if side == "left" else (0.0, 0.15, 0.2, "left")
    for y0, y1, text, k in zip(wanted, placed, texts, range(len(texts))):
        colour = colours[k] if colours else "#555555"
        ax.plot([edge, knee, x_text + (0.02 if side == "left" else -0.02)], [y0, y1, y1], color=colour, lw=0.6)
        t = ax.text(x_text, y1, text, ha=ha, va="center", fontsize=size)
        if colours:
            scale.highlight(t, colour)
    ax.set_xlim(0, 1)
    ax.set_ylim(n - 0.5, -0.5)
    ax.set_axis_off()


#: Rows of the similarity matrix of a study at most (a dense n × n matrix: 3,000 rows take 72 MB).
_MATRIX_MAX = 3000


def _similarity_groups(corpus, lang, X, ids, labels, colours, focus, group_by, left_out_n, words) -> Figure:
    """The similarity matrix of many documents: ordered by group, clustered within each group, with
    the groups named on the left and the focus documents on the right. Past :data:`_MATRIX_MAX`
    documents, every k-th of each group (and every focus document) is drawn, and a note says so."""
    row = {d: k for k, d in enumerate(ids)}
    present = [d for d in scale.focus_of(corpus, focus)[0] if d in row][:scale.FOCUS_MAX]
    step = int(np.ceil(len(ids) / _MATRIX_MAX))  # past the matrix's size: every step-th document of each group
    blocks = [(name, [d for k, d in enumerate(members) if k % step == 0 or d in set(present)])
              for name, members in scale.groups(corpus, ids, group_by, lang)]
    order: list[int] = []
    spans = []
    for name, members in blocks:
        first = len(order)
        order += _cluster_order(X, [row[d] for d in members])
        spans.append((name, first, len(order)))
    m = similarity.cosine_matrix(X[order])
    n = len(order)
    position = {ids[i]: k for k, i in enumerate(order)}
    sampled = [_t("sampled", lang, n=f"{n:,}", total=f"{len(ids):,}", step=step)] if step > 1 else []
    notes = _notes(words, corpus, focus, lang, [_t("not_compared_n", lang, k=left_out_n)] if left_out_n else [],
                   sampled, shown=scale.FOCUS_MAX, among=ids)
    height = min(style.MAX_HEIGHT, 7.2 + 0.12 * len(notes))
    with style.house_style():
        fig, (ax_g, ax, ax_f, cax) = style.new_figure(
            "full", height=height, ncols=4, gridspec_kw={"width_ratios": [1.1, 3.6, 1.55 if present else 0.05, 0.12]})
        im = ax.imshow(m, cmap=style.SEQUENTIAL_CMAP, vmin=0, vmax=1, aspect="auto", interpolation="antialiased")
        for _, first, last in spans[1:]:  # the groups' borders
            ax.axhline(first - 0.5, color="#404040", lw=0.5)
            ax.axvline(first - 0.5, color="#404040", lw=0.5)
        ax.set_xticks([])
        ax.set_yticks([])
        ax.set_xlabel(_t("sim_axis", lang), fontsize=8)
        axes_h = height - 2.2
        texts = [scale.short(f"{name}（{last - first:,}）" if lang == "zh" else f"{name} ({last - first:,})", 1.1, 7)
                 for name, first, last in spans]
        _side_labels(ax_g, [(first + last - 1) / 2 for _, first, last in spans], texts, n, axes_h, "left", 7)
        gap = max(0.1, 0.004 * n)
        for _, first, last in spans:  # a bracket along each group's rows, apart from the next one's
            ax_g.plot([0.97, 0.97], [first - 0.5 + gap, last - 0.5 - gap], color="#555555", lw=0.8)
        if present:
            _side_labels(ax_f, [position[d] for d in present], [scale.short(labels[d], 1.3, 7) for d in present], n,
                         axes_h, "right", 7, colours=[colours[d] for d in present])
        else:
            ax_f.set_axis_off()
        fig.colorbar(im, cax=cax, label=_t("cosine", lang))
        _title(fig, _t("sim_groups_title", lang, by=_by(group_by, lang)))
        style.add_source_line(fig, _sources(corpus, lang, None, words, focus), lang=lang, notes=notes)
    return fig


def fig_similarity(corpus, lang: str = "zh", tokenizer=None, focus=None, group_by: str = "level",
                   corpus_title=None) -> Figure:
    """Document × document TF-IDF cosine heatmap.

    Up to :data:`~analysis.figures.scale.ROWS_MAX` documents: ordered by hierarchical clustering, with
    its dendrogram, every document named. Past that: the documents ordered by group (``group_by``)
    and clustered within each group, the groups named beside their rows (no label per document),
    the focus documents named on the other side with a line to their row. Documents without task
    text are not compared and are named (or counted) under the heatmap.
    """
    words, labels, colours = _context(corpus, lang, focus, corpus_title)
    scale.check_group_by(group_by)
    tokenizer = tokenizer or similarity.load_tokenizer()
    texts = _document_texts(corpus)
    toks = _tokens(texts, tokenizer)
    usable = [d for d, x in texts.items() if toks[x]]
    kept = set(usable)
    left_out = [d for d in texts if d not in kept]
    if len(usable) < 2:
        names = [labels[d] for d in left_out]
        note = _t("one_doc", lang) + ("" if not names else "; " + _t("not_compared", lang) + ", ".join(names[:8])
                                      + (" …" if len(names) > 8 else ""))
        return _message_figure(_t("sim_title", lang), note, _sources(corpus, lang, None, words, focus), lang,
                               notes=_notes(words, corpus, focus, lang))
    X, _ = similarity.tfidf_matrix([texts[d] for d in usable], tokenizer, tokens=toks)
    if len(usable) <= scale.ROWS_MAX:
        return _similarity_per_document(corpus, lang, similarity.cosine_matrix(X), [labels[d] for d in usable],
                                        usable, [labels[d] for d in left_out], focus, colours, words)
    return _similarity_groups(corpus, lang, X, usable, labels, colours, focus, group_by, len(left_out), words)


# --------------------------------------------------------------------------- distinctive terms

def _term_filter(corpus, tokenizer) -> similarity.TermFilter:
    organs = list(dict.fromkeys(list(corpus.units["unit"].dropna().astype(str))
                                + list(corpus.documents["issuer"].dropna().astype(str))))
    return similarity.term_filter(organs, tokenizer)


def distinctive_terms(corpus, n: int = 8, tokenizer=None, min_keyness: float = MIN_KEYNESS,
                      targets: dict[str, list[str]] | None = None) -> pd.DataFrame:
    """The ``n`` most distinctive terms of each document (or of each group of ``targets``: name → doc_ids)
    by keyness (χ², Yates) against the rest of the corpus (:func:`analysis.compare.similarity.keyness`).

    A term is distinctive when it occurs at least twice in the document, scores at least
    ``min_keyness`` (default :data:`MIN_KEYNESS`, χ² ≥ 3.84: p < 0.05) and stands for the plan's
    substance: places, organs and generic words are left out (:class:`analysis.compare.similarity.TermFilter`
    built from the corpus's units and issuers). Out: doc_id (the target), rank, term, keyness,
    n_target, n_reference, p.
    """
    tokenizer = tokenizer or similarity.load_tokenizer()
    return similarity.keyness(_document_texts(corpus), tokenizer, n=n, min_keyness=min_keyness,
                              keep=_term_filter(corpus, tokenizer), targets=targets)


def fig_distinctive_terms(corpus, lang: str = "zh", n: int = 8, tokenizer=None, focus=None,
                          group_by: str = "level", corpus_title=None) -> Figure:
    """The ``n`` most distinctive terms (:func:`distinctive_terms`) against the rest of the corpus.

    Up to :data:`~analysis.figures.scale.PANELS_MAX` documents, a panel each; past that, a panel per
    group of documents (``group_by``: its documents' text together against all others) and per focus
    document; at most nine panels. Each panel has its own keyness scale (a short document's χ² is not
    comparable with a long one's); a panel without a term that passes says why (no text, or no term
    significant at p < 0.05).
    """
    words, labels, colours = _context(corpus, lang, focus, corpus_title)
    scale.check_group_by(group_by)
    tokenizer = tokenizer or similarity.load_tokenizer()
    docs = list(corpus.documents["doc_id"])
    if len(docs) < 2:
        return _message_figure(_t("terms_title", lang), _t("one_doc" if docs else "no_docs", lang),
                               _sources(corpus, lang, None, words, focus), lang, notes=_notes(words, corpus, focus, lang))
    n_focus = min(len(scale.focus_of(corpus, focus)[0]), scale.FOCUS_MAX)
    panels, grouped = scale.rows(corpus, docs, labels, lang, focus, group_by, per_document=scale.PANELS_MAX,
                                 colours=colours, max_groups=max(3, 9 - n_focus))
    targets = {f"p{k}": p.ids for k, p in enumerate(panels)}
    terms = distinctive_terms(corpus, n=n, tokenizer=tokenizer, targets=targets)
    texts = _document_texts(corpus)
    has_text = {k: any(tokenizer(texts[d]) for d in p.ids) for k, p in enumerate(panels)}
    nrows, ncols = _grid(len(panels), 3 if len(panels) != 4 else 2)
    panel_w = style.FULL_WIDTH / ncols - 0.2
    term_w = 1.0 if ncols == 3 else 1.3
    labelled = {k: [style.wrap_text(words(x, "term"), term_w, 7, 2) for x in terms.loc[terms["doc_id"] == f"p{k}", "term"]]
                for k in range(len(panels))}
    notes = _notes(words, corpus, focus, lang, _t("terms_rule", lang, k=MIN_KEYNESS),
                   shown=scale.FOCUS_MAX if grouped else None)
    height = min(style.MAX_HEIGHT, (0.22 * n + 0.75) * nrows + 1.0 + 0.12 * len(notes))
    with style.house_style():
        fig, axes = style.new_figure("full", height=height, nrows=nrows, ncols=ncols, squeeze=False)
        for k, ax in enumerate(axes.flat):
            if k >= len(panels):
                ax.set_axis_off()
                continue
            panel = panels[k]
            _panel_title(ax, panel.named(lang, "documents", "\n"), panel_w - term_w - 0.1,
                         panel.colour if panel.focus else None, lines=3)
            d = terms[terms["doc_id"] == f"p{k}"]
            if d.empty:
                _note(ax, _t("no_terms" if has_text[k] else "no_text", lang), panel_w - term_w - 0.2)
                continue
            ax.barh(range(len(d)), d["keyness"], color=panel.colour)
            ax.set_yticks(range(len(d)), labelled[k])
            ax.set_ylim(n - 0.5, -0.5)
            ax.set_xlim(0, float(d["keyness"].max()) * 1.08)
            ax.xaxis.get_major_locator().set_params(nbins=3)
            ax.tick_params(labelsize=7)
        fig.supxlabel(_t("keyness", lang))
        _title(fig, _t("terms_groups_title" if grouped else "terms_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, docs, words, focus), lang=lang, notes=notes)
    return fig


# --------------------------------------------------------------------------- responsibility

def _rest_text(counts: pd.Series, top: int, lang: str) -> str:
    """What a panel of the ``top`` units leaves out: "其余k个单位（各1–2项）" / "k more units (1–2 tasks each)"."""
    rest = counts.iloc[top:]
    if rest.empty:
        return ""
    lo, hi = int(rest.min()), int(rest.max())
    if lo == hi:
        return _t("resp_rest", lang, k=len(rest), lo=lo, ts="" if lo == 1 else "s")
    return _t("resp_rest_range", lang, k=len(rest), lo=lo, hi=hi)


def _unit_panel(ax, counts: pd.Series, top: int, rows_h: int, colour: str, xmax: float, unit_w: float,
                words, lang: str, size: float = 7) -> None:
    """One panel of units: the ``top`` units carrying most tasks, then a row saying what is left."""
    mine = counts.head(top)
    ax.barh(range(len(mine)), mine.to_numpy(), color=colour)
    names = [style.wrap_text(words(u, "unit"), unit_w, size, 2) for u in mine.index]
    rest = _rest_text(counts, top, lang)
    ticks = list(range(len(mine)))
    if rest:
        ticks.append(len(mine))
        names.append(style.wrap_text(rest, unit_w, size, 2))
    ax.set_yticks(ticks, names)
    if rest:
        last = ax.get_yticklabels()[-1]
        last.set_color(style.NOTE_COLOR)
        last.set_fontstyle("italic")
    ax.set_ylim(rows_h - 0.5, -0.5)
    ax.set_xlim(0, xmax * 1.08)
    ax.tick_params(labelsize=size)
    ax.xaxis.get_major_locator().set_params(integer=True)


def fig_responsibility(corpus, lang: str = "zh", top: int = 8, focus=None, group_by: str = "level",
                       corpus_title=None) -> Figure:
    """Tasks carried by each responsible unit (aliases resolved).

    Up to :data:`~analysis.figures.scale.PANELS_MAX` documents naming units: a panel per document with
    its ``top`` units (six when more than two documents) and a last row saying how many units are
    left out and how many tasks each carries; one x scale for all panels; documents naming no unit
    are listed (or, past eight, counted) in a last row. Past that: a panel per group of documents
    (``group_by``; the tasks of a unit name summed over the group) and per focus document, at most
    six panels, groups on one x scale and documents on another.
    """
    words, labels, colours = _context(corpus, lang, focus, corpus_title)
    scale.check_group_by(group_by)
    r = profiles.responsibility(corpus)
    docs = list(dict.fromkeys(r["doc_id"]))
    naming = set(docs)
    without = [d for d in corpus.documents["doc_id"] if d not in naming]
    if not docs:
        names = [labels[d] for d in without]
        return _message_figure(_t("resp_title", lang), _t("no_units", lang) + "; ".join(names[:8])
                               + (" …" if len(names) > 8 else ""), _sources(corpus, lang, None, words, focus), lang,
                               notes=_notes(words, corpus, focus, lang))
    if len(docs) <= scale.PANELS_MAX:
        return _responsibility_per_document(corpus, lang, r, docs, without, top, labels, colours, focus, words)
    return _responsibility_groups(corpus, lang, r, docs, without, labels, colours, focus, group_by, words)


def _responsibility_per_document(corpus, lang, r, docs, without, top, labels, colours, focus, words) -> Figure:
    chosen = set(scale.focus_of(corpus, focus)[0])
    top = top if len(docs) <= 2 else min(top, 6)
    counts = {d: r.loc[r["doc_id"] == d].set_index("unit")["n_tasks"] for d in docs}
    top = max(1, min(top, max(len(c) for c in counts.values())))
    rows_h = top + any(len(c) > top for c in counts.values())
    nrows, ncols = _grid(len(docs), 1 if len(docs) == 1 else 2)
    note_row = bool(without)  # documents naming no unit: listed on a last, short, full-width row
    nrows += note_row
    panel_w = style.FULL_WIDTH / ncols - 0.2
    unit_w = 1.6 if ncols == 2 else 2.4
    xmax = int(r["n_tasks"].max())
    panel_h = 0.3 * rows_h + 0.9
    sep = "、" if lang == "zh" else "; "
    note = _t("no_units", lang) + sep.join(labels[d] for d in without) if len(without) <= 8 else \
        _t("no_units_n", lang, k=len(without))
    note_w = style.FULL_WIDTH - unit_w - 0.6  # the spanning row starts where the panels' axes start
    note_lines = style.wrap_text(note, note_w, style.ANNOTATION_SIZE).count("\n") + 1
    heights = [panel_h] * (nrows - 1) + [0.25 + 0.16 * note_lines if note_row else panel_h]
    for d in docs:  # the unit names first, so that the notes know every [no entry k]
        [words(u, "unit") for u in counts[d].index[:top]]
    notes = _notes(words, corpus, focus, lang)
    with style.house_style():
        fig, axes = style.new_figure("full", height=min(style.MAX_HEIGHT, sum(heights) + 0.9 + 0.12 * len(notes)),
                                     nrows=nrows, ncols=ncols, squeeze=False, gridspec_kw={"height_ratios": heights})
        flat = list(axes.flat)
        if note_row:
            grid = flat[0].get_subplotspec().get_gridspec()
            for ax in axes[-1]:
                ax.remove()
            flat = flat[:(nrows - 1) * ncols] + [fig.add_subplot(grid[-1, :])]
        for k, ax in enumerate(flat):
            if k < len(docs):
                d = docs[k]
                _unit_panel(ax, counts[d], top, rows_h, colours[d], xmax, unit_w, words, lang)
                # a title may run on over the gap above the next panel's unit names, not past the figure's edge
                wide = panel_w - 0.5 if k % ncols < ncols - 1 else panel_w - unit_w - 0.2
                _panel_title(ax, labels[d], wide, colours[d] if d in chosen else None)
                if k >= len(docs) - ncols or nrows == 1:
                    ax.set_xlabel(_t("n_tasks", lang))
            elif note_row and k == len(flat) - 1:
                _note(ax, note, note_w + 0.2)
            else:
                ax.set_axis_off()
        _title(fig, _t("resp_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, None, words, focus), lang=lang, notes=notes)
    return fig


def _responsibility_groups(corpus, lang, r, docs, without, labels, colours, focus, group_by, words) -> Figure:
    present = [d for d in scale.focus_of(corpus, focus)[0] if d in set(docs)]
    n_focus = min(len(present), 4)
    panels, _ = scale.rows(corpus, docs, labels, lang, focus, group_by, per_document=0, colours=colours,
                           max_groups=max(2, 6 - n_focus), max_focus=n_focus)
    top = 6
    counts = []
    for p in panels:
        mine = r[r["doc_id"].isin(p.ids)].groupby("unit", sort=False)["n_tasks"].sum()
        counts.append(mine.sort_values(ascending=False, kind="stable"))
    rows_h = top + any(len(c) > top for c in counts)
    xmax_group = max([int(c.max()) for c, p in zip(counts, panels) if p.group and len(c)] + [1])
    xmax_doc = max([int(c.max()) for c, p in zip(counts, panels) if not p.group and len(c)] + [1])
    nrows, ncols = _grid(len(panels), 2)
    panel_w = style.FULL_WIDTH / ncols - 0.2
    unit_w = 1.6
    for c in counts:
        [words(u, "unit") for u in c.index[:top]]
    more = [_t("no_units_n", lang, k=len(without))] if without else []
    notes = _notes(words, corpus, focus, lang, more, shown=n_focus, among=docs)
    panel_h = 0.24 * rows_h + 0.85
    with style.house_style():
        fig, axes = style.new_figure("full", height=min(style.MAX_HEIGHT, panel_h * nrows + 1.0 + 0.12 * len(notes)),
                                     nrows=nrows, ncols=ncols, squeeze=False)
        for k, ax in enumerate(axes.flat):
            if k >= len(panels):
                ax.set_axis_off()
                continue
            p = panels[k]
            _unit_panel(ax, counts[k], top, rows_h, p.colour, xmax_group if p.group else xmax_doc, unit_w, words,
                        lang, size=6.5)
            _panel_title(ax, p.named(lang, "documents", "\n"), panel_w - unit_w - 0.2, p.colour if p.focus else None)
            ax.set_xlabel(_t("n_tasks", lang), fontsize=7)
        _title(fig, _t("resp_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, docs, words, focus), lang=lang, notes=notes)
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
    **progress_plots.PROGRESS_FIGURES,  # report_task_status
}
#: At most this many alignment figures are written (the first pairs of the settings).
MAX_ALIGNMENT_FIGURES = 6


def _takes(func: Callable, name: str) -> bool:
    code = func.__code__
    return name in code.co_varnames[:code.co_argcount + code.co_kwonlyargcount]


def figure_arguments(func: Callable, tokenizer=None, reuse=None, focus=None, codebook=None,
                     group_by: str | None = None, corpus_title=None) -> dict:
    """The shared inputs ``func`` takes: ``tokenizer`` (TF-IDF figures), ``reuse`` (a
    :class:`~analysis.compare.reuse.Reuse`, the reuse figures), ``focus`` (doc_ids to name and highlight),
    ``codebook`` (the settings' codebook), ``group_by`` (how a large corpus is grouped) and
    ``corpus_title`` (what the source line calls the corpus), so that one tokenizer, one reuse
    comparison and one setting serve every figure and language."""
    given = (("tokenizer", tokenizer), ("reuse", reuse), ("focus", focus), ("codebook", codebook),
             ("group_by", group_by), ("corpus_title", corpus_title))
    return {k: v for k, v in given if v is not None and _takes(func, k)}


def figure_jobs(settings) -> list[tuple[str, Callable, dict]]:
    """``(file stem, figure function, its own arguments)`` of every figure ``make all`` writes.

    In: the :class:`~analysis.settings.Resolved` settings of the corpus. Every figure of
    :data:`FIGURES` once, except ``task_alignment``: one figure per pair of the settings
    (``task_alignment_<source>_<target>`` in lower case, other characters than letters, digits and ``_``
    as ``_``; at most :data:`MAX_ALIGNMENT_FIGURES`; a corpus without
    a pair gets one ``task_alignment`` saying so), and ``training_report_vs_plan`` and
    ``report_task_status`` for the first (report, plan) pair of the settings.
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
        elif name in ("training_report_vs_plan", "report_task_status") and settings.report_plan:
            report, plan = settings.report_plan[0]
            jobs.append((name, func, {"report": report, "plan": plan}))
        else:
            jobs.append((name, func, {}))
    return jobs


def write_all_figures(corpus, out_dir: str | Path = "figures", progress: Callable | None = None, *,
                      study) -> list[Path]:
    """Draw every figure of :func:`figure_jobs` in Chinese and English and save PNG + SVG.

    In: the corpus, the output folder, optionally ``progress(done, total, stem, seconds)``,
    called after each figure file pair is written, and the :class:`~analysis.study.Study` whose
    settings choose the pairs, the ``focus`` doc_ids every figure names and highlights and
    ``group_by`` (level, region or year) for figures of many documents, and whose shared
    comparisons (tokens, reuse) the figures use (:func:`analysis.study.open_study` makes one; the
    figures stage does not choose settings itself, so imports flow down the pipeline).
    Out: the paths written (``<name>.png/.svg`` and ``<name>_en.png/.svg``).
    The corpus is compared for reuse once (timed in the first reuse figure's line) and passed,
    with the tokenizer, focus and codebook, to the figures that take them (:func:`figure_arguments`).
    With the study's cache, a figure's files are kept there, keyed by the corpus, the settings,
    the codebook and the package (:mod:`analysis.io.cache`): drawn again, they would be the same
    bytes, so a second run on the same corpus copies them instead of drawing.
    A figure that fails raises :class:`FigureError` naming it.
    """
    import tempfile
    import time

    from ..io.cache import frame_digest

    paths: list[Path] = []
    jobs = [(stem, func, own, lang, suffix) for stem, func, own in figure_jobs(study.settings)
            for lang, suffix in (("zh", ""), ("en", "_en"))]
    key = (study.digest, study.settings.key(), frame_digest(study.codebook()))
    out = Path(out_dir)

    def draw(func, own, lang, name) -> dict[str, bytes]:
        fig = func(corpus, lang=lang, **study.figure_arguments(func), **own)
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
