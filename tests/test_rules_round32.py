"""Rules of the thirty-second round, met on the first contact of b39 and b40: a table without a 序号 column flattened
one cell a line with a lone | after each cell, the year of a responsibility document whose tasks a text divides, an
organ before a cited number, a preface, an analysis part, a 发展思路 item, a report's 概述. One invented document per
convention (tests/data/synthetic/conventions/a30_*, in our own words; expected values written by reading them)."""
import pytest

from analysis.parse.extract.citations import find_citations
from analysis.parse.metadata import _RESPONSIBILITY_YEAR
from analysis.parse.structure import _ANALYSIS_HEADING, _GOAL_ITEM, _REPORT_OVERVIEW, _section_kind
from analysis.parse.text_tables import _barred_groups
from convention_docs import corpus, rows, tasks, units, values, warnings

BARS = "a30_11_table_cells_closed_by_lone_bars"


def test_a_table_of_cells_closed_by_lone_bars():
    """a30_11: 工作目标任务 | 完成时间 | 牵头部门 | 配合部门 | |, then rows of cells each closed by a lone |, a row by one
    more: each row a task without a number, its lead bodies (two lines of one cell), its supporting ones and its
    deadline (年内, 9月底前 in the year of the responsibility document the tasks come from)."""
    assert tasks(BARS) == [("", "开展危险化学品企业专项检查，整改全部重大隐患"), ("", "完成老旧燃气管道更新改造"),
                           ("", "落实市政府某政办发〔2026〕3号文件要求，建成三处应急避难场所")]
    assert [u[1:] for u in units(BARS)] == [("县应急管理局", "lead"), ("县市场监管局", "lead"), ("县公安局", "supporting"),
                                            ("县住房城乡建设局", "lead"), ("县应急管理局", "lead")]
    assert rows(corpus(BARS).deadlines, ["date"]) == [("2026-12-31",), ("2026-09-30",), ("2026-12-31",)]


def test_a_unit_cell_naming_no_body_and_a_cut_cell_are_said():
    """a30_11: 按县政府通知另行确定 stands where the supporting bodies do: no unit, a warning names it; the text ends inside
    the last row's supporting cell (县自然资源局、县住房城乡, no closing bar): not read, and said."""
    said = warnings(BARS, "units_uncertain") + warnings(BARS, "tasks_uncertain")
    assert any("按县政府通知另行确定" in m for m in said)
    assert any("县自然资源局、县住房城乡" in m and "ends inside" in m for m in said)


def test_barred_groups_an_empty_cell_and_a_row_end():
    lines = ["任务", "|", "时限", "|", "牵头", "|", "|", "甲", "|", "年内", "|", "|", "|", "乙", "|", "|", "|", "|", "丙丁", "|", "|",
             "戊"]
    header = next(_barred_groups(lines, 0, len(lines)))
    assert [g[0][1] for g in header[2]] == ["任务", "时限", "牵头"] and header[1] == 6
    got = [([[t for _, t in g] for g in groups], cut) for _, _, groups, cut in _barred_groups(lines, 7, len(lines), 3)]
    assert got == [([["甲"], ["年内"], []], ""), ([["乙"], [], []], ""), ([["丙丁"], []], "戊")]  # (the text ends in 戊)


def test_a_text_with_no_bar_after_a_bar_has_no_barred_table():
    assert list(_barred_groups(["任务", "|", "时限", "|"], 0, 4)) == []


def test_the_year_of_a_responsibility_document_is_the_period():
    """a30_11: 根据市政府与我县签订的《2026年安全生产目标管理责任书》确定的工作任务: the table divides that year's tasks
    (a weak reading, flagged)."""
    assert values(BARS, "period_start", "period_end") == ("2026", "2026")
    assert any("the year of the tasks the text divides" in m for m in warnings(BARS, "metadata_uncertain"))


