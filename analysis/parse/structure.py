"""Stage 2 — structure: sections → groups → tasks → clauses.

In:  a normalized :class:`~analysis.parse.corpus.Document`.
Out: a :class:`ParsedDocument` whose ``spans`` cover every character of the
normalized text exactly once, and whose ``tasks`` hold the numbered tasks with
their clauses.

Conventions recognised (the documents' own words):

* section ``一、``; group ``（一）``; task ``1.`` / ``1．`` / ``1、`` / ``4. `` —
  numbering may restart in every group (the 2024 national plan);
* a sub-item ``（1）`` inside a task is a clause of that task;
* a paragraph of a task is a clause; a paragraph carrying two
  ``（责任单位：…，完成时限：…）`` parentheticals is two clauses;
* closing sections (工作要求, 保障措施, 组织实施, 督导评价 …) are kept as
  closing text, goal sections (工作目标, 总体要求) as goals — never as tasks;
* a progress report has no numbered tasks: its parts (``一、`` …) are its units
  of work and are returned as tasks whose ``task_no`` is the part's numeral;
  a closing paragraph opening with ``下一步`` is its outlook, not a part;
* a section with groups but no numbered items takes its groups as tasks and
  ``1.`` items under them as clauses; a group without numbered items among groups
  that have them is a task itself; a report's groups are its tasks over ``1.`` details;
* a task table flattened to text (:mod:`analysis.parse.text_tables`) gives one task a row;
* a body numbered as a decimal outline (``1 总则`` ⏎ ``1.1 …`` ⏎ ``4.2.1 …``, as emergency plans are;
  :mod:`analysis.parse.decimal_outline`): its leaf headings in task parts are the tasks, numbered as printed;
  总则, the command bodies (组织指挥体系及职责) and 附则 hold none;
* numbering in other forms: ``1）``, circled ``①``, articles ``第三条`` (the articles assigned to
  units are the tasks; a set of rules has none), chapters and 节 of a 规划 (第二章 主要任务 > 第一节 >
  一、…, numbered again in each; a goal or closing chapter holds no tasks); items assigned to units
  are tasks at any depth;
* a report's part named for its theme is its task over its 一是/二是 paragraphs (only a generic
  part's 一是 items are read, and flagged); its situation part (…形势, …概况) is background;
* not tasks: a table of contents, an attachment list, the numbered pieces of a
  document-sharing page, the articles of a set of rules, the items of a notice that announces
  (关于公布…名单的通知), an activity plan's frame (活动对象, 活动范围, 活动时间), a cover notice's own
  instructions (after its 通知如下： up to its signature, or 各单位要… parts), a part named for
  what it holds (主要任务) or a heading the excerpt ends at, background and goal parts (a plan's
  基本情况, 主要指标, the problems an 整改方案 answers), the phases of the work (…阶段（2024年3月）),
  parts named for how the work is safeguarded or reported (经费保障, 宣传发动, 材料报送: closing), a numbered
  goal heading over the （1） tasks (1.主要目标指标: goal text);
  where the reading is uncertain a ``tasks_uncertain`` warning says what was seen — also for the
  items of a document read as neither plan nor report (a speech, a news item, unknown kind).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import groupby

from ..ingest.task_tables import find_header
from .corpus import PIPE_CELL_LINE, Document, ParseWarning, pipe_cell_lines
from .decimal_outline import DecimalOutline, OutlineHead, find_decimal_outline, split_run_in_heads
from .metadata import CALL_NOTICE, is_date_line, opening_contents
from .numerals import number_value
from .one_line import PIECE_ENDS_SENTENCE
from .text_tables import ROW_LABEL, STANDING_NOTE, UNIT_ROLES, TextTable, find_text_tables, is_unit_list

__all__ = ["Span", "Clause", "Task", "Section", "ParsedDocument", "parse_document", "SPAN_KINDS"]

SPAN_KINDS = (
    "front_matter", "preamble", "section_heading", "goal", "group_heading", "group_text",
    "task_heading", "clause", "closing", "back_matter", "blank", "unplaced",
)

_NUM = "一二三四五六七八九十"
_SECTION_RE = re.compile(rf"^([{_NUM}]+)[、.．]\s*(.*)$")
# an attachment after the body (附件 / 附件2：重点任务分工表) is a section of its own: its items are
# not the last body section's
_ATTACHMENT_RE = re.compile(rf"^(附件[ \t\u3000]*[\d{_NUM}]{{0,2}})[ \t\u3000]*[：:]?[ \t\u3000]*(.{{0,40}})$")


def _section_heading(content: str, at_body: bool = True) -> re.Match | None:
    """A section heading (``二、重点任务``) or, inside the body, an attachment heading
    (``附件2：任务分工表``): group 1 the section's name as numbered, group 2 its title."""
    return _SECTION_RE.match(content) or (_ATTACHMENT_RE.match(content) if at_body else None)
# an attachment of examples (附件 ⏎ 示范场景 ⏎ 1.简政提效：… · 附件2：典型案例): they illustrate the plan, no unit of work
_EXAMPLES_TITLE = re.compile(r"(?:场景|案例|经验做法|典型经验)(?:清单|目录|汇编)?[ \t\u3000]*$")
_GROUP_RE = re.compile(rf"^[（(]([{_NUM}]+)[）)]\s*(.*)$")
# (1.2009年底前，完成…: a year may follow the number's dot, 1.5万元 no other figure)
_AFTER_ITEM_NUMBER = r"(?:(?=(?:19|20)\d\d年)|(?!\d))"
_TASK_RE = re.compile(rf"^(\d{{1,3}})\s*[.．、﹒）)]{_AFTER_ITEM_NUMBER}\s*(.*)$")  # 1. · 1、 · 1）
# a sub-item （1） or one numbered with a circled digit ① (group 1 its number, group 2 the rest)
_SUBITEM_RE = re.compile(r"^[（(]?((?<=[（(])\d{1,3}(?=[）)])|(?<![（(])[\u2460-\u2473])[）)]?\s*(.*)$")
# an article of a plan written in articles (第三条 加强…。（责任单位：…）)
_ARTICLE_RE = re.compile(r"^第([一二三四五六七八九十百零]{1,4})条[ \t\u3000]*(.*)$")
# a report's enumerated items, each a paragraph of its own: 一是党的建设不断加强。…  二是…
_SHI_RE = re.compile(rf"^([{_NUM}]{{1,3}})是(?!否|的(?!确))\s*(.*)$")  # (三是的确要…: an item)
# a task numbered by a named numeral: the plan's word for its unit of work before the numeral (工程一、… ·
# 行动二：… · 专项任务三 …); read as the tasks only where two items or more share the word
_NAMED_RE = re.compile(rf"^((?:专项|重点|主要|攻坚)?(?:工程|行动|任务|举措|项目|活动|专项|计划|板块|事项)([{_NUM}]{{1,3}}))"
                       r"(?:[、：:．.]|[ \t\u3000]+)[ \t\u3000]*(.*)$")


def _named_items(contents: list[str]) -> list[str]:
    """The named-numeral items (工程一、…) of a section's lines when two or more share their word, else []."""
    heads = [(m.group(1)[: -len(m.group(2))], c) for c in contents if (m := _NAMED_RE.match(c))]
    words = {w for w, _ in heads}
    return [c for _, c in heads] if len(heads) >= 2 and len(words) == 1 else []


def _numeral_value(no: str) -> int:
    """``12`` → 12, ``三`` → 3, ``十二`` → 12 (0 for anything else, which never continues a numbering)."""
    try:
        return number_value(no)
    except (ValueError, KeyError):
        return 0


_MARKER_LINE = re.compile(rf"^(?:[{_NUM}]+[、.．]|[（(][{_NUM}\d]+[）)]|\d{{1,3}}\s*[.．、）)]{_AFTER_ITEM_NUMBER}|[\u2460-\u2473])")
_SIGN_LINE = re.compile(r"^[（(].*\d{4}-\d{2}-\d{2}.*[）)]$")
_BACK_LINE = re.compile(r"^(?:抄送|印发|（?联系人|联系电话|（此件|附件)")
# A parenthetical that assigns responsibility or a deadline ends a clause. (A body's name ends as
# below; 司 ends 公司 too.)
_UNIT = (r"(?:[\u4e00-\u9fff]{1,22}?(?:局|队|处|部门|单位|委|厅|室|所|站|院|办|中心|政府|司|署|组|科|股|部|会|协|联|社|馆)"
         r"(?:（[^（）\n]{1,6}）)?"
         r"|各[\u4e00-\u9fff]{1,4}[区县市])")  # (各县市区: the places below, as bodies)
# A bracketed note, in any bracket style, with one level of （…） or 〔…〕 inside it (各县（市）交通运输局, 各市、县〔区〕).
_INNER = r"(?:（[^（）〔〕\n]{1,30}）|〔[^（）〔〕\n]{1,30}〕)"
_NOTE = rf"(?:[^（）〔〕【】\[\]\n]|{_INNER})"
# A note that assigns responsibility or a deadline ends a clause: labelled (责任单位：…, 完成时限：…)
# or unlabelled (法制司牵头，有关单位负责 · 各地按职责分工负责).
_RESP_PAREN = re.compile(
    rf"[（〔【\[]{_NOTE}*?(?:(?:责任|牵头|配合|主责|协办|协同|协作|参与|负责(?=单位|部门|处室|科室))[\u4e00-\u9fff]{{0,6}}[：:]|完成时限|完成时间|时限[：:])"
    rf"{_NOTE}*[）〕】\]]"
    # unlabelled: a verb that assigns (牵头, 负责 …) closing a phrase of the note
    rf"|[（〔【\[](?:[^（）〔〕【】\[\]。：:\n]|{_INNER}){{2,240}}?(?:牵头(?:督导|推进|组织|抓总)?|负责|配合|参与|参加|协办|协助|落实|组织实施)"
    rf"(?=[，；、）〕】\]]|。[）〕】\]])(?:[^（）〔〕【】\[\]。：:\n]|{_INNER}){{0,60}}。?[）〕】\]]"  # (…负责落实。）: a stop inside)
    # unlabelled, with a standing note after a full stop: 〔A牵头，B负责落实。以下各项工作均需C落实，不再列出。〕 (the
    # standing note may carry its own label: …负责。注：以下各项均按此分工，不再列出）
    rf"|[（〔【\[](?=[^）〕】\]\n]*?(?:牵头|负责|配合|参与))(?:[^（）〔〕【】\[\]:\n]|{_INNER}){{2,240}}?"
    rf"(?:不再(?:一一|重复)?列出|不再做分工|下同)。?[）〕】\]]"
    # a list of units with a standing rule for reading it: （A、B、C，排第一的为牵头单位，…下同）
    rf"|[（〔【\[]{_UNIT}(?:、{_UNIT})*[，,。；](?:除标注|排|列)[^（）〔〕【】\[\]\n]{{2,40}}?(?:下同|单位|部门)[）〕】\]]"
    # a bare list of units closing a paragraph: （厅规划处、厅运输处、各市交通运输局）
    rf"|[（〔【\[]{_UNIT}(?:、{_UNIT})*[）〕】\]](?=[。；]?[ \t]*$)", re.M)
# A sentence that assigns the item it closes: …的问题，由A会同B、C等部门负责落实。 · …，由A负责。 — a division
# notice's way of naming the lead (A) and the bodies that support it (B, C); read as the item's note.
_ASSIGN_SENTENCE = re.compile(
    rf"(?<=[，,；;。])由{_UNIT}(?:会同{_UNIT}(?:、{_UNIT})*(?:等(?:有关)?(?:部门|单位))?)?(?:按职责分工)?"
    r"(?:研究提出(?:落实|具体)?(?:意见|措施)|负责落实|牵头落实|研究落实|负责)(?=[。；]?\s*$)")
# A line of its own that names the units of the task above it: 牵头责任单位：…  协同责任单位：…
# (a label may carry its remark: 牵头科室（单位）：, or the level of its bodies: 市级配合单位：; 完成时限
# and 责任领导 lines belong to the task too)
_RESP_LINE = re.compile(r"^(?:(?:省级|市级|州级|县级|区级)?(?:牵头|主责|主办|主要责任|主要协作|主要配合|责任|负责(?=单位|部门|处室|科室)|配合|协办|协同|协作|参与|承办|部门分工|实施单位)[\u4e00-\u9fff]{0,6}"
                        r"(?:[（(](?:单位|部门|处室|科室)[）)])?|完成时限|完成时间|完成期限|时限要求|时间要求)[：:]")

# a line of its own that is only the bodies responsible for the task above it: 省质监局、工业和信息化厅、科技厅负责落实。
_UNITS_RESPONSIBLE_LINE = re.compile(r"^(?![（(])(?:[\u4e00-\u9fff（）]{2,20}?(?:局|厅|委|办|部|院|中心|政府|处|室|所|站|队|会)[、，,和及])*"
                                     r"[\u4e00-\u9fff（）]{2,20}?(?:局|厅|委|办|部|院|中心|政府|处|室|所|站|队|会)"
                                     r"(?:等(?:有关)?(?:部门|单位))?(?:共同|分别|按职责)?负责(?:落实|实施)?[。；]?$")

# The standard vocabulary of goal and closing sections (GB/T 9704 plans: 总体要求 … 保障措施).
# A section is *not* required to name its tasks: any other section that holds items is a
# task section, and a keyword-free section shallower than the tasks is goal or closing
# text by its position (see _plan_sections).
# Strong words make a goal or closing heading whatever its length; weak ones only in a
# short heading (a thematic heading that happens to contain 目标 heads tasks).
_CLOSING_WORDS = ("保障措施", "工作要求", "组织实施", "工作保障", "实施步骤", "进度安排", "有关要求", "相关要求", "具体要求", "工作步骤",
                  "保障机制", "组织保障", "实施要求", "步骤安排", "时间安排", "方法步骤", "时间节点", "实施阶段", "阶段安排",
                  "推进步骤", "时间进度", "进度要求")
# an item that names a phase of the work (（一）动员部署阶段（2024年3月）): the plan's schedule, not a task
_PHASE_ITEM = re.compile(r"^(?:[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、）)]|[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]阶段)"
                         r"[\u4e00-\u9fff]{2,10}阶段(?:[（(][^（）()]{2,30}[）)])?(?:[。：:，,]|$)")
