"""Rules of the twenty-fifth round, found on the misses of batches b15 and b25 (issue 15) before batches b27 and
b28 were scored: one invented document per convention (tests/data/synthetic/conventions/a25_*, written for these
rules, in their own words); the expected values were written by reading each document, so breaking a rule breaks
its test. Each document is read as a file the manifest does not list."""
from analysis.parse.joined_tables import joined_table_edits
from analysis.parse.text_tables import is_unit_list
from convention_docs import corpus, rows, tasks, units, values, warnings

RUN_TOGETHER = "a25_01_task_table_run_together"
TWO_UNIT_COLUMNS = "a25_02_task_table_run_together_two_unit_columns"


def test_a_run_together_task_tables_rows_are_its_tasks():
    """a25_01: …分工表序号工作内容目标任务责任单位备注1新建…。2025年6月底前，…。市体育局、市住建局，各区县政府2改造…: a
    sharing site printed the table with no separator. The header's words run together before row 1, and the rows are
    numbered 1–4 in order, each number after a sentence end or a unit name: each row is a task, its title the row's
    first sentence (the numbers inside rows — 20处, 3个, 200场, 50所 — open no row)."""
    assert tasks(RUN_TOGETHER) == [
        ("1", "新建一批社区健身中心，按照每个街道不少于一处的标准统筹选址，优先利用闲置厂房和边角地块"),
        ("2", "改造提升城市公园健身步道，完善照明、标识和休憩设施，方便群众就近锻炼"),
        ("3", "组织开展全民健身志愿服务，发动社会体育指导员进社区开展健身指导"),
        ("4", "推动学校体育场地向社会开放，落实安全责任和错时开放制度")]


def test_a_run_together_rows_units_after_its_last_sentence_take_the_unit_columns_role():
    """a25_01: the header has one unit column (责任单位), so the unit list ending each row after its last full stop is
    that column's: responsible; the target's deadline (2025年6月底前) stays in the row's text and is read."""
    assert units(RUN_TOGETHER) == [
        (1, "市体育局", "responsible"), (1, "市住建局", "responsible"), (1, "各区县政府", "responsible"),
        (2, "市城管局", "responsible"), (2, "市自然资源局", "responsible"),
        (3, "市科协", "responsible"), (3, "团市委", "responsible"),
        (4, "市教育局", "responsible"), (4, "市妇联", "responsible")]
    assert rows(corpus(RUN_TOGETHER).deadlines, ["task_seq", "date"]) == [
        (1, "2025-06-30"), (2, "2025-09-30"), (3, "2025-12-31"), (4, "2025-12-31")]


def test_a_run_together_table_whose_unit_columns_ran_together_reads_no_units_and_says_so():
    """a25_02: 序号重点任务牵头单位配合单位完成时限1排查…。县水利局县财政局2024年5月底前2完善…: two unit columns run
    together cannot be told apart; the rows (each after its deadline, …底前2) are tasks with their deadlines, no unit
    is read and a warning says why."""
    assert tasks(TWO_UNIT_COLUMNS) == [("1", "排查农村供水工程运行情况，逐处建立问题清单"),
                                       ("2", "完善水费收缴和管护机制，落实工程管护经费"),
                                       ("3", "加强水源地保护，划定保护范围并设立标志")]
    assert units(TWO_UNIT_COLUMNS) == []
    assert rows(corpus(TWO_UNIT_COLUMNS).deadlines, ["task_seq", "date"]) == [
        (1, "2024-05-31"), (2, "2024-08-31"), (3, "2024-10-31")]
    assert len(warnings(TWO_UNIT_COLUMNS, "joined_table_units")) == 1


def test_a_header_without_its_number_column_or_a_second_row_is_no_run_together_table():
    """The number column's word (序号, 编号, or 序 cut short) opens the header, and a table has two rows at least."""
    row2 = "。市水利局2加强水源保护，设立标志。市生态环境局"
    assert joined_table_edits("重点任务责任单位1清理河道，疏浚沟渠" + row2) == ([], [])
    assert joined_table_edits("序号重点任务责任单位1清理河道，疏浚沟渠。市水利局") == ([], [])
    edits, _ = joined_table_edits("序号重点任务责任单位1清理河道，疏浚沟渠" + row2)
    assert [new for *_, new in edits if new.startswith("\n")] == ["\n1. ", "\n2. "]


def test_a_header_needs_a_task_column_and_a_unit_or_deadline_column():
    """序号姓名职务责任单位1…2…: a list of persons and their bodies, no task column: not read as a task table."""
    assert joined_table_edits("序号姓名职务责任单位1张某某，科长。市水利局2李某某，主任。市农业农村局") == ([], [])


def test_a_number_inside_a_row_opens_no_row():
    """A 2 after a word that is no sentence end or unit name (完成2处), or before a counter word (。2个), opens no row:
    row 2 is the 2 after 市总工会."""
    text = "序号重点任务责任单位1新建驿站，年内完成2处站点。2个月内验收。市总工会2修缮步道。市城管局"
    edits, _ = joined_table_edits(text)
    assert [(text[s - 1], new) for s, _, new in edits if new.startswith("\n")] == [("位", "\n1. "), ("会", "\n2. ")]


def test_unions_and_associations_are_unit_names():
    """市妇联 and 市科协 end like bodies (联, 协): a list of them is a unit list."""
    assert is_unit_list("市妇联、市科协")
    assert not is_unit_list("市妇联、加强宣传引导")


def test_a_file_name_above_the_title_it_repeats_is_the_pages():
    """a25_03: 某某区2024年社区养老服务工作要点.docx ⏎ 某某区2024年社区养老服务工作要点: the file's name is the page's,
    the title is the line below it, read alone."""
    assert values("a25_03_file_name_above_its_title", "title", "kind", "period_start") == (
        "某某区2024年社区养老服务工作要点", "plan", "2024")
