"""Regeneration never breaks and never half-writes: corpora with missing fields (no period, no date,
no tasks, no deadlines, no units, one document of a level, unlisted plans) regenerate completely."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import corpus_factory as cf
from analysis.cli import main
from analysis.figures import FIGURES
from analysis.io.tables import TABLE_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
SHIPPED_SETTINGS = Path(__file__).parent / "data" / "shipped" / "analysis.toml"
SHIPPED_CODEBOOK = Path(__file__).parent / "data" / "shipped" / "codebook.csv"
ISSUERS = [None, "交通运输部", "河北省交通运输厅", "石家庄市交通运输局", "安平县交通运输局", cf.LONG_ISSUER]


@st.composite
def specs(draw):
    n = draw(st.integers(1, 3))
    out = []
    for k in range(n):
        issuer = draw(st.sampled_from(ISSUERS))
        out.append(cf.Spec(
            stem=f"20{draw(st.integers(20, 26))}_generated_{k}",
            issuer=issuer,
            title=draw(st.sampled_from([None, "某交通运输执法能力提升实施方案", cf.LONG_ISSUER + "关于加强执法队伍建设的实施方案"])),
            period=draw(st.sampled_from([None, (2022, 2024), (2024, 2024), (2023, 2027)])),
            date=draw(st.sampled_from([None, "2023年3月1日"])),
            n_tasks=draw(st.integers(0, 6)),
            deadlines=draw(st.booleans()),
            units=draw(st.sampled_from([(), ("厅执法局",), cf.LONG_UNITS])),
            kind=draw(st.sampled_from(["plan", "plan", "report"])),
        ))
    return out


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(generated=specs(), shipped=st.booleans())
def test_tables_and_figures_regenerate_for_any_corpus(tmp_path_factory, generated, shipped):
    tmp = tmp_path_factory.mktemp("gen")
    raw, manifest = cf.write_raw(tmp, generated, shipped=shipped)
    out, figs = tmp / "tables", tmp / "figures"
    code = main(["regenerate", "--only", "tables", "--only", "figures", "--raw", str(raw), "--manifest", str(manifest),
                 "--out", str(out), "--figures", str(figs)])
    assert code == 0
    _every_figure_written(figs)
    assert len(list(out.glob("*.csv"))) == len(TABLE_COLUMNS)


def _every_figure_written(figs: Path) -> None:
    """Every figure of the registry in both languages, PNG and SVG; task_alignment once per pair (at least once)."""
    stems = {p.stem for p in figs.glob("*.png")}
    assert stems == {p.stem for p in figs.glob("*.svg")}
    named = {s.removesuffix("_en") for s in stems}
    assert {s for s in named if not s.startswith("task_alignment")} == set(FIGURES) - {"task_alignment"}
    aligned = {s for s in named if s.startswith("task_alignment")}
    assert aligned and all(f"{s}_en" in stems and s in stems for s in aligned)


# ---------------------------------------------------------------- make all, then make test's nbval, on three corpora

def _added_plans():
    """Two plans a researcher adds to the shipped five: one listed in the manifest, one not; with a plan
    without a period and a text with nothing parseable (both unlisted)."""
    specs = [cf.Spec("2023_hebei_plan", issuer="河北省交通运输厅", title="河北省交通运输行政执法质量提升实施方案", period=None),
             cf.Spec("2025_anping_county_plan", issuer="安平县交通运输局", title="安平县交通运输执法队伍建设实施方案",
                     period=(2025, 2027), date="2025年1月6日"),
             cf.Spec("2024_notes", issuer=None, title=None, period=None, date=None, n_tasks=0)]
    listed = {"2025_anping_county_plan": {
        "title": "安平县交通运输执法队伍建设实施方案（2025-2027年）", "issuer": "安平县交通运输局", "level": "county",
        "region": "河北省衡水市安平县", "issue_date": "2025-01-06", "period_start": "2025", "period_end": "2027",
        "programme": "执法队伍建设（2025）", "kind": "plan"}}
    return specs, listed


def _project(tmp: Path, kind: str) -> dict:
    """A project tree of one kind: its raw folder, manifest, notebooks (copies of this project's) and the
    folders make all writes to. ``shipped``: the five shipped documents (fixture copies); ``added``: the
    shipped five and the researcher's plans, listed and unlisted; ``replaced``: twelve other plans only."""
    if kind == "shipped":
        raw, manifest = cf.write_raw(tmp, [], shipped=True)
    elif kind == "added":
        specs, listed = _added_plans()
        raw, manifest = cf.write_raw(tmp, specs, shipped=True, listed=listed)
    else:
        listed = {"2024_chongqing_plan": {
            "title": "重庆市交通运输综合行政执法队伍素质能力提升三年行动实施方案（2024-2026年）",
            "issuer": "重庆市交通运输委员会", "level": "provincial", "region": "重庆市", "issue_date": "2024-06-30",
            "period_start": "2024", "period_end": "2026", "programme": "素质能力提升（2024）", "kind": "plan"}}
        raw, manifest = cf.write_raw(tmp, cf.twelve_specs(), shipped=False, listed=listed)
    books = tmp / "notebooks"
    books.mkdir()
    for nb in ROOT.glob("notebooks/[0-9][0-9]_*.ipynb"):
        shutil.copyfile(nb, books / nb.name)
    # the shipped settings, kept as they are whatever the plans (a researcher who replaced the plans and
    # left analysis.toml alone gets its pairs noted as not in the corpus and defaults computed instead)
    settings = tmp / "analysis.toml"
    settings.write_text(SHIPPED_SETTINGS.read_text(encoding="utf-8").replace('"codebook.csv"', f'"{SHIPPED_CODEBOOK}"'),
                        encoding="utf-8")
    return {"raw": raw, "manifest": manifest, "notebooks": books, "out": tmp / "processed", "figures": tmp / "figures",
            "settings": settings}


def _nbval(project: dict, cache: bool, **env_extra: str) -> subprocess.CompletedProcess:
    """``make test``'s second step on the project's notebooks: pytest --nbval in strict mode, the kernels
    reading the project's corpus and settings (as make all's did), and its cache or none (every comparison
    computed afresh: the stored outputs must not depend on the cache)."""
    env = dict(os.environ, POLICY_ANALYSIS_RAW=str(project["raw"]), POLICY_ANALYSIS_MANIFEST=str(project["manifest"]),
               POLICY_ANALYSIS_SETTINGS=str(project["settings"]),
               POLICY_ANALYSIS_CACHE=str(project["out"] / "cache") if cache else "none",
               PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]), **env_extra)
    return subprocess.run([sys.executable, "-m", "pytest", "--nbval", str(project["notebooks"]), "--nbval-sanitize-with",
                           str(ROOT / "notebooks" / "sanitize.cfg"), "-p", "no:cacheprovider", "-q"],
                          cwd=project["notebooks"].parent, env=env, capture_output=True, text=True, timeout=1800)


