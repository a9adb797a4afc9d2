"""Figures of reuse and lineage, ``fig_<name>(corpus, lang="zh") -> Figure``, in the house style.

* :func:`fig_cascade` — the lineage graph by level (national → provincial → municipal
  → county), each edge with the child's share of task text reused from its parent
  (or the evidence, when the parent is not in the corpus), siblings joined by what
  they share;
* :func:`fig_reuse_map` — where along each document the passages reused from
  (or by) another document lie;
* :func:`fig_task_status` — each task of two documents: copied, adapted or new
  relative to the other.

English figures hold no Chinese: documents are named by the manifest's
``region_en`` (else their doc_id), external documents by their level and year.
:func:`write_reuse_figures` saves all of them through :func:`analysis.style.save_figure`.
"""
from __future__ import annotations

import re
import textwrap
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from . import lineage as lineage_mod
from . import reuse as reuse_mod
from . import style

__all__ = ["doc_label", "fig_cascade", "fig_reuse_map", "fig_task_status", "REUSE_FIGURES", "write_reuse_figures"]

_T = {
    "cascade_title": {"zh": "政策传导：国家→省→市（边上为下级方案复用上级任务文本的比例）",
                      "en": "Policy cascade: national → provincial → municipal (edges: share of task text reused)"},
    "map_title": {"zh": "复用段落在各文件中的位置", "en": "Where the reused passages lie in each document"},
    "map_x": {"zh": "在文件正文中的位置（字符占比）", "en": "Position in the document body (share of characters)"},
    "status_title": {"zh": "逐项任务：照搬、改写或新增", "en": "Task by task: copied, adapted or new"},
    "status_x": {"zh": "任务序号", "en": "Task"},
    "sibling": {"zh": "同级（共同上级）", "en": "siblings (same parent)"},
    "external": {"zh": "语料外文件", "en": "not in the corpus"},
    "no_reuse": {"zh": "无复用段落", "en": "no reused passage"},
}
_LEVEL_EN = {"national": "National", "provincial": "Provincial", "municipal": "Municipal", "county": "County",
             "": "Other"}
_LEVEL_ZH = {"national": "国家", "provincial": "省级", "municipal": "市级", "county": "县级", "": "其他"}
_STATUS = {"copied": ("照搬", "Copied"), "adapted": ("改写", "Adapted"), "new": ("新增", "New")}
_STATUS_COLOUR = {"copied": style.PALETTE[4], "adapted": style.PALETTE[1], "new": "#D9D9D9"}
_EVIDENCE = {"manifest": ("清单", "manifest"), "citation": ("引用", "cites"), "reuse": ("复用", "reuse")}
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


def _check_lang(lang: str) -> None:
    if lang not in ("zh", "en"):
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")


def _manifest(corpus) -> pd.DataFrame:
    return corpus.manifest.set_index("doc_id") if "doc_id" in corpus.manifest else pd.DataFrame()


def _ascii(s: str, fallback: str) -> str:
    s = str(s or "").strip()
    return s if s and not _CJK.search(s) else fallback


def doc_label(corpus, doc_id: str, lang: str) -> str:
    """A short label: ``天津2021方案`` / ``Tianjin 2021 plan`` (doc_id when the manifest has no English)."""
    m = _manifest(corpus)
    row = m.loc[doc_id] if doc_id in m.index else {}
    doc = corpus.documents.set_index("doc_id").loc[doc_id]
    year = str(doc["issue_date"] or "")[:4]
    kind = str(doc["kind"] or "")
    if lang == "en":
        region = _ascii(row.get("region_en", "") if len(row) else "", "")
        if not region:
            return doc_id
        return f"{region} {year} {kind}".strip()
    region = str((row.get("region", "") if len(row) else "") or "").replace("青海省", "").replace("全国", "全国（部）")
    region = region.rstrip("市省") or doc_id
    return f"{region}{year}{'报告' if kind == 'report' else '方案'}"


def _sources(corpus, lang: str, doc_ids) -> list[str]:
    m = _manifest(corpus)
    docs = corpus.documents.set_index("doc_id")
    out = []
    for d in doc_ids:
        row = m.loc[d] if d in m.index else {}
        year = str(docs.loc[d, "issue_date"] or "")[:4]
        if lang == "en":
            issuer = _ascii(row.get("issuer_en", "") if len(row) else "", d)
        else:
            issuer = str(docs.loc[d, "issuer"] or "") or d
        out.append(f"{issuer} ({year})" if year else issuer)
    return out


