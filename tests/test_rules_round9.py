"""Rules of the ninth round, found on batch b08 (issue 15): one invented document per convention
(tests/data/synthetic/conventions/v9_01–…, written for these rules, in their own words); the expected
values were written by reading each document, so breaking a rule breaks its test. Each document is
read as a file the manifest does not list, so its metadata comes from its own text."""
from convention_docs import field as _field, read as _read, tasks as _tasks, units as _units, value as _value, warnings as _warnings


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


# -- task lists laid out as indicator tables (b08_01, after the round) --------------------------

def test_the_line_a_cover_notice_names_is_the_title():
    """v9_06: a cover notice issues 《2024年某某县文化旅游发展考核清单》 and the list opens with that line;
    the front matter has no numbered heading, so it runs to the end of the text, where a 年度目标 cell
    reads 由县文化和旅游局统筹安排 (it ends like a title). The title is the line the cover names."""
    title = _field("v9_06_cover_names_the_list_title", "title")
    assert title.value == "2024年某某县文化旅游发展考核清单"
    assert title.rule == "title line the cover notice names"


def test_a_row_without_its_own_task_cell_holds_the_task_where_the_merged_cell_was():
    """v9_07: 考核指标 (提升基层服务能力) is merged over rows 1–3 and shows on row 1 only; rows 2 and 3
    hold only their 考核内容 (基层诊疗量占比, 每千人口执业医师数), which are their tasks."""
    assert _tasks("v9_07_merged_indicator_cells") == [
        ("1", "家庭医生签约服务覆盖率"), ("2", "基层诊疗量占比"), ("3", "每千人口执业医师数")]


def test_a_figure_alone_in_its_cell_is_no_row_number():
    """v9_08: the 目标 cells 12, 30 and 8 stand alone on their lines like row numbers; 12 and 30 come
    before rows 2 and 3, and 8 (the last row's, its 工作要求 cell empty) is followed by the row's unit.
    Three rows, each with 县水利局."""
    name = "v9_08_figure_alone_before_next_row"
    assert _tasks(name) == [("1", "新建农村供水工程"), ("2", "治理中小河流"), ("3", "清理河道淤积")]
    assert [u for _, u, _ in _units(name)] == ["县水利局"] * 3


def test_a_cell_without_a_word_is_never_the_task():
    """v9_09: row 2's 考核指标 is merged, its 考核内容 政务服务好评率 and its 单位 cell '-': the task is
    政务服务好评率, not '-'."""
    assert _tasks("v9_09_dash_cell_is_no_task") == [("1", "企业开办时间"), ("2", "政务服务好评率")]


def test_a_column_of_scoring_bodies_is_no_responsible_unit():
    """v9_10: 责任部门 holds one or two bodies a row (县生态环境分局, 县气象局), 评分部门 the city bureau
    that scores the work (市生态环境局): the responsible units are the 责任部门 cells only, and the
    单位 column (%) is a unit of measure, not a column of bodies."""
    assert _units("v9_10_scoring_body_column") == [
        (1, "县生态环境分局", "responsible"), (1, "县气象局", "responsible"), (2, "县水利局", "responsible")]


def test_an_excerpts_row_number_is_a_row_even_where_its_task_uses_an_ongoing_word():
    """v9_11: an excerpt of a progress table shows rows 12 and 15; row 15's task opens 持续开展… (an
    ongoing word, as a deadline cell may read 持续推进). A sentence is no deadline cell: 15 opens a row."""
    assert _tasks("v9_11_excerpt_row_opens_with_ongoing_words") == [
        ("12", "推进城乡供水一体化，新建改造供水管网50公里"), ("15", "持续开展河湖清四乱专项整治并建立长效机制")]


def test_an_images_file_name_is_page_furniture():
    """v9_12: a news page shows its pictures as their file names between paragraphs (1.jpg, 图片2.PNG):
    page furniture, removed and recorded as repairs, and never a numbered task (1.jpg read as item 1)."""
    name = "v9_12_image_file_names_between_paragraphs"
    assert _tasks(name) == []
    doc, _ = _read(name)
    removed = [r.before.strip() for r in doc.repairs if r.kind == "page_furniture"]
    assert "1.jpg" in removed and "图片2.PNG" in removed
