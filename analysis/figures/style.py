"""The house style of policy-brief figures: font, colours, sizes, source line, saving.

Use it like this::

    with style.house_style():
        fig, ax = style.new_figure("column", height=2.8)
        ax.barh(labels, values, color=style.PALETTE[0])
        style.add_source_line(fig, ["某部 (2021)"], lang="zh")
    style.save_figure(fig, "my_figure")        # figures/my_figure.png + .svg

Font: Noto Sans CJK (SIL OFL) from the PyPI package ``noto-cjk-sans-otc``; it
is registered with matplotlib's font manager once, on first use, and used for
both Chinese and Latin text, so no glyph depends on a system font.  Importing
this module changes no global matplotlib setting; all settings live in
:func:`house_style`, an ``rc_context``.

Figures are made with :class:`matplotlib.figure.Figure`, not pyplot, so
drawing one leaves no global figure state behind (and a returned figure is not
shown twice in a notebook).  A ``Figure`` has no ``_repr_png_``: it displays as
a cell's last expression because ``%matplotlib inline`` registers a PNG
formatter for every ``Figure``.  Notebooks must run ``%matplotlib inline``
first; without it the cell shows only ``<Figure size … with 1 Axes>``.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

import matplotlib as mpl
from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine, TightLayoutEngine
from matplotlib.transforms import Bbox, ScaledTranslation

__all__ = [
    "FONT_FAMILY", "FONT_PATH", "font_path", "register_font", "PALETTE", "SEQUENTIAL_CMAP",
    "ANNOTATION_SIZE", "PANEL_TITLE_SIZE", "text_colour_on", "wrap_text", "text_width_in", "MISSING_COLOR",
    "MISSING_HATCH", "NOTE_COLOR",
    "FULL_WIDTH", "COLUMN_WIDTH", "MAX_HEIGHT", "MIN_TEXT_SIZE", "SOURCE_COLOR", "house_style", "new_figure",
    "add_source_line", "source_line_height", "save_figure", "spread", "layout_problems",
]

#: Family name matplotlib gives the Simplified-Chinese face (index 2) of the
#: Noto Sans CJK collection; the same file also holds the JP/KR/TC/HK faces.
FONT_FAMILY = "Noto Sans CJK SC"

#: Okabe–Ito colour-blind-safe palette (Okabe & Ito 2008): orange, sky blue,
#: bluish green, yellow, blue, vermillion, reddish purple, with black last.
PALETTE = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]

#: Sequential colormap for heatmaps: ColorBrewer "Blues", a single hue whose
#: lightness falls monotonically, so it reads the same under colour-vision
#: deficiency and in greyscale print; zero is near-white, so the many empty
#: cells of a coverage matrix recede instead of shouting. The figures write
#: white labels on cells above 0.6 and black below.
SEQUENTIAL_CMAP = "Blues"

#: Figure widths in inches: A4 text width (210 mm − 2 × 25 mm ≈ 6.3 in) and a
#: column of a two-column brief.
FULL_WIDTH = 6.3
COLUMN_WIDTH = 3.5

#: The page a figure must fit, whatever the corpus size: at most :data:`FULL_WIDTH` wide and
#: ``MAX_HEIGHT`` inches high — the A4 text block (297 mm − 2 × 25 mm ≈ 9.7 in) less a caption line.
#: At 300 dpi: at most 1890 × 2850 pixels (A4 itself is 2480 × 3508), in portrait; a landscape
#: page's text block (9.7 × 6.3 in) holds no figure wider than 6.3 in either, so every figure fits
#: both orientations' width and the portrait height. :func:`layout_problems` checks it.
MAX_HEIGHT = 9.5

#: The smallest text (pt) any figure may print — tick labels included: 5.5 pt is 23 pixels high at
#: 300 dpi and still legible on a printed page. :func:`layout_problems` checks it.
MIN_TEXT_SIZE = 5.5

#: Sizes (pt) of numbers written on bars and cells, and of the titles of small panels.
ANNOTATION_SIZE = 7.5
PANEL_TITLE_SIZE = 9.0


def text_colour_on(value: float) -> str:
    """Colour of a label written on a :data:`SEQUENTIAL_CMAP` cell of ``value`` (0–1):
    white on the dark end, black elsewhere."""
    return "white" if value > 0.6 else "black"


#: How "missing" (no data, as opposed to zero) is drawn: light grey with a hatch, and grey notes.
MISSING_COLOR = "#E6E6E6"
MISSING_HATCH = "////"
NOTE_COLOR = "#595959"

#: Colour and size (pt) of the source line.
SOURCE_COLOR = "#595959"
SOURCE_SIZE = 7.0

_SOURCE_PREFIX = {"zh": ("资料来源：", "；"), "en": ("Source: ", "; ")}
_SOURCE_GID = "house-source-line"
_NOTES_GID = "house-figure-notes"
_NAME = re.compile(r"[a-z0-9_]+")
_PAD_PT = 4.0  # margin around the source line, points


def font_path() -> Path:
    """Out: path of ``NotoSansCJK-Regular.ttc`` inside the installed ``noto-cjk-sans-otc`` package.

    Raises :class:`FileNotFoundError` (with the fix) if the package or the file is missing.
    """
    hint = "install it with `pip install noto-cjk-sans-otc==0.0.1` (pinned in pyproject.toml)"
    try:
        import noto_cjk_sans_otc
    except ImportError as err:
        raise FileNotFoundError(f"the CJK font package noto-cjk-sans-otc is not installed; {hint}") from err
    # resolved: a venv reached through a symlink names the same file by another path
    path = Path(str(noto_cjk_sans_otc.FONT_PATH)).resolve()
    if not path.is_file():
        raise FileNotFoundError(f"CJK font file missing: {path}; re-{hint}")
    return path


def __getattr__(name: str):
    # ``style.FONT_PATH`` is computed on first access so that a missing font
    # fails where it is needed, with font_path()'s message.
    if name == "FONT_PATH":
        return font_path()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@functools.cache
def register_font() -> str:
    """Add the Noto Sans CJK file to matplotlib's font manager (once per process).

    Out: :data:`FONT_FAMILY`.  Raises :class:`RuntimeError` if matplotlib then
    resolves that family to another file (i.e. the registration did not work).
    """
    path = font_path()
    manager = font_manager.fontManager
    # A system copy of the same family (Debian's fonts-noto-cjk, pulled in by LibreOffice) would
    # otherwise win the lookup and change the figures' bytes: keep only the pinned file.
    manager.ttflist = [f for f in manager.ttflist if f.name != FONT_FAMILY or Path(f.fname).resolve() == path]
    if path not in {Path(f.fname).resolve() for f in manager.ttflist if f.name == FONT_FAMILY}:
        manager.addfont(path)  # also clears the lookup cache
    else:
        manager._findfont_cached.cache_clear()
    found = manager.findfont(font_manager.FontProperties(family=FONT_FAMILY),
                                              fallback_to_default=False)
    if Path(found).resolve() != path:
        raise RuntimeError(f"matplotlib resolves {FONT_FAMILY!r} to {found}, not {path}")
    return FONT_FAMILY


def _rc() -> dict:
    family = register_font()
    return {
        # One font for everything: CJK and Latin glyphs both come from Noto Sans CJK.
        "font.family": [family],
        "font.sans-serif": [family],
        "axes.unicode_minus": False,
        # Readable at A4 column width.
        "font.size": 8.5,
        "axes.titlesize": 9.5,
        "axes.labelsize": 8.5,
        "xtick.labelsize": 8,
        "ytick.labelsize": 8,
        "legend.fontsize": 8,
        "figure.titlesize": 10,
        "figure.labelsize": 9,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.prop_cycle": mpl.cycler(color=PALETTE),
        "image.cmap": SEQUENTIAL_CMAP,
        "legend.frameon": False,
        "figure.facecolor": "white",
        "savefig.facecolor": "white",
        # Deterministic, self-contained output.
        "savefig.dpi": 300,
        "svg.hashsalt": "policy-analysis-house-style",
        "svg.fonttype": "path",
        "pdf.fonttype": 42,
    }


def house_style(**overrides):
    """Context manager (and decorator) applying the house style via ``matplotlib.rc_context``.

    In: optional rcParams overrides, e.g. ``house_style(**{"font.size": 10})``.
    Out: a context manager; the previous rcParams are restored on exit.
    Registers the font on first use.  Text created outside the context keeps
    matplotlib's defaults (DejaVu Sans, no CJK glyphs), so build figures inside it.
    """
    return mpl.rc_context({**_rc(), **overrides})


def _width(width) -> float:
    if width == "full":
        return FULL_WIDTH
    if width == "column":
        return COLUMN_WIDTH
    if isinstance(width, (int, float)) and not isinstance(width, bool) and width > 0:
        return float(width)
    raise ValueError(f"width must be 'full', 'column' or a positive number of inches, not {width!r}")


def new_figure(width="full", height: float | None = None, **subplots_kw):
    """Create a house-style figure with constrained layout (no pyplot state).

    In: ``width`` — ``"full"`` (:data:`FULL_WIDTH`), ``"column"`` (:data:`COLUMN_WIDTH`) or
    inches; ``height`` in inches (default 0.62 × width); ``subplots_kw`` passed to
    :meth:`Figure.subplots` (``nrows``, ``ncols``, ``squeeze``, ``sharex`` …).
    Out: ``(fig, ax)`` — ``ax`` is one Axes or an array of Axes, as from ``subplots``.
    """
    w = _width(width)
    h = 0.62 * w if height is None else float(height)
    if not h > 0:
        raise ValueError(f"height must be positive, not {height!r}")
    with house_style():
        fig = Figure(figsize=(w, h), layout="constrained")
        axes = fig.subplots(**subplots_kw)
    return fig, axes


def _char_units(text: str) -> list[str]:
    """Split ``text`` into unbreakable pieces: Latin words (with trailing spaces) or single characters."""
    return re.findall(r"[^\s\u2e80-\uffef]+\s*|\s+|.", text)


def _wrap(prefix: str, sources: list[str], sep: str, fits) -> list[str]:
    """Greedy line breaking: break after a separator when possible, inside a source only if it is too long."""
    pieces = [s + (sep if k < len(sources) - 1 else "") for k, s in enumerate(sources)]
    lines, line = [], prefix
    for piece in pieces:
        if fits(line + piece):
            line += piece
            continue
        if line.strip() and fits(piece):
            lines.append(line.rstrip())
            line = piece
            continue
        for unit in _char_units(piece):  # the piece is too long for any line
            if line.strip() and not fits(line + unit):
                lines.append(line.rstrip())
                line = unit.lstrip()
            else:
                line += unit
    lines.append(line.rstrip())
    return lines


def text_width_in(text: str, size: float) -> float:
    """Width in inches of one line of ``text`` set in the house font at ``size`` pt."""
    from matplotlib.textpath import text_to_path

    prop = font_manager.FontProperties(family=register_font(), size=size)
    return text_to_path.get_text_width_height_descent(text, prop, ismath=False)[0] / 72


def wrap_text(text: str, width_in: float, size: float, max_lines: int | None = None) -> str:
    """``text`` broken into lines no wider than ``width_in`` inches at ``size`` pt.

    Latin text breaks between words, Chinese between characters (a word longer
    than a line is broken inside); line breaks in ``text`` are kept. With
    ``max_lines``, the last kept line ends in "…". Out: the lines joined by newlines.
    """
    text = str(text)
    fits = lambda s: text_width_in(s, size) <= width_in  # noqa: E731
    if "\n" not in text and fits(text):
        return text
    lines = [ln for part in text.split("\n") for ln in ([part] if fits(part) else _wrap("", [part], "", fits))]
    lines = [ln for ln in lines if ln.strip()]
    if max_lines is not None and len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and not fits(last + "…"):
            last = last[:-1]
        lines = lines[:max_lines - 1] + [last.rstrip() + "…"]
    return "\n".join(lines)


def source_line_height(sources: list[str], lang: str = "zh", width_in: float = FULL_WIDTH, notes=()) -> float:
    """Height in inches of the band :func:`add_source_line` reserves for ``sources`` (and ``notes``) on a
    figure ``width_in`` wide (for figures that size themselves to their content)."""
    n = len(_source_lines(sources, lang, width_in)) + len(_note_lines(notes, width_in))
    return n * 1.2 * SOURCE_SIZE / 72 + 2 * _PAD_PT / 72


def _source_lines(sources: list[str], lang: str, width_in: float) -> list[str]:
    """The source line broken to the figure's width, as :func:`add_source_line` writes it."""
    from matplotlib.textpath import text_to_path

    prop = font_manager.FontProperties(family=register_font(), size=SOURCE_SIZE)
    max_w = width_in * 72 - 2 * _PAD_PT

    def fits(s: str) -> bool:
        return text_to_path.get_text_width_height_descent(s, prop, ismath=False)[0] <= max_w

    prefix, sep = _SOURCE_PREFIX[lang]
    return _wrap(prefix, [str(s).strip() for s in sources], sep, fits)


