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
once (:func:`analysis.reuse.compare`) and passes the comparison as ``reuse=``. Without
it, each figure compares the corpus itself.

Documents are labelled by :func:`analysis.figure_text.doc_labels`, as in every other
figure (never by doc_id); external documents by their 文号 or title (Chinese) or their
level and year (English). Every figure holds for 1 to 30 documents and says so in a
grey note when there is nothing to draw (one document, no reused passage, no task text).
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle

from . import lineage as lineage_mod
from . import reuse as reuse_mod
from . import style
from .figure_text import check_lang, doc_labels, message_figure, sources, title

__all__ = ["fig_cascade", "fig_reuse_map", "fig_task_status", "REUSE_FIGURES"]

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
}
_LEVEL = {"national": ("国家", "National"), "provincial": ("省级", "Provincial"), "municipal": ("市级", "Municipal"),
          "county": ("县级", "County"), "": ("其他", "Other")}
_STATUS = {"copied": ("照搬", "copied"), "adapted": ("改写", "adapted"), "new": ("新增", "new")}
_STATUS_COLOUR = {"copied": style.PALETTE[4], "adapted": style.PALETTE[1], "new": "#D9D9D9"}
_EVIDENCE = {"manifest": ("清单", "manifest"), "citation": ("引用", "cites"), "reuse": ("复用", "reuse")}
_REUSE_COLOUR, _NAMED_COLOUR, _SIBLING_COLOUR = style.PALETTE[5], style.PALETTE[4], style.PALETTE[2]
_OTHER_COLOUR = "#8C8C8C"


def _t(key: str, lang: str, **kw) -> str:
    text = _T[key][lang]
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


def fig_cascade(corpus, lang: str = "zh", reuse=None, reuse_threshold: float = 0.5) -> Figure:
    """The lineage graph drawn by level, top down: national, provincial, municipal, county, other.

    Each document is linked to one parent (see :func:`_primary_edges`); the link carries the
    child's share of task text reused from the parent, or its evidence (``清单+引用`` /
    ``manifest+cites``) when the pair was not compared; a note counts the links of the
    lineage table left out. Siblings side by side are bracketed with what they share
    (``67% / 63%`` for two, the range for more). A level with more than five documents
    wraps onto further rows and the figure grows; labels are wrapped (at most three lines).
    In: a corpus, the language, optionally a :class:`~analysis.reuse.Reuse`, and the
    lineage's reuse threshold."""
    check_lang(lang)
    docs = list(corpus.documents["doc_id"])
    if not docs:
        return message_figure(_t("cascade_title", lang), _t("no_docs", lang), sources(corpus, lang), lang)
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

    content_w = style.FULL_WIDTH - 0.2
    area = content_w - _LEFT
    # rows, level by level; a row's documents sorted by their parent's place, so siblings sit together
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
    height = round(content_h + title_lines * 0.2 + style.source_line_height(sources(corpus, lang), lang) + 0.15, 2)

    box = {n: row for row in rows for n in row["nodes"]}
    half = {n: max(style.text_width_in(line, _NODE_SIZE) for line in text.split("\n")) / 2 + 0.03
            for row in rows for n, text in zip(row["nodes"], row["texts"])}
    with style.house_style():
        fig, ax = style.new_figure("full", height=height)
        ax.set_axis_off()
        # level names and the lines between levels
        for k, row in enumerate(rows):
            if not row["first"]:
                continue
            name = _LEVEL.get(row["band"], _LEVEL[""])[0 if lang == "zh" else 1]
            ax.text(0.0, (row["top"] + row["bottom"]) / 2, name, ha="left", va="center",
                    fontsize=style.PANEL_TITLE_SIZE - 1, color=style.SOURCE_COLOR)
            if k:
                sep = rows[k - 1]["bottom"] - (_SIB_ZONE if rows[k - 1]["siblings"] else 0.04)
                ax.plot([0, content_w], [(sep + row["top"] + _EDGE_ZONE) / 2] * 2, color="#E3E3E3", lw=0.6, zorder=0)
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
        # siblings side by side: a bracket under them, with what the whole group (all children of
        # their parent, on any row of the level) shares
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
        # the documents
        for row in rows:
            for n, text in zip(row["nodes"], row["texts"]):
                ext = bool(nodes.loc[n, "external"])
                ax.text(place[n][0], (row["top"] + row["bottom"]) / 2, text, ha="center", va="center",
                        fontsize=_NODE_SIZE, color="#404040" if ext else "black", linespacing=1.1, zorder=3,
                        bbox={"boxstyle": "round,pad=0.3", "fc": "#F2F2F2" if ext else "white",
                              "ec": "#808080" if ext else _NAMED_COLOUR, "ls": "--" if ext else "-", "lw": 0.8})
        handles = [h for shown, h in zip(shown, [
            Patch(fc="white", ec=_NAMED_COLOUR, label=_t("in_corpus", lang)),
            Patch(fc="#F2F2F2", ec="#808080", ls="--", label=_t("external", lang)),
            Line2D([], [], color=_REUSE_COLOUR, lw=0.9, label=_t("edge_reuse", lang)),
            Line2D([], [], color=_NAMED_COLOUR, lw=0.9, label=_t("edge_named", lang)),
            Line2D([], [], color=_SIBLING_COLOUR, lw=0.9, ls="--", label=_t("sibling", lang))]) if shown]
        legend_top = y - 0.08
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.0, legend_top), bbox_transform=ax.transData,
                  fontsize=style.ANNOTATION_SIZE, ncols=3, borderaxespad=0, handlelength=1.6, columnspacing=1.2)
        if note_text:
            ax.text(0.0, legend_top - legend_h, note_text, ha="left", va="top", fontsize=style.ANNOTATION_SIZE,
                    color=style.NOTE_COLOR, style="italic")
        for artist in ax.get_children():  # placed in inches, not by the layout engine
            artist.set_in_layout(False)
        title(fig, title_text)
        style.add_source_line(fig, sources(corpus, lang), lang=lang)
        _inch_axes(fig, ax, style.FULL_WIDTH, content_w)
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