def _node_label(corpus, node: pd.Series, lang: str) -> str:
    if not node["external"]:
        return doc_label(corpus, node["node"], lang)
    year = next(iter(re.findall(r"(?:19|20)\d\d", f"{node['doc_number']} {node['title']}")), "")
    if lang == "en":
        return f"{_LEVEL_EN.get(node['level'], 'Other')} document{' ' + year if year else ''}\n(not in corpus)"
    name = node["doc_number"] or node["title"]
    name = name if len(name) <= 13 else name[:12] + "…"
    return "\n".join(textwrap.wrap(name, 9)[:2])


def _reuse(corpus, reuse):
    return reuse if reuse is not None else reuse_mod.compare(corpus)


def _implements(lin) -> pd.DataFrame:
    """The edges a cascade shows: per child, those the manifest or reuse give; a child with
    neither keeps the documents it cites at a higher level."""
    e = lin.edges
    strong = e["evidence"].str.contains("manifest|reuse")
    rank = {lv: k for k, lv in enumerate(lineage_mod.LEVEL_ORDER)}
    level = dict(zip(lin.nodes["node"], lin.nodes["level"]))
    keep = []
    for child, group in e.groupby("child", sort=False):
        g_strong = group[strong[group.index]]
        if len(g_strong):
            keep.extend(g_strong.index)
        else:
            keep.extend(i for i, p in zip(group.index, group["parent"])
                        if level[p] and level[child] and rank[level[p]] < rank[level[child]])
    return e.loc[sorted(keep)]