def _note_lines(notes, width_in: float) -> list[str]:
    """The figure's notes (what is not drawn, and why), each wrapped to the figure's width."""
    width = 0.97 * (width_in - 2 * _PAD_PT / 72)  # a margin for the glyphs the measure does not see
    return [line for n in notes if str(n).strip() for line in wrap_text(str(n).strip(), width, SOURCE_SIZE).split("\n")]


class _FooterLayoutEngine(ConstrainedLayoutEngine):
    """Constrained layout whose ``rect`` leaves a band at the bottom for the source line.

    Matplotlib places an automatic ``fig.supxlabel`` at the figure's bottom edge
    whatever the ``rect``; this engine moves it up by the band, into the margin
    constrained layout reserved for it.
    """

    def execute(self, fig):
        out = super().execute(fig)
        label = getattr(fig, "_supxlabel", None)
        if label is not None and getattr(label, "_autopos", False):
            label.set_y(label.get_position()[1] + self.get()["rect"][1])
        return out


def add_source_line(fig: Figure, sources: list[str], lang: str = "zh", notes=()):
    """Put ``资料来源：A；B`` (``lang="zh"``) or ``Source: A; B`` (``"en"``) at the bottom left of ``fig``,
    and above it the figure's ``notes`` — what the figure leaves out and why — in grey italics.

    In: a figure, the source descriptions (non-empty list of strings), the language, optional notes.
    The line is small and grey, wrapped to the figure width, and room is reserved
    for it at the bottom (constrained/tight layout: the layout ``rect``, with an
    automatic ``supxlabel`` kept above the line; no layout engine:
    ``subplots_adjust(bottom=…)``), so it stays inside the saved figure and clear
    of the axes.  Figure legends placed ``"outside lower …"`` are not moved.
    Out: the :class:`~matplotlib.text.Text` of the source line.  Raises ValueError for an
    unknown ``lang``, no sources, or a second source line.
    """
    if lang not in _SOURCE_PREFIX:
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")
    sources = [str(s).strip() for s in sources]
    if not sources or not all(sources):
        raise ValueError("add_source_line needs at least one non-empty source")
    if any(t.get_gid() == _SOURCE_GID for t in fig.texts):
        raise ValueError("the figure already has a source line")
    prop = font_manager.FontProperties(family=register_font(), size=SOURCE_SIZE)
    fig_w_in, fig_h_pt = fig.get_size_inches()[0], fig.get_size_inches()[1] * 72
    lines = _source_lines(sources, lang, fig_w_in)
    note_lines = _note_lines(notes, fig_w_in)
    pad = ScaledTranslation(_PAD_PT / 72, _PAD_PT / 72, fig.dpi_scale_trans)
    text = fig.text(0, 0, "\n".join(lines), transform=fig.transFigure + pad, ha="left", va="bottom",
                    fontproperties=prop, color=SOURCE_COLOR, linespacing=1.2, gid=_SOURCE_GID)
    if note_lines:
        up = ScaledTranslation(0, len(lines) * 1.2 * SOURCE_SIZE / 72, fig.dpi_scale_trans)
        fig.text(0, 0, "\n".join(note_lines), transform=fig.transFigure + pad + up, ha="left", va="bottom",
                 fontproperties=prop, color=NOTE_COLOR, linespacing=1.2, style="italic", gid=_NOTES_GID)
    band = min(0.5, ((len(lines) + len(note_lines)) * 1.2 * SOURCE_SIZE + 2 * _PAD_PT) / fig_h_pt)
    engine = fig.get_layout_engine()
    if isinstance(engine, ConstrainedLayoutEngine):
        left, bottom, w, h = engine.get()["rect"]
        new_bottom = max(bottom, band)
        fig.set_layout_engine(_FooterLayoutEngine(
            **{**engine.get(), "rect": (left, new_bottom, w, h - (new_bottom - bottom))},
            compress=getattr(engine, "_compress", False)))
    elif isinstance(engine, TightLayoutEngine):  # its rect is (left, bottom, right, top)
        left, bottom, right, top = engine.get()["rect"]
        engine.set(rect=(left, max(bottom, band), right, top))
    else:  # no layout engine: raise the subplots and any supxlabel above the band
        fig.subplots_adjust(bottom=min(0.9, fig.subplotpars.bottom + band))
        if getattr(fig, "_supxlabel", None) is not None:
            fig._supxlabel.set_y(band)
    return text


