"""One synthetic document per convention the parser handles (tests/data/synthetic/conventions/).

Each document is invented text written in the real convention; the expected values below were
written by reading the document, so breaking a rule breaks its test. Every document is read as a
file the manifest does not list (``read_document(path, meta=None)``), so its metadata comes from
its own text.
"""
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pytest

from analysis.parse.corpus import read_document
from analysis.parse.metadata import level_of_issuer
from analysis.io.tables import build_corpus

CONVENTIONS = Path(__file__).parent / "data" / "synthetic" / "conventions"


@lru_cache(maxsize=None)
def _read(name: str):
    """(Document, Corpus) of one convention document, read without a manifest."""
    doc = read_document(CONVENTIONS / f"{name}.txt", meta=None)
    return doc, build_corpus([doc])


def _doc(name: str) -> dict:
    """The document's row of the documents table."""
    _, corpus = _read(name)
    (row,) = corpus.documents.to_dict("records")
    return row


def _field(name: str, key: str):
    doc, _ = _read(name)
    return doc.meta["metadata_fields"].get(key)


def _rows(frame: pd.DataFrame, columns: list[str]) -> list[tuple]:
    out = []
    for row in frame[columns].astype(object).itertuples(index=False):
        out.append(tuple(None if (not isinstance(v, (list, tuple)) and pd.isna(v)) else v for v in row))
    return out


def _repairs(name: str, kind: str) -> list[str]:
    _, corpus = _read(name)
    r = corpus.repairs
    return [b.strip() for b in r[r.kind == kind].sort_values("position").before]


def _section_kinds(name: str) -> list[tuple]:
    _, corpus = _read(name)
    s = corpus.sections
    return _rows(s[s.subsection.isna()], ["section", "kind"])


def test_web_page_field_block_is_page_furniture_and_its_time_is_the_published_date():
    """Convention 1: a web page's field block at the top (当前位置：首页>…, 信息来源：… 发布时间：… 打印文本,
    【大 中 小】) is removed as ``page_furniture``; 发布时间 is the published_date, never the issue_date."""
    name = "c01_web_page_field_block"
    assert _repairs(name, "page_furniture") == [
        "当前位置：首页>政务公开>通知公告",
        "信息来源：厅政策法规处 发布时间：2022-06-17 09:30:00 打印文本",
        "【大 中 小】",
    ]
    doc, _ = _read(name)
    for furniture in ("当前位置", "信息来源", "发布时间", "打印文本", "大 中 小"):
        assert furniture not in doc.text
    row = _doc(name)
    assert row["title"] == "某省交通运输厅关于深化交通运输行政执法规范化建设的实施方案"
    # the document has no signature date: only the page's publication time, which is not an issue date
    assert row["issue_date"] == ""
    published = _field(name, "published_date")
    assert published is not None and published.value == "2022-06-17"
    assert published.evidence == "信息来源：厅政策法规处 发布时间：2022-06-17 09:30:00 打印文本"


def test_law_database_fields_with_labels_glued_to_values():
    """Convention 2: a law database's field block with no separator after the label
    (发文机关X / 发文日期… / 发文字号… / 时效性…) gives issuer, issue_date and doc_number."""
    name = "c02_law_database_fields"
    assert _repairs(name, "page_furniture") == [
        "索引号000014349/2022-00087", "发文机关某省交通运输厅", "发文日期2022年9月14日",
        "发文字号某交法〔2022〕17号", "时效性现行有效", "效力级别地方规范性文件",
    ]
    row = _doc(name)
    assert (row["issuer"], row["issue_date"], row["doc_number"]) == ("某省交通运输厅", "2022-09-14", "某交法〔2022〕17号")
    assert row["title"] == "某省交通运输厅关于全面推行交通运输行政执法公示制度的实施意见"
    # the document has no signature and no 文号 line: the values come from the fields
    assert _field(name, "issuer").evidence == "发文机关某省交通运输厅"
    assert _field(name, "issue_date").evidence == "发文日期2022年9月14日"
    assert _field(name, "doc_number").evidence == "发文字号某交法〔2022〕17号"