# a part named for how the work is safeguarded, organised, publicised or reported (四、经费保障 · 二、活动组织 ·
# 三、宣传发动 · 五、材料收集报送): the standard closing parts (as 保障措施, 组织保障), not a unit of work
_SAFEGUARD_LABEL = re.compile(r"^(?:(?:经费|资金|安全|后勤|物资|人员|人才|制度|政策|技术|财政|条件|队伍|纪律|要素|场地|服务)保障"
                              r"|宣传(?:发动|动员|引导|报道)|活动(?:组织|保障)|(?:材料|信息|资料|总结)(?:收集|汇总|整理)?(?:报送|上报))$")
# an item of a plan's safeguards, whatever its part is called (七、提升协同推进合力 ⏎ （十六）加强组织协调 ⏎ （十七）加强资金
#保障): its title, a verb of two characters at most before the standard words
_SAFEGUARD_ITEM = re.compile(r"^[\u4e00-\u9fff]{0,2}(?:组织领导|组织协调|统筹协调|协调联动|组织保障|资金保障|经费保障|资金支持|"
                             r"政策支持|政策保障|要素保障|人才保障|人才支撑|人才建设|人才队伍建设|队伍建设|宣传推广|宣传引导|"
                             r"宣传动员|舆论引导|宣传报道|督导检查|督促检查|监督检查|考核评估|监测评估|评估考核|跟踪评估|督查考核|"
                             r"督导考核|国际合作|交流合作|责任落实|工作保障)(?:[。，；：:]|$)")
# the closing words that name the safeguards themselves: items under them stay safeguards even with a unit note
_SAFEGUARD_HEADING_WORDS = ("保障措施", "保障机制", "组织保障", "工作保障")
_WEAK_CLOSING_WORDS = ("督导", "评价", "组织领导", "工作机制", "监督考核", "工作安排")
# (总则: the general provisions an emergency plan or a regulation opens with — its purpose, basis, scope)
# (序言, 前言, 引言: a plan's preface — why it is made; 发展思路: the approach, as 总体思路)
_GOAL_WORDS = ("总体要求", "指导思想", "基本原则", "总体思路", "发展思路", "重要意义", "工作原则", "适用范围", "基本情况", "总则",
               "序言", "前言", "引言")
# a part that analyses the conditions a plan starts from (二、培育优势分析 · 一、发展条件分析 · 现状分析)
_ANALYSIS_HEADING = re.compile(r"(?:优势|劣势|条件|现状|形势|基础|环境|机遇|挑战)(?:和|与|及|、)?(?:[\u4e00-\u9fff]{0,4})分析$")
# (a plan's targets and the problems it answers are no tasks: 主要指标, 存在的主要问题 in a 整改方案)
# (分布情况: where the hazards or resources a plan deals with lie — 一、主要地质灾害分布情况)
# (概述, 概况: a plan's overview of the place it serves — 第一章 概述 · 一、县情概况)
_WEAK_GOAL_WORDS = ("目标", "发展基础", "回顾", "形势", "背景", "现状", "指标", "分布情况", "分布状况", "概述", "概况")
_PROBLEMS_HEADING = re.compile(r"(?:存在的?(?:主要|突出)?问题|主要问题|突出问题|问题(?:和|与)不足)$")
# a heading run into its text without a stop still opens with its standard words: 一、工作目标全面贯彻…
_GOAL_OPENING = re.compile(r"^(?:工作目标|主要目标|总体目标|发展目标|目标要求|指导思想|(?:基本|工作|分工|实施|行动)原则|总体要求|提高认识|统一思想"
                           r"|现实基础|发展环境(?!保护|建设|整治|优化))")  # (一、现实基础“十三五”期间…: a plan's review of the years
# before, run into its text; 一、发展环境 ⏎ （一）…: the conditions a plan starts from, not its work)
# a part heading that names what its items are (主要任务, 重点工作, 组织机构) is no unit of work itself
_CONTAINER = re.compile(r"^(?:(?:主要|重点|具体|工作|目标|主要工作)(?:任务|措施|举措|工作|内容)(?:[和与及、](?:措施|举措|任务|要求))?"
                        r"|组织机构|组织领导|机构设置|职责分工)$")
_TASK_WORDS = ("任务", "举措", "重点工作", "主要内容", "工作措施", "主要措施")
# A heading is a goal or closing heading only when it is short: a thematic heading that
# happens to contain 目标 (落实2020年发展主要目标和下一阶段工作总体部署) heads tasks.
_STANDARD_HEADING_MAX = 12
# items of a task section that state the goals, not a task: （一）指导思想。（二）基本原则。
_GOAL_ITEM = re.compile(r"^(?:指导思想|(?:总体|发展)思路|(?:基本|工作|行动|实施)原则|编制目的|编制依据|适用范围|总体要求|总体目标|主要目标|基本目标|工作目标|发展目标|目标任务|"
                        r"(?:主要|核心|年度|发展)?目标指标|主要指标|"
                        r"指导思想和基本原则|指导思想和工作目标|[“\"]?[\u4e00-\u9fff0-9]{0,8}[”\"]?(?:工作回顾|回顾|发展基础|形势分析|面临形势)"
                        # an awareness item: （一）充分认识加快…的重要性和紧迫性
                        r"|(?:充分|深刻|进一步)?(?:认识|认清)[\u4e00-\u9fff、，“”]{2,40}(?:重要性|紧迫性|必要性|意义))$")  # (…的重要意义: 意义)
# a five-year plan's part reviewing the plan before it (一、“十一五”民政事业发展规划实施情况 · 一、“十三五”时期发展成就)
_PAST_PLAN_REVIEW = re.compile(r"^[“\"]?十[一二三四五]五[”\"]?[\u4e00-\u9fff“”、]{0,20}(?:实施情况|执行情况|完成情况|回顾|成就|成效)$")
# a plan's part on where it starts from, named with what lies ahead (一、全省中等职业教育取得的主要成绩和发展机遇 ·
# 一、发展现状与面临形势): background, not work
_ACHIEVEMENTS_AND_OUTLOOK = re.compile(r"^[\u4e00-\u9fff“”、]{0,24}?(?:取得的(?:主要)?(?:成绩|成就|成效)|发展现状|现状)"
                                      r"(?:[和与及、](?:面临的)?(?:发展)?(?:机遇|形势|挑战|问题))+$")
# a part that says why the work matters (一、重大意义 · 一、充分认识…的重要性 · 一、提高思想认识): the plan's
# background, not a unit of work
_AWARENESS = re.compile(r"^(?:(?:[\u4e00-\u9fff、“”]{2,40}的)?(?:重大|重要|深远|现实|战略)?意义"
                        r"|[\u4e00-\u9fff]{2}意义"  # (一、历史意义 · a reworded copy's 一、庞大意义: why the work matters)
                        r"|(?:目的|行动|活动|工作|实施|编制)(?:和|与|及)?意义"  # (一、目的意义 · 一、行动意义)
                        r"|(?:充分|深刻|进一步|切实)?(?:认识|认清|明确)[\u4e00-\u9fff、，“”]{2,40}(?:重要性|紧迫性|必要性|重大意义|重要意义|(?:重要|战略|基础性)地位)"
                        r"|(?:进一步)?(?:提高|统一)(?:思想)?认识(?:[，,、](?:统一思想|提高认识|增强[\u4e00-\u9fff]{2,8}))?)$")
# a label of an activity plan's frame: who, where and when the activity is for (（一）活动对象。… ·
# （二）活动范围。… · 二、活动时间), not a unit of work (活动内容 names what its items are: no label)
_FRAME_LABEL = re.compile(r"^(?:(?:活动|参加|参与|参赛|服务|补贴|支持|扶持|奖励|申报|实施)(?:对象|范围|时间|地点|期限|区域|人员)"
                          r"|活动(?:主题|名称|口号))$")
# the parts that set up a joint body (a leading group, a joint conference): its duties and its members
_BODY_FRAME = re.compile(r"^(?:主要职责|工作职责|职责任务|成员单位|组成人员|组成单位|人员组成|组成部门)$")
# a report's overview part (一、总体情况): background when it is a paragraph, the work reported when it holds items
_REPORT_OVERVIEW = re.compile(r"^(?:[\u4e00-\u9fff]{0,12}?总体(?:工作)?情况|(?:总体|基本)?(?:情况)?概述)$")
_REPORT_BACKGROUND = re.compile(r"^(?:基本情况|单位基本情况|部门基本情况|项目基本情况|总体情况|工作背景|形势分析|面临的形势"
                                r"|[\u4e00-\u9fff“”、及和与]{0,20}(?:形势|概况)"  # (全市安全生产及自然灾害形势)
                                r"|(?:总体|基本)?(?:情况)?概述"  # (a disclosure report's 一、概述 · 一、情况概述; see _REPORT_OVERVIEW)
                                # the state of things, not of the work (一、2022年度生态环境质量状况)
                                r"|(?:(?:19|20)\d\d年度?)?(?![^状]*工作)[\u4e00-\u9fff]{0,16}状况"
                                # the year's figures (一、主要指标完成情况): results stated, no unit of work
                                r"|(?:主要|各项|经济|核心|重点)?[\u4e00-\u9fff]{0,6}?指标(?:完成|运行|执行|进展)?情况)$")
# a report's item on how a piece of work went (（一）政府网站运行情况 · （三）政务公开培训情况), not on the body itself
# (（一）部门职责 · （二）机构设置 · （三）人员编制情况)
_ACTIVITY_ITEM = re.compile(r"(?:运行|开展|落实|完成|推进|实施|执行|办理|建设|培训|互动|公开|整改|办结)情况")


def _reports_activities(section_lines: list[str]) -> bool:
    """Do most of a report part's （一） items report how a piece of work went (two at least)?"""
    titles = [_split_title(m.group(2))[0] for c in section_lines if (m := _GROUP_RE.match(c))]
    return len(titles) >= 2 and 2 * sum(1 for t in titles if _ACTIVITY_ITEM.search(t)) > len(titles)


# a report's parts that are not work done: its problems and its outlook
_REPORT_CLOSING_WORDS = ("存在的问题", "存在的主要问题", "存在问题", "问题和不足", "问题与不足", "不足之处", "存在的不足", "下一步", "工作打算",
                         "工作思路", "意见建议", "工作计划", "今后", "有关要求", "工作要求")  # (a circular's 二、有关要求: asks, reports nothing)

@dataclass(frozen=True)
class Span:
    """A stretch ``text[start:end]`` of one kind, attributed to a task/clause where it belongs."""

    start: int
    end: int
    kind: str
    section: str | None = None
    subsection: str | None = None
    task_seq: int | None = None
    clause_seq: int | None = None


@dataclass
class Clause:
    """A paragraph (or sub-item) of a task; ``parenthetical`` is its trailing （…） if it has one."""

    seq: int
    start: int
    end: int
    text: str
    parenthetical: str | None = None
    parenthetical_start: int | None = None
    sub_no: str | None = None


@dataclass
class Task:
    """A numbered task (or a report's part)."""

    seq: int
    section: str
    subsection: str | None
    task_no: str
    title: str
    start: int
    end: int
    clauses: list[Clause] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The task's clauses joined by newlines (title and parentheticals excluded)."""
        return "\n".join(c.text for c in self.clauses if c.text)


@dataclass
class Section:
    """A section (``一、``) or a group inside it (``（一）``)."""

    section: str
    subsection: str | None
    title: str
    kind: str  # goal | tasks | closing | other
    start: int


@dataclass
class ParsedDocument:
    document: Document
    spans: list[Span]
    sections: list[Section]
    tasks: list[Task]
    warnings: list[ParseWarning]

    @property
    def doc_id(self) -> str:
        return self.document.doc_id


def _heading_words(title: str) -> str:
    """The part of a section heading its standard words are read from: up to its first stop, or to a group
    run into it (一、规划背景（一）…)."""
    return re.split(r"[。；]|[（(]一[）)]", title)[0]


def _safeguard_heading(title: str) -> bool:
    """Does a part's heading name the plan's safeguards by the standard words (四、保障措施 · 五、经费保障)?"""
    head = _heading_words(title).strip(" 。.：:")
    return bool(_SAFEGUARD_LABEL.match(head)) or any(w in head for w in _SAFEGUARD_HEADING_WORDS)


def _names_tasks(title: str) -> bool:
    """Does a section heading name tasks (二、重点任务 · 三、主要工作措施), not safeguards?"""
    head = _heading_words(title)
    return any(w in head for w in _TASK_WORDS) and "保障措施" not in head


# a part listing the conditions a project or an applicant must meet (三、项目实施条件 · 二、申报条件): criteria, no
# unit of work (改善办学条件, a task, names no such qualifier)
_CONDITIONS_HEADING = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:申报|实施|支持|准入|认定|参评|评选|申请|补助|奖补|享受|入选|遴选|资格|参与|试点|推荐|基本)条件$")  # (三、试点条件: who may take part, no work)


def _only_cells(section_lines: list[str]) -> bool:
    """Is a part's text a table flattened a cell a line (第二十条第（一）项 ⏎ | ⏎ 信息内容 ⏎ | ⏎ 本年制发件数 ⏎ …): four
    lines or more, each short and no sentence among them?"""
    cells = [c for c in section_lines if c.strip(" |｜")]
    return (len(cells) >= 4 and all(len(c) <= 20 and not re.search(r"[。；！？]", c) for c in cells)
            and not any(_GROUP_RE.match(c) or _TASK_RE.match(c) for c in cells))  # (items over a table: 1.全县一般公共预算)


def _section_kind(title: str, is_report: bool) -> str:
    """``tasks`` | ``goal`` | ``closing`` from a section heading's standard words alone;
    everything else is ``tasks`` until :func:`_plan_sections` looks at the structure."""
    head = _heading_words(title)
    short = len(head) <= _STANDARD_HEADING_MAX
    if is_report:
        if _REPORT_BACKGROUND.match(head):
            return "goal"  # 一、基本情况 (the body's duties, staff, the year's statistics): background, not work
        return "closing" if any(w in head for w in _REPORT_CLOSING_WORDS) else "tasks"
    if _GOAL_OPENING.match(head) and not any(w in head[:8] for w in _TASK_WORDS):
        return "goal"
    if _AWARENESS.match(head):
        return "goal"  # 一、重大意义: why the work matters, not a unit of work
    if re.search(r"(?:概况|基本情况)$", head.strip(" 。.：:")):
        return "goal"  # 一、2015年某区地质灾害概况: the state of things the plan starts from, whatever its length
    if _ACHIEVEMENTS_AND_OUTLOOK.match(head):
        return "goal"  # 一、…取得的主要成绩和发展机遇: the plan's starting point, background
    if _PAST_PLAN_REVIEW.match(head):
        return "goal"  # 一、“十一五”…规划实施情况: how the plan before this one went, background
    if short and re.fullmatch(r"[\u4e00-\u9fff]{0,6}原则", head.strip(" 。.：:")):
        return "goal"  # 二、整改原则 · 三、编制原则: principles of any name, as 基本原则 and 工作原则
    if _BODY_FRAME.match(head.strip(" 。.")):
        return "goal"  # 一、主要职责 ⏎ 二、成员单位: what a joint body is and does, not a unit of work
    if is_frame_item(head):
        return "goal"  # 二、活动时间 ⏎ 2025年8月: the activity's frame, not a unit of work
    if _CONDITIONS_HEADING.match(head.strip(" 。.：:")):
        return "other"
    if _names_tasks(title):
        return "tasks"
    if _SAFEGUARD_LABEL.match(head):
        return "closing"  # 四、安全保障: how the work is safeguarded, not a unit of work
    if any(w in head for w in _CLOSING_WORDS) or (short and any(w in head for w in _WEAK_CLOSING_WORDS)):
        return "closing"
    if (any(w in head for w in _GOAL_WORDS) or (short and any(w in head for w in _WEAK_GOAL_WORDS))
            or _PROBLEMS_HEADING.search(head) or (short and _ANALYSIS_HEADING.search(head))):
        return "goal"
    return "tasks"


