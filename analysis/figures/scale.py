"""A corpus of any size in one figure: when to draw each document, how to group the rest, the focus.

Every figure of :mod:`analysis.figures` and :mod:`analysis.figures.reuse_plots` draws each document on
its own while there are few of them — a panel each up to :data:`PANELS_MAX` documents, a row or
column each up to :data:`ROWS_MAX` — and past that draws groups of documents (by level, region or
year: :func:`groups`) as distributions, with the researcher's ``focus`` documents drawn and named
on their own (:func:`focus_of`, at most :data:`FOCUS_MAX`). A document has one colour in every
figure (:func:`document_colours`). What a figure leaves out is said in its notes
(:func:`focus_notes` and the figures' own).

In: a corpus (:class:`~analysis.io.tables.Corpus`), doc_ids, a language. Out: plain data —
lists, dicts, :class:`Row` — and, for drawing, :func:`row_axis` and :func:`strip_box`.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

import numpy as np

from . import style
from .labels import manifest_rows, region_zh, year_of
from ..parse.metadata import LEVELS, division_of

__all__ = ["PANELS_MAX", "ROWS_MAX", "FOCUS_MAX", "GROUPS_MAX", "GROUP_BY", "GROUP_COLOUR", "Row", "check_group_by",
           "focus_of", "focus_notes", "document_colours", "group_of", "groups", "rows", "row_axis", "row_size",
           "strip_box", "jitter", "short", "highlight"]

#: Figures with a panel per document draw panels up to this many documents, then groups.
PANELS_MAX = 6
#: Figures with a row (or a column) per document draw rows up to this many documents, then groups.
ROWS_MAX = 30
#: Focus documents drawn and named in a figure of groups; further ones are counted in a note.
FOCUS_MAX = 6
#: Groups drawn at most; past it the smallest groups are drawn together as "the rest".
GROUPS_MAX = 8
#: What documents can be grouped by.
GROUP_BY = ("level", "region", "year")
#: Colour of a group of documents (a document's own colour is for the document alone).
GROUP_COLOUR = "#7A7A7A"

_PALETTE = [c for c in style.PALETTE if c != "#000000"]
_LEVEL_WORD = {"national": ("国家级", "National"), "provincial": ("省级", "Provincial"),
               "municipal": ("市级", "Municipal"), "county": ("县级", "County")}
_T = {
    "unknown": {"level": ("级别不详", "Level unknown"), "region": ("地区不详", "Region unknown"),
                "year": ("年份不详", "Year unknown")},
    "national": ("全国", "National"),
    "rest": ("其余{k}组", "the rest ({k} groups)"),
    "absent": ("所列重点文件不在语料中：", "Focus documents not in the corpus: "),
    "unshown": ("另有{k}个重点文件未单独绘出（每图至多{m}个）", "{k} further focus document{s} {are} not drawn on their "
                                                          "own (at most {m} per figure)"),
    "outside": ("重点文件无可绘内容：", "Focus documents with nothing to draw here: "),
}


def _w(pair: tuple[str, str], lang: str) -> str:
    return pair[0 if lang == "zh" else 1]


@dataclass
class Row:
    """One row (or panel, or column) of a figure: one document, or a group of documents."""

    label: str
    ids: list[str]
    focus: bool = False          # a focus document's own row
    colour: str = GROUP_COLOUR
    group: bool = False          # a group of documents (drawn as a distribution)
    extra: dict = field(default_factory=dict)

    @property
    def n(self) -> int:
        return len(self.ids)

    def named(self, lang: str, what: str = "", sep: str = "") -> str:
        """The label, a group's with its number of documents: ``省级（510）`` / ``Provincial (510 plans)``
        (``what``: the plural noun, made singular for one; ``sep``: between the name and the number)."""
        if not self.group:
            return self.label
        if lang == "zh":
            return f"{self.label}{sep}（{self.n:,}）"
        noun = (what[:-1] if self.n == 1 and what.endswith("s") else what) if what else ""
        return f"{self.label}{sep or ' '}({self.n:,}{' ' + noun if noun else ''})"


def check_group_by(by: str) -> None:
    if by not in GROUP_BY:
        raise ValueError(f"group_by must be one of {', '.join(GROUP_BY)}, not {by!r}")


def focus_of(corpus, focus) -> tuple[list[str], list[str]]:
    """``(present, absent)``: the focus doc_ids found in the corpus (in corpus order, no repeats) and
    those that are not. ``focus`` may be None, one doc_id or a sequence of them."""
    if focus is None:
        return [], []
    wanted = [focus] if isinstance(focus, str) else [str(f) for f in focus]
    ids = list(corpus.documents["doc_id"])
    inside = set(ids)
    return [d for d in ids if d in set(wanted)], [d for d in dict.fromkeys(wanted) if d not in inside]


def focus_notes(corpus, focus, lang: str, shown: int | None = None, among=None, labels=None) -> list[str]:
    """The notes a figure carries about its focus: the focus documents not in the corpus (by doc_id);
    those outside the documents the figure draws (``among``, e.g. the plans, or the documents naming
    a unit; by ``labels``); and, when only ``shown`` of the rest can be drawn on their own, how many
    were not."""
    present, absent = focus_of(corpus, focus)
    sep = "、" if lang == "zh" else ", "
    notes = []
    if absent:
        notes.append(_w(_T["absent"], lang) + sep.join(absent))
    if among is not None:
        inside = set(among)
        outside = [d for d in present if d not in inside]
        present = [d for d in present if d in inside]
        if outside:
            notes.append(_w(_T["outside"], lang) + sep.join((labels or {}).get(d, d) for d in outside))
    if shown is not None and len(present) > shown:
        k = len(present) - shown
        notes.append(_w(_T["unshown"], lang).format(k=k, m=shown, s="" if k == 1 else "s", are="is" if k == 1 else "are"))
    return notes


def document_colours(corpus, focus=None) -> dict[str, str]:
    """doc_id → the document's colour, the same in every figure of the corpus: the focus documents take
    the Okabe–Ito colours first, then the other documents in corpus order, round the palette again when
    there are more documents than colours (figures of groups colour only their focus documents)."""
    present, _ = focus_of(corpus, focus)
    ids = list(corpus.documents["doc_id"])
    order = present + [d for d in ids if d not in set(present)]
    return {d: _PALETTE[k % len(_PALETTE)] for k, d in enumerate(order)}


def _province(region: str) -> str:
    div, _ = division_of(region)
    if div is None:
        return ""
    return div.name if div.level == "provincial" else (div.province or div.name)


def group_of(corpus, by: str, lang: str = "zh", glossary=None) -> dict[str, str]:
    """doc_id → the name of its group: its level (国家级 / National …), its province (全国 for national
    documents), or its year; documents where it was not read are in "级别不详" / "Level unknown" and so on."""
    check_group_by(by)
    rows = manifest_rows(corpus)
    out = {}
    for doc in corpus.documents.to_dict("records"):
        info = {**doc, **{k: v for k, v in rows.get(doc["doc_id"], {}).items() if str(v or "").strip()}}
        if by == "level":
            name = _w(_LEVEL_WORD[doc["level"]], lang) if doc.get("level") in _LEVEL_WORD else ""
        elif by == "year":
            name = year_of(info)
        elif doc.get("level") == "national" or region_zh(info) == "全国":
            name = _w(_T["national"], lang)
        else:
            name = _province(region_zh(info))
            if name and lang == "en":
                from .glossary import Glossary

                glossary = glossary or Glossary.load()
                name = glossary.english(name, "region") or ""
        out[doc["doc_id"]] = name or _w(_T["unknown"][by], lang)
    return out


def _group_order(by: str, lang: str, names: list[str], sizes: dict[str, int]) -> list[str]:
    unknown = _w(_T["unknown"][by], lang)
    if by == "level":
        rank = {_w(_LEVEL_WORD[lv], lang): k for k, lv in enumerate(LEVELS) if lv in _LEVEL_WORD}
        key = lambda g: (g == unknown, rank.get(g, 99), g)  # noqa: E731
    elif by == "year":
        key = lambda g: (g == unknown, g)  # noqa: E731
    else:  # regions: the national documents first, then by size
        national = _w(_T["national"], lang)
        key = lambda g: (g == unknown, g != national, -sizes[g], g)  # noqa: E731
    return sorted(names, key=key)


def groups(corpus, doc_ids, by: str = "level", lang: str = "zh", max_groups: int = GROUPS_MAX,
           glossary=None) -> list[tuple[str, list[str]]]:
    """The documents ``doc_ids`` in groups: ``[(name, ids)]`` in reading order (levels from the top,
    years in order, regions national first then by size), each group's ids in corpus order. Past
    ``max_groups`` the smallest groups are joined as the last: "其余k组" / "the rest (k groups)"."""
    of = group_of(corpus, by, lang, glossary)
    members: dict[str, list[str]] = {}
    for d in doc_ids:
        members.setdefault(of[d], []).append(d)
    sizes = {g: len(v) for g, v in members.items()}
    names = _group_order(by, lang, list(members), sizes)
    if len(names) > max_groups:
        keep = set(sorted(names, key=lambda g: (-sizes[g], names.index(g)))[:max_groups - 1])
        rest = [g for g in names if g not in keep]
        order = {d: k for k, d in enumerate(doc_ids)}
        merged = sorted((d for g in rest for d in members[g]), key=order.get)
        return [(g, members[g]) for g in names if g in keep] + [(_w(_T["rest"], lang).format(k=len(rest)), merged)]
    return [(g, members[g]) for g in names]


def rows(corpus, doc_ids, labels: dict[str, str], lang: str, focus=None, by: str = "level",
         per_document: int = ROWS_MAX, colours: dict[str, str] | None = None, max_groups: int = GROUPS_MAX,
         max_focus: int = FOCUS_MAX) -> tuple[list[Row], bool]:
    """The rows of a figure over ``doc_ids``: one per document while there are at most ``per_document``
    (focus documents flagged), else one per group (:func:`groups`; :meth:`Row.named` adds its n)
    followed by one per focus document among ``doc_ids`` (at most ``max_focus``). Out: ``(rows, grouped)``."""
    colours = colours or document_colours(corpus, focus)
    present, _ = focus_of(corpus, focus)
    chosen = set(present)
    if len(doc_ids) <= per_document:
        return [Row(labels[d], [d], focus=d in chosen, colour=colours[d]) for d in doc_ids], False
    out = [Row(name, ids, group=True) for name, ids in groups(corpus, doc_ids, by, lang, max_groups)]
    inside = set(doc_ids)
    out += [Row(labels[d], [d], focus=True, colour=colours[d]) for d in present if d in inside][:max_focus]
    return out, True


def row_axis(ax, rows_: list[Row], width_in: float, size: float = 8.0, texts: list[str] | None = None,
             lines: int = 2) -> None:
    """Rows as the y axis from the top: labels (:meth:`Row.named`, given as ``texts`` or the rows' own)
    wrapped to ``width_in`` (two lines at most), a focus document's highlighted in its colour
    (:func:`highlight`), a thin line between the groups and the focus rows."""
    texts = [style.wrap_text(t, width_in, size, lines) for t in (texts or [r.label for r in rows_])]
    ax.set_yticks(range(len(rows_)), texts, fontsize=size)
    for label, r in zip(ax.get_yticklabels(), rows_):
        if r.focus:
            highlight(label, r.colour)
    ax.set_ylim(len(rows_) - 0.5, -0.5)
    first_focus = next((k for k, r in enumerate(rows_) if r.focus), None)
    if first_focus and any(r.group for r in rows_):
        ax.axhline(first_focus - 0.5, color="#BDBDBD", lw=0.6, zorder=0)


def row_size(n_rows: int, room_in: float, most: float = 0.32) -> tuple[float, float, int]:
    """``(row height in inches, label size in pt, label lines)`` for ``n_rows`` rows in ``room_in`` inches:
    rows as tall as ``most`` while they fit, labels 8 pt on two lines while a row holds them, down to
    one line at the house minimum."""
    h = min(most, room_in / max(n_rows, 1))
    lines = 2 if h >= 0.3 else 1
    size = max(style.MIN_TEXT_SIZE, min(8.0, h * 72 / (1.25 * lines)))
    return h, size, lines


def highlight(text, colour: str) -> None:
    """Mark a focus document's label: a light wash of the document's colour behind the text (the house
    font has one weight, so no bold)."""
    from matplotlib.colors import to_rgba

    text.set_bbox({"boxstyle": "round,pad=0.12", "facecolor": to_rgba(colour, 0.35), "edgecolor": "none"})


def jitter(doc_ids, spread: float = 0.28) -> np.ndarray:
    """A vertical offset per document for a strip plot, in ``[-spread, spread]``, from its doc_id — the
    same in every run and every figure (no random state)."""
    out = []
    for d in doc_ids:
        h = int(hashlib.blake2b(str(d).encode("utf-8"), digest_size=4).hexdigest(), 16)
        out.append((h / 0xFFFFFFFF * 2 - 1) * spread)
    return np.asarray(out, dtype=float)


def strip_box(ax, y: float, doc_ids, values, colour: str = GROUP_COLOUR, size: float = 6.0) -> None:
    """A group's values at row ``y``: a box (quartiles, whiskers to 1.5 × IQR) over a strip of one
    point per value, jittered by :func:`jitter`. NaN values are left out (the caller counts them)."""
    v = np.asarray(values, dtype=float)
    ok = ~np.isnan(v)
    if not ok.any():
        return
    ids = [d for d, keep in zip(doc_ids, ok) if keep]
    alpha = 0.55 if ok.sum() <= 200 else 0.25
    ax.scatter(v[ok], y + jitter(ids), s=size, color=colour, alpha=alpha, linewidths=0, zorder=2)
    ax.boxplot([v[ok]], positions=[y], orientation="horizontal", widths=0.6, whis=1.5, showfliers=False, manage_ticks=False,
               patch_artist=True, zorder=3,
               boxprops={"facecolor": "none", "edgecolor": "#333333", "linewidth": 0.8},
               medianprops={"color": "#111111", "linewidth": 2.2},
               whiskerprops={"color": "#333333", "linewidth": 0.8}, capprops={"color": "#333333", "linewidth": 0.8})


def short(text: str, width_in: float, size: float) -> str:
    """``text`` on one line of at most ``width_in`` inches (ending in "…" when cut)."""
    return style.wrap_text(re.sub(r"\s+", " ", str(text)), width_in, size, 1)
