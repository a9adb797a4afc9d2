"""Rules of the thirty-sixth round, met in b47 after its first contact. One invented document per convention
(tests/data/synthetic/conventions/a31_19…a31_20, in our own words; expected values written by reading them)."""
from convention_docs import tasks, value, values


def test_goal_items_under_a_part_named_for_its_theme():
    """a31_19: 一、牢牢把握总体原则，明确目标任务 holds 1.指导思想 2.基本原则 — the plan's frame, no tasks; the tasks are 二、's."""
    assert tasks("a31_19_goal_items_under_a_thematic_part") == [("1", "健全师德建设长效机制"), ("2", "强化师德教育")]


def test_a_short_figure_line_is_no_headline_and_a_year_looked_back_on():
    """a31_20: 库存草袋2.86万条 (a line of a list's figures) over the text is no title; 2025年是…关键之年。上半年，我局…
    looks back on the year: a report of 2025."""
    name = "a31_20_figure_line_over_a_report"
    assert value(name, "title") == ""
    assert values(name, "kind", "period_start", "period_end") == ("report", "2025", "2025")
