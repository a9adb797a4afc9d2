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
