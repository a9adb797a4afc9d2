"""Tests of analysis.figures.style: font, palette, figure helpers, source line, deterministic saving."""
from __future__ import annotations

import hashlib
import io
import logging
import os
import subprocess
import sys
import warnings
from contextlib import contextmanager
from pathlib import Path

import matplotlib as mpl
import pytest
from matplotlib import font_manager
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure

from analysis.figures import style

ROOT = Path(__file__).resolve().parents[1]
GLYPH_WORDS = ("missing from font", "Glyph", "findfont", "not found")


@contextmanager
def glyph_problems():
    """Collect warnings and ``matplotlib`` log records about missing glyphs or fonts into a list."""
    found: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record):
            found.append(record.getMessage())

    handler = Collect(level=logging.DEBUG)
    logger = logging.getLogger("matplotlib")
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield found
        found.extend(str(w.message) for w in caught)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
    found[:] = [m for m in found if any(word in m for word in GLYPH_WORDS)]


def _render(fig: Figure) -> None:
    fig.savefig(io.BytesIO(), format="png")
    fig.savefig(io.BytesIO(), format="svg")


# ---------------------------------------------------------------- font

def test_font_file_exists_comes_from_the_package_and_is_registered():
    path = style.font_path()
    assert path == style.FONT_PATH
    assert path.is_file() and path.suffix == ".ttc" and path.stat().st_size > 10_000_000
    assert path.parent.name == "noto_cjk_sans_otc"  # the PyPI package, never a system font
    assert style.register_font() == style.FONT_FAMILY == "Noto Sans CJK SC"
    names = {f.name for f in font_manager.fontManager.ttflist if Path(f.fname) == path}
    assert style.FONT_FAMILY in names
    found = font_manager.fontManager.findfont(font_manager.FontProperties(family=style.FONT_FAMILY),
                                              fallback_to_default=False)
    assert Path(found) == path
    assert getattr(found, "face_index", 2) == 2  # the Simplified-Chinese face of the collection
    # registering twice adds nothing
    n = len(font_manager.fontManager.ttflist)
    style.register_font.__wrapped__()
    assert len(font_manager.fontManager.ttflist) == n


def test_missing_font_file_is_a_clear_error(monkeypatch, tmp_path):
    import noto_cjk_sans_otc

    monkeypatch.setattr(noto_cjk_sans_otc, "FONT_PATH", tmp_path / "NotoSansCJK-Regular.ttc")
    with pytest.raises(FileNotFoundError, match="noto-cjk-sans-otc"):
        style.font_path()
    with pytest.raises(FileNotFoundError):
        style.FONT_PATH  # noqa: B018


