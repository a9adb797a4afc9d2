"""Mutation round 10 (issue 15), the text readers: whole rule tables pinned, one parametrized test per table.

A fresh sample of mutants meets mostly alternatives no earlier round pinned, so this round takes the rule tables of
the corpus reader, the structure reader, one-line pages, flattened tables and the units reader (a regex
alternation, a character class, a tuple of words), biggest first, and runs **every** alternative of each: one short
text per alternative, written for it in my own words, asserting the value a reader sees (a line kept or removed, a
task, a unit, a break). Dropping any one alternative fails its case. Alternatives that cannot change behaviour are
listed with the reason in ``scripts/mutation_equivalent.md``."""
import pytest

from convention_docs import normalized


# == the corpus reader (analysis/parse/corpus.py) =============================================================

_TITLE = "某市河湖管护工作方案"
_BODY = "一、总体要求\n坚持系统治理，统筹推进河湖管护。\n"


def _front(line: str) -> list[str]:
    """The first lines of a plan with ``line`` between its title and its first part, normalized."""
    return normalized(f"{_TITLE}\n{line}\n{_BODY}").split("\n")[:3]


# the labels of a page's field block (``_FURNITURE_LABELS``), each written as a page writes it; the five a byline
# may open with (编辑 审核 校对 来源 责任编辑) with a > (a byline takes a space or a colon after them)
_LABEL_LINES = [f"{w}：某市水利局" for w in (
    "信息来源", "文章来源", "稿件来源", "发布时间", "发布日期", "发布机构", "发布单位", "发布者", "作者", "公开方式",
    "公开时限", "公开范围", "公开日期", "统一登记号", "字号", "浏览次数", "点击数", "阅读次数", "访问量", "所在位置",
    "扫一扫", "分享到", "分享至", "所属机构", "有效性", "日期", "文字大小", "上传人", "上传时间", "编号")] + [
    f"{w}>某市水利局" for w in ("来源", "责任编辑", "编辑", "审核", "校对")] + [
    "发布机构 某市水利局", "发布机构\t某市水利局"]

# a law database's field names run into their values (``_FIELD_NAMES``)
_FIELD_NAME_LINES = ["索引号11140400MB1957464L/2024-00012", "主题分类水利", "时效性现行有效", "效力级别地方规范性文件",
                     "施行日期2024年3月1日", "发文机关某市人民政府", "发文日期2024年3月1日", "发文字号某政发〔2024〕3号",
                     "成文日期2024年2月20日", "发布机关某市人民政府", "公布日期2024年3月1日", "实施日期2024年4月1日",
                     "打印本页", "关闭窗口", "打印文本", "【打印】", "【关闭】", "[打印]", "[关闭]"]

# the other furniture of ``_FURNITURE``, one line per alternative and character
_PAGE_LINES = [
    # where the page sits, run into the first place (您的位置首页…)
    "您的位置首页 政务公开", "您当前的位置首页 政务公开", "您现在的位置首页 政务公开", "您现在所在的位置首页 政务公开",
    "当前位置首页 政务公开",
    # the home page and one place after it
    "首页>通知公告", "首页＞通知公告", "首页/通知公告", "首页»通知公告",
    # a font-size control
    "【大 中 小】", "[大 中 小]",
    # three places or more, any separator
    "政务公开 > 通知公告 > 正文", "政务公开＞通知公告＞正文", "政务公开»通知公告»正文", "政务公开>>通知公告>>正文",
    # a site's greeting
    "欢迎访问某市水利局网站", "欢迎光临某市水利局网站", "欢迎来到某市水利局网站", "您好！欢迎访问某市水利局网站",
    "您好!欢迎访问某市水利局网站",
    # a document-sharing site's record
    "VIP专免", "海报", "侵权投诉", "举报", "下载文档", "文档下载", "29.51KB", "1.2MB", "512kB", "3mB", "24 页", "24\t页",
    "999+", "1.2万+", "3w+", "3W+", "5k+", "5K+", "第1页 共3页", "共3页 第1页",
    # a news item's byline in brackets, and a site's footer
    "（记者 王明）", "（通讯员 李华）", "（编辑 王明）", "（责任编辑 王明）", "（审核 李华）", "（校对 张强）",
    "（来源 某市水利局）", "（编辑：王明）", "（编辑\t王明）",
    "京ICP备12345678号", "京公网安备11010502030143号", "版权所有 某市水利局", "Copyright 2024 某市水利局",
    "技术支持：某某网络公司", "主办单位：某市水利局",
    # a document-sharing site's wrapper
    "《某市河湖管护工作方案.docx》由会员分享", "《某市河湖管护工作方案.doc》由会员分享", "《某市河湖管护工作方案.pdf》在线阅读",
    "《某市河湖管护工作方案.wps》来自文库", "《某市河湖管护工作方案.txt》免费下载",
    # an image's file name
    "图片1.jpg", "图片1.jpeg", "图片2.png", "图片3.gif", "图片4.bmp", "图片5.webp", "IMG_0153.JPG", "IMG_0154.PNG",
    "IMG_0155.GIF", "IMG_0156.BMP", "IMG_0157.WEBP", "IMG-0158.JPEG", "河湖巡查（一）.png", "图片1.2.gif",
    # a line of a page's controls only
    "无障碍浏览", "无障碍阅读", "无障碍", "手机版", "移动版", "长者版", "适老版", "关怀版", "进入适老化模式", "适老化模式",
    "联系我们", "简体", "繁体", "搜索位置", "匹配度", "排序", "搜索", "登录", "注册", "首页", "返回顶部", "返回", "打印",
    "关闭", "收藏", "导航菜单", "网站导航", "栏目导航", "分享", "网站地图", "English", "字体", "字体 大 中 小",
    "简体 | 繁体", "简体｜繁体", "简体/繁体", "登录>注册", "登录＞注册", "简体\t繁体",
    "简体 |", "简体｜", "简体/", "简体>", "简体＞", "简体 ", "简体\t",
]

_PLACE_24 = "河湖长制工作领导小组办公室通知公告与政策解读文件"  # 24 characters, a place segment's longest
_BYLINE_40 = "王明、" * 13 + "李"  # 40 characters, a byline's longest
# the spaces and tabs each branch allows: before a line's furniture, between its words and signs, after it
_SPACED_LINES = [
    " 发布机构：某市水利局", "\t发布机构：某市水利局", "发布机构 ：某市水利局", "发布机构\t：某市水利局",
    " 首页>通知公告", "\t首页>通知公告", " 您的位置首页 政务公开", "\t您的位置首页 政务公开",
    f"政务公开 > {_PLACE_24} > 正文", f"政务公开\t>\t{_PLACE_24}\t>\t正文",
    f"政务公开 > 通知公告 > {_PLACE_24} ", f"政务公开 > 通知公告 > {_PLACE_24}\t", "政务公开 > 通知公告 > 正文 >", "政务公开 > 通知公告 > 正文＞", "政务公开 > 通知公告 > 正文»",
    " 欢迎访问某市水利局网站", "\t欢迎访问某市水利局网站", "您好！ 欢迎访问某市水利局网站", "您好！\t欢迎访问某市水利局网站",
    "您好，欢迎访问某市水利局网站",
    " VIP专免", "\tVIP专免", "29.51 KB", "29.51\tKB", "第1页\t共3页", "共3页\t第1页", "海报 ", "海报\t",
    " （记者 王明）", "\t（记者 王明）", f"（记者 {_BYLINE_40}）", f"（记者 {_BYLINE_40}） ", f"（记者 {_BYLINE_40}）\t",
    " 《某市河湖管护工作方案.docx》由会员分享", "\t《某市河湖管护工作方案.docx》由会员分享",
    " 图片1.jpg", "\t图片1.jpg", "图片1.jpg ", "图片1.jpg\t",
]