def _make_all(project: dict, capsys, monkeypatch, *more: str) -> tuple[str, str]:
    monkeypatch.setenv("POLICY_ANALYSIS_CACHE", str(project["out"] / "cache"))  # make all's own cache
    code = main(["regenerate", "--raw", str(project["raw"]), "--manifest", str(project["manifest"]),
                 "--settings", str(project["settings"]), "--out", str(project["out"]),
                 "--figures", str(project["figures"]), "--notebooks", str(project["notebooks"]), *more])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out, err


def _shown(book: Path) -> str:
    import nbformat

    nb = nbformat.read(book, as_version=4)
    return "".join(str(o.get("data", {}).get("text/plain", "")) + str(o.get("data", {}).get("text/markdown", ""))
                   + str(o.get("text", "")) for c in nb.cells for o in c.get("outputs", []))


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["shipped", "added", "replaced"])
def test_make_all_then_make_test_passes_on_any_corpus(tmp_path, capsys, monkeypatch, kind):
    """The researcher's three situations: the shipped corpus; plans added (listed and unlisted); the
    shipped plans replaced by others. make all regenerates everything, then nbval passes strictly on the
    notebooks it stored (the unit tests read fixture copies: tests/test_fixtures.py)."""
    project = _project(tmp_path, kind)
    stdout, err = _make_all(project, capsys, monkeypatch)
    n_books = len(list(project["notebooks"].glob("[0-9][0-9]_*.ipynb")))
    _every_figure_written(project["figures"])
    assert len(list((project["out"]).glob("*.csv"))) == len(TABLE_COLUMNS)
    overview = _shown(project["notebooks"] / "01_corpus_overview.ipynb")
    if kind == "added":
        assert "warning: 2023_hebei_plan: 2023_hebei_plan.txt is not in the manifest" in err
        assert "2025_anping_county_plan: 2025_anping_county_plan.txt is not in the manifest" not in err  # listed
        assert "安平县" in overview and "Anping" in overview   # the missing glossary entry, with its pinyin
        assert "2025_anping_county_plan" in overview and "2023_hebei_plan" in overview
    if kind == "replaced":
        # the shipped settings left in place name the twelve transport plans as the worked example does
        last = _shown(project["notebooks"] / "01_corpus_overview.ipynb").split(
            "The corpus, *Plans and reports on the transport law-enforcement workforce*, holds")[-1]
        # 2023_nothing says nothing of its kind: it is not counted as a plan (no kind by default)
        assert last.startswith(" **12 documents** (11 plans, 0 reports, 1 of unknown kind) "
                               "with **49 tasks**")  # 8+6+5+4+4+4+0+0+8+2+1+7
        for book in project["notebooks"].glob("*.ipynb"):
            assert "Tianjin" not in _shown(book) and "天津" not in _shown(book), book.name
    run = _nbval(project, cache=kind != "shipped")
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    import nbformat

    cells = sum(c.cell_type == "code" for nb in project["notebooks"].glob("*.ipynb")
                for c in nbformat.read(nb, as_version=4).cells)
    assert f"{cells} passed" in run.stdout and "failed" not in run.stdout  # every code cell compared