def test_pinyin_reading_aids_are_removed():
    """Convention 3: pinyin glosses a mirror site puts after characters (执（zhí）法, 号(hào), one cut
    at the end of the text: 规（gu) are removed as ``reading_aid`` repairs; title and 文号 read clean."""
    name = "c03_reading_aids"
    assert _repairs(name, "reading_aid") == [
        "（zhí）", "（zhì）", "（jiāo）", "(hào)", "(zhí)", "（zhí）", "（zhì）", "（xíng）", "（zhí）", "（gu"]
    row = _doc(name)
    assert row["title"] == "交通运输行政执法质量提升行动方案"
    assert row["doc_number"] == "某交法〔2023〕8号"
    doc, corpus = _read(name)
    assert not any("a" <= ch <= "z" for ch in doc.text)
    assert _rows(corpus.tasks, ["task_no", "title", "text"])[0] == (
        "（一）", "规范执法行为", "严格落实行政执法公示制度，统一执法文书格式。")


def test_signature_date_in_chinese_numerals_or_with_separators_lost():
    """Convention 4: the signature date written 二〇二一年十一月二十六日, or copied with its separators
    lost (a line ``20191118``), under the organ at the end of the document is the issue date."""
    got = {}
    for name in ("c04a_signature_date_chinese_numerals", "c04b_signature_date_digits_run"):
        field = _field(name, "issue_date")
        got[name] = (_doc(name)["issue_date"], field.evidence if field else None)
    assert got == {
        "c04a_signature_date_chinese_numerals": ("2021-11-26", "二〇二一年十一月二十六日"),
        "c04b_signature_date_digits_run": ("2019-11-18", "20191118"),
    }


def test_cover_notice_wrapped_and_joint_issuers_in_the_signature():
    """Convention 5: a cover notice X关于印发《Y》的通知 wrapped over three lines gives title Y and
    issuer X; joint issuers signed on two organ lines above the date, or on one line separated by
    spaces, give the issuer ``A、B``."""
    row = _doc("c05a_cover_notice_wrapped")
    assert row["title"] == "某市交通运输行政执法质量提升实施方案（2022—2024年）"
    assert row["issuer"] == "某市交通运输局"
    assert (row["period_start"], row["period_end"]) == ("2022", "2024")
    row = _doc("c05b_joint_issuers_two_lines")
    assert row["title"] == "某市道路运输非法营运联合整治工作方案"
    assert (row["issuer"], row["issue_date"]) == ("某市交通运输局、某市公安局", "2022-05-20")
    row = _doc("c05c_joint_issuers_one_line")
    assert row["title"] == "某市道路货运车辆超限超载联合治理实施方案"
    assert (row["issuer"], row["issue_date"]) == ("某市交通运输局、某市市场监督管理局", "2022-08-03")


def test_level_from_the_issuers_administrative_division():
    """Convention 6: the level is the issuer's administrative division (data/divisions.csv): counties,
    county-level cities and districts are county; prefecture cities municipal; autonomous regions and
    Beijing/Tianjin/Shanghai/Chongqing provincial; central ministries national; a bare 市… municipal."""
    cases = [
        ("安平县交通运输局", "county", "安平县"),
        ("义乌市交通运输局", "county", "义乌市"),
        ("天津市和平区交通运输局", "county", "天津市和平区"),
        ("衡水市交通运输局", "municipal", "衡水市"),
        ("广西壮族自治区交通运输厅", "provincial", "广西壮族自治区"),
        ("内蒙古自治区交通运输厅", "provincial", "内蒙古自治区"),
        ("北京市交通委员会", "provincial", "北京市"),
        ("天津市交通运输委员会", "provincial", "天津市"),
        ("上海市交通委员会", "provincial", "上海市"),
        ("重庆市交通局", "provincial", "重庆市"),
        ("交通运输部", "national", None),
        ("交通运输部办公厅", "national", None),
        ("市交通运输局", "municipal", None),
    ]
    for issuer, level, region in cases:
        got_level, got_region, _ = level_of_issuer(issuer)
        assert got_level == level, issuer
        if region is not None:
            assert got_region == region, issuer
    # a whole document: the title names no place; the signature names the county bureau
    name = "c06_level_county_issuer"
    row = _doc(name)
    assert (row["issuer"], row["level"]) == ("安平县交通运输局", "county")
    doc, _ = _read(name)
    assert doc.meta["region"] == "安平县"