@pytest.mark.parametrize("text, year", [
    ("根据签订的《2007年防震减灾工作目标管理责任书》确定的工作任务", "2007"),
    ("按照2019年目标责任书明确的任务", "2019"),
    ("《2007年防震减灾工作目标管理责任书》要求", None),     # no tasks it sets
])
def test_responsibility_year(text, year):
    m = _RESPONSIBILITY_YEAR.search(text)
    assert (m["y"] if m else None) == year


@pytest.mark.parametrize("text, number", [
    ("贯彻省政府苏政办发〔2007〕31号文件精神", "苏政办发〔2007〕31号"),
    ("落实国务院国发〔2014〕69号文件", "国发〔2014〕69号"),
    ("落实市政府某政办发〔2020〕3号", "某政办发〔2020〕3号"),
    ("落实市政府办发〔2019〕2号", "市政府办发〔2019〕2号"),   # 办发 alone is no abbreviation of a place: kept whole
    ("执行省政府令第5号", "省政府令第5号"),
])
def test_an_organ_before_a_cited_number(text, number):
    assert [c.number for c in find_citations(text)] == [number]


def test_a_preface_an_analysis_part_and_an_approach_item_are_no_tasks():
    """a30_12: 一、序言 (why the plan is made) and 二、发展优势分析 hold numbered items that are no tasks; （一）总体思路 under
    三、主要任务 is the approach; the tasks are （二）（三）."""
    name = "a30_12_preface_and_analysis_parts"
    assert tasks(name) == [("（二）", "建设县级电商服务中心"), ("（三）", "培育电商经营主体")]


@pytest.mark.parametrize("head, goal", [
    ("发展优势分析", True), ("现状分析", True), ("发展条件和机遇分析", True),
    ("加强风险分析", False), ("开展数据分析", False),
])
def test_analysis_heading(head, goal):
    assert bool(_ANALYSIS_HEADING.search(head)) is goal


@pytest.mark.parametrize("title, kind", [("序言", "goal"), ("前言", "goal"), ("发展思路", "goal"),
                                         ("培育优势分析", "goal"), ("推进电商发展", "tasks")])
def test_section_kind_of_preface_and_approach(title, kind):
    assert _section_kind(title, is_report=False) == kind


@pytest.mark.parametrize("item, goal", [("发展思路", True), ("总体思路", True), ("拓宽发展思路", False)])
def test_approach_item(item, goal):
    assert bool(_GOAL_ITEM.match(item)) is goal


def test_a_reports_overview_paragraph_is_background_its_items_work():
    """a30_13: a disclosure report's 一、概述 is a paragraph: background; the tasks are the next part's items. (With
    items under it, as 总体情况, the 概述 holds the work reported.)"""
    name = "a30_13_overview_part_paragraph_or_items"
    assert tasks(name) == [("（一）", "规范公开内容"), ("（二）", "加强平台建设")]
    assert _section_kind("概述", is_report=True) == "goal"
    assert all(_REPORT_OVERVIEW.match(h) for h in ("概述", "情况概述", "总体情况", "总体概述"))
    assert not _REPORT_OVERVIEW.match("工作概述")


def test_a_sharing_pages_thumbnails_of_the_title():
    """a30_14: 2025年社区体育工作总结_第1页 … _第3页 and a page counter (第2页 / 共3页): the title is the name the thumbnails
    carry, once."""
    assert values("a30_14_sharing_page_thumbnails_of_the_title", "title", "kind") == ("2025年社区体育工作总结", "report")


def test_a_one_line_pages_title_closed_by_its_period():
    """a30_15: 1、某县…实施方案(2026 年2028 年)视力健康是…: on a one-line page the title ends at its period in brackets
    (the page marker 1、 no part of it); a weak reading."""
    name = "a30_15_one_line_page_title_closed_by_its_period"
    assert values(name, "title", "period_start", "period_end") == (
        "某县中小学生视力防控行动计划实施方案（2026年2028年）", "2026", "2028")