@pytest.mark.parametrize("line", _LABEL_LINES + _FIELD_NAME_LINES + _PAGE_LINES + _SPACED_LINES)
def test_a_page_s_furniture_above_the_first_part_goes(line):
    """``_FURNITURE``, every label, field name, place word, control and sign: a line of the web page the plan was
    copied from (发布机构：某市水利局, 首页>通知公告, 京ICP备…, 图片2.png, 无障碍 …) between the title and the first
    part is no line of the plan; the title and the part stay."""
    assert _front(line) == [_TITLE, "一、总体要求", "坚持系统治理，统筹推进河湖管护。"]


def test_a_label_before_a_table_s_bar_is_a_header_cell():
    """``_FURNITURE``'s bars after a label: 编号 | 工作事项 | 牵头部门 under the last part is a table's header, not a
    page's field (编号 …): it stays."""
    headers = ["编号 | 工作事项 | 牵头部门", "编号 ｜ 工作事项 ｜ 牵头部门", "编号  | 工作事项 | 牵头部门",
               "编号\t\t| 工作事项 | 牵头部门"]
    text = f"{_TITLE}\n一、主要任务\n" + "".join(f"{h}\n1 | 清理河道垃圾 | 市水利局\n" for h in headers)
    assert [ln for ln in normalized(text).split("\n") if ln.startswith("编号")] == headers


_SENTENCES = ([f"发布机构：本方案由市水利局负责解释{c}" for c in "。！？"]
              + [f"当前位置：全市河湖水质总体良好{c}" for c in "。！？"]
              + [f"水质目标{c}达标率 > 九成 > 八成" for c in "。，；！？"]
              + [f"达标率 > 九成{c}优良率 > 八成" for c in "。，；！？"])


@pytest.mark.parametrize("line", _SENTENCES)
def test_a_line_that_carries_a_sentence_is_no_furniture(line):
    """``_FURNITURE``'s sentence signs: a line opening with a page label or a place word, or holding two >, that
    carries a sentence (…负责解释。, 达标率 > 九成，优良率 > 八成) is the plan's text: it stays."""
    assert line in normalized(f"{_TITLE}\n{line}\n{_BODY}")


# == the structure reader (analysis/parse/structure.py) =======================================================

def _clauses(line: str) -> list[str]:
    """The clause texts of the task （一）清理河道垃圾。``line``, as the corpus tables give them."""
    from convention_docs import plan_corpus
    c = plan_corpus(normalized(f"{_TITLE}\n一、主要任务\n（一）清理河道垃圾。{line}\n"))
    return list(c.clauses.text)


_OPEN, _CLOSE = "（〔【[", "）〕】]"
# a labelled note (责任单位：…, 完成时限…), in each bracket
_LABELLED_NOTES = ([f"（{w}单位：市水利局）" for w in ("责任", "牵头", "配合", "主责", "协办", "协同", "协作", "参与")]
                   + ["（完成时限2024年底）", "（完成时间2024年底前）", "（时限：2024年底）"]
                   + [f"{o}牵头单位：市水利局{c}" for o, c in zip(_OPEN, _CLOSE)])
# an unlabelled note closed by a verb that assigns, then a sign, in each bracket (the note mid-line)
_VERB_NOTES = ([f"（市水利局{v}）" for v in ("牵头", "牵头督导", "牵头推进", "牵头组织", "牵头抓总", "负责", "配合", "参与",
                                          "协办", "协助", "落实")]
               + ["（市水利局牵头，市财政局配合）", "（市水利局牵头；市财政局配合）", "（市水利局牵头、市财政局配合）"]
               + [f"{o}市水利局负责{c}" for o, c in zip(_OPEN, _CLOSE)] + [f"{o}市水利局负责。{c}" for o, c in zip(_OPEN, _CLOSE)])
# a note whose standing rule follows a full stop (…负责。以下各项均按此分工，不再列出。)
_STANDING_NOTES = ([f"（市水利局{v}。以下各项均按此分工，不再列出。）" for v in ("牵头", "负责", "配合", "参与")]
                   + [f"（市水利局牵头，各县区负责。以下各项均按此分工，{w}）" for w in (
                       "不再列出", "不再一一列出", "不再重复列出", "不再做分工", "下同。")]
                   + [f"{o}市水利局牵头，各县区负责。以下各项均按此分工，不再列出{c}" for o, c in zip(_OPEN, _CLOSE)])
# a list of units with its rule for reading them (…，排第一的为牵头单位)
_RULED_LISTS = (["（市水利局、市财政局，排第一的为牵头单位）", "（市水利局、市财政局。列第一位的为牵头部门）",
                 "（市水利局、市财政局；除标注外均为责任单位）", "（市水利局、市财政局，排第一的为主办，下同）"]
                + [f"{o}市水利局、市财政局，排第一的为牵头单位{c}" for o, c in zip(_OPEN, _CLOSE)])


# a note with one bracket inside it (各县（市）…, 各市、县〔区〕…)
_NESTED_NOTES = ["（牵头单位：各县（市）水利局）", "（牵头单位：各市、县〔区〕水利局）", "（各县（市）水利局负责）",
                 "（各市、县〔区〕水利局负责）"]


@pytest.mark.parametrize("note", _LABELLED_NOTES + _VERB_NOTES + _STANDING_NOTES + _RULED_LISTS + _NESTED_NOTES)
def test_a_note_that_assigns_the_clause_is_set_apart_from_its_text(note):
    """``_RESP_PAREN``, every label, verb, standing word and bracket: a clause 每月组织巡查一次 closed by a note that
    names who does it or by when (（协作单位：…）, 【市水利局负责】, （市水利局牵头督导）, （…，不再一一列出）) is the
    clause's note; the clause's text is the sentence alone, and the text after the note is a clause of its own."""
    assert _clauses(f"每月组织巡查一次{note}，并通报结果。")[:2] == ["每月组织巡查一次", "，并通报结果。"]


_UNIT_NAMES = ["市水利局", "市消防救援支队", "市水利局河湖处", "市有关部门", "市直有关单位", "市卫健委", "省交通运输厅",
               "市政府办公室", "市水文水资源勘测所", "市环境监测站", "市规划设计院", "市河长办", "市政务服务中心", "各县人民政府",
               "市水务集团公司", "市统计署", "市河湖管护专班工作组", "市水利局办公科", "县水利局财务股", "市委宣传部",
               "市红十字会", "市科协", "市文联", "市供销社", "市博物馆", "各县市区", "各县区", "各市县"]


@pytest.mark.parametrize("unit", _UNIT_NAMES)
@pytest.mark.parametrize("end", ["）", "）。", "）；"])
def test_a_bare_list_of_units_closing_a_paragraph_is_its_note(unit, end):
    """``_RESP_PAREN``'s bare list and ``_UNIT``'s body endings (局 队 处 部门 单位 委 厅 室 所 站 院 办 中心 政府 司 署 组
    科 股 部 会 协 联 社 馆, 各…县区市): a paragraph closed by （市水利局、{unit}） names who does it; the clause's text
    is the sentence alone."""
    assert _clauses(f"每月组织巡查一次（市水利局、{unit}{end}") == ["每月组织巡查一次"]


