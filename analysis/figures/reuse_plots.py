"""Figures of reuse and lineage, ``fig_<name>(corpus, lang="zh", reuse=None) -> Figure``, in the house style.

* :func:`fig_cascade` — the lineage graph by level (national → provincial → municipal
  → county), each document linked to its parent with the share of its task text
  reused from it (or the evidence, when the parent is not in the corpus), siblings
  marked with what they share;
* :func:`fig_reuse_map` — where along each document the passages it shares with
  other documents lie;
* :func:`fig_task_status` — each task of two documents: copied, adapted or new
  relative to the other.

They are registered in :data:`analysis.figures.FIGURES` (through :data:`REUSE_FIGURES`),
so ``python -m analysis figures`` writes them with the others; it compares the corpus
once (:func:`analysis.compare.reuse.compare`) and passes the comparison as ``reuse=``. Without
it, each figure compares the corpus itself.

Documents are labelled by :func:`analysis.figures.labels.doc_labels`, as in every other
figure; external documents by their 文号 or title (Chinese) or their level and year
(English). Each figure says so in a grey note when there is nothing to draw (one
document, no reused passage, no task text), and fits an A4 page at any corpus size:
past a page of documents the cascade becomes a table of levels (how many documents of
each level implement a document of which level, and the median share they reuse) with
the focus documents' own chains beneath, and the reuse map a box and strip per group of
documents of the largest share each reuses from one other document, with the focus
documents on their own rows (:mod:`analysis.figures.scale`). Every figure takes
``focus`` (doc_ids to name and highlight) and ``corpus_title`` (the name its source line opens
with), and the cascade and the map ``group_by``.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle

from . import scale
from ..compare import lineage as lineage_mod
from ..compare import reuse as reuse_mod
from ..compare import similarity
from . import style
from .labels import Words, check_lang, doc_labels, message_figure, sources, title

__all__ = ["fig_cascade", "fig_reuse_map", "fig_task_status", "REUSE_FIGURES", "ALIGN_THRESHOLD"]

#: The TF-IDF cosine at which a task of one plan is taken up by a task of the other — the
#: threshold of notebook 02's alignment (:func:`analysis.compare.similarity.align_tasks`), so that the two
#: notebooks agree on which tasks are new.
ALIGN_THRESHOLD = 0.2

_T = {
    "cascade_title": {"zh": "政策传导：国家→省→市→县（线上为下级方案复用上级任务文本的比例）",
                      "en": "Policy cascade: national → provincial → municipal → county "
                            "(on each link: share of task text reused from the parent)"},
    "map_title": {"zh": "复用段落在各文件中的位置", "en": "Where the reused passages lie in each document"},
    "map_x": {"zh": "在文件正文中的位置（字符占比）", "en": "Position in the document body (share of characters)"},
    "map_legend": {"zh": "与之共享的文件", "en": "Shared with"},
    "other_docs": {"zh": "其他文件", "en": "Other documents"},
    "status_title": {"zh": "逐项任务：照搬、改写或新增", "en": "Task by task: copied, adapted or new"},
    "status_x": {"zh": "任务序号", "en": "Task"},
    "in_corpus": {"zh": "语料内文件", "en": "in the corpus"},
    "external": {"zh": "语料外文件", "en": "not in the corpus"},
    "edge_reuse": {"zh": "复用（比例）", "en": "reuse (share)"},
    "edge_named": {"zh": "清单或引用", "en": "manifest or citation"},
    "sibling": {"zh": "同级（共同上级）", "en": "siblings (same parent)"},
    "siblings_n": {"zh": "{n}个同级文件相互复用{lo}–{hi}", "en": "{n} siblings share {lo}–{hi}"},
    "more_links": {"zh": "每个文件只画一条上级连线：清单所列者，否则复用最多者，否则所引最近一级文件；"
                         "另有{n}条关联未画出，见谱系表。",
                   "en": "Each document is linked to one parent: the manifest's, else the one it reuses most, "
                         "else the nearest higher-level document it cites; {n} further links are not drawn "
                         "(see the lineage table)."},
    "no_link": {"zh": "未发现文件之间的上下级关系", "en": "No document here implements another"},
    "no_reuse": {"zh": "未发现复用段落（比较了{pairs}对文件）", "en": "No reused passage found (pairs compared: {pairs})"},
    "row_no_reuse": {"zh": "无复用段落", "en": "no reused passage"},
    "row_no_text": {"zh": "无可比较的正文", "en": "no body text to compare"},
    "one_doc": {"zh": "只有一个文件，无可比较", "en": "Only one document: nothing to compare"},
    "no_docs": {"zh": "语料中没有可绘制的文件", "en": "No document in the corpus to draw"},
    "no_tasks": {"zh": "未比较（两者均无任务文本）", "en": "Not compared: neither document has task text"},
    "levels_title": {"zh": "政策传导：各级文件实施哪一级的文件（链接数；复用任务文本比例的中位数）",
                     "en": "Policy cascade: which level each level's documents implement "
                           "(links; median share of task text reused)"},
    "child_axis": {"zh": "文件（下级）", "en": "Documents (the implementing level)"},
    "parent_axis": {"zh": "所实施的文件（上级）", "en": "The document they implement"},
    "external_col": {"zh": "语料外文件", "en": "not in the corpus"},
    "none_col": {"zh": "未找到上级", "en": "no parent found"},
    "links": {"zh": "{n}条", "en": "{n} link{s}"},
    "documents": {"zh": "{n}个文件", "en": "{n} document{s}"},
    "median": {"zh": "中位数{v}", "en": "median {v}"},
    "chains": {"zh": "重点文件的传导链（←后为复用比例或依据）：", "en": "The focus documents' chains "
                                                              "(after ←: share reused, or the evidence):"},
    "chain_none": {"zh": "未找到上级", "en": "no parent found"},
    "best_title": {"zh": "各文件从单一其他文件复用任务文本的最大比例", "en": "Largest share of each document's task text "
                                                                   "reused from one other document"},
    "best_axis": {"zh": "复用任务文本的比例（取来源最多的一个文件）", "en": "Share of task text reused (from the "
                                                                  "document it reuses most from)"},
    "best_groups": {"zh": "组：各文件比例的箱线图（粗线为中位数），n为文件数", "en": "Groups: box of the documents' "
                                                                     "shares (thick line: median); n documents"},
    "not_compared_n": {"zh": "{k}个文件未与其他文件比较或无任务文本，未绘出", "en": "{k} document{s} compared with no "
                                                                     "other or without task text {are} not drawn"},
    "own_words": {"zh": "同一任务、另行表述", "en": "same task, own words"},
    "status_rule": {"zh": "照搬：≥80%字符原样见于对方；改写：≥30%字符在复用段落中；另行表述：复用不足30%，但与对方"
                          "某项任务的TF-IDF余弦≥{t}，即笔记本02所对齐的同一任务；新增：两者皆否。",
                    "en": "copied: ≥ 80% of its characters found verbatim in the other; adapted: ≥ 30% in reused "
                          "passages; own words: less reused, but a task of the other has TF-IDF cosine ≥ {t} with "
                          "it — the same task by notebook 02's alignment; new: neither."},
}
_LEVEL = {"national": ("国家", "National"), "provincial": ("省级", "Provincial"), "municipal": ("市级", "Municipal"),
          "county": ("县级", "County"), "": ("其他", "Other")}
_STATUS = {"copied": ("照搬", "copied"), "adapted": ("改写", "adapted"), "own_words": ("另行表述", "own words"),
           "new": ("新增", "new")}
_STATUS_COLOUR = {"copied": style.PALETTE[4], "adapted": style.PALETTE[1], "own_words": "#D9D9D9", "new": "#D9D9D9"}
_STATUS_HATCH = {"own_words": "////"}
_EVIDENCE = {"manifest": ("清单", "manifest"), "citation": ("引用", "cites"), "reuse": ("复用", "reuse")}
_REUSE_COLOUR, _NAMED_COLOUR, _SIBLING_COLOUR = style.PALETTE[5], style.PALETTE[4], style.PALETTE[2]
_OTHER_COLOUR = "#8C8C8C"
_EDGE = {"#F0E442": "#A89A00"}  # yellow on the light grey bar needs an edge to be seen


def _sources(corpus, lang: str, doc_ids=None, focus=None, corpus_title=None) -> list[str]:
    """The source line's entries (:func:`analysis.figures.labels.sources`), opening with the corpus's name."""
    return sources(corpus, lang, doc_ids, Words(lang, corpus_title=corpus_title), focus)


def _t(key: str, lang: str, **kw) -> str:
    """The text ``key`` in ``lang``, filled in; an English count ``k`` agrees its noun ({s}) and verb ({are})."""
    text = _T[key][lang]
    if "k" in kw:
        kw = {"s": "" if kw["k"] == 1 else "s", "are": "is" if kw["k"] == 1 else "are", **kw}
    return text.format(**kw) if kw else text


def _reuse(corpus, reuse):
    return reuse if reuse is not None else reuse_mod.compare(corpus)


def _pct(v) -> str:
    return f"{float(v):.0%}"


# --------------------------------------------------------------------------- cascade

#: Layout of the cascade, in inches (the axes' data units are inches; see :func:`_inch_axes`).
_LEFT = 0.7           # column of level names
_NODE_SIZE = 6.8      # pt, document labels
_EDGE_SIZE = 6.5      # pt, shares and evidence on the links
_LINE_H = 0.104       # height of one line of a document label
_BOX_PAD = 0.06       # box around a label, top + bottom
_EDGE_ZONE = 0.2      # above each box: the label of its link to the parent
_SIB_ZONE = 0.24      # below a row with siblings: the bracket and its label
_ROW_GAP = 0.1
_BAND_GAP = 0.16
_PER_ROW = 5          # documents per row of a level
_CASCADE_MAX = 60     # documents and external parents drawn as a graph at most (if the page holds them)


def _node_label(node: pd.Series, labels: dict[str, str], lang: str) -> str:
    if not node["external"]:
        return labels[node["node"]]
    year = next(iter(re.findall(r"(?:19|20)\d\d", f"{node['doc_number']} {node['title']}")), "")
    if lang == "en":
        return f"{_LEVEL.get(node['level'], _LEVEL[''])[1]} document{' ' + year if year else ''}\n(not in corpus)"
    return node["doc_number"] or node["title"]


def _wrap_lines(text: str, width_in: float, size: float, max_lines: int) -> str:
    """Each line of ``text`` wrapped to ``width_in``; at most ``max_lines`` in all, the last ending in "…"."""
    lines = [x for line in text.split("\n") for x in style.wrap_text(line, width_in, size).split("\n")]
    if len(lines) > max_lines:
        rest = "".join(x + (" " if x[-1:].isascii() else "") for x in lines[max_lines - 1:]).strip()
        lines = lines[:max_lines - 1] + [style.wrap_text(rest, width_in, size, 1)]
    return "\n".join(lines)


def _rank(level: str) -> int:
    return lineage_mod.LEVEL_ORDER.index(level) if level in lineage_mod.LEVEL_ORDER else len(lineage_mod.LEVEL_ORDER)


def _primary_edges(lin) -> pd.DataFrame:
    """One link per child, the parent it most plainly implements: the manifest's parent; else the
    document it reuses most from (on a tie, the nearest higher level, then the same level); else, of
    the documents it cites, the nearest higher level (the first cited on a tie). Citations of a document at the child's own
    or a lower level are not a parent."""
    e = lin.edges
    if e.empty:
        return e
    level = dict(zip(lin.nodes["node"], lin.nodes["level"]))
    keep = []
    for child, group in e.groupby("child", sort=False):
        best, best_key = None, None
        for i, row in group.iterrows():
            kinds = set(row["evidence"].split("+"))
            share = row["reuse_share"]
            has_share = "reuse" in kinds and not pd.isna(share)
            p_rank, c_rank = _rank(level[row["parent"]]), _rank(level[child])
            if not kinds & {"manifest", "reuse"} and not (level[row["parent"]] and level[child] and p_rank < c_rank):
                continue  # a citation sideways or downwards
            key = ("manifest" not in kinds, "reuse" not in kinds, -(float(share) if has_share else 0.0),
                   p_rank >= c_rank, -p_rank, i)
            if best_key is None or key < best_key:
                best, best_key = i, key
        if best is not None:
            keep.append(best)
    return e.loc[sorted(keep)]


def _band_order(members: list[str], parent_of: dict, seq: dict, order: dict) -> list[str]:
    """The documents of one level in reading order: parents before their children of the same
    level; children under a parent already placed (a higher level, or earlier in this one) by the
    parent's place, so siblings sit together; then the others in corpus order."""
    inside = set(members)
    depth = {}
    for n in members:
        d, p, seen = 0, parent_of.get(n), {n}
        while p in inside and p not in seen:
            d, seen, p = d + 1, seen | {p}, parent_of.get(p)
        depth[n] = d
    out: list[str] = []
    placed = dict(seq)
    for d in sorted(set(depth.values())):
        def key(n):
            p = parent_of.get(n)
            if p in placed:
                return (0, placed[p], order[n])
            return (1, order[p], order[n]) if p is not None else (2, 0, order[n])

        layer = sorted((n for n in members if depth[n] == d), key=key)
        for n in layer:
            placed[n] = len(placed)
        out.extend(layer)
    return out


