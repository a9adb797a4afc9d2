"""The manifest as a contract (docs/manifest.md): the columns and values it documents are the ones
read_manifest checks; a listed plan without a period is read as an unlisted one (nothing invented);
inspect stops on a broken manifest exactly as parse does, and never calls a listed file unlisted."""
from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

import corpus_factory as cf
from analysis.compare import profiles
from analysis.cli import main
from analysis.parse.corpus import KINDS, LEVELS, MANIFEST_COLUMNS, CorpusError, read_manifest
from analysis.io.tables import load_corpus

DOC = Path(__file__).resolve().parents[1] / "docs" / "manifest.md"
HEADER = ",".join(MANIFEST_COLUMNS)
# a plan whose title states no period; its deadlines are dated
NO_PERIOD = cf.Spec("2023_hebei_plan", issuer="河北省交通运输厅", title="河北省交通运输行政执法质量提升实施方案", period=None,
                    n_tasks=3)
WITH_PERIOD = cf.Spec("2024_gansu_plan", issuer="甘肃省交通运输厅", title="甘肃省交通运输执法人员培训实施方案", period=(2024, 2026),
                      date="2024年1月5日", n_tasks=3)


def _row(stem: str, **fields) -> dict:
    base = {"level": "provincial", "issue_date": "2023-03-01", "kind": "plan", "period_start": "", "period_end": ""}
    return {**base, **fields}


# ---------------------------------------------------------------- the documented contract

def test_the_document_lists_every_column_and_every_allowed_value():
    text = DOC.read_text(encoding="utf-8")
    table = {m.group(1) for m in re.finditer(r"^\| `([a-z_]+)`", text, re.M)}
    assert set(MANIFEST_COLUMNS) <= table
    for value in (*LEVELS, *KINDS):
        assert f"`{value}`" in text, value
    required = {m.group(1) for m in re.finditer(r"^\| `([a-z_]+)` \|[^|]*\| required \|", text, re.M)}
    assert required == {"doc_id", "file", "level", "issue_date", "kind"}


@pytest.mark.parametrize("column", ["doc_id", "file", "level", "issue_date", "kind"])
def test_each_required_value_is_required(tmp_path, column):
    raw, manifest = cf.write_raw(tmp_path, [NO_PERIOD], shipped=False, listed={NO_PERIOD.stem: _row(NO_PERIOD.stem)})
    text = manifest.read_text(encoding="utf-8").splitlines()
    cells = text[1].split(",")
    cells[MANIFEST_COLUMNS.index(column)] = ""
    manifest.write_text("\n".join([text[0], ",".join(cells)]) + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"manifest.csv line 2: "):
        read_manifest(manifest, raw)


def test_each_optional_value_may_be_empty(tmp_path):
    optional = [c for c in MANIFEST_COLUMNS if c not in ("doc_id", "file", "level", "issue_date", "kind")]
    raw, manifest = cf.write_raw(tmp_path, [NO_PERIOD], shipped=False, listed={NO_PERIOD.stem: _row(NO_PERIOD.stem)})
    row = read_manifest(manifest, raw).iloc[0]
    assert all(row[c] == "" for c in optional)


# ---------------------------------------------------------------- a plan without a period

def test_a_listed_plan_without_a_period_is_read_as_an_unlisted_one(tmp_path):
    """Period left empty: the text's period when it states one (source: text), else none — and nothing
    computed from a made-up first year (no front-loading share)."""
    raw, manifest = cf.write_raw(tmp_path, [NO_PERIOD, WITH_PERIOD], shipped=False,
                                 listed={s.stem: _row(s.stem) for s in (NO_PERIOD, WITH_PERIOD)})
    corpus = load_corpus(raw, manifest)
    docs = corpus.documents.set_index("doc_id")
    assert (docs.loc["2024_gansu_plan", "period_start"], docs.loc["2024_gansu_plan", "period_end"]) == ("2024", "2026")
    assert (docs.loc["2023_hebei_plan", "period_start"], docs.loc["2023_hebei_plan", "period_end"]) == ("", "")
    meta = corpus.metadata.set_index(["doc_id", "field"])
    assert tuple(meta.loc[("2024_gansu_plan", "period_start"), ["value", "source"]]) == ("2024", "text")
    assert tuple(meta.loc[("2024_gansu_plan", "level"), ["value", "source"]]) == ("provincial", "manifest")
    assert not (corpus.warnings["kind"] == "not_in_manifest").any()  # listed, all the same
    summary = profiles.deadline_summary(corpus).set_index("doc_id")
    assert not summary.loc["2023_hebei_plan", "has_period"]
    assert math.isnan(summary.loc["2023_hebei_plan", "share_first_year"])  # not "100 % (n=3)"
    assert summary.loc["2023_hebei_plan", "n_date"] > 0  # its dated deadlines are still counted
    assert profiles.deadline_bins(corpus)["doc_id"].eq("2023_hebei_plan").sum() == 0