@pytest.mark.parametrize("brackets", list(zip(_OPEN, _CLOSE)))
def test_a_bare_list_in_any_bracket(brackets):
    """``_RESP_PAREN``'s bare list, each bracket: 〔市水利局、市财政局〕 closing a paragraph is its note."""
    o, c = brackets
    assert _clauses(f"每月组织巡查一次{o}市水利局、市财政局{c}") == ["每月组织巡查一次"]


_GOAL_HEADINGS = ["指导思想", "基本原则", "工作原则", "行动原则", "实施原则", "编制目的", "编制依据", "适用范围", "总体要求",
                  "总体目标", "主要目标", "基本目标", "工作目标", "发展目标", "目标任务", "目标指标", "主要目标指标", "核心目标指标",
                  "年度目标指标", "发展目标指标", "主要指标", "指导思想和基本原则", "指导思想和工作目标", "河湖管护五年来工作回顾",
                  "工作回顾", "回顾", "发展基础", "形势分析", "面临形势", "“十四五”发展基础", "\"十四五\"发展基础", "2023年回顾",
                  "充分认识河湖管护的重要性", "深刻认识河湖管护的紧迫性", "进一步认清河湖管护的必要性", "认识河湖管护的意义",
                  "充分认识“河长制”、湖长制，重要性"]


@pytest.mark.parametrize("heading", _GOAL_HEADINGS)
def test_an_item_stating_the_plan_s_goals_is_no_task(heading):
    """``_GOAL_ITEM``, every alternative: an item （一）编制依据。… (or 目标指标, 河湖管护五年来工作回顾, 充分认识…的紧迫性)
    states the plan's goals or background; it is no task. The same item naming work (加强河湖巡查) is one."""
    from analysis.parse.structure import is_goal_item
    assert is_goal_item(f"{heading}。坚持系统治理，统筹推进河湖管护。")
    assert not is_goal_item("加强河湖巡查。坚持系统治理，统筹推进河湖管护。")


_AWARENESS_HEADINGS = ["意义", "重大意义", "重要意义", "深远意义", "现实意义", "战略意义", "推进河湖长制的重要意义",
                       "推进“河湖长制”的意义", "河湖、水库管护的意义",
                       "充分认识河湖管护的重要性", "深刻认识河湖管护的紧迫性", "进一步认清河湖管护的必要性",
                       "切实明确河湖管护的重要性", "充分认识河湖管护重大意义", "充分认识河湖管护重要意义",
                       "充分认识河湖管护的重要地位", "充分认识河湖管护的战略地位", "充分认识河湖管护的基础性地位",
                       "认识“河湖长制”、湖长制，重要性",
                       "统一认识", "提高思想认识", "进一步提高认识", "进一步统一思想认识", "进一步提高认识，统一思想",
                       "进一步统一认识，提高认识", "进一步提高认识、增强责任意识"]


@pytest.mark.parametrize("heading", _AWARENESS_HEADINGS)
def test_a_part_saying_why_the_work_matters_is_goal_text(heading):
    """``_AWARENESS``, every alternative: a part 一、深远意义 (一、充分认识…的基础性地位, 一、进一步统一思想认识) says why
    the work matters: goal text, no unit of work; a part naming work (加强河湖巡查) is a task part."""
    from analysis.parse.structure import _section_kind
    assert _section_kind(heading, False) == "goal"
    assert _section_kind("加强河湖巡查", False) == "tasks"


def _task_titles(text: str) -> list[str]:
    from convention_docs import plan_corpus
    return list(plan_corpus(normalized(text)).tasks.title)


_PLAN_TASKS = f"{_TITLE}\n一、主要任务\n（一）清理河道垃圾。每月组织巡查一次。\n（二）建设监测站点。实现重点河段全覆盖。\n"
_SAFEGUARD_WORDS = ["组织领导", "组织协调", "统筹协调", "协调联动", "组织保障", "资金保障", "经费保障", "资金支持", "政策支持",
                    "政策保障", "要素保障", "人才保障", "人才支撑", "人才建设", "人才队伍建设", "队伍建设", "宣传推广", "宣传引导",
                    "宣传动员", "舆论引导", "宣传报道", "督导检查", "督促检查", "监督检查", "考核评估", "监测评估", "评估考核",
                    "跟踪评估", "督查考核", "督导考核", "国际合作", "交流合作", "责任落实", "工作保障"]


@pytest.mark.parametrize("title", [f"加强{w}。" for w in _SAFEGUARD_WORDS]
                         + ["加强组织领导，", "加强组织领导；", "加强组织领导：", "加强组织领导"])
def test_a_last_part_of_standard_safeguards_holds_no_tasks(title):
    """``_SAFEGUARD_ITEM``, every word and the signs after it: a plan's last part 二、推进落实 whose items are each a
    standard safeguard (（一）加强人才队伍建设。… （二）强化跟踪评估。…) is its closing text; the tasks are those of the
    first part."""
    body = "各地要高度重视，确保各项工作落到实处。" if title.endswith(("。", "，", "；", "：")) else ""
    text = _PLAN_TASKS + f"二、推进落实\n（一）{title}{body}\n（二）{title}{body}\n"
    assert _task_titles(text) == ["清理河道垃圾", "建设监测站点"]


_NUMERALS = "一二三四五六七八九十"


@pytest.mark.parametrize("markers", [(f"（{n}）", f"（{n}）") for n in _NUMERALS] + [(f"{n}、", f"{n}、") for n in _NUMERALS]
                         + [("一.", "二."), ("1.", "2."), ("1、", "2、"), ("1）", "2）")]
                         + [(f"第{n}阶段", f"第{n}阶段") for n in _NUMERALS])
@pytest.mark.parametrize("tail", ["（2024年3月）。各地要动员部署。", "：各地要动员部署。", "，各地要动员部署。", ""])
def test_a_part_whose_items_are_phases_of_the_work_holds_no_tasks(markers, tail):
    """``_PHASE_ITEM``, every marker, numeral and sign after the phase: a part 二、推进安排 whose items are phases
    (（五）动员部署阶段（2024年3月）。… · 第四阶段集中整治阶段：…) is the plan's schedule, no tasks."""
    a, b = markers
    text = _PLAN_TASKS + f"二、推进安排\n{a}动员部署阶段{tail}\n{b}集中整治阶段{tail}\n"
    assert _task_titles(text) == ["清理河道垃圾", "建设监测站点"]


# == the units reader (analysis/parse/extract/units.py) =======================================================

def _note(text: str):
    from analysis.parse.extract import read_parenthetical
    return read_parenthetical(text)


_LABELS = ([f"{lv}牵头单位" for lv in ("省级", "市级", "州级", "县级", "区级", "乡级", "镇级")]
           + [f"{v}机构" for v in ("牵头", "主责", "主办", "主要责任", "责任", "配合", "协办", "协同", "协作", "主要协作",
                                   "主要配合", "参与", "参加", "承办", "落实", "实施")]
           + [f"牵头{m}单位" for m in ("责任", "负责", "配合")]
           + [f"主办{n}" for n in ("单位", "部门", "处室", "科室", "股室", "机构", "处", "科", "股", "主体")]
           + ["责任主体", "实施主体", "部门分工", "分工"])