def _rows_of(members: list[str]) -> list[list[str]]:
    return [members[k:k + _PER_ROW] for k in range(0, len(members), _PER_ROW)] or [[]]


def _inch_axes(fig, ax, width_in: float, content_w: float) -> None:
    """Make one data unit of ``ax`` one inch, the origin at the top left of ``content_w`` centred in the axes:
    the layout engine places the axes first (title, source line), then the limits follow its size."""
    fig.get_layout_engine().execute(fig)
    pos = ax.get_position()
    w, h = pos.width * width_in, pos.height * fig.get_size_inches()[1]
    x0 = -(w - content_w) / 2
    ax.set_xlim(x0, x0 + w)
    ax.set_ylim(-h, 0)


def fig_cascade(corpus, lang: str = "zh", reuse=None, reuse_threshold: float = 0.5, focus=None,
                group_by: str = "level", corpus_title=None) -> Figure:
    """The lineage graph drawn by level, top down: national, provincial, municipal, county, other.

    Each document is linked to one parent (see :func:`_primary_edges`); the link carries the
    child's share of task text reused from the parent, or its evidence (``清单+引用`` /
    ``manifest+cites``) when the pair was not compared; a note counts the links of the
    lineage table left out. Siblings side by side are bracketed with what they share
    (``67% / 63%`` for two, the range for more). A level with more than five documents
    wraps onto further rows and the figure grows; labels are wrapped (at most three lines).
    When the graph would not fit the page (taller than :data:`~analysis.figures.style.MAX_HEIGHT`; past
    60 documents and external parents it is not even laid out), the figure is a table of
    levels instead (:func:`_cascade_levels`) with the focus documents' chains beneath.
    In: a corpus, the language, optionally a :class:`~analysis.compare.reuse.Reuse`, the
    lineage's reuse threshold, the focus doc_ids (``group_by`` is accepted as by every
    figure: the cascade is by level)."""
    check_lang(lang)
    scale.check_group_by(group_by)
    docs = list(corpus.documents["doc_id"])
    if not docs:
        return message_figure(_t("cascade_title", lang), _t("no_docs", lang),
                              _sources(corpus, lang, corpus_title=corpus_title), lang,
                              notes=scale.focus_notes(corpus, focus, lang))
    r = _reuse(corpus, reuse)
    labels = doc_labels(corpus, lang)
    lin = lineage_mod.build_lineage(corpus, r, reuse_threshold=reuse_threshold)
    edges = _primary_edges(lin)
    parent_of = dict(zip(edges["child"], edges["parent"]))
    reached = set(edges["parent"])
    nodes = lin.nodes[~lin.nodes["external"] | lin.nodes["node"].isin(reached)].set_index("node", drop=False)
    order = {n: k for k, n in enumerate(nodes.index)}
    share = {}
    for s in r.shares.itertuples():
        share[(s.doc_a, s.doc_b)], share[(s.doc_b, s.doc_a)] = s.a_share, s.b_share
    if len(nodes) > _CASCADE_MAX:  # past this no graph fits the page: no need to lay it out
        return _cascade_levels(corpus, lang, lin, edges, share, labels, focus, corpus_title)
    chosen = set(scale.focus_of(corpus, focus)[0])

    content_w = style.FULL_WIDTH - 0.2
    rows, place, y = _cascade_layout(nodes, parent_of, order, labels, lang, content_w - _LEFT)
    dropped = len(lin.edges) - len(edges)
    notes = [_t("more_links", lang, n=dropped)] if dropped else []
    if edges.empty:
        notes.append(_t("no_link", lang))
    note_text = style.wrap_text(" ".join(notes), content_w, style.ANNOTATION_SIZE) if notes else ""
    reuse_links = edges["evidence"].str.contains("reuse")
    shown = [True, nodes["external"].any(), reuse_links.any(), (~reuse_links).any(), any(row["siblings"] for row in rows)]
    legend_h = 0.42 if sum(shown) > 3 else 0.24
    note_h = (note_text.count("\n") + 1) * 0.135 + 0.05 if note_text else 0.0
    content_h = -y + 0.08 + legend_h + note_h
    title_text = _t("cascade_title", lang)
    title_lines = style.wrap_text(title_text, style.FULL_WIDTH - 0.2, 10).count("\n") + 1
    focus_notes = scale.focus_notes(corpus, focus, lang)
    footer = _sources(corpus, lang, None, focus, corpus_title)
    height = round(content_h + title_lines * 0.2 + style.source_line_height(footer, lang, notes=focus_notes) + 0.15, 2)
    if height > style.MAX_HEIGHT:
        return _cascade_levels(corpus, lang, lin, edges, share, labels, focus, corpus_title)

    box = {n: row for row in rows for n in row["nodes"]}
    half = {n: max(style.text_width_in(line, _NODE_SIZE) for line in text.split("\n")) / 2 + 0.03
            for row in rows for n, text in zip(row["nodes"], row["texts"])}
    with style.house_style():
        fig, ax = style.new_figure("full", height=height)
        ax.set_axis_off()
        _draw_levels(ax, rows, lang, content_w)
        _draw_links(ax, edges, place, box, half, share, lang)
        _draw_siblings(ax, rows, nodes, parent_of, place, half, share, lang)
        _draw_nodes(ax, rows, nodes, place, chosen)
        _cascade_legend(ax, shown, y, legend_h, note_text, lang)
        for artist in ax.get_children():  # placed in inches, not by the layout engine
            artist.set_in_layout(False)
        title(fig, title_text)
        style.add_source_line(fig, footer, lang=lang, notes=focus_notes)
        _inch_axes(fig, ax, style.FULL_WIDTH, content_w)
    return fig


