"""OFD files (analysis/ingest/ofd.py): the synthetic plan as an OFD package
(tests/data/formats/make_ofd.py) parses to the same tables as its clean text; each reading rule
on a page drawn for it."""
import sys
from pathlib import Path

import pytest

from analysis.parse.corpus import read_document
from analysis.ingest import CorpusError, read_raw
from analysis.ingest.ofd import read_ofd
from analysis.io.tables import document_rows
from ingest_facts import parsed_facts, plan_facts

FORMATS = Path(__file__).parent / "data" / "formats"
OFD = FORMATS / "ofd"
sys.path.insert(0, str(FORMATS))
import make_ofd  # noqa: E402


def test_the_plan_as_an_ofd_file_parses_to_the_tables_of_its_clean_text():
    # the OFD breaks every paragraph into visual lines and numbers its pages; the normalizer
    # rejoins the lines, the reader removes the page numbers: nothing of the plan is lost
    facts, reference = parsed_facts(OFD / "plan.ofd"), plan_facts()
    for table in ("tasks", "clauses", "units", "deadlines", "metadata"):
        assert facts[table] == reference[table], table


def test_lines_are_placed_by_page_and_line_and_table_rows_by_page_table_and_row():
    raw = read_raw(OFD / "plan.ofd")
    assert raw.where[raw.lines.index("二、重点任务")] == "page 1 line 17"
    assert raw.where[raw.lines.index("三、保障措施")] == "page 2 line 22"
    doc = read_document(OFD / "plan.ofd", doc_id="p")
    rows, _ = document_rows(doc)
    where = {(section, no): prov for _, _, section, _, no, _, _, prov in rows["tasks"]}
    assert where[("二", "3")] == "page 2 line 8"
    # the attachment table: row 1 is its header, task 3 is row 4
    assert where[("附件", "3")] == "page 4 table 1 row 4"


def test_page_numbers_are_removed_and_recorded_and_docinfo_is_kept_as_fields():
    raw = read_raw(OFD / "plan.ofd")
    assert [(k, before) for k, _, before, _ in raw.repairs] == [("page_number", f"— {n} —") for n in (1, 2, 3, 4)]
    assert not any("—" in line and line.strip("— 0123456789") == "" for line in raw.lines)
    assert raw.fields["Title"].startswith("某市人民政府办公室关于印发") and raw.fields["CreationDate"] == "2024-03-15"


def test_the_merged_task_cells_of_the_drawn_table_are_carried_into_every_row():
    table = read_raw(OFD / "plan.ofd").tables[0]
    assert table.rows[0] == ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"]
    assert [r[1] for r in table.rows[1:]] == ["发展智慧养老", "发展智慧养老", "培育养老服务产业", "培育养老服务产业",
                                              "强化人才支撑"]
    # a unit name wrapped inside its cell is one name again
    assert table.rows[1][4] == "市政务服务数据管理局"


def test_a_broken_package_is_one_line_naming_the_file():
    with pytest.raises(CorpusError) as err:
        read_raw(OFD / "broken.ofd")
    assert str(err.value).startswith(str(OFD / "broken.ofd")) and "\n" not in str(err.value)
    with pytest.raises(CorpusError, match="broken OFD package"):
        read_ofd(OFD / "broken.ofd")


def test_a_package_without_text_objects_is_one_line_saying_so():
    with pytest.raises(CorpusError) as err:
        read_raw(OFD / "no_text.ofd")
    assert str(err.value).startswith(str(OFD / "no_text.ofd")) and "no text objects" in str(err.value)


def test_a_page_missing_from_the_package_is_named(tmp_path):
    files = make_ofd.package(make_ofd.layout_plan(), "x")
    del files["Doc_0/Pages/Page_1/Content.xml"]
    path = tmp_path / "gap.ofd"
    _write(path, files)
    with pytest.raises(CorpusError, match=r"Pages/Page_1/Content.xml, which is not in the OFD package"):
        read_ofd(path)


def _write(path: Path, files: dict) -> None:
    import zipfile

    with zipfile.ZipFile(path, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)


# -- each reading rule on a page of its own ------------------------------------------------------
def _ofd(tmp_path, page) -> Path:
    path = tmp_path / "t.ofd"
    _write(path, make_ofd.package([page], "t"))
    return path


def test_runs_on_one_baseline_are_one_line_read_left_to_right_whatever_their_order_in_the_file(tmp_path):
    page = make_ofd._Page()
    page.text(60.0, 50.0, "养老服务中心", 5.6)
    page.text(28.0, 50.0, "建设街道综合", 5.6)
    page.text(28.0, 60.0, "第二行文字内容", 5.6)
    raw = read_ofd(_ofd(tmp_path, page))
    assert raw.lines[:2] == ["建设街道综合养老服务中心", "第二行文字内容"]
    assert raw.where[:2] == ["page 1 line 1", "page 1 line 2"]


def test_a_wide_gap_on_a_line_is_a_space(tmp_path):
    page = make_ofd._Page()
    page.text(28.0, 50.0, "某市人民政府办公室", 5.6)
    page.text(140.0, 50.0, "2024年3月15日", 5.6)
    assert read_ofd(_ofd(tmp_path, page)).lines[0] == "某市人民政府办公室 2024年3月15日"


def test_a_cell_with_no_rule_below_it_spans_the_rows_and_is_carried_into_each(tmp_path):
    page = make_ofd._Page()
    xs, ys = [20.0, 60.0, 100.0, 140.0], [40.0, 50.0, 60.0, 70.0]
    for x in xs:
        page.rule(x, ys[0], x, ys[-1])
    page.rule(xs[0], ys[0], xs[-1], ys[0])
    page.rule(xs[0], ys[1], xs[-1], ys[1])
    page.rule(xs[1], ys[2], xs[-1], ys[2])  # no rule under the first column's cell of rows 2–3
    page.rule(xs[0], ys[3], xs[-1], ys[3])
    for x, y, text in [(21, 48, "工作任务"), (61, 48, "具体措施"), (101, 48, "责任单位"), (21, 62, "优化服务"),
                       (61, 58, "推行一网通办"), (101, 58, "区政务服务局"), (61, 68, "推行容缺受理"), (101, 68, "区政务服务局")]:
        page.text(float(x), float(y), text, 4.2)
    raw = read_ofd(_ofd(tmp_path, page))
    assert raw.tables[0].rows == [["工作任务", "具体措施", "责任单位"], ["优化服务", "推行一网通办", "区政务服务局"],
                                  ["优化服务", "推行容缺受理", "区政务服务局"]]
    assert raw.lines == ["（一）优化服务", "1. 推行一网通办。（责任单位：区政务服务局）", "2. 推行容缺受理。（责任单位：区政务服务局）"]


def test_a_page_number_line_in_the_body_of_a_page_is_text(tmp_path):
    page = make_ofd._Page()
    page.text(100.0, 150.0, "12", 5.6)  # mid-page: a number in the text, not a page number
    assert read_ofd(_ofd(tmp_path, page)).lines[0] == "12"
