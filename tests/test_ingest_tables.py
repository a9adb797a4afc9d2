"""Task-division tables read by their header: each column-role rule on a table written for it."""
from pathlib import Path

import pytest

from analysis.ingest.base import RawDocument, Table
from analysis.ingest.task_tables import column_roles, find_header, render_table


def _render(rows: list[list[str]]) -> RawDocument:
    raw = RawDocument(path=Path("t.docx"), format="docx", lines=[], where=[])
    table = Table(rows=rows, where="table 1", row_where=[f"table 1 row {i}" for i in range(1, len(rows) + 1)])
    render_table(raw, table)
    return raw


@pytest.mark.parametrize("header, roles", [
    (["序号", "工作任务", "牵头单位", "配合单位", "完成时限"], ["no", "text", "lead", "supporting", "deadline"]),
    (["序 号", "主要内容", "责任单位", "时间节点"], ["no", "text", "responsible", "deadline"]),
    # a person column is not a unit column, though 牵头 is in its name
    (["重点工作", "牵头领导", "牵头部门"], ["text", "leader", "lead"]),
    # a bracketed remark in a header is not part of its name
    (["具体措施", "完成时限（2024年）", "参与单位"], ["text", "deadline", "supporting"]),
    (["事项", "备注", "项目编码"], ["text", "note", None]),
])
def test_header_cells_take_their_column_roles(header, roles):
    assert column_roles(header) == roles


def test_a_table_without_a_unit_or_deadline_column_is_not_a_task_table():
    rows = [["序号", "项目名称", "建设地点"], ["1", "某某路改造", "某镇"]]
    assert find_header(rows) is None
    raw = _render(rows)
    assert raw.lines == ["| 序号 | 项目名称 | 建设地点 |", "| 1 | 某某路改造 | 某镇 |"]
    assert raw.where == ["table 1 row 1", "table 1 row 2"]


def test_a_row_merged_across_a_plain_table_is_its_text_once():
    """A list of names whose first rows are merged across the table (附件：, then the list's title): each is
    one line of text, not the same cell six times between bars."""
    title = "某市2024年度考试录用公务员递补人员名单"
    rows = [["附件："] * 3, [title] * 3, ["职位代码", "部门名称", "姓名"], ["1001", "某市民政局", "张某"]]
    raw = _render(rows)
    assert raw.lines == ["附件：", title, "| 职位代码 | 部门名称 | 姓名 |", "| 1001 | 某市民政局 | 张某 |"]


def test_a_documents_closing_table_is_not_cut_as_a_pages_navigation():
    """A text that ends on a table a reader rendered (three rows or more, as many cells each, no sentence
    punctuation) keeps it: only a page's trailing navigation is cut."""
    from analysis.parse.corpus import normalize

    rows = "\n".join(f"| 22002010{k:04d} | 某某市民政局综合科 | 综合岗位工作人员 | 张某某 | 13622130{k:04d} | 12{k}.5 |"
                      for k in range(1, 5))
    text, _, repairs, warnings, _ = normalize("某市2024年度考试录用公务员递补人员名单\n" + rows + "\n", "x")
    assert text.count("某某市民政局综合科") == 4
    assert "trailer_cut" not in {w.kind for w in warnings}


def test_each_row_becomes_a_task_line_with_units_by_column_and_its_row_as_provenance():
    raw = _render([
        ["某区2024年营商环境重点任务分工", "某区2024年营商环境重点任务分工", "某区2024年营商环境重点任务分工", ""],
        ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "推行企业开办一日办结", "区市场监管局", "区税务局\n区人社局", "2024年6月底前"],
        ["2", "压减工程建设项目审批时间", "区住建局", "", "持续推进"],
    ])
    assert raw.lines == [
        "某区2024年营商环境重点任务分工",
        "1. 推行企业开办一日办结。（牵头单位：区市场监管局；配合单位：区税务局、区人社局；完成时限：2024年6月底前）",
        "2. 压减工程建设项目审批时间。（牵头单位：区住建局；完成时限：持续推进）",
    ]
    assert raw.where == ["table 1 row 1", "table 1 row 3", "table 1 row 4"]


def test_a_group_column_before_the_task_column_gives_group_headings_once_per_run():
    raw = _render([
        ["序号", "重点任务", "具体措施", "责任单位"],
        ["1", "优化审批服务", "推行告知承诺制", "区政务服务局"],
        ["2", "优化审批服务", "推行容缺受理", "区政务服务局"],
        ["3", "加强事中事后监管", "推行双随机抽查", "区市场监管局"],
    ])
    assert raw.lines == ["（一）优化审批服务", "1. 推行告知承诺制。（责任单位：区政务服务局）",
                         "2. 推行容缺受理。（责任单位：区政务服务局）", "（二）加强事中事后监管",
                         "3. 推行双随机抽查。（责任单位：区市场监管局）"]