def _cascade_layout(nodes, parent_of: dict, order: dict, labels: dict, lang: str, area: float):
    """Rows of the cascade in inches from the top: level by level, five documents a row, a row's
    documents sorted by their parent's place (siblings together), each row's sibling runs, and its
    top and bottom. Out: ``(rows, place, y)`` — ``place``: node → (x centre, row); ``y``: the bottom."""
    # level by level; a row's documents sorted by their parent's place, so siblings sit together
    bands = [lv for lv in lineage_mod.LEVEL_ORDER if (nodes["level"] == lv).any()]
    bands += sorted(set(nodes["level"]) - set(bands))
    place: dict[str, tuple[float, int]] = {}  # node → (x centre, row)
    rows: list[dict] = []
    seq: dict[str, int] = {}  # node → its place in reading order (row by row, left to right)
    for band in bands:
        members = _band_order([n for n in nodes.index if nodes.loc[n, "level"] == band], parent_of, seq, order)
        for k, row in enumerate(_rows_of(members)):
            slot = area / max(len(row), 1) if len(row) > 1 else min(area, 2.0)
            wrap = min(1.5, slot - 0.16)
            texts = [_wrap_lines(_node_label(nodes.loc[n], labels, lang), wrap, _NODE_SIZE, 3) for n in row]
            lines = max((t.count("\n") + 1 for t in texts), default=1)
            for j, n in enumerate(row):
                x = _LEFT + (j + 0.5) * slot if len(row) > 1 else _LEFT + area / 2
                place[n] = (x, len(rows))
                seq[n] = len(seq)
            rows.append({"band": band, "first": k == 0, "nodes": row, "texts": texts,
                         "box_h": lines * _LINE_H + _BOX_PAD, "slot": slot})
    # siblings side by side in a row: consecutive documents with one drawn parent
    for row in rows:
        runs, run = [], []
        for n in row["nodes"]:
            if run and parent_of.get(n) is not None and parent_of.get(n) == parent_of.get(run[-1]):
                run.append(n)
                continue
            if len(run) > 1:
                runs.append(run)
            run = [n]
        if len(run) > 1:
            runs.append(run)
        row["siblings"] = runs
    # vertical positions, from the top (y = 0) down
    y = 0.0
    for k, row in enumerate(rows):
        if k and row["first"]:
            y -= _BAND_GAP
        elif k:
            y -= _ROW_GAP
        row["top"] = y - _EDGE_ZONE
        row["bottom"] = row["top"] - row["box_h"]
        y = row["bottom"] - (_SIB_ZONE if row["siblings"] else 0.04)
    return rows, place, y