def test_kind_and_period_from_the_title():
    """Convention 7: a title ending 工作总结 / 情况报告 is a report; a 工作要点 is a plan covering its one
    year; periods written （2021—2023年）, 2021年至2023年 and 20212023年 (dash lost)."""
    expected = {
        "c07a_kind_report_summary": ("某县交通运输局2022年度法治政府建设工作总结", "report", "2022", "2022"),
        "c07b_kind_report_situation": ("某市交通运输综合行政执法支队2022年执法队伍素质能力提升工作情况报告", "report",
                                       "2022", "2022"),
        "c07c_kind_work_points_one_year": ("某市交通运输局2023年法治政府建设工作要点", "plan", "2023", "2023"),
        "c07d_period_paren_dash": ("某市交通运输执法规范化建设三年行动方案（2021—2023年）", "plan", "2021", "2023"),
        "c07e_period_nian_zhi_nian": ("某市2021年至2023年交通运输执法人员轮训实施方案", "plan", "2021", "2023"),
        "c07f_period_dash_lost": ("某县交通运输执法能力提升行动方案（20212023年）", "plan", "2021", "2023"),
    }
    for name, values in expected.items():
        row = _doc(name)
        assert (row["title"], row["kind"], row["period_start"], row["period_end"]) == values, name


def test_thematic_section_headings_hold_tasks():
    """Convention 8: sections headed by a theme with no task keyword (二、强化执法队伍建设,
    三、提升执法服务水平) hold tasks in their （一）（二） items; the short closing section
    四、保障措施 with （一）（二） does not."""
    name = "c08_thematic_sections"
    _, corpus = _read(name)
    assert _rows(corpus.tasks, ["section", "subsection", "task_no", "title"]) == [
        ("二", "一", "（一）", "严格执法人员资格管理"),
        ("二", "二", "（二）", "健全执法人员培训机制"),
        ("二", "三", "（三）", "加强执法作风建设"),
        ("三", "一", "（一）", "推行柔性执法"),
        ("三", "二", "（二）", "优化执法服务流程"),
    ]
    assert _section_kinds(name) == [("一", "goal"), ("二", "tasks"), ("三", "tasks"), ("四", "closing")]


def test_goal_items_in_a_thematic_section_are_not_tasks():
    """Convention 9: （一）指导思想。 and （二）基本原则。 inside a section with a thematic heading are goal
    items; the section's other items are its tasks."""
    name = "c09_goal_items"
    _, corpus = _read(name)
    assert _rows(corpus.tasks, ["section", "subsection", "task_no", "title"]) == [
        ("一", "三", "（三）", "完善执法制度体系"),
        ("一", "四", "（四）", "严格规范公正文明执法"),
        ("一", "五", "（五）", "强化执法监督"),
    ]
    s = corpus.sections
    assert _rows(s[s.kind == "goal"], ["section", "subsection", "title"]) == [
        ("一", "一", "指导思想"), ("一", "二", "基本原则")]