@pytest.mark.slow
def test_make_all_with_a_suggested_codebook_on_another_domain(tmp_path, capsys, monkeypatch):
    """A researcher with ecology plans (tests/data/synthetic/domains/ecology) and no codebook for them:
    ``codebook suggest`` drafts one, ``make all --codebook DRAFT`` regenerates everything with it, nbval passes
    strictly on the stored notebooks, and the coverage table, findings and figure show the drafted themes."""
    from analysis.compare.coverage import load_codebook

    domain = Path(__file__).parent / "data" / "synthetic" / "domains" / "ecology"
    raw, manifest = tmp_path / "raw", tmp_path / "manifest.csv"
    shutil.copytree(domain / "raw", raw)
    shutil.copyfile(domain / "manifest.csv", manifest)
    books = tmp_path / "notebooks"
    books.mkdir()
    for nb in ROOT.glob("notebooks/[0-9][0-9]_*.ipynb"):
        shutil.copyfile(nb, books / nb.name)
    settings = tmp_path / "analysis.toml"
    settings.write_text("# no codebook here: the draft is given on the command line\n", encoding="utf-8")
    project = {"raw": raw, "manifest": manifest, "notebooks": books, "out": tmp_path / "processed",
               "figures": tmp_path / "figures", "settings": settings}
    draft = tmp_path / "draft_codebook.csv"
    assert main(["codebook", "suggest", "--raw", str(raw), "--manifest", str(manifest), "--settings", str(settings),
                 "--out", str(draft), "--report", str(tmp_path / "draft.md")]) == 0
    capsys.readouterr()
    book = load_codebook(draft)
    _make_all(project, capsys, monkeypatch, "--codebook", str(draft))
    _every_figure_written(project["figures"])
    coverage = _shown(books / "02_task_coverage.ipynb")
    for label in book["label_zh"]:  # the coverage table's rows: the drafted themes by name
        assert label in coverage, label
    assert "政治建设与党建" not in coverage and "party_building" not in coverage  # the shipped themes are not used
    assert f"Of {len(book)} codebook themes" in coverage  # the findings count the drafted themes
    svg = "".join((project["figures"] / "coverage_heatmap.svg").read_text(encoding="utf-8").split())
    assert all(label in svg for label in book["label_zh"])
    svg_en = (project["figures"] / "coverage_heatmap_en.svg").read_text(encoding="utf-8")
    assert "[no entry 1]" in svg_en  # no glossary English for the drafted labels: said, not invented
    run = _nbval(project, cache=True, POLICY_ANALYSIS_CODEBOOK=str(draft))
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "failed" not in run.stdout
