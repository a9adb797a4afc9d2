"""Mutation round 4 (a fresh sample, --seed 3, of text_tables, metadata, structure, units and deadlines
after the rounds of session 8): each test pins one keyword or bound of a rule table that no test had
held — the value a reader gets from a text that needs exactly that word. Survivors judged equivalent
are listed in scripts/mutation_equivalent.md."""
import pytest

from analysis.parse.extract.deadlines import parse_deadline
from analysis.parse.extract.units import is_unit_label, read_parenthetical
from analysis.parse.metadata import _PROGRESS_COLUMN, _kind_of_title, _period
from analysis.parse.structure import _section_kind, is_frame_item


@pytest.mark.parametrize("heading", ["制度保障", "要素保障"])
def test_a_safeguard_part_of_any_named_kind_is_closing_text(heading):
    """四、制度保障 / 四、要素保障: how the work is safeguarded (as 经费保障), no unit of work."""
    assert _section_kind(heading, False) == "closing"


def test_who_a_subsidy_is_for_frames_the_plan():
    """（一）补贴对象: whom a subsidy is for (as 活动对象), a frame, not a task."""
    assert is_frame_item("补贴对象")


def test_a_summary_with_next_years_work_points_is_a_report():
    """…2023年工作总结及2024年工作要点: looks back, then ahead — a report (not the plan its last word names)."""
    assert _kind_of_title("某局2023年工作总结及2024年工作要点")[0] == "report"


def test_a_years_key_tasks_of_a_longer_plan_cover_its_year():
    """2022年某市…三年行动重点任务: the year's key tasks of a three-year action: 2022."""
    assert _period("2022年某市城乡环境整治三年行动重点任务")[:2] == ("2022", "2022")


def test_a_quarters_work_points_cover_their_year():
    """某局2023年第四季度工作要点: 2023 (a quarter's plan, 四 as 一二三)."""
    assert _period("某局2023年第四季度工作要点")[:2] == ("2023", "2023")


def test_a_completion_column_is_a_progress_column():
    """完成情况 heads a column of progress made, as 进展情况."""
    assert _PROGRESS_COLUMN.search("完成情况")


def test_an_evaluations_feedback_is_a_report():
    """…创建工作评估反馈意见: an evaluation's findings reported (as 督导检查反馈意见)."""
    assert _kind_of_title("某市文明城市创建工作评估反馈意见")[0] == "report"


@pytest.mark.parametrize("label", ["乡级责任单位", "责任主体"])
def test_unit_labels_of_a_township_and_of_a_subject(label):
    """乡级责任单位 (the township's bodies) and 责任主体 name units."""
    assert is_unit_label(label)


def test_a_sentence_assigning_a_lead_and_other_departments():
    """由市发改委会同市财政局等部门负责: 市发改委 leads, 市财政局 supports (等部门 closes the list)."""
    p = read_parenthetical("由市发改委会同市财政局等部门负责")
    assert list(zip(p.units_as_written, p.roles)) == [("市发改委", "lead"), ("市财政局", "supporting")]


def test_a_sentence_that_has_a_body_lead_the_carrying_out():
    """由市水利局牵头落实: the body that carries it out, responsible."""
    p = read_parenthetical("由市水利局牵头落实")
    assert list(zip(p.units_as_written, p.roles)) == [("市水利局", "responsible")]


def test_the_first_half_of_the_year():
    """上半年 in a one-year plan: by 30 June of its year."""
    assert parse_deadline("上半年", 2023).date == "2023-06-30"


def test_a_range_of_years_written_with_dao():
    """2016到2017年底前: by the end of the later year."""
    assert parse_deadline("2016到2017年底前").date == "2017-12-31"