@pytest.mark.parametrize("label", _LABELS)
def test_any_label_that_names_units(label):
    """``_UNIT_LABEL``, every level, verb and noun: a note （镇级牵头单位：市水利局） (主要协作机构, 牵头负责单位, 主办股室,
    实施主体 …) names the unit 市水利局 under that label."""
    p = _note(f"（{label}：市水利局）")
    assert (p.labels, p.units_as_written, p.unknown_fields) == ((label,), ("市水利局",), ())


@pytest.mark.parametrize("label", ["责任部门", "责任单位", "牵头单位", "配合单位", "责任处室", "主责单位", "协办单位", "参与单位"])
def test_a_standard_label_run_on_after_a_list_sign_opens_a_field(label):
    """``UNIT_LABELS``: a standard label written right after a list's 、 (…市水利局、配合单位：市财政局) still opens a
    field of its own; the unit before it is the first field's."""
    p = _note(f"（主办机构：市水利局、{label}：市财政局）")
    assert p.units_by_label == (("主办机构", ("市水利局",)), (label, ("市财政局",)))


@pytest.mark.parametrize("label", ["完成时限", "完成时间", "时限", "时间要求", "时限要求", "完成期限"])
def test_a_deadline_label_of_any_wording(label):
    """``DEADLINE_LABELS``: （牵头单位：市水利局；时限要求：2024年底） sets the deadline 2024年底, after a 、 too."""
    for sep in ("；", "、"):
        p = _note(f"（牵头单位：市水利局{sep}{label}：2024年底）")
        assert (p.units_as_written, p.deadline_raw, p.unknown_fields) == (("市水利局",), "2024年底", ())


@pytest.mark.parametrize("label", ["责任领导", "牵头领导", "分管领导", "联系领导", "包保领导", "牵头责任人", "具体责任人",
                                   "责任人", "联系人", "分管市领导", "分管县领导", "分管区领导", "分管省领导"])
def test_a_label_naming_a_person(label):
    """``PERSON_LABELS``: （牵头单位：市水利局；包保领导：李明） names a person, no unit and no unknown field."""
    p = _note(f"（牵头单位：市水利局；{label}：李明）")
    assert (p.units_as_written, p.persons, p.unknown_fields) == (("市水利局",), ("李明",), ())


_RESPONSIBLE, _SUPPORTING = ("lead", "responsible", "responsible"), ("lead", "supporting", "supporting")
_FIRST_LEAD_RULES = [
    (r, _RESPONSIBLE) for r in (
        "排第一的为牵头单位", "列第一的为牵头单位", "排在第一的为牵头单位", "排第一位的为牵头单位", "排首位的为牵头单位",
        "排最前的为牵头单位", "排第一者为牵头单位", "首位单位为牵头单位", "第一单位为牵头单位", "第一个单位为牵头单位",
        "第一位单位为牵头单位", "第一责任单位为牵头单位", "排第一的是牵头单位", "排第一的为主责单位", "排第一的为牵头部门",
        "排第一的为牵头", "排第一的为牵头或汇总单位", "排第一的为牵头单位，其他为责任单位",
        "排第一的为牵头单位，其他单位按职责分工负责", "排第一的为牵头单位，其余部门按职责负责", "排第一的为牵头单位，其它按职责负责",
        "排第一的为牵头单位，有关单位按职责分工负责", "排第一的为牵头单位，其他的单位按职责分工负责",
        "排第一的为牵头单位；其他单位按职责分工负责", "排第一的为牵头单位，下同", "排第一的为牵头单位。下同", "排第一的为牵头单位；下同",
        "排第一的为牵头单位下同", "除标注“分别牵头”外，列第一位为牵头或汇总单位，下同", "除标注\"分别牵头\"外，列第一位为牵头单位",
        "除标注分别牵头外列第一位为牵头单位", "县政府部门中列在首位的为牵头部门")] + [
    (r, _SUPPORTING) for r in ("排第一的为牵头单位，其他为配合单位", "排第一的为牵头单位，其余为参与单位", "排第一的为牵头单位，其它为协办部门",
                               "排第一的为牵头单位，其他的为配合单位", "排第一的为牵头单位，其他是配合单位", "排第一的为牵头单位；其他为配合单位",
                               "排第一的为牵头单位，其他为配合")]


@pytest.mark.parametrize("rule, roles", _FIRST_LEAD_RULES)
def test_a_standing_rule_that_the_first_body_leads(rule, roles):
    """``_FIRST_LEAD``, every wording: a unit list with its rule (市水利局、市财政局、市环保局，排在第一的为牵头单位，其余为
    参与单位) gives three units, the first the lead, the others the role the rule names (responsible when it names
    none); the rule itself is no unit."""
    from analysis.parse.extract import apply_first_lead
    p = _note(f"（市水利局、市财政局、市环保局，{rule}）")
    assert p.units_as_written == ("市水利局", "市财政局", "市环保局")
    assert apply_first_lead(p.roles, p.first_lead) == roles


@pytest.mark.parametrize("note", ["（市水利局、市财政局、市环保局（排第一的为牵头单位））",
                                  "市水利局、市财政局、市环保局（排第一的为牵头单位）"])
def test_a_standing_first_lead_rule_in_its_own_brackets(note):
    """``_FIRST_LEAD``'s brackets: the rule written in brackets after the list (…、市环保局（排第一的为牵头单位）) is no part
    of the last unit's name; the first body leads."""
    from analysis.parse.extract import apply_first_lead
    p = _note(note)
    assert p.units_as_written == ("市水利局", "市财政局", "市环保局")
    assert apply_first_lead(p.roles, p.first_lead) == _RESPONSIBLE


@pytest.mark.parametrize("brackets", list(zip("（〔【[", "）〕】]")))
@pytest.mark.parametrize("unit", ["市水利局", "各县（市）水利局", "各市、县〔区〕水利局"])
def test_a_note_in_any_bracket_with_a_bracket_inside(brackets, unit):
    """``_PAREN``, each bracket and each inner bracket: 清理河道垃圾〔牵头单位：各县（市）水利局〕 holds one note naming
    the unit as written."""
    from analysis.parse.extract import find_parentheticals
    o, c = brackets
    assert [p.units_as_written for p in find_parentheticals(f"清理河道垃圾{o}牵头单位：{unit}{c}，每月巡查一次。")] == [(unit,)]


# == one-line pages (analysis/parse/one_line.py) ==============================================================

_CLAUSE = "，做到河面无漂浮物、河岸无垃圾、沿岸无违章建筑，确保河湖面貌明显改善"
_PAGE_OPENING = "某县河湖管护工作方案为加强河湖管理，改善水环境质量，制定本方案。"


def _openings(page: str, width: int) -> list[str]:
    """The first ``width`` characters of each piece of a one-line page cut where its lost line breaks go."""
    from analysis.parse.one_line import one_line_breaks
    cuts = [0, *one_line_breaks(page), len(page)]
    return [page[a:b][:width] for a, b in zip(cuts, cuts[1:])]


@pytest.mark.parametrize("form", ["{}、", "（{}）"])
def test_parts_of_a_one_line_page_numbered_one_to_ten(form):
    """``_HEADING``'s numerals, each of 一 to 十, in a part's and a group's marker: on a one-line page, each of ten
    items 一、 … 十、 after a full stop opens a line of its own."""
    markers = [form.format(n) for n in _NUMERALS]
    page = _PAGE_OPENING + "".join(f"{m}加强河湖巡查。每月组织巡查一次，做到河面无漂浮物。" for m in markers)
    assert _openings(page, len(markers[0]))[2:] == markers


