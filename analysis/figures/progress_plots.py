"""The figure of a report against its plan: every plan task as a row, its status as colour, by section.

:func:`fig_report_progress` draws :func:`analysis.compare.progress.compare_report` (or the table it is
given): up to :data:`TASK_ROWS_MAX` rows (tasks and their section headings) a row per task — its
number and title (English: its number), a cell coloured done / in progress / mentioned / not
mentioned, and, for a task with a numeric target, whether the report's figure meets it. Past that,
a row per section with its tasks counted by status (as :mod:`analysis.figures.scale` summarises a
corpus past a page of documents), at most :data:`SECTION_ROWS_MAX` rows, the last sections joined.
Registered in :data:`analysis.figures.FIGURES` as ``report_task_status``.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle

from ..compare import progress as progress_mod
from ..parse.numerals import chinese_number
from . import scale, style
from .labels import Words, check_lang, doc_labels, message_figure, sources, title

__all__ = ["fig_report_progress", "PROGRESS_FIGURES", "TASK_ROWS_MAX", "SECTION_ROWS_MAX", "STATUS_COLOUR"]

#: A row per task up to this many rows (tasks and section headings); past it, a row per section.
TASK_ROWS_MAX = 60
#: A row per section up to this many; past it, the last sections are drawn together.
SECTION_ROWS_MAX = 40
#: Colour of each status (Okabe–Ito); a task not assessed (a report without statements) is hatched grey.
STATUS_COLOUR = {"done": style.PALETTE[2], "in_progress": style.PALETTE[1], "mentioned": style.PALETTE[3],
                 "not_mentioned": "#D9D9D9", None: style.MISSING_COLOR}
_TARGET_COLOUR = {"met": style.PALETTE[2], "not_met": style.PALETTE[5], "not_reported": style.NOTE_COLOR}

_T = {
    "title": {"zh": "报告对照方案：逐项任务的落实情况", "en": "Plan tasks as the report speaks of them"},
    "title_sections": {"zh": "报告对照方案：各部分任务的落实情况（按部分汇总）",
                       "en": "Plan tasks as the report speaks of them, by section"},
    "done": {"zh": "已完成", "en": "done"},
    "in_progress": {"zh": "推进中", "en": "in progress"},
    "mentioned": {"zh": "仅提及", "en": "mentioned"},
    "not_mentioned": {"zh": "未提及", "en": "not mentioned"},
    None: {"zh": "未评估", "en": "not assessed"},
    "met": {"zh": "达标", "en": "met"},
    "not_met": {"zh": "未达标", "en": "not met"},
    "not_reported": {"zh": "未报数", "en": "not reported"},
    "status": {"zh": "报告所述", "en": "Report"},
    "target": {"zh": "数量目标", "en": "Target"},
    "n_tasks": {"zh": "任务数（个）", "en": "Tasks (count)"},
    "task": {"zh": "任务{no}", "en": "Task {no}"},
    "section": {"zh": "第{k}部分", "en": "Section {k}"},
    "rest": {"zh": "其余{k}个部分", "en": "the other {k} sections"},
    "rule": {"zh": "报告语句与任务的TF-IDF余弦≥{t}为提及；语句中的完成体（已、了、完成、建成、印发、数字成绩等）为已完成，"
                   "正在、稳步推进、逐步等为推进中，下一步、将、计划等只算提及（data/progress_cues.csv）；余弦低于{s}时不据此判断。",
             "en": "A report sentence at TF-IDF cosine ≥ {t} mentions the task; completive words in it (already, "
                   "completed, issued, a figure achieved …) make it done, words of work under way (now, steadily "
                   "advancing …) in progress, words of plans (next step, will, intends to …) a mention only "
                   "(data/progress_cues.csv); below cosine {s} a cue does not decide."},
    "summary_note": {"zh": "共{n}项任务，超出逐项绘制的{m}行，按部分汇总；逐项结果见笔记本04",
                     "en": "{n} tasks: more than the {m} rows drawn task by task, so counted by section; "
                           "notebook 04 lists every task"},
    "no_pair": {"zh": "语料中没有可与方案对照的报告", "en": "No report in the corpus with a plan it reports on"},
    "not_in_corpus": {"zh": "语料中缺少：", "en": "Not in the corpus: "},
    "no_tasks": {"zh": "方案中没有任务，无可对照", "en": "The plan has no tasks to set the report against"},
}


def _t(key, lang: str, **kw) -> str:
    text = _T[key][lang]
    return text.format(**kw) if kw else text


def _numeral(text) -> str:
    """A task or section number in Arabic digits (二 → 2; 12 → 12); "" when it is neither."""
    s = str(text or "").strip("（）() 、.")
    if s.isdigit():
        return s
    try:
        return str(chinese_number(s))
    except ValueError:
        return ""


def _section_titles(corpus, plan: str) -> dict[str, str]:
    """A plan's section keys (as :func:`analysis.compare.progress.task_status` writes them: ``二`` or
    ``二（一）``) → their headings from the sections table."""
    s = corpus.sections[corpus.sections["doc_id"] == plan]
    out = {}
    for row in s.itertuples():
        key = f"{row.section}（{row.subsection}）" if isinstance(row.subsection, str) and row.subsection else row.section
        out[key] = str(row.title or "")
    return out


def _section_label(key: str, k: int, titles: dict[str, str], lang: str) -> str:
    """A section heading: ``（一）提升政治素质`` in Chinese; ``Section 2.1`` (its numbers) in English, or
    ``Section k`` (its order) when its numbers are not numerals."""
    if lang == "zh":
        heading = titles.get(key, "")
        sub = key[key.find("（"):] if "（" in key else f"{key}、"
        return f"{sub}{heading}" if heading else (key or _t("section", lang, k=k))
    parts = [_numeral(p) for p in str(key).replace("（", " ").replace("）", "").split()]
    return _t("section", lang, k=".".join(parts)) if parts and all(parts) else _t("section", lang, k=k)


def _task_label(row, lang: str) -> str:
    if lang == "zh":
        return f"{row.task_no} {row.title}" if isinstance(row.title, str) and row.title else str(row.task_no)
    return _t("task", lang, no=_numeral(row.task_no) or str(row.task_seq))


def _statuses(corpus, report: str, plan: str, tokenizer, progress) -> pd.DataFrame:
    if progress is None:
        return progress_mod.compare_report(corpus, report, plan, tokenizer).tasks
    return progress.tasks if isinstance(progress, progress_mod.Progress) else progress


def fig_report_progress(corpus, lang: str = "zh", report: str | None = None, plan: str | None = None,
                        tokenizer=None, focus=None, progress=None, corpus_title=None) -> Figure:
    """Each task of a plan as the report on it speaks of it: a row per task, grouped by section, its
    status as colour (done, in progress, mentioned, not mentioned) and, for a numeric target, met /
    not met / not reported; past :data:`TASK_ROWS_MAX` rows, the tasks of each section counted by status.

    Without ``report`` and ``plan``: the first pair :func:`analysis.compare.pairs.default_report_plan`
    finds. ``progress``: the :func:`~analysis.compare.progress.compare_report` result (or its task table)
    already computed, else computed here. A corpus without such a pair, a report or plan it lacks, or
    a plan without tasks gets a figure saying so. ``focus`` is accepted as by every figure; the source
    line opens with ``corpus_title`` (the study's name of its corpus) as every figure's does."""
    check_lang(lang)
    words = Words(lang, corpus_title=corpus_title)
    heading = _t("title", lang)
    if report is None or plan is None:
        from ..compare.pairs import default_report_plan

        pairs, _ = default_report_plan(corpus)
        if not pairs:
            return message_figure(heading, _t("no_pair", lang), sources(corpus, lang, None, words), lang)
        report, plan = pairs[0]
    ids = set(corpus.documents["doc_id"])
    missing = [d for d in (report, plan) if d not in ids]
    notes = scale.focus_notes(corpus, focus, lang)
    if missing:
        return message_figure(heading, _t("not_in_corpus", lang) + ", ".join(missing),
                              sources(corpus, lang, [d for d in (plan, report) if d in ids], words), lang, notes=notes)
    labels = doc_labels(corpus, lang, words.glossary)
    pair = f"（{labels[report]}对照{labels[plan]}）" if lang == "zh" else f" ({labels[report]} against {labels[plan]})"
    tasks = _statuses(corpus, report, plan, tokenizer, progress)
    src = sources(corpus, lang, [plan, report], words)
    if tasks.empty:
        return message_figure(heading + pair, _t("no_tasks", lang), src, lang, notes=notes)
    titles = _section_titles(corpus, plan)
    keys = list(dict.fromkeys(tasks["section"].fillna("")))
    rule = _t("rule", lang, t=f"{progress_mod.THRESHOLD:g}", s=f"{progress_mod.STRONG:g}")
    if len(tasks) + len(keys) <= TASK_ROWS_MAX:
        return _per_task(tasks, keys, titles, lang, heading + pair, src, [rule] + notes + words.notes())
    note = _t("summary_note", lang, n=len(tasks), m=TASK_ROWS_MAX)
    return _per_section(tasks, keys, titles, lang, _t("title_sections", lang) + pair, src,
                        [note, rule] + notes + words.notes())


def _legend(fig, ax, lang: str, statuses, targets) -> None:
    """The colours of the statuses drawn (and of the target results), under the axes."""
    from matplotlib.transforms import ScaledTranslation

    handles = [Patch(facecolor=STATUS_COLOUR[s], edgecolor="#8C8C8C" if s == "mentioned" else "none", linewidth=0.5,
                     hatch=style.MISSING_HATCH if s is None else None, label=_t(s, lang))
               for s in (*progress_mod.STATUSES, None) if s in statuses]
    handles += [Patch(facecolor="white", edgecolor=_TARGET_COLOUR[r], linewidth=1.2,
                      label=f"{_t('target', lang)}：{_t(r, lang)}" if lang == "zh" else f"target {_t(r, lang)}")
                for r in progress_mod.TARGET_RESULTS if r in targets]
    widest = max(style.text_width_in(h.get_label(), style.ANNOTATION_SIZE) for h in handles)
    ncols = max(1, min(len(handles), int((style.FULL_WIDTH - 0.3) // (widest + 0.55))))
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncols=ncols, frameon=False,
              bbox_transform=ax.transAxes + ScaledTranslation(0, -0.12, fig.dpi_scale_trans),
              fontsize=style.ANNOTATION_SIZE, borderaxespad=0)


def _rows(tasks: pd.DataFrame, keys: list[str], titles: dict, lang: str) -> list[tuple]:
    """The rows from the top: ``("section", label)`` before each section's ``("task", row)``."""
    rows = []
    for k, key in enumerate(keys, 1):
        rows.append(("section", _section_label(key, k, titles, lang)))
        rows += [("task", r) for r in tasks[tasks["section"].fillna("") == key].itertuples()]
    return rows


def _per_task(tasks, keys, titles, lang, heading, src, notes) -> Figure:
    rows = _rows(tasks, keys, titles, lang)
    n = len(rows)
    room = style.MAX_HEIGHT - 1.5 - style.source_line_height(src, lang, notes=notes)
    row_h, size, lines = scale.row_size(n, room, most=0.24)
    label_w = 3.9
    has_target = bool((tasks["target"].fillna("") != "").any())
    with style.house_style():
        fig, ax = style.new_figure("full", height=min(style.MAX_HEIGHT, n * row_h + 1.45
                                                      + style.source_line_height(src, lang, notes=notes)))
        names = []
        for y, (kind, row) in enumerate(rows):
            if kind == "section":
                names.append(style.wrap_text(row, label_w, size, 1))
                continue
            names.append(style.wrap_text("  " + _task_label(row, lang), label_w, size, lines))
            status = row.status if isinstance(row.status, str) else None
            _cell(ax, 0, y, status, _t(status, lang), size)
            target = row.target if isinstance(row.target, str) else ""
            if target:
                _target_cell(ax, 1.05, y, target, _t(target, lang), size)
        ax.set_yticks(range(n), names, fontsize=size)
        for label, (kind, _) in zip(ax.get_yticklabels(), rows):
            if kind == "section":
                label.set_color(style.NOTE_COLOR)
        ax.set_ylim(n - 0.5, -0.5)
        ax.set_xlim(0, 2.05 if has_target else 1.0)
        top = [(0.5, _t("status", lang))] + ([(1.55, _t("target", lang))] if has_target else [])
        ax.set_xticks([x for x, _ in top], [t for _, t in top], fontsize=style.ANNOTATION_SIZE)
        ax.xaxis.tick_top()
        ax.tick_params(length=0)
        for side in ax.spines.values():
            side.set_visible(False)
        _legend(fig, ax, lang, set(tasks["status"].where(tasks["status"].notna(), None)),
                set(tasks["target"].fillna("")) - {""})
        title(fig, heading)
        style.add_source_line(fig, src, lang=lang, notes=notes)
    return fig


def _cell(ax, x: float, y: int, status, text: str, size: float) -> None:
    ax.add_patch(Rectangle((x + 0.02, y - 0.42), 0.96, 0.84, facecolor=STATUS_COLOUR[status],
                           edgecolor="#8C8C8C" if status == "mentioned" else "none", linewidth=0.5,
                           hatch=style.MISSING_HATCH if status is None else None))
    ax.text(x + 0.5, y, text, ha="center", va="center", fontsize=size,
            color="white" if status == "done" else "black")


def _target_cell(ax, x: float, y: int, result: str, text: str, size: float) -> None:
    ax.add_patch(Rectangle((x + 0.02, y - 0.42), 0.96, 0.84, facecolor="white", edgecolor=_TARGET_COLOUR[result],
                           linewidth=1.0))
    ax.text(x + 0.5, y, text, ha="center", va="center", fontsize=size, color=_TARGET_COLOUR[result])


def _section_counts(tasks: pd.DataFrame, keys: list[str], titles: dict, lang: str) -> tuple[list[str], np.ndarray]:
    """Section labels and the tasks of each per status; past
    :data:`SECTION_ROWS_MAX` sections the last ones are one row."""
    order = [*progress_mod.STATUSES, None]
    status = tasks["status"].where(tasks["status"].notna(), None)
    section = tasks["section"].fillna("")
    counts = np.array([[int(((section == key) & (status == s if s else status.isna())).sum()) for s in order]
                       for key in keys]).reshape(len(keys), len(order))
    labels = [_section_label(key, k, titles, lang) for k, key in enumerate(keys, 1)]
    if len(keys) > SECTION_ROWS_MAX:
        keep = SECTION_ROWS_MAX - 1
        rest = counts[keep:].sum(axis=0, keepdims=True)
        counts = np.vstack([counts[:keep], rest])
        labels = labels[:keep] + [_t("rest", lang, k=len(keys) - keep)]
    return labels, counts


def _per_section(tasks, keys, titles, lang, heading, src, notes) -> Figure:
    names, counts = _section_counts(tasks, keys, titles, lang)
    n = len(names)
    room = style.MAX_HEIGHT - 1.6 - style.source_line_height(src, lang, notes=notes)
    row_h, size, lines = scale.row_size(n, room, most=0.3)
    order = [*progress_mod.STATUSES, None]
    with style.house_style():
        fig, ax = style.new_figure("full", height=min(style.MAX_HEIGHT, n * row_h + 1.6
                                                      + style.source_line_height(src, lang, notes=notes)))
        left = np.zeros(n)
        for j, s in enumerate(order):
            if not counts[:, j].any():
                continue
            ax.barh(range(n), counts[:, j], left=left, color=STATUS_COLOUR[s], height=0.8,
                    edgecolor="#8C8C8C" if s == "mentioned" else "none", linewidth=0.5,
                    hatch=style.MISSING_HATCH if s is None else None)
            left += counts[:, j]
        tails = [f"（{int(c.sum())}）" if lang == "zh" else f" ({int(c.sum())})" for c in counts]
        ax.set_yticks(range(n), [style.wrap_text(t, 2.6 - style.text_width_in(tail, size), size, 1) + tail
                                 for t, tail in zip(names, tails)], fontsize=size)
        ax.set_ylim(n - 0.5, -0.5)
        ax.set_xlim(0, max(1, left.max()) * 1.02)
        ax.set_xlabel(_t("n_tasks", lang))
        ax.xaxis.get_major_locator().set_params(integer=True)
        present = {s for j, s in enumerate(order) if counts[:, j].any()}
        _legend(fig, ax, lang, present, set())
        ax.legend_.set_bbox_to_anchor((0.5, 0.0), transform=ax.transAxes + _below(fig, 0.42))
        title(fig, heading)
        style.add_source_line(fig, src, lang=lang, notes=notes)
    return fig


def _below(fig, inches: float):
    from matplotlib.transforms import ScaledTranslation

    return ScaledTranslation(0, -inches, fig.dpi_scale_trans)


#: name → figure function; merged into :data:`analysis.figures.FIGURES`.
PROGRESS_FIGURES = {"report_task_status": fig_report_progress}
