"""Rules of the eighteenth round, found on batches b17 and b18 (issue 15) after their first contact was
recorded: one invented document per convention (tests/data/synthetic/conventions/a18_*, written for these
rules, in their own words); the expected values were written by reading each document, so breaking a
rule breaks its test. Each document is read as a file the manifest does not list. (The PDF reader's rule
of this round — a font size scaled down by the text matrix — is tested in tests/test_ingest_pdf.py.)"""
from convention_docs import field as _field, tasks as _tasks, value as _value, values as _values


def test_a_statistics_bulletin_is_a_report_whose_parts_are_its_units_and_whose_notes_are_no_tasks():
    """a18_01: …统计公报 (a year's figures made known): a report; its parts 一、综合 … are the tasks, the 1. 2.
    items under 注释： at the end explain the figures; the two organs spaced apart on the line under the title
    are two issuers."""
    name = "a18_01_statistics_bulletin_with_notes"
    assert _values(name, "kind", "period_start", "period_end") == ("report", "2023", "2023")
    assert _tasks(name) == [("一", "综合"), ("二", "农业"), ("三", "工业")]
    assert _value(name, "issuer") == "某某县统计局、国家统计局某某调查队"


def test_numbered_definitions_after_a_notes_label_are_no_tasks_of_a_text_without_parts():
    """a18_02: no parts; the only numbered lines follow 注解： (1.女性就业人员比重：指…): no tasks."""
    assert _tasks("a18_02_glossary_after_notes_label") == []


def test_authors_one_a_line_under_the_title_are_all_issuers():
    """a18_03: a report's title page names three bodies, one a line, then the month: all three issue it."""
    assert _value("a18_03_title_page_with_three_authors", "issuer") == (
        "某某市统计局、某某市妇女儿童工作委员会、某某市性别平等促进办公室")


def test_a_circulars_kind_is_flagged():
    """a18_04: …整改情况的通报 makes an inspection's results known and asks for action: read as other, with low
    confidence — a reader decides between other and report."""
    kind = _field("a18_04_circular_on_an_inspection", "kind")
    assert (kind.value, kind.confidence) == ("other", "low")


def test_a_notice_to_make_sure_work_is_done_is_a_plan():
    """a18_05: 关于抓好…贯彻落实工作的通知 arranges work (抓好, as 做好): a plan."""
    assert _value("a18_05_notice_to_make_sure_work_is_done", "kind") == "plan"


def test_a_first_responsible_unit_that_leads_and_a_time_requirement_line():
    """a18_06: 责任单位：A、B（第一责任单位为牵头单位，下同） — A leads, B is responsible, in this note and the next
    (下同); 时限要求：持续推进 is the task's deadline line (ongoing), 时限要求：2024年6月底前 a date."""
    from convention_docs import corpus, rows

    name = "a18_06_first_responsible_unit_leads_and_time_requirement"
    assert rows(corpus(name).units, ["task_seq", "unit", "role"]) == [
        (1, "市发改委", "lead"), (1, "市市场监管局", "responsible"),
        (2, "市建设局", "lead"), (2, "市财政局", "responsible")]
    assert rows(corpus(name).deadlines, ["task_seq", "kind", "date"]) == [
        (1, "ongoing", None), (2, "date", "2024-06-30")]


def test_an_attached_heading_that_restates_its_author_before_关于_takes_the_covers_title():
    """a18_07: the cover issues 《贯彻落实…任务分工》; the attached table is headed 市卫生健康委关于贯彻落实…任务分工:
    the title is the one the cover names."""
    assert _value("a18_07_attached_heading_restates_its_author", "title") == "贯彻落实2024年政务公开工作要点任务分工"


def test_a_signature_date_that_lost_its_year_and_month_words_is_a_date():
    """a18_08: 2024613日 under the signature (年 and 月 lost, 日 kept): 2024-06-13, and the line is no part of
    the title that follows."""
    name = "a18_08_signature_date_without_year_and_month_words"
    assert _values(name, "issue_date", "title") == ("2024-06-13", "某某县应急管理局2024年森林防火工作要点")


def test_a_years_work_planning_is_a_plan_and_an_association_issues_it():
    """a18_09: …2024年重点工作谋划 (what is planned: a plan), published by 某某县科学技术协会 in a field row that opens
    with an unknown-to-the-title 体裁分类 field: the association is the issuer."""
    name = "a18_09_association_work_planning_under_a_genre_field"
    assert _values(name, "kind", "issuer") == ("plan", "某某县科学技术协会")


def test_parts_that_look_back_on_a_year_and_ahead_to_the_next_make_a_report_of_both():
    """a18_10: no title; 一、2024年工作完成情况 then 二、2025年工作计划: a report, its period 2024–2025."""
    name = "a18_10_parts_look_back_then_ahead"
    assert _values(name, "kind", "period_start", "period_end") == ("report", "2024", "2025")


def test_an_untitled_text_whose_opening_makes_the_plan_it_names_is_a_plan():
    """a18_11 (traditional script): …，特制定某某區文化事業發展“十四五”規劃。 — the opening makes the plan: plan."""
    assert _value("a18_11_untitled_plan_made_in_its_opening", "kind") == "plan"


