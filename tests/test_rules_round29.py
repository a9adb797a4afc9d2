"""Rules of the twenty-ninth round: documents numbered as a decimal outline (1 总则 ⏎ 1.1 编制目的 ⏎ 4.2.1 …), as
emergency plans are — met on b29 (a national contingency plan whose (1) items were read as 49 tasks and whose 25
leaf headings were lost) and in earlier batches' excerpts. One invented document per convention
(tests/data/synthetic/conventions/a28_*, in our own words; expected values written by reading them), and the outline
reader's rules one by one (analysis/parse/decimal_outline.py)."""
import pytest

from analysis.parse.decimal_outline import (MIN_SUBHEADS, _candidate, _follows, _run_in_contents,
                                            find_decimal_outline, split_run_in_heads)
from analysis.parse.structure import _outline_part_kind, _line_table
from convention_docs import corpus, normalized, plan_corpus, rows, source_value, tasks, text_value, units, values


def test_leaf_headings_of_an_outlines_task_parts_are_the_tasks():
    """a28_01: 总则 and the command bodies (组织指挥体系及职责) are goal parts, 附则 closing; in the other parts each
    heading with nothing numbered under it (3.1, 3.2.1, 4.1) is a task numbered as printed, a heading over others
    (3.2) a group, and the text and （1） items under a task its clauses."""
    name = "a28_01_emergency_plan_in_decimal_outline"
    assert tasks(name) == [("3.1", "监测预报"), ("3.2.1", "蓝色预警由县防汛办发布"), ("3.2.2", "红色预警报县政府批准后发布"),
                           ("4.1", "先期处置"), ("4.2", "响应终止")]
    assert units(name) == [(1, "县气象局", "responsible")]
    c = corpus(name)
    assert rows(c.sections[c.sections.subsection.isna()], ["section", "title", "kind"]) == [
        ("1", "总则", "goal"), ("2", "组织指挥体系及职责", "goal"), ("3", "预防与预警", "tasks"), ("4", "应急响应", "tasks"),
        ("5", "附则", "closing")]
    assert rows(c.sections[c.sections.subsection == "3.2"], ["title", "kind"]) == [("预警发布", "group")]
    assert list(c.clauses.loc[c.clauses.task_seq == 4, "text"]) == ["事发地乡镇立即组织群众转移。", "封闭积水路段；", "开放临时避难场所。"]


def test_headings_run_into_one_line_are_split_and_cut_by_the_contents_titles():
    """a28_02: 目录1总则1.1编制目的…4.1预案实施 in one line, then 3处置措施3.1火情报告发现火情的…: each part's first
    child is split from it, and the contents' title cuts the heading from the text run into it."""
    name = "a28_02_decimal_heads_run_into_lines_after_contents"
    assert tasks(name) == [("3.1", "火情报告"), ("3.2", "扑救组织")]
    c = corpus(name)
    assert list(c.clauses.text) == ["发现火情的单位和个人要立即报告，市林业局接报后一小时内核实。", "扑救工作由属地政府负责组织，市应急局调派专业队伍支援。"]


def test_a_part_whose_heading_the_excerpt_lost_is_goal_text_when_it_holds_goal_items():
    """a28_03: the excerpt opens at 1.2 编制依据 (its 1 总则 above the cut): part 1 holds 适用范围, a goal item, so it is
    goal text; part 2's headings are tasks."""
    name = "a28_03_decimal_outline_cut_above_its_first_part"
    assert tasks(name) == [("2.1", "隐患排查"), ("2.2", "群测群防")]
    assert units(name) == [(1, "县自然资源局", "responsible"), (2, "各乡镇人民政府", "responsible")]


def test_decimal_items_inside_parts_numbered_yi_are_no_outline():
    """a28_04: parts 一、 二、 三、 with 1.1 / 2.1 items inside groups: the document is read by its parts; the decimal
    items are clauses of their group tasks."""
    name = "a28_04_decimal_items_inside_numbered_parts"
    assert tasks(name) == [("（一）", "完善数据目录"), ("（二）", "推进数据共享")]
    assert units(name) == [(1, "市数据局", "responsible"), (2, "市大数据中心", "responsible")]