def test_import_changes_no_global_matplotlib_state():
    code = (
        "import matplotlib as mpl\n"
        "from matplotlib import font_manager as fm\n"
        "before = dict(mpl.rcParams); n = len(fm.fontManager.ttflist)\n"
        "import analysis.figures.style\n"
        "assert dict(mpl.rcParams) == before, 'rcParams changed at import'\n"
        "assert len(fm.fontManager.ttflist) == n, 'font registered at import'\n"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def test_house_style_sets_and_restores_rcparams():
    before = dict(mpl.rcParams)
    with style.house_style():
        rc = mpl.rcParams
        assert rc["font.family"] == [style.FONT_FAMILY]
        assert rc["font.sans-serif"] == [style.FONT_FAMILY]
        assert 8 <= rc["font.size"] <= 9
        assert rc["axes.unicode_minus"] is False
        assert rc["svg.fonttype"] == "path" and rc["pdf.fonttype"] == 42
        assert rc["svg.hashsalt"] and rc["savefig.dpi"] == 300
        assert not rc["axes.spines.top"] and not rc["axes.spines.right"]
    assert dict(mpl.rcParams) == before
    with style.house_style(**{"font.size": 12}):
        assert mpl.rcParams["font.size"] == 12


def test_chinese_text_has_no_missing_glyphs():
    words = ["交通运输行政执法", "学时/年", "资料来源：天津市（2021）；河南省", "−12%", "-3.5", "Source: Ministry (2024)"]
    with glyph_problems() as problems:
        with style.house_style():
            fig, ax = style.new_figure("column", height=2.5)
            ax.plot([-2, 3], [-1, 4], label=words[1])
            ax.set_title(words[0])
            ax.set_xlabel(words[1])
            for k, w in enumerate(words):
                ax.text(0, k * 0.5, w)
            ax.legend()
            style.add_source_line(fig, ["交通运输部办公厅 (2024)"], lang="zh")
        _render(fig)
    assert problems == []
    title_font = font_manager.findfont(ax.title.get_fontproperties(), fallback_to_default=False)
    assert Path(title_font) == style.FONT_PATH

    # control: the same text without the house style does warn, so the check above can fail
    with glyph_problems() as control:
        plain = Figure()
        plain.subplots().set_title(words[0])
        _render(plain)
    assert any("missing from font" in m for m in control)


# ---------------------------------------------------------------- palette, sizes

def test_palette_and_colormap():
    assert len(style.PALETTE) >= 7
    rgb = [to_rgb(c) for c in style.PALETTE]
    assert len(set(rgb)) == len(rgb)
    assert len(set(rgb[:7])) == 7 and (0, 0, 0) not in rgb[:7]  # black, if present, is last
    assert {c.upper() for c in style.PALETTE} >= {"#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7"}
    assert style.SEQUENTIAL_CMAP in mpl.colormaps
    # a perceptually ordered, colour-blind-safe sequential map
    assert style.SEQUENTIAL_CMAP.removesuffix("_r") in {"viridis", "cividis", "Blues"}
    assert 6.0 <= style.FULL_WIDTH <= 6.5 and 3.3 <= style.COLUMN_WIDTH <= 3.6


def test_new_figure_sizes_layout_and_no_pyplot_state():
    import matplotlib.pyplot as plt

    open_before = plt.get_fignums()
    fig, ax = style.new_figure("full", height=3)
    assert tuple(fig.get_size_inches()) == pytest.approx((style.FULL_WIDTH, 3))
    assert fig.get_layout_engine() is not None and "rect" in fig.get_layout_engine().get()
    assert not ax.spines["top"].get_visible() and not ax.spines["right"].get_visible()
    fig, axes = style.new_figure("column", height=2, nrows=2, ncols=3, squeeze=False)
    assert axes.shape == (2, 3)
    assert tuple(fig.get_size_inches()) == pytest.approx((style.COLUMN_WIDTH, 2))
    fig, _ = style.new_figure(4.25, height=1.5)
    assert tuple(fig.get_size_inches()) == pytest.approx((4.25, 1.5))
    assert plt.get_fignums() == open_before
    for bad in ("wide", -1, 0, True):
        with pytest.raises(ValueError):
            style.new_figure(bad, height=2)
    with pytest.raises(ValueError):
        style.new_figure("full", height=0)


# ---------------------------------------------------------------- source line

def _drawn(fig):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    fig.canvas.draw()
    return fig.canvas.get_renderer()


def test_source_line_text_prefix_and_separators():
    fig, _ = style.new_figure("full", height=3)
    t = style.add_source_line(fig, ["A", "B"], lang="zh")
    assert t.get_text() == "资料来源：A；B"
    fig, _ = style.new_figure("full", height=3)
    assert style.add_source_line(fig, ["A", "B"], lang="en").get_text() == "Source: A; B"
    with pytest.raises(ValueError):
        style.add_source_line(fig, ["C"], lang="en")  # a second line
    for bad_lang in ("fr", "ZH"):
        with pytest.raises(ValueError):
            style.add_source_line(style.new_figure("column", height=2)[0], ["A"], lang=bad_lang)
    with pytest.raises(ValueError):
        style.add_source_line(style.new_figure("column", height=2)[0], [], lang="zh")


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("layout", ["constrained", "none"])
def test_long_source_line_wraps_inside_figure_below_everything(lang, layout):
    sources = (["天津市交通运输综合行政执法总队 (2023)", "西宁市交通运输综合行政执法监督局 (2024)"] * 3 if lang == "zh"
               else ["Xining Transport Comprehensive Administrative Law Enforcement Supervision Bureau (2024)"] * 3)
    with style.house_style():
        if layout == "constrained":
            fig, axes = style.new_figure("column", height=3.5, ncols=2)
            fig.supxlabel("学时/年" if lang == "zh" else "Hours per year")
        else:
            fig = Figure(figsize=(style.COLUMN_WIDTH, 3.5))
            axes = fig.subplots(ncols=2)
        for ax in axes:
            ax.set_xlabel("横轴标签 x label")
        text = style.add_source_line(fig, sources, lang=lang)
    lines = text.get_text().split("\n")
    assert len(lines) >= 3
    joined = "".join(lines).replace(" ", "")
    assert all(s.replace(" ", "") in joined for s in sources)
    renderer = _drawn(fig)
    fig_box = fig.bbox
    box = text.get_window_extent(renderer)
    assert fig_box.x0 <= box.x0 and box.x1 <= fig_box.x1 and fig_box.y0 <= box.y0 and box.y1 <= fig_box.y1
    others = [ax.get_tightbbox(renderer) for ax in axes]
    if fig._supxlabel is not None:
        others.append(fig._supxlabel.get_window_extent(renderer))
    for other in others:
        assert other.y0 >= box.y1 - 0.5, "source line overlaps the plot"


# ---------------------------------------------------------------- saving

def _sample_figure() -> Figure:
    with style.house_style():
        fig, ax = style.new_figure("column", height=2.4)
        ax.bar(["执法人员", "领导班子"], [40, 60], color=style.PALETTE[:2])
        ax.set_ylabel("学时/年")
        ax.set_title("培训要求")
        style.add_source_line(fig, ["天津市交通运输委员会 (2021)"], lang="zh")
    return fig


def test_save_figure_writes_png_and_svg(tmp_path):
    from PIL import Image

    out = tmp_path / "new" / "dir"
    paths = style.save_figure(_sample_figure(), "sample_1", out)
    assert paths == [out / "sample_1.png", out / "sample_1.svg"]
    assert all(p.is_file() and p.stat().st_size > 1000 for p in paths)
    with Image.open(paths[0]) as im:
        assert im.size == (round(style.COLUMN_WIDTH * 300), round(2.4 * 300))
        assert round(im.info["dpi"][0]) == 300
        assert "Software" not in im.info
    svg = paths[1].read_text(encoding="utf-8")
    assert "<dc:date>" not in svg and "<svg" in svg
    assert "<text" not in svg  # svg.fonttype "path": glyphs are outlines, no font needed to view


def test_save_figure_is_byte_identical_across_saves(tmp_path):
    fig = _sample_figure()
    a = style.save_figure(fig, "same", tmp_path / "a")
    b = style.save_figure(fig, "same", tmp_path / "b")
    c = style.save_figure(_sample_figure(), "same", tmp_path / "c")
    for x, y, z in zip(a, b, c):
        assert x.read_bytes() == y.read_bytes() == z.read_bytes(), x.name


def test_save_figure_is_byte_identical_across_processes(tmp_path):
    code = (
        "import sys, hashlib\n"
        "sys.path.insert(0, 'tests')\n"
        "from test_style import _sample_figure\n"
        "from analysis import style\n"
        "for p in style.save_figure(_sample_figure(), 'proc', sys.argv[1]):\n"
        "    print(p.suffix, hashlib.sha256(p.read_bytes()).hexdigest())\n"
    )
    outs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", code, str(tmp_path / seed)], cwd=ROOT, env=env,
                             capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        outs.append(run.stdout)
    assert outs[0] == outs[1] and outs[0].count("\n") == 2
    here = style.save_figure(_sample_figure(), "proc", tmp_path / "here")
    assert outs[0] == "".join(f"{p.suffix} {hashlib.sha256(p.read_bytes()).hexdigest()}\n" for p in here)


@pytest.mark.parametrize("name", ["../escape", "a/b", "/abs", "Upper", "a.b", "", "a b", "a\n", "名字", "a-b", None, 3])
def test_bad_names_are_refused(tmp_path, name):
    fig = _sample_figure()
    with pytest.raises(ValueError):
        style.save_figure(fig, name, tmp_path / "out")
    assert not (tmp_path / "out").exists()
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- the real figures

def test_every_figure_draws_without_missing_glyphs(request, tmp_path):
    pytest.importorskip("analysis.parse.extract")
    figures = pytest.importorskip("analysis.figures")
    corpus = request.getfixturevalue("real_corpus")
    tokenizer = figures.similarity.load_tokenizer()
    assert len(figures.FIGURES) >= 13
    compared = figures.reuse.compare(corpus)
    bad = {}
    for name, func in figures.FIGURES.items():
        for lang in ("zh", "en"):
            kwargs = figures.figure_arguments(func, tokenizer=tokenizer, reuse=compared)
            with glyph_problems() as problems:
                fig = func(corpus, lang=lang, **kwargs)
                paths = style.save_figure(fig, f"{name}_{lang}", tmp_path)
            assert all(p.stat().st_size > 1000 for p in paths)
            again = style.save_figure(fig, f"{name}_{lang}", tmp_path / "again")
            assert [p.read_bytes() for p in paths] == [p.read_bytes() for p in again], f"{name} [{lang}] not deterministic"
            sources = [t for t in fig.texts if t.get_gid() == style._SOURCE_GID]
            assert len(sources) == 1 and sources[0].get_text().startswith("资料来源：" if lang == "zh" else "Source: ")
            if problems:
                bad[f"{name} [{lang}]"] = problems[:3]
    assert bad == {}


# ---------------------------------------------------------------- notebooks

def test_figure_displays_once_in_a_notebook_with_inline_backend():
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    from jupyter_client.kernelspec import KernelSpecManager

    if "python3" not in KernelSpecManager().find_kernel_specs():
        pytest.skip("no python3 kernel")
    cells = ["%matplotlib inline",
             "from analysis import style\n"
             "with style.house_style():\n"
             "    fig, ax = style.new_figure('column', height=2)\n"
             "    ax.set_title('学时/年')\n"
             "fig"]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    nbclient.NotebookClient(nb, kernel_name="python3", timeout=120,
                            resources={"metadata": {"path": str(ROOT)}}).execute()
    outputs = nb.cells[1].outputs
    pngs = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(pngs) == 1, outputs  # shown exactly once: a plain Figure is not tracked by pyplot