_KINDS = {"part": ("一、", "二、", "三、"), "group": ("（一）", "（二）", "（三）"), "item": ("1.", "2.", "3."),
          "sub-item": ("（1）", "（2）", "（3）"), "circled": ("①", "②", "③")}


@pytest.mark.parametrize("kind, first", [(k, c) for k in _KINDS for c in ("河", "“", "\"", "《")]
                         + [("part", "2"), ("group", "2")])
def test_an_item_of_a_one_line_page_opening_with_a_quote_a_title_or_a_year(kind, first):
    """``_HEADING``'s look-ahead, each sign an item's words may open with (a character, “ " 《, the digits of a year
    after a part's or a group's numeral): the item 二、《河湖管护条例》… opens a line of its own."""
    a, b, c = _KINDS[kind]
    page = f"{_PAGE_OPENING}{a}清理河道垃圾{_CLAUSE}。{b}{first}加强河湖巡查{_CLAUSE}。{c}建设监测站点{_CLAUSE}。"
    assert _openings(page, len(b) + 1)[2:] == [a + "清", b + first, c + "建"]


@pytest.mark.parametrize("close", ["（责任科室：县水利局）", "（牵头：县水利局）", "（配合：县水利局）", "（县水利局负责）",
                                   "（时限：2024年6月底）", "（县直有关单位）", "（县直有关部门）", "。（县直有关部门）",
                                   "；（县直有关部门）"]
                         + [f"。 {w}单位：县发改局、县财政局 " for w in ("牵头", "责任", "配合", "主责", "协办", "参与")]
                         + [f"。 责任{w}：县发改局、县财政局 " for w in ("部门", "科室", "处室")]
                         + ["。责任单位：县发改局、县财政局", "；责任单位：县发改局、县财政局 "])
def test_a_part_of_a_one_line_page_after_a_note_closing_the_last(close):
    """``_CLOSING_NOTE`` and ``_UNIT_NOTE_AFTER``, every word: a part whose paragraph closes with a note instead of a
    full stop (…（时限：2024年6月底）二、…, …。 协办单位：县发改局、县财政局 二、…) is followed by a part of its own."""
    page = (f"{_PAGE_OPENING}一、清理河道垃圾{_CLAUSE}{close}二、加强河湖巡查{_CLAUSE}。三、建设监测站点{_CLAUSE}。")
    assert _openings(page, 4)[2:] == ["一、清理", "二、加强", "三、建设"]


# == flattened tables (analysis/parse/text_tables.py) =========================================================

@pytest.mark.parametrize("unit", ["县水利局", "县消防救援大队", "县水利局河湖处", "县直有关部门", "县直有关单位", "县卫健委",
                                  "省水利厅", "县政府办公室", "县水文勘测所", "县环境监测站", "县规划设计院", "县红十字会",
                                  "县河长办", "县政务服务中心", "县委宣传部", "县河湖管护工作组", "县水利局办公科",
                                  "县水利局财务股", "县直机关", "县编办机构", "各乡镇人民政府", "县水务公司", "县统计署",
                                  "县博物馆", "县供销社", "县文联", "县科协", "县水务集团", "高新区", "平遥县", "长治市",
                                  "城关镇", "东阳乡", "城东街道", "省直各部门（单位）"])
def test_a_cell_listing_a_body_of_any_kind_is_a_unit_list(unit):
    """``_UNIT_END``, every ending (局 队 处 部门 单位 … 集团 区 县 市 镇 乡 街道, a remark in brackets after it): a cell
    城东街道、县水利局 lists units; a cell of a task's words does not."""
    from analysis.parse.text_tables import is_unit_list
    assert is_unit_list(f"{unit}、县水利局")
    assert not is_unit_list("清理河道垃圾、县水利局")


_LONG = "全面加强河湖管护工作的"  # a heading's opening words, so that it is longer than a short standard heading
_FRAME_PAIRS = list(zip(("活动", "参加", "参与", "参赛", "服务", "补贴", "支持", "扶持", "奖励", "申报", "实施"),
                        ("对象", "范围", "时间", "地点", "期限", "区域", "人员", "对象", "范围", "时间", "地点")))
_HEADING_KINDS = (
    [(f"{_LONG}{w}", False, "closing") for w in (
        "保障措施", "工作要求", "组织实施", "工作保障", "实施步骤", "进度安排", "有关要求", "工作步骤", "保障机制", "组织保障",
        "实施要求", "步骤安排", "时间安排", "方法步骤", "时间节点", "实施阶段", "阶段安排", "推进步骤", "时间进度", "进度要求")]
    + [(w, False, "closing") for w in ("督导", "评价", "组织领导", "工作机制", "监督考核", "工作安排")]
    + [(f"{_LONG}{w}", False, "goal") for w in ("总体要求", "指导思想", "基本原则", "总体思路", "重要意义", "工作原则", "适用范围",
                                                "基本情况", "总则")]
    + [(w, False, "goal") for w in ("目标", "发展基础", "回顾", "形势", "背景", "现状", "指标")]
    + [(f"当前全市河湖管护工作{w}", False, "goal") for w in ("存在的主要问题", "存在突出问题", "存在问题", "中的主要问题",
                                                            "中的突出问题", "问题和不足", "问题与不足")]
    + [(f"{w}全面贯彻落实河湖长制各项要求", False, "goal") for w in (
        "工作目标", "主要目标", "总体目标", "发展目标", "目标要求", "分工原则", "实施原则", "行动原则", "提高认识", "统一思想")]
    + [(w, False, "goal") for w in ("主要职责", "工作职责", "职责任务", "成员单位", "组成人员", "组成单位", "人员组成", "组成部门")]
    + [(a + b, False, "goal") for a, b in _FRAME_PAIRS] + [(w, False, "goal") for w in ("活动主题", "活动名称", "活动口号")]
    + [(f"{w}与进度安排", False, "tasks") for w in ("任务", "举措", "重点工作", "主要内容", "工作措施", "主要措施")]
    + [(w, True, "goal") for w in (
        "基本情况", "单位基本情况", "部门基本情况", "总体情况", "工作背景", "形势分析", "面临的形势", "全市安全生产及自然灾害形势",
        "全市安全生产和自然灾害形势", "全市安全生产与自然灾害形势", "全市安全生产、自然灾害形势", "全市“十四五”发展形势",
        "全市水资源概况", "2022年度生态环境质量状况", "1998年生态环境质量状况", "生态环境质量状况", "主要指标完成情况",
        "各项指标运行情况", "经济指标执行情况", "核心指标进展情况", "重点指标情况", "指标完成情况")]
    + [(f"{w}河湖管护工作指标完成情况", True, "goal") for w in ("主要", "各项", "经济", "核心", "重点")]
    + [("推进河湖管护的重要意义和时代价值", False, "goal")]
    + [(f"{w}坚持以人民为中心统筹推进各项任务", False, "goal") for w in ("基本原则", "工作原则", "指导思想", "总体要求")]
    + [(f"河湖管护{w}", True, "closing") for w in (
        "存在的问题", "存在问题", "问题和不足", "问题与不足", "不足之处", "存在的不足", "下一步", "工作打算", "工作思路",
        "意见建议", "工作计划", "今后")])