def _reset_layout(fig: Figure) -> None:
    """Put constrained-layout Axes back at a fixed start position before a save.

    Constrained layout starts from the current positions and does not fully
    converge, so each draw shifts things by float noise (which changes SVG clip
    ids and coordinates).  Starting every save from the same positions — grid
    Axes at their subplotspec cell, colorbars beside their parents — makes the
    bytes independent of how often the figure was drawn or saved before.
    """
    if not isinstance(fig.get_layout_engine(), ConstrainedLayoutEngine):
        return  # without a layout engine nothing moves at draw time
    for ax in fig.axes:
        if ax.get_subplotspec() is not None:
            ax.set_subplotspec(ax.get_subplotspec())
    for ax in fig.axes:
        info = getattr(ax, "_colorbar_info", None)
        if ax.get_subplotspec() is not None or not info:
            continue
        pb = Bbox.union([p.get_position(original=True) for p in info["parents"]])
        frac, shrink = info["fraction"], info["shrink"]
        if info["location"] in ("left", "right"):
            w, h = pb.width * frac, pb.height * shrink
            x0 = pb.x1 if info["location"] == "right" else pb.x0 - w
            box = Bbox.from_bounds(x0, pb.y0 + (pb.height - h) / 2, w, h)
        else:
            w, h = pb.width * shrink, pb.height * frac
            y0 = pb.y1 if info["location"] == "top" else pb.y0 - h
            box = Bbox.from_bounds(pb.x0 + (pb.width - w) / 2, y0, w, h)
        in_layout = ax.get_in_layout()
        ax.set_position(box)  # set_position also takes the Axes out of the layout; put it back
        ax.set_in_layout(in_layout)