_DEPTH = {"number": 3, "named": 3, "table": 3, "article": 3, "group": 2, "subitem": 1, "shi": 1, None: 0}


def _plan_sections(sections: list[tuple[str, str | None]], is_report: bool,
                   own_depth: list[bool] | None = None) -> list[tuple[str, str | None]]:
    """Decide each section's kind and how its tasks are numbered, from the whole document.

    In: ``(kind from the heading's words, item mode)`` per section, in order.
    Out: ``(kind, mode)`` per section, where mode ``self`` means the section is itself
    one task (a report's part, or a plan whose sections hold no numbered items).

    The tasks of a document sit at one depth (``1.`` items, or ``（一）`` groups …),
    set by its deepest keyword-free section. A keyword-free section shallower than
    that after the last section at the task depth is closing text (``三、加强督导评价``
    with ``（一）`` paragraphs after tasks numbered ``1.``), before the first one goal text — unless
    its items are assigned to units or its heading names tasks (``own_depth``: per section; 二、重点任务 ⏎ （一）… before
    三、重点工程 ⏎ （一）… ⏎ 1.…), which makes them tasks at any depth.
    """
    depth = max((_DEPTH[m] for k, m in sections if k == "tasks"), default=0)
    at_depth = [i for i, (k, m) in enumerate(sections) if k == "tasks" and _DEPTH[m] == depth]
    out = []
    for i, (kind, mode) in enumerate(sections):
        if kind != "tasks":
            out.append((kind, mode))
        elif is_report:
            # a report's parts report work done, whatever their depth; a part without items is one
            out.append(("tasks", mode or "self"))
        elif own_depth is not None and own_depth[i] and mode is not None:
            out.append(("tasks", mode))  # (①… items with notes before a section of 1. items)
        elif depth == 0:
            # no section holds numbered items: the sections are the units of work
            out.append(("tasks", "self"))
        elif _DEPTH[mode] < depth and i > at_depth[-1]:
            out.append(("closing", mode))
        elif _DEPTH[mode] < depth and i < at_depth[0]:
            out.append(("goal", mode))
        elif mode is None:
            out.append(("tasks", "self") if is_report else ("other", mode))
        else:
            out.append(("tasks", mode))
    return out


def _split_title(rest: str) -> tuple[str, int]:
    """Title of an item line and the offset (in ``rest``) where its body starts.

    ``加强政治建设。把党的…`` → (``加强政治建设``, offset after 。);
    ``加强队伍建设（牵头单位：…）`` → (``加强队伍建设``, offset of the parenthetical);
    a line without body text is all title.
    """
    paren = _RESP_PAREN.search(rest)
    head = rest[:paren.start()] if paren else rest
    m = re.search(r"。", head)
    if m and head[m.end():].strip():
        return head[:m.start()].strip(), m.end()
    if paren:
        return head.strip().rstrip("。").strip(), paren.start()
    return head.strip().rstrip("。").strip(), len(rest)


class _Builder:
    """Line-by-line parser state; produces spans, sections, tasks and warnings."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.spans: list[Span] = []
        self.sections: list[Section] = []
        self.tasks: list[Task] = []
        self.warnings: list[ParseWarning] = []
        self.section: str | None = None
        self.section_kind = "front"
        self.subsection: str | None = None
        self.task: Task | None = None

    # -- helpers ----------------------------------------------------------
    def warn(self, kind: str, offset: int, message: str) -> None:
        pos = self.doc.origin[offset] if 0 <= offset < len(self.doc.origin) else -1
        self.warnings.append(ParseWarning(self.doc.doc_id, kind, pos, f"{self.doc.where(offset)}: {message}"))

    def span(self, start: int, end: int, kind: str, clause_seq: int | None = None, task: bool = True) -> None:
        if end <= start:
            return
        self.spans.append(Span(start, end, kind, self.section, self.subsection,
                               self.task.seq if (task and self.task) else None, clause_seq))

    def close_task(self, end: int) -> None:
        if self.task is not None:
            self.task.end = end
            self.task = None

    def new_task(self, start: int, task_no: str, title: str) -> Task:
        task = Task(len(self.tasks) + 1, self.section or "", self.subsection, task_no, title, start, start)
        self.tasks.append(task)
        self.task = task
        return task

    def heading_task(self, start: int, end: int, rest: str, rest_at: int | None, task_no: str) -> None:
        """A task's heading line: its title, then any text or parenthetical after it as clauses.

        ``rest_at`` is the offset of ``rest`` in the text (None: the title came from another line).
        """
        title, body_at = _split_title(rest)
        task = self.new_task(start, task_no, title)
        if rest_at is not None and body_at < len(rest):
            self.span(start, rest_at + body_at, "task_heading")
            self.add_clauses(rest_at + body_at, end)
        else:
            self.span(start, end, "task_heading")
            assigned = _ASSIGN_SENTENCE.search(title) if rest_at is not None else None
            if assigned:  # a heading that is one sentence assigning itself (…的问题，由A会同B负责落实)
                at = rest_at + rest.find(assigned.group())
                task.clauses.append(Clause(seq=1, start=at, end=at + len(assigned.group()), text="",
                                           parenthetical=assigned.group(), parenthetical_start=at))

    def add_clauses(self, start: int, end: int, sub_no: str | None = None, text_from: int | None = None) -> None:
        """Paragraph ``text[start:end]`` of the current task → one clause per parenthetical.

        ``text_from`` skips a leading marker such as ``（2）`` in the first clause's text.
        """
        task = self.task
        assert task is not None
        line = self.text[start:end]
        if _RESP_LINE.match(line.strip()) or _UNITS_RESPONSIBLE_LINE.match(line.strip()):
            at = start + len(line) - len(line.lstrip())
            clause = Clause(seq=len(task.clauses) + 1, start=start, end=end, text="",
                            parenthetical=line.strip().rstrip("。；"), parenthetical_start=at, sub_no=sub_no)
            task.clauses.append(clause)
            self.span(start, end, "clause", clause.seq)
            return
        pieces = []
        cursor = start
        para = self.text[start:end]
        for m in _RESP_PAREN.finditer(para):
            stop = start + m.end()
            # a parenthetical closes a clause when only punctuation follows it or more text does
            pieces.append((cursor, stop, start + m.start()))
            cursor = stop
        cut_note = None
        if self.text[cursor:end].strip("。；，\n \t"):
            pieces.append((cursor, end, None))
            if not self.text[end:].strip():
                cut_note = _cut_off_note(self.text, cursor, end)
                if cut_note is not None:
                    pieces[-1] = (cursor, end, cut_note[0])
                    self.warn("units_uncertain", cut_note[0], (
                        f"the note of task {task.task_no} is cut at the end of the text; read up to its last whole "
                        f"item ({cut_note[1]}), the units after it left out — check"))
        elif pieces:
            pieces[-1] = (pieces[-1][0], end, pieces[-1][2])
        for p_start, p_end, paren_at in pieces:
            body_end = paren_at if paren_at is not None else p_end
            text_start = max(p_start, text_from) if text_from is not None else p_start
            parenthetical = self.text[paren_at:p_end].strip().rstrip("。；") if paren_at is not None else None
            if cut_note is not None and paren_at == cut_note[0]:
                parenthetical = cut_note[1]
            clause = Clause(
                seq=len(task.clauses) + 1, start=p_start, end=p_end,
                text=self.text[text_start:body_end].strip().rstrip("，"),
                parenthetical=parenthetical,
                parenthetical_start=paren_at, sub_no=sub_no,
            )
            task.clauses.append(clause)
            self.span(p_start, p_end, "clause", clause.seq)


_OPEN_NOTE = re.compile(r"[（〔【\[](?P<body>[^（）〔〕【】\[\]\n]*(?:（[^（）\n]{1,8}）[^（）〔〕【】\[\]\n]*)*)$")
_NOTE_START = re.compile(r"^(?:(?:责任|牵头|配合|主责|协办|协同|协作|参与)[\u4e00-\u9fff]{0,6}[：:]|[^：:]{2,40}?(?:牵头|负责|配合))")
_BRACKET_PAIR = {"（": "）", "〔": "〕", "【": "】", "[": "]"}


def _cut_off_note(text: str, start: int, end: int) -> tuple[int, str] | None:
    """A responsibility note the end of an excerpt cut off (``（市市场监管委牵头，市政务服务办、市税务``):
    ``(offset of its bracket, the note closed after its last whole item)``, or None.

    The item the cut fell in is dropped (it may be cut mid-name), with a label left without value.
    """
    m = _OPEN_NOTE.search(text[start:end].rstrip())
    if m is None or not _NOTE_START.match(m["body"]):
        return None
    body = m["body"]
    # (a verb, not a label's word: 牵头单位： names a label)
    verbs = [v.end() for v in re.finditer(r"(?:牵头|负责|配合|参与|协办)(?![\u4e00-\u9fff]{0,4}[：:])", body)]
    if re.match(r"^[\u4e00-\u9fff]{2,8}[：:]", body) and not verbs:  # labelled: up to its last whole item
        cut = max(body.rfind(c) for c in "、，,；;")
    else:  # unlabelled, or labelled with verbs (责任单位：A负责；B、C…): up to the last verb that
        cut = max(verbs, default=-1)  # assigns (the units after it have lost theirs)
    if cut <= 0:
        return None
    body = re.sub(r"[；;，,、]?(?:[\u4e00-\u9fff]{2,8}[：:])?$", "", body[:cut])
    if not body:
        return None
    bracket = text[start + m.start()]
    return start + m.start(), f"{bracket}{body}{_BRACKET_PAIR[bracket]}"


def _task_marker(contents: list[str], is_report: bool = False) -> str | None:
    """How a section numbers its tasks: ``number`` (1.), ``named`` (工程一、), ``group`` ((一)), ``subitem`` ((1)),
    ``shi`` (一是), ``article`` (第三条) or None.

    Groups are the tasks when no numbered item exists, when the responsibility
    parentheticals sit on the group headings and not on the numbered items
    (``（一）加强…（牵头单位：…）`` followed by ``1.`` sub-tasks), or in a report (its
    ``（一）`` items report the work, the ``1.`` items under them are their details). ``1.`` items
    over ``（1）`` sub-items are the tasks when a note on a line of its own after the sub-items
    covers them all.
    """
    numbers = [c for c in contents if _TASK_RE.match(c)]
    # (a numbered goal item, 1.主要目标指标, heads no measures: it does not count against the headings)
    measures = [c for c in numbers if not is_goal_item(_TASK_RE.match(c).group(2))]
    if sum(1 for c in contents if _ARTICLE_RE.match(c) and _RESP_PAREN.search(c)) >= 2:
        return "article"  # articles assigned to units are the tasks (the others frame the plan, parse_document)
    groups = [c for c in contents if _GROUP_RE.match(c) and not is_goal_item(_GROUP_RE.match(c).group(2))]
    # ``1.`` used as a heading over ``（1）`` items: when most numbered items head sub-items, the
    # sub-items carry the measures (one task with sub-items, as Xining's 9., keeps them as clauses)
    filled = [c for c in contents if c]
    headed = sum(1 for a, b in zip(filled, filled[1:]) if _TASK_RE.match(a) and _SUBITEM_RE.match(b))
    subitems = [c for c in contents if _SUBITEM_RE.match(c)]
    own_notes = any(_RESP_LINE.match(c) or (_RESP_PAREN.fullmatch(c.rstrip("。；")) and not _MARKER_LINE.match(c))
                    for c in filled)
    notes_below = own_notes and not any(_RESP_PAREN.search(c) for c in subitems)
    if is_report and groups:
        return "group"  # (also over 1. items that head ① items: a rectification report's problems, levels down)
    named = [] if numbers else _named_items(contents)
    if named and not any(_RESP_PAREN.search(c) for c in groups):
        return "named"  # (over （一） groups, as 1. items are)
    if measures and headed * 2 > len(measures) and not any(_RESP_PAREN.search(c) for c in numbers) and not notes_below:
        return "subitem"
    if groups and any(_RESP_PAREN.search(c) for c in groups) and not any(_RESP_PAREN.search(c) for c in numbers):
        return "group"
    if numbers:
        return "number"
    if groups:
        return "group"
    if subitems:
        return "subitem"
    shi = [c for c in contents if _SHI_RE.match(c)]
    if len(shi) >= 2:
        return "shi"
    last = next((c for c in reversed(contents) if c), "")
    if is_report and shi == [last] and _SHI_RE.match(last).group(1) == "一" and not last.endswith(("。", "；", "！", "？")):
        # a report's part whose 一是 paragraph breaks off mid-sentence (the excerpt ends in it, 二是 cut
        # off): its first item; a lone 一是 that ends its sentence is the part's text
        return "shi"
    return None


def is_goal_item(rest: str) -> bool:
    """An item whose heading is a goal heading (``（一）指导思想。``), not a task."""
    return bool(_GOAL_ITEM.match(re.split(r"[。；：:]", rest.strip())[0].strip()))


def is_frame_item(rest: str) -> bool:
    """An item whose heading is a label of an activity plan's frame (``（一）活动对象。…``, see
    ``_FRAME_LABEL``): who, where or when, not a task."""
    return bool(_FRAME_LABEL.match(re.split(r"[。；：:]", rest.strip())[0].strip()))


def _item_below(lines: list[tuple[int, int, str]], i: int, back: int, item, stops: tuple) -> bool:
    """Is there a line ``item`` accepts under the heading on line ``i``, before a line one of ``stops`` matches?"""
    for k in range(i + 1, back):
        c = lines[k][2]
        if any(stop.match(c) for stop in stops):
            return False
        if item(c):
            return True
    return False


def _numbered_below(lines: list[tuple[int, int, str]], i: int, back: int) -> bool:
    """Is there a numbered item (1.) under the group heading on line ``i``, before the next group or section?"""
    return _item_below(lines, i, back, _TASK_RE.match, (_GROUP_RE, _SECTION_RE))


def _subitems_below(lines: list[tuple[int, int, str]], i: int, back: int) -> bool:
    """Is there a sub-item (（1）) under the numbered item on line ``i``, before the next item, group or section?"""
    return _item_below(lines, i, back, lambda c: bool(_SUBITEM_RE.match(c)) and c[:1] in "（(",
                       (_TASK_RE, _GROUP_RE, _SECTION_RE))


def _assigns_responsibility(contents: list[str]) -> bool:
    """Does any line carry a responsibility note (a section whose items do is a task section)? A
    note the end of an excerpt cut off (``（牵头单位：市发``) counts; so does a unit note after a deadline-only one
    (``（完成时限：2024年底）（责任单位：市水利局）``)."""
    return any(_RESP_LINE.match(c) or any(not _DEADLINE_ONLY.fullmatch(m.group()) for m in _RESP_PAREN.finditer(c))
               or _CUT_NOTE.search(c) for c in contents)


_CUT_NOTE = re.compile(r"[（〔【\[](?:牵头|责任|配合|主责|负责(?=单位|部门|处室|科室))[\u4e00-\u9fff]{0,6}[：:][^（）〔〕【】\[\]\n]*$")
# a cover notice's sentence that issues the document (then its own 一、二、 parts are instructions)
_COVER_SENTENCE = re.compile(r"印发给你们|现印发|现将[^。\n]{0,80}印发|予以印发")
# the document a cover issues is a division of tasks (《2021年重点工作任务分解》, …任务分工方案, …责任清单):
# its tasks are assigned to units, so the cover's own numbered parts that assign none are its requirements
_ISSUES_DIVISION = re.compile(r"《[^》\n]{2,60}(?:分解|分工|任务清单|责任清单)[^》\n]{0,12}》[^。\n]{0,40}(?:印发|转发)"
                              r"|关于(?:印发|转发)[^。\n]{2,60}(?:分解|分工|任务清单|责任清单)[^。\n]{0,12}的通知"
                              # a notice that divides the tasks itself: 关于分解落实…目标任务的通知 · …任务予以分解印发
                              r"|关于分解(?:落实)?[^。\n]{2,60}任务的通知|任务[^。\n]{0,6}(?:予以)?分解(?:印发|下达)")

_DIVIDES_ITSELF = re.compile(r"现将[^。\n]{0,60}任务[^。\n]{0,8}分解(?:落实)?[^。\n]{0,12}(?:事项)?通知如下"
                             r"|关于分解(?:落实)?[^。\n]{2,60}任务的通知"
                             # (the division said in the sentence before: …将工作任务逐项分解下达。现将有关事项通知如下)
                             r"|任务(?:逐项)?分解(?:下达|落实)[^。\n]{0,12}。现将有关事项通知如下")

# the document a cover issues, by its last word (现将《某县…服务清单（2023年版）》印发给你们 → 清单)
_ISSUED_WORD = re.compile(r"《[^》\n]{2,60}?(?P<w>清单|方案|计划|意见|要点|办法|规划|细则|措施|目录|指南|标准)(?:[（(][^（）()]{2,12}[）)])?》"
                          r"[^。\n]{0,20}(?:印发|转发)")


def _names_issued(head: str, above: str) -> bool:
    """Does a cover notice's part heading speak of carrying out the document it issues, by its word
    (二、扎实推动清单项目落实 under 现将《…清单》印发给你们)? Then the part is an instruction about it."""
    m = _ISSUED_WORD.search(above)
    return bool(m) and m["w"] in head and bool(re.search(r"落实|实施|执行|推动|推进|抓好|贯彻", head))


def _review_whole_sections(b: _Builder, planned: dict, lines: list[tuple[int, int, str]], back: int,
                           doc: Document, rules: bool) -> None:
    """Sections planned to be tasks themselves (no numbered items under them), reviewed: a set of
    rules has articles, not tasks; a part named for what it holds (二、主要任务, 组织机构) is no unit of
    work; a cover notice's own parts after the sentence that issues the document (一、各单位要…) are
    instructions; a heading the excerpt ends at (nothing under it) is no task. Each is said."""
    if rules:
        for i in planned:
            planned[i] = ("other", None)
        return
    if doc.meta.get("kind") == "report":
        return
    order = sorted(planned)
    first = order[0] if order else None
    above = doc.text[:lines[first][0]] if first is not None else ""
    # a notice that divides the tasks itself (现将重点任务分解落实有关事项通知如下) is its own cover: its parts
    # are its requirements, its tasks are in the table it attaches
    divides = bool(_DIVIDES_ITSELF.search(above))
    cover = first is not None and (bool(_COVER_SENTENCE.search(above)) or divides)
    division = cover and (divides or bool(_ISSUES_DIVISION.search(above)))
    for k, i in enumerate(order):
        if planned[i] != ("tasks", "self"):
            continue
        heading = _section_heading(lines[i][2], True)
        if heading is None:
            continue
        stop = order[k + 1] if k + 1 < len(order) else back
        body = [lines[j][2] for j in range(i + 1, stop) if lines[j][2]]
        title = heading.group(2) or (body[0] if body else "")
        head = re.split(r"[。；，]", title)[0]
        if _CONTAINER.match(head):
            why = f"section {heading.group(1)}、{head} names what its items are but holds none (the excerpt may end before them)"
        elif cover and (head.startswith("各") or "要" in head or _names_issued(head, above)):
            why = f"section {heading.group(1)}、{head[:16]}… is an instruction of the cover notice"
        elif division and not _assigns_responsibility([lines[i][2]] + body):
            why = (f"section {heading.group(1)}、{head[:16]}… is a requirement of the cover notice that issues or makes a division "
                   f"of tasks (it assigns no unit)")
        elif not body and not heading.group(2)[len(head):].strip("。；， ") and stop >= back and k == len(order) - 1:
            why = f"section {heading.group(1)}、{head} has no text (the excerpt ends at its heading)"
        else:
            continue
        planned[i] = ("other", None)
        b.warn("tasks_uncertain", lines[i][0], f"{why}; not read as a task")


_DEADLINE_ONLY = re.compile(r"[（〔【\[](?:完成时限|完成时间|时限)(?:[：:]|(?=20\d\d年|\d{1,2}月|年底|年内|长期|持续))[^（）]*[）〕】\]]")


def _line_table(text: str) -> list[tuple[int, int, str]]:
    """(start, end including newline, stripped content) of every line.

    In a table flattened one cell a line (``1.严格落实监管责任 |``, ``| 一、健全… |``; three such
    lines or more) the bars are no content: a line's content is its cells without them."""
    out, pos = [], 0
    split = text.split("\n")
    pipes = set(pipe_cell_lines(split))
    catalogue = _catalogue_rows(split, pipes)
    for i, line in enumerate(split):
        end = pos + len(line) + 1
        content = line.strip()
        if i in pipes and i not in catalogue:
            content = re.sub(r"^\|[ \t\u3000|]*|[ \t\u3000]*\|[ \t\u3000|]*$", "", content)
        out.append((pos, min(end, len(text)), content))
        pos = end
    return split_run_in_heads(_split_run_in(out, text, pipes), text)


