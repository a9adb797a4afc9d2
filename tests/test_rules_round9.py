"""Rules of the ninth round, found on batch b08 (issue 15): one invented document per convention
(tests/data/synthetic/conventions/v9_01–…, written for these rules, in their own words); the expected
values were written by reading each document, so breaking a rule breaks its test. Each document is
read as a file the manifest does not list, so its metadata comes from its own text."""
from convention_docs import field as _field, tasks as _tasks, value as _value, warnings as _warnings


# -- parts that are no tasks -------------------------------------------------------------------

def test_an_activity_notices_safeguard_parts_are_no_tasks():
    """v9_01: a notice on the arrangements of a reading week (现将活动组织实施有关事项通知如下) has five parts
    named for how the activity is funded, organised, publicised, kept safe and reported (一、经费保障 ·
    二、活动组织 · 三、宣传发动 · 四、安全保障 · 五、材料收集报送): closing parts like 保障措施, no unit of work.
    No tasks, and the no_tasks warning says none were found."""
    name = "v9_01_activity_notice_safeguard_parts"
    assert _tasks(name) == []
    assert len(_warnings(name, "no_tasks")) == 1


def test_work_points_goal_and_measure_headings_head_the_subitem_tasks():
    """v9_02: under each （一） of the work points, 1.主要目标指标 states the targets (a paragraph of
    percentages) and 2.重点工作举措 heads the measures (1)(2): the measures are the tasks, the two numbered
    items are headings (the goal heading does not count among the items that head no sub-items)."""
    assert _tasks("v9_02_work_points_goal_and_measure_headings") == [
        ("（1）", "新建和改扩建公办幼儿园10所"), ("（2）", "开展幼儿园保育教育质量评估"),
        ("（1）", "在城区新建中小学校3所"), ("（2）", "推进集团化办学，新组建教育集团5个")]


def test_indicators_listed_under_a_goal_heading_are_no_tasks():
    """v9_02b: 1.主要目标指标 lists its targets as (1)(2) (粮食播种面积, 粮食总产量): goal text up to
    2.重点工作举措, whose (1)(2) are the tasks."""
    assert _tasks("v9_02b_indicators_listed_under_goal_heading") == [
        ("（1）", "落实耕地地力保护补贴"), ("（2）", "建设高标准农田2万亩")]


# -- issuer and dates of a report page ---------------------------------------------------------

def test_an_organ_written_without_its_level_word_is_named_as_the_page_names_it():
    """v9_03: the body's title writes 自然资源局2024年工作总结…, the page's 发布机构 field 县自然资源局 (the
    county never named): the issuer is the organ under its level word, and the level county."""
    name = "v9_03_organ_under_its_level_word"
    assert _value(name, "issuer") == "县自然资源局"
    assert _value(name, "level") == "county"


def test_a_reports_only_date_the_day_its_page_posted_it_is_flagged():
    """v9_04: an unsigned report page has a 成文日期 field (2025-03-12) and 发布时间 2025-03-12 09:30, and
    no date in the text: the date may be the day the site posted it. Read, but of low confidence, and
    the publication date is 2025-03-12."""
    name = "v9_04_report_dated_only_by_posting_field"
    assert _value(name, "kind") == "report"
    assert _value(name, "published_date") == "2025-03-12"
    issued = _field(name, "issue_date")
    assert issued.value == "2025-03-12" and issued.confidence == "low"
    assert "day the page published it" in issued.note


# -- kinds -------------------------------------------------------------------------------------

def test_an_inspections_feedback_is_a_report():
    """v9_05: 某某省教育督导检查组对…督导检查反馈意见 tells what the inspectors found (抽查幼儿园42所, 教师配备
    不足): its 意见 is the group's findings, not an implementing opinion — a report, not a plan."""
    assert _value("v9_05_inspection_feedback_is_a_report", "kind") == "report"
