"""Rules of the twenty-third round, found on batches b23 and b24 (issue 15) after their first contact was
recorded: one invented document per convention (tests/data/synthetic/conventions/a23_*, written for these rules,
in their own words) or a short invented text; the expected values were written by reading each text, so breaking
a rule breaks its test. Each document is read as a file the manifest does not list."""
from convention_docs import field, normalized, plan_corpus, rows, values


def test_a_notice_asking_for_work_points_to_be_compiled_is_no_plan():
    """a23_01: 关于总结2023年工作编制2024年工作要点的通知 asks the addressees to write their work points: the 要点 it
    names are theirs, not this notice — kind other, and 2024 is no period of it."""
    assert values("a23_01_notice_asking_for_work_points_to_be_compiled", "kind", "period_start", "period_end") == (
        "other", "", "")


def test_a_call_for_applications_takes_no_period_from_the_year_it_calls_for():
    """a23_02: 关于组织申报2025年度市级科技计划项目的通知 (signed 2024): 2025 is the year of the projects applied for,
    not the notice's period."""
    assert values("a23_02_call_notice_names_another_years_projects", "kind", "period_start", "period_end") == (
        "other", "", "")


def test_a_doc_number_printed_right_after_the_title_on_a_header_line_is_read():
    """a23_03: a mirror's header line runs the title, the 文号, the date and 发布机关：… together: the 文号 is read."""
    assert values("a23_03_number_after_the_title_on_a_header_line", "doc_number") == ("某政办发〔2022〕31号",)


def test_a_cover_date_below_its_attachment_list_without_an_organ_is_the_issue_date():
    """a23_04: a cover with no organ line: 附件：…办法 ⏎ 二○一九年三月十五日 (○ for zero) — the cover's date."""
    assert values("a23_04_cover_date_below_its_attachment_list", "issue_date") == ("2019-03-15",)


def test_a_cover_handing_out_a_plan_it_names_without_brackets_makes_a_plan_of_that_year():
    """a23_05: no title; 现将市文化和旅游局机关科室职责分工及2021年文化和旅游工作要点印发给你们: the page is a plan (the
    要点 handed out), its period 2021 — both low, since no title says so (和 inside 文化和旅游 parts no documents)."""
    name = "a23_05_cover_hands_out_a_plan_it_names_without_brackets"
    assert values(name, "kind", "period_start", "period_end") == ("plan", "2021", "2021")
    assert field(name, "kind").confidence == field(name, "period_start").confidence == "low"


_PLAN = "某市水污染防治实施方案\n一、工作任务\n（一）实施水资源管理。\n1.控制用水总量。强化用水监督管理。{note}\n2.严控地下水超采。加强管理。（市水务局负责）\n"


def _units(note: str) -> list[tuple]:
    return rows(plan_corpus(normalized(_PLAN.format(note=note))).units, ["task_seq", "unit", "role"])


def test_a_note_with_a_full_stop_before_its_closing_bracket_names_units():
    """（市水务局牵头，市工信委配合。）: a stop inside the note's bracket still closes a note that assigns."""
    assert _units("（市水务局牵头，市工信委配合。）") == [
        (1, "市水务局", "lead"), (1, "市工信委", "supporting"), (2, "市水务局", "responsible")]
    assert _units("（市水利局负责。）") == [(1, "市水利局", "responsible"), (2, "市水务局", "responsible")]


def test_a_standing_notes_exception_for_bodies_without_the_duty_names_no_unit():
    """…以下均需各县（市）区政府落实，区政府无相关工作职能的，由市政府直属责任部门负责相关工作，不再列出）: the counties'
    governments stand for every later task; who stands in where a district lacks the duty is no unit."""
    assert _units("（市水务局牵头，市工信委配合。以下均需各县（市）区政府落实，区政府无相关工作职能的，"
                  "由市政府直属责任部门负责相关工作，不再列出）") == [
        (1, "市水务局", "lead"), (1, "市工信委", "supporting"),
        (2, "市水务局", "responsible"), (2, "各县（市）区政府", "responsible")]


def test_a_list_of_places_sharing_one_organ_is_one_unit():
    """各县、特区、区人民政府 · 各旗、县、市、区人民政府: place words of every kind (特区, 旗) before the organ they share
    make one unit, as 各县、市、区人民政府 does."""
    from analysis.parse.extract.units import split_units
    assert split_units("各县、特区、区人民政府") == ["各县、特区、区人民政府"]
    assert split_units("各旗、县、市、区人民政府、市财政局") == ["各旗、县、市、区人民政府", "市财政局"]


def test_a_reply_letter_on_a_suggestions_handling_is_a_titled_report():
    """a23_06: …关于对…第15号建议办理情况的复函: a title (…的复函 ends one), and a reply that reports how a suggestion
    was handled is a report (the convention since b16)."""
    assert values("a23_06_reply_letter_on_a_deputys_suggestion", "title", "kind") == (
        "某某县农业农村局关于对县第九届人民代表大会第三次会议第15号建议办理情况的复函", "report")
    from analysis.parse.metadata import _TITLE_END
    assert _TITLE_END.search("某某县水务局关于对县第十届人民代表大会第一次会议第8号建议的复函")


def test_an_opening_that_says_the_years_results_were_marked_is_a_reports():
    """a23_07: no title; 2022年，全市医保系统…工作亮点纷呈、成效显著: the opening says what 2022 achieved — a report of
    that year."""
    assert values("a23_07_report_opening_says_results_were_marked", "kind", "period_start", "period_end") == (
        "report", "2022", "2022")


def test_a_level_word_in_a_list_of_levels_names_no_division():
    """a23_08: 国家、省有关部门 · 国家、省、市科技项目资金 · 市、县两级 · 县、区两级 — levels listed, not the author's
    division: no level is read (the text names none of its own)."""
    assert values("a23_08_list_of_levels_in_the_opening", "level") == ("",)


def test_a_public_notice_of_rectification_progress_is_a_report():
    """a23_09: 关于…反馈问题整改进展的公告: a 公告 that makes known how the work went — a report (…情况的公示
    likewise)."""
    assert values("a23_09_public_notice_of_rectification_progress", "kind") == ("report",)
    from analysis.parse.metadata import _kind_of_title
    assert _kind_of_title("关于巡察反馈意见整改落实情况的公示")[0] == "report"


def test_a_reply_letter_that_reports_nothing_is_other():
    """…关于同意设立某某物流园区的复函: a reply that grants a request reports no work — other, as a letter is."""
    from analysis.parse.metadata import _kind_of_title
    assert _kind_of_title("某某市人民政府关于同意设立某某物流园区的复函") == ("other", "title names a letter (…的函)")