def _catalogue_rows(lines: list[str], pipes: set[int]) -> set[int]:
    """The rows of a table printed one row a line (``| 1.语文教师 | 0501中国语言文学… | …|``) whose header names no
    task, unit or deadline column (a catalogue, a list of posts or figures): a number in their first cell is a
    row's label, no item's — they keep their bars, so no numbering rule reads them."""
    out: set[int] = set()
    for _, run in groupby(enumerate(sorted(pipes)), key=lambda pair: pair[1] - pair[0]):  # runs of adjacent lines
        block = [i for _, i in run]
        rows = [[c.strip() for c in lines[k].strip().strip("|").split("|")] for k in block]
        if len(block) >= 3 and all(len(r) >= 3 for r in rows[:2]) and find_header(rows) is None:
            out.update(k for k, r in zip(block, rows) if len(r) >= 3)
    return out


# a section or group heading run into the line before it (a page whose paragraphs run together):
# …达标率90%。（二）聚焦设施建管 · …做出了积极贡献。一、2021年完成的主要工作（一）民政系统…
_RUN_IN_MARK = re.compile(rf"(?:(?P<sec>[{_NUM}]+)、|[（(](?P<grp>[{_NUM}]+)[）)])(?=[\u4e00-\u9fff“\"0-9])")


def _split_run_in(out: list[tuple[int, int, str]], text: str, pipes: set[int]) -> list[tuple[int, int, str]]:
    """Lines split before a heading run into them: only after a sentence end or a short heading, and
    only when its number continues the document's numbering (二、 after 一、, （二） after （一）), so a
    cited item (第三条（二）项) or an enumeration inside a sentence is no heading."""
    result: list[tuple[int, int, str]] = []
    last_sec = last_grp = 0
    for i, (start, end, content) in enumerate(out):
        if not content or i in pipes or (_CHUNK.match(content) and len(content) >= 150):
            result.append((start, end, content))  # (a numbered piece of a sharing page stays whole)
            continue
        head = _SECTION_RE.match(content) or _GROUP_RE.match(content)
        if head:
            n = _numeral_value(head.group(1))
            last_sec, last_grp = (n, 0) if _SECTION_RE.match(content) else (last_sec, n)
        cuts, seg = [], 0
        for m in _RUN_IN_MARK.finditer(content, 1):
            before = content[seg:m.start()].rstrip()
            if not (before.endswith(("。", "；", "！", "？")) or (len(before) <= 40 and "。" not in before and (
                    _SECTION_RE.match(before) or _GROUP_RE.match(before)))):
                continue
            n = _numeral_value(m["sec"] or m["grp"])
            if m["sec"] and n == last_sec + 1:
                last_sec, last_grp = n, 0
            elif m["grp"] and n == last_grp + 1:
                last_grp = n
            else:
                continue
            cuts.append(m.start())
            seg = m.start()
        if not cuts:
            result.append((start, end, content))
            continue
        at = start + text[start:end].find(content)
        bounds = [0] + cuts + [len(content)]
        for a, b in zip(bounds, bounds[1:]):
            result.append((start if a == 0 else at + a, end if b == len(content) else at + b, content[a:b].strip()))
    return result


# a header cell naming a unit column of the table: 牵头 单位 · 责任部单位(部门) · 配合单位
_PIPE_UNIT_LABEL = re.compile(r"^(?:牵头|责任|配合|主责|协办|协同|协作|参与|承办)[\u4e00-\u9fff（）()]{0,10}$")
# a cell that is a list of units separated by spaces: 市公路局 市运管局 各区县交委（局） (司: 公司 too)
_UNIT_TOKEN = re.compile(r"^[\u4e00-\u9fff]{2,22}(?:局|队|处|部门|单位|委|厅|室|所|站|院|会|办|中心|部|组|科|股|机关|政府|司|署)"
                         r"(?:[（(][\u4e00-\u9fff、]{1,8}[）)])?$")


def _pipe_unit_labels(lines: list[tuple[int, int, str]], text: str) -> list[str]:
    """The unit columns of a table flattened one cell a line, in order, from its header cells
    (the cell lines before the first numbered item)."""
    labels = []
    for start, end, content in lines:
        if not PIPE_CELL_LINE.match(text[start:end].rstrip("\n")):
            continue
        if _MARKER_LINE.match(content):
            break
        for cell in re.split(r"\|", content):
            cell = re.sub(r"[ \t\u3000]+", "", cell)
            if _PIPE_UNIT_LABEL.match(cell):
                labels.append(cell)
    return labels


# a unit whose remark sits inside its name: 各县区（开发区）安委会
_REMARKED_UNIT = re.compile(r"^(?:[\u4e00-\u9fff]|[（(][\u4e00-\u9fff、]{1,8}[）)]){2,30}?"
                            r"(?:局|队|处|部门|单位|委|厅|室|所|站|院|会|办|中心|部|组|科|股|机关|政府|司|署)"
                            r"(?:[（(][\u4e00-\u9fff、]{1,8}[）)])?$")


def _unit_cell(content: str) -> list[str] | None:
    """The units of a cell that lists only units, else None: separated by spaces or by 、，；, a unit's
    remark in brackets kept with it (市安委办 (工作专班办公室) · 各县区(开发区) 安委会: the spaces of a cell
    wrapped in its column)."""
    units = []
    for part in (p.strip() for p in re.split(r"[、，,；;]", content.strip(" \t\u3000|｜。"))):
        tokens = part.split()
        if tokens and all(_UNIT_TOKEN.match(t) for t in tokens):
            units.extend(tokens)
        elif _REMARKED_UNIT.match(joined := re.sub(r"\s+", "", part)):
            units.append(joined)
        else:
            return None
    return units or None


_CONTENTS_HEAD = re.compile(r"^目?[ \t\u3000]*录$")
# a contents list under a heading that names what it lists (2022年政府决算公开目录 · 信息公开目录): only
# its numbered entries belong to it, the first unnumbered line is the document again
_NAMED_CONTENTS_HEAD = re.compile(r"^[^。，；：:、]{2,24}目录$")
_CONTENTS_ENTRY = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．])")
_ATTACHMENT_LIST = re.compile(r"^附件[ \t\u3000]*[：:][ \t\u3000]*1[、.．]")
_CHUNK = re.compile(r"^(\d{1,2})、")
_RULES_TITLE = re.compile(r"(?:规则|办法|规定|细则|章程|条例|守则)$")
_CHAPTER = re.compile(r"^第[一二三四五六七八九十]+章")
_CHAPTER_LINE = re.compile(r"^第[一二三四五六七八九十]+([章节])[ \t\u3000]*(.{0,30})$")