@pytest.mark.parametrize("heading, is_report, kind", _HEADING_KINDS)
def test_the_kind_a_part_s_standard_words_give(heading, is_report, kind):
    """The tables of standard heading words (``_CLOSING_WORDS``, ``_WEAK_CLOSING_WORDS`` in a short heading,
    ``_GOAL_WORDS``, ``_WEAK_GOAL_WORDS``, ``_PROBLEMS_HEADING``, ``_GOAL_OPENING``, ``_BODY_FRAME``,
    ``_FRAME_LABEL``, ``_TASK_WORDS`` before a closing word, a report's ``_REPORT_BACKGROUND`` and
    ``_REPORT_CLOSING_WORDS``), every word: 全面加强河湖管护工作的时间节点 is closing text, 补贴范围 goal text,
    工作措施与进度安排 a task part, a report's 各项指标运行情况 background."""
    from analysis.parse.structure import _section_kind
    assert _section_kind(heading, is_report) == kind


@pytest.mark.parametrize("label", [f"{lv}牵头单位" for lv in ("省级", "市级", "州级", "县级", "区级")]
                         + [f"{w}单位" for w in ("牵头", "主责", "主办", "主要责任", "责任", "配合", "协办", "协同", "协作",
                                                "参与", "承办")]
                         + ["主要协作单位", "主要配合单位", "部门分工", "实施单位", "牵头科室（单位）", "牵头科室（部门）",
                            "牵头单位（处室）", "牵头单位（科室）", "牵头责任单位"])
def test_a_line_naming_the_units_of_the_task_above(label):
    """``_RESP_LINE``, every level, word and remark: a line of its own under a task, 县级牵头单位：县水利局 (主办单位,
    牵头科室（单位）…), names the task's units; it is the task's note, no text of it."""
    from convention_docs import plan_corpus
    c = plan_corpus(normalized(f"{_TITLE}\n一、主要任务\n（一）清理河道垃圾。每月组织巡查一次。\n{label}：县水利局\n"
                               "（二）建设监测站点。实现全覆盖。\n二、保障措施\n加强组织领导。\n"))
    assert [(t, u) for t, u in zip(c.clauses.text, c.clauses.units_as_written) if u] == [("", ["县水利局"])]


@pytest.mark.parametrize("label", ["完成时限", "完成时间", "完成期限", "时限要求", "时间要求"])
def test_a_line_naming_the_deadline_of_the_task_above(label):
    """``_RESP_LINE``'s deadline labels: a line 时间要求：2024年底 under a task is the task's deadline note."""
    from convention_docs import plan_corpus
    c = plan_corpus(normalized(f"{_TITLE}\n一、主要任务\n（一）清理河道垃圾。每月组织巡查一次。\n{label}：2024年底\n"
                               "（二）建设监测站点。实现全覆盖。\n二、保障措施\n加强组织领导。\n"))
    assert [(t, d) for t, d in zip(c.clauses.text, c.clauses.deadline_raw) if d] == [("", "2024年底")]


@pytest.mark.parametrize("unit", ["县水利局", "县消防救援大队", "县水利局河湖处", "县直有关部门", "县直有关单位", "县卫健委",
                                  "省水利厅", "县政府办公室", "县水文勘测所", "县环境监测站", "县规划设计院", "县红十字会",
                                  "县河长办", "县政务服务中心", "县委宣传部", "县河湖管护工作组", "县水利局办公科",
                                  "县水利局财务股", "县编办机构", "各乡镇人民政府", "县水务公司", "县统计署", "县农商银行",
                                  "县直机关", "县科协", "县文联", "县供销社", "县博物馆", "省直各部门（单位）"])
def test_a_bracketed_list_of_bodies_of_any_kind_names_units(unit):
    """``_UNIT_END`` of the units reader, every ending (局 队 处 部门 单位 委 … 行 关 协 联 社 馆, a remark in brackets
    after it): a bare note （县农商银行、县水利局） names two units."""
    assert _note(f"（{unit}、县水利局）").units_as_written == (unit, "县水利局")


_VERBS = [("牵头", "lead"), ("牵头负责", "lead"), ("牵头督导", "lead"), ("牵头推进", "lead"), ("牵头组织", "lead"),
          ("牵头落实", "lead"), ("牵头抓总", "lead"), ("负责落实", "responsible"), ("负责", "responsible"),
          ("配合", "supporting"), ("配合落实", "supporting"), ("参与", "supporting"), ("参加", "supporting"),
          ("协办", "supporting"), ("协同", "supporting"), ("协助", "supporting"), ("落实", "responsible"),
          ("组织实施", "responsible"), ("实施", "responsible"), ("共同负责", "responsible"), ("分别负责", "responsible"),
          ("按职责分工负责", "responsible"), ("按照职责分工负责", "responsible"), ("按职责负责", "responsible"),
          ("按照职责负责", "responsible"), ("根据职责负责", "responsible"), ("依职责负责", "responsible")]


@pytest.mark.parametrize("verb, role", _VERBS)
def test_a_unit_and_the_verb_that_gives_its_role(verb, role):
    """``_VERB``, every verb and every word before it: （县水利局按照职责分工负责） names 县水利局 (the verb is no part of
    the name) with the verb's role."""
    p = _note(f"（县水利局{verb}）")
    assert (p.units_as_written, p.roles) == (("县水利局",), (role,))


@pytest.mark.parametrize("sentence, units, roles", [
    ("由县水利局负责", ("县水利局",), ("responsible",)), ("由县水利局负责落实", ("县水利局",), ("responsible",)),
    ("由县水利局牵头落实", ("县水利局",), ("responsible",)), ("由县水利局研究落实", ("县水利局",), ("responsible",)),
    ("由县水利局研究提出意见", ("县水利局",), ("responsible",)), ("由县水利局研究提出落实措施", ("县水利局",), ("responsible",)),
    ("由县水利局研究提出具体意见", ("县水利局",), ("responsible",)), ("由县水利局按职责分工负责", ("县水利局",), ("responsible",)),
    ("由县水利局会同县财政局负责落实", ("县水利局", "县财政局"), ("lead", "supporting")),
    ("由县水利局会同县财政局等部门负责", ("县水利局", "县财政局"), ("lead", "supporting")),
    ("由县水利局会同县财政局等有关单位负责", ("县水利局", "县财政局"), ("lead", "supporting"))])
def test_a_note_that_assigns_by_a_sentence(sentence, units, roles):
    """``_ASSIGNED``, every closing verb and every 等…部门/单位: （由县水利局会同县财政局等有关单位负责） — the body after 由
    leads, the bodies after 会同 support; 由 alone, the body is responsible."""
    p = _note(f"（{sentence}）")
    assert (p.units_as_written, p.roles) == (units, roles)


@pytest.mark.parametrize("no_duty", ["无", "没有", "不具备", "不涉及"])
@pytest.mark.parametrize("lead", ["牵头单位：县水利局", "县水利局牵头"])
@pytest.mark.parametrize("close", ["，不再列出", "；不再列出", "。", ""])
def test_a_standing_note_s_exception_names_no_unit(no_duty, lead, close):
    """``_STANDING_EXCEPTION``, every word of a missing duty and every sign after who stands in: a note run on
    after its lead, 以下均需各县区人民政府负责落实，县区政府不具备相关职能的，由县直责任部门负责，不再列出 — the bodies
    standing in are named by what they are: the lead is 县水利局, the standing units the county governments alone."""
    p = _note(f"（{lead}，以下均需各县区人民政府负责落实，县区政府{no_duty}相关职能的，由县直责任部门负责{close}）")
    assert (p.units_as_written, p.standing_units) == (("县水利局",), ("各县区人民政府",))


