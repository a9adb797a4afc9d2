"""Rules of the fourth round on first contact (issue 15): one invented document per convention
(tests/data/synthetic/conventions/u01–…, written for these rules, in their own words); the expected
values were written by reading each document, so breaking a rule breaks its test. Each document is
read as a file the manifest does not list, so its metadata comes from its own text."""
from convention_docs import (
    read as _read, field as _field, value as _value, values as _values, tasks as _tasks, units as
    _units)


# -- period ----------------------------------------------------------------------------------

def test_a_summary_and_plan_whose_first_part_reviews_the_year_before_runs_from_that_year():
    """u01: the title says 2025年工作总结和2025年工作计划, but the summary part reviews 2024 (一、2024年
    工作成效及亮点; the opening 2024年，…): the document covers 2024 (looked back on) to 2025 (planned),
    flagged — the title and the body disagree."""
    name = "u01_summary_year_the_title_misstates"
    assert _values(name, "kind", "period_start", "period_end") == ("report", "2024", "2025")
    for key in ("period_start", "period_end"):
        assert _field(name, key).confidence == "low"
        assert "2024" in _field(name, key).note


def test_a_report_whose_first_part_contradicts_its_titles_one_year_is_flagged():
    """u01b: 2025年工作总结 over 一、2023年工作开展情况: which year is meant cannot be told — the title's
    year stays, flagged low."""
    name = "u01b_report_year_the_title_contradicts"
    assert _values(name, "kind", "period_start", "period_end") == ("report", "2025", "2025")
    assert _field(name, "period_start").confidence == "low"


# -- a one-line page's outline -------------------------------------------------------------

def test_a_one_line_outline_after_a_title_with_spaced_glosses_gets_its_breaks():
    """u02: a one-line page opens with the title and two glosses in brackets set off by spaces
    (…行动计划（2024-2026年） （纲 目）) and runs its outline on (一、总体要求 二、主要任务 （一）… 1.…):
    the outline's first part follows the title, so its numbered items get their lines back — the
    five 1./2./3. items under 二、主要任务 are the tasks (三、保障措施 is no task part)."""
    name = "u02_outline_run_together_after_a_glossed_title"
    assert _tasks(name) == [("1", "改造县图书馆少儿阅览区"), ("2", "建设乡镇书屋"), ("1", "举办读书月活动"),
                            ("2", "开展亲子共读"), ("3", "组织经典诵读比赛")]
    assert _values(name, "kind", "period_start", "period_end") == ("plan", "2024", "2026")


def test_an_outline_gloss_is_no_part_of_the_title_nor_a_time_stamp_above_it():
    """u03: the title line ends with the page's note （目录） (what the page shows of the document) and
    a page's time stamp stands above it: the title is the line without the note, and without the
    time stamp (no Chinese character: no line a title wraps from)."""
    name = "u03_outline_gloss_under_a_time_stamp"
    assert _value(name, "title") == "某某区养老服务体系建设三年行动方案（2024-2026年）"
    assert _values(name, "kind", "period_start", "period_end") == ("plan", "2024", "2026")


# -- a notice that divides work ------------------------------------------------------------

def test_a_title_field_naming_a_notice_that_issues_nothing_is_the_title():
    """u04: the page's 标题 field names a notice that issues no other document (关于落实…分工的通知, its
    title line broken over two lines below): the field gives the title, and a notice that divides
    work (…分工的通知) is a plan."""
    name = "u04_title_field_of_a_notice_dividing_work"
    assert _value(name, "title") == "某某省人民政府办公厅关于落实全省冬春农田水利建设有关措施分工的通知"
    assert _values(name, "kind", "level", "doc_number") == ("plan", "provincial", "某政办函〔2025〕9号")


def test_an_item_that_assigns_itself_in_a_sentence_names_its_lead_and_supporting_units():
    """u05: each item is one sentence that ends by naming who carries it out: 由A会同B、C等部门负责落实
    (A leads, B and C support), 由A负责 (A is responsible), 由A会同B研究提出落实意见."""
    name = "u05_item_that_assigns_itself_in_a_sentence"
    assert [no for no, _ in _tasks(name)] == ["（一）", "（二）", "（三）"]
    assert _units(name) == [(1, "市市场监管局", "lead"), (1, "市公安局", "supporting"), (1, "市税务局", "supporting"),
                            (2, "市住房城乡建设局", "responsible"),
                            (3, "市政务服务办", "lead"), (3, "市司法局", "supporting")]


# -- kind ------------------------------------------------------------------------------------

def test_a_progress_summary_table_is_a_report():
    """u06: a title ending 进展情况汇总表 (a table of the progress made, here for a quarter) names a report,
    for the year the title names."""
    name = "u06_progress_summary_table"
    assert _values(name, "title", "kind", "period_start", "period_end") == (
        "某某县2025年民生实事项目进展情况汇总表（第二季度）", "report", "2025", "2025")


def test_an_emergency_plan_is_a_plan():
    """u07: a cover issues 《某某县森林火灾应急预案》: an 应急预案 (who does what when a disaster strikes)
    ends a title like a plan — the issued document's title, kind plan."""
    name = "u07_emergency_plan_issued_by_a_cover"
    assert _values(name, "title", "kind", "level", "doc_number") == (
        "某某县森林火灾应急预案", "plan", "county", "某府〔2025〕4号")


def test_an_untitled_text_opening_with_what_the_year_will_bring_is_that_years_plan():
    """u08: no title; the opening says what the office will do that year (2026年，我局将…) and the items
    are measures: a plan for 2026."""
    name = "u08_untitled_year_plan_opening_with_jiang"
    assert _values(name, "kind", "period_start", "period_end") == ("plan", "2026", "2026")


def test_markdown_images_are_no_text_and_the_news_lead_below_them_opens_the_page():
    """u09: two Markdown image lines (![](https://…)) above a news lead (4月2日，我县召开…): the images
    are removed, so the lead is the page's opening — a news item, kind other."""
    name = "u09_markdown_image_before_a_news_lead"
    doc = _read(name)[0]
    assert "![" not in doc.text and "img.example.cn" not in doc.text
    assert _value(name, "kind") == "other"