@pytest.mark.parametrize("prev, nxt, follows", [
    ((1,), (1, 1), True),          # the first child
    ((1, 1), (1, 2), True),        # the next sibling
    ((1, 2, 3), (1, 3), True),     # an ancestor's next
    ((1, 4), (2,), True),          # the next part
    ((1, 4), (2, 1), True),        # the next part entered at its first child (its heading elsewhere)
    ((1, 4), (2, 1, 1), True),
    ((1, 4), (2, 2), False),       # a part entered past its first child
    ((1, 1), (1, 3), False),       # a sibling skipped
    ((1,), (1, 2), False),         # a first child skipped
    ((2, 3), (1, 5), False),       # backwards (an amount: 1.5万元)
    ((1, 1), (1, 1, 2), False),
    ((1, 4), (2, 1, 1, 1), False),  # at most two levels entered at once
])
def test_a_heading_continues_the_outline_only_by_its_next_numbers(prev, nxt, follows):
    assert _follows(prev, nxt) is follows


@pytest.mark.parametrize("line, number", [
    ("1.1编制目的", (1, 1)),
    ("4.2.1出现国家级应急状态时，立即报告。", (4, 2, 1)),
    ("2．3 预警发布", (2, 3)),                 # a full-width stop
    ("3 预防与预警", (3,)),                    # a part: a short title
    ("2组织机构2.1指挥部", (2,)),               # a part with its first child run into it
    ("3个工作日内完成核查并报告县政府。", None),   # a count, not a part
    ("1.0版本说明", None),                     # no number 0 in an outline
    ("12345热线", None),                       # a number too long
    ("1.加强领导", None),                       # an item 1. is no decimal heading
    ("1.1.1.1.1过深", None),
])
def test_a_decimal_heading_candidate(line, number):
    cand = _candidate(line)
    assert (cand[0] if cand else None) == number


def _outline(text: str):
    lines = _line_table(text)
    return lines, find_decimal_outline(lines, set())


def test_an_outline_needs_four_headings_below_part_level_across_two_parts():
    body = "1 总则\n1.1 目的\n内容。\n1.2 原则\n内容。\n2 措施\n2.1 报告\n内容。\n"
    assert MIN_SUBHEADS == 4
    assert _outline(body)[1] is None                          # three below part level
    lines, outline = _outline(body + "2.2 处置\n内容。\n")      # four
    assert [h.no for h in outline.heads] == ["1", "1.1", "1.2", "2", "2.1", "2.2"]
    assert _outline("1.1 甲\n内容。\n1.2 乙\n内容。\n1.3 丙\n内容。\n1.4 丁\n内容。\n")[1] is None  # one part only


def test_an_amount_at_a_lines_start_is_no_heading_of_the_outline():
    lines, outline = _outline("1 总则\n1.1 目的\n内容。\n1.2 原则\n1.5万元以下的补助由县财政承担。\n2 措施\n2.1 报告\n内容。\n2.2 处置\n内容。\n")
    assert [h.no for h in outline.heads] == ["1", "1.1", "1.2", "2", "2.1", "2.2"]
    assert [lines[h.line][2] for h in outline.heads if h.line in outline.leaves] == [
        "1.1 目的", "1.2 原则", "2.1 报告", "2.2 处置"]


def test_contents_printed_as_lines_before_the_body_give_titles_and_are_no_headings():
    """A table of contents without its 目录 line (headings only, nothing between) then the body numbered again from 1:
    the body is the outline; a contents title cuts a heading run into its text."""
    text = ("1 总则\n1.1 目的\n1.2 原则\n2 措施\n2.1 信息报告\n2.2 先期处置\n"
            "1 总则\n1.1 目的\n内容。\n1.2 原则\n内容。\n2 措施\n2.1 信息报告事发单位立即报告。\n2.2 先期处置\n内容。\n")
    lines, outline = _outline(text)
    assert outline.heads[0].line == 6 and sorted(outline.contents) == [0, 1, 2, 3, 4, 5]
    head = next(h for h in outline.heads if h.no == "2.1")
    assert head.contents_title == "信息报告"