_PARTS = f"一、清理河道垃圾{_CLAUSE}。二、加强河湖巡查{_CLAUSE}。三、建设监测站点{_CLAUSE}。"
_OPENING_TEXT = "加强河湖管理，改善水环境质量，制定本方案。"


@pytest.mark.parametrize("title, opener", [(f"某县河湖管护工作{w}", "为") for w in (
    "方案", "要点", "计划", "规划", "意见", "报告", "总结", "清单", "措施", "安排", "细则")]
    + [("某县河湖管护工作方案", w) for w in ("根据", "按照", "近年来", "今年", "2023年，", "2023年以来", "2023 年，", "1998年，")]
    + [("某县河湖管护工作方案（2024—2026年）", "为")])
def test_a_title_run_into_the_first_words_of_a_one_line_page(title, opener):
    """``_TITLE_THEN_TEXT``, every title word and every opening of a text (为 根据 按照 近年来 今年 2023年，…): a one-line
    page opening 某县河湖管护工作细则为加强河湖管理… has its title on a line of its own."""
    page = f"{title}{opener}{_OPENING_TEXT}{_PARTS}"
    assert _openings(page, 40)[:2] == [title, f"{opener}{_OPENING_TEXT}"]


def test_a_rule_s_title_run_into_its_first_part():
    """``_TITLE_THEN_TEXT``'s 一、: a one-line page opening 某县河湖管护工作细则一、总则… has its title on a line of its
    own (细则 ends no title a first part follows otherwise)."""
    assert _openings(f"某县河湖管护工作细则{_PARTS}{_PARTS}", 40)[0] == "某县河湖管护工作细则"


@pytest.mark.parametrize("sign", ["，", "；", "："])
def test_a_title_word_after_a_sentence_sign_ends_no_title(sign):
    """``_TITLE_THEN_TEXT``'s and ``_NOTICE_TITLE``'s signs a title never holds: a page opening 为加强河湖管理，县里印发工作
    方案为… or 为做好河湖管护工作；现根据省水利厅的意见各地… has no title before 为 or 各: it is not cut there."""
    from analysis.parse.one_line import one_line_breaks
    plan = f"为加强河湖管理{sign}县里印发工作方案"
    notice = f"为做好河湖管护工作{sign}现根据省水利厅的意见"
    assert len(plan) not in one_line_breaks(f"{plan}为各地提供遵循，{_OPENING_TEXT}{_PARTS}")
    assert len(notice) not in one_line_breaks(f"{notice}各地要{_OPENING_TEXT}{_PARTS}")


_COVER = "各乡镇人民政府：现将《某县河湖管护工作方案》印发给你们，请认真贯彻执行"


@pytest.mark.parametrize("title", ["某县河湖管护工作方案", "2024年河湖管护工作方案"])
@pytest.mark.parametrize("organ", ["某县水利局", "某省水利厅", "某县发展和改革委员会", "某县人民政府办公室", "某省人民政府办公厅",
                                   "某县人民政府", "某县政府", "某县卫健委"])
@pytest.mark.parametrize("before, between, after", [("。", "", ""), ("；", "", ""), ("，", "", ""), ("。", " ", ""),
                                                    ("。", "\t", ""), ("。 ", "", ""), ("。\t", "", ""), ("， ", "", ""), ("； ", "", ""),
                                                    ("。", "", "（此件公开发布）"), ("。", "", " "), ("。", "", "\t")])
def test_a_cover_s_signature_run_into_a_one_line_page(organ, before, between, after, title):
    """``_SIGNATURE``, every organ ending, sign and space around it: a cover notice's 。某县发展和改革委员会2024年3月1日 run
    into a one-line page is the cover's signature — the organ and the date on lines of their own, then the issued
    plan's title."""
    page = f"{_COVER}{before}{organ}{between}2024年3月1日{after}{title}为{_OPENING_TEXT}{_PARTS}"
    pieces = [p.strip() for p in _openings(page, 40)]
    assert organ in pieces and "2024年3月1日" in pieces and title in pieces


def test_a_cover_s_signature_of_the_last_century():
    """``_SIGNATURE``'s 19: a cover signed 某县人民政府1998年3月1日 run into a one-line page is its signature."""
    page = f"{_COVER}。某县人民政府1998年3月1日某县河湖管护工作方案为{_OPENING_TEXT}{_PARTS}"
    assert "1998年3月1日" in _openings(page, 40)


@pytest.mark.parametrize("field", ["颁布日期", "实施日期", "施行日期", "发布日期", "成文日期", "颁布单位", "发布单位", "发布机构",
                                   "发文机关", "发文字号", "索引号", "时效性", "效力级别", "信息来源", "来源"])
def test_a_page_field_run_into_a_one_line_page(field):
    """``_PAGE_FIELD``, every field: a page's 成文日期：… run in after a notice's title opens a line of its own."""
    first = "发布机构" if field == "索引号" else "索引号"
    page = f"某县水利局关于加强河湖管护工作的通知{first}：某某{field}：某某各乡镇人民政府：为{_OPENING_TEXT}{_PARTS}"
    pieces = _openings(page, 200)
    assert pieces[1] == f"{first}：某某" and pieces[2].startswith(f"{field}：某某")


@pytest.mark.parametrize("title", [f"某县河湖管护工作{w}" for w in (
    "方案", "要点", "计划", "规划", "意见", "报告", "总结", "情况", "汇报", "清单", "措施", "安排", "通知", "分解", "分工")]
    + ["某县河湖管护工作方案（2024—2026年）", "某县河湖管护工作方案 （试行）", "某县河湖管护工作方案（2024—2026年）（试行）"])
def test_a_first_part_after_a_title_on_a_one_line_page(title):
    """``_TITLE_END``, every title word and a gloss or two after it: on a one-line page, a title ending 工作分解 (or
    …方案（2024—2026年）（试行）) with no stop is followed by the first part 一、 on a line of its own."""
    page = f"为加强河湖管理，现将方案公布如下。{title}{_PARTS}"
    assert _openings(page, 4)[-3:] == ["一、清理", "二、加强", "三、建设"]


@pytest.mark.parametrize("word", ["通知", "函", "意见", "决定", "批复"])
@pytest.mark.parametrize("space", ["", " "])
def test_a_notice_s_title_on_a_one_line_page(word, space):
    """``_NOTICE_TITLE``, every kind of notice: 某县水利局关于河湖管护有关事项的批复 opens a one-line page on a line of its
    own, spaces after it included."""
    title = f"某县水利局关于河湖管护有关事项的{word}"
    page = f"{title}{space}各乡镇人民政府：为{_OPENING_TEXT}{_PARTS}"
    assert _openings(page, 40)[0] == title + space


@pytest.mark.parametrize("sign", ["》", "。", "，", "；", "："])
def test_a_notice_word_inside_a_sentence_or_a_quoted_title_ends_no_title(sign):
    """``_NOTICE_TITLE``'s signs after the notice word: 根据省水利厅关于河湖管护的意见， (…的意见》, …的意见：) is words of the
    text, no notice's title: the page is not cut after 的意见."""
    opening = "根据省水利厅关于河湖管护的意见"
    page = f"{opening}{sign}各地要{_OPENING_TEXT}{_PARTS}"
    from analysis.parse.one_line import one_line_breaks
    assert len(opening) not in one_line_breaks(page)