def test_two_group_columns_give_sections_and_groups():
    raw = _render([
        ["领域", "重点任务", "具体措施", "牵头单位"],
        ["一、教育", "学前教育", "新建公办幼儿园3所", "区教育局"],
        ["一、教育", "义务教育", "推进集团化办学", "区教育局"],
        ["卫生健康", "基层医疗", "建设社区卫生服务中心", "区卫健委"],
    ])
    assert raw.lines == ["一、教育", "（一）学前教育", "1. 新建公办幼儿园3所。（牵头单位：区教育局）",
                         "（二）义务教育", "2. 推进集团化办学。（牵头单位：区教育局）", "二、卫生健康",
                         "（一）基层医疗", "3. 建设社区卫生服务中心。（牵头单位：区卫健委）"]


def test_a_row_merged_across_the_table_is_a_group_heading():
    raw = _render([
        ["序号", "工作任务", "牵头单位", "完成时限"],
        ["一、提升服务效能", "一、提升服务效能", "一、提升服务效能", "一、提升服务效能"],
        ["1", "建设政务服务中心", "区政务服务局", "2024年底前"],
    ])
    assert raw.lines == ["一、提升服务效能", "1. 建设政务服务中心。（牵头单位：区政务服务局；完成时限：2024年底前）"]


def test_a_two_row_header_takes_the_roles_of_its_lower_row():
    raw = _render([
        ["序号", "工作任务", "责任单位", "责任单位", "完成时限"],
        ["", "", "牵头单位", "配合单位", ""],
        ["1", "建设智慧停车系统", "区城管局", "区公安分局", "2025年底前"],
    ])
    assert raw.lines == ["1. 建设智慧停车系统。（牵头单位：区城管局；配合单位：区公安分局；完成时限：2025年底前）"]


def test_a_header_repeated_after_a_page_break_is_dropped_and_recorded():
    header = ["序号", "工作任务", "牵头单位"]
    raw = _render([header, ["1", "甲任务", "甲局"], header, ["2", "乙任务", "乙局"]])
    assert raw.lines == ["1. 甲任务。（牵头单位：甲局）", "2. 乙任务。（牵头单位：乙局）"]
    assert [r[0] for r in raw.repairs] == ["table_header_repeated"]


def test_without_a_number_column_rows_are_numbered_in_order():
    raw = _render([["工作任务", "责任单位"], ["甲任务", "甲局"], ["乙任务", "乙局"]])
    assert raw.lines == ["1. 甲任务。（责任单位：甲局）", "2. 乙任务。（责任单位：乙局）"]


def test_a_target_column_joins_the_task_text_and_a_person_column_is_warned_not_read():
    raw = _render([["序号", "重点工作", "工作目标", "责任领导", "牵头部门"],
                   ["1", "整治农村人居环境", "卫生厕所普及率达到90%", "张某", "县农业农村局"]])
    assert raw.lines == ["1. 整治农村人居环境。工作目标：卫生厕所普及率达到90%。（牵头单位：县农业农村局）"]
    assert raw.warnings and raw.warnings[0][0] == "table_column_not_read" and "责任领导" in raw.warnings[0][1]


def test_a_two_row_header_whose_upper_cells_are_merged_down_takes_the_lower_rows_unit_roles():
    # readers carry a merged cell into every cell it spans, so 序号 and 工作任务 repeat on the lower row
    raw = _render([
        ["序号", "工作任务", "责任单位", "责任单位", "完成时限"],
        ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
        ["1", "建设智慧停车系统", "区城管局", "区公安分局", "2025年底前"],
    ])
    assert raw.lines == ["1. 建设智慧停车系统。（牵头单位：区城管局；配合单位：区公安分局；完成时限：2025年底前）"]


# -- each header word, numbering form and separator on its own (rule-level: scripts/mutation.py) --------

from analysis.ingest.task_tables import COLUMN_WORDS  # noqa: E402


@pytest.mark.parametrize("role, word", [(r, w) for r, words in COLUMN_WORDS.items() for w in words],
                         ids=lambda x: str(x))
def test_every_header_word_names_its_column(role, word):
    assert column_roles([word]) == [role]


@pytest.mark.parametrize("cell, role", [
    # a header that goes on after the column's name (…及要求) is still named by it
    ("具体措施及要求", "text"), ("具体任务及要求", "text"), ("具体内容及要求", "text"), ("任务内容及要求", "text"),
    ("工作内容及要求", "text"), ("主要内容及要求", "text"), ("工作措施及要求", "text"), ("主要措施及成效", "text"),
    ("工作举措及要求", "text"), ("改革举措及要求", "text"), ("政策措施及要求", "text"), ("工作事项及要求", "text"),
    ("任务事项及要求", "text"), ("重点任务及要求", "text"), ("主要任务及要求", "text"), ("工作任务及要求", "text"),
    ("完成时限及成果形式", "deadline"), ("完成期限及要求", "deadline"), ("办结时限及要求", "deadline"),
    ("联系人及电话", "leader"), ("责任人及电话", "leader"),
    # a remark in any bracket, and any space, is not part of the name
    ("时限（天）", "deadline"), ("时限(天)", "deadline"), ("时限[天]", "deadline"), ("时限【天】", "deadline"),
    ("序\u3000号", "no"), ("牵 头 单 位", "lead"),
])
def test_header_cells_as_tables_write_them(cell, role):
    assert column_roles([cell]) == [role]