def test_one_year_of_the_period_without_the_other_is_an_error(tmp_path):
    raw, manifest = cf.write_raw(tmp_path, [NO_PERIOD], shipped=False,
                                 listed={NO_PERIOD.stem: _row(NO_PERIOD.stem, period_start="2023")})
    with pytest.raises(CorpusError) as err:
        read_manifest(manifest, raw)
    assert str(err.value) == (f"{manifest} line 2: period_start '2023' without period_end (give both years, or "
                              f"leave both empty when the plan states no period)")


# ---------------------------------------------------------------- inspect checks the manifest as parse does

def _broken(tmp_path: Path, row: str) -> tuple[Path, Path]:
    raw, manifest = cf.write_raw(tmp_path, [NO_PERIOD], shipped=True)
    manifest.write_text(manifest.read_text(encoding="utf-8") + row + "\n", encoding="utf-8")
    return raw, manifest


@pytest.mark.parametrize("row", ["broken_plan,2023_hebei_plan.txt",  # two fields
                                 "hebei,2023_hebei_plan.txt,,,city,,2023-03-01,,,,plan,,,,,,,,"])  # an unknown level
def test_inspect_stops_on_a_broken_manifest_exactly_as_parse_does(tmp_path, capsys, row):
    raw, manifest = _broken(tmp_path, row)
    assert main(["parse", "--raw", str(raw), "--manifest", str(manifest), "--out", str(tmp_path / "out")]) == 2
    parse_err = capsys.readouterr().err
    code = main(["inspect", str(raw / "2021_henan_plan.txt"), "--raw", str(raw), "--manifest", str(manifest)])
    out, err = capsys.readouterr()
    assert code == 2 and err == parse_err and err.count("\n") == 1 and "line 7" in err
    assert out == "" and "not_in_manifest" not in err


def test_inspect_uses_the_row_of_a_listed_file_and_reads_others_as_unlisted(tmp_path, capsys):
    raw, manifest = cf.write_raw(tmp_path, [NO_PERIOD], shipped=True)
    assert main(["inspect", str(raw / "2021_henan_plan.txt"), "--raw", str(raw), "--manifest", str(manifest)]) == 0
    out = capsys.readouterr().out
    assert "(doc_id henan_2021_plan;" in out and "not_in_manifest" not in out
    assert "issue_date     2021-08-14  [manifest]" in out
    assert main(["inspect", str(raw / "2023_hebei_plan.txt"), "--raw", str(raw), "--manifest", str(manifest)]) == 0
    assert "not_in_manifest" in capsys.readouterr().out


def test_inspect_of_a_missing_manifest_is_a_one_line_error(tmp_path, capsys):
    raw, _ = cf.write_raw(tmp_path, [NO_PERIOD], shipped=False)
    assert main(["inspect", str(raw / "2023_hebei_plan.txt"), "--manifest", str(tmp_path / "none.csv")]) == 2
    assert capsys.readouterr().err == f"error: {tmp_path / 'none.csv'}: manifest not found\n"


def test_a_parent_named_by_its_doc_id_is_that_document(tmp_path):
    """docs/manifest.md: ``parent`` may be the parent's doc_id (as well as its 文号 or title)."""
    from analysis.compare.lineage import build_lineage

    child = cf.Spec("2024_city_plan", issuer="石家庄市交通运输局", title="石家庄市交通运输执法能力提升实施方案",
                    period=(2024, 2026), date="2024年3月1日")
    raw, manifest = cf.write_raw(tmp_path, [WITH_PERIOD, child], shipped=False, listed={
        WITH_PERIOD.stem: _row(WITH_PERIOD.stem, period_start="2024", period_end="2026"),
        child.stem: _row(child.stem, level="municipal", period_start="2024", period_end="2026",
                         parent=WITH_PERIOD.stem)})
    lin = build_lineage(load_corpus(raw, manifest))
    assert [(e.child, e.parent, e.evidence) for e in lin.edges.itertuples()] == [
        ("2024_city_plan", "2024_gansu_plan", "manifest")]
    assert not lin.nodes["external"].any()