def test_a_contents_run_into_one_line_names_its_entries_until_the_numbering_starts_again():
    assert _run_in_contents("预案目录1总则1.1目的1.2原则2措施2.1报告2.2处置1总则1.1目的为了…") == {
        (1,): "总则", (1, 1): "目的", (1, 2): "原则", (2,): "措施", (2, 1): "报告", (2, 2): "处置"}
    assert _run_in_contents("1总则1.1目的1.2原则2措施2.1报告2.2处置") == {}   # no 目录 word
    assert _run_in_contents("目录1总则1.1目的1.2原则2措施") == {}             # fewer than five entries


def test_a_part_heading_with_its_first_child_run_in_is_split_there():
    text = "4应急响应4.1先期处置4.1.1立即转移群众。\n"
    assert [c for _, _, c in split_run_in_heads([(0, len(text), text.strip())], text)] == [
        "4应急响应", "4.1先期处置", "4.1.1立即转移群众。"]
    text = "7附则1总则1.1编制目的\n"  # the contents' last entry, then the body's first part with its first child
    assert [c for _, _, c in split_run_in_heads([(0, len(text), text.strip())], text)] == ["7附则", "1总则", "1.1编制目的"]
    text = "4应急响应，4.1先期处置\n"  # a stop before the number: a sentence, not a heading
    assert len(split_run_in_heads([(0, len(text), text.strip())], text)) == 1


@pytest.mark.parametrize("title, kind", [
    ("组织机构和职责", "goal"),
    ("应急组织指挥体系及职责", "goal"),
    ("组织体系", "goal"),
    ("指挥机构与主要职责", "goal"),
    ("防汛抗旱指挥体系", "goal"),
    ("组织机构及其职责", "goal"),
    ("附则", "closing"),
    ("附 则", "closing"),
    ("应急响应", "tasks"),
    ("应急保障", "tasks"),    # (not a safeguard word: an emergency plan's reserves and networks to build)
    ("机构改革", "tasks"),     # neither 组织 nor 指挥
])
def test_an_outlines_part_kind(title, kind):
    assert _outline_part_kind(title, False) == kind


def test_a_short_decimal_heading_line_is_not_joined_to_the_text_under_it():
    assert normalized("某某方案\n1.2 适用范围\n本预案适用于全县。\n") .split("\n")[1:3] == ["1.2适用范围", "本预案适用于全县。"]
    # a long line that starts with a decimal number is a wrapped sentence: it joins the next
    assert "1.5万元以下的补助资金由县财政局统一拨付到各乡镇并且由" + "各乡镇发放。" in normalized(
        "某某方案\n一、补助\n1.5万元以下的补助资金由县财政局统一拨付到各乡镇并且由\n各乡镇发放。\n")


def test_an_outline_read_through_the_public_path_from_a_plain_text():
    c = plan_corpus("1 总则\n1.1 编制目的\n内容。\n2 处置措施\n2.1 人员转移\n立即转移群众（责任单位：县应急局）。\n"
                    "2.2 物资调拨\n内容。\n2.3 医疗救治\n内容。\n")
    assert rows(c.tasks, ["task_no", "title"]) == [("2.1", "人员转移"), ("2.2", "物资调拨"), ("2.3", "医疗救治")]


# -- rules found on b31 and b32 after their first contact was recorded (one invented document or text per rule) --

def test_an_overview_part_with_items_is_the_work_a_disclosure_report_reports():
    """a28_05: 一、总体情况 ⏎ （一）主动公开… (a yearly government-information-disclosure report): the items are the work
    reported; its statistics part, a table flattened a cell a line, is no unit of work; 存在的主要问题 closes it."""
    name = "a28_05_disclosure_report_overview_items"
    assert tasks(name) == [("（一）", "主动公开"), ("（二）", "依申请公开"), ("（三）", "政府信息管理")]


def test_an_overview_paragraph_stays_background():
    """a28_06: 一、总体情况 as a paragraph (the body's staff and offices) is background; the work is in 二、."""
    assert tasks("a28_06_report_overview_paragraph_is_background") == [("（一）", "完成经济普查"), ("（二）", "提升数据质量")]


@pytest.mark.parametrize("title", ["总体情况", "总体工作情况", "政府信息公开总体情况"])
def test_the_overview_headings(title):
    c = build_report(f"某某局2024年工作报告\n一、{title}\n（一）完成甲项工作。内容。\n（二）完成乙项工作。内容。\n")
    assert rows(c.tasks, ["task_no", "title"]) == [("（一）", "完成甲项工作"), ("（二）", "完成乙项工作")]