def test_a_field_row_with_empty_fields_run_together():
    """a18_12: …发布机关：某某县应急局著录日期：发文字号：主题词：标题：某某县…预案 — empty fields run together: the
    issuer is the 发布机关 value alone, the 著录日期 label ending it, and the empty 发文字号 gives no number."""
    name = "a18_12_field_row_with_empty_fields"
    assert _values(name, "issuer", "doc_number", "title") == ("某某县应急局", "", "某某县地质灾害应急预案")


def test_the_signature_is_the_issuer_over_a_page_field_naming_a_bare_office():
    """a18_13: 发文机关: 应急管理局 (the department that posted the page, no region) over a notice that
    某某旗安全生产委员会 signs: the signature names the issuer."""
    assert _value("a18_13_signature_over_a_page_field_naming_a_bare_office", "issuer") == "某某旗安全生产委员会"


def test_a_field_row_opening_with_its_information_class_names_the_publisher():
    """a18_14: the page's field row opens with 信息分类： (a label the reader knows): it is a field row, and its
    发布机构 names the issuer."""
    assert _value("a18_14_field_row_opening_with_information_class", "issuer") == "某某县农业农村局"


def test_a_notice_titled_without_关于_is_its_title():
    """a18_15: 某某市2024年度考录人民警察体能测评通知 (a notice that names itself …通知, no 关于…的): the title."""
    assert _value("a18_15_notice_titled_without_关于", "title") == "某某市2024年度考录人民警察体能测评通知"


def test_an_announcements_title_not_the_wrapped_end_of_its_attachment_line():
    """a18_16: the title over two lines (…2024年度 ⏎ 拟录用公务员公示公告（第一批）) is the title; the attachment
    line wrapped onto a second line (附件：…拟录用公 ⏎ 务员名单（第一批）) gives none."""
    assert _value("a18_16_announcement_title_over_a_wrapped_attachment_line", "title") == (
        "某某省某某局2024年度拟录用公务员公示公告（第一批）")


def test_a_headline_of_a_list_released_is_no_document_title():
    """a18_17: 多部门印发…试点城市名单 — a news headline of what the bodies did (印发), not a list's own title:
    it is read as a news item's headline, not as a document's title line."""
    title = _field("a18_17_headline_of_a_list_released", "title")
    assert title.rule == "headline (first line)" and title.note == "the headline of a news item"


def test_a_cover_notices_line_with_its_number_in_brackets_is_no_title_line():
    """…关于印发《某市节水行动实施方案》的通知（某政办字〔2020〕42号）: a cover's line, its 文号 in brackets after
    的通知 — the title is the plan it issues, so the line itself is no title line (as …的通知 alone is not)."""
    from analysis.parse.metadata import is_title_line

    assert not is_title_line("某市人民政府办公室关于印发《某市节水行动实施方案》的通知（某政办字〔2020〕42号）")
    assert is_title_line("某某市2024年度考录人民警察体能测评通知")


def test_a_pages_own_notice_title_in_book_marks_names_its_issuer():
    """a18_18: the page prints its notice's title in 《》 after its 文号 (某政办〔2024〕3号《某某市人民政府办公厅关于
    印发…的通知》) — the page's own document, not a citation: the office issues it, at the city's level."""
    name = "a18_18_own_notice_title_in_book_marks"
    assert _values(name, "issuer", "level") == ("某某市人民政府办公厅", "municipal")
    assert _value(name, "title") == "2024年市〈政府工作报告〉目标任务责任分解方案"


def test_a_reports_enumeration_in_one_paragraph_opening_a_line_is_read_whole():
    """a18_19: a report's paragraph opens with 一是… and runs on to 。二是…。三是… (cut by the excerpt's end): the
    three are its tasks, not the first alone."""
    assert _tasks("a18_19_report_enumerating_in_one_paragraph") == [
        ("一是", "推进气象观测站网建设"), ("二是", "建设灾害性天气预警发布系统"), ("三是", "做好重大活动气象保障")]


def test_an_attachment_list_a_blank_line_apart_lists_no_tasks():
    """a18_20: a letter's 附件：1.… ⏎ ⏎ 2.… ⏎ ⏎ 3.… (entries a blank line apart): documents, not tasks."""
    assert _tasks("a18_20_letter_with_attachment_list_spaced") == []


def test_a_file_name_numbered_as_an_item_is_no_task_and_is_said():
    """a18_21: 3.培训报名汇总表.xlsx numbered on after the plan's items, no 附件 label above it: a file's name,
    an attachment — not a task, and a warning says so."""
    from convention_docs import warnings

    name = "a18_21_file_name_numbered_as_an_item"
    assert _tasks(name) == [("1", "开展新教师入职培训"), ("2", "组织骨干教师研修")]
    assert any("培训报名汇总表.xlsx" in w for w in warnings(name, "empty_item"))


def test_an_untitled_text_whose_first_part_looks_back_on_a_year_is_a_report():
    """a18_22: no title; 一、2023年工作总结 is the only part (no part plans ahead): a report of 2023, flagged."""
    name = "a18_22_first_part_looks_back_on_a_year"
    kind = _field(name, "kind")
    assert (kind.value, kind.confidence) == ("report", "low")
    assert _values(name, "period_start", "period_end") == ("2023", "2023")