def test_a_law_sites_fields_with_ascii_colons():
    """a30_16: 发文标题: … 发文文号: … 发文时间: 2024-3-5, each a line with a space after its ASCII colon: no line is joined
    to the next, each field is read; 操作规程[试行] is a regulation's title with its draft note."""
    name = "a30_16_law_site_fields_with_ascii_colons"
    assert values(name, "title", "issue_date", "doc_number", "kind") == (
        "某省经济责任审计现场操作规程（试行）", "2024-03-05", "某审责〔2024〕12号", "other")


def test_a_title_over_its_typeset_kind():
    """a30_17: the headline 某某镇2025年政府工作报告和2026年工作计划 over the letter-spaced 政 府 工 作 报 告: the headline is the
    title (the line under it names only the kind); a report with the next year's plan is a report; the meeting line
    without its 上 dates it; the speaker a 镇长."""
    name = "a30_17_township_report_under_its_typeset_kind"
    assert values(name, "title", "kind", "issue_date", "issuer") == (
        "某某镇2025年政府工作报告和2026年工作计划", "report", "2026-01-12", "某某镇人民政府")


def test_a_cooperative_opening_its_title():
    """a30_18: 省供销社2025年…年度报告: the cooperative federation named by its bare level word is the issuer."""
    assert values("a30_18_cooperative_and_archive_organs", "issuer", "level") == ("省供销社", "provincial")


def test_an_archive_bureau_and_archive_sign_together():
    """a30_19: 某州档案局   某州档案馆 over 2025618日 (年 and 月 lost): the two organs sign, that day; the three-year action
    the cover says runs 2025至2027 is the plan's period."""
    name = "a30_19_archive_bureau_and_archive_signature"
    assert values(name, "issuer", "issue_date", "period_start", "period_end") == (
        "某州档案局、某州档案馆", "2025-06-18", "2025", "2027")


@pytest.mark.parametrize("sentence, period", [
    ("全州将在2025年至2027年开展档案安全检查三年行动", ("2025", "2027")),
    ("全市将在2025年至2027年开展专项整治两年行动", None),       # the count does not agree
    ("2025年至2027年是关键时期", None),
])
def test_action_span(sentence, period):
    from analysis.parse.metadata import _stated_period
    got = _stated_period([(0, sentence)], 1)
    assert (got[:2] if got else None) == period


def test_a_page_opening_inside_a_part():
    """a30_20: the text opens on （四） and （五） before 四、保障措施 (a later page): those items are tasks of a part whose
    heading is lost, said so; the safeguards' items are not."""
    name = "a30_20_page_opening_inside_a_part"
    assert tasks(name) == [("（四）", "建立乡村应急服务网络"), ("（五）", "继续推进应急避难场所示范工程")]
    assert any("opens inside a part" in m for m in warnings(name, "tasks_uncertain"))


def test_a_number_beside_the_red_header():
    """a30_21: 中共某某县委文件 某发〔2025〕8号 on one line: the 文号 is the number after 文件."""
    assert values("a30_21_number_beside_the_red_header", "doc_number") == ("某发〔2025〕8号",)


def test_the_year_a_notice_arranges_work_for():
    """a30_22: 某部关于做好2026年农贸市场改造提升工作的通知: the notice arranges 2026's work — its period, and 年底前 is
    2026-12-31."""
    name = "a30_22_notice_arranging_a_years_work"
    assert values(name, "period_start", "period_end") == ("2026", "2026")
    assert rows(corpus(name).deadlines, ["date"]) == [("2026-12-31",)]


@pytest.mark.parametrize("title, period", [
    ("关于开展2023年度安全检查的通知", ("2023", "2023")),
    ("关于组织申报2024年度项目的通知", None),          # a call for applications: the year of what it calls for
    ("关于印发2024年工作要点的通知", ("2024", "2024")),
])
def test_arranged_year(title, period):
    from analysis.parse.metadata import _period
    got = _period(title)
    assert (got[:2] if got else None) == period


@pytest.mark.parametrize("title, kind", [
    ("某市2025年工作报告和2026年工作计划", "report"), ("某局2025年工作总结及2026年工作打算", "report"),
    ("某局2026年工作计划", "plan"), ("某省审计现场操作规程（试行）", "other"), ("某市政务服务工作规范", "other"),
])
def test_kind_of_report_and_plan_and_of_rules(title, kind):
    from analysis.parse.metadata import _kind_of_title
    assert _kind_of_title(title)[0] == kind


