"""Rules of the sixteenth round, found on batches b15 and b16 (issue 15) after their first contact was
recorded: one invented document per convention (tests/data/synthetic/conventions/a16_*, written for these
rules, in their own words); the expected values were written by reading each document, so breaking a
rule breaks its test. Each document is read as a file the manifest does not list."""
from convention_docs import field as _field, value as _value


def test_the_office_that_signs_is_the_issuer_over_a_field_naming_its_government():
    """a16_01: 发文机关: 某某市政府 (the page's field) over a notice signed 某某市人民政府办公室: the office that
    signs, in the document's own words."""
    assert _value("a16_01_office_signs_under_a_field_naming_its_government", "issuer") == "某某市人民政府办公室"


def test_progress_and_next_steps_make_a_report():
    """a16_02: …主要进展情况及下一步安排 — what was done, then what comes next: a report, as 总结及…安排."""
    assert _value("a16_02_progress_and_next_steps", "kind") == "report"


def test_a_reports_body_headings_after_its_salutation_are_not_its_title():
    """a16_03: the report's title over two lines, then 各位代表： and an unnumbered body heading (2023年预算执行
    情况): the title is the report's own, its period the two years it names."""
    name = "a16_03_report_with_a_salutation"
    assert _value(name, "title") == "某某区2023年预算执行情况和2024年预算草案的报告"
    assert (_value(name, "period_start"), _value(name, "period_end")) == ("2023", "2024")


def test_a_joint_signature_without_its_date_names_every_body():
    """a16_04: three bodies sign a cover one a line, no date under them (a people's organisation, 总工会, among
    them), then the attached plan's title: all three issue it, and none of them is part of the title."""
    name = "a16_04_joint_signature_without_date"
    assert _value(name, "issuer") == "某某省卫生健康委员会、某某省发展和改革委员会、某某省总工会"
    assert _value(name, "title") == "某某省尘肺病防治实施方案"


def test_a_town_that_reposts_its_districts_plan_is_not_its_issuer():
    """a16_06: 发布机构: 某某区某某街道办事处 over 某某市某某区2023年…工作安排 — the title names the district under
    its city; the street office re-posted it. No issuer (said)."""
    issuer = _field("a16_06_town_reposts_the_districts_plan", "issuer")
    assert issuer is None or issuer.value == ""


def test_a_headline_of_what_an_organ_did_is_news():
    """a16_07: 某某省档案局部署开展…工作总结及…工作谋划 — the office's action reported: news (other), not a report."""
    assert _value("a16_07_news_headline_of_an_organs_action", "kind") == "other"


def test_a_plan_whose_title_opens_with_an_organs_action_is_a_plan():
    """a16_07b: 某某市应急管理局启动安全生产大检查行动方案 — ends on its kind: a plan."""
    assert _value("a16_07b_plan_title_opening_with_an_organs_action", "kind") == "plan"