def test_a_report_part_of_short_cells_only_is_no_task_but_one_with_a_sentence_is():
    head = "某某局2024年工作报告\n一、主要工作\n我局完成了全年任务。\n二、统计数据\n"
    cells = "收入\n|\n支出\n|\n结余\n|\n100\n"
    assert rows(build_report(head + cells).tasks, ["task_no"]) == [("一",)]
    assert rows(build_report(head + "收入\n|\n支出\n|\n结余\n").tasks, ["task_no"]) == [("一",), ("二",)]  # three cells: too few
    assert rows(build_report(head + cells + "全年收支平衡。\n").tasks, ["task_no"]) == [("一",), ("二",)]


def build_report(text: str):
    from analysis.io.tables import build_corpus
    from analysis.parse.corpus import Document, normalize
    norm = normalize(text)[0]
    doc = Document(meta={"doc_id": "t", "kind": "report", "title": "", "level": "municipal"}, source=norm, text=norm,
                   origin=list(range(len(norm))))
    return build_corpus([doc])


def test_a_contents_list_under_a_headline_is_no_task_list():
    """a28_07: a page headline, then 一、…三、 with 1、… entries and no text, then 一、预算报告 again: the list is the
    contents of the package, the body starts where its first entry comes back."""
    assert tasks("a28_07_contents_under_a_headline") == [("一", "预算报告")]


def test_a_numbered_item_without_subitems_beside_lists_of_subitems_is_a_task():
    """a28_08: （一） holds 1.开展… with no （1） under it, （二） holds 1./2. list headings over （1）–（4） tasks: the lone
    1. item is a task itself, the list headings are not."""
    assert tasks("a28_08_numbered_items_beside_lists_of_subitems") == [
        ("1", "开展文物资源普查"), ("（1）", "加快资源认定"), ("（2）", "强化规划引领"), ("（3）", "建设主题游径"),
        ("（4）", "活化工业遗产")]


def test_a_signature_run_into_the_issued_title_is_cut_and_a_review_part_is_background():
    """a28_09: 某某市…局某某市…局2022年6月7日某某市科技创新“十四五”规划 on one line: the title starts after the date;
    一、现实基础“十三五”期间… (a review of the years before, run into its text) holds no task."""
    name = "a28_09_signature_run_into_issued_title"
    assert values(name, "title") == ("某某市科技创新“十四五”规划",)
    assert tasks(name) == [("（一）", "培育创新主体"), ("（二）", "建设创新平台")]


def test_a_bureaus_branch_in_a_county_is_one_issuer_of_the_countys_level():
    """a28_10: 岳阳市自然资源和规划局平江县分局 is the bureau's branch in 平江县: one issuer, county level."""
    name = "a28_10_bureau_branch_in_a_county"
    assert values(name, "issuer", "level") == ("岳阳市自然资源和规划局平江县分局", "county")


@pytest.mark.parametrize("issuer, level", [
    ("岳阳市生态环境局岳阳县分局", "county"),
    ("长沙市公安局雨花区分局", "county"),
    ("昆明市生态环境局安宁市分局", "county"),        # a county-level city's branch
    ("岳阳市生态环境局", "municipal"),
    ("岳阳市生态环境局某某县分局", "municipal"),      # a place the table does not know: the bureau's level stays
])
def test_the_level_of_a_bureaus_branch(issuer, level):
    from analysis.parse.divisions import level_of_issuer
    assert level_of_issuer(issuer)[0] == level


@pytest.mark.parametrize("line, number", [
    ("主动公开明府办函〔2018〕84号", "明府办函〔2018〕84号"),
    ("依申请公开某府办〔2020〕3号", "某府办〔2020〕3号"),
    ("不予公开某政发〔2021〕9号", "某政发〔2021〕9号"),
    ("不公开某政发〔2021〕9号", "某政发〔2021〕9号"),
])
def test_how_a_document_is_published_is_no_part_of_its_number(line, number):
    from analysis.parse.metadata import canonical_number
    assert canonical_number(line) == number