def fig_cascade(corpus, lang: str = "zh", reuse=None, reuse_threshold: float = 0.5,
                all_citations: bool = False) -> Figure:
    """The lineage graph drawn by level; edges labelled with the child's share of task text reused
    from the parent (the evidence when the parent is outside the corpus); siblings joined by a
    dashed line with the two shares. In: a corpus, the language, optionally a
    :class:`~analysis.reuse.Reuse`, the reuse threshold of the lineage, and whether to draw every
    cited document (default: per document, the parents the manifest or reuse give, else the
    documents it cites at a higher level; external documents no edge reaches are left out)."""
    _check_lang(lang)
    r = _reuse(corpus, reuse)
    lin = lineage_mod.build_lineage(corpus, r, reuse_threshold=reuse_threshold)
    edges = lin.edges if all_citations else _implements(lin)
    reached = set(edges["parent"]) | set(edges["child"])
    nodes = lin.nodes[~lin.nodes["external"] | lin.nodes["node"].isin(reached)].set_index("node", drop=False)
    levels = [lv for lv in lineage_mod.LEVEL_ORDER if (nodes["level"] == lv).any()]
    pos = {}
    for row, level in enumerate(levels):
        members = list(nodes.index[nodes["level"] == level])
        for k, n in enumerate(members):
            pos[n] = ((k + 0.5) / len(members), len(levels) - 1 - row)
    with style.house_style():
        fig, ax = style.new_figure("full", height=1.1 * len(levels) + 1.3)
        ax.set_xlim(-0.02, 1.02)
        ax.set_ylim(-0.45, len(levels) - 0.6)
        ax.set_axis_off()
        for row, level in enumerate(levels):
            name = _LEVEL_ZH[level] if lang == "zh" else _LEVEL_EN[level]
            ax.text(-0.02, len(levels) - 1 - row, name, ha="left", va="center", fontsize=style.PANEL_TITLE_SIZE,
                    color=style.SOURCE_COLOR, rotation=90)
        for e in edges.itertuples():
            (x0, y0), (x1, y1) = pos[e.child], pos[e.parent]
            colour = style.PALETTE[5] if "reuse" in e.evidence else style.PALETTE[4]
            if y1 != y0:  # from the top of the child's box to the bottom of the parent's
                start, end = (x0, y0 + 0.2 * np.sign(y1 - y0)), (x1, y1 - 0.2 * np.sign(y1 - y0))
            else:
                start, end = (x0 + 0.09 * np.sign(x1 - x0), y0), (x1 - 0.09 * np.sign(x1 - x0), y1)
            ax.annotate("", xy=end, xytext=start,
                        arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 1.0, "shrinkA": 0, "shrinkB": 0})
            if not pd.isna(e.reuse_share):
                label = f"{e.reuse_share:.0%}"
            else:
                label = "+".join(_EVIDENCE[k][0 if lang == "zh" else 1] for k in e.evidence.split("+") if k)
            ax.text((start[0] + end[0]) / 2, (start[1] + end[1]) / 2, label, ha="center", va="center", fontsize=6.5,
                    color=colour,
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none"})
        for s in lin.siblings.itertuples():
            (x0, y0), (x1, y1) = pos[s.doc_a], pos[s.doc_b]
            ax.plot([x0, x1], [y0 - 0.25, y1 - 0.25], ls="--", color=style.PALETTE[2], lw=1.0)
            if not pd.isna(s.a_share):
                ax.text((x0 + x1) / 2, (y0 + y1) / 2 - 0.25, f"{s.a_share:.0%} / {s.b_share:.0%}", ha="center",
                        va="center", fontsize=6.5, color=style.PALETTE[2],
                        bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none"})
        for n, (x, y) in pos.items():
            node = nodes.loc[n]
            ext = bool(node["external"])
            ax.text(x, y, _node_label(corpus, node, lang), ha="center", va="center", fontsize=6.8,
                    color="#404040" if ext else "black", linespacing=1.1,
                    bbox={"boxstyle": "round,pad=0.3", "fc": "#F2F2F2" if ext else "white",
                          "ec": "#808080" if ext else style.PALETTE[4], "ls": "--" if ext else "-", "lw": 0.8})
        handles = [Patch(fc="white", ec=style.PALETTE[4], label="语料内文件" if lang == "zh" else "in the corpus"),
                   Patch(fc="#F2F2F2", ec="#808080", ls="--", label=_T["external"][lang]),
                   Patch(fc=style.PALETTE[2], label=_T["sibling"][lang])]
        ax.legend(handles=handles, loc="lower right", fontsize=style.ANNOTATION_SIZE, ncols=3,
                  bbox_to_anchor=(1.0, -0.12))
        ax.set_title(_T["cascade_title"][lang], fontsize=9)
        style.add_source_line(fig, _sources(corpus, lang, corpus.documents["doc_id"]), lang=lang)
    return fig


def fig_reuse_map(corpus, lang: str = "zh", reuse=None) -> Figure:
    """One bar per document along its body (0–100 % of its content characters): the passages it
    shares with each other document, coloured by that document; thin ticks mark where its tasks begin."""
    _check_lang(lang)
    r = _reuse(corpus, reuse)
    docs = list(corpus.documents["doc_id"])
    bodies = {p.doc_id: reuse_mod._body(p) for p in corpus.parsed}
    colours = {d: style.PALETTE[k % (len(style.PALETTE) - 1)] for k, d in enumerate(docs)}
    p = r.passages
    with style.house_style():
        fig, ax = style.new_figure("full", height=0.45 * len(docs) + 1.6)
        used = set()
        for row, d in enumerate(docs):
            body = bodies[d]
            n = max(1, len(body.chars))
            ax.barh(row, 1.0, height=0.6, color="#EFEFEF", edgecolor="none")
            starts = np.nonzero(np.diff(np.concatenate(([-2], body.task))) != 0)[0]
            for s in starts:
                if body.task[s] >= 0:
                    ax.plot([s / n, s / n], [row - 0.3, row + 0.3], color="#BDBDBD", lw=0.4)
            for side, other_side in (("a", "b"), ("b", "a")):
                mine = p[p[f"doc_{side}"] == d]
                for q in mine.itertuples():
                    other = getattr(q, f"doc_{other_side}")
                    k0 = int(np.searchsorted(body.pos, getattr(q, f"{side}_start")))
                    k1 = int(np.searchsorted(body.pos, getattr(q, f"{side}_end")))
                    ax.barh(row, (k1 - k0) / n, left=k0 / n, height=0.6, color=colours[other], edgecolor="none")
                    used.add(other)
        ax.set_yticks(range(len(docs)), [doc_label(corpus, d, lang) for d in docs])
        ax.invert_yaxis()
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
        ax.set_xlabel(_T["map_x"][lang])
        handles = [Patch(color=colours[d], label=doc_label(corpus, d, lang)) for d in docs if d in used]
        if handles:
            ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.28), ncols=min(3, len(handles)),
                      fontsize=style.ANNOTATION_SIZE,
                      title="复用自（或被复用于）" if lang == "zh" else "shared with", title_fontsize=style.ANNOTATION_SIZE)
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", length=0)
        ax.set_title(_T["map_title"][lang])
        style.add_source_line(fig, _sources(corpus, lang, docs), lang=lang)
    return fig


