"""Rules of the thirty-fourth round, met on the first contact of b43 and b44. One invented document per convention
(tests/data/synthetic/conventions/a31_12…a31_16, in our own words; expected values written by reading them)."""
import pytest

from analysis.parse.metadata import _clean_title, _kind_of_title, _without_number_after
from convention_docs import values


def test_a_release_headline_over_a_bulleted_title():
    """a31_12: 《某市政府印发某市大气污染防治2026年行动计划》 over • 某市…行动计划 (the plan's own title as a page's bullet):
    the title is the plan's, its issuer the organ the headline says released it."""
    assert values("a31_12_release_headline_over_a_bulleted_title", "title", "issuer", "kind", "period_start") == (
        "某市大气污染防治2026年行动计划", "某市政府", "plan", "2026")


def test_a_column_tag_before_a_title():
    """a31_13: [教育督导评估--认定结果]关于…的公示: the bracketed column is the page's, not the title's."""
    assert values("a31_13_public_notice_under_a_column_tag", "title") == ("关于2026年全国学前教育普及普惠县名单的公示",)


@pytest.mark.parametrize("raw, clean", [
    ("• 某市大气污染防治2026年行动计划", "• 某市大气污染防治2026年行动计划"),   # a bullet: a list item, no title line
    ("[教育督导评估--认定结果]关于某县名单的公示", "关于某县名单的公示"),
    ("[2026]某市工作要点", "[2026]某市工作要点"),                 # a bracket that opens no title: kept
])
def test_clean_title_round_34(raw, clean):
    assert _clean_title(raw) == clean


def test_a_title_with_its_number_between_lines_of_bars():
    """a31_14: |||||||||  ⏎ 某市市场监督管理局关于…的通报 某市监个企〔2026〕3号 | ⏎ |||||||||: the title without its number (a
    line of bars alone is a border, no cell above), the number the 文号, the 通报 of progress a report."""
    assert values("a31_14_title_with_its_number_between_bar_lines", "title", "doc_number", "kind") == (
        "某市市场监督管理局关于市场主体年报公示进展情况的通报", "某市监个企〔2026〕3号", "report")


@pytest.mark.parametrize("line, title", [
    ("某市市场监督管理局关于市场主体年报公示进展情况的通报某市监个企〔2026〕3号", "某市市场监督管理局关于市场主体年报公示进展情况的通报"),
    ("关于印发2026年重点任务分解落实方案的通知某政发〔2026〕1号", "关于印发2026年重点任务分解落实方案的通知某政发〔2026〕1号"),  # a cover's
    ("文号交办规划〔2026〕5号", "文号交办规划〔2026〕5号"),             # a field, no title
])
def test_without_number_after(line, title):
    assert _without_number_after(line) == title


def test_a_summary_with_reviews_and_plans_is_a_report():
    """a31_15: …2025年工作总结、“十四五”工作回顾及2026年工作安排、“十五五”工作规划: the summary first — a report."""
    assert values("a31_15_summary_with_reviews_and_plans", "kind") == ("report",)
    assert _kind_of_title("某局2025年工作总结、“十四五”工作回顾及2026年工作安排、“十五五”工作规划")[0] == "report"


def test_a_title_at_the_breadcrumbs_end_run_into_its_text():
    """a31_16: 当前位置：首页 > … > 2025年县文化馆工作总结及2026年工作安排, then the text opening with those words run into its
    first sentence: the title (weak)."""
    assert values("a31_16_title_at_the_breadcrumbs_end_run_into_its_text", "title", "kind") == (
        "2025年县文化馆工作总结及2026年工作安排", "report")