def test_a_supporting_units_column_named_zhicheng():
    c = plan_corpus("一、主要任务\n1.推进城市更新项目。（牵头单位：某某街道，支撑单位：区规划资源局、区建设管理委）\n")
    assert rows(c.units, ["unit", "role"]) == [("某某街道", "lead"), ("区规划资源局", "supporting"), ("区建设管理委", "supporting")]


def test_a_list_of_bodies_keeps_a_bracketed_level_list_with_square_brackets():
    from analysis.parse.extract.units import split_units
    assert split_units("市河长制办公室,各县〔市、区〕人民政府,某新区管委会") == ["市河长制办公室", "各县〔市、区〕人民政府", "某新区管委会"]


@pytest.mark.parametrize("title, kind", [
    ("2006年《政府工作报告》要求重点做好的工作事项", "plan"),
    ("某某市2024年重点事项", "plan"),
    ("某某省2015年度省级预算执行和其他财政收支审计结果公告", "report"),
    ("某某市2023年度公开招聘考试成绩公告", "other"),
])
def test_a_list_of_work_items_is_a_plan_and_an_audit_results_announcement_a_report(title, kind):
    assert text_value(f"{title}\n为做好有关工作，特制定本文件。\n", "kind") == kind


def test_a_news_lead_naming_who_published_the_title_on_a_day_gives_its_issuer():
    src = ("国务院明确公共服务支出责任\n据新华社消息，国务院办公厅8日公布《基本公共服务领域支出责任划分改革方案》。\n"
           "以下为《方案》全文：\n基本公共服务领域支出责任划分改革方案\n一、主要内容\n（一）明确范围。内容。\n")
    assert source_value(src, "issuer") == "国务院办公厅"


@pytest.mark.parametrize("bullet", ["- ", "* ", "• ", ""])
def test_a_field_block_as_a_markdown_list_gives_its_fields(bullet):
    src = (f"\n{bullet}索 引 号:XM001-2012-003\n{bullet}发布机构:某某市民政局\n{bullet}公文生成日期:2012-03-26\n"
           "民政工作是重要工作。\n一、主要任务\n（一）加强救助。内容。\n")
    assert (source_value(src, "issuer"), source_value(src, "issue_date")) == ("某某市民政局", "2012-03-26")


def test_a_dash_that_is_no_bullet_opens_no_field():
    from analysis.parse.metadata import is_field_line
    assert is_field_line("- 发布机构:某某市民政局") and not is_field_line("-发布机构说明了有关情况")


@pytest.mark.parametrize("kind_word", ["规划", "方案", "计划", "意见", "要点", "纲要"])
def test_a_document_naming_itself_as_its_opening_paragraph_starts_gives_its_title(kind_word):
    src = (f"某某门户网站\n《某某市民政事业发展专项{kind_word}》（以下简称《{kind_word}》），期限为2011-2015年。本{kind_word}阐述发展重点。\n"
           "一、主要任务\n（一）加强救助。内容。\n")
    assert text_value(src, "title") == f"某某市民政事业发展专项{kind_word}"


def test_a_document_cited_with_another_short_name_is_not_the_title():
    src = ("某某门户网站\n《某某市民政事业发展专项规划》（以下简称《方案》），期限为2011-2015年。\n一、主要任务\n（一）加强救助。内容。\n")
    assert text_value(src, "title") != "某某市民政事业发展专项规划"


@pytest.mark.parametrize("heading, tasks_read", [
    ("“十一五”民政事业发展规划实施情况", []),
    ("十三五时期发展成就", []),
    ("“十四五”规划完成情况", []),
    ("“十二五”时期主要任务", [("（一）", "加强救助")]),   # names tasks, no review word
])
def test_a_five_year_plans_review_of_the_plan_before_it_holds_no_task(heading, tasks_read):
    c = plan_corpus(f"某某市“十二五”民政规划\n一、{heading}\n（一）加强救助。内容。\n（二）完善设施。内容。\n二、保障措施\n加强领导。\n")
    got = rows(c.tasks, ["task_no", "title"])
    assert got[:len(tasks_read)] == tasks_read and (bool(got) == bool(tasks_read))


def test_joint_issuers_listed_with_a_comma_open_the_title():
    src = "某某自治区党委、自治区人民政府关于推进乡村全面振兴的实施意见\n各盟市：\n一、总体要求\n（一）加强领导。内容。\n"
    assert text_value(src, "issuer") == "某某自治区党委、自治区人民政府"


