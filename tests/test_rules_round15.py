"""Rules of the fifteenth round, found on batch b14 (issue 15) after its first contact was recorded: one
invented document per convention (tests/data/synthetic/conventions/a15_*, written for these rules, in
their own words); the expected values were written by reading each document, so breaking a rule breaks
its test. Each document is read as a file the manifest does not list."""
from convention_docs import field as _field, read as _read, tasks as _tasks, units as _units, value as _value, \
    warnings as _warnings


def test_a_table_of_contents_without_its_label_holds_no_tasks():
    """a15_01: after the cover, 序言 ⏎ 一、规划背景 ⏎ （一）发展基础 … ⏎ 三、主要任务 ⏎ （一）…（五）: headings only,
    goal headings among them with nothing under them — the plan's contents; its entries are no tasks (said)."""
    name = "a15_01_contents_without_its_label"
    assert _tasks(name) == []
    assert len([w for w in _warnings(name, "empty_item") if "table of contents" in w]) == 5


def test_a_document_that_is_an_outline_keeps_its_headings_as_tasks():
    """a15_01b: 某某区全民阅读实施计划（纲目） — the document is an outline; its （一）…（五） are its tasks."""
    assert [no for no, _ in _tasks("a15_01b_an_outline_document")] == ["（一）", "（二）", "（三）", "（四）", "（五）"]


def test_a_one_line_page_under_a_field_box_gets_its_line_breaks_back():
    """a15_02: a page's field box saved as | cells, then the notice and its division on one line: the
    box is no part of the page's text to weigh, the line's breaks go back — after the division's title
    (…责任分解 一、), after a heading, and after a unit note (责任单位：… 2.) — three tasks with their units."""
    name = "a15_02_one_line_page_under_a_field_box"
    assert [no for no, _ in _tasks(name)] == ["1", "2", "3"]
    assert _units(name)[:3] == [(1, "县发改局", "responsible"), (1, "县财政局", "responsible"), (2, "县经信局", "responsible")]


def test_a_remark_after_the_first_unit_may_make_it_the_lead():
    """a15_04: （责任单位：县水利局（首位单位为牵头单位，下同）、县财政局、县住建局） — the first body of this list and
    of every later one leads."""
    assert _units("a15_04_first_unit_leads_by_a_remark") == [
        (1, "县水利局", "lead"), (1, "县财政局", "responsible"), (1, "县住建局", "responsible"),
        (2, "县交通运输局", "lead"), (2, "县财政局", "responsible")]


def test_a_year_named_then_looked_back_on_makes_a_report():
    """a15_05: 2023年是…开局之年，今年以来，区卫生健康局… — no title; the opening names the year and looks back
    on it: a report (low), on 2023, not the year's plan."""
    name = "a15_05_year_named_then_looked_back_on"
    kind = _field(name, "kind")
    assert kind.value == "report" and kind.confidence == "low"
    assert (_value(name, "period_start"), _value(name, "period_end")) == ("2023", "2023")


def test_a_report_is_dated_by_the_meeting_it_was_made_to():
    """a15_06: 某某县政府 ⏎ 2023-01-18 above the title (the posting), ——2023年1月12日在…会议上 under it: 2023-01-12."""
    assert _value("a15_06_meeting_date_under_the_title", "issue_date") == "2023-01-12"


def test_a_plan_named_gangyao_is_a_plan():
    """a15_07: 某某省全民科学素质行动纲要 — an outline plan (纲要) is a plan, and its title a title."""
    name = "a15_07_outline_of_a_plan_named_gangyao"
    assert _value(name, "title") == "某某省全民科学素质行动纲要"
    kind = _field(name, "kind")
    assert kind.value == "plan" and kind.rule == "title ends like a plan"


def test_a_period_line_that_lost_its_bracket_completes_the_title():
    """a15_08: 某某市智慧交通发展规划 ⏎ 2021—2025年） — the line below is the title's period, its bracket lost."""
    name = "a15_08_period_line_lost_its_bracket"
    assert _value(name, "title") == "某某市智慧交通发展规划（2021—2025年）"
    assert (_value(name, "period_start"), _value(name, "period_end")) == ("2021", "2025")


def test_a_task_list_of_headings_only_is_no_table_of_contents():
    """a15_01c: work points whose items are headings with no text under them, and no goal heading among
    them: a short task list, its five （一）… items the tasks."""
    assert len(_tasks("a15_01c_heading_only_task_list")) == 5
