"""Rules of the second round on first contact (issue 15): one invented document per convention
(tests/data/synthetic/conventions/r01–…, written for these rules, in their own words); the expected
values were written by reading each document, so breaking a rule breaks its test. Each document is
read as a file the manifest does not list, so its metadata comes from its own text."""
from convention_docs import (
    read as _read, corpus as _corpus, field as _field, value as _value, values as _values, rows as
    _rows, tasks as _tasks, warnings as _warnings)


# -- tasks ---------------------------------------------------------------------------------

def test_a_cover_that_asks_as_follows_gives_instructions_not_tasks():
    """r01: 关于印发…任务清单的通知, 现将有关事项通知如下： then the notice's own 1. 2. 3. (各单位要…) up to
    its signature: instructions about the list, not its tasks; the list's own 1. 2. after the signature
    and its title are the tasks."""
    name = "r01_cover_asks_as_follows"
    assert _tasks(name) == [("1", "开展文物安全隐患排查"), ("2", "完善文物消防设施")]
    said = [m for m in _warnings(name, "tasks_uncertain") if "instruction of the cover notice (after its 通知如下)" in m]
    assert [m.split("item ")[1][:4] for m in said] == ["1.提高", "2.细化", "3.按时"]


# -- level -----------------------------------------------------------------------------------

def test_the_division_the_opening_calls_its_own_is_the_level():
    """r02: no issuer, a title without a place; the opening names the province's bodies whose
    deployment it carries out (省委、省政府), then 结合我县实际: the author is a county's."""
    assert _value("r02_own_division_in_opening", "level") == "county"
    assert "我县, its own division" in _field("r02_own_division_in_opening", "level").rule


def test_a_regions_addressees_give_the_level():
    """r03: a page's furniture lines first, then 各市、县人民政府，各有关单位：, the addressees of a province's or
    region's government (the 县 in them is no author); r03d: 自治区人民政府各组成部门、各直属机构：."""
    for name in ("r03_addressees_of_a_region", "r03d_addressees_the_regions_departments"):
        assert _value(name, "level") == "provincial"
        assert _field(name, "level").rule.startswith("addressees name a 省")


def test_an_addressee_line_is_no_opening_paragraph():
    """r03c: 各盟、旗人民政府，自治区各委…： names the bodies the region writes to; the 旗 in it is no author:
    no level is read (rather than a county's)."""
    assert _value("r03c_addressee_line_is_no_opening", "level") == ""


def test_an_autonomous_region_calls_itself_qu():
    """r03b: 在自治区党委的正确领导下，我区…: 我区 is the autonomous region, not a district."""
    assert _value("r03b_region_calls_itself_qu", "level") == "provincial"


def test_the_body_a_report_works_under_gives_the_level_when_nothing_else_does():
    """r04: a report without title or issuer, 我局在县委县政府的正确领导下: a county's bureau."""
    assert _value("r04_leadership_only", "level") == "county"
    assert "the body the author works under" in _field("r04_leadership_only", "level").rule


# -- title -------------------------------------------------------------------------------------

def test_a_title_line_that_ends_the_covers_title_lost_its_first_line():
    """r05: after the cover, the plan's title over two lines whose first (某省…工作计划) reads as a title
    of its own: the line 实施方案（2024—2026年） alone is the end of the title the cover names."""
    name = "r05_title_wraps_after_the_cover"
    assert _value(name, "title") == "某省农村供水保障工作计划实施方案（2024—2026年）"
    assert _field(name, "title").confidence == "high"  # the cover names the same title


def test_a_reports_heading_below_its_covering_letter_without_the_organ_above_it():
    """r05b: a letter 关于报送…自查报告的函 names the report 《2023年森林防火工作自查报告》（附后）随函报送;
    the report below is printed 某市林业局 ⏎ 2023年…自查报告: the organ is its author, the title the
    cover's."""
    name = "r05b_report_below_its_covering_letter"
    assert _values(name, "title", "issuer", "kind", "period_start") == (
        "2023年森林防火工作自查报告", "某市林业局", "report", "2023")
    # r05c: an organ run into the title's own line is printed as the title: kept
    assert _value("r05c_organ_run_into_the_title_line", "title") == "某县生态环境分局农村生活污水治理三年行动方案（2024-2026年）"


def test_a_news_item_that_carries_a_plans_text_is_the_plan():
    """r06: a news lead (近日，…印发了《X》) and 《X》主要内容如下。 then X's own text: the page is X, a plan
    for 2024–2025 with its tasks; the issuer is the office the release sentence names (a release sentence is no
    body sentence: tests/realworld/README.md, decided in round 21; this test read no issuer before)."""
    name = "r06_news_carrying_a_plan"
    assert _values(name, "title", "kind", "period_start", "period_end", "level", "issuer") == (
        "某县全民健身设施补短板实施方案（2024—2025年）", "plan", "2024", "2025", "county", "县政府办公室")
    assert _tasks(name) == [("（一）", "建设一批体育公园"), ("（二）", "完善社区健身设施")]