@pytest.mark.parametrize("place", ["我市", "本县", "全区", ""])
def test_a_report_to_a_congress_under_its_meeting_line_is_a_report_of_its_year(place):
    src = ("2018年11月22日在某某市十七届人大常委会第十六次会议上\n市审计局局长某某\n主任、各位副主任、各位委员：\n"
           f"我受市人民政府委托，向市人大常委会报告{place}2017年度本级预算执行审计查出问题的整改情况，请予审议。\n"
           "一、整改工作总体情况\n（一）落实整改责任。内容。\n")
    assert (text_value(src, "kind"), text_value(src, "period_start"), text_value(src, "period_end")) == ("report", "2017", "2017")


def test_a_reports_part_on_its_main_problems_closes_it():
    src = "某某局2024年工作总结\n一、主要工作\n（一）完成甲项工作。内容。\n二、存在的主要问题\n基层力量还较薄弱。\n"
    assert rows(build_report(src).tasks, ["task_no", "title"]) == [("（一）", "完成甲项工作")]


@pytest.mark.parametrize("title, period", [
    ("某市“十五”交通发展规划", ("2001", "2005")),
    ("某市十五交通发展规划", ("2001", "2005")),
    ("某市“十五五”交通发展规划", ("2026", "2030")),
    ("某县十五项惠民措施实施方案", ("", "")),     # a count, not the tenth five-year plan
    ("某县十五条措施实施方案", ("", "")),
])
def test_the_tenth_five_year_plan_is_shiwu(title, period):
    src = f"{title}\n为做好工作，制定本规划。\n一、主要任务\n（一）加强建设。内容。\n"
    assert (text_value(src, "period_start"), text_value(src, "period_end")) == period


@pytest.mark.parametrize("word, level", [("盟", "municipal"), ("市", "municipal"), ("县", "county")])
def test_a_league_spoken_of_in_the_opening_is_municipal(word, level):
    src = (f"2024年森林防火工作方案\n为切实做好2024年全{word}森林草原防火工作，保障人民群众生命财产安全，结合实际，制定本方案。\n"
           "一、主要任务\n（一）加强巡护。内容。\n")
    assert text_value(src, "level") == level


# -- rules found on b33 and b34 after their first contact was recorded --

@pytest.mark.parametrize("title", ["西藏自治区关于进一步保障和改善民生的若干举措", "某某市优化营商环境十条举措"])
def test_measures_named_jucuo_end_a_plans_title(title):
    src = f"关于印发《{title}》的通知\n各部门：\n现将《{title}》印发给你们，请认真贯彻执行。\n某某办公室\n2025年8月5日\n"
    assert (text_value(src, "title"), text_value(src, "kind")) == (title, "plan")


@pytest.mark.parametrize("label", ["标题", "题目", "文件名称"])
def test_a_title_field_label_without_its_colon_is_no_part_of_the_title(label):
    src = f"{label}某某自治区“十三五”时期人力资源事业发展规划\n时间：2018-11-22\n为做好工作，制定本规划。\n一、主要任务\n（一）促进就业。内容。\n"
    assert text_value(src, "title") == "某某自治区“十三五”时期人力资源事业发展规划"


@pytest.mark.parametrize("closing", ["特此声明：", "免责声明：", "版权声明", "1. 本网转载并注明自其他来源的作品，不代表本网观点。"])
def test_a_sites_disclaimer_closing_the_page_lists_no_task(closing):
    src = (f"关于公布试点县名单的通知\n各省水利厅：\n经研究，现将试点县名单予以公布。\n某部办公厅\n2020年4月14日\n{closing}\n"
           "1. 本网转载并注明自其他来源的作品，目的在于传递更多信息。\n2. 请文章来源方确保投稿文章内容合法。\n")
    assert rows(plan_corpus(normalized(src)).tasks, ["task_no"]) == []


def test_a_notice_title_wrapped_over_two_lines_is_joined():
    src = "关于公布2020-2021年水系连通及农村水系\n综合整治试点县名单的通知\n某规计〔2020〕79号\n有关省水利厅：\n经研究，现予公布。\n"
    assert text_value(src, "title") == "关于公布2020-2021年水系连通及农村水系综合整治试点县名单的通知"


