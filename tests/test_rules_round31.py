"""Rules of the thirty-first round, met in b29, b36 and b37 after their first contact: a title naming one of a set
(…分工方案三--topic), a page's bullet run into a table's first cell, a progress form's compound column head and its
items numbered on their own, 本/全 ending a word (资本市场, 健全区域) taken for the text's own division, a notice
title under a news lead, a headline opening with its organ and a colon, a news item naming a plan with its 文号.
One invented document per convention (tests/data/synthetic/conventions/a30_*, in our own words; expected values
written by reading them)."""
import re

import pytest

from analysis.parse.metadata import (_OWN_DIVISION, _ends_like_title, _kind_of_title, _opens_notice_title,
                                     _release_organ_names, _speaks_of_document)
from analysis.parse.text_tables import TextCell, TextRow, _header_like, _items_of_row
from convention_docs import tasks, units, value, values, warnings


def test_a_title_naming_one_of_a_set_by_its_topic():
    """a30_01: 《政府工作报告》重点工作分工方案二--全面推进乡村振兴 is the page's title: a division plan, the second of a
    set, named by its topic after the dashes."""
    name = "a30_01_series_topic_title_over_a_bulleted_table"
    assert values(name, "title", "kind") == ("《政府工作报告》重点工作分工方案二--全面推进乡村振兴", "plan")


@pytest.mark.parametrize("line, ends", [
    ("重点工作分工方案三--扎实推进全面创新改革", True),
    ("重点工作分工方案之二——推进乡村振兴", True),
    ("重点工作分工方案——推进乡村振兴", True),
    ("扎实推进全面创新改革--重点工作", False),        # before the dashes no kind word
    ("重点工作分工方案三--扎实推进，全面创新", False),  # a sentence after them
    ("重点工作分工方案三", False),                   # a series number alone ends no title
])
def test_series_topic_after_a_title(line, ends):
    assert _ends_like_title(line) is ends


def test_the_kind_of_a_title_named_by_its_topic_is_the_sets():
    assert _kind_of_title("某县重点工作分工方案三--推进乡村振兴")[0] == "plan"
    assert _kind_of_title("某县2025年工作总结之二——民生实事")[0] == "report"


def test_a_page_bullet_before_a_tables_first_cell():
    """a30_01: the table's 序号 cell carries the page's list bullet (• 序号 under • 来源 and • 【字体:): the table is
    read; row 7's two lead bodies on two lines of one cell and the responsible list are its units; the font
    control 【字体: is no column of the table."""
    name = "a30_01_series_topic_title_over_a_bulleted_table"
    assert tasks(name) == [("7", "新建高标准农田两万亩，完成灌排渠系配套改造")]
    assert [u[1:] for u in units(name)] == [("县农业农村局", "lead"), ("县水务局", "lead"), ("县财政局", "responsible"),
                                            ("县自然资源局", "responsible"), ("各乡镇人民政府", "responsible")]
    assert not any("字体" in m for m in warnings(name, "table_column_not_read"))


@pytest.mark.parametrize("cell, like", [
    ("目前完成情况、存在问题及下一步工作措施", True),   # a progress column's parts
    ("工作进展情况及下步计划", True),
    ("完成情况和存在问题", True),
    ("【字体", False),                               # a bracket left open: a page's control
    ("做好农村自来水管网改造、农村道路安防设施", False),  # a task's text
    ("新建高标准农田两万亩及灌排渠系配套改造", False),
])
def test_header_cells(cell, like):
    assert _header_like(cell) is like


def test_a_progress_form_row_holding_items_numbered_on_their_own():
    """a30_02: row 3 under 序号 | 牵头单位 | 工作任务 | 目前完成情况、存在问题及下一步工作措施 | 完成进度 | 备注 holds two
    items numbered 12. and 27. (the report's numbers), each followed by its progress and percentage: two tasks
    numbered 12 and 27, each led by the row's body, and a warning says so."""
    name = "a30_02_progress_form_items_numbered_on_their_own"
    assert tasks(name) == [("12", "新建高标准农田两万亩，完成灌排渠系配套改造"), ("27", "推进农村人居环境整治，完成二十个村的户厕改造")]
    assert [u[1:] for u in units(name)] == [("县农业农村局", "lead"), ("县农业农村局", "lead")]
    assert any("rows 3 (12、27)" in m for m in warnings(name, "tasks_uncertain"))


def _row(no, *texts):
    return TextRow(no, 0, len(texts), [TextCell(t, i, 0, len(t)) for i, t in enumerate((no,) + texts)])


def test_items_of_a_row_need_cells_between_them():
    """Sub-items 1. 2. on lines of their own in one task cell (no cells between them) stay one row; a row whose first
    item carries the row's own number stays one row; items in the order of their numbers only."""
    sub = _row("3", "县农业农村局", "1.新建高标准农田两万亩。", "2.完成灌排渠系配套改造。", "已完成选址。")
    assert [r.no for r in _items_of_row(sub, 4)] == ["3"]
    own = _row("12", "县农业农村局", "12.新建高标准农田两万亩。", "已完成选址。", "27.推进农村人居环境整治。", "已完成八个村。")
    assert [r.no for r in _items_of_row(own, 4)] == ["12"]
    back = _row("3", "县农业农村局", "27.新建高标准农田两万亩。", "已完成选址。", "12.推进农村人居环境整治。", "已完成八个村。")
    assert [r.no for r in _items_of_row(back, 4)] == ["3"]
    split = _row("3", "县农业农村局", "12.新建高标准农田两万亩。", "已完成选址。", "27.推进农村人居环境整治。", "已完成八个村。")
    assert [(r.no, [c.text for c in r.cells]) for r in _items_of_row(split, 4)] == [
        ("12", ["12", "县农业农村局", "新建高标准农田两万亩。", "已完成选址。"]),
        ("27", ["27", "县农业农村局", "推进农村人居环境整治。", "已完成八个村。"])]