def test_numbering_variants():
    """Convention 10: half-width (一) groups with 1、 items numbered on across groups (1, 2 under (一);
    3, 4 under (二)); items numbered 1﹒; items numbered ``1. `` with a space whose （1） sub-items
    are clauses, not tasks."""
    name = "c10a_numbering_halfwidth_continuing"
    _, corpus = _read(name)
    assert _rows(corpus.tasks, ["section", "subsection", "task_no", "title"]) == [
        ("二", "一", "1", "开展全员轮训"),
        ("二", "一", "2", "组织执法技能比武"),
        ("二", "二", "3", "推行执法案卷标准化"),
        ("二", "二", "4", "落实重大执法决定法制审核"),
    ]
    s = corpus.sections
    assert _rows(s[s.kind == "group"], ["section", "subsection", "title"]) == [
        ("二", "一", "提升执法人员素质"), ("二", "二", "规范执法办案行为")]
    assert "task_numbering" not in set(corpus.warnings.kind)

    _, corpus = _read("c10b_numbering_small_full_stop")
    assert _rows(corpus.tasks, ["section", "task_no", "title"]) == [
        ("一", "1", "规范执法证件管理"),
        ("一", "2", "推行执法全过程记录"),
        ("一", "3", "加强执法案卷评查"),
        ("一", "4", "规范涉企执法检查"),
    ]

    # every ``1.`` heads （1） items: the headings are headings, the （1） items carry the measures
    _, corpus = _read("c10c_numbering_dot_space_subitems")
    assert _rows(corpus.tasks, ["subsection", "task_no", "title"]) == [
        ("一", "（1）", "修订行政处罚程序规定，明确各环节办理时限"),
        ("一", "（2）", "制定执法文书制作规范，统一文书格式"),
        ("一", "（1）", "建立执法文书审核制度"),
        ("一", "（2）", "定期开展执法文书质量抽查"),
        ("二", "（1）", "明确各执法岗位的执法职责"),
        ("二", "（2）", "建立执法过错责任追究制度"),
    ]
    assert "task_numbering" not in set(corpus.warnings.kind)

    # one numbered task of five (``4. `` with a space) has （1） sub-items: they are its clauses
    _, corpus = _read("c10d_numbering_one_item_with_subitems")
    assert _rows(corpus.tasks, ["task_no", "title"]) == [
        ("1", "开展执法人员轮训"), ("2", "规范执法装备配备"), ("3", "落实执法“三项制度”"),
        ("4", "加强执法案卷管理"), ("5", "开展执法案卷评查"),
    ]
    assert _rows(corpus.clauses[corpus.clauses.task_seq == 3], ["clause_seq", "text"]) == [
        (1, "落实行政执法公示制度。"), (2, "落实执法全过程记录制度。")]
    assert "task_numbering" not in set(corpus.warnings.kind)


def test_closing_section_shallower_than_the_tasks():
    """Convention 11: after tasks numbered 1. under （一）（二）, a later section whose heading has none
    of the standard closing words (三、凝聚工作合力) and holds only （一）（二） paragraphs is closing
    text, not tasks."""
    name = "c11_closing_shallower"
    _, corpus = _read(name)
    assert _rows(corpus.tasks, ["section", "subsection", "task_no", "title"]) == [
        ("二", "一", "1", "推行执法全过程记录"),
        ("二", "一", "2", "规范执法文书制作"),
        ("二", "二", "3", "严格执行办案时限"),
        ("二", "二", "4", "落实法制审核制度"),
    ]
    assert _section_kinds(name) == [("一", "goal"), ("二", "tasks"), ("三", "closing")]