def _contents_lines(lines: list[tuple[int, int, str]]) -> set[int]:
    """A table of contents: a 目录 line and the short entries under it (一、…表 · 1、收入决算情况),
    up to the first line that is a sentence or repeats an entry (the body's own first heading); or a
    list without its 目录 line opening the text (:func:`~analysis.parse.metadata.opening_contents`)."""
    unlabelled = opening_contents([c for _, _, c in lines])
    out: set[int] = set(range(*unlabelled)) if unlabelled else set()
    for i, (_, _, content) in enumerate(lines):
        named = bool(_NAMED_CONTENTS_HEAD.match(content))
        if not (named or _CONTENTS_HEAD.match(content)):
            continue
        seen, last, by_digits = set(), i, None
        for k in range(i + 1, len(lines)):
            c = lines[k][2]
            if not c:
                continue
            if len(c) > 40 or re.search(r"[。，；：:]", c) or c in seen or (named and not _CONTENTS_ENTRY.match(c)):
                break
            if by_digits is None:
                by_digits = c[:1].isdigit()
            elif by_digits and _SECTION_RE.match(c):
                break  # entries numbered 1、 2、: a 一、 line after them is the body's first part, a level above
            seen.add(c)
            last = k
        if len(seen) >= 3:
            out.update(range(i, last + 1))
    return out


def _attachment_list_lines(lines: list[tuple[int, int, str]]) -> set[int]:
    """An attachment list under a cover notice (附件：1.X ⏎ 2.Y, titles wrapped over lines): its
    numbered entries are documents, not tasks."""
    out: set[int] = set()
    for i, (_, _, content) in enumerate(lines):
        first = i
        if re.fullmatch(r"附件[ \t\u3000]*[：:]", content):  # (附件： alone, its first entry on the next line)
            first = next((k for k in range(i + 1, len(lines)) if lines[k][2].strip()), i)
            if first == i or not re.match(r"^1[、.．]", lines[first][2].strip()):
                continue
            out.add(first)
        elif not _ATTACHMENT_LIST.match(content):
            continue
        out.add(i)
        nxt, k, pending = 2, first + 1, []
        while k < len(lines):
            c = lines[k][2].strip()
            if not c:  # (entries a blank line apart: 附件：1.X ⏎ ⏎ 2.Y)
                k += 1
                continue
            if re.match(rf"^{nxt}[、.．]", c):
                out.update(pending + [k])
                nxt, pending = nxt + 1, []
            elif len(c) <= 30 and not re.search(r"[。；：:，]", c) and not _MARKER_LINE.match(c):
                pending.append(k)  # a wrapped title, if the list goes on after it
            else:
                break
            k += 1
    return out


def _chunk_lines(lines: list[tuple[int, int, str]]) -> set[int]:
    """Pieces of a document-sharing page numbered 1、2、3、 at line starts: long lines in sequence,
    one of them cutting a sentence (the next piece goes on mid-word). Not the document's items."""
    numbered = [(i, int(m.group(1))) for i, (_, _, c) in enumerate(lines) if (m := _CHUNK.match(c))]
    if len(numbered) < 2 or [n for _, n in numbered] != list(range(1, len(numbered) + 1)) \
            or any(len(lines[i][2]) < 150 for i, _ in numbered[:-1]):
        return set()  # (the last piece may be short: the excerpt ends in it)
    cut = any(not PIECE_ENDS_SENTENCE.search(lines[i][2]) for i, _ in numbered[:-1])
    return {i for i, _ in numbered} if cut else set()


# a cover notice that issues another document (现将《X》印发给你们 · 关于印发X的通知) and then says what it
# asks of its readers (…并就有关事项通知如下： · 现将有关事项通知如下： · 提出以下要求：)
_ISSUES_ANOTHER = re.compile(r"印发给你们|现印发|现将[^。\n]{0,80}(?:印发|转发)|予以印发|关于(?:印发|转发)[^。\n]{2,80}的通知")
_ASKS_AS_FOLLOWS = re.compile(r"(?:通知如下|要求如下|(?:提出|明确)(?:以下|如下)(?:几点)?要求)[：:]?$")
_ZONE_END_TITLE = re.compile(r"(?:方案|计划|规划|要点|清单|分工|分解表|意见|措施|安排)(?:[（(][^（）()]{4,16}[）)])?$")


def _cover_instruction_lines(lines: list[tuple[int, int, str]], text: str) -> tuple[set[int], int | None]:
    """The cover notice's own numbered instructions: after a cover that issues another document says
    what it asks (see ``_ASKS_AS_FOLLOWS``), its items up to its signature are about that document,
    not its tasks. The zone ends at a date line (the signature), an attachment mark, a title line
    (the issued document begins), a note assigning units (the issued document's items) or a
    numbering that starts again. Out: ``(lines of the zone, index of the line that asks)``."""
    for i, (start, end, content) in enumerate(lines):
        if not _ASKS_AS_FOLLOWS.search(content) or not _ISSUES_ANOTHER.search(text[:end]):
            continue
        zone, seen, numbered = set(), set(), False
        for k in range(i + 1, len(lines)):
            c = lines[k][2]
            marker = _MARKER_LINE.match(c)
            kind = None
            if marker:
                kind = ("section" if _SECTION_RE.match(c) else "group" if _GROUP_RE.match(c)
                        else "number" if _TASK_RE.match(c) else "sub")
            if c and (is_date_line(c) or c.startswith("附件") or _assigns_responsibility([c])
                      or (not marker and len(c) <= 60 and not re.search(r"[。，；：:]", c) and _ZONE_END_TITLE.search(c))
                      or (kind is not None and _numeral_value(re.match(r"^[（(]?([一二三四五六七八九十\d]+)", c).group(1)) == 1
                          and kind in seen)):
                break
            if kind is not None:
                seen.add(kind)
                numbered = True
            zone.add(k)
        return (zone, i) if numbered else (set(), None)
    return set(), None


def _is_rules(doc: Document, lines: list[tuple[int, int, str]]) -> bool:
    """A set of rules (…工作规则, …管理办法, chapters 第一章): its numbered articles are no tasks,
    unless they are assigned to units."""
    first = next((c for *_, c in lines if c), "")
    titles = [str(doc.meta.get("title") or "")] + ([first] if len(first) <= 40 else [])
    chapters = sum(1 for *_, c in lines if _CHAPTER.match(c))
    # a plan in chapters (a 规划: 第一章 发展基础 … 第一节 … 一、…) is no set of rules unless it has articles
    articles = sum(1 for *_, c in lines if _ARTICLE_RE.match(c))
    chaptered_rules = chapters >= 2 and (articles >= 2 or doc.meta.get("kind") != "plan")
    return (any(_RULES_TITLE.search(t) for t in titles) or chaptered_rules) and not _assigns_responsibility([c for *_, c in lines])


# a notice that announces (关于公布第二批…名单的通知 · 关于确定…试点地区的通知 · 关于命名…的决定): what it numbers is
# the list it makes known and what it asks of those named, no unit of work (a notice that arranges work,
# 关于开展/做好…的通知, is a plan: not this)
_ANNOUNCES = re.compile(r"关于(?:公布|确定|命名|认定|授予|表彰|表扬|通报表扬)[^。；\n]{2,80}的(?:通知|决定)$")
_ASSIGNING_VERB = re.compile(r"牵头|负责(?:落实|实施)?[）)，,；。]|配合单位|责任单位")
_RULES_REASON = ("the document is a set of rules (…规则/办法/规定, or chapters 第一章…): its numbered articles are "
                 "not tasks; the document has no rows in the task tables")


def _no_tasks_reason(doc: Document, lines: list[tuple[int, int, str]]) -> str:
    """Why none of a document's numbered items is a task, or ``""``: a set of rules (:func:`_is_rules`), or a
    notice that announces (``_ANNOUNCES``) or calls for applications (``CALL_NOTICE``) whose items assign no unit."""
    if _is_rules(doc, lines):
        return _RULES_REASON
    title = str(doc.meta.get("title") or "")
    if _ANNOUNCES.search(title) and not _assigns_responsibility([c for *_, c in lines]):
        return (f"the document is a notice that announces ({title[:24]}…): its numbered items are the list it makes "
                f"known and what it asks of those named, not tasks; the document has no rows in the task tables")
    # (a call names the office the papers go to, 报某部（规划司）: only a lead or a responsible unit assigns)
    if CALL_NOTICE.search(title) and not any(_RESP_LINE.match(c) or _ASSIGNING_VERB.search(c) for *_, c in lines):
        return (f"the document is a notice that calls for applications or nominations ({title[:24]}…): its numbered "
                f"items ask the addressees to apply, recommend or report, not tasks; the document has no rows in the "
                f"task tables")
    return ""


_ROLE_LABEL = {"lead": "牵头单位", "supporting": "配合单位", "responsible": "责任单位"}


def _add_text_table(b: _Builder, table: TextTable, lines: list[tuple[int, int, str]]) -> None:
    """A task table flattened to text (:mod:`analysis.parse.text_tables`): each row a task whose title
    is its task cell up to the first 。 and whose one clause carries the row's unit and deadline
    cells as a note (``牵头单位：…；完成时限：…``, labels from the columns); header lines and part
    headings printed between rows are headings, the rest of the table's lines text of its rows."""
    b.close_task(lines[table.header_first][0])
    for kind, where, message in table.warnings:
        b.warn(kind, lines[where][0], message)
    row_of = {k: row for row in table.rows for k in range(row.first, row.last + 1)}
    for k in range(table.header_first, table.last + 1):
        start, end, _ = lines[k]
        # (a heading printed in a row's line — a category's cell before the first row it spans — leaves the row its line)
        if table.header_first <= k <= table.header_last or k not in row_of or (k in table.headings and row_of[k].first != k):
            b.close_task(start) if k in table.headings else None
            b.span(start, end, "group_heading" if lines[k][2] else "blank", task=False)
            continue
        row = row_of[k]
        if k == row.first:
            b.close_task(start)
            task_text = "".join(table.column_cells(row, "task")).strip()
            if task_text and (measures := "".join(table.column_cells(row, "measures")).strip()):
                task_text = task_text.rstrip("。") + "。" + measures  # the measures: the task's body
            if not task_text:
                b.warn("empty_item", start, f"flattened table: row {row.no} has no task cell; not a task")
                b.span(start, end, "group_text", task=False)
                continue
            title, body_at = _split_title(task_text)
            b.new_task(start, row.no, title)
            note = _row_note(table, row)
            at = min((lines[c.line][0] + c.start for c in row.cells if c.column is not None
                      and table.roles[c.column] in (*UNIT_ROLES, "deadline")), default=start)
            b.task.clauses.append(Clause(seq=1, start=start, end=lines[row.last][1],
                                         text=task_text[body_at:].strip("。 ").strip(), parenthetical=note,
                                         parenthetical_start=at if note else None))
            b.span(start, end, "task_heading")
        elif b.task is not None:
            b.span(start, end, "clause", 1)
        if k == row.last:
            b.close_task(end)