def _draw_levels(ax, rows: list[dict], lang: str, content_w: float) -> None:
    """The level names on the left and a thin line between levels."""
    for k, row in enumerate(rows):
        if not row["first"]:
            continue
        name = _LEVEL.get(row["band"], _LEVEL[""])[0 if lang == "zh" else 1]
        ax.text(0.0, (row["top"] + row["bottom"]) / 2, name, ha="left", va="center",
                fontsize=style.PANEL_TITLE_SIZE - 1, color=style.SOURCE_COLOR)
        if k:
            sep = rows[k - 1]["bottom"] - (_SIB_ZONE if rows[k - 1]["siblings"] else 0.04)
            ax.plot([0, content_w], [(sep + row["top"] + _EDGE_ZONE) / 2] * 2, color="#E3E3E3", lw=0.6, zorder=0)


def _draw_links(ax, edges, place: dict, box: dict, half: dict, share: dict, lang: str) -> None:
    """Each document's link to its parent, with the share it reuses from it (or the evidence)."""
    # links: up from the top of the child's box through its label zone, then to the parent's box —
    # its bottom when it is above, else its side, reached through the gap beside it
    for e in edges.itertuples():
        (cx, _), (px, _) = place[e.child], place[e.parent]
        crow, prow = box[e.child], box[e.parent]
        colour = _REUSE_COLOUR if "reuse" in e.evidence else _NAMED_COLOUR
        knee = crow["top"] + _EDGE_ZONE * 0.9
        if prow["bottom"] > knee:
            xs, ys = [cx, cx], [crow["top"], knee]
            tail, head = (cx, knee), (px, prow["bottom"])
        else:
            side = -1 if cx <= px else 1
            edge_x = px + side * half[e.parent]
            mid = (prow["top"] + prow["bottom"]) / 2
            xs, ys = [cx, cx, edge_x + side * 0.08, edge_x + side * 0.08], [crow["top"], knee, knee, mid]
            tail, head = (edge_x + side * 0.08, mid), (edge_x, mid)
        ax.plot(xs, ys, color=colour, lw=0.9, zorder=1, solid_joinstyle="miter")
        ax.annotate("", xy=head, xytext=tail, annotation_clip=False, zorder=1,
                    arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 0.9, "shrinkA": 0, "shrinkB": 0})
        value = share.get((e.child, e.parent))
        if value is not None and not pd.isna(value):
            text = _pct(value)
        else:
            text = "+".join(_EVIDENCE[k][0 if lang == "zh" else 1] for k in e.evidence.split("+") if k)
        ax.text(cx, crow["top"] + _EDGE_ZONE * 0.45, text, ha="center", va="center", fontsize=_EDGE_SIZE,
                color=colour, zorder=4, bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none"})


def _draw_siblings(ax, rows: list[dict], nodes, parent_of: dict, place: dict, half: dict, share: dict,
                   lang: str) -> None:
    """Siblings side by side: a bracket under them, with what the whole group (all children of
    their parent, on any row of the level) shares."""
    for row in rows:
        for run in row["siblings"]:
            group = [n for n in nodes.index if parent_of.get(n) == parent_of[run[0]]
                     and nodes.loc[n, "level"] == row["band"]]
            x0, x1 = place[run[0]][0] + 0.5 * half[run[0]], place[run[-1]][0] - 0.5 * half[run[-1]]
            yb = row["bottom"] - 0.05
            ax.plot([x0, x0, x1, x1], [row["bottom"], yb, yb, row["bottom"]], ls="--", color=_SIBLING_COLOUR,
                    lw=0.9, zorder=1)
            pairs = [(a, b) for i, a in enumerate(group) for b in group[i + 1:]]
            values = [v for a, b in pairs for v in (share.get((a, b)), share.get((b, a)))
                      if v is not None and not pd.isna(v)]
            if len(group) == 2 and len(values) == 2:
                left, right = (share[(run[0], run[1])], share[(run[1], run[0])])
                text = f"{_pct(left)} / {_pct(right)}"
            elif values:
                text = _t("siblings_n", lang, n=len(group), lo=_pct(min(values)), hi=_pct(max(values)))
            else:
                text = _t("sibling", lang)
            span = place[run[-1]][0] - place[run[0]][0] + row["slot"] - 0.2
            text = style.wrap_text(text, span, _EDGE_SIZE, max_lines=1)
            ax.text((x0 + x1) / 2, yb - 0.1, text, ha="center", va="center", fontsize=_EDGE_SIZE,
                    color=_SIBLING_COLOUR, zorder=4, bbox={"boxstyle": "round,pad=0.12", "fc": "white", "ec": "none"})


def _draw_nodes(ax, rows: list[dict], nodes, place: dict, chosen: set) -> None:
    """The documents in their boxes; external documents dashed and grey; focus documents in a heavier box."""
    for row in rows:
        for n, text in zip(row["nodes"], row["texts"]):
            ext = bool(nodes.loc[n, "external"])
            ax.text(place[n][0], (row["top"] + row["bottom"]) / 2, text, ha="center", va="center",
                    fontsize=_NODE_SIZE, color="#404040" if ext else "black", linespacing=1.1, zorder=3,
                    bbox={"boxstyle": "round,pad=0.3", "fc": "#F2F2F2" if ext else "white",
                          "ec": "#808080" if ext else _NAMED_COLOUR, "ls": "--" if ext else "-",
                          "lw": 1.6 if n in chosen else 0.8})


def _cascade_legend(ax, shown: list[bool], y: float, legend_h: float, note_text: str, lang: str) -> None:
    """The legend of what is drawn, under the graph, and the note of the links left out."""
    handles = [h for on, h in zip(shown, [
        Patch(fc="white", ec=_NAMED_COLOUR, label=_t("in_corpus", lang)),
        Patch(fc="#F2F2F2", ec="#808080", ls="--", label=_t("external", lang)),
        Line2D([], [], color=_REUSE_COLOUR, lw=0.9, label=_t("edge_reuse", lang)),
        Line2D([], [], color=_NAMED_COLOUR, lw=0.9, label=_t("edge_named", lang)),
        Line2D([], [], color=_SIBLING_COLOUR, lw=0.9, ls="--", label=_t("sibling", lang))]) if on]
    legend_top = y - 0.08
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.0, legend_top), bbox_transform=ax.transData,
              fontsize=style.ANNOTATION_SIZE, ncols=3, borderaxespad=0, handlelength=1.6, columnspacing=1.2)
    if note_text:
        ax.text(0.0, legend_top - legend_h, note_text, ha="left", va="top", fontsize=style.ANNOTATION_SIZE,
                color=style.NOTE_COLOR, style="italic")


