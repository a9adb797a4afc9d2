"""Spreadsheets (analysis/ingest/sheet.py) and CSV: the synthetic plan's task-division attachment
as a workbook (tests/data/formats/make_sheet.py) parses to the attachment's tasks; a folder of
mixed formats goes through ``parse`` and ``inspect``."""
import datetime as dt
import shutil
import sys
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.ingest import CorpusError, read_raw
from analysis.ingest.sheet import cell_text, read_xls, read_xlsx
from ingest_facts import parsed_facts, plan_facts

FORMATS = Path(__file__).parent / "data" / "formats"
SHEET = FORMATS / "sheet"
sys.path.insert(0, str(FORMATS))
import plan_spec  # noqa: E402


def _renumbered(facts: dict, first_seq: int) -> dict:
    """Tables of the attachment's tasks with task_seq counted from 1 and no section column (a
    workbook is the attachment alone: its tasks are the document's first, under no 附件 heading)."""
    def seq(row):
        return (row[0] - first_seq + 1, *row[1:])
    return {"tasks": [t[1:] for t in facts["tasks"]],
            "clauses": [seq(r) for r in facts["clauses"] if r[0] >= first_seq],
            "units": [seq(r) for r in facts["units"] if r[0] >= first_seq],
            "deadlines": [seq(r) for r in facts["deadlines"] if r[0] >= first_seq]}


@pytest.fixture(scope="module")
def attachment():
    ref = plan_facts()
    tasks = [t for t in ref["tasks"] if t[0] == "附件"]
    first = ref["tasks"].index(tasks[0]) + 1  # task_seq of the attachment's first task
    return _renumbered({**ref, "tasks": tasks}, first)


@pytest.mark.parametrize("name", ["plan_tasks.xlsx", "plan_tasks.xls"])
def test_the_task_division_workbook_parses_to_the_attachments_tasks(name, attachment):
    # what a workbook cannot carry: the plan's body, so its tasks stand under no 附件 section and
    # are numbered from 1; tasks, group numbers, units with roles and deadlines are all equal
    assert _renumbered(parsed_facts(SHEET / name), 1) == attachment


@pytest.mark.parametrize("name, reader", [("plan_tasks.xlsx", read_xlsx), ("plan_tasks.xls", read_xls)])
def test_merged_cells_are_carried_into_every_cell_and_rows_keep_their_sheet_row(name, reader):
    raw = reader(SHEET / name)
    [table] = raw.tables  # Sheet2 is empty: no table
    assert table.rows[0] == [plan_spec.TABLE_TITLE.split("：")[1]] * 6  # the title row merged across
    assert [r[1] for r in table.rows[2:]] == ["发展智慧养老", "发展智慧养老", "培育养老服务产业", "培育养老服务产业",
                                              "强化人才支撑"]
    assert table.rows[2][0] == "1"  # a number typed into Excel, not 1.0
    assert table.row_where[4] == "sheet 任务分工 row 5"
    assert raw.where[raw.lines.index("3. 引导社会资本举办普惠型养老机构。（牵头单位：市发展改革委；配合单位：市民政局、市财政局；"
                                     "完成时限：2026年底前）")] == "sheet 任务分工 row 5"
    assert not raw.warnings  # xlrd read the XLS merges from its formatting records


def test_an_empty_workbook_is_one_line_naming_the_file():
    with pytest.raises(CorpusError) as err:
        read_raw(SHEET / "empty.xlsx")
    assert str(err.value).startswith(str(SHEET / "empty.xlsx")) and "no cell with text" in str(err.value)
    assert "\n" not in str(err.value)


def test_a_broken_workbook_is_one_line_naming_the_file(tmp_path):
    broken = tmp_path / "broken.xlsx"
    data = (SHEET / "plan_tasks.xlsx").read_bytes()
    broken.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorpusError) as err:
        read_raw(broken)
    assert str(err.value).startswith(str(broken)) and "\n" not in str(err.value)
    bad_xls = tmp_path / "bad.xls"
    bad_xls.write_bytes((SHEET / "plan_tasks.xls").read_bytes()[:3000])
    with pytest.raises(CorpusError) as err:
        read_raw(bad_xls)
    assert str(err.value).startswith(str(bad_xls))