GROUP_CELLS = [f"{n}、优化服务" for n in "一二三四五六七八九十"] + [f"（{n}）优化服务" for n in "一二三四五六七八九十"] + [
    "(一)优化服务", "（1）优化服务", "1.优化服务", "1．优化服务", "1、优化服务", "一.优化服务", "一．优化服务"]


@pytest.mark.parametrize("cell", GROUP_CELLS)
def test_a_group_cell_numbered_as_written_keeps_its_number(cell):
    raw = _render([["重点任务", "具体措施", "牵头单位"], [cell, "推行告知承诺制", "区政务服务局"]])
    assert raw.lines == [cell, "1. 推行告知承诺制。（牵头单位：区政务服务局）"]


def test_groups_past_ten_are_numbered_as_the_parser_reads_group_numerals():
    rows = [["重点任务", "具体措施", "牵头单位"]] + [[f"领域{k}", f"措施{k}", "区政务服务局"] for k in range(1, 13)]
    groups = [line for line in _render(rows).lines if line.startswith("（")]
    assert groups[9:] == ["（十）领域10", "（十一）领域11", "（十二）领域12"]


@pytest.mark.parametrize("cell", ["3.", "3．", "3、", " 3 "])
def test_a_row_number_as_written(cell):
    raw = _render([["序号", "工作任务", "牵头单位"], [cell, "建设数据平台", "区大数据局"]])
    assert raw.lines == ["3. 建设数据平台。（牵头单位：区大数据局）"]


@pytest.mark.parametrize("units", ["区税务局、区人社局", "区税务局，区人社局", "区税务局,区人社局", "区税务局；区人社局",
                                   "区税务局;区人社局", "区税务局/区人社局", "区税务局 区人社局", "区税务局\u3000区人社局",
                                   "区税务局\n区人社局"])
def test_units_in_a_cell_in_every_separator(units):
    raw = _render([["工作任务", "配合单位"], ["推行企业开办一日办结", units]])
    assert raw.lines == ["1. 推行企业开办一日办结。（配合单位：区税务局、区人社局）"]


def test_a_note_column_joins_the_task_text():
    raw = _render([["序号", "工作任务", "牵头单位", "备注"], ["1", "建设数据平台", "区大数据局", "分两期实施"]])
    assert raw.lines == ["1. 建设数据平台。备注：分两期实施。（牵头单位：区大数据局）"]


def test_a_task_table_with_only_its_header_gives_no_task_line():
    raw = _render([["区2024年重点任务", "", ""], ["序号", "工作任务", "牵头单位"]])
    assert raw.lines == ["区2024年重点任务"]


def test_in_a_two_column_table_a_task_without_a_unit_is_a_task():
    raw = _render([["工作任务", "责任单位"], ["建设数据平台", ""], ["推行一网通办", "区政务服务局"]])
    assert raw.lines == ["1. 建设数据平台。", "2. 推行一网通办。（责任单位：区政务服务局）"]


def test_a_row_merged_across_all_but_its_last_cell_is_a_group_heading():
    raw = _render([["序号", "工作任务", "牵头单位", "完成时限"],
                   ["一、提升服务效能", "一、提升服务效能", "一、提升服务效能", ""],
                   ["1", "建设政务服务中心", "区政务服务局", "2024年底前"]])
    assert raw.lines == ["一、提升服务效能", "1. 建设政务服务中心。（牵头单位：区政务服务局；完成时限：2024年底前）"]


def test_a_row_merged_across_a_three_column_table_is_a_group_heading():
    raw = _render([["工作任务", "牵头单位", "完成时限"], ["提升服务效能", "提升服务效能", "提升服务效能"],
                   ["建设政务服务中心", "区政务服务局", "2024年底前"]])
    assert raw.lines == ["（一）提升服务效能", "1. 建设政务服务中心。（牵头单位：区政务服务局；完成时限：2024年底前）"]


def test_rows_longer_or_shorter_than_the_header_as_a_csv_export_leaves_them():
    # a trailing comma adds a cell to a row; a row may end before its last columns
    raw = _render([["序号", "工作任务", "牵头单位", "备注"], ["1", "建设数据平台", "区大数据局", "分两期实施", ""],
                   ["2", "推行一网通办", "区政务服务局"]])
    assert raw.lines == ["1. 建设数据平台。备注：分两期实施。（牵头单位：区大数据局）", "2. 推行一网通办。（牵头单位：区政务服务局）"]


def test_a_two_row_header_whose_upper_row_lost_its_trailing_empty_cell():
    # 责任单位 spans 牵头单位 | 配合单位; the CSV export ends the upper row at 责任单位
    raw = _render([["序号", "工作任务", "责任单位"], ["", "", "牵头单位", "配合单位"],
                   ["1", "建设智慧停车系统", "区城管局", "区公安分局"]])
    assert raw.lines == ["1. 建设智慧停车系统。（牵头单位：区城管局；配合单位：区公安分局）"]