def test_report_parts_and_groups_as_tasks():
    """Convention 12: in a report, a part 一、 with （一） groups has its groups as tasks; a part without
    groups is itself a task (task_no its numeral), wherever it stands; 存在的问题 and 下一步工作打算
    parts are not tasks."""
    name = "c12_report_parts"
    assert _doc(name)["kind"] == "report"
    _, corpus = _read(name)
    assert _rows(corpus.tasks, ["section", "subsection", "task_no", "title"]) == [
        ("一", "一", "（一）", "完善重大行政决策程序"),
        ("一", "二", "（二）", "加强规范性文件管理"),
        ("二", None, "二", "推进执法队伍建设"),
        ("三", "一", "（一）", "落实行政执法三项制度"),
        ("三", "二", "（二）", "开展执法案卷评查"),
        ("四", None, "四", "加强普法宣传教育"),
    ]
    kinds = dict(_section_kinds(name))
    assert (kinds["五"], kinds["六"]) == ("closing", "closing")


def test_responsibility_in_every_form():
    """Convention 13: responsible units with their role — （牵头单位：A；配合单位：B、C）; 〔责任单位：…〕
    with a nested 各县（市）; 【责任单位：…】; unlabelled （F牵头，G按职责分工负责） and （H负责）, the verb
    stripped; label lines 牵头责任单位：… / 协同责任单位：…等。 under the task; X等Y按职责分工负责."""
    name = "c13_responsibility_forms"
    _, corpus = _read(name)
    assert [t for t, in _rows(corpus.tasks, ["title"])] == [
        "开展执法不规范问题排查", "规范涉企执法检查", "推行包容审慎监管", "完善执法监督机制", "加强执法装备保障",
        "推进执法信息化建设", "强化执法队伍培训"]
    assert _rows(corpus.units, ["task_seq", "clause_seq", "unit", "role"]) == [
        (1, 1, "市交通运输综合行政执法支队", "lead"),
        (1, 1, "局法规科", "supporting"),
        (1, 1, "局运输管理科", "supporting"),
        (2, 1, "各县（市）交通运输局", "responsible"),
        (2, 1, "市交通运输综合行政执法支队", "responsible"),
        (3, 1, "局法规科", "responsible"),
        (4, 1, "局法规科", "lead"),
        (4, 1, "局执法监督科", "responsible"),
        (5, 1, "局计划财务科", "responsible"),
        (6, 2, "局科技信息中心", "lead"),
        (6, 3, "市交通运输综合行政执法支队", "supporting"),
        (6, 3, "各县（市）交通运输局", "supporting"),
        (7, 1, "局人事科", "responsible"),
        (7, 1, "局机关各科室", "responsible"),
    ]
    assert set(corpus.units.via_alias.isna()) == {True}
    # the notes are not part of the task text
    texts = [t for t, in _rows(corpus.tasks, ["text"])]
    assert texts[3] == "建立执法投诉举报快速处理机制，对群众反映的问题限时办结。"
    assert texts[5] == "建设全市交通运输执法综合管理平台，实现执法数据互联互通。"


# -- conventions met in the second held-out set (c26–c32), each on an invented document ---------

def test_printed_page_numbers_are_removed_and_the_broken_sentence_joined():
    """Convention 26: a PDF's page numbers (``- 1 -`` opening the title line, ``— 2 —`` on a line of
    its own) are ``page_number`` repairs; where the page broke a sentence (…对发现的 ⏎ — 2 — ⏎ 问题…)
    the break is joined as a ``page_break``; a template's placeholder name (XX 县) gives the level — the
    only thing that can: the text names no issuer and its opening no level (结合工作实际)."""
    name = "c26_pdf_page_numbers_run_in_headings"
    assert _repairs(name, "page_number") == ["- 1 -"]
    assert _repairs(name, "page_break") == ["— 2 —"]
    row = _doc(name)
    assert (row["title"], row["level"], row["kind"]) == ("XX县2023年交通运输执法工作计划", "county", "plan")
    _, corpus = _read(name)
    assert corpus.tasks.loc[2, "title"] == "定期开展执法案卷评查，对发现的问题建立台账并限期整改"