def test_the_task_table_as_csv_goes_through_the_pipeline(tmp_path, attachment):
    # a CSV carries no merges: 重点任务 is written on every row
    rows = [plan_spec.TABLE_HEADER] + plan_spec.TABLE_ROWS
    path = tmp_path / "tasks.csv"
    path.write_text("\n".join(",".join(f'"{c}"' for c in r) for r in rows) + "\n", encoding="utf-8")
    assert _renumbered(parsed_facts(path), 1) == attachment


@pytest.mark.parametrize("value, text", [(3.0, "3"), (2.5, "2.5"), (dt.datetime(2024, 12, 31), "2024年12月31日"),
                                         (dt.date(2025, 6, 30), "2025年6月30日"), (None, ""), ("  市民政局\r\n", "市民政局")])
def test_cell_values_are_written_as_a_person_reads_them(value, text):
    assert cell_text(value) == text


def test_parse_reads_a_folder_of_mixed_formats_and_warns_once_per_unreadable_file(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    for src in [FORMATS / "html" / "plan_gbk.html", FORMATS / "html" / "no_text.html",
                FORMATS / "html" / "links_only.html", FORMATS / "ofd" / "plan.ofd", FORMATS / "ofd" / "broken.ofd",
                SHEET / "plan_tasks.xlsx", SHEET / "plan_tasks.xls", SHEET / "empty.xlsx", FORMATS / "plan.txt"]:
        shutil.copy(src, raw / src.name)
    out = tmp_path / "out"
    assert main(["parse", "--raw", str(raw), "--no-manifest", "--out", str(out), "--jobs", "1", "--no-xlsx"]) == 0
    err = capsys.readouterr().err
    import pandas as pd

    docs = pd.read_csv(out / "documents.csv", dtype=str).set_index("doc_id")
    assert docs.loc["plan_gbk", "format"] == "html" and docs.loc["plan", "format"] == "ofd"
    # files sharing a stem get their suffix in the doc_id: plan_tasks.xls sorts first
    assert docs.loc["plan_tasks", "format"] == "xls" and docs.loc["plan_tasks_xlsx", "format"] == "xlsx"
    assert docs.loc["plan_txt", "format"] == "txt"
    n = docs["n_tasks"].astype(int)
    assert n["plan_gbk"] == n["plan"] == n["plan_txt"] == 11 and n["plan_tasks"] == n["plan_tasks_xlsx"] == 5
    warnings = pd.read_csv(out / "warnings.csv", dtype=str)
    unreadable = warnings[warnings["kind"] == "unreadable"]
    assert sorted(unreadable["doc_id"]) == ["broken", "empty", "no_text"]
    assert (warnings["kind"] == "page_links_only").sum() == 1
    for name in ("broken.ofd", "empty.xlsx", "no_text.html"):
        assert sum(name in line for line in err.splitlines() if "unreadable" in line or "not read" in line) == 1
    tasks = pd.read_csv(out / "tasks.csv", dtype=str)
    prov = set(tasks["provenance"])
    assert {"<p> 12", "table 3 row 4", "page 4 table 1 row 4", "sheet 任务分工 row 5", "line 21"} <= prov


@pytest.mark.parametrize("path, shown", [
    (FORMATS / "html" / "plan_rowspan.html", "(table 1 row 5)"),
    (FORMATS / "ofd" / "plan.ofd", "(page 2 line 8)"),
    (SHEET / "plan_tasks.xls", "(sheet 任务分工 row 5)"),
])
def test_inspect_shows_where_each_task_comes_from(path, shown, capsys):
    assert main(["inspect", str(path), "--no-manifest"]) == 0
    assert shown in capsys.readouterr().out