def test_a_wrapped_notice_title_under_its_opening_line_is_not_cut_there():
    src = "某某办公厅转发某某委\n关于某某班扩大规模\n有关问题请示的通知\n某办发〔1996〕32号\n各省人民政府：\n经研究，现予转发。\n"
    assert text_value(src, "title") != "关于某某班扩大规模有关问题请示的通知"


@pytest.mark.parametrize("title, kind", [
    ("某某县文旅局党组关于巡察反馈问题整改情况的通报", "report"),
    ("某局党组关于巡视整改进展情况的通报", "report"),
    ("关于2024年重点工作进展情况的通报", "report"),
    ("关于表彰2024年度先进集体的通报", "other"),
    ("某省某厅关于2023年度安全生产巡查发现问题整改情况的通报", "other"),  # (a circular on others' rectification)
])
def test_a_circular_on_rectification_reports_work_done(title, kind):
    assert text_value(f"{title}\n根据县委统一安排，现将有关情况通报如下。\n一、整改工作\n（一）落实责任。内容。\n", "kind") == kind


def test_a_party_group_opening_a_title_is_its_issuer():
    src = "某某县文旅局党组关于巡察反馈问题整改情况的通报\n根据县委统一安排，现将有关情况通报如下。\n一、整改工作\n（一）落实责任。内容。\n"
    assert text_value(src, "issuer") == "某某县文旅局党组"


@pytest.mark.parametrize("heading, tasks_read", [
    ("发展环境", [("（一）", "加强救助"), ("（二）", "完善设施")][:0]),
    ("发展环境和形势", []),
    ("优化发展环境", [("（一）", "加强救助"), ("（二）", "完善设施")]),
    ("发展环境保护产业", [("（一）", "加强救助"), ("（二）", "完善设施")]),
])
def test_a_plans_part_on_its_setting_fazhan_huanjing_is_background(heading, tasks_read):
    c = plan_corpus(f"某某规划\n一、{heading}\n（一）加强救助。内容。\n（二）完善设施。内容。\n二、主要任务\n（一）推进改革。内容。\n")
    assert rows(c.tasks, ["task_no", "title"])[:len(tasks_read)] == tasks_read
    assert len(c.tasks) == len(tasks_read) + 1


def test_a_reports_groups_over_numbered_items_over_circled_items_are_its_tasks():
    """A rectification report: （一） problem ⏎ 1. sub-problem ⏎ ① specific problem ⏎ 整改情况：…: the report's （一) items
    are its tasks, the levels under them details."""
    src = ("根据县委统一部署，县委巡察组对某局开展了巡察，现将整改情况报告如下。\n"
           "（一）落实决策部署有差距。\n1.学习贯彻不深入。\n①第一议题制度落实不到位。\n整改情况：已建立制度。\n"
           "②转办工作不力。\n整改情况：已完成。\n（二）基层治理有短板。\n1.网格管理不细。\n①网格员配备不足。\n整改情况：已补充。\n")
    assert rows(build_report(src).tasks, ["task_no", "title"]) == [("（一）", "落实决策部署有差距"), ("（二）", "基层治理有短板")]


@pytest.mark.parametrize("title, issuer", [
    ("2025年科技局工作总结", "科技局"),
    ("2024年度县委宣传部工作要点", "县委宣传部"),
    ("2024年县农业农村局工作计划", "县农业农村局"),
    ("2024年全市工作总结", ""),                 # no organ after the year
    ("2024年科技局创新成果汇编", ""),           # not the organ's own work
    ("2026年某某省政府工作报告", ""),           # the genre: delivered by the governor, no issuer named
])
def test_an_organ_after_a_titles_year_is_its_issuer(title, issuer):
    assert text_value(f"{title}\n一、主要工作\n（一）加强建设。内容。\n", "issuer") == issuer


def test_a_number_in_brackets_before_the_addressees_run_into_its_line_is_the_documents():
    src = ("某某市政府工作报告主要目标分解落实意见\n（某州政办发〔2010〕10号）各区人民政府，市政府各部门：\n"
           "现将分解落实意见印发给你们，请认真贯彻执行。\n一、主要任务\n（一）加强建设。内容。\n")
    assert text_value(src, "doc_number") == "某州政办发〔2010〕10号"