def test_numbered_headings_run_into_the_line_before_start_their_own_line():
    """Convention 26: ``一、强化执法队伍建设 1.组织…`` and ``〔牵头单位：…〕 二、规范执法程序`` — a numbered
    heading after a space, behind a heading or a closed note or sentence, starts a line (``run_in_heading``)."""
    name = "c26_pdf_page_numbers_run_in_headings"
    assert len(_repairs(name, "run_in_heading")) == 3
    _, corpus = _read(name)
    assert _rows(corpus.tasks, ["section", "task_no", "title"]) == [
        ("一", "1", "组织开展执法人员全员轮训"), ("二", "2", "推行执法全过程记录"),
        ("二", "3", "定期开展执法案卷评查，对发现的问题建立台账并限期整改")]
    assert _rows(corpus.units, ["task_seq", "unit", "role"]) == [
        (1, "县交通运输局", "lead"), (1, "县交通运输综合执法大队", "responsible"),
        (2, "县交通运输综合执法大队", "lead"),
        (3, "县交通运输局", "lead"), (3, "县交通运输综合执法大队", "responsible")]
    # 全年培训不少于 2 次 is no heading
    assert "不少于2次" in corpus.tasks.loc[0, "text"]


def test_a_double_spaced_page_title_wraps_across_its_blank_lines():
    """Convention 27: a page that prints a blank line between every line of its front matter: the
    title wrapped over two lines (…重点工作 ⏎⏎ 任务分工方案) is one title."""
    row = _doc("c27_double_spaced_front_matter")
    assert row["title"] == "某区2024年交通运输重点工作任务分工方案"
    assert (row["period_start"], row["period_end"], row["kind"]) == ("2024", "2024", "plan")


def test_cover_notice_quoting_the_title_in_angle_brackets():
    """Convention 28: 关于印发〈X〉的通知 inside 《》 (a title quoted inside a quoted notice title) gives X,
    also when the first line runs the 文号 into the notice's title; a decree's number (国令第406号,
    交通运输部令2022年第33号) is a citation."""
    name = "c28_cover_title_in_angle_quotes"
    row = _doc(name)
    assert (row["title"], row["kind"], row["doc_number"]) == ("某省2023年道路运输安全工作要点", "plan", "某政办发〔2023〕9号")
    assert (row["period_start"], row["period_end"]) == ("2023", "2023")
    _, corpus = _read(name)
    assert _rows(corpus.citations, ["title", "number"]) == [
        ("道路运输条例", "国令第406号"), (None, "交通运输部令2022年第33号")]


def test_table_flattened_one_cell_a_line_with_bars():
    """Convention 29: a 责任分解表 flattened one cell a line, each cell closed by `` |``: the header's unit
    columns (牵头 单位, 责任 单位) label the unit cells that follow each content cell, names separated by
    spaces; a second row of the same item (no item cell) adds its units to the item; a trailing empty
    cell ``| |`` is nothing. The 文号 line is not joined to the line after it, the title ending in 表 is a
    plan's, and the cover letter's cited 文号 is a citation (not the document's own)."""
    name = "c29_pipe_cell_table"
    row = _doc(name)
    assert (row["title"], row["kind"], row["doc_number"]) == (
        "2024年全市道路运输安全工作要点责任分解表", "plan", "某交运〔2024〕8号")
    _, corpus = _read(name)
    assert _rows(corpus.tasks, ["task_no", "title"]) == [("1", "强化企业主体责任"), ("2", "加强驾驶员培训教育")]
    assert _rows(corpus.units, ["task_seq", "unit", "role"]) == [
        (1, "局运输科", "lead"), (1, "市运管处", "responsible"), (1, "各区县交通运输局", "responsible"),
        (1, "局安监科", "lead"), (1, "局法规科", "lead"), (1, "市执法支队", "responsible"),
        (2, "局运输科", "lead"), (2, "各区县交通运输局", "responsible")]
    assert "|" not in corpus.tasks.loc[0, "text"]
    assert _rows(corpus.citations, ["number"]) == [("某交运〔2024〕3号",)]