def _row_note(table: TextTable, row) -> str | None:
    """A row's unit and deadline cells as one note: ``（牵头单位：A、B；配合单位：C；完成时限：D）``."""
    parts = []
    for role in UNIT_ROLES:
        # (a standing rule closing a unit cell, …各镇人民政府（列在首位的为牵头部门，下同）: a field of the note of its own,
        # not a bracket inside it)
        cells = [STANDING_NOTE.sub(r"；\1", re.sub(r"[ \t\u3000\xa0]+", "、", c).rstrip("。；"))
                 for c in table.column_cells(row, role)]
        if any(re.search(r"负责人|责任人|领导", h) for h, r in zip(table.headers, table.roles) if r == role):
            # (牵头单位及主要负责人: 市民政局 李某 — the body, then its head's name, no body)
            cells = ["、".join(t for t in c.split("、") if is_unit_list(t) or not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", t))
                     for c in cells]
        if cells:
            parts.append(f"{_ROLE_LABEL[role]}：{'、'.join(cells)}")
    deadlines = table.column_cells(row, "deadline")
    if deadlines:
        parts.append(f"完成时限：{'，'.join(deadlines)}")
    return f"（{'；'.join(parts)}）" if parts else None


# the label of the notes a bulletin or a report closes with (注释： ⏎ 1.本公报中数据均为初步统计数…), alone on its line
_NOTES_LABEL = re.compile(r"^(?:注释|注解|附注|注|资料来源|数据来源)[：:]$")


_DISCLAIMER = re.compile(r"^(?:特此声明|免责声明|版权声明|本站声明|网站声明)[：:]?$|^(?:\d[.．、]\s*)?本(?:网|站)转载")


def _back_matter_start(lines: list[tuple[int, int, str]], first_body: int) -> int:
    """Index of the first line of the signature/contact block at the end — or of the notes (注释：) that
    close the text after its last part: their 1. 2. items explain the figures, they are no tasks."""
    notes = next((k for k in range(first_body + 1, len(lines)) if _NOTES_LABEL.match(lines[k][2].strip())
                  and not any(_SECTION_RE.match(ln[2]) for ln in lines[k + 1:])), None)
    if notes is not None:
        return notes
    # a site's disclaimer closing the page (特此声明： ⏎ 1. 本网转载…): back matter, whatever its numbering
    i = next((k for k in range(first_body + 1, len(lines)) if _DISCLAIMER.match(lines[k][2])), len(lines))
    while i - 1 > first_body:
        content = lines[i - 1][2]
        nxt = next((ln[2] for ln in lines[i:] if ln[2]), "")
        if (not content or is_date_line(content) or _SIGN_LINE.match(content) or _BACK_LINE.match(content)
                or (len(content) <= 30 and not re.search(r"[。，；：]", content) and is_date_line(nxt or ""))):
            i -= 1
            continue
        break
    return i


def parse_document(doc: Document) -> ParsedDocument:
    """Parse a normalized document into sections, tasks and clauses.

    In: a :class:`~analysis.parse.corpus.Document`. Out: a :class:`ParsedDocument`.
    Never raises on odd text: what it cannot place becomes an ``unplaced``
    span plus a warning; a document without tasks gets a ``no_tasks`` warning.

    The steps: lines that are no body whatever their numbering are set aside
    (:func:`_set_aside`); the body's bounds are found (:func:`_body_bounds`) and the front matter
    before it spanned; each section's kind and numbering mode is decided from the whole section
    (:func:`_plan_body`); then the body is read line by line (:class:`_BodyReader`).
    """
    b = _Builder(doc)
    text = doc.text
    is_report = doc.meta.get("kind") == "report"
    lines = _line_table(text)
    tables = find_text_tables([text[st:en].rstrip("\n") for st, en, _ in lines])
    in_table = {k for t in tables for k in range(t.header_first, t.last + 1)}
    not_body, chunks = _set_aside(b, lines, text)
    no_tasks = _no_tasks_reason(doc, lines)
    rules = bool(no_tasks)
    outline = None if rules else _decimal_outline(lines, not_body)
    if outline is not None:  # (1 总则 ⏎ 1.1 … ⏎ 4.2.1 …: read by its own numbering)
        first_body = outline.heads[0].line
        back = _back_matter_start(lines, first_body)
        _front_spans(b, lines, text, first_body)
        _read_decimal_outline(b, lines, outline, first_body, back, not_body, is_report)
    else:
        first_body, back, tables = _body_bounds(b, lines, tables, in_table, not_body, rules)
        _front_spans(b, lines, text, first_body)
        planned, chapters = _plan_body(b, doc, lines, first_body, back, tables, in_table, not_body, is_report, rules)
        reader = _BodyReader(b, lines, text, first_body, back, tables, planned, chapters, not_body, chunks, is_report)
        reader.read()
    b.close_task(lines[back][0] if back < len(lines) else len(text))
    if back < len(lines):
        b.spans.append(Span(lines[back][0], len(text), "back_matter"))
    _finish(b, lines, first_body, back, no_tasks)
    spans = _merge_spans(sorted(b.spans, key=lambda s: (s.start, s.end)), len(text))
    return ParsedDocument(doc, spans, b.sections, b.tasks, doc.warnings + b.warnings)


# a statistics table's row flattened to text, its label numbered like a part (一、本年新收申请数量 | 0 | 0 |):
# the cells after the label are figures or empty
_STAT_ROW = re.compile(r"^(?P<n>[一二三四五六七八九十]{1,3})、[^|｜]{1,40}?(?P<cells>(?:[ \t]*[|｜][ \t]*[\d.,%％-]*)+)$")


# a figure cell of a table flattened one cell a line, under its row label (一、本级收入 ⏎ 167500)
# (the rejoin may run the next cells on: 701553税收83660)
_FIGURE_CELL = re.compile(r"^\d[\d,]*(?:\.\d+)?[%％]?(?:$|(?=[\u4e00-\u9fff])(?![年月日号个项条家所万亿元]))")


def _statistics_rows(lines: list[tuple[int, int, str]]) -> set[int]:
    """Numbered lines that are rows of a statistics table (see ``_STAT_ROW``, two figures or more; or a
    short label whose next line is a figure alone, a table flattened one cell a line), and the numbered
    line right after such a row that goes on with its numbering (a row cut before its cells): rows, not
    parts."""
    out: set[int] = set()
    previous = None  # (index, numeral) of the last statistics row
    for i, (_, _, content) in enumerate(lines):
        if not content:
            continue
        if ROW_LABEL.match(content.strip()):
            following = next((c.strip() for *_, c in lines[i + 1:] if c.strip()), "")
            if _FIGURE_CELL.match(following):
                out.add(i)
                continue
        m = _STAT_ROW.match(content)
        if m and len(re.findall(r"\d", m["cells"])) >= 2:
            out.add(i)
            previous = (i, number_value(m["n"]))
            continue
        nxt = re.match(r"^([一二三四五六七八九十]{1,3})、", content)
        if previous and nxt and number_value(nxt.group(1)) == previous[1] + 1:
            out.add(i)
        previous = None
    return out


def _set_aside(b: _Builder, lines, text: str) -> tuple[set[int], set[int]]:
    """The lines that are no body whatever their numbering — a table of contents, an attachment
    list, the numbered pieces of a document-sharing page, a cover notice's instructions about the
    document it issues — and, among them, the sharing page's pieces. Warns for what it sets aside."""
    chunks = _chunk_lines(lines)
    not_body = _contents_lines(lines) | _attachment_list_lines(lines) | chunks | _statistics_rows(lines)
    instructions, asks_at = _cover_instruction_lines(lines, text)
    if instructions:
        not_body |= instructions
        asks = _ASKS_AS_FOLLOWS.search(lines[asks_at][2]).group().rstrip("：:")
        for k in sorted(instructions):
            if _MARKER_LINE.match(lines[k][2]):
                b.warn("tasks_uncertain", lines[k][0], f"item {lines[k][2][:16]}… is an instruction of the cover notice "
                       f"(after its {asks}) about the document it issues, not one of its tasks; not read as a task")
    if chunks:
        b.warn("tasks_uncertain", lines[min(chunks)][0], f"lines numbered 1、…{len(chunks)}、 are pieces of a "
               f"document-sharing page (long lines cut mid-sentence), not items; not read as tasks")
    return not_body, chunks


def _body_bounds(b: _Builder, lines, tables, in_table: set[int], not_body: set[int], rules: bool):
    """(first body line, first back-matter line, the flattened tables inside the body). The body opens
    at the first section heading, else at a task table before it, else (no sections) at the first
    numbered line; sets the builder's implicit section for a text without sections."""
    first_body = next((i for i, (_, _, c) in enumerate(lines)
                       if _SECTION_RE.match(c) and i not in in_table and i not in not_body), None)
    opening = next((i for i, (_, _, c) in enumerate(lines) if c.strip() and i not in not_body), None)
    group = _GROUP_RE.match(lines[opening][2]) if opening is not None else None
    if (first_body is not None and opening is not None and opening < first_body and group and not rules
            and _numeral_value(group.group(1)) > 1 and not (tables and tables[0].header_first < first_body)):
        # the text opens on （五） before a part heading (四、保障措施): a later page of a paged copy, cut inside a part
        # whose heading it lost — its items are that part's
        first_body = opening
        b.section, b.section_kind = "", "tasks"
        b.warn("tasks_uncertain", lines[opening][0], f"the text opens inside a part, at its item （{group.group(1)}）, before "
               f"the first part heading: the items before it read as tasks of a part whose heading is not in the text")
    elif tables and (first_body is None or tables[0].header_first < first_body):
        # a task table before any section (or in a text without sections) opens the body
        first_body = tables[0].header_first
        b.section, b.section_kind = "", "tasks"
    elif first_body is None:
        # no sections: treat numbered lines anywhere as tasks of one implicit section — but not the notes
        # a text closes with (注解： ⏎ 1.人口性别比：指…)
        notes = next((k for k, (_, _, c) in enumerate(lines) if _NOTES_LABEL.match(c.strip()) or _DISCLAIMER.match(c)),
                     len(lines))  # (nor a site's disclaimer: 特此声明： ⏎ 1. 本网转载…)
        named = set(_named_items([c for *_, c in lines[:notes]]))
        first_body = next((i for i, (_, _, c) in enumerate(lines[:notes]) if i not in not_body and (
                           _TASK_RE.match(c) or _GROUP_RE.match(c) or _SUBITEM_RE.match(c) or _SHI_RE.match(c)
                           or c in named or (_ARTICLE_RE.match(c) and _RESP_PAREN.search(c)))),
                          len(lines))
        b.section, b.section_kind = "", "other" if rules else "tasks"
        if first_body < len(lines) and not rules:
            b.warn("no_sections", lines[first_body][0], "no section headings (一、…); numbered items read as tasks")
    back = max([_back_matter_start(lines, first_body)] + [t.last + 1 for t in tables])
    tables = [t for t in tables if first_body <= t.header_first < back]
    return first_body, back, tables


def _front_spans(b: _Builder, lines, text: str, first_body: int) -> None:
    """The front matter, with the preamble paragraph(s) just before the first section."""
    pre = first_body
    while pre > 0 and (not lines[pre - 1][2] or (len(lines[pre - 1][2]) >= 40 and re.search(r"[。：]$", lines[pre - 1][2]))):
        pre -= 1
    while pre < first_body and not lines[pre][2]:
        pre += 1
    front_end = lines[pre][0] if pre < len(lines) else len(text)
    b.spans.append(Span(0, front_end, "front_matter"))
    if pre < first_body:
        b.spans.append(Span(front_end, lines[first_body][0] if first_body < len(lines) else len(text), "preamble"))


def _kind_of_its_items(kind: str, mode: str | None, section_lines: list[str], items: list[str]) -> str:
    """A tasks section's kind from its items: numbered goal items only (1.指导思想 2.基本原则 under a part named for its
    theme, 一、牢牢把握总体原则…) make it goal; the phases of the work only, assigned to nobody, closing (a schedule)."""
    if kind != "tasks":
        return kind
    numbered = [c for c in section_lines if _TASK_RE.match(c)]
    if mode == "number" and len(numbered) >= 2 and all(is_goal_item(_TASK_RE.match(c).group(2)) for c in numbered):
        return "goal"
    if len(items) >= 2 and all(_PHASE_ITEM.match(c) for c in items) and not _assigns_responsibility(section_lines):
        return "closing"
    return kind


def _plan_body(b: _Builder, doc: Document, lines, first_body: int, back: int, tables, in_table: set[int],
               not_body: set[int], is_report: bool, rules: bool) -> tuple[dict, dict]:
    """How each section numbers its tasks and what kind it is, decided from the whole section.

    Out: ``planned`` (a section's first line → (kind, numbering mode)) and ``chapters`` (a chapter or
    节 line → its kind). Sets the builder's kind for a body that opens without a heading.
    """
    table_at = {t.header_first: t for t in tables}
    modes: dict[int, str | None] = {}
    # a plan in chapters (第二章 主要任务 ⏎ 第一节 … ⏎ 一、…): its chapter and 节 lines bound sections too, and
    # a goal or closing chapter (第一章 发展基础 · 第五章 保障措施) makes the sections in it goal or closing text
    chapters = {} if rules else {i: _section_kind(_CHAPTER_LINE.match(lines[i][2]).group(2), is_report)
                                 for i in range(first_body, back) if _CHAPTER_LINE.match(lines[i][2])}
    bounds = [i for i in range(first_body, back) if i in chapters or (
              i not in in_table and i not in not_body and _section_heading(lines[i][2], i > first_body))]
    if not bounds or bounds[0] != first_body:
        bounds.insert(0, first_body)
    # (the body opens at its first 一、 heading: a chapter line above it, 第一章 发展基础, still sets its kind)
    opening = next((m for *_, c in reversed(lines[:first_body]) if (m := _CHAPTER_LINE.match(c))), None)
    chapter_kind = _section_kind(opening.group(2), is_report) if opening and opening.group(1) == "章" and not rules \
        else "tasks"
    by_words: list[tuple[str, str | None]] = []
    own_depth: list[bool] = []  # (see _plan_sections)
    for k, i in enumerate(bounds):
        stop = bounds[k + 1] if k + 1 < len(bounds) else back
        if i in chapters:
            chapter_kind = chapters[i] if _CHAPTER_LINE.match(lines[i][2]).group(1) == "章" else chapter_kind
            by_words.append(("other" if chapters[i] == "tasks" else chapters[i], None))
            own_depth.append(False)
            continue
        if i < len(lines):
            heading = _section_heading(lines[i][2], i > first_body)
            first = i + 1 if heading else i
            has_table = any(first <= t.header_first < stop for t in tables) or i in table_at
            modes[i] = "table" if has_table else _task_marker([lines[j][2] for j in range(first, stop)], is_report)
            title = heading.group(2) if heading else ""
            if heading and not title:  # a heading printed alone takes its title from the next line
                title = next((lines[j][2] for j in range(i + 1, stop) if lines[j][2]), "")
            if is_report and modes[i] == "shi" and heading and not _GENERIC_PART.search(title):
                # a report's part named for its theme (一、坚持…，党的领导更加坚强有力) is its unit of work, its
                # 一是/二是 paragraphs the details; only a generic part's (主要工作完成情况) items are read
                modes[i] = None
            section_lines = [lines[j][2] for j in range(first, stop)]
            kind = _section_kind(title, is_report) if heading else b.section_kind
            if is_report and kind == "goal" and modes[i] == "group" and _heading_words(title) == "基本情况" \
                    and _reports_activities(section_lines):
                kind = "tasks"  # 一、基本情况 ⏎ （一）政府网站运行情况 （二）…培训情况: how the work went, item by item
            if is_report and kind == "goal" and modes[i] in ("group", "number") and _REPORT_OVERVIEW.match(_heading_words(title)):
                kind = "tasks"  # 一、总体情况 ⏎ （一）主动公开… (an annual disclosure report): its items are the work reported
            if is_report and heading and _only_cells(section_lines):
                kind = "other"  # a report's part that is a table of figures flattened a cell a line: no unit of work
            if heading and chapter_kind != "tasks":
                kind = chapter_kind
            if heading and heading.group(1).startswith("附件") and (not modes[i] or _EXAMPLES_TITLE.search(title)):
                kind = "other"  # an attachment without numbered items (a list of contacts, a form), or of examples
            items = [c for c in section_lines if _MARKER_LINE.match(c)]
            kind = _kind_of_its_items(kind, modes[i], section_lines, items)
            if kind != "tasks" and modes[i] and _assigns_responsibility(section_lines) and not _safeguard_heading(title):
                kind = "tasks"  # its items are assigned to units: unless the heading names safeguards, they are tasks
            elif (kind == "tasks" and heading and k == len(bounds) - 1 and len(items) >= 2
                  and all(_SAFEGUARD_ITEM.match(_MARKER_LINE.sub("", c, count=1)) for c in items)):
                kind = "closing"  # the last part's every item a standard safeguard (加强组织协调 · 强化资金保障 …)
            elif (kind == "tasks" and not modes[i] and heading and not is_report
                  and any(_GROUP_RE.match(c) for c in section_lines)):
                kind = "goal"  # only goal items: （一）指导思想 （二）基本原则
            if (is_report and heading and k == len(bounds) - 1 and not "".join(section_lines).strip()
                    and not re.search(r"[。；！？]", lines[i][2])  # (no text run into the heading's line)
                    and not any(lines[j][2].strip() for j in range(stop, len(lines)))
                    and any(kd == "tasks" and md for kd, md in by_words)):
                kind = "other"  # the text ends on a part's heading: its items, like the other parts', were cut off
            by_words.append((kind, modes[i]))
            own_depth.append(bool(modes[i]) and (_assigns_responsibility(section_lines)
                                                 or (heading is not None and _names_tasks(title))))
    planned = dict(zip([i for i in bounds if i < len(lines)], _plan_sections(by_words, is_report, own_depth)))
    _review_whole_sections(b, planned, lines, back, doc, rules)
    if first_body in planned and not _SECTION_RE.match(lines[first_body][2]):
        b.section_kind = planned[first_body][0]
    return planned, chapters


class _BodyReader:
    """Reads the body line by line into the builder: section and chapter headings, group headings,
    numbered tasks in the section's mode, flattened-table rows and cells, and the text between them.

    Each ``_…_line`` method takes one line and returns True when it placed it."""

    def __init__(self, b: _Builder, lines, text: str, first_body: int, back: int, tables, planned: dict,
                 chapters: dict, not_body: set[int], chunks: set[int], is_report: bool):
        self.b, self.lines, self.text = b, lines, text
        self.first_body, self.back = first_body, back
        self.table_at = {t.header_first: t for t in tables}
        self.planned, self.chapters = planned, chapters
        self.not_body, self.chunks = not_body, chunks
        self.is_report = is_report
        self.pipe_labels = _pipe_unit_labels(lines, text)
        self.pipe_column = 0  # the unit column the next unit cell of a flattened table fills
        self.mode = planned[first_body][1] if first_body in planned else None
        self.seen_sections: list[str] = []
        self.prev_no: int | None = None
        self.in_goal_item = False
        self.skip: set[int] = set()

    def read(self) -> None:
        b, lines, text = self.b, self.lines, self.text
        for i in range(self.first_body, self.back):
            if i in self.skip:
                continue
            if i in self.not_body:
                if i in self.chunks and b.task is not None:
                    b.add_clauses(lines[i][0], lines[i][1])  # a page piece goes on with the text before it
                else:
                    b.span(lines[i][0], lines[i][1], "closing" if b.tasks else "front_matter", task=False)
                continue
            if i in self.table_at:  # a task table flattened to text: its rows are tasks, whatever the section
                _add_text_table(b, self.table_at[i], lines)
                self.skip.update(range(i, self.table_at[i].last + 1))
                continue
            start, end, content = lines[i]
            raw_line = text[start:end]
            lead = raw_line.find(content) if content else 0  # (a flattened table's bars are not content)
            if not content:
                b.span(start, end, "blank", task=False) if b.task is None else b.span(start, end, "blank")
                continue
            if self._chapter_line(i, start, end) or self._section_line(i, start, end, content, lead):
                continue
            if b.section_kind == "tasks":
                self._task_section_line(i, start, end, content, raw_line, lead)
                continue
            kind = {"goal": "goal", "closing": "closing"}.get(b.section_kind, "goal")
            if b.section_kind == "other":
                kind = "closing" if b.tasks else "goal"
            b.span(start, end, kind, task=False)

    def own_line_title(self, i: int, rest: str) -> tuple[str, tuple[int, int] | None]:
        """A heading printed alone (``（一）``) takes its title from the next short line."""
        if rest:
            return rest, None
        lines = self.lines
        j = next((k for k in range(i + 1, self.back) if lines[k][2]), None)
        if j is None:
            return rest, None
        c = lines[j][2]
        if _MARKER_LINE.match(c) or re.search(r"[。；]", c) or len(c) > 30:
            return rest, None
        self.skip.add(j)
        return c, (lines[j][0], lines[j][1])

    def _chapter_line(self, i: int, start: int, end: int) -> bool:
        """A chapter or 节 heading: what follows up to its first section is its text."""
        if i not in self.chapters:
            return False
        b = self.b
        b.close_task(start)
        b.section_kind = self.planned[i][0]
        b.span(start, end, "section_heading", task=False)
        self.seen_sections.clear()  # (the parts are numbered again in every chapter or 节)
        return True

    def _section_line(self, i: int, start: int, end: int, content: str, lead: int) -> bool:
        """A section heading (一、…): opens a section of the planned kind and mode; a section that is
        one task opens that task."""
        m = _section_heading(content, i > self.first_body and i in self.planned)
        if not m:
            return False
        b = self.b
        b.close_task(start)
        num, rest = m.group(1), m.group(2)
        rest, title_line = self.own_line_title(i, rest)
        if num in self.seen_sections:
            b.warn("section_numbering", start, f"section number {num}、 used twice")
        self.seen_sections.append(num)
        b.section, b.subsection = num, None
        b.section_kind, self.mode = self.planned.get(i, ("other", None))
        self.prev_no = None
        self.in_goal_item = False
        b.sections.append(Section(num, None, rest, b.section_kind, start))
        whole = b.section_kind == "tasks" and self.mode == "self"  # the section is one task
        if whole:
            b.heading_task(start, end, rest, None if title_line else start + lead + len(content) - len(rest), num)
        else:
            b.span(start, end, "section_heading", task=False)
        if title_line:
            b.span(*title_line, "task_heading" if whole else "section_heading", task=whole)
        return True

    def _task_section_line(self, i: int, start: int, end: int, content: str, raw_line: str, lead: int) -> None:
        """A line of a task section: the report's outlook, a group heading, a goal item's text, a framing
        article, a heading over sub-item tasks, a numbered task, a flattened table's cell, a task's
        clause, or text before any task."""
        b = self.b
        if self.is_report and content.startswith("下一步"):
            b.close_task(start)
            b.span(start, end, "closing", task=False)
            b.section_kind = "closing"
            return
        if self._group_line(i, start, end, content, lead):
            return
        mode = self.mode
        if (mode == "subitem" and _TASK_RE.match(content) and self.in_goal_item in (False, "number")
                and (_subitems_below(self.lines, i, self.back) or is_goal_item(_TASK_RE.match(content).group(2)))):
            # a numbered heading over the （1） tasks: it closes the task before it; a goal heading
            # (1.主要目标指标) makes its text goal text, up to the next numbered heading
            b.close_task(start)
            self.in_goal_item = "number" if is_goal_item(_TASK_RE.match(content).group(2)) else False
            b.span(start, end, "goal" if self.in_goal_item else "group_heading", task=False)
            self.prev_no = None
            return
        if self.in_goal_item:
            b.span(start, end, "goal", task=False)
            return
        if mode == "subitem" and _TASK_RE.match(content):
            # a numbered item with no （1） under it, beside headings over （1） tasks: a task itself (a leaf)
            no, rest = _TASK_RE.match(content).groups()
            b.close_task(start)
            b.heading_task(start, end, rest, start + lead + len(content) - len(rest), no)
            self.prev_no = None
            return
        if mode == "article" and _ARTICLE_RE.match(content) and not _RESP_PAREN.search(content):
            # an article that assigns no unit (第一条 为…制定本方案 · 第五条 本方案自…施行) frames the plan
            b.close_task(start)
            b.span(start, end, "closing" if b.tasks else "goal", task=False)
            self.prev_no = _numeral_value(_ARTICLE_RE.match(content).group(1))  # (the numbering goes on)
            return
        if self._numbered_task_line(i, start, end, content, lead):
            return
        m = _SUBITEM_RE.match(content) or _TASK_RE.match(content)
        if b.task is not None and self.pipe_labels and PIPE_CELL_LINE.match(raw_line.rstrip("\n")) and not m:
            self._pipe_cell_line(start, end, content, raw_line, lead)
            return
        if b.task is not None:
            b.add_clauses(start, end, sub_no=m.group(1) if m else None,
                          text_from=start + lead + m.start(2) if m else None)
            return
        kind = "group_text" if b.subsection or mode == "table" else "unplaced"
        if kind == "unplaced" and (b.section or "").startswith("附件"):
            kind = "section_heading"  # an attachment's own title lines, before its first item
        if kind == "unplaced":
            b.warn("unplaced", start, f"text in a task section before any task: {content[:30]}…")
        b.span(start, end, kind, task=False)

    def _group_line(self, i: int, start: int, end: int, content: str, lead: int) -> bool:
        """A group heading (（一）…): a goal item, a leaf task, or a heading over numbered tasks."""
        m = _GROUP_RE.match(content)
        if not (m and self.mode != "self"):
            return False
        b, mode = self.b, self.mode
        b.close_task(start)
        num, rest = m.group(1), m.group(2)
        rest, title_line = self.own_line_title(i, rest)
        b.subsection = num
        # （一）指导思想。… states goals inside a task section; （一）活动对象。… frames an activity (its items
        # still set the section's depth: the parts before it stay goal text)
        self.in_goal_item = is_goal_item(rest) or is_frame_item(rest)
        if self.in_goal_item:
            b.sections.append(Section(b.section or "", num, _split_title(rest)[0], "goal", start))
            b.span(start, end, "goal", task=False)
            if title_line:
                b.span(*title_line, "goal", task=False)
            return True
        b.sections.append(Section(b.section or "", num, _split_title(rest)[0], "group", start))
        # a group with no numbered item under it, among groups that have them, is a leaf: a task
        leaf = mode == "group" or (mode == "number" and not _numbered_below(self.lines, i, self.back)) or (
            mode == "named" and not _item_below(self.lines, i, self.back, _NAMED_RE.match, (_GROUP_RE, _SECTION_RE)))
        if leaf:
            b.heading_task(start, end, rest, None if title_line else start + lead + len(content) - len(rest),
                           f"（{num}）")
        else:
            b.span(start, end, "group_heading", task=False)
        if title_line:
            b.span(*title_line, "task_heading" if leaf else "group_heading", task=leaf)
        self.prev_no = None
        return True

    def _numbered_task_line(self, i: int, start: int, end: int, content: str, lead: int) -> bool:
        """A task numbered in the section's mode (1. · （1） · 一是 · 第三条), with a warning where the
        numbering skips."""
        mode, b, prev_no = self.mode, self.b, self.prev_no
        m = {"number": _TASK_RE, "subitem": _SUBITEM_RE, "shi": _SHI_RE, "article": _ARTICLE_RE,
             "named": _NAMED_RE}.get(mode)
        m = m.match(content) if m is not None else None
        if not m:
            return False
        no, rest = m.group(1), m.group(m.lastindex)
        n = _numeral_value(m.group(2) if mode == "named" else no)
        if mode == "article" and prev_no is None:  # (framing articles before the first task count)
            prev_no = next((_numeral_value(a.group(1)) for *_, c in reversed(self.lines[:i])
                            if (a := _ARTICLE_RE.match(c))), None)
        if prev_no is not None and n != prev_no + 1:
            b.warn("task_numbering", start, f"task {no} follows task {prev_no}")
        elif prev_no is None and n != 1 and not b.tasks:
            b.warn("task_numbering", start, f"first task is numbered {no}")
        elif prev_no is None and n != 1 and b.tasks and n != self._last_task_value() + 1:
            b.warn("task_numbering", start, f"task {no} follows task {b.tasks[-1].task_no}")
        self.prev_no = n
        b.close_task(start)
        b.heading_task(start, end, rest, start + lead + len(content) - len(rest),
                       {"number": no, "subitem": no if not no.isascii() else f"（{no}）", "shi": f"{no}是",
                        "article": f"第{no}条", "named": no}[mode])
        return True

    def _last_task_value(self) -> int:
        """The number of the last task read (工程四 → 4, 12 → 12; 0 when it has none): a numbering may go on
        across groups."""
        no = self.b.tasks[-1].task_no
        if no.isdigit():
            return int(no)
        m = _NAMED_RE.match(no + "、")
        return _numeral_value(m.group(2)) if m else 0

    def _pipe_cell_line(self, start: int, end: int, content: str, raw_line: str, lead: int) -> None:
        """A cell of a table flattened one cell a line: a unit cell fills the next unit column (a row
        continued without its item cell starts again after its content cell)."""
        b = self.b
        units = _unit_cell(content)
        if units is None:
            self.pipe_column = 0
            cell_end = start + lead + len(content)
            b.add_clauses(start, cell_end)
            b.span(cell_end, end, "clause", b.task.clauses[-1].seq if b.task.clauses else None)
            return
        label = self.pipe_labels[min(self.pipe_column, len(self.pipe_labels) - 1)]
        self.pipe_column += 1
        at = start + raw_line.find(content)
        clause = Clause(seq=len(b.task.clauses) + 1, start=start, end=end, text="",
                        parenthetical=f"{label}：{'、'.join(units)}", parenthetical_start=at)
        b.task.clauses.append(clause)
        b.span(start, end, "clause", clause.seq)


# a part of an emergency plan naming the bodies that command the response and their duties (2 组织机构和职责 ·
# 2 应急组织指挥体系及职责): what the bodies are and do, as a joint body's 主要职责, no unit of work
_COMMAND_FRAME = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:组织|指挥)[\u4e00-\u9fff]{0,4}(?:机构|体系)(?:[及和与]?其?(?:主要)?职责)?$")
# the supplementary provisions closing a plan (7 附则: who interprets it, when it takes effect)
_SUPPLEMENTARY = re.compile(r"^附\s*则$")


