"""Mutation round 5 (issue 15, item 5; ``scripts/mutation.py --seed 5`` over text_tables, metadata,
structure, units, deadlines, training, citations and one_line, and the survivors of round 4, ``--seed 3``):
each test pins one keyword, character or bound of a rule that no test had held.

Each test is a short text written for it, in my own words, that needs exactly that word of the rule; the
expected values were written by reading the text, so the mutant that drops the word fails the test.
Survivors judged equivalent are listed, with the reason, in ``scripts/mutation_equivalent.md``."""
from analysis.parse.metadata import read_metadata
from analysis.parse.text_tables import find_text_tables


def _table(text: str):
    [table] = find_text_tables(text.split("\n"))
    return table


def _value(text: str, field: str) -> str:
    f = read_metadata(text).get(field)
    return f.value if f is not None else ""


# -- flattened task tables (analysis/parse/text_tables.py) -----------------------------------------

def test_a_figure_in_ten_thousands_continues_the_task_it_wrapped_from():
    """``_ROW_LINE``: a wrapped task cell whose next line opens ``5 万亩…`` goes on with the task (a figure
    with its 万), it opens no row 5 — the table has rows 1 and 2."""
    table = _table("序号 工作任务 牵头单位 完成时限\n"
                   "1 建设高标准农田，新增面积\n"
                   "5 万亩以上 市农业农村局 2024年底\n"
                   "2 治理水土流失 市水利局 2024年6月底")
    assert [r.no for r in table.rows] == ["1", "2"]
    assert table.column_cells(table.rows[0], "lead") == ["市农业农村局"]
    assert table.column_cells(table.rows[0], "deadline") == ["2024年底"]


def test_a_deadline_cell_of_continuing_work_with_a_remark():
    """``_DATE_WORDS`` 持续: 持续开展，跟踪问效 (work that goes on, with a remark no deadline convention
    reads whole) is the row's deadline cell, not a cell that fits no column."""
    table = _table("序号 工作任务 牵头单位 完成时限\n"
                   "1 整治河道沿岸乱堆乱放问题 市水利局 持续开展，跟踪问效\n"
                   "2 划定河湖管理范围 市自然资源局 2024年6月底")
    assert table.column_cells(table.rows[0], "deadline") == ["持续开展，跟踪问效"]
    assert table.rows[0].dropped == []


def test_a_supervising_organ_column_takes_a_body_on_the_next_line():
    """``_BODY_HEADER`` 机关: a 督办机关 column names bodies that carry nothing out; row 1's 市政府督查室,
    wrapped to the next line, is its cell (not a second lead unit)."""
    table = _table("序号 工作任务 牵头单位 督办机关\n"
                   "1 整治河道沿岸乱堆乱放问题 市水利局\n"
                   "市政府督查室\n"
                   "2 划定河湖管理范围 市自然资源局 市政府督查室")
    assert table.roles == ["no", "task", "lead", "body"]
    assert table.column_cells(table.rows[0], "lead") == ["市水利局"]
    assert table.column_cells(table.rows[0], "body") == ["市政府督查室"]


def test_a_unit_cell_that_says_it_leads():
    """``_is_units`` 牵头: 市水利局牵头 in the lead column is a unit cell (the verb after the name), put
    there without a warning that it does not look like one."""
    table = _table("序号 工作任务 牵头单位 完成时限\n"
                   "1 整治河道沿岸乱堆乱放问题 市水利局牵头 2024年底\n"
                   "2 划定河湖管理范围 市自然资源局牵头 2024年6月底")
    assert [table.column_cells(r, "lead") for r in table.rows] == [["市水利局牵头"], ["市自然资源局牵头"]]
    assert table.warnings == []


# -- metadata (analysis/parse/metadata.py) --------------------------------------------------------

def test_a_number_in_square_brackets_that_lost_its_hao():
    """``_NUMBER_WITHOUT_HAO`` ]: 某县政发[2019]12 alone on its line under the title (ASCII brackets,
    号 lost) is the document's 文号."""
    text = ("某县人民政府关于印发某县农村公路养护实施方案的通知\n某县政发[2019]12\n各乡镇人民政府：\n"
            "现将方案印发给你们，请认真贯彻执行。\n某县人民政府\n2019年5月6日")
    assert _value(text, "doc_number") == "某县政发〔2019〕12"


def test_a_one_line_request_opens_with_its_title():
    """``_RUN_IN_TITLE`` 请示: a page flattened to one line that opens 关于…的请示 then its text: the title
    is 关于…的请示."""
    text = ("关于申请拨付2024年农村公路养护补助资金的请示根据省交通运输厅有关要求，我局对全县农村公路养护情况进行了"
            "全面摸底，现将有关事项请示如下：一、基本情况全县农村公路总里程1200公里，其中县道300公里，乡道500公里，"
            "村道400公里。二、资金需求按照每公里每年1万元测算，共需资金1200万元。")
    assert _value(text, "title") == "关于申请拨付2024年农村公路养护补助资金的请示"


def test_bodies_of_tianjin_are_provincial():
    """``_MUNICIPALITIES`` 天津: 市交通运输委员会 in a text that names 天津 twice (and no other
    provincial-level municipality) is Tianjin's commission: provincial."""
    text = ("市交通运输委员会2023年工作总结\n"
            "2023年，市交通运输委员会坚持服务天津经济社会发展大局，扎实推进交通强市建设。\n"
            "一、主要工作\n（一）天津港集疏运体系进一步完善。")
    assert _value(text, "level") == "provincial"


def test_a_township_armed_forces_department_is_no_ministry():
    """``_ministry_opens_the_year`` 乡: 2023年，乡人武部坚持… opens a report with a township's department
    (a name ending in 部, like a ministry's): no national level is read from it."""
    text = ("2023年工作总结\n"
            "2023年，乡人武部坚持以国防动员需求为牵引，扎实推进民兵整组和征兵工作，圆满完成了各项任务。\n"
            "一、主要工作\n（一）抓好民兵整组。")
    assert _value(text, "level") != "national"
