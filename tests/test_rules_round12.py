"""Rules of the twelfth round, found on batch b11 (issue 15) after its first contact was recorded: one
invented document per convention (tests/data/synthetic/conventions/a12_*, written for these rules, in
their own words), or the value a rule reads; the expected values were written by reading, so breaking
a rule breaks its test. Each document is read as a file the manifest does not list."""
from convention_docs import field as _field, tasks as _tasks, units as _units, value as _value, read as _read, \
    warnings as _warnings
from analysis.parse.extract.deadlines import parse_deadline


# -- title, date, period --------------------------------------------------------------------------

def test_a_notice_the_text_carries_out_is_no_cover():
    """a12_01: 按照县爱卫办关于印发《2024年某某县病媒生物防制工作方案》的通知（…）要求，现就…通知如下 — the
    text carries that notice out; it does not issue the 方案. No title (the page shows none), no kind
    or period read from the cited scheme."""
    name = "a12_01_cited_cover_notice_is_no_cover"
    assert (_value(name, "title"), _value(name, "period_start")) == ("", "")


def test_a_date_under_a_heading_that_names_a_time_is_no_signature():
    """a12_02: 二、活动时间 ⏎ 2024年8月8日 — when the activity is held, not the date the notice was
    signed (three lines follow it, as a signature's would be followed at most): no issue date."""
    assert _value("a12_02_date_under_a_time_heading", "issue_date") == ""


def test_a_plans_term_stated_without_ben_is_its_period():
    """a12_03b: 规划期限为2021—2025年 (no 本 before 规划) in a title without years: 2021–2025."""
    name = "a12_03b_stated_term_without_ben"
    assert (_value(name, "period_start"), _value(name, "period_end")) == ("2021", "2025")


def test_a_title_period_the_text_states_otherwise_is_flagged():
    """a12_03: the title says （2023—2030年）, the text 规划期限为2022―2030年: the title's reading is kept,
    of low confidence, the note naming the other year."""
    start = _field("a12_03_stated_period_against_title", "period_start")
    assert start.value == "2023" and start.confidence == "low" and "2022" in start.note


# -- parts that are no tasks ----------------------------------------------------------------------

def test_principles_of_any_name_are_no_tasks():
    """a12_04: 二、整改原则 (a rectification plan's principles, its items （一）坚持问题导向… ) is no task part;
    the tasks are under 三、整改任务."""
    assert _tasks("a12_04_principles_of_any_name") == [("（一）", "整治城区黑臭水体"), ("（二）", "关停违规砂石场")]


# -- a task table without its header --------------------------------------------------------------

def test_a_task_table_without_its_header_is_read_cell_by_what_it_holds():
    """a12_05: rows 1–3 one cell a line between '|' lines, no header: the text cell is the task, unit
    cells (one or two lines) the responsible units, a person and a telephone number are neither, the
    date the deadline; 二、加快生态环境治理 in row 2 is a part heading, not the task. Rows 4 and 5 lost their
    task cells (a person, a telephone number where the text was): no task, each said."""
    name = "a12_05_headerless_task_table"
    assert _tasks(name) == [("1", "完成城区污水管网改造"), ("2", "新建乡镇污水处理站10座"), ("3", "开展河道清淤")]
    assert _units(name) == [(1, "市住建局", "responsible"), (2, "市生态环境局", "responsible"),
                            (2, "市水务局", "responsible"), (3, "市水务局", "responsible")]
    dates = _read(name)[1].deadlines
    assert list(dates.sort_values("task_seq")["date"]) == ["2024-12-31", "2024-06-30", "2024-09-30"]
    assert len([w for w in _warnings(name, "empty_item") if "no task cell" in w]) == 2


def test_a_body_that_is_a_task_table_makes_a_plan_flagged():
    """a12_05: no title, no opening: the body divides work row by row — a plan, of low confidence."""
    kind = _field("a12_05_headerless_task_table", "kind")
    assert kind.value == "plan" and kind.confidence == "low"


# -- deadlines as task tables write them ----------------------------------------------------------

def test_a_month_written_without_its_yue():
    """2016 年 6 底前 (the 月 left out, spaces from a PDF): 2016-06-30."""
    assert parse_deadline("2016 年 6 底前").date == "2016-06-30"


def test_routine_work_is_ongoing():
    """常态工作 (routine work, as 常态化 and 长期): ongoing."""
    assert parse_deadline("常态工作").kind == "ongoing"


def test_a_range_of_years_ends_by_the_later_one():
    """2016—2017 年底前: the work runs over two years, done by the end of 2017."""
    assert parse_deadline("2016—2017 年底前").date == "2017-12-31"


def test_two_rows_with_units_are_too_few_for_a_headerless_table():
    """a12_05b: rows 1–3, only two of them naming a unit or a date: too little to read columns from
    content alone — no table is guessed."""
    name = "a12_05b_two_rows_are_no_table"
    assert not any("without its header" in w for w in _warnings(name, "tasks_uncertain"))