def _decimal_outline(lines: list[tuple[int, int, str]], not_body: set[int]) -> DecimalOutline | None:
    """The body's decimal outline (:mod:`analysis.parse.decimal_outline`), unless the text has parts numbered
    一、 (two or more): then the decimal numbers are items inside those parts."""
    outline = find_decimal_outline(lines, not_body)
    if outline is None:
        return None
    parts = sum(1 for k, line in enumerate(lines) if k not in not_body and _SECTION_RE.match(line[2]))
    return outline if parts < 2 else None


def _outline_part_kind(title: str, is_report: bool) -> str:
    """A decimal outline's part: its command bodies are goal text, its 附则 closing; else as a 一、 part."""
    head = _heading_words(title).strip(" 。.：:")
    if _COMMAND_FRAME.match(head):
        return "goal"
    if _SUPPLEMENTARY.match(head):
        return "closing"
    return _section_kind(title, is_report)


def _outline_title(content: str, head: OutlineHead) -> tuple[str, int]:
    """A decimal heading's title and where its text starts in ``content``: the contents' title when the
    text runs into it (3.1市场监测国家发展改革委… → 市场监测), else as an item line's (:func:`_split_title`)."""
    rest = content[head.rest_at:]
    listed = head.contents_title
    if listed and rest.startswith(listed) and len(rest) > len(listed):
        return listed, head.rest_at + len(listed)
    title, body_at = _split_title(rest)
    return title, head.rest_at + body_at


def _read_decimal_outline(b: _Builder, lines, outline: DecimalOutline, first_body: int, back: int,
                          not_body: set[int], is_report: bool) -> None:
    """Read a body numbered as a decimal outline: its parts (1 …) are sections of the kind their titles
    give; in a task part, each leaf heading (one with no heading numbered under it: 3.1 with no 3.1.1,
    or 4.2.1) is a task, numbered as printed, and the text and （1） items under it its clauses; the
    headings above the leaves are groups."""
    heads = outline.head_at()
    kinds = {h.number[0]: _outline_part_kind(_outline_title(lines[h.line][2], h)[0], is_report)
             for h in outline.heads if h.depth == 1}
    # a part whose heading ran into another line (or the excerpt lost): a goal part when it holds goal items
    holds_goals = {h.number[0] for h in outline.heads if is_goal_item(_outline_title(lines[h.line][2], h)[0])}
    kinds.update({part: "goal" for part in holds_goals if part not in kinds})
    text = b.text
    for i in range(first_body, back):
        start, end, content = lines[i]
        if i in not_body or i in outline.contents:
            b.span(start, end, "closing" if b.tasks else "front_matter", task=False)
            continue
        if not content:
            b.span(start, end, "blank", task=b.task is not None)
            continue
        head = heads.get(i)
        if head is None:
            if b.task is not None:
                m = _SUBITEM_RE.match(content)
                lead = text[start:end].find(content)
                b.add_clauses(start, end, sub_no=m.group(1) if m else None,
                              text_from=start + lead + m.start(2) if m else None)
            else:
                kind = b.section_kind if b.section_kind in ("goal", "closing") else (
                    "group_text" if b.subsection else "goal" if not b.tasks else "closing")
                b.span(start, end, kind, task=False)
            continue
        _outline_head(b, lines[i], head, i in outline.leaves, kinds.get(head.number[0], "tasks"))


