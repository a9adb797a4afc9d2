"""Rules of the thirteenth round, found on batch b12 (issue 15) after its first contact was recorded: one
invented document per convention (tests/data/synthetic/conventions/a13_*, written for these rules, in
their own words), or the values a rule decides on; the expected values were written by reading, so
breaking a rule breaks its test. Each document is read as a file the manifest does not list."""
from convention_docs import field as _field, tasks as _tasks, units as _units, value as _value, warnings as _warnings
from analysis.parse.text_tables import TextCell, _task_not_merged


def test_a_one_year_title_may_quote_a_list():
    """a13_01: …2023年度“双随机、一公开”监管工作计划 — the quoted name holds a 、; the plan's year is 2023."""
    name = "a13_01_one_year_title_with_quoted_list"
    assert (_value(name, "period_start"), _value(name, "period_end")) == ("2023", "2023")


def test_a_date_cell_is_never_moved_into_the_task_column():
    """A row whose only cell left of the task column is its date (a cut or shifted row): the date stays
    where it is, the row has no task (said), never a task titled 2022年10月15日前."""
    cells = [TextCell("4", 0, 0, 1), TextCell("2022年10月15日前", 1, 0, 11)]
    roles = ["no", "group", "task", "deadline"]
    assert _task_not_merged(cells, roles, [0, 1]) == [0, 1]
    cells[1] = TextCell("产品专利宣传真实性检查", 1, 0, 11)
    assert _task_not_merged(cells, roles, [0, 1]) == [0, 2]


def test_an_attachments_file_name_is_no_task():
    """a13_03: 附件：1.2024年教师培训计划表.xlsx ⏎ ⏎ 2.联系人信息表.doc — the second entry, a blank line
    away, numbers on like an item; a file's name is an attachment, not a task: the attachment list is read
    whole (round eighteen: its entries may stand a blank line apart), so the entry is no item at all."""
    name = "a13_03_attachment_file_names_listed"
    assert _tasks(name) == [("1", "开展新教师入职培训"), ("2", "组织骨干教师研修")]
    assert not any("联系人信息表" in t for _, t in _tasks(name))


def test_unit_columns_named_above_rows_without_a_header_give_the_roles():
    """a13_04: the header names 牵头单位 | 责任单位 but no 序号 (its rows open 1 | 2 | 3 |): each row's two unit
    cells are its lead and its responsible units, in order."""
    assert _units("a13_04_unit_columns_named_above_headerless_rows")[:3] == [
        (1, "市行政审批局", "lead"), (1, "市市场监管局", "responsible"), (1, "市税务局", "responsible")]


def test_a_drafts_note_under_the_title_is_part_of_it():
    """a13_05: 某某市推进智慧城市建设实施意见 ⏎ （征求意见稿V1.3） — the draft's title as printed; still a plan
    (a draft of one, not a call for comments)."""
    name = "a13_05_draft_note_under_the_title"
    assert _value(name, "title") == "某某市推进智慧城市建设实施意见（征求意见稿V1.3）"
    assert _value(name, "kind") == "plan"