# == the corpus reader, continued: line breaks and page numbers ================================================

@pytest.mark.parametrize("marker", [f"{n}、" for n in _NUMERALS] + [f"（{n}）" for n in _NUMERALS] + ["1.", "12."])
@pytest.mark.parametrize("space", [" ", "\t", " \t"])
def test_a_heading_run_in_after_a_closed_sentence_of_any_numeral(marker, space):
    """``_RUN_IN``, every numeral of a part's and a group's marker, an item's number, a space or a tab before it: a
    heading run in after a closed sentence (…成效不够明显。 （七）主要任务) opens a line of its own."""
    lines = normalized(f"一、存在问题\n河湖管护成效不够明显。{space}{marker}主要任务\n清理河道垃圾。\n").split("\n")
    assert lines[1:3] == ["河湖管护成效不够明显。", f"{marker}主要任务"]


@pytest.mark.parametrize("space", [" ", "\t"])
def test_a_heading_run_in_with_a_space_after_its_marker(space):
    """``_RUN_IN``'s spaces after the marker: 一、持续推进学习 二、⊔压实责任 — the second heading opens a line of its
    own."""
    lines = normalized(f"一、存在问题\n河湖管护成效不够明显。 二、{space}主要任务\n清理河道垃圾。\n").split("\n")
    assert lines[1] == "河湖管护成效不够明显。" and lines[2].startswith("二、")


@pytest.mark.parametrize("sign", ["。", "，", "；", "！", "？"])
def test_a_heading_holding_a_sentence_takes_no_heading_run_in_after_it(sign):
    """``_SENTENCE_PUNCT``: 一、持续推进学习，全面提升能力 二、… — the words before the space hold a sentence sign, so they
    are no heading alone, and they do not end a sentence: the line is not cut before 二、."""
    text = normalized(f"{_TITLE}\n一、持续推进学习{sign}全面提升能力 二、压实工作责任\n清理河道垃圾。\n三、保障措施\n加强组织领导。\n")
    assert f"一、持续推进学习{sign}全面提升能力二、压实工作责任" in text  # (the space between Chinese goes)


@pytest.mark.parametrize("number", ["- 2 -", "— 2 —", "– 2 –", "-2-", "--2--", "—— 12 ——", "-\t2\t-"])
@pytest.mark.parametrize("where", ["alone", "after", "after_tab", "before", "before_tab"])
def test_a_printed_page_number_goes(number, where):
    """``_PAGE_NUMBER``, every dash, one or two, spaces or tabs around the number: a PDF's printed page number (— 2 —,
    -\t2\t-) alone on its line, after a sentence's end, or opening a line before a part, is no text of the plan."""
    text = {"alone": f"{_TITLE}\n一、总体要求\n坚持系统治理。\n{number}\n二、主要任务\n清理河道垃圾。\n",
            "after": f"{_TITLE}\n一、总体要求\n坚持系统治理。 {number}\n二、主要任务\n清理河道垃圾。\n",
            "after_tab": f"{_TITLE}\n一、总体要求\n坚持系统治理。\t{number}\n二、主要任务\n清理河道垃圾。\n",
            "before": f"{_TITLE}\n一、总体要求\n坚持系统治理。\n{number} 二、主要任务\n清理河道垃圾。\n",
            "before_tab": f"{_TITLE}\n一、总体要求\n坚持系统治理。\n{number}\t二、主要任务\n清理河道垃圾。\n"}[where]
    assert [ln for ln in normalized(text).split("\n") if ln] == [_TITLE, "一、总体要求", "坚持系统治理。", "二、主要任务",
                                                                 "清理河道垃圾。"]


@pytest.mark.parametrize("end", ["。", "！", "？", "；", "：", "!", "?", "（县水利局负责）", "。”", "！’", "？」", "。』"])
def test_a_line_ending_a_sentence_is_not_joined_to_the_next(end):
    """``_TERMINAL``, every sign (。！？；：! ? a closing bracket, a stop inside closing quotes): a line that ends its
    sentence is not joined to the line below it (a line of a task's text, no heading)."""
    first = f"清理河道垃圾，做到河面无漂浮物{end}"
    lines = normalized(f"{_TITLE}\n一、主要任务\n{first}\n建设监测站点，实现全覆盖。\n").split("\n")
    assert lines[2:4] == [first, "建设监测站点，实现全覆盖。"]


@pytest.mark.parametrize("last", [f"{n}、" for n in _NUMERALS[1:]] + ["二.", " 二、", "\t二、"])
def test_a_field_like_line_between_two_parts_is_text(last):
    """``_SECTION``, every numeral, sign and indentation of a part's heading: a line that looks like a page's field
    (来源：县水利局) between the first part and the last (…⏎ 来源：县水利局 ⏎ 七、保障措施) is the plan's text, kept;
    the page's furniture is looked for only above the first part and below the last."""
    first = "一." if last.strip().endswith(".") else "一、"
    text = f"{_TITLE}\n{first}总体要求\n坚持系统治理。\n来源：县水利局\n{last}保障措施\n加强组织领导。\n"
    assert "来源：县水利局" in normalized(text).split("\n")


_ENDINGS = ["局", "大队", "处", "部门", "单位", "委", "厅", "室", "所", "站", "院", "会", "办", "中心", "部", "组", "科", "股",
            "机关", "政府", "公司", "署"]


@pytest.mark.parametrize("ending", _ENDINGS)
def test_a_cell_of_units_separated_by_spaces_or_holding_a_remark(ending):
    """``_UNIT_TOKEN`` and ``_REMARKED_UNIT``, every ending (局 队 处 部门 单位 委 厅 … 机关 政府 司 署): a flattened
    table's cell 县水利股 县财政局 lists two units (a space between them), a cell 各县区（开发区）水利股 one unit whose
    remark sits inside its name. (``_unit_cell`` is the cell reader of a table flattened one cell a line; a test
    through a whole table would need one table per ending.)"""
    from analysis.parse.structure import _unit_cell
    assert _unit_cell(f"县水利{ending} 县财政局") == [f"县水利{ending}", "县财政局"]
    assert _unit_cell(f"各县区（开发区）水利{ending}") == [f"各县区（开发区）水利{ending}"]
    assert _unit_cell(f"各县区（开发区）水利{ending}（含下属单位）") == [f"各县区（开发区）水利{ending}（含下属单位）"]


@pytest.mark.parametrize("sign", ["、", ".", "．"])
def test_a_title_repeated_above_a_first_part_of_any_sign_is_read_once(sign):
    """``_SECTION``'s signs after the numeral, the full-width ．among them (the repeated title is dropped before the
    width step): a page repeats its title above 一．总体要求; the repeated title goes."""
    lines = normalized(f"{_TITLE}\n{_TITLE}\n一{sign}总体要求\n坚持系统治理，统筹推进。\n二{sign}主要任务\n清理河道垃圾。\n").split("\n")
    assert lines[0] == _TITLE and lines[1].startswith("一")


def test_a_unit_s_remark_after_it_in_a_cell_of_units():
    """``_UNIT_TOKEN``'s remark: 县水利局（含下属单位） 县财政局 — a remark in brackets after a unit stays with it."""
    from analysis.parse.structure import _unit_cell
    assert _unit_cell("县水利局（含下属单位） 县财政局") == ["县水利局（含下属单位）", "县财政局"]