def _level_name(level: str, lang: str) -> str:
    return _LEVEL.get(level, _LEVEL[""])[0 if lang == "zh" else 1]


def _level_table(lin, edges, share) -> tuple[list[str], list[str], dict, dict]:
    """Child levels (rows), parent columns (levels, then ``"external"``, then ``"none"``), and per cell the
    number of drawn links and the shares the children reuse from their parents."""
    nodes = lin.nodes.set_index("node")
    inside = nodes[~nodes["external"]]
    level = nodes["level"].to_dict()
    rows = [lv for lv in lineage_mod.LEVEL_ORDER if (inside["level"] == lv).any()]
    count: dict[tuple[str, str], int] = {}
    shares: dict[tuple[str, str], list[float]] = {}
    for child, parent in zip(edges["child"], edges["parent"]):
        col = "external" if nodes.loc[parent, "external"] else level[parent]
        key = (level[child], col)
        count[key] = count.get(key, 0) + 1
        v = share.get((child, parent))
        if v is not None and not pd.isna(v):
            shares.setdefault(key, []).append(float(v))
    linked = set(edges["child"])
    for d, lv in inside["level"].items():
        if d not in linked:
            count[(lv, "none")] = count.get((lv, "none"), 0) + 1
    cols = [lv for lv in lineage_mod.LEVEL_ORDER if any(k[1] == lv for k in count)]
    cols += [c for c in ("external", "none") if any(k[1] == c for k in count)]
    return rows, cols, count, shares


def _chain(doc: str, parent_of: dict, share: dict, evidence: dict, name, none: str) -> str:
    """``doc ← 58% ← parent ← 清单 ← grandparent``: the document's parents up the cascade."""
    parts, seen, node = [name(doc)], {doc}, doc
    if node not in parent_of:
        return f"{name(doc)} ← {none}"
    while node in parent_of and len(seen) < 6:
        parent = parent_of[node]
        v = share.get((node, parent))
        parts.append(f"{v:.0%}" if v is not None and not pd.isna(v) else evidence[(node, parent)])
        parts.append(name(parent))
        if parent in seen:
            break
        seen.add(parent)
        node = parent
    return " ← ".join(parts)