# -- the decimal outline's survivors of the fresh mutation run (seed 11), each pinned --

def test_a_body_with_three_headings_below_part_level_is_no_outline_even_after_a_long_contents():
    """The body's own count decides (not the contents' five, nor the body's part headings)."""
    contents = "1 总则\n1.1 目的\n1.2 原则\n2 措施\n2.1 报告\n2.2 处置\n2.3 保障\n"
    body = "1 总则\n1.1 目的\n内容。\n1.2 原则\n内容。\n2 措施\n2.1 报告\n内容。\n"
    assert _outline(contents + body)[1] is None


def test_a_part_heading_candidate_holding_a_colon_is_none():
    assert _candidate("3 会议时间10:30") is None and _candidate("3 会议安排") == ((3,), 2)


def test_a_part_with_its_child_after_a_decimal_number_is_not_split_there():
    text = "7附则3.1总则1.1目的\n"  # (1总则1.1 follows 3. : the 1 is a number's second part, no part's number)
    assert len(split_run_in_heads([(0, len(text), text.strip())], text)) == 1


def test_a_contents_entry_holding_a_stop_ends_the_contents():
    assert _run_in_contents("预案目录1总则1.1目的1.2原则。为了2措施2.1报告2.2处置") == {}


def test_contents_entries_separated_by_tabs():
    assert _run_in_contents("预案目录1总则\t1.1目的\t1.2原则\t2措施\t2.1报告\t2.2处置") == {
        (1,): "总则", (1, 1): "目的", (1, 2): "原则", (2,): "措施", (2, 1): "报告", (2, 2): "处置"}


def test_the_body_is_the_run_with_most_headings_below_part_level_not_the_longest():
    """A run of seven bare parts (1 … 7, text under each) before the outline (1 ⏎ 1.1 ⏎ 1.2 ⏎ 2 ⏎ 2.1 ⏎ 2.2): the
    outline is the run with headings below part level, though the other run is longer."""
    parts = "".join(f"{k} 第{k}部分\n内容。\n" for k in range(1, 8))
    body = "1 总则\n1.1 目的\n内容。\n1.2 原则\n内容。\n2 措施\n2.1 报告\n内容。\n2.2 处置\n内容。\n"
    lines, outline = _outline(parts + body)
    assert outline is not None and [h.no for h in outline.heads] == ["1", "1.1", "1.2", "2", "2.1", "2.2"]


def test_a_notice_whose_task_word_ends_a_clause_is_no_task_notice():
    """``_TASK_NOTICE`` refuses a comma between the task word and 的通知 (seed 11's survivor): 关于压实任务，抓好落实的通知
    asks for action in general; 关于压实任务抓好落实的通知 hands out tasks (a plan)."""
    body = "\n各单位：\n现将有关事项通知如下。\n一、主要任务\n（一）加强建设。内容。\n"
    assert (text_value("关于压实任务，抓好落实的通知" + body, "kind"), text_value("关于压实任务抓好落实的通知" + body, "kind")) == (
        "other", "plan")


# -- rules found on b35 and b36 after their first contact was recorded --

@pytest.mark.parametrize("note", ["审议稿", "报批稿"])
def test_a_drafts_note_stays_in_its_title(note):
    src = f"某某市公共数据授权运营实施方案（{note}）\n为规范数据运营，制定本方案。\n一、主要任务\n（一）建立制度。内容。\n"
    assert text_value(src, "title") == f"某某市公共数据授权运营实施方案（{note}）"


@pytest.mark.parametrize("title, kind", [
    ("某某市水利局关于做好换发取水许可证工作有关事项的通知", "other"),   # matters to mind: requirements
    ("某某市水利局关于做好2024年防汛工作的通知", "plan"),                 # a notice arranging the work
])
def test_a_notice_of_matters_is_no_plan(title, kind):
    assert text_value(f"{title}\n各区县水利局：\n现将有关事项通知如下。\n一、关于编号\n按规定编号。\n", "kind") == kind


def test_a_sharing_pages_date_views_size_and_pages_are_cut_from_a_title():
    src = "2024-06-16999+15.62KB14页海报市应急管理局2024年工作要点\n一、主要任务\n（一）加强防范。内容。\n"
    assert text_value(src, "title") == "市应急管理局2024年工作要点"