def _default_pair(r) -> tuple[str, str]:
    s = r.shares.assign(best=r.shares[["a_share", "b_share"]].fillna(0).max(axis=1))
    if s.empty:
        raise ValueError("no pair of documents to show")
    top = s.sort_values("best", ascending=False, kind="stable").iloc[0]
    return top["doc_a"], top["doc_b"]


def fig_task_status(corpus, lang: str = "zh", reuse=None, pair: tuple[str, str] | None = None) -> Figure:
    """Each task of two documents as a cell coloured copied / adapted / new relative to the other.
    ``pair`` defaults to the pair sharing the most."""
    _check_lang(lang)
    r = _reuse(corpus, reuse)
    a, b = pair or _default_pair(r)
    t = r.tasks
    rows = [(a, t[(t["doc_id"] == a) & (t["other_doc"] == b)]), (b, t[(t["doc_id"] == b) & (t["other_doc"] == a)])]
    if any(frame.empty for _, frame in rows):
        r = reuse_mod.compare(corpus, pairs=[(a, b)])
        t = r.tasks
        rows = [(a, t[(t["doc_id"] == a) & (t["other_doc"] == b)]),
                (b, t[(t["doc_id"] == b) & (t["other_doc"] == a)])]
    width = max(len(f) for _, f in rows)
    with style.house_style():
        fig, ax = style.new_figure("full", height=2.6)
        for row, (d, frame) in enumerate(rows):
            for k, task in enumerate(frame.itertuples()):
                ax.add_patch(_cell(k, row, _STATUS_COLOUR[task.status]))
                ax.text(k + 0.5, row + 0.5, str(task.task_seq), ha="center", va="center",
                        fontsize=style.ANNOTATION_SIZE, color="white" if task.status == "copied" else "black")
        ax.set_xlim(0, max(width, 1))
        ax.set_ylim(2, 0)
        ax.set_yticks([0.5, 1.5], [doc_label(corpus, a, lang), doc_label(corpus, b, lang)])
        ax.set_xticks([])
        ax.set_xlabel(_T["status_x"][lang])
        for side in ("left", "bottom"):
            ax.spines[side].set_visible(False)
        ax.tick_params(axis="y", length=0)
        counts = {d: frame["status"].value_counts() for d, frame in rows}
        handles = [Patch(color=_STATUS_COLOUR[s], label=_STATUS[s][0 if lang == "zh" else 1]) for s in _STATUS]
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.18), ncols=3,
                  fontsize=style.ANNOTATION_SIZE)
        summary = "；".join(f"{doc_label(corpus, d, 'zh')}：照搬{c.get('copied', 0)}、改写{c.get('adapted', 0)}、新增{c.get('new', 0)}"
                           for d, c in counts.items()) if lang == "zh" else "; ".join(
            f"{doc_label(corpus, d, 'en')}: {c.get('copied', 0)} copied, {c.get('adapted', 0)} adapted, {c.get('new', 0)} new"
            for d, c in counts.items())
        ax.set_title(f"{_T['status_title'][lang]}\n{summary}", fontsize=8.5)
        style.add_source_line(fig, _sources(corpus, lang, [a, b]), lang=lang)
    return fig


def _cell(x: float, y: float, colour: str):
    from matplotlib.patches import Rectangle

    return Rectangle((x + 0.04, y + 0.08), 0.92, 0.84, facecolor=colour, edgecolor="none")


#: name → figure function; the names are the file stems under figures/.
REUSE_FIGURES = {"reuse_cascade": fig_cascade, "reuse_map": fig_reuse_map, "reuse_task_status": fig_task_status}


def write_reuse_figures(corpus, folder: str | Path = "figures") -> list[Path]:
    """Draw every reuse figure in Chinese and English and save PNG + SVG through
    :func:`analysis.style.save_figure` (``<name>.png/.svg`` and ``<name>_en.png/.svg``).
    The corpus is compared once. Out: the paths written."""
    r = reuse_mod.compare(corpus)
    paths: list[Path] = []
    for name, func in REUSE_FIGURES.items():
        for lang, suffix in (("zh", ""), ("en", "_en")):
            paths.extend(style.save_figure(func(corpus, lang=lang, reuse=r), f"{name}{suffix}", folder))
    return paths
