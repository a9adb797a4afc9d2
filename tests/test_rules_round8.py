"""Rules of the eighth round on first contact (issue 15): one invented document per convention
(tests/data/synthetic/conventions/z01–…, written for these rules, in their own words); the expected
values were written by reading each document, so breaking a rule breaks its test. Each document is
read as a file the manifest does not list, so its metadata comes from its own text."""
from convention_docs import (
    field as _field, tasks as _tasks, units as _units, value as _value, warnings as _warnings)


# -- parts that are no tasks -------------------------------------------------------------------

def test_a_plans_significance_part_is_background():
    """z01: the plan's 一、重大意义 says why saving electricity matters (no measure, no unit); 二 and 三
    are its work."""
    assert _tasks("z01_awareness_part_is_background") == [("二", "推广高效照明"), ("三", "加强用电监测")]


def test_a_part_on_understanding_the_importance_is_background():
    """z01b: 一、充分认识发展社区托育服务的重要性和紧迫性 (a part heading, not an item) argues the need; the
    opinion's measures are 二 and 三."""
    assert _tasks("z01b_understanding_the_importance") == [("二", "增加普惠托育供给"), ("三", "提升托育服务质量")]
