"""Regeneration never breaks and never half-writes: corpora with missing fields (no period, no date,
no tasks, no deadlines, no units, one document of a level, unlisted plans) regenerate completely."""
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import corpus_factory as cf
from analysis.cli import main
from analysis.figures import FIGURES
from analysis.tables import TABLE_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
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
    assert len(list(figs.glob("*.png"))) == 2 * len(FIGURES) and len(list(out.glob("*.csv"))) == len(TABLE_COLUMNS)


def test_added_plans_regenerate_every_notebook(tmp_path, capsys):
    """The issue's case: the shipped corpus plus a plan without a period, an unlisted plan, and a text
    with nothing parseable; tables, all six notebooks and every figure regenerate."""
    added = [cf.Spec("2023_hebei_plan", issuer="河北省交通运输厅", title="河北省交通运输行政执法质量提升实施方案", period=None),
             cf.Spec("2025_anping_county_plan", issuer="安平县交通运输局", title="安平县交通运输执法队伍建设实施方案",
                     period=(2025, 2027), date="2025年1月6日"),
             cf.Spec("2024_notes", issuer=None, title=None, period=None, date=None, n_tasks=0)]
    raw, manifest = cf.write_raw(tmp_path, added, shipped=True)
    books = tmp_path / "notebooks"
    shutil.copytree(ROOT / "notebooks", books)
    out, figs = tmp_path / "tables", tmp_path / "figures"
    code = main(["regenerate", "--raw", str(raw), "--manifest", str(manifest), "--out", str(out),
                 "--figures", str(figs), "--notebooks", str(books)])
    stdout, err = capsys.readouterr()
    assert code == 0, err
    assert "warning: 2023_hebei_plan: 2023_hebei_plan.txt is not in the manifest" in err
    n_books = len(list((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")))
    assert f"[notebook {n_books}/{n_books}]" in stdout and f"[figure {2 * len(FIGURES)}/{2 * len(FIGURES)}]" in stdout
    import nbformat

    overview = nbformat.read(books / "01_corpus_overview.ipynb", as_version=4)
    shown = "".join(str(o.get("data", {}).get("text/plain", "")) + str(o.get("text", ""))
                    for c in overview.cells for o in c.get("outputs", []))
    assert "安平县" in shown and "Anping" in shown        # the missing glossary entry, with its pinyin
    assert "2025_anping_county_plan" in shown            # the document itself is listed


def test_a_corpus_of_other_plans_regenerates_every_notebook(tmp_path, capsys):
    """None of the shipped documents: the notebooks write the findings that apply and do not fail."""
    raw, manifest = cf.write_raw(tmp_path, cf.twelve_specs(), shipped=False)
    books = tmp_path / "notebooks"
    shutil.copytree(ROOT / "notebooks", books)
    code = main(["regenerate", "--raw", str(raw), "--no-manifest", "--out", str(tmp_path / "tables"),
                 "--figures", str(tmp_path / "figures"), "--notebooks", str(books)])
    _, err = capsys.readouterr()
    assert code == 0, err
    import nbformat

    last = nbformat.read(books / "01_corpus_overview.ipynb", as_version=4).cells[-1].outputs[0]["data"]["text/markdown"]
    # 2023_nothing says nothing of its kind: it is not counted as a plan (no kind by default)
    assert last.startswith("The corpus holds **12 documents** (11 plans, 0 reports, 1 of unknown kind) "
                           "with **49 tasks**")  # 8+6+5+4+4+4+0+0+8+2+1+7
    assert "Tianjin" not in last