# -- reports -----------------------------------------------------------------------------------

def test_a_reports_theme_parts_are_its_tasks_over_their_yishi_paragraphs():
    """r07: parts named for their theme (一、强化组织领导，法治建设责任有效压实), each over 一是/二是
    paragraphs: the parts are the units of work, the 一是 items their details; 存在的问题 is no work."""
    assert _tasks("r07_report_theme_parts_with_yishi") == [
        ("一", "强化组织领导，法治建设责任有效压实"), ("二", "规范执法行为，严格公正文明执法水平明显提升")]


def test_a_reports_situation_part_is_background():
    """r08: 一、全县汛期雨情水情形势 (the year's rain and water levels) is background, not work done; the
    work part's （一）（二） are the tasks."""
    assert _tasks("r08_report_situation_part") == [("（一）", "压实防汛责任"), ("（二）", "加强隐患排查")]


# -- period ------------------------------------------------------------------------------------

def test_a_years_list_of_a_longer_plan_without_its_years_covers_that_year():
    """r09: …三年行动2024年度重点任务清单: the three-year plan gives no years, the list is 2024's."""
    assert _values("r09_year_list_of_a_longer_plan", "period_start", "period_end") == ("2024", "2024")


# -- one-line pages ------------------------------------------------------------------------------

def test_a_one_line_page_gets_its_lines_back():
    """r10: a whole notice on one line — title, 发布日期 and 来源 fields, 文号 (after the 来源 value), addressees,
    cover sentence, signature, the plan's title, its parts and groups with notes: each read as on a page
    with its line breaks."""
    name = "r10_one_line_page"
    assert _values(name, "title", "issuer", "issue_date", "published_date", "doc_number", "level", "kind",
                   "period_start") == ("某县2024年农村公路养护工作方案", "某县人民政府办公室", "2024-03-01", "2024-03-05",
                                       "某政办发〔2024〕8号", "county", "plan", "2024")
    assert _tasks(name) == [("（一）", "开展路况排查"), ("（二）", "实施危桥改造"), ("（三）", "整治路域环境")]
    units = _rows(_corpus(name).units, ["task_seq", "unit"])
    assert units == [(1, "县交通运输局"), (2, "县交通运输局"), (2, "各乡镇人民政府"), (3, "各乡镇人民政府")]
    doc = _read(name)[0]
    assert doc.text.split("\n")[:4] == ["某县人民政府办公室关于印发某县2024年农村公路养护工作方案的通知", "某政办发〔2024〕8号",
                                        "各乡镇人民政府，县直各单位：", "现将《某县2024年农村公路养护工作方案》印发给你们，请认真抓好落实。"]
    assert any(r.kind == "one_line_page" for r in doc.repairs)


def test_a_one_line_report_with_a_page_marker_and_a_lost_item():
    """r11: 第1页共4页 glued to the title, the title run into 今年，…, parts and items inline; the source
    lost item （三）: （四） after a sentence end still starts a line."""
    name = "r11_one_line_report"
    assert _values(name, "title", "kind", "period_start", "level") == ("县林业局2023年工作情况报告", "report", "2023", "county")
    assert _tasks(name) == [("（一）", "森林资源保护有新进展"), ("（二）", "国土绿化扎实推进"), ("（四）", "林业改革稳步推进")]
    assert "第1页共4页" not in _read(name)[0].text  # the page marker is page furniture


def test_ordinary_lines_are_left_as_they_are():
    """A text with its line breaks gets none: a long paragraph holding 。（二） is no one-line page."""
    from analysis.parse.one_line import one_line_breaks
    paragraph = "为做好工作，现提出以下意见：（一）加强领导。" + "落实责任，" * 40 + "做好春耕。（二）加强保障。"
    assert one_line_breaks("某县关于做好春耕工作的意见\n" + paragraph + "\n一、总体要求\n" + "做好春耕。" * 40) == []
    # alone on its page, the same paragraph is one: its items start lines, ① ② too
    assert one_line_breaks(paragraph) == [paragraph.index("（一）"), paragraph.index("（二）")]
    circled = paragraph.replace("（一）", "①").replace("（二）", "②")
    assert one_line_breaks(circled) == [circled.index("①"), circled.index("②")]


# -- notices -------------------------------------------------------------------------------------