def test_report_without_title_known_by_its_opening_year_and_first_part():
    """Convention 30: a report excerpt without a title: an opening paragraph that looks back on a year
    (2023年，…) over a first part that reports (一、2023年…工作情况) is a report on that year; the bodies
    named for their leadership (在省委、省政府和市委、市政府的坚强领导下) are not its author (安吉县)."""
    row = _doc("c30_report_opening_looks_back")
    assert (row["kind"], row["period_start"], row["period_end"]) == ("report", "2023", "2023")
    assert row["level"] == "county"


def test_a_division_above_the_leadership_named_in_the_opening_is_no_author():
    """Convention 31: 在县委、县政府和上级…的正确领导下，按照省交通运输厅的统一部署，我局…落实浙江省…纲要: the
    author sits no higher than the lowest body that leads it (the county), so the province named first
    (按照省…, a clause of its own) and the one named later are mentions; without that floor the first
    clause's 省 would give the level. The report's year is the year its opening looks back on."""
    row = _doc("c31_report_leadership_above_author")
    assert (row["level"], row["kind"]) == ("county", "report")
    assert (row["period_start"], row["period_end"]) == ("2024", "2024")


def test_a_note_cut_off_by_the_end_of_the_excerpt_still_names_its_units():
    """Convention 32: the excerpt ends inside a note. Labelled (〔牵头单位：A、B；责任单位：C…): the item
    the cut fell in is dropped, with its label; unlabelled (（A牵头，B、C、D…): the units after the last
    verb have lost it and are dropped."""
    _, corpus = _read("c32a_cut_off_labelled_note")
    assert _rows(corpus.units, ["task_seq", "unit", "role"]) == [
        (1, "县交通运输局", "lead"), (1, "县交通运输综合执法大队", "responsible"),
        (2, "县交通运输局", "lead"), (2, "县司法局", "lead")]
    _, corpus = _read("c32b_cut_off_unlabelled_note")
    assert _rows(corpus.units, ["task_seq", "unit", "role"]) == [(1, "市交通运输局", "lead")]
    assert corpus.tasks.loc[0, "text"] == "推行道路运输证照电子化，实现全程网上办理。"


def test_cover_notice_title_that_quotes_another_title():
    """Convention 28b: 关于印发《2024年市〈政府工作报告〉重点任务分解方案》的通知 — a 《》 title that quotes another
    title in 〈〉 is read whole (the 〈〉 rule of convention 28 applies only to a title quoted in 〈〉 itself)."""
    row = _doc("c28b_cover_title_quoting_a_title")
    assert (row["title"], row["kind"]) == ("2024年市〈政府工作报告〉重点任务分解方案", "plan")
    assert row["doc_number"] == "某政办发〔2024〕3号"


# -- conventions of documents as governments publish them (issue 14) ----------------------------

def test_c33_an_attachment_after_the_body_is_a_section_of_its_own():
    """附件：…分工表 after the closing section starts a section of its own: its numbered rows are
    tasks of the attachment (numbering restarting at 1), not items of 三、保障措施, which stays closing."""
    _, corpus = _read("c33_attachment_task_table")
    tasks = corpus.tasks
    assert _rows(tasks, ["section", "task_no", "title"]) == [
        ("二", "1", "统筹规划布局"), ("二", "2", "严格工程质量"),
        ("附件", "1", "建立农田建后管护制度"), ("附件", "2", "开展耕地质量监测")]
    kinds = {s.section: s.kind for s in corpus.sections.itertuples() if pd.isna(s.subsection)}
    assert kinds == {"一": "goal", "二": "tasks", "三": "closing", "附件": "tasks"}
    units = corpus.units[corpus.units.task_seq == 3]
    assert _rows(units, ["unit", "role"]) == [("县农业农村局", "lead"), ("各乡镇人民政府", "supporting")]
    assert "unplaced" not in set(corpus.warnings["kind"])