def _cascade_levels(corpus, lang: str, lin, edges, share, labels, focus, corpus_title=None) -> Figure:
    """The cascade of a corpus too large to draw document by document: a table of child level ×
    parent level (links drawn, the median share reused), and each focus document's chain of parents."""
    rows, cols, count, shares = _level_table(lin, edges, share)
    nodes = lin.nodes.set_index("node")
    col_names = [_t("external_col", lang) if c == "external" else _t("none_col", lang) if c == "none"
                 else _level_name(c, lang) for c in cols]
    n_level = nodes[~nodes["external"]]["level"].value_counts()
    row_names = [f"{_level_name(lv, lang)}（{int(n_level[lv]):,}）" if lang == "zh"
                 else f"{_level_name(lv, lang)} ({int(n_level[lv]):,})" for lv in rows]
    data = np.full((len(rows), len(cols)), np.nan)
    for i, lv in enumerate(rows):
        for j, c in enumerate(cols):
            if shares.get((lv, c)):
                data[i, j] = float(np.median(shares[(lv, c)]))
    present = [d for d in scale.focus_of(corpus, focus)[0]][:scale.FOCUS_MAX]
    parent_of = dict(zip(edges["child"], edges["parent"]))
    evidence = {(c, p): "+".join(_EVIDENCE[k][0 if lang == "zh" else 1] for k in e.split("+") if k)
                for c, p, e in zip(edges["child"], edges["parent"], edges["evidence"])}

    def name(n: str) -> str:
        return labels[n] if n in labels else _node_label({**nodes.loc[n].to_dict(), "node": n}, labels,
                                                          lang).replace("\n", " ")

    chains = [style.wrap_text(_chain(d, parent_of, share, evidence, name, _t("chain_none", lang)), style.FULL_WIDTH - 0.4,
                              style.ANNOTATION_SIZE) for d in present]
    dropped = len(lin.edges) - len(edges)
    notes = ([_t("more_links", lang, n=dropped)] if dropped else []) + scale.focus_notes(corpus, focus, lang,
                                                                                          scale.FOCUS_MAX)
    chain_lines = sum(c.count("\n") + 1 for c in chains) + (1 if chains else 0)
    table_h = 0.5 * len(rows) + 1.2
    height = min(style.MAX_HEIGHT, table_h + 0.16 * chain_lines + 1.0 + 0.12 * len(notes) + (0.3 if chains else 0))
    with style.house_style():
        fig, axes = style.new_figure("full", height=height, nrows=2 if chains else 1, squeeze=False,
                                     gridspec_kw={"height_ratios": [table_h, 0.16 * chain_lines + 0.2]}
                                     if chains else None)
        ax = axes[0, 0]
        ax.imshow(np.nan_to_num(data, nan=0.0), cmap=style.SEQUENTIAL_CMAP, vmin=0, vmax=1, aspect="auto")
        for (i, j), v in np.ndenumerate(data):
            k = count.get((rows[i], cols[j]), 0)
            if np.isnan(v):
                ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, facecolor="#F2F2F2" if k else "white",
                                       edgecolor="white", linewidth=2))
            if k:
                text = _t("documents" if cols[j] == "none" else "links", lang, n=f"{k:,}", k=k)
                if not np.isnan(v):
                    text += "\n" + _t("median", lang, v=_pct(v))
                ax.text(j, i, text, ha="center", va="center", fontsize=style.ANNOTATION_SIZE,
                        color=style.text_colour_on(0 if np.isnan(v) else v))
        ax.set_xticks(range(len(cols)), [style.wrap_text(c, 0.95, 7.5, 2) for c in col_names], fontsize=7.5)
        ax.xaxis.tick_top()
        ax.xaxis.set_label_position("top")
        ax.set_yticks(range(len(rows)), row_names, fontsize=8)
        ax.set_xlabel(_t("parent_axis", lang), fontsize=8)
        ax.set_ylabel(_t("child_axis", lang), fontsize=8)
        ax.tick_params(length=0)
        for side in ax.spines.values():
            side.set_visible(False)
        if chains:
            cax = axes[1, 0]
            cax.set_axis_off()
            cax.text(0, 1, _t("chains", lang) + "\n" + "\n".join(chains), ha="left", va="top", transform=cax.transAxes,
                     fontsize=style.ANNOTATION_SIZE, linespacing=1.35)
        title(fig, _t("levels_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, None, focus, corpus_title), lang=lang, notes=notes)
    return fig


# --------------------------------------------------------------------------- reuse map

def _legend_below(fig, ax, handles, ncols: int, below_in: float, title: str | None = None) -> None:
    """A legend under the axes' x label (``below_in`` inches under the axes), in the layout, clear of the data;
    at most ``ncols`` columns, fewer when the labels are too wide for the figure."""
    from matplotlib.transforms import ScaledTranslation

    widest = max(style.text_width_in(line, style.ANNOTATION_SIZE) for h in handles for line in h.get_label().split("\n"))
    ncols = max(1, min(ncols, len(handles), int((style.FULL_WIDTH - 0.3) // (widest + 0.6))))
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncols=ncols,
              bbox_transform=ax.transAxes + ScaledTranslation(0, -below_in, fig.dpi_scale_trans), frameon=False,
              fontsize=style.ANNOTATION_SIZE, title=title, title_fontsize=style.ANNOTATION_SIZE, borderaxespad=0)


def _shares_and_order(r, docs: list[str]) -> tuple[dict, dict]:
    """``(share, order)``: (doc, other) → the share of doc's task text reused from other (0 when
    not compared or without task text); doc → its place in the corpus."""
    order = {d: k for k, d in enumerate(docs)}
    share = {}
    for s in r.shares.itertuples():
        share[(s.doc_a, s.doc_b)] = 0.0 if pd.isna(s.a_share) else float(s.a_share)
        share[(s.doc_b, s.doc_a)] = 0.0 if pd.isna(s.b_share) else float(s.b_share)
    return share, order


def fig_reuse_map(corpus, lang: str = "zh", reuse=None, focus=None, group_by: str = "level",
                  corpus_title=None) -> Figure:
    """One bar per document along its body (0–100 % of its content characters), each reused stretch
    coloured by the document it is shared with — where several share it, the one this document
    shares most with. The documents sharing most get their colour (:func:`~analysis.figures.scale.
    document_colours`; at most six, no two alike), any others one grey ("other documents"); thin
    ticks mark where tasks begin. A document with no reused passage or no body text says so on its
    bar; a corpus of one document, or with no reused passage at all, gets a figure saying so.
    Past :data:`~analysis.figures.scale.ROWS_MAX` documents (or for a corpus read back from its
    tables, without the parsed texts): each document's largest share reused from one other
    document (:func:`_best_shares`), a box and strip per group and a row per focus document."""
    check_lang(lang)
    scale.check_group_by(group_by)
    docs = list(corpus.documents["doc_id"])
    heading = _t("map_title", lang)
    if len(docs) < 2:
        return message_figure(heading, _t("one_doc" if docs else "no_docs", lang),
                              _sources(corpus, lang, corpus_title=corpus_title), lang,
                              notes=scale.focus_notes(corpus, focus, lang))
    r = _reuse(corpus, reuse)
    p = r.passages
    if p.empty:
        return message_figure(heading, _t("no_reuse", lang, pairs=len(r.shares)),
                              _sources(corpus, lang, corpus_title=corpus_title), lang,
                              notes=scale.focus_notes(corpus, focus, lang))
    labels = doc_labels(corpus, lang)
    parsed = {b.doc_id for b in corpus.parsed}
    if len(docs) > scale.ROWS_MAX or not set(docs) <= parsed:
        return _reuse_shares(corpus, lang, r, docs, labels, focus, group_by, corpus_title)
    colours_of = scale.document_colours(corpus, focus)
    chosen = set(scale.focus_of(corpus, focus)[0])
    bodies = {b.doc_id: reuse_mod._body(b) for b in corpus.parsed if b.doc_id in set(docs)}
    share, order = _shares_and_order(r, docs)
    segments, used_chars = _segments(docs, bodies, p, share, order)
    ranked = sorted(used_chars, key=lambda o: (-used_chars[o], order[o]))
    coloured = _coloured_partners(ranked, colours_of, order)
    colours = {o: colours_of[o] for o in coloured}
    n = len(docs)
    row_h = 0.3 if n <= 12 else 0.22
    size = 8 if n <= 12 else (7 if n <= 20 else 6)
    with style.house_style():
        fig, ax = style.new_figure("full", height=row_h * n + 1.6)
        for row, d in enumerate(docs):
            body = bodies.get(d)
            length = 0 if body is None else len(body.chars)
            ax.barh(row, 1.0, height=0.62, color="#EFEFEF", edgecolor="none")
            if not length:
                ax.text(0.01, row, _t("row_no_text", lang), va="center", fontsize=max(style.MIN_TEXT_SIZE, size - 1),
                        color=style.NOTE_COLOR, style="italic")
                continue
            starts = np.nonzero(np.diff(np.concatenate(([-2], body.task))) != 0)[0]
            for s in starts:
                if body.task[s] >= 0:
                    ax.plot([s / length, s / length], [row - 0.31, row + 0.31], color="#BDBDBD", lw=0.4)
            for s0, s1, other in segments[d]:
                colour = colours.get(other, _OTHER_COLOUR)
                ax.barh(row, (s1 - s0) / length, left=s0 / length, height=0.62, color=colour,
                        edgecolor=_EDGE.get(colour, "none"), linewidth=0.4)
            if not segments[d]:
                ax.text(0.01, row, _t("row_no_reuse", lang), va="center",
                        fontsize=max(style.MIN_TEXT_SIZE, size - 1), color=style.NOTE_COLOR, style="italic")
        ax.set_yticks(range(n), [style.wrap_text(labels[d], 1.6, size, 1) for d in docs], fontsize=size)
        for label, d in zip(ax.get_yticklabels(), docs):
            if d in chosen:
                scale.highlight(label, colours_of[d])
        ax.set_ylim(n - 0.5, -0.5)
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
        ax.set_xlabel(_t("map_x", lang))
        handles = [Patch(facecolor=colours[o], edgecolor=_EDGE.get(colours[o], "none"), linewidth=0.4,
                         label=style.wrap_text(labels[o], 1.3, style.ANNOTATION_SIZE, 2)) for o in coloured]
        if len(ranked) > len(coloured):
            handles.append(Patch(color=_OTHER_COLOUR, label=_t("other_docs", lang)))
        _legend_below(fig, ax, handles, ncols=4, below_in=0.42, title=_t("map_legend", lang))
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", length=0)
        title(fig, heading)
        style.add_source_line(fig, _sources(corpus, lang, docs, focus, corpus_title), lang=lang,
                              notes=scale.focus_notes(corpus, focus, lang))
    return fig


def _coloured_partners(ranked: list[str], colours_of: dict, order: dict) -> list[str]:
    """The partners drawn in their own colour: those sharing most, no two of one colour, six at most
    (seven when there are no more), in corpus order; the others are "other documents"."""
    coloured, taken = [], set()
    for o in ranked:
        if len(coloured) < (7 if len(ranked) <= 7 else 6) and colours_of[o] not in taken:
            coloured.append(o)
            taken.add(colours_of[o])
    return sorted(coloured, key=order.get)


def _segments(docs: list[str], bodies: dict, p: pd.DataFrame, share: dict, order: dict) -> tuple[dict, dict]:
    """Each document's reused stretches ``(start, end, partner)`` in content characters — where several
    documents share a character, the partner it shares most with (then the first in the corpus) — and
    the characters each partner accounts for over all documents."""
    segments: dict[str, list[tuple[int, int, str]]] = {}
    used_chars: dict[str, int] = {}
    for d in docs:
        body = bodies.get(d)
        n = 0 if body is None else len(body.chars)
        best = np.full(n, -1, dtype=np.int64)       # index of the partner in docs
        best_key = np.full(n, np.inf)
        for side, other_side in (("a", "b"), ("b", "a")):
            mine = p[p[f"doc_{side}"] == d]
            for start, end, other in zip(mine[f"{side}_start"], mine[f"{side}_end"], mine[f"doc_{other_side}"]):
                k0, k1 = (int(np.searchsorted(body.pos, v)) for v in (start, end))
                key = -share.get((d, other), 0.0) * 1e6 + order[other]
                sl = slice(k0, k1)
                better = best_key[sl] > key
                best[sl][better] = order[other]
                best_key[sl][better] = key
        runs = []
        if n:
            change = np.nonzero(np.diff(np.concatenate(([-2], best, [-2]))))[0]
            for s0, s1 in zip(change[:-1], change[1:]):
                if best[s0] >= 0:
                    other = docs[best[s0]]
                    runs.append((int(s0), int(s1), other))
                    used_chars[other] = used_chars.get(other, 0) + int(s1 - s0)
        segments[d] = runs
    return segments, used_chars


def _best_shares(r, docs: list[str]) -> tuple[dict[str, float], dict[str, str]]:
    """Each compared document's largest share of task text reused from one other document, and that
    document: ``(share, source)``; documents in no compared pair, or without task text, are absent."""
    best: dict[str, float] = {}
    source: dict[str, str] = {}
    inside = set(docs)
    for s in r.shares.itertuples():
        for d, other, v in ((s.doc_a, s.doc_b, s.a_share), (s.doc_b, s.doc_a, s.b_share)):
            if d in inside and v is not None and not pd.isna(v) and (d not in best or float(v) > best[d]):
                best[d], source[d] = float(v), other
    return best, source


def _reuse_shares(corpus, lang: str, r, docs: list[str], labels: dict, focus, group_by: str,
                  corpus_title=None) -> Figure:
    """The reuse of many documents: each one's largest share reused from one other document, by group."""
    best, source = _best_shares(r, docs)
    compared = [d for d in docs if d in best]
    colours = scale.document_colours(corpus, focus)
    rows, grouped = scale.rows(corpus, compared, labels, lang, focus, group_by, colours=colours)
    notes = ([_t("best_groups", lang)] if grouped else []) + \
        ([_t("not_compared_n", lang, k=len(docs) - len(compared))] if len(compared) < len(docs) else []) + \
        scale.focus_notes(corpus, focus, lang, scale.FOCUS_MAX if grouped else None, compared, labels)
    fixed = 1.7 + 0.12 * len(notes)
    h, size, lines = scale.row_size(len(rows), style.MAX_HEIGHT - fixed, most=0.3)
    small = min(size, style.ANNOTATION_SIZE)
    with style.house_style():
        fig, ax = style.new_figure("full", height=min(style.MAX_HEIGHT, h * len(rows) + fixed))
        for y, row in enumerate(rows):
            if row.group:
                v = np.array([best[d] for d in row.ids])
                scale.strip_box(ax, y, row.ids, v, size=4 if len(v) > 300 else 7)
                ax.text(1.03, y, f"{np.median(v):.0%} (n={len(v):,})", va="center", fontsize=small)
                continue
            d = row.ids[0]
            ax.barh(y, best[d], height=0.6, color=row.colour)
            text = f"{best[d]:.0%} ← {labels.get(source[d], source[d])}"
            ax.text(max(best[d], 1.0 if grouped else best[d]) + 0.02, y,
                    scale.short(text, 2.0, small), va="center", fontsize=small)
        scale.row_axis(ax, rows, 1.6, size, [row.named(lang) for row in rows], lines)
        ax.set_xlim(0, 1.75)
        ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
        ax.spines["bottom"].set_bounds(0, 1)
        ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
        ax.set_xlabel(_t("best_axis", lang))
        title(fig, _t("best_title", lang))
        style.add_source_line(fig, _sources(corpus, lang, docs, focus, corpus_title), lang=lang, notes=notes)
    return fig


# --------------------------------------------------------------------------- task status

def _default_pair(r, focus: list[str] | None = None) -> tuple[str, str] | None:
    """The pair that shares most: the most task characters reused on both sides together (then the
    larger of its two shares, then the first compared) — among the pairs with a focus document when
    there are such — or None when no pair shares anything."""
    s = r.shares.assign(chars=(r.shares["a_reused_chars"].fillna(0) + r.shares["b_reused_chars"].fillna(0)).astype(int),
                        best=r.shares[["a_share", "b_share"]].astype(float).fillna(0).max(axis=1))
    s = s[s["chars"] > 0]
    if focus:
        mine = s[s["doc_a"].isin(focus) | s["doc_b"].isin(focus)]
        s = mine if len(mine) else s
    if s.empty:
        return None
    top = s.sort_values(["chars", "best"], ascending=False, kind="stable").iloc[0]
    return top["doc_a"], top["doc_b"]


def _aligned(corpus, a: str, b: str, tokenizer, threshold: float) -> tuple[set[int], set[int]]:
    """The task_seqs of ``a`` and of ``b`` that notebook 02's alignment pairs with a task of the other
    (:func:`analysis.compare.similarity.align_tasks`: TF-IDF cosine ≥ ``threshold``)."""
    t = corpus.tasks
    src, tgt = t[t["doc_id"] == a], t[t["doc_id"] == b]
    if src.empty or tgt.empty:
        return set(), set()
    al = similarity.align_tasks(src, tgt, tokenizer, threshold=threshold)
    dropped = set(al.loc[al["status"] == "dropped", "source_seq"].astype(int))
    return ({int(x) for x in src["task_seq"]} - dropped,
            set(al.loc[al["status"] == "taken_up", "target_seq"].astype(int)))


def _status_label(label: str, frame: pd.DataFrame, lang: str) -> str:
    """A document's row label in the task-status figure: its label, then its counts per status."""
    c = frame["status"].value_counts()
    items = [f"{_STATUS[s][0]}{int(c.get(s, 0))}" if lang == "zh" else f"{int(c.get(s, 0))} {_STATUS[s][1]}"
             for s in _STATUS if s != "own_words" or c.get(s)]
    sep = "·" if lang == "zh" else " · "
    counts = sep.join(items)
    if style.text_width_in(counts, 7.5) > 1.6:  # two items a line
        counts = sep.join(items[:2]) + "\n" + sep.join(items[2:])
    return style.wrap_text(label, 1.6, 7.5, 2) + "\n" + counts


def _status_cells(ax, rows, number_size) -> None:
    """The tasks of the two documents as cells, coloured (and hatched) by status, numbered while they fit."""
    for row, (_, frame) in enumerate(rows):
        for k, task in enumerate(frame.itertuples()):
            ax.add_patch(Rectangle((k + 0.04, row + 0.08), 0.92, 0.84, facecolor=_STATUS_COLOUR[task.status],
                                   hatch=_STATUS_HATCH.get(task.status), linewidth=0,
                                   edgecolor=style.PALETTE[1] if task.status in _STATUS_HATCH else "none"))
            if number_size:
                ax.text(k + 0.5, row + 0.5, str(task.task_seq), ha="center", va="center", fontsize=number_size,
                        color="white" if task.status == "copied" else "black")


def fig_task_status(corpus, lang: str = "zh", reuse=None, pair: tuple[str, str] | None = None, focus=None,
                    tokenizer=None, align_threshold: float = ALIGN_THRESHOLD, corpus_title=None) -> Figure:
    """Each task of two documents as a cell coloured copied / adapted / new relative to the other,
    with the counts beside each document's name. A task the reuse comparison finds new but that
    notebook 02's alignment pairs with a task of the other (TF-IDF cosine ≥ ``align_threshold``) is
    "same task, own words" (hatched), so that a task whose title is the other's is never called
    new here while notebook 02 calls it taken up; the rule is written under the figure. ``pair``
    defaults to the pair sharing the most (among those with a ``focus`` document, when any);
    a corpus of one document, or one where no pair shares a passage (and no ``pair`` is given),
    gets a figure saying so. Task numbers are written in the cells while they fit."""
    check_lang(lang)
    docs = list(corpus.documents["doc_id"])
    heading = _t("status_title", lang)
    notes = scale.focus_notes(corpus, focus, lang)
    if len(docs) < 2 and pair is None:
        return message_figure(heading, _t("one_doc" if docs else "no_docs", lang),
                              _sources(corpus, lang, corpus_title=corpus_title), lang,
                              notes=notes)
    r = _reuse(corpus, reuse)
    if pair is None:
        pair = _default_pair(r, scale.focus_of(corpus, focus)[0])
        if pair is None:
            return message_figure(heading, _t("no_reuse", lang, pairs=len(r.shares)),
                                  _sources(corpus, lang, corpus_title=corpus_title), lang,
                                  notes=notes)
    a, b = pair
    t = r.tasks
    rows = [(a, t[(t["doc_id"] == a) & (t["other_doc"] == b)]), (b, t[(t["doc_id"] == b) & (t["other_doc"] == a)])]
    if any(frame.empty for _, frame in rows):  # not compared (or compared the other way round): compare the pair
        t = reuse_mod.compare(corpus, pairs=[(a, b)]).tasks
        rows = [(a, t[(t["doc_id"] == a) & (t["other_doc"] == b)]),
                (b, t[(t["doc_id"] == b) & (t["other_doc"] == a)])]
    labels = doc_labels(corpus, lang)
    heading = f"{heading}（{labels[a]}与{labels[b]}）" if lang == "zh" else f"{heading} ({labels[a]} and {labels[b]})"
    if all(frame.empty for _, frame in rows):
        return message_figure(heading, _t("no_tasks", lang),
                              _sources(corpus, lang, [a, b], corpus_title=corpus_title), lang, notes=notes)
    same = _aligned(corpus, a, b, tokenizer or similarity.load_tokenizer(), align_threshold)
    rows = [(d, frame.assign(status=[("own_words" if st == "new" and int(q) in aligned else st)
                                     for st, q in zip(frame["status"], frame["task_seq"])]))
            for (d, frame), aligned in zip(rows, same)]
    notes = [_t("status_rule", lang, t=f"{align_threshold:g}")] + notes
    width = max(len(f) for _, f in rows)
    names = [_status_label(labels[d], frame, lang) for d, frame in rows]
    cells_w = style.FULL_WIDTH - 1.7  # the labels on the left
    cell_w = cells_w / max(width, 1)
    widest = max(style.text_width_in(str(s), 7) for _, f in rows for s in f["task_seq"]) if width else 0
    number_size = 7 if cell_w >= widest + 0.05 else (5.5 if cell_w >= widest * 5.5 / 7 + 0.03 else None)
    with style.house_style():
        extra = style.source_line_height(["x"], lang, notes=notes) - style.source_line_height(["x"], lang)
        fig, ax = style.new_figure("full", height=2.7 + extra + 0.12 * max(n.count("\n") for n in names))
        _status_cells(ax, rows, number_size)
        ax.set_xlim(0, max(width, int(np.ceil(cells_w / 0.5))))  # cells at most half an inch wide
        ax.set_ylim(2, 0)
        ax.set_yticks([0.5, 1.5], names, fontsize=7.5)
        if number_size:
            ax.set_xticks([])
        else:
            step = int(np.ceil(width / 10 / 5) * 5) or 1
            ticks = [k for k in range(width) if (k + 1) % step == 0 or k == 0]
            ax.set_xticks([k + 0.5 for k in ticks], [str(k + 1) for k in ticks], fontsize=7)
            ax.tick_params(axis="x", length=0)
        ax.set_xlabel(_t("status_x", lang))
        for side in ("left", "bottom"):
            ax.spines[side].set_visible(False)
        ax.tick_params(axis="y", length=0)
        shown = [s for s in _STATUS if s != "own_words" or any((f["status"] == s).any() for _, f in rows)]
        handles = [Patch(facecolor=_STATUS_COLOUR[s], hatch=_STATUS_HATCH.get(s), linewidth=0,
                         edgecolor=style.PALETTE[1] if s in _STATUS_HATCH else "none",
                         label=_STATUS[s][0 if lang == "zh" else 1])
                   for s in shown]
        _legend_below(fig, ax, handles, ncols=4, below_in=0.3 if number_size else 0.45)
        title(fig, heading)
        style.add_source_line(fig, _sources(corpus, lang, [a, b], corpus_title=corpus_title), lang=lang, notes=notes)
    return fig


#: name → figure function; the names are the file stems under figures/. Merged into
#: :data:`analysis.figures.FIGURES`; each takes ``reuse=`` (one comparison for all three).
REUSE_FIGURES = {"reuse_cascade": fig_cascade, "reuse_map": fig_reuse_map, "reuse_task_status": fig_task_status}