def test_a_notice_that_divides_a_cited_plan():
    """r12: 某省人民政府关于落实《…第十四个五年规划纲要》主要目标任务分工的通知 issues nothing else: its own
    title, a plan, of the cited plan's years (2021–2025, flagged: they may not be its own); 一、分工原则's
    （一）（二） are principles, the 1. items under 二、 the tasks."""
    name = "r12_division_of_a_cited_plan"
    assert _values(name, "title", "kind", "period_start", "period_end") == (
        "某省人民政府关于落实《某省国民经济和社会发展第十四个五年规划纲要》主要目标任务分工的通知", "plan", "2021", "2025")
    assert _field(name, "title").rule.startswith("notice title")
    assert _field(name, "period_start").confidence == "low"
    assert _tasks(name) == [("1", "推进制造业转型升级"), ("2", "加快综合交通网络建设")]
    # r12b: the excerpt ends in 一、分工原则: its （一）（二） are principles, no tasks
    assert _tasks("r12b_division_principles_only") == []


# -- numbering written in other forms ------------------------------------------------------------

def test_items_numbered_with_circled_digits_and_a_closing_bracket():
    """r13: 二、's items numbered ①②, 三、's 1）2）, each with its note: all four are tasks (the ①
    section is not demoted to goal text for being shallower than the 1） one: its items are assigned)."""
    assert _tasks("r13_circled_and_bracket_numbers") == [
        ("①", "抓好种子供应"), ("②", "抓好农资保障"), ("1", "开展技术指导"), ("2", "做好气象服务")]
    units = _rows(_corpus("r13_circled_and_bracket_numbers").units, ["task_seq", "unit"])
    assert units == [(1, "县种子站"), (2, "县农业执法大队"), (3, "县农技中心"), (4, "县气象局")]
    assert not _warnings("r13_circled_and_bracket_numbers", "task_numbering")  # ② follows ①


def test_a_plan_written_in_articles():
    """r14: 第一条 (purpose) … 第五条 (effect): the articles assigned to units are the tasks, the others
    frame the plan; no numbering warning for the framing article the tasks follow."""
    name = "r14_plan_in_articles"
    assert _tasks(name) == [("第二条", "支持企业技术改造"), ("第三条", "支持企业创新研发"), ("第四条", "支持企业开拓市场")]
    assert _rows(_corpus(name).units, ["task_seq", "unit"])[:2] == [(1, "市工业和信息化局"), (1, "市财政局")]
    assert not _warnings(name, "task_numbering")


def test_a_plan_in_chapters_is_no_set_of_rules():
    """r15: a 规划 in chapters (第一章 发展基础 · 第二章 主要任务 > 第一节 > 一、 · 第三章 保障措施 > 一、): not
    rules (it has no articles); the 一、 items of the task chapter are the tasks, numbered again in each
    节 (no numbering warning), the 保障措施 chapter's items are no tasks."""
    name = "r15_plan_in_chapters"
    assert _tasks(name) == [("一", "加强风险监测预警"), ("二", "开展隐患排查治理"), ("一", "建强综合救援队伍")]
    assert not _warnings(name, "section_numbering") and not _warnings(name, "no_tasks")


def test_the_units_a_table_assigns_give_the_level_when_nothing_else_does():
    """r16: a task table with no title organ, issuer or opening: every unit it names is a 县's
    (县住房和城乡建设局, 县公安局 …): a county's table."""
    name = "r16_level_from_the_units"
    assert _value(name, "level") == "county"
    assert _field(name, "level").rule.startswith("units the text names are a 县's")
    assert _field(name, "level").confidence == "medium"  # (县 fixes the level; 市 would not)


def test_a_one_line_notice_with_its_signature_note_and_items_numbered_on_across_parts():
    """r17: one line; （此件公开发布） after the cover's signature, then the plan's title and its text;
    the 1. items go on numbering across the parts (二、…3.…): all four start lines and are tasks."""
    name = "r17_one_line_items_numbered_on"
    assert _values(name, "title", "issuer", "issue_date", "kind", "period_start") == (
        "某市2024年社区养老服务工作要点", "某市民政局", "2024-02-28", "plan", "2024")
    assert _tasks(name) == [("1", "新建社区养老服务站"), ("2", "改造老年助餐点"), ("3", "培训养老护理员"),
                            ("4", "开展服务质量评估")]
    assert "（此件公开发布）" in _read(name)[0].text.split("\n")


# -- what the reader is told ---------------------------------------------------------------------

def test_items_of_a_document_neither_plan_nor_report_are_flagged():
    """r18: a speech (…会议上的讲话, a title of its own), kind other: its （一）（二） are read as tasks, and the reader is told
    they are a reading (a speech's points may not be a plan's tasks)."""
    name = "r18_speech_items"
    assert _values(name, "title", "kind") == ("在全县防汛工作会议上的讲话", "other")
    assert _tasks(name) == [("（一）", "抓好隐患排查"), ("（二）", "抓好物资储备")]
    assert any("read as other, not as a plan or a report" in m for m in _warnings(name, "tasks_uncertain"))