def fig_reuse_map(corpus, lang: str = "zh", reuse=None) -> Figure:
    """One bar per document along its body (0–100 % of its content characters), each reused stretch
    coloured by the document it is shared with — where several share it, the one this document
    shares most with. The six documents sharing most get a colour each, any others one grey
    ("other documents"); thin ticks mark where tasks begin. A document with no reused passage or
    no body text says so on its bar; a corpus of one document, or with no reused passage at all,
    gets a figure saying so."""
    check_lang(lang)
    docs = list(corpus.documents["doc_id"])
    heading = _t("map_title", lang)
    if len(docs) < 2:
        return message_figure(heading, _t("one_doc" if docs else "no_docs", lang), sources(corpus, lang), lang)
    r = _reuse(corpus, reuse)
    p = r.passages
    if p.empty:
        return message_figure(heading, _t("no_reuse", lang, pairs=len(r.shares)), sources(corpus, lang), lang)
    labels = doc_labels(corpus, lang)
    bodies = {b.doc_id: reuse_mod._body(b) for b in corpus.parsed if b.doc_id in set(docs)}
    share, order = _shares_and_order(r, docs)
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
    ranked = sorted(used_chars, key=lambda o: (-used_chars[o], order[o]))
    coloured = ranked if len(ranked) <= 7 else ranked[:6]
    coloured = sorted(coloured, key=order.get)
    palette = [c for c in style.PALETTE if c != "#F0E442"]  # yellow is lost on the grey bar
    colours = {o: palette[k % len(palette)] for k, o in enumerate(coloured)}
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
                ax.text(0.01, row, _t("row_no_text", lang), va="center", fontsize=size - 1, color=style.NOTE_COLOR,
                        style="italic")
                continue
            starts = np.nonzero(np.diff(np.concatenate(([-2], body.task))) != 0)[0]
            for s in starts:
                if body.task[s] >= 0:
                    ax.plot([s / length, s / length], [row - 0.31, row + 0.31], color="#BDBDBD", lw=0.4)
            for s0, s1, other in segments[d]:
                ax.barh(row, (s1 - s0) / length, left=s0 / length, height=0.62,
                        color=colours.get(other, _OTHER_COLOUR), edgecolor="none")
            if not segments[d]:
                ax.text(0.01, row, _t("row_no_reuse", lang), va="center", fontsize=size - 1, color=style.NOTE_COLOR,
                        style="italic")
        ax.set_yticks(range(n), [style.wrap_text(labels[d], 1.6, size, 1) for d in docs], fontsize=size)
        ax.set_ylim(n - 0.5, -0.5)
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
        ax.set_xlabel(_t("map_x", lang))
        handles = [Patch(color=colours[o], label=style.wrap_text(labels[o], 1.3, style.ANNOTATION_SIZE, 2))
                   for o in coloured]
        if len(ranked) > len(coloured):
            handles.append(Patch(color=_OTHER_COLOUR, label=_t("other_docs", lang)))
        _legend_below(fig, ax, handles, ncols=4, below_in=0.42, title=_t("map_legend", lang))
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", length=0)
        title(fig, heading)
        style.add_source_line(fig, sources(corpus, lang, docs), lang=lang)
    return fig


