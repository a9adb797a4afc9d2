"""Rules of the thirty-third round, met on the first contact of b41 and b42. One invented document per convention
(tests/data/synthetic/conventions/a31_*, in our own words; expected values written by reading them)."""
import pytest

from analysis.parse.extract.citations import find_citations
from analysis.parse.metadata import _kind_of_title, _period, canonical_number
from analysis.parse.structure import _section_kind
from convention_docs import field, tasks, value, values, warnings


def test_a_period_in_the_title_of_a_notice_of_kind_other_is_weak():
    """a31_01: 关于加快推进2024-2026年小型水利设施项目工作的通知 is of kind other: the years may be the projects', so the
    period is read but flagged (low)."""
    name = "a31_01_notice_of_projects_years_other_kind"
    assert values(name, "kind", "period_start", "period_end") == ("other", "2024", "2026")
    assert field(name, "period_start").confidence == "low"


def test_a_hazards_distribution_and_a_past_plans_execution_are_background():
    """a31_02: 一、主要地质灾害分布情况 (where the hazards lie) and 二、“十三五”…规划执行情况 (how the plan before went) hold
    items that are no tasks; the tasks are 三、主要任务's."""
    assert tasks("a31_02_hazard_distribution_and_past_plan_review") == [("（一）", "开展隐患排查"), ("（二）", "实施工程治理")]


@pytest.mark.parametrize("title, kind", [("主要地质灾害分布情况", "goal"), ("“十二五”民政事业发展规划执行情况", "goal"),
                                         ("目的意义", "goal"), ("行动意义", "goal"), ("加强执行情况督查", "tasks")])
def test_section_kinds_of_round_33(title, kind):
    assert _section_kind(title, is_report=False) == kind


def test_a_number_in_low_double_quotes():
    """a31_03: 某府发„2025‟12号 — a copy's „‟ for the year's brackets: the 文号, and a citation of 中发„2025‟1号."""
    name = "a31_03_number_in_low_double_quotes"
    assert values(name, "doc_number") == ("某府发〔2025〕12号",)
    assert [c.number for c in find_citations("（中发„2025‟1号）精神")] == ["中发„2025‟1号"]
    assert canonical_number("某府发„2025‟12号") == "某府发〔2025〕12号"


def test_a_number_that_lost_its_bracket_and_the_organ_of_a_repeated_cover():
    """a31_04: 某市府办字〔2025118 alone on its line is 〔2025〕118号 (a repair, low); the headline 关于印发…的通知 has no
    organ, but the cover printed again below has 某市人民政府办公厅 over it: the issuer."""
    name = "a31_04_number_that_lost_its_bracket_under_a_repeated_cover"
    assert values(name, "doc_number", "issuer") == ("某市府办字〔2025〕118号", "某市人民政府办公厅")
    assert field(name, "doc_number").confidence == "low"


def test_a_town_portals_name_over_a_countys_text_is_no_issuer():
    """a31_05: 某某镇人民政府 (the site's banner) over 关于印发桐庐县…实施意见的通知: a town's portal carrying the county's
    text — no issuer read."""
    assert values("a31_05_town_portal_over_a_city_text", "issuer", "title") == ("", "桐庐县农村留守儿童关爱保护工作实施意见")


def test_a_notice_title_over_a_paragraph_opening_with_its_year():
    """a31_06: 关于深化…2026年重点工作任务的通知 ⏎ 2026年是…: the title line is not joined to the paragraph below."""
    assert values("a31_06_notice_title_over_a_year_paragraph", "title", "period_start") == (
        "关于深化养老服务改革2026年重点工作任务的通知", "2026")


def test_a_notice_handing_down_targets_and_its_requirements():
    """a31_07: 关于下达2026年度耕地保护责任目标的通知 hands down a year's targets: a plan for 2026; 三、相关要求's items are
    requirements, no tasks."""
    name = "a31_07_notice_handing_down_targets"
    assert values(name, "kind", "period_start", "period_end") == ("plan", "2026", "2026")
    assert tasks(name) == [("一", "落实耕地保护责任"), ("二", "严格耕地占用审批")]


@pytest.mark.parametrize("title, kind, period", [
    ("关于下达2016年度耕地保护责任目标的通知", "plan", ("2016", "2016")),
    ("关于下达2016年度专项资金的通知", "other", None),           # money handed down: no targets
])
def test_handing_down(title, kind, period):
    assert _kind_of_title(title)[0] == kind
    got = _period(title)
    assert (got[:2] if got else None) == period


def test_a_purpose_part_is_background():
    """a31_08: 一、目的意义's numbered sentences say why; the tasks are 二、主要任务's."""
    assert tasks("a31_08_purpose_part_is_background") == [("1", "建设城市书房"), ("2", "举办阅读活动")]


def test_a_release_sentence_saying_the_full_text_follows():
    """a31_09: 日前，某省委、省政府出台《X》。实施意见全文如下。: X is the title (weak), the organs its issuers as written."""
    name = "a31_09_release_sentence_full_text_follows"
    assert values(name, "title", "issuer") == ("关于深化养老服务改革的实施意见", "某省委、省政府")


def test_a_cover_of_two_regulations_and_a_date_field_run_into_its_number():
    """a31_10: 关于印发《A》和《B》的通知(一): the title is A, low, the note naming both; 某税发[2024]50号颁布时间:2024-04-18:
    the number and the date field run together are both read."""
    name = "a31_10_cover_of_two_regulations_on_one_line"
    assert values(name, "title", "issue_date", "doc_number") == (
        "某自治区税收执法责任制（试行）", "2024-04-18", "某税发〔2024〕50号")
    assert any("the first of the documents the cover issues" in m for m in warnings(name, "metadata_uncertain"))


def test_a_notice_title_with_a_table_bar_and_its_requirements():
    """a31_11: 关于开展2026年…评价工作的通知 | (a table's border after it): the title; the 1. 2. items of 三、相关要求 are no
    tasks."""
    name = "a31_11_notice_title_with_a_table_bar"
    assert value(name, "title") == "关于开展2026年全省工业发展综合评价工作的通知"
    assert tasks(name) == [("1", "开展自查"), ("2", "组织评价")]