def test_capital_market_is_no_own_division():
    """a30_03: 推动更多企业对接资本市场 in the opening is no 本市: nothing names the level, it is left empty."""
    assert value("a30_03_capital_market_is_no_own_division", "level") == ""


@pytest.mark.parametrize("text, word", [
    ("结合本市实际", "市"), ("推动我县发展", "县"), ("本区各部门", "区"),
    ("对接资本市场", None), ("降低成本县域", None), ("基本区划", None), ("本市场主体", None), ("我市场监管", None),
])
def test_own_division_word(text, word):
    m = _OWN_DIVISION.search(text)
    assert (m["word"] if m else None) == word


def test_a_notice_title_under_a_news_lead():
    """a30_04: a news lead, 通知全文：, then the notice's title wrapped over two lines, its organ before 关于
    (水利部关于做好2026年春季 ⏎ 农田水利建设工作的通知): the title whole, the organ its issuer."""
    name = "a30_04_notice_title_under_a_news_lead"
    assert values(name, "title", "issuer", "level", "doc_number") == (
        "水利部关于做好2026年春季农田水利建设工作的通知", "水利部", "national", "水农〔2026〕15号")


@pytest.mark.parametrize("line, opens", [
    ("关于做好春季农田水利建设", True), ("水利部关于做好春季农田水利建设", True),
    ("抓紧落实关于做好春季工作", False),      # a sentence's words before 关于, no organ
    ("某县水利局 某县财政局关于做好", False),  # two organs: not told apart here
])
def test_opens_notice_title(line, opens):
    assert _opens_notice_title(line) is opens


def test_a_headline_opening_with_its_organ_and_a_colon():
    """a30_05: 农业农村部：2026年继续开展… over a news paragraph: the headline is the title, the organ before the colon
    a ministry (national); a colon elsewhere still makes a sentence, no headline."""
    assert values("a30_05_news_headline_after_its_organ", "title", "level", "kind") == (
        "农业农村部：2026年继续开展农机安全生产专项整治", "national", "other")


def test_news_of_a_plan_named_with_its_own_number():
    """a30_06: no headline; the release sentence names the plan with its own 文号 in brackets and a short name
    (…等12部门联合印发《X》（某邮管〔2026〕18号，以下简称《方案》））, and the paragraphs after it open with 《方案》
    and what it does: the title is X, the issuer the organ named first, the 文号 the bracket's, the page news."""
    name = "a30_06_news_of_a_plan_named_with_its_number"
    assert values(name, "title", "issuer", "doc_number", "kind") == (
        "农村寄递物流体系建设重点任务分工方案", "省邮政管理局", "某邮管〔2026〕18号", "other")


@pytest.mark.parametrize("organs, names", [
    ("省邮政管理局等12部门", ["省邮政管理局"]),
    ("省发展改革委等24部门单位", ["省发展改革委"]),
    ("省教育厅、省财政厅", ["省教育厅", "省财政厅"]),
    ("有关方面", None),
])
def test_release_organ_names(organs, names):
    assert _release_organ_names(organs) == names


@pytest.mark.parametrize("verb", ["紧密结合", "结合", "聚焦", "立足", "着眼", "涵盖"])
def test_paragraphs_opening_with_the_short_name(verb):
    text = f"（以下简称《方案》）\n《方案》{verb}实际，提出措施。\n《方案》提出，到2027年完成。\n"
    assert _speaks_of_document(text).value == "other"
    assert _speaks_of_document(text.replace(f"《方案》{verb}", f"《方案》的{verb}")) is None


def test_a_law_databases_bracketed_fields_run_into_one_line():
    """a30_07: the title, 文章属性•【制定机关】…•【公布日期】2022.03.05•【字号】…•【施行日期】… and the text run together
    on one line: each bulleted 【label】 field is read (issuer, date, 文号)."""
    assert values("a30_07_law_database_fields_run_into_one_line", "title", "issuer", "issue_date", "doc_number") == (
        "某省人民政府办公厅关于加强森林草原防火工作的实施意见", "某省人民政府办公厅", "2022-03-05", "某政办发〔2022〕9号")


def test_a_cover_notices_organ_after_its_number():
    """a30_08: 某府办发〔2024〕6号 某县人民政府办公室关于印发《…》的通知: the organ after the 文号 issues the plan."""
    assert values("a30_08_cover_organ_after_its_number", "title", "issuer", "doc_number") == (
        "某县农村寄递物流体系建设实施方案", "某县人民政府办公室", "某府办发〔2024〕6号")


def test_a_reports_organ_under_its_meeting_line():
    """a30_09: a report's title, ——2024年6月20日在某市…会议上, then 某市城市管理委员会 alone on its line: the organ that
    reports; the meeting's day its date."""
    assert values("a30_09_report_organ_under_its_meeting_line", "issuer", "issue_date", "kind") == (
        "某市城市管理委员会", "2024-06-20", "report")


def test_a_report_opening_names_its_county_after_its_verb():
    """a30_10: 现将桐庐县2025年财政决算情况报告如下 names the county the report is of (after 现将); the addressee line
    桐庐县人大常委会： above is no headline (an organ and a colon, nothing after)."""
    name = "a30_10_report_opening_names_its_county"
    assert values(name, "title", "level") == ("", "county")