# --------------------------------------------------------------------------- task status

def _default_pair(r) -> tuple[str, str] | None:
    """The pair that shares most: the most task characters reused on both sides together (then the
    larger of its two shares, then the first compared), or None when no pair shares anything."""
    s = r.shares.assign(chars=(r.shares["a_reused_chars"].fillna(0) + r.shares["b_reused_chars"].fillna(0)).astype(int),
                        best=r.shares[["a_share", "b_share"]].astype(float).fillna(0).max(axis=1))
    s = s[s["chars"] > 0]
    if s.empty:
        return None
    top = s.sort_values(["chars", "best"], ascending=False, kind="stable").iloc[0]
    return top["doc_a"], top["doc_b"]


def fig_task_status(corpus, lang: str = "zh", reuse=None, pair: tuple[str, str] | None = None) -> Figure:
    """Each task of two documents as a cell coloured copied / adapted / new relative to the other,
    with the counts beside each document's name. ``pair`` defaults to the pair sharing the most;
    a corpus of one document, or one where no pair shares a passage (and no ``pair`` is given),
    gets a figure saying so. Task numbers are written in the cells while they fit."""
    check_lang(lang)
    docs = list(corpus.documents["doc_id"])
    heading = _t("status_title", lang)
    if len(docs) < 2 and pair is None:
        return message_figure(heading, _t("one_doc" if docs else "no_docs", lang), sources(corpus, lang), lang)
    r = _reuse(corpus, reuse)
    if pair is None:
        pair = _default_pair(r)
        if pair is None:
            return message_figure(heading, _t("no_reuse", lang, pairs=len(r.shares)), sources(corpus, lang), lang)
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
        return message_figure(heading, _t("no_tasks", lang), sources(corpus, lang, [a, b]), lang)
    width = max(len(f) for _, f in rows)
    names = []
    for d, frame in rows:
        c = frame["status"].value_counts()
        counts = ("·".join(f"{_STATUS[s][0]}{int(c.get(s, 0))}" for s in _STATUS) if lang == "zh"
                  else " · ".join(f"{int(c.get(s, 0))} {_STATUS[s][1]}" for s in _STATUS))
        names.append(style.wrap_text(labels[d], 1.5, 7.5, 2) + "\n" + counts)
    cells_w = style.FULL_WIDTH - 1.7  # the labels on the left
    cell_w = cells_w / max(width, 1)
    widest = max(style.text_width_in(str(s), 7) for _, f in rows for s in f["task_seq"]) if width else 0
    number_size = 7 if cell_w >= widest + 0.05 else (5.5 if cell_w >= widest * 5.5 / 7 + 0.03 else None)
    with style.house_style():
        fig, ax = style.new_figure("full", height=2.7)
        for row, (d, frame) in enumerate(rows):
            for k, task in enumerate(frame.itertuples()):
                ax.add_patch(Rectangle((k + 0.04, row + 0.08), 0.92, 0.84, facecolor=_STATUS_COLOUR[task.status],
                                       edgecolor="none"))
                if number_size:
                    ax.text(k + 0.5, row + 0.5, str(task.task_seq), ha="center", va="center", fontsize=number_size,
                            color="white" if task.status == "copied" else "black")
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
        handles = [Patch(color=_STATUS_COLOUR[s], label=_STATUS[s][0 if lang == "zh" else 1]) for s in _STATUS]
        _legend_below(fig, ax, handles, ncols=3, below_in=0.3 if number_size else 0.45)
        title(fig, heading)
        style.add_source_line(fig, sources(corpus, lang, [a, b]), lang=lang)
    return fig


#: name → figure function; the names are the file stems under figures/. Merged into
#: :data:`analysis.figures.FIGURES`; each takes ``reuse=`` (one comparison for all three).
REUSE_FIGURES = {"reuse_cascade": fig_cascade, "reuse_map": fig_reuse_map, "reuse_task_status": fig_task_status}