def test_a_notice_deciding_to_arrange_work_is_a_plan_and_its_conditions_no_tasks():
    """a30_23: no title; 我局决定组织开展第二批…试点工作。现将有关事项通知如下 makes a plan (a notice that arranges work);
    三、试点条件's items say who may take part: no tasks."""
    name = "a30_23_pilot_notice_without_its_title"
    assert values(name, "kind") == ("plan",)
    assert tasks(name) == [("1", "建立数字档案室管理制度"), ("2", "开展电子文件在线归档")]


@pytest.mark.parametrize("sentence, plan", [
    ("我局决定组织开展第二批数字档案室建设试点工作。现将有关事项通知如下", True),
    ("我局决定开展2026年度优秀档案论文评选活动。现将有关事项通知如下", False),   # a call: 评选
    ("我局决定开展档案安全检查工作。现将有关事项通知如下", True),
])
def test_decides_to_arrange_work(sentence, plan):
    from analysis.parse.metadata import _MAKES_PLAN
    assert bool(_MAKES_PLAN.search(sentence)) is plan


def test_a_body_of_articles_without_a_title_is_a_regulation():
    """a30_24: 全文 ⏎ 第一章 总 则 ⏎ 第一条…: no title, but articles — a regulation, other (a weak reading)."""
    assert values("a30_24_articles_without_a_title", "kind") == ("other",)
    assert any("the body is articles" in m for m in warnings("a30_24_articles_without_a_title", "metadata_uncertain"))


def test_a_pdf_wrapped_item_and_unit_note_are_joined():
    """a30_25: a PDF's text wrapped at 24 characters: the numbered item's lines are one task (a numbered line that
    fills the width is no heading), and 协办单位：…、园区党工 ⏎ 委、各街道党工委 one note (a field line that fills the
    width goes on below)."""
    name = "a30_25_pdf_wrapped_unit_note"
    assert [t[1][-8:] for t in tasks(name)] == ["抓服务的领导能力", "共同参与基层治理"]
    assert [u[1] for u in units(name)][:6] == ["区委组织部", "区委编办", "区民政局", "区司法局", "园区党工委", "各街道党工委"]


@pytest.mark.parametrize("lines, width", [
    (["某" * 24 + str(i) for i in range(6)] + ["某" * 25] * 4, 25),                      # six different lines at 25
    (["附件1：某某某某某某某某某某某某某某某某名单.doc"] * 10, None),                      # one line ten times: no wrap
    (["某" * 24] * 3 + ["某" * 30 + "。"] * 3, None),                                   # too few long lines
])
def test_wrap_width(lines, width):
    from analysis.parse.corpus import _wrap_width
    assert _wrap_width(lines) == width


def test_a_numbered_breadcrumb_and_a_white_paper_named_by_its_release():
    """a30_26: 1. 首页 ⏎ 2. 理论学习 ⏎ 3. 要闻评述 ⏎ 4. 正文 opening the page is its breadcrumb (no tasks); 新华社北京3月2日电
    国务院新闻办公室2日发表《X》白皮书。全文如下： names the document the page carries (a weak reading)."""
    name = "a30_26_numbered_breadcrumb_over_a_white_paper"
    assert tasks(name) == []
    assert values(name, "title") == ("携手共进：新时代某领域事业的发展与进步",)


@pytest.mark.parametrize("text, removed", [
    ("1. 首页\n2. 政策\n3. 正文\n标题", 3),
    ("1. 首页\n标题", 0),                           # one line alone is no list
    ("1. 加强领导\n2. 落实责任\n", 0),               # items, no breadcrumb
])
def test_numbered_breadcrumb(text, removed):
    from analysis.parse.corpus import _numbered_breadcrumb
    assert len(_numbered_breadcrumb(text)) == removed