def test_the_phases_of_the_work_are_no_tasks():
    """r19: 三、分步推进 (no standard word) holds （一）动员部署阶段（2024年3月）… : the plan's schedule, not tasks;
    the tasks are 二、's items."""
    assert _tasks("r19_phases_are_no_tasks") == [("（一）", "推进厕所革命"), ("（二）", "治理生活垃圾")]


def test_a_rectification_plans_problems_and_indicators_are_no_tasks():
    """r20: an 整改方案 lists 一、基本情况, 二、存在的主要问题 and 三、主要指标 (each 1. 2.) before 四、整改措施: only the
    measures, assigned to units, are tasks."""
    assert _tasks("r20_problems_and_indicators") == [("1", "规范村级资金管理"), ("2", "落实惠民惠农政策")]


# -- deadlines -----------------------------------------------------------------------------------

def test_a_deadline_without_a_year_closing_a_unit_list():
    """r21: …责任单位：A，B，6月底完成） (a labelled list) and （A牵头，B配合，9月底前完成） (unlabelled): the
    last comma piece is the deadline, not a unit; the year is the plan's one-year period (2024)."""
    corpus = _corpus("r21_deadline_closing_a_unit_list")
    assert _rows(corpus.units, ["task_seq", "unit", "role"]) == [
        (1, "州市场监管局", "lead"), (1, "州政务服务中心", "responsible"), (1, "各县市人民政府", "responsible"),
        (2, "州住房和城乡建设局", "lead"), (2, "州自然资源局", "supporting")]
    assert _rows(corpus.deadlines, ["task_seq", "date"]) == [(1, "2024-06-30"), (2, "2024-09-30")]


def test_a_news_lead_that_names_the_notice_it_carries():
    """r22: 近日，某省人民政府发布关于2024年重点工作及责任分解的通知。 then the notice's items: the page is
    that notice, a plan of 2024 (it hands out tasks)."""
    name = "r22_news_lead_names_a_notice"
    assert _values(name, "title", "kind", "period_start", "period_end") == (
        "关于2024年重点工作及责任分解的通知", "plan", "2024", "2024")
    assert _tasks(name) == [("1", "地区生产总值增长百分之六左右"), ("2", "固定资产投资增长百分之五以上")]


def test_a_cover_sentence_names_the_document_whatever_made_it():
    """r23: a cover page without a title line: …研究编制了《2024年政务公开工作任务分解表》，现印发给你们: X is
    the title, a plan of 2024 (the 分解表 itself is not on the page)."""
    name = "r23_cover_sentence_any_verb"
    assert _values(name, "title", "kind", "period_start", "period_end") == (
        "2024年政务公开工作任务分解表", "plan", "2024", "2024")
    # r23b: 《A》和《B》，现印发给你们 issues two documents: neither is the page's title
    assert _value("r23b_cover_issues_two_documents", "title") == ""


def test_the_pieces_of_a_document_sharing_page_are_one_text_again():
    """r24: a sharing site's wrapper line, then pieces 1、 2、 of one run-together report, the first cut
    mid-word (水利 ⏎ 2、工程): the pieces are joined (the word whole again) and the text is read as a one-line
    page — title, part 一、, its （一）（二） the tasks (一是/二是 inline are their details)."""
    name = "r24_docshare_pieces_of_a_report"
    assert _values(name, "title", "kind", "period_start") == ("某县水利局2023年工作总结", "report", "2023")
    assert _tasks(name) == [("（一）", "加强防汛抗旱工作"), ("（二）", "推进河湖长制落实")]
    text = _read(name)[0].text
    assert "水利工程建设管理" in text and "2、" not in text
    assert _field(name, "title").rule == "title line in the front matter"  # (a line of its own after the wrapper)


# -- kind without a title ------------------------------------------------------------------------

def test_the_kind_from_an_opening_that_makes_a_plan_or_looks_back():
    """r25: no title; the opening 现就…提出以下意见: a plan (an 意见). r25b: no title; the opening 今年以来，…
    looks back: a report, but only a weak reading (a plan's background may open so): flagged low."""
    assert _value("r25_kind_from_the_opening", "kind") == "plan"
    assert _field("r25_kind_from_the_opening", "kind").confidence == "medium"
    assert _value("r25b_opening_looks_back", "kind") == "report"
    assert _field("r25b_opening_looks_back", "kind").confidence == "low"


def test_an_organ_written_with_its_term():
    """r26: 十四届某省人大常委会关于…五年规划（2023—2027）: the organ is 某省人大常委会 (its term 十四届 is no part of
    its name), a province's; period in brackets without 年."""
    assert _values("r26_organ_with_its_term", "issuer", "level", "period_start", "period_end") == (
        "某省人大常委会", "provincial", "2023", "2027")