def _stable_svg_ids(path: Path) -> None:
    """Number the SVG's clip-path ids in order of appearance.

    Matplotlib names a clip path by a hash of its box at full float precision,
    so float noise in a layout run changes the id (and the bytes) although
    every drawn coordinate is the same.
    """
    text = path.read_text(encoding="utf-8")
    ids = list(dict.fromkeys(re.findall(r'<clipPath id="(p[0-9a-f]+)"', text)))
    if not ids:
        return
    mapping = {old: f"clip{k}" for k, old in enumerate(ids, 1)}
    text = re.sub(r'(?<=id=")p[0-9a-f]+(?=")|(?<=url\(#)p[0-9a-f]+(?=\))', lambda m: mapping.get(m.group(), m.group()), text)
    path.write_text(text, encoding="utf-8")


def save_figure(fig: Figure, name: str, out_dir: str | Path = "figures") -> list[Path]:
    """Write ``<out_dir>/<name>.png`` (300 dpi) and ``<out_dir>/<name>.svg``, byte-identical across runs.

    In: a figure, a file stem matching ``[a-z0-9_]+`` (anything else — paths,
    dots, capitals — raises ValueError, so nothing is written outside
    ``out_dir``), the output directory (created if needed).
    Out: ``[png_path, svg_path]``.  Saving runs inside :func:`house_style`, with
    no timestamp or software version in the files and a fixed SVG hash salt,
    and each save starts the layout from the same positions, so saving the same
    figure again (or after it was shown in a notebook) gives the same bytes.
    """
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise ValueError(f"figure name must match [a-z0-9_]+, not {name!r}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    png, svg = out / f"{name}.png", out / f"{name}.svg"
    with house_style():
        engine = fig.get_layout_engine()
        _reset_layout(fig)
        if isinstance(engine, ConstrainedLayoutEngine):
            # lay out once, from the reset positions, then save with the layout frozen:
            # a layout run per save lands on float-noise different boxes, and SVG clip ids hash them
            engine.execute(fig)
            fig.set_layout_engine("none")
        try:
            fig.savefig(png, format="png", dpi=300, metadata={"Software": None})
            fig.savefig(svg, format="svg", metadata={"Date": None})
            _stable_svg_ids(svg)
        finally:
            if isinstance(engine, ConstrainedLayoutEngine):
                fig.set_layout_engine(engine)
    return [png, svg]


# --------------------------------------------------------------------------- layout check

def _visible_texts(fig: Figure, renderer) -> list:
    """Every visible, non-empty Text drawn on ``fig``: titles, labels, tick labels in view, notes, legends."""
    from matplotlib.text import Text

    out = []
    for t in fig.findobj(Text):
        if not t.get_visible() or not t.get_text().strip() or t.axes is not None and not t.axes.get_visible():
            continue
        out.append(t)
    # tick labels outside the view are built but not drawn: keep only those matplotlib draws
    drawn_ticks = set()
    for ax in fig.axes:
        if not ax.get_visible() or not ax.axison:
            continue
        for axis in (ax.xaxis, ax.yaxis):
            for tick in axis._update_ticks():
                drawn_ticks.update(id(x) for x in (tick.label1, tick.label2) if x.get_visible())
    tick_labels = {id(x) for ax in fig.axes for axis in (ax.xaxis, ax.yaxis)
                   for tick in axis.get_major_ticks() + axis.get_minor_ticks() for x in (tick.label1, tick.label2)}
    return [t for t in out if id(t) not in tick_labels or id(t) in drawn_ticks]


def _data_artists(ax) -> list:
    from matplotlib.collections import Collection
    from matplotlib.image import AxesImage
    from matplotlib.lines import Line2D
    from matplotlib.patches import Rectangle

    items = []
    for a in ax.get_children():
        if not a.get_visible() or a is ax.patch:
            continue
        if isinstance(a, (Rectangle, Line2D, Collection, AxesImage)) and a.axes is ax:
            if isinstance(a, Rectangle) and (a.get_width() == 0 or a.get_height() == 0):
                continue
            items.append(a)
    return items


def _overlapping_pairs(boxes: list, tolerance: float) -> list[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, of boxes that overlap by more than ``tolerance`` pixels both ways."""
    import numpy as np

    if len(boxes) < 2:
        return []
    b = np.array([[x.x0, x.y0, x.x1, x.y1] for x in boxes])
    w = np.minimum(b[:, None, 2], b[None, :, 2]) - np.maximum(b[:, None, 0], b[None, :, 0])
    h = np.minimum(b[:, None, 3], b[None, :, 3]) - np.maximum(b[:, None, 1], b[None, :, 1])
    hit = np.triu((w > tolerance) & (h > tolerance), k=1)
    return [(int(i), int(j)) for i, j in zip(*np.nonzero(hit))]


def _tick_density_problems(fig: Figure, renderer, tolerance: float) -> list[str]:
    """Axes whose tick labels need more room along the axis than the axis has (they would overlap)."""
    problems = []
    for k, ax in enumerate(fig.axes):
        if not ax.get_visible() or not ax.axison:
            continue
        box = ax.get_window_extent(renderer)
        for name, axis, length in (("x", ax.xaxis, box.width), ("y", ax.yaxis, box.height)):
            labels = [t for tick in axis._update_ticks() for t in (tick.label1, tick.label2)
                      if t.get_visible() and t.get_text().strip()]
            if len(labels) < 2:
                continue
            extents = [t.get_window_extent(renderer) for t in labels]
            need = sum(e.width if name == "x" else e.height for e in extents)
            span = max(e.x1 if name == "x" else e.y1 for e in extents) - min(e.x0 if name == "x" else e.y0
                                                                              for e in extents)
            if need > max(length, span) + tolerance:
                where = ax.get_title(loc="left") or ax.get_title() or f"axes {k + 1}"
                problems.append(f"{len(labels)} tick labels on the {name} axis of {where[:40]!r} need "
                                f"{need / fig.dpi:.2f} in; the axis is {length / fig.dpi:.2f} in long")
    return problems


def layout_problems(fig: Figure, check_cjk: bool = False, tolerance: float = 3.0) -> list[str]:
    """What an editor would send back: a figure bigger than the page, texts beyond the canvas,
    overlapping texts, text smaller than the house minimum, tick labels denser than the axis holds,
    legends over data.

    In: a figure (laid out and drawn here as :func:`save_figure` saves it: at 300 dpi, with the
    Agg renderer), ``check_cjk`` (True for an English figure: any CJK character is a problem), a
    tolerance in pixels at 300 dpi (3 px = 0.01 in). Out: one plain sentence per problem, naming
    the text; empty when the figure is clean. The page is :data:`FULL_WIDTH` × :data:`MAX_HEIGHT`
    inches; the smallest text :data:`MIN_TEXT_SIZE` points.
    """
    problems = []
    w_in, h_in = fig.get_size_inches()
    if w_in > FULL_WIDTH + 1e-6 or h_in > MAX_HEIGHT + 1e-6:
        problems.append(f"the figure is {w_in:.2f} × {h_in:.2f} in ({round(w_in * 300)} × {round(h_in * 300)} px at "
                        f"300 dpi); the page holds {FULL_WIDTH} × {MAX_HEIGHT} in")
    dpi = fig.dpi
    try:
        with house_style():
            return problems + _drawn_problems(fig, check_cjk, tolerance)
    finally:
        fig.set_dpi(dpi)


def _drawn_problems(fig: Figure, check_cjk: bool, tolerance: float) -> list[str]:
    """The problems :func:`layout_problems` finds in the drawn figure: laid out as :func:`save_figure`
    lays it out (at 100 dpi), then drawn at the 300 dpi of the saved PNG — text is measured as printed
    (glyphs are relatively wider at 300 dpi than at 100), the tolerance in pixels at 300 dpi."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.legend import Legend

    from .cjk import CJK

    problems = []
    engine = fig.get_layout_engine()
    if isinstance(engine, ConstrainedLayoutEngine):
        _reset_layout(fig)
        engine.execute(fig)
        fig.set_layout_engine("none")
    FigureCanvasAgg(fig)
    try:
        fig.set_dpi(300)
        fig.canvas.draw()
    finally:
        if isinstance(engine, ConstrainedLayoutEngine):
            fig.set_layout_engine(engine)
    renderer = fig.canvas.get_renderer()
    canvas = fig.bbox
    texts = _visible_texts(fig, renderer)
    boxes, names = [], []
    for t in texts:
        box = t.get_window_extent(renderer)
        name = t.get_text().replace("\n", " ")[:60]
        if (box.x0 < canvas.x0 - tolerance or box.y0 < canvas.y0 - tolerance
                or box.x1 > canvas.x1 + tolerance or box.y1 > canvas.y1 + tolerance):
            problems.append(f"text {name!r} is drawn beyond the canvas")
        if t.get_fontsize() < MIN_TEXT_SIZE - 1e-6:
            problems.append(f"text {name!r} is set in {t.get_fontsize():g} pt, below the house minimum "
                            f"of {MIN_TEXT_SIZE:g} pt")
        if check_cjk:
            found = CJK.findall(t.get_text())
            if found:
                problems.append(f"text {name!r} holds Chinese characters {''.join(dict.fromkeys(found))!r}")
        boxes.append(box)
        names.append(name)
    problems.extend(f"texts {names[i]!r} and {names[j]!r} overlap" for i, j in _overlapping_pairs(boxes, tolerance))
    problems.extend(_tick_density_problems(fig, renderer, tolerance))
    for legend in fig.findobj(Legend):
        if not legend.get_visible():
            continue
        lbox = legend.get_window_extent(renderer)
        if (lbox.x0 < canvas.x0 - tolerance or lbox.x1 > canvas.x1 + tolerance
                or lbox.y0 < canvas.y0 - tolerance or lbox.y1 > canvas.y1 + tolerance):
            problems.append("a legend is drawn beyond the canvas")
        for ax in fig.axes:
            for artist in _data_artists(ax):
                abox = artist.get_window_extent(renderer)
                w = min(lbox.x1, abox.x1) - max(lbox.x0, abox.x0)
                h = min(lbox.y1, abox.y1) - max(lbox.y0, abox.y0)
                if w > tolerance and h > tolerance:
                    problems.append(f"a legend ({', '.join(t.get_text() for t in legend.get_texts())[:60]}) "
                                    f"covers data ({type(artist).__name__})")
                    break
    return problems


def spread(positions, gap: float, low: float, high: float) -> list[float]:
    """Positions for labels wanted at ``positions`` (any order) that keep at least ``gap`` apart inside
    ``[low, high]``, each moved as little as it can be: out, a list in the input's order.

    Labels beside a heatmap or a strip of points are drawn at the returned places with a leader line
    to where they belong. When ``len(positions) * gap`` exceeds the room, they are spaced evenly.
    """
    order = sorted(range(len(positions)), key=lambda i: (positions[i], i))
    n = len(order)
    if n == 0:
        return []
    if (n - 1) * gap > high - low:
        step = (high - low) / max(n - 1, 1)
        out = [0.0] * n
        for k, i in enumerate(order):
            out[i] = low + k * step if n > 1 else (low + high) / 2
        return out
    placed = [min(max(float(positions[i]), low), high) for i in order]
    for k in range(1, n):  # push down the line, then pull back into range from the top end
        placed[k] = max(placed[k], placed[k - 1] + gap)
    if placed[-1] > high:
        placed[-1] = high
        for k in range(n - 2, -1, -1):
            placed[k] = min(placed[k], placed[k + 1] - gap)
    out = [0.0] * n
    for k, i in enumerate(order):
        out[i] = placed[k]
    return out