def _outline_head(b: _Builder, line: tuple[int, int, str], head: OutlineHead, leaf: bool, kind: str) -> None:
    """One heading of a decimal outline: a part, a group, or (a leaf of a task part) a task."""
    start, end, content = line
    b.close_task(start)
    title, body_at = _outline_title(content, head)
    at = start + b.text[start:end].find(content)
    b.section, b.section_kind = str(head.number[0]), kind
    if head.depth <= 2:
        b.subsection = None
    if head.depth == 1:
        b.sections.append(Section(b.section, None, title, kind, start))
    if kind == "tasks" and leaf and head.depth > 1 and not (is_goal_item(title) or is_frame_item(title)):
        b.new_task(start, head.no, title)
        if body_at < len(content):
            b.span(start, at + body_at, "task_heading")
            b.add_clauses(at + body_at, end)
        else:
            b.span(start, end, "task_heading")
        return
    if head.depth > 1:
        b.sections.append(Section(b.section, head.no, title, "group" if kind == "tasks" else kind, start))
        b.subsection = head.no if head.depth == 2 else b.subsection
    if kind == "tasks":
        b.span(start, end, "group_heading" if head.depth > 1 else "section_heading", task=False)
    else:
        b.span(start, end, "closing" if kind == "closing" else "goal", task=False)


# a file's name: an attachment listed by its file (联络员信息表.doc · 申报表.xlsx)
_FILE_NAME = re.compile(r"\.(?:docx?|xlsx?|pdf|wps|et|ofd|zip|rar)$", re.I)
# a report part named for the work in general (一、2022年主要做法及成效): its 一是/二是 items may be
# the tasks (convention c15) or the part itself may be (the facts' schema) — the reader is told
_GENERIC_PART = re.compile(r"主要工作|做法|成效|完成情况|工作情况|总体情况|进展情况|开展情况|办理情况")
# a part heading that reports work done (二、工作开展情况 · 主要做法和工作成效)
_REPORTS_WORK = re.compile(r"工作开展情况|主要做法|工作成效|工作完成情况|取得的成效|主要成效|工作进展情况")
#: a task title this long is no heading: the item runs into its text without a stop, or a page runs together
_LONG_TITLE = 100


# a line opening with characters of a GBK text read one byte off (?。ㄒ唬┚o…: bopomofo where a
# full-width bracket number stood, or a lone ? before a stop): the item number there is lost
_GARBLED_OPENING = re.compile(r"^[ \t\u3000]*(?:\S{0,4}?[\u3105-\u312f]|\?[。，、])")


def _garbled_openings(b: _Builder, body: list[tuple[int, int, str]]) -> None:
    """A ``tasks_uncertain`` warning when body lines open garbled (see ``_GARBLED_OPENING``): the items
    numbered there are not read, and a heading above them may be read as a task in their place."""
    garbled = [(st, c) for st, _, c in body if _GARBLED_OPENING.match(c)]
    if garbled:
        st, c = garbled[0]
        b.warn("tasks_uncertain", st, f"{len(garbled)} line(s) open with garbled characters ({c.strip()[:10]}…) "
               f"where an item number may have stood: those items are not read — check the tasks against the source")


def _an_outline_of_headings(b: _Builder, lines: list[tuple[int, int, str]], first_body: int, empty: list) -> bool:
    """Are the items a table of contents without its 目录 line (一、规划背景 ⏎ （一）发展基础 ⏎ （二）问题挑战 ⏎
    二、总体思路 ⏎ （一）指导思想 … ⏎ 三、主要任务 ⏎ （一）… ⏎ （二）…)? Yes when five items or more carry no text
    at all, the lines up to the last of them are headings (nine in ten), and a goal heading (指导思想, 发展基础 …)
    is among them with nothing under it — in a plan's body it would have its paragraph; not in a document
    that is an outline by its title (纲目, 提纲)."""
    if len(b.tasks) < 5 or len(empty) < len(b.tasks):
        return False
    if re.search(r"纲\s*目|提\s*纲", b.text[:lines[first_body][0] + 200] if first_body < len(lines) else b.text):
        return False  # a document that is an outline (…实施计划（纲目）): its headings are its tasks
    last = max(t.start for t in b.tasks)
    body = [c for st, _, c in lines[first_body:] if c and st <= last]
    headings = [c for c in body if _MARKER_LINE.match(c) and len(c) <= 30 and not re.search(r"[。；：:]", c)]
    goals = [c for c in headings if is_goal_item(re.sub(r"^\S*?[、）)．.]", "", c, count=1))]
    return len(headings) * 10 >= len(body) * 9 and bool(goals)


def _finish(b: _Builder, lines: list[tuple[int, int, str]], first_body: int, back: int, rules: str) -> None:
    """After the line-by-line pass: items enumerated in running text (not in a plan, whose framing
    paragraph may enumerate 一是/二是 before its parts), empty items dropped, tasks renumbered, and
    the warnings that tell the reader what to check. ``rules``: why no numbered item is a task (a set
    of rules, a notice that announces), or ``""``."""
    # (a lone 一是 item whose paragraph runs on to 。二是…。三是…: the enumeration is read whole)
    lone_shi = len(b.tasks) == 1 and b.tasks[0].task_no == "一是"
    if (not b.tasks or lone_shi) and b.doc.meta.get("kind") != "plan" and not rules:
        read, b.tasks = b.tasks, []
        _inline_enumeration(b, lines[:back])
        b.tasks = b.tasks or read
    # an item with neither a title nor text (a heading cut off at the end of an excerpt) is no task, nor an
    # attachment's file name listed as an item (2.联络员信息表.doc)
    empty = [t for t in b.tasks if not any(c.text or c.parenthetical for c in t.clauses)]
    dropped = [(t, f"item {t.task_no} has no title and no text; not a task") for t in empty if not t.title]
    dropped += [(t, f"item {t.task_no} is a file's name ({t.title}), an attachment; not a task")
                for t in b.tasks if _FILE_NAME.search(t.title)]
    if _an_outline_of_headings(b, lines, first_body, empty):
        dropped += [(t, f"item {t.task_no} is an entry of a table of contents (headings only, no text under any, "
                        f"goal headings among them); not a task") for t in b.tasks if t not in [d for d, _ in dropped]]
    for task, why in dropped:
        b.warn("empty_item", task.start, why)
        b.tasks.remove(task)
        b.spans = [Span(s.start, s.end, s.kind if s.task_seq != task.seq else "unplaced", s.section, s.subsection,
                        s.task_seq if s.task_seq != task.seq else None, s.clause_seq) for s in b.spans]
    for k, task in enumerate(b.tasks, 1):
        if task.seq != k:  # renumber after a removal, spans too
            b.spans = [Span(s.start, s.end, s.kind, s.section, s.subsection, k if s.task_seq == task.seq else s.task_seq,
                            s.clause_seq) for s in b.spans]
            task.seq = k
    for task in b.tasks:
        lost = re.search(r"\?|\ufffd", task.title)
        if lost:  # a character lost in an encoding (试?guó）Q时间): the heading cannot be read as written
            b.warn("tasks_uncertain", task.start, f"item {task.task_no}'s heading carries an undecodable character "
                   f"({task.title[max(0, lost.start() - 4):lost.end() + 4]}…): check this task against the source")
        if len(task.title) > _LONG_TITLE:
            b.warn("tasks_uncertain", task.start, f"item {task.task_no}'s heading runs {len(task.title)} characters "
                   f"without a stop ({task.title[:16]}…): text run together, not a heading? check this task")
    _garbled_openings(b, lines[first_body:back])
    reporting = [sec for sec in b.sections if sec.subsection is None and sec.kind == "tasks"
                 and _REPORTS_WORK.search(re.split(r"[。；]", sec.title)[0])]
    if b.tasks and reporting and b.doc.meta.get("kind") != "report":
        b.warn("tasks_uncertain", reporting[0].start, f"part {reporting[0].section}、{reporting[0].title[:16]} reports "
               f"work done, but the document is not read as a report: its items are read as a plan's tasks — check")
    kind = b.doc.meta.get("kind") or ""
    read_as = (b.doc.meta.get("metadata_fields") or {}).get("kind")
    if b.tasks and kind == "plan" and read_as is not None and read_as.rule.startswith("title names a notice that arranges"):
        # 关于做好…工作的通知 ⏎ 有关要求如下：一、高度重视…: a notice arranging work is a plan only weakly — its items may be
        # the requirements it makes, not units of work
        b.warn("tasks_uncertain", b.tasks[0].start, f"the document is a notice read as a plan only by its title "
               f"({read_as.value}, low confidence): its {len(b.tasks)} numbered item(s) ({b.tasks[0].task_no}…) may be "
               f"its requirements, not tasks — check")
    if b.tasks and kind not in ("plan", "report"):
        # a speech, a decision, a news item, a page of unknown kind: whether its items are tasks is a reading
        b.warn("tasks_uncertain", b.tasks[0].start, f"the document is read as {kind or 'of unknown kind'}, not as a plan "
               f"or a report: its {len(b.tasks)} numbered item(s) ({b.tasks[0].task_no}…) are read as tasks — check")
    shi = [t for t in b.tasks if t.task_no.endswith("是") and not t.subsection]
    parts = {sec.section: sec.title for sec in b.sections if sec.subsection is None}
    generic = sorted({t.section for t in shi if _GENERIC_PART.search(parts.get(t.section, ""))})
    if generic and b.doc.meta.get("kind") == "report":
        b.warn("tasks_uncertain", shi[0].start, f"the 一是/二是 items of part {'、'.join(generic)}、"
               f"{parts[generic[0]][:16]} are read as tasks; the part itself may be the unit of work")
    if not b.tasks:
        # name the numbered items the document does have, so the reader sees why none is a task
        numbered = next(((st, c) for st, _, c in lines[first_body:back]
                         if _TASK_RE.match(c) or _GROUP_RE.match(c) or _SUBITEM_RE.match(c)), None)
        if rules:
            b.warn("no_tasks", numbered[0] if numbered else 0, rules)
        elif numbered is not None:
            kinds = sorted({sec.kind for sec in b.sections if sec.subsection is None}) or ["none"]
            b.warn("no_tasks", numbered[0], f"numbered items but no task: {numbered[1][:24]}… is in a section "
                   f"read as {'/'.join(kinds)}; the document has no rows in the task tables")
        else:
            b.warn("no_tasks", 0, "no numbered tasks found; the document has no rows in the task tables")


_INLINE_SHI = re.compile(rf"(?:^|(?<=[。；：\n]))([{_NUM}]{{1,2}})是(?![否的])")
# the words that introduce an enumeration of findings: …主要有以下特点：一是… · 存在以下问题：一是…
_FINDINGS_LEAD = re.compile(r"(?:以下|如下|几个|几点)?(?:特点|特征|问题|不足|原因|困难|短板)[：:]$")


def _inline_enumeration(b: _Builder, lines: list[tuple[int, int, str]]) -> None:
    """A text with no numbered items whose paragraph enumerates ``一是…。二是…。`` in running
    text (a news item, a short report): the enumerated items are its tasks."""
    parts = [(sec.start, sec.kind) for sec in b.sections if sec.subsection is None]
    for start, end, content in lines:
        within = [kind for at, kind in parts if at <= start]
        if within and within[-1] in ("goal", "closing"):
            continue  # a background or closing part's enumeration (一、2019年环境质量状况 … 一是…二是…): no work
        marks = [m for m in _INLINE_SHI.finditer(b.text, start, end)]
        if marks and _FINDINGS_LEAD.search(b.text, max(start, marks[0].start() - 16), marks[0].start()):
            continue  # 主要有以下特点：一是…二是…: what was found, not work done or to do
        # the items count 一是, 二是, 三是 … in order
        run = [m for k, m in enumerate(marks) if _numeral_value(m.group(1)) == k + 1]
        if len(run) < 2 or len(run) != len([m for m in marks if _numeral_value(m.group(1)) <= len(run)]):
            continue
        line_end = end - 1 if b.text[end - 1:end] == "\n" else end
        kept = []
        for sp in b.spans:  # carve the paragraph out of the spans that covered it
            if sp.end <= start or sp.start >= end:
                kept.append(sp)
                continue
            if sp.start < start:
                kept.append(Span(sp.start, start, sp.kind, sp.section, sp.subsection, sp.task_seq, sp.clause_seq))
            if sp.end > end:
                kept.append(Span(end, sp.end, sp.kind, sp.section, sp.subsection, sp.task_seq, sp.clause_seq))
        b.spans = kept
        b.section, b.subsection, b.task = "", None, None
        b.spans.append(Span(start, run[0].start(), "preamble"))
        for k, m in enumerate(run):
            stop = run[k + 1].start() if k + 1 < len(run) else line_end
            b.heading_task(m.start(), stop, b.text[m.end():stop], m.end(), f"{m.group(1)}是")
            b.close_task(stop)
        b.spans.append(Span(line_end, end, "blank"))
        return


def _merge_spans(spans: list[Span], length: int) -> list[Span]:
    """Drop empty spans, merge neighbours of identical attribution, fill gaps as ``unplaced``."""
    out: list[Span] = []
    cursor = 0
    for s in spans:
        if s.end <= s.start:
            continue
        if s.start > cursor:
            out.append(Span(cursor, s.start, "unplaced"))
        if s.start < cursor:  # never expected; keep coverage exact rather than overlapping
            s = Span(cursor, s.end, s.kind, s.section, s.subsection, s.task_seq, s.clause_seq)
            if s.end <= s.start:
                continue
        prev = out[-1] if out else None
        if prev and prev.end == s.start and (prev.kind, prev.section, prev.subsection, prev.task_seq, prev.clause_seq) == (
                s.kind, s.section, s.subsection, s.task_seq, s.clause_seq):
            out[-1] = Span(prev.start, s.end, s.kind, s.section, s.subsection, s.task_seq, s.clause_seq)
        else:
            out.append(s)
        cursor = max(cursor, s.end)
    if cursor < length:
        out.append(Span(cursor, length, "unplaced"))
    return out
