"""Metadata read from a document's own text, each field with its evidence.

In:  a normalized text (stage 1) and the page-furniture lines the normalizer
     removed from it (``发布时间：…``, ``发文机关：…`` fields of a web page).
Out: ``{field: Field}`` for title, issuer, issue_date, published_date, level,
     region, kind, period_start, period_end and doc_number. A field that could not
     be read is absent (or, for a date readable two ways, present with an empty
     value and a note saying what was seen); every present field says which rule
     read it and from which line (an offset into the normalized text, or into the
     source for a furniture line) and how sure the reading is (``confidence``, see
     :mod:`analysis.parse.confidence`), so a researcher can check it. No field is filled
     by a default: an unread kind, level or date stays empty.

The manifest, when it lists the document, wins over all of this (design.md).

Rules, in the order a careful reader applies them (each convention has its invented document in
``tests/data/synthetic/conventions/``, c*, m* and r*):

* **front matter** — the lines before the first part heading; a contents list (目录 …) is skipped.
  Page fields are read in every shape: ``label：value``, ``|`` cells, rows separated by spaces,
  bullets with the value on the next line, a law database's ``【label】value``.
* **title** — the last front-matter line that ends like a document title (方案, 要点, 指引,
  台账, 总结及…思路, 情况表, 答复, 办法, …的函 …), with the lines it wraps from (an organ line
  above, a line ending on 的/、, never a page's words); else the title a cover notice names
  (``关于印发《X》的通知``, not one cited in 《》), a cover sentence (现将《X》印发, 《X》已经…同意,
  特制定《X》, …制定了《X》，现印发给你们 — one document, not 《A》和《B》; a news item's 《X》主要内容如下 or
  发布关于…的通知), a notice that issues nothing else (关于落实…分工的通知), a 名称 field, a news headline,
  a file name, the opening words of a one-line page. A title line that is the end of the title the
  cover names lost its first line, one under an organ printed above it carries its author: the
  cover's title either way. A speech's title (在…会议上的讲话) is one. File-name tails (.docx,
  （18页）) and page tags are cut; never a line that reads like a sentence.
* **issuer** — a ``发文机关`` field; else the signature block (the organ name or names on the lines
  just above the signature date, or on its line); else ``X关于印发…`` / the organ a title opens with /
  a red header (…文件) / the organ printed under the title; else the page's 发布机构 (or, last, 来源)
  field. A short or regionless name is completed from another reading that names its region. An
  issuer is an organ name (it ends like one: 厅, 局, 委员会, 办公室, 人民政府, 大队 …), never a sentence.
* **issue_date** — the signature date in any written form (``2021年3月8日``, ``二〇二一年三月八日``,
  ``2021.3.8``, ``20210308``, ``2024327``, ``2023年3月6``, spaced digits), else a date beside the
  文号 or of the meeting a report was given at, else a ``成文日期``/``发文日期`` field. A web page's
  publication (or record) time is ``published_date``, never the issue date.
* **level** and **region** — the issuer's administrative division, looked up in
  ``data/divisions.csv`` (province / prefecture / county; Beijing, Tianjin, Shanghai, Chongqing are
  provincial), national for central organs (an organ written with its term, 十四届全国人大常委会, too);
  without an issuer, the division the title opens with, the addressees (县直各单位 → county; 自治区人民政府
  各组成部门 → provincial), the division the opening calls its own (结合我县实际; 我区 beside 自治区 is the
  region), else the opening paragraph's first division — not the higher bodies it carries out the
  deployments of, nor an addressee line — or the body it works under (在县委县政府的领导下: 县/旗/省 only),
  else the level word the bodies it assigns work to share (县司法局 …); a bare 市 in a text naming one of
  the provincial-level municipalities is provincial. A new area below a province has none of the four.
* **kind** — from the title (report, plan or other: a regulation, a letter that asks, a call for
  comments, news of a release, a speech); without a title, from the opening (…报告如下; 2023年是…之年;
  制定本方案 · 提出以下意见 → a plan; 今年以来，… → a report, weakly), a news lead, or the part headings.
  Never a default: an unread kind stays empty.
* **period** — in the title (``（2021—2023年）``, ``2021年至2023年``, ``20212023年``, “十四五”…规划/行动方案,
  the one year of a 工作要点 or of a yearly list of a longer plan, with or without that plan's years:
  …三年行动2021年…任务清单), never a cited document's years — but for a division of a cited plan's tasks
  (关于落实《…第十一个五年规划纲要》…分工的通知: that plan's years, flagged low);
  else as the text states it (本规划实施期限为…, …年度重点任务…制定本计划) or the year its opening sets out.
* **doc_number** — the document's own 文号 in the front matter (alone, beside the date or the signer,
  without its 号) or a ``发文字号`` field.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from .numerals import number_value
from .divisions import (BRANCH_OFFICE, DIVISIONS_PATH, LEVELS, _NATIONAL, _ORGAN_PREFIX, Division, central_office_prefix, division_of,  # noqa: F401
                        _unknown_county_below, level_of_issuer, level_of_word)
from .confidence import CARRIED_OUT_PERIOD, OTHER_KIND_PERIOD, PUBLISHER_LABELS
from .text_tables import ROW_LABEL, UNIT_ROLES, find_text_tables

__all__ = ["Field", "FIELDS", "read_metadata", "opening_contents", "division_of", "level_of_issuer", "parse_written_date", "is_organ_line",
           "organ_names", "is_date_line", "is_field_line", "is_title_line", "signs_under_a_sentence",
           "canonical_number", "DOC_NUMBER", "LEVELS",
           "DIVISIONS_PATH"]

FIELDS = ("title", "issuer", "issue_date", "published_date", "level", "region", "kind", "period_start",
          "period_end", "doc_number")


@dataclass(frozen=True)
class Field:
    """One metadata value and where it came from.

    ``rule`` names the rule that read it; ``evidence`` is the line it was read
    from; ``offset`` is that line's offset in the normalized text, or, when the
    line was page furniture removed by the normalizer, ``source_offset`` is its
    offset in the source. ``confidence`` is ``high``, ``medium`` or ``low``
    (see :data:`CONFIDENCE_RULES`): how far the rule and the other readings of the
    same field support the value; ``note`` says why, for a researcher to check.
    """

    value: str
    rule: str
    evidence: str
    offset: int | None = None
    source_offset: int | None = None
    confidence: str = ""
    note: str = ""


# -- dates in every written form ---------------------------------------------------

_CN = "〇○零Ｏ一二三四五六七八九十"
_DATE_FORMS = [
    re.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
    # (a copy may write the digit 0 for 〇 in a year of numerals: 二0一0年九月二十六日)
    re.compile(rf"(?P<y>(?=[{_CN}Oo0]{{0,3}}[一二三四五六七八九])[{_CN}Oo0]{{4}})年(?P<m>[{_CN}]{{1,2}})月(?P<d>[{_CN}]{{1,3}})日"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})(?!\d)"),
]
# separators lost in copying (only on a line of its own: a bare number elsewhere is not a date):
# 20191118; 2024327 and 2020928 (seven digits: month or day has one digit, read when only one split
# gives a date); 202437
# (its 日 may be left: 2024613日 — the 年 and 月 lost)
_DATE_RUN = re.compile(r"^(?P<y>(?:19|20)\d\d)(?P<rest>\d{2,4})日?$")
# a date line whose 日 was lost: 2023年3月6 (only on a line of its own)
_NO_DAY_WORD = re.compile(r"^(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})$")


def _figure_cell(line: str, above: str) -> bool:
    """A line of digits alone (201165) under a table's row label (二、转移性收入) or under another figure: a cell
    of a table flattened one cell a line, not a date whose separators were lost."""
    return bool(_DATE_RUN.match(line.strip())) and bool(
        ROW_LABEL.match(above) or re.search(r"\d$", above))


def _ambiguous_run(line: str) -> list[str]:
    """The dates a line of digits alone can be when it can be two (2024111: 2024-01-11 or 2024-11-01)."""
    m = _DATE_RUN.match(line.strip())
    if not m or len(m["rest"]) != 3:
        return []
    y, rest = int(m["y"]), m["rest"]
    dates = sorted({_iso(y, int(rest[:a]), int(rest[a:])) for a in (1, 2)} - {None})
    return dates if len(dates) == 2 else []


def _run_date(y: int, rest: str) -> str | None:
    """The date ``YYYY`` + ``rest`` (2–4 digits, separators lost) when exactly one reading is a date."""
    splits = {2: [(1, 1)], 3: [(1, 2), (2, 1)], 4: [(2, 2)]}[len(rest)]
    dates = {_iso(y, int(rest[:a]), int(rest[a:])) for a, _ in splits} - {None}
    return dates.pop() if len(dates) == 1 else None


def _cn_number(s: str) -> int:
    """二〇二一 → 2021 (digit by digit; the letter O a copy wrote for 〇 included), 三十一 → 31."""
    return number_value(s.translate(_LETTER_ZERO))


_LETTER_ZERO = str.maketrans({"Ｏ": "〇", "O": "〇", "o": "〇", "0": "〇"})


def _iso(y: int, m: int, d: int) -> str | None:
    import datetime as _dt

    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_written_date(text: str, whole_line: bool = False) -> str | None:
    """The first date written in ``text`` as ISO ``YYYY-MM-DD``, or None.

    Reads ``2021年3月8日``, ``二〇二一年三月八日``, ``2021-03-08`` / ``2021.3.8``
    and, when ``whole_line`` (the text is a line of its own), ``20210308``.
    """
    for form in _DATE_FORMS:
        m = form.search(text)
        if m:
            try:
                y, mo, d = (int(m[k]) if m[k].isdigit() else _cn_number(m[k]) for k in ("y", "m", "d"))
            except (KeyError, ValueError):
                continue
            iso = _iso(y, mo, d)
            if iso:
                return iso
    if whole_line:
        line = re.sub(r"(?<=\d)[ \t\u3000]+(?=\d)", "", text.strip())  # 2 0 2 3 年: digits spaced out
        if line != text.strip():
            return parse_written_date(line, whole_line=True)
        m = _DATE_RUN.match(line)
        if m:
            return _run_date(int(m["y"]), m["rest"])
        m = _NO_DAY_WORD.match(re.sub(r"[ \t\u3000]+", "", line))
        if m:
            return _iso(int(m["y"]), int(m["m"]), int(m["d"]))
    return None


# the seal another organ put under a name: （国家知识产权局代章）
_SEAL_NOTE = re.compile(r"[（(][^（）()]{2,30}(?:代章|代印|盖章)[）)]")
# a note printed on the signature's line: （此件发至乡）      2017年6月13日
_SIGNATURE_NOTE = re.compile(r"^[ \t\u3000]*[（(]此件[^）)]{0,12}[）)]")


def _is_date_line(line: str) -> bool:
    """A line that is only a date (a signature date), in any written form."""
    s = re.sub(r"[\s（）()]", "", _SIGNATURE_NOTE.sub("", line))
    if not s or len(s) > 16:
        return False
    if _DATE_RUN.match(s) or _NO_DAY_WORD.match(s):
        return parse_written_date(s, whole_line=True) is not None
    rest = s
    for form in _DATE_FORMS:
        rest = form.sub("", rest)
    return rest in ("", "印发", "发布") and parse_written_date(s) is not None


# -- administrative divisions -------------------------------------------------------


# -- organ names -----------------------------------------------------------------

_ORGAN_END = re.compile(
    r"(?:厅|局|委员会|委|办公室|办公厅|人民政府|政府|党组|党委|大队|支队|总队|中队|执法队|队|中心|院|所|部|署|处|站|"
    r"管理局|司法局|办|领导小组|指挥部|联席会议|司|总社|合作社|供销社|联合社|联社|常委会|档案馆|博物馆|图书馆|文化馆|分行|银行|执法检查组|检查组|督查组|督导组|调研组|"
    r"总工会|工会|妇联|妇女联合会|残联|残疾人联合会|科协|科学技术协会|联合会|团委|红十字会|督查室|研究室|^中共中央|^中央军委)$")  # (people's organisations sign with the bodies)
_SENTENCE = re.compile(r"[。，；！？、“”《》：:]")
_ORGAN_RUN = re.compile(r"(?:厅|局|委员会|办公室|办公厅|人民政府|党组|党委|委|工作部|宣传部|组织部|督查室|研究室)")


def _is_organ(line: str) -> bool:
    s = line.strip()
    return (3 <= len(s) <= 40 and not _SENTENCE.search(s) and bool(_ORGAN_END.search(s)) and not re.search(r"\d", s)
            and not s.endswith("网站"))  # 县政府网站: a site, not an organ


def organ_names(line: str) -> list[str]:
    """The organ names a line consists of (joint issuers separated by spaces or run together); [] if any
    part is not an organ name."""
    return _organs(line)


def is_date_line(line: str) -> bool:
    """Is ``line`` only a date, in any written form (``2021年3月8日``, ``二〇二一年三月八日``, ``20191118``)?"""
    return _is_date_line(line)


def is_title_line(line: str) -> bool:
    """Is ``line`` a document's title or its last line: it ends like a plan or a report and is
    no sentence (``某市2023年法治政府建设工作要点``, ``实施意见``)?"""
    s = _norm_line(line)
    return _ends_like_title(_clean_title(s)) and s.count("《") == s.count("》") and s.count("（") == s.count("）")


def is_organ_line(line: str) -> bool:
    """Is ``line`` only the name(s) of issuing organs (a header or a signature line)?"""
    return bool(_organs(line))


# the central organs that issue jointly (中共中央 国务院 · 中共中央办公厅 国务院办公厅), printed run together once the
# space between them is gone
_CENTRAL_ORGAN = re.compile(r"国务院|中共中央|中央军委|全国人大常委会")
# an organ named by its bare level word (自治区人民政府, 区政府, 县委) after another: 自治区党委自治区人民政府
_BARE_LEVEL_ORGAN = re.compile(r"(?:自治区|自治州|省|市|县|区|州|盟|旗)(?:人民政府|政府|党委|委员会|委)$"
                               # (or a department by its bare level word: 区委社会工委区民政局 → 区民政局)
                               r"|(?:省|市|县|区|州|盟|旗)[\u4e00-\u9fff]{1,10}?(?:局|厅|委员会|办公室)$")


# the government of a place the division table does not know (renamed since: 长清县人民政府), the rest of a run of joint
# issuers (中共长清县委长清县人民政府)
_PLACE_GOVERNMENT = re.compile(r"[\u4e00-\u9fff]{2,3}?(?:省|市|县|区|旗|州)(?:人民政府|政府)$")


def _organs(line: str) -> list[str]:
    """An organ line → its organ names (joint issuers may share a line, separated by spaces)."""
    parts = [p for p in re.split(r"[\s\u3000]+", line.strip()) if p]
    if len(parts) > 1 and all(_is_organ(p) for p in parts):
        return parts
    s = re.sub(r"[\s\u3000]+", "", line)
    if _SENTENCE.search(s):
        return []
    if not _ORGAN_END.search(s):
        return _central_organs_run(s)
    # joint issuers run together: 河南省交通运输厅河南省公安厅 → split where a division starts after an organ ends
    # (four of them are longer than one organ name may be: split first, then check each)
    # (not after a central administration's name that opens its own office's: 国家税务总局山东省税务局)
    office = len(central_office_prefix(s))
    cuts = [0] + sorted({m.end() for m in _ORGAN_RUN.finditer(s)
                         if m.end() < len(s) and m.end() != office
                         and not BRANCH_OFFICE.match(s, m.end() - 1)  # (…局岳阳县分局: the bureau's branch, one organ)
                         and (division_of(s[m.end():])[0] or _BARE_LEVEL_ORGAN.match(s, m.end())
                              or _PLACE_GOVERNMENT.match(s, m.end())
                              or _CENTRAL_ORGAN.match(s, m.end()))}
                        | {m.end() for m in re.finditer(r"中共中央|中央军委", s) if _CENTRAL_ORGAN.match(s, m.end())})
    parts = [s[a:b] for a, b in zip(cuts, cuts[1:] + [len(s)])]
    if len(parts) > 1 and all(_is_organ(p) for p in parts):
        return parts
    return _central_organs_run(s) or ([s] if _is_organ(s) else [])


# the names of central ministries, commissions and administrations in their short forms, one after another with nothing
# between (民政部发展改革委科技部工业和信息化部财政部市场监督管理总局中国残联: a joint national notice's issuers)
_CENTRAL_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:委员会|部|委|总局|总署|局|署)|(?P<people>中国残联|全国总工会|共青团中央|全国妇联)")


def _central_organs_run(s: str) -> list[str]:
    """Two or more central organs run together (see ``_CENTRAL_NAME``): their names, when the run is those names
    exactly, the first a ministry or administration (交通运输部, 市场监管总局), two in three at least central by their
    names (all of them, for two) and none opening with a place."""
    names, people, at = [], set(), 0
    if len(s) > 120:
        return []  # (a run of names, not a paragraph)
    while at < len(s):
        m = _CENTRAL_NAME.match(s, at)
        if m is None:
            return []
        names.append(m.group())
        if m["people"]:
            people.add(m.group())
        at = m.end()
    national = [n for n in names if level_of_issuer(n)[0] == "national"]
    # (a bureau of a ministry is no issuer beside it: 中央军委后勤保障部卫生局, 交通运输部海事局 — every name central by
    # itself, a commission by its short name, or one of the people's organisations)
    central = all(n in national or (n.endswith("委") and len(n) >= 4) or n in people for n in names)
    if (len(names) < 2 or level_of_issuer(names[0])[0] != "national" or not central
            or len(names) == 2 and len(national) < 2):
        return []
    return names if all(division_of(n)[0] is None for n in names) else []


# -- titles ------------------------------------------------------------------------

_PLAN_END = (r"(?:(?:分解|分工|任务|清单|责任|计划|安排|进度|一览)表|实施方案|行动方案|工作方案|分工方案|方案|行动计划|"
             r"工作计划|计划|规划|规划纲要|纲要|实施意见|意见|要点|工作安排|安排|清单|措施|任务分工|责任分解|任务分解|分工|指引|台账|"
             r"预案|重点任务(?![\u4e00-\u9fff])|工作谋划|谋划|工作思路|工作事项|重点事项|若干举措|举措)")
# a plan named for its years of action (…强州建设三年行动（2024—2026年）) ends a title, not a one-year list's
# search (2021年…三年行动任务清单 is the list)
_ACTION_YEARS = r"[一二三四五两]年行动"
# (an emergency plan, 应急预案: who does what when it happens; a list of key tasks, 2022年…发展重点任务: what is
# to be done — not 主要任务, which a news headline ends on: 某局确定…主要任务; 重点任务 only where the words end,
# so that a one-year search goes on to …重点任务清单)
# a report names what it reports on (总结, 情况, 汇报), or looks back and ahead in one title:
# …2022年工作总结及2023年工作思路 / 工作计划 / 重点工作安排; …情况表; a reply to a proposal (…提案的答复)
# (a table of progress made: …进展情况汇总表, …完成情况统计表; a bulletin of a year's figures: …统计公报)
_REPORT_END = (r"(?:报告|总结|情况|汇报|公报|述职报告|(?:进展|完成|执行|落实)?情况(?:汇总|统计)?表|答复|决算公开|审计结果公告|"
               r"(?:总结|情况)(?:及|和|暨|与|以及)[^。，；]{0,30}?(?:思路|打算|谋划|计划|安排|要点|重点工作|重点))")
# a regulation (办法, 规则, 细则 …) or a letter (…的函): neither a plan nor a report by its name
_OTHER_END = r"(?:办法|细则|规则|规定|条例|章程|制度|(?:操作|工作|技术|管理)?规程|(?:工作|管理|技术|服务)规范|(?:参照|指导|专业|产品|产业|岗位|技术|设备)目录|的(?:复)?函|的通报|上的讲话|讲话稿|上的致辞|上的发言)"
# a notice, an announcement, a list of names or a statement: another document, titled so (…体能测评通知 ·
# …拟录用公务员公示公告 · …面试递补人员名单 · 关于…情况的说明) — a title line, never a plan's or a report's
# (a headline of what a body did ends so too: 多部门印发…试点城市名单 — news, not the list's title)
_NOTICE_END = r"(?:(?<!的)通知|通告|公告|公示|名单|说明)"
# a year's counted list of projects ends a title too (某县2023年实施50项民生实事); the count and the year make it one
# (民生实事 alone ends a news headline: 某县扎实推进民生实事)
_PROJECTS = r"(?:民生实事|民生工程|惠民实事|为民办实事|实事项目|重点民生项目)(?:项目)?"
_PROJECT_LIST_END = rf"(?:(?:19|20)\d\d年度?[^。，；]{{0,12}}?(?:[1-9]\d{{0,2}}|[一二三四五六七八九十]{{1,3}})(?:项|件){_PROJECTS})"
_PERIOD_PAREN = r"(?:[（(][^（）()]*[）)])?"
_CORE_TITLE_END = re.compile(rf"(?:{_PLAN_END}|{_ACTION_YEARS}|{_REPORT_END}|{_OTHER_END}){_PERIOD_PAREN}$")
_NOTICE_ONLY = re.compile(rf"{_NOTICE_END}{_PERIOD_PAREN}$")
_TITLE_END = re.compile(rf"(?:{_PLAN_END}|{_ACTION_YEARS}|{_REPORT_END}|{_OTHER_END}|{_NOTICE_END}|{_PROJECT_LIST_END}){_PERIOD_PAREN}$")
_HEADLINE_VERB = re.compile(r"(?<!关于)(?:印发|发布|出台|公布)")
_COVER = re.compile(r"关于(?:印发|转发|下发|发布)(?:《(?P<q>[^》]+)》|〈(?P<a>[^〉]+)〉|(?P<p>[^。；\n]{4,80}?))的(?:通知|函)")
_SENTENCE_START = re.compile(r"^(?:为|根据|按照|现将|经|依据|各|请|近日|日前|今年|本|我|在|从|据|将)")
# words that open a sentence as often as a title (以…为核心…措施, 对…提案的答复): a sentence only with a comma
_WEAK_SENTENCE_START = re.compile(r"^(?:以|对)")


def _norm_line(s: str) -> str:
    return re.sub(r"[\s\u3000]+", "", s)


# -- periods -----------------------------------------------------------------------

_YEAR = r"(?:19|20)\d\d"
_PERIOD_FORMS = [
    re.compile(rf"(?P<a>{_YEAR})\s*年?\s*[-—–～~至到－]+\s*(?P<b>{_YEAR})\s*年?"),
    re.compile(rf"(?<!\d)(?P<a>{_YEAR})(?P<b>{_YEAR})年"),  # the dash lost in copying: 20212023年
]
# one year's document: 2023年工作要点 · 2019年第四季度…工作要点 · 2023年11月…完成情况 · 2018年重点工作任务 ·
# 2023年实施50项民生实事 (a year's list of projects)
_ONE_YEAR = re.compile(rf"(?P<a>{_YEAR})年(?:度)?(?:第?[一二三四1-4]季度|前三季度|[上下]半年|\d{{1,2}}(?:[—–\-－~～至到]\d{{1,2}})?月份?)?(?:[\u4e00-\u9fff《》〈〉“”·•・]|(?<!\d)\d{{1,3}}(?=[项件个])|“[^“”]{{1,20}}”)*?"
                       rf"(?:{_PLAN_END}|{_REPORT_END}|述职|重点工作任务|{_PROJECTS})")
# the year a title ends on in brackets: …年度工作指引（2023） · …责任分解（2023年）
_YEAR_PAREN = re.compile(rf"[（(](?P<a>{_YEAR})年?度?[）)]$")

# a 文号: 津交发〔2021〕20号
# (a copy may write the year's brackets as „2012‟)
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}\s*[〔\[［(（【﹝„]\s*(?:19|20)\d\d\s*[〕\]］)）】﹞‟]\s*\d{1,4}\s*号")
# a number whose 号 was lost, on a line of its own: 咸安政发〔2019〕1
_NUMBER_WITHOUT_HAO = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[［(（【﹝„](?:19|20)\d\d[〕\]］)）】﹞‟]\d{1,4}")
# a number alone on its line that lost its closing bracket and 号 (赣市府办字〔2015118): 〔2015〕118号
_NUMBER_LOST_CLOSE = re.compile(r"(?P<p>[\u4e00-\u9fff]{1,12})〔(?P<y>(?:19|20)\d\d)(?P<n>\d{1,4})号?")
# a number without year brackets, on a line of its own: 豫交明电51, 豫交文457号
_BARE_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,6}(?:发|函|电|文|字|办|令)\d{1,5}号?")


def canonical_number(number: str) -> str:
    """A 文号 in its standard form: no spaces, year in 〔〕 (``朝交发 [2022] 97号`` → ``朝交发〔2022〕97号``)."""
    # (brackets lost in a PDF's text, a space where the closing one was: 中办发2015 58 号 — before the spaces go)
    number = re.sub(r"([\u4e00-\u9fff]{1,8}[发函字])[ \t]*((?:19|20)\d\d)[ \t]+(\d{1,4})[ \t]*号[ \t]*$", r"\1〔\2〕\3号", number.strip())
    # a label run into it (a field row's 名称 or 标题 too, when the number opens the named title: 名称 息府办发〔2019〕7号 …)
    s = re.sub(r"^(?:发文字号|发布文号|文件编号|政策文号|文号|字号|名称|标题)[：:]?", "", _norm_line(number))
    s = re.sub(r"^(?:主动公开|依申请公开|不予公开|不公开)", "", s)  # how the document is published, printed before it
    return re.sub(r"[\[［(（【﹝„](\d{4})[\]］)）】﹞‟]", r"〔\1〕", s)


# (the tenth is “十五”: 十 then 五, once 十五五, the fifteenth, is ruled out — and not a count, 十五项/十五条)
_FIVE_YEAR = re.compile(r"[“\"]?(?P<n>十[一二三四五六七八九]|[二]十[一二三四五六七八九]?|十(?=五(?![项条件个届年日次号万亿人家所名天位座部类批])))"
                        r"(?:五|个五年)[”\"]?")
# a document that carries out a cited plan (关于落实《…第十一个五年规划纲要》主要目标和任务工作分工的通知)
_CARRIES_OUT = re.compile(r"(?:落实|贯彻落实|贯彻|实施)《(?P<cited>[^》]{4,80})》")


# the year of an assessment or inspection whose findings a plan corrects (2017年度脱贫攻坚成效考核反馈问题整改实施方案 ·
# 2023年巡察反馈问题整改方案): not a span the plan covers (a report on the correction — …整改情况的报告 — reports on that year)
_ASSESSED_YEAR = re.compile(r"(?:19|20)\d\d年度?[\u4e00-\u9fff“”]{0,20}?(?:考核|检查|督查|督察|巡视|巡察|审计|评估|验收|暗访)"
                            r"[\u4e00-\u9fff]{0,10}?问题[\u4e00-\u9fff]{0,6}?整改[\u4e00-\u9fff]{0,8}?(?:方案|计划|清单|措施)$")
# a plan that carries out a five-year plan named in its title without 《》 (河南省贯彻落实“十三五”促进就业规划实施方案)
_CARRIES_OUT_PLAN = re.compile(r"(?:贯彻落实|贯彻|落实)$")

_YEAR_LIST_END = re.compile(r"(?:任务清单|工作清单|责任清单|工作要点|任务分解|任务分工|责任分解|工作台账|重点任务)表?$")


def _period(title: str) -> tuple[str, str, str] | None:
    """``(start, end, as written)`` of the years a title says its document covers, or None.

    The years of a document it cites (in 《》) are not its own; a one-year document of a longer
    plan (…三年行动计划（2018—2020年）2018年任务清单) covers its one year; the year of a meeting
    a report was given at (在2023年…会议上的工作报告) is no period.
    """
    if _RELEASE_NEWS.match(title):
        return None  # news of a release: the years are the released document's
    if CALL_NOTICE.search(title):
        return None  # a call for applications or documents: the years are those of what it calls for
    if _ASSESSED_YEAR.search(title):
        return None  # 2017年度…考核反馈问题整改实施方案: the year of the assessment whose findings it corrects
    # (and the years in brackets right after a cited title are that document's: 关于做好《某年鉴》（1986~1997）综合卷…的通知)
    # (not a cover's: 关于印发《某规划》（2021—2025年）的通知 names the document it issues, years and all)
    own = re.sub(r"《[^》]*》|〈[^〉]*〉", "", re.sub(r"(?<!印发)(?<!转发)《[^》]*》[（(][^（）()]*[）)]", "", title))
    if re.fullmatch(r"[《〈][^》〉]+[》〉][\u4e00-\u9fff]{2,8}", title):
        own = title  # 《某市生态文明建设示范市规划（2016-2025）》推进方案: a plan for the cited plan's years
    for form in _PERIOD_FORMS:
        m = form.search(own)
        if m and 0 <= int(m["b"]) - int(m["a"]) <= 15:
            later = _ONE_YEAR.search(own[m.end():])
            if later and later.end() == len(own[m.end():].rstrip("）)")):
                return later["a"], later["a"], later.group()
            return m["a"], m["b"], m.group()
    years = sorted({int(y) for y in re.findall(rf"(?<![〔\[\d])({_YEAR})(?![〕\]\d])", own)})
    if len(years) >= 2 and years[-1] - years[0] <= 15 and "会议" not in own:  # 2022年度工作总结暨2023年度工作计划
        return str(years[0]), str(years[-1]), f"{years[0]}…{years[-1]}"
    m = _FIVE_YEAR.search(own)
    if m and re.search(rf"{m.group()}[\u4e00-\u9fff“”]{{0,16}}(?:规划(?:纲要)?|行动方案|实施方案|行动计划)"
                       rf"(?:责任分解|任务分工|实施方案)?{_PERIOD_PAREN}$", own):
        n = _cn_number(m["n"])  # the nth five-year plan; the 3rd began in 1966
        if n >= 3:
            start = 1966 + 5 * (n - 3)
            carried = _CARRIES_OUT_PLAN.search(own[:m.start()])
            # (贯彻落实“十三五”促进就业规划实施方案: the years of the plan it carries out, as written from 落实)
            return str(start), str(start + 4), own[carried.start():] if carried else m.group()
    m = _YEAR_PAREN.search(own)
    if m:
        return m["a"], m["a"], m.group()
    cited = _CARRIES_OUT.search(title)
    if (cited and not re.search(_YEAR, own) and re.search(r"规划|纲要|方案|计划", cited["cited"])
            and re.search(r"分工|分解|评估|总结", title[cited.end():])):  # (or reviews it: 落实《…“十三五”规划》总结评估报告)
        found = _period(cited["cited"])  # the cited plan's own years are the years it is carried out in
        if found:
            return found[0], found[1], f"《{cited['cited']}》"
    m = _ONE_YEAR.search(own)
    # (a longer plan named before the year, the year's list ending the title, is that list's one year:
    # …三年行动2021年“集中攻坚年”任务清单)
    # (a year's 工作规划 — 2022年工作规划 — is a one-year plan: no longer 规划 in it)
    longer = re.search(r"三年|五年|两年|(?<!年工作)(?<!年度工作)规划", own)
    # (a year's list of a longer plan's work, the year first: 2021年某市…三年行动工作任务清单 — the title
    # ends on a one-year list, not on the longer plan itself)
    year_list = m is not None and m.start() == 0 and bool(_YEAR_LIST_END.search(own.rstrip("）)")))
    if m and (not longer or year_list or (longer.end() <= m.start() and m.end() == len(own.rstrip("）)"))))  \
            and not re.search(r"会议|会上", m.group()):
        return m["a"], m["a"], m.group()
    m = _ARRANGED_YEAR.search(own)
    if m and (_ARRANGING_NOTICE.search(own) or _TASK_NOTICE.search(own)) and len(re.findall(_YEAR + "年", own)) == 1:
        return m["a"], m["a"], m.group()  # 关于做好2020年步行街改造提升工作的通知: the year of the work it arranges
    return None


# the year of the work a notice arranges (关于做好2020年…工作的通知, 关于开展2023年度…检查的通知)
_ARRANGED_YEAR = re.compile(rf"关于(?:组织|开展|做好|抓好|加强|推进|下达|进一步(?:做好|抓好|加强|推进))(?P<a>{_YEAR})年度?")


# the period a plan states in its text: 本规划实施期限为2021年至2025年 · 明确2021—2022年度重点任务…制定本计划
# (本规划实施期限为2021年至2025年 · 规划期限为2021―2030年: the plan's own words, with or without 本)
_STATED_PERIOD = re.compile(rf"(?:(?:本|该)(?:规划|方案|计划|意见)(?:的)?|(?<![\u4e00-\u9fff])规划)(?:实施)?(?:期限|期|时限|年限)(?:为|是|：)"
                            rf"(?P<a>{_YEAR})年?(?:至|到|[-—–－~―～])(?P<b>{_YEAR})年")
_MADE_HERE = re.compile(r"制定本|特制定|制订本|提出如下|现提出|制定如下")
# the years of an action of so many years (全州将在2021年至2023年开展…三年行动): its span, when the count agrees
_ACTION_SPAN = re.compile(rf"(?P<a>{_YEAR})年?(?:至|到|[-—–－~―～])(?P<b>{_YEAR})年[^。；]{{0,30}}?(?:开展|实施|组织|推进)"
                          r"[^。；]{0,30}?(?P<n>[二三四五六七八九十]|\d{1,2})年(?:专项)?(?:行动|攻坚)")


# a sentence that divides one year's tasks: 现将…2023年6个方面243项工作任务予以分解印发 · 将…提出的2021年
# 工作任务，分解为12个部分
_DIVIDES_YEAR = re.compile(rf"(?P<y>{_YEAR})年[^。；\n]{{0,24}}?任务[，,]?(?:予以)?分解")
# …or the year of a responsibility document whose tasks it divides (根据…签订的《2007年…目标管理责任书》确定的工作任务)
_RESPONSIBILITY_YEAR = re.compile(rf"(?P<y>{_YEAR})年[^。；《》\n]{{0,24}}?责任书》?(?:所|中)?(?:确定|明确|下达|分解)的(?:工作)?(?:目标)?任务")
#: the rule of a period read from the tasks a text divides (a weak reading: see analysis.parse.confidence)
DIVIDED_YEAR = "the year of the tasks the text divides"


# the five years a text sets its tasks for: “十五”期间，…的具体任务是 · “十四五”时期主要任务
_FIVE_YEAR_TASKS = re.compile(r"[“\"]?(?P<n>十[一二三四五六七八九]?五)[”\"]?(?:期间|时期)[，,]?[^。；\n]{0,30}?(?:任务|目标)")
#: the rule of a period read from the five-year span a text's tasks are set for (weak: see analysis.parse.confidence)
FIVE_YEAR_TASKS = "the five-year plan period the text sets its tasks for"


def _five_years_of_the_tasks(text: str, out: _Reading) -> None:
    """No period in the title: the text sets its tasks for a five-year plan's span (“十五”期间，…具体任务是)
    — those years (the 10th: 2001–2005), from its first 3,000 characters, when only one span is named."""
    found = list(_FIVE_YEAR_TASKS.finditer(text[:3000]))
    if not found or len({m["n"] for m in found}) != 1:
        return
    n = 10 if found[0]["n"] == "十五" else _cn_number(found[0]["n"][:-1])
    if n < 3:
        return
    start = 1966 + 5 * (n - 3)  # the nth five-year plan; the 3rd began in 1966
    for key, year in (("period_start", start), ("period_end", start + 4)):
        out.choose(key, Field(str(year), f"{FIVE_YEAR_TASKS} ({found[0].group()[:20]})", found[0].group(), found[0].start()))


def _year_of_divided_tasks(text: str, out: _Reading) -> None:
    """No period in the title: a text that divides one year's tasks (…2023年…工作任务予以分解印发) covers
    that year — read from its first 2,000 characters, only when every such sentence names the same year."""
    found = list(_DIVIDES_YEAR.finditer(text[:2000])) + list(_RESPONSIBILITY_YEAR.finditer(text[:2000]))
    if not found or len({m["y"] for m in found}) != 1:
        return
    m = found[0]
    for key in ("period_start", "period_end"):
        out.choose(key, Field(m["y"], f"{DIVIDED_YEAR} ({m.group()[:30]})", m.group(), m.start()))


def _stated_period(lines: list[tuple[int, str]], first_body: int) -> tuple[str, str, str, int, str] | None:
    """The period a plan states in its text when its title gives none: a sentence that names the
    plan's term (本规划实施期限为…), or the years named outside 《》 in the sentence that makes the plan
    (…明确2021—2022年度重点任务和工作措施，制定本计划)."""
    for o, ln in lines[:first_body + 40]:
        s = _norm_line(ln)
        m = _STATED_PERIOD.search(s)
        if m and 0 <= int(m["b"]) - int(m["a"]) <= 15:
            return m["a"], m["b"], m.group(), o, ln.strip()
        m = _ACTION_SPAN.search(s)
        if m and int(m["b"]) - int(m["a"]) + 1 == (int(m["n"]) if m["n"].isdigit() else _cn_number(m["n"])):
            return m["a"], m["b"], m.group(), o, ln.strip()
    for o, ln in lines[:first_body]:
        s = _norm_line(ln)
        for sentence in re.split(r"。", s):
            if not _MADE_HERE.search(sentence):
                continue
            own = re.sub(r"《[^》]*》|〈[^〉]*〉|[（(][^（）()]*[）)]", "", sentence)
            m = _PERIOD_FORMS[0].search(own)
            if m and 0 <= int(m["b"]) - int(m["a"]) <= 15:
                return m["a"], m["b"], m.group(), o, ln.strip()
    return None


# -- the reader --------------------------------------------------------------------

# Field labels of a web page or law database, and what each one gives.
_FIELD_LABELS = {
    # (a forum's copy of a law database record: 法规标题 · 颁布部门 · 文书编号)
    "title": ("标题", "名称", "文件名称", "中文名", "发文标题", "法规标题"),
    "issuer": ("发文机关", "发布机关", "发文单位", "制发机关", "制定机关", "【制定机关】", "【发布部门】", "颁布部门",
               # a form's header: the body that fills it in and seals it (单位（盖章）：某局 填报时间：…)
               "单位（盖章）", "填报单位（盖章）", "填报单位"),
    # the organ a page says published it or took the text from: often the issuer, sometimes the site
    # (县政府网站) or a short name (市府办)
    "issuer_page": PUBLISHER_LABELS + ("来源", "信息来源",
                    # a portal's 作者 field: an organ there is the author the portal records (作者：某区政府【转载】), a
                    # person or the site elsewhere — a last resort, weak like 来源
                    "作者"),
    "issue_date": ("发文日期", "发文时间", "成文日期", "成文时间", "印发日期", "公文生成日期", "颁布时间", "颁布日期",
                   # a law database's 【公布日期】 is the day the organ promulgated the text
                   "【公布日期】", "【发布日期】",
                   # a form's own date line (单位（盖章）：… 填报时间：2025年4月8日): the day the report was made
                   "填报时间", "填报日期"),
    # 生成日期: the day a page record was made, not the document's date
    "published_date": ("发布日期", "发布时间", "发布于", "公开日期", "公开日", "公布日期", "更新时间", "生成日期", "日期", "时间"),
    "doc_number": ("发文字号", "发布文号", "发文文号", "备注/文号", "文号", "文件编号", "文书编号", "政策文号", "字号", "【字号】",
                   "【发文字号】"),
}
_OTHER_LABELS = ("索引号", "主题分类", "体裁分类", "信息分类", "著录日期", "有效性", "时效性", "时效", "效力级别", "效力等级", "效力属性", "施行日期", "生效日期", "失效日期",
                 "浏览量", "浏览次数", "访问次数", "点击量", "阅读量", "关键字", "公开方式", "公开范围", "公开目录", "主题词", "组配分类",
                 "分类", "所属机构", "责任部门", "内容概述", "废止日期", "废止时间", "公文时效", "【时效性】", "【效力等级】",
                 "【施行日期】", "【主题分类】", "【法宝引证码】", "法规类别", "【法规类别】", "【效力级别】", "【实施日期】")
# a law database writes any label in brackets (【发布文号】, 【发文机关】): as the label itself — and its
# 【发布单位】 is the organ that issued the text, as its 【发布部门】
_BRACKETED = {w for labels in _FIELD_LABELS.values() for w in labels if w.startswith("【")}
_FIELD_LABELS = {key: labels + tuple(dict.fromkeys(
                     f"【{w}】" for w in labels + (_FIELD_LABELS["issuer_page"][:4] if key == "issuer" else ())
                     if not w.startswith("【") and f"【{w}】" not in _BRACKETED))
                 if key in ("title", "issuer", "doc_number") else labels
                 for key, labels in _FIELD_LABELS.items()}
_LABEL_OF = {label: key for key, labels in _FIELD_LABELS.items() for label in labels}
_ALL_LABELS = sorted(list(_LABEL_OF) + list(_OTHER_LABELS), key=len, reverse=True)
_LABEL_ALTERNATION = "|".join(r"\s*".join(map(re.escape, w)) for w in _ALL_LABELS)
# a label may be spaced out (文       号) and is followed by ：, :, |, or nothing (发文机关中共…)
# (a long label may follow its value's last character when a copy lost the space: 双牌县财政局发文日期：…)
_LONG_LABELS = "|".join(re.escape(w) for w in _ALL_LABELS if len(w) >= 4 and not w.startswith("【"))
# (or right after an empty field's separator: 发文字号：主题词：标题：某县…)
_FIELD = re.compile("(?:^|(?<=[\\s•·|｜>＞：:]))(?P<label>" + _LABEL_ALTERNATION + r")\s*[：:|｜]?\s*"
                    "|(?P<label2>" + _LONG_LABELS + r")[：:]\s*"
                    # a 文号 label run into the value before it (…的通知文号：泾政〔2023〕1号): known by the number after it
                    r"|(?P<label3>文号|字号)[：:]\s*(?=[\u4e00-\u9fff]{1,12}\s*[〔\[［(（【﹝]\s*(?:19|20)\d\d)")
# a field line: a label and its separator, a law database's 【label】, or a row of fields separated by
# spaces alone (文号 某政发〔2018〕53号 时效 有效: two labels at least)
# (a bullet may open the line: •, ·, or a Markdown list's - and * followed by a space)
_FURNITURE_FIELD = re.compile(r"^(?:[•·\s]|[-*](?=\s))*(?:(?:" + _LABEL_ALTERNATION + r")\s*[：:|｜]|【[^】]{2,6}】)")
_FIELD_ROW = re.compile(r"^(?:[•·\s]|[-*](?=\s))*(?:" + _LABEL_ALTERNATION + r")[ \t\u3000]+\S")


def is_field_line(line: str) -> bool:
    """A line of a page's fields: a label and its separator (文号：…), a law database's 【label】, or a row of
    fields separated by spaces alone (文号 某政发〔2018〕53号 时效 有效: two labels at least)."""
    if _FURNITURE_FIELD.match(line):
        return True
    return bool(_FIELD_ROW.match(line)) and len(_FIELD.findall(line)) >= 2


def _field_values(line: str) -> list[tuple[str, str]]:
    """``索引号 : 123 文号 : 嘉政办发〔2024〕3号`` → [(索引号, 123), (文号, 嘉政办发〔2024〕3号)]."""
    marks = list(_FIELD.finditer(line))
    out = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(line)
        out.append((re.sub(r"\s+", "", m["label"] or m["label2"] or m["label3"]), line[m.end():end].strip(" \t|｜•·")))
    return out


class _Reading(dict):
    """The fields chosen so far (``{name: Field}``) and, in ``seen``, every reading met of each
    field, chosen or not: a 名称 field beside the title line, a 发文机关 field beside the signature.
    :mod:`analysis.parse.confidence` weighs the chosen reading against the others."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: dict[str, list[Field]] = {}

    def see(self, key: str, field: Field) -> Field:
        """Record a reading of ``key`` (not choosing it); returns it."""
        if all(f != field for f in self.seen.get(key, [])):
            self.seen.setdefault(key, []).append(field)
        return field

    def choose(self, key: str, field: Field) -> None:
        """Choose a reading of ``key`` (replacing one chosen before)."""
        self[key] = self.see(key, field)


def _read_fields(field_lines, out: _Reading) -> None:
    for offset, source_offset, line in field_lines:
        for label, value in _field_values(line):
            key = _LABEL_OF.get(label)
            if key is None or not value:
                continue
            rule = f"{label} field" + (" (page publication)" if key == "published_date" else "")
            found = None
            if key == "title":  # the page's name for the document: a reading beside the title line
                out.see("title", Field(_clean_title(_norm_line(value)), rule, line, offset, source_offset))
                continue
            if key in ("issuer", "issuer_page"):
                value = re.sub(r"【[^】]{1,6}】", "", value)  # a page's tag: 某区政府【转载】
                # 某县人民政府(办公室): a portal's name for the government's office
                value = re.sub(r"(人民政府|政府)[（(](办公室|办公厅)[）)]", r"\1\2", value)
                organs = [o for part in re.split(r"[、，,；;]", value) for o in _organs(part)]
                if organs and key == "issuer_page":
                    out.see("issuer", Field("、".join(organs), rule, line, offset, source_offset))
                    continue
                if organs:
                    found = Field("、".join(organs), rule, line, offset, source_offset)
            elif key in ("issue_date", "published_date"):
                d = parse_written_date(value, whole_line=True)
                if d:
                    found = Field(d, rule, line, offset, source_offset)
            else:
                m = DOC_NUMBER.search(value)
                if m:
                    found = Field(canonical_number(m.group()), rule, line, offset, source_offset)
            if found is not None:
                if key in out:
                    out.see(key, found)
                else:
                    out.choose(key, found)


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


_BODY_HEADING = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])")


_CONTENTS_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、])")


_HEADLINE_LINES = 2


def opening_contents(lines: list[str]) -> tuple[int, int] | None:
    """A table of contents printed without its 目录 line at a text's opening: ``(first, end)`` — the
    indices of its first line and of the line after it — or None.

    In: the text's lines. A contents list is three headings or more (一、 · （一） · 1.; short, no
    punctuation of a sentence) opening the text, its first heading printed again further on as a line
    of the body (县教育局2024年工作要点 follows the list, then 一、加强党的建设 comes again). A page's headline or
    the title (short lines, no sentence; up to :data:`_HEADLINE_LINES`) may stand above the list."""
    run: list[int] = []
    headline = 0
    for i, line in enumerate(lines):
        c = line.strip()
        if not c:
            continue
        if len(c) > 40 or re.search(r"[。，；：:]", c):
            break
        if not _CONTENTS_HEADING.match(c):
            headline += 1
            if run or headline > _HEADLINE_LINES:
                break
            continue
        if run and c == lines[run[0]].strip():
            break  # the list's first heading again, right after it: the body starts
        run.append(i)
    if len(run) < 3 or not re.match(r"^[一二三四五六七八九十]{1,3}[、.．]", lines[run[0]].strip()):
        return None
    first = lines[run[0]].strip()
    later = (ln.strip() for ln in lines[run[-1] + 1:])
    return (run[0], run[-1] + 1) if any(c.startswith(first) for c in later) else None


def _front_matter(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], int]:
    """The front matter's lines and the index of the body's first line. A contents list (目录 ⏎
    第一部分 报告 ⏎ 一、…表 …) is no part of it: the front matter resumes where the text repeats a
    contents entry (第一部分 报告 ⏎ 关于…的报告), and the body starts at the first heading after that."""
    first_body = _body_start_line(lines)
    contents = opening_contents([ln for _, ln in lines])
    if contents:  # (the title and the opening between the list and the body's first heading)
        body = _body_start_line(lines[contents[1]:]) + contents[1]
        return lines[:contents[0]] + lines[contents[1]:body], body
    marks = [i for i, (_, ln) in enumerate(lines[:first_body + 1]) if re.fullmatch(r"目\s*录", ln.strip())]
    if not marks:
        return lines[:first_body], first_body
    mark = marks[0]
    seen: set[str] = set()
    for i in range(mark + 1, len(lines)):
        s = _norm_line(lines[i][1])
        if not s:
            continue
        if s in seen:  # the contents list ends where the text comes back to its first entry
            body = _body_start_line(lines[i:]) + i
            return lines[:mark] + lines[i:body], body
        seen.add(s)
    return lines[:first_body], first_body


def _body_start_line(lines: list[tuple[int, str]]) -> int:
    for i, (_, line) in enumerate(lines):
        if _BODY_HEADING.match(line):
            return i
    return len(lines)


def read_metadata(text: str, furniture: list[tuple[int, str]] = ()) -> dict[str, Field]:
    """Read a document's metadata from its text.

    In: the normalized text; ``furniture``: ``(source_offset, line)`` of page
    lines the normalizer removed (a web page's field block). Out: ``{field: Field}``
    for the fields that could be read (see the module docstring for the rules), each
    with its confidence (:func:`analysis.parse.confidence.assess`).
    """
    from .confidence import assess  # builds on this module's readers

    out = _Reading()
    lines = _lines(text)
    front_lines, first_body = _front_matter(lines)
    # the header cells of a task table flattened to text are no front matter (no title)
    header = {lines[k][0] for t in find_text_tables([ln for _, ln in lines[:first_body]])
              for k in range(t.header_first, t.header_last + 1)}
    front = [(o, ln.strip()) for o, ln in front_lines if ln.strip() and o not in header]

    # fields of a web page (removed as furniture, or left as a "label：value" line in the front)
    field_lines = [(None, so, ln.strip()) for so, ln in furniture]
    field_lines += _front_field_lines(front)
    _read_fields(field_lines, out)
    # the signature date is the issue date; a field's date only stands in when there is none
    field_date = out.pop("issue_date", None)
    _read_title(front, out, text, field_lines)
    _read_signature(lines, first_body, out)
    _meeting_over_page_signature(lines, first_body, out)
    if "issue_date" not in out and field_date is not None:
        out["issue_date"] = field_date
    if "issue_date" not in out and (released := _release_date(front, out.get("title"))) is not None:
        out["issue_date"] = released
    _issuer_from_headings(front, out)
    _publisher_over_a_bureau(text, out)
    _read_doc_number(front, out)
    title = out.get("title")
    p = _period(title.value) if title else None
    if p:
        # (a division of a cited plan's tasks: that plan's years, a weak reading — they may not be its own)
        rule = (f"period of the cited plan it divides ({p[2]})" if p[2].startswith("《")
                else f"{CARRIED_OUT_PERIOD} ({p[2]})" if p[2].startswith(("贯彻", "落实"))
                else f"period in the title ({p[2]})")
        out.choose("period_start", Field(p[0], rule, title.evidence, title.offset))
        out.choose("period_end", Field(p[1], rule, title.evidence, title.offset))
    stated = _stated_period(lines, first_body)
    if stated is not None:
        for key, value in (("period_start", stated[0]), ("period_end", stated[1])):
            found = Field(value, f"period stated in the text ({stated[2]})", stated[4][:60], stated[3])
            if key in out:
                out.see(key, found)
            else:
                out.choose(key, found)
    if "period_start" not in out:
        _year_of_divided_tasks(text, out)
    if "period_start" not in out:
        _five_years_of_the_tasks(text, out)
    _read_level(out)
    if "level" not in out:
        _level_from_addressees(front, out)
    if "level" not in out:
        _level_from_opening(lines, first_body, out)
    if "level" not in out:
        _level_from_units(text, out)
    if "level" not in out:
        _every_level_addressed(lines, first_body, text, out)
    _provincial_municipality(text, out)
    _read_kind(text, front, out, field_lines)
    _period_of_another_kind(out)
    _report_year_from_first_part(lines, out)
    chosen = {k: v for k, v in out.items() if not k.startswith("_")}
    if "issue_date" not in chosen and "_ambiguous_date" in out:
        # empty (the rule and note say what was seen), unless the page's publication date rules one reading out
        chosen["issue_date"] = _signed_before_publication(out["_ambiguous_date"], out.get("published_date"))
    if "issuer" not in chosen and "_unread_issuer" in out:
        chosen["issuer"] = out["_unread_issuer"]
    if "issuer" in chosen:
        chosen["issuer"] = _without_country_name(chosen["issuer"])
    return assess(chosen, out.seen)


def _signed_before_publication(ambiguous: Field, published: Field | None) -> Field:
    """A date whose separators were lost (2019114: 2019-01-14 or 2019-11-04) read the one way that is not after the
    page's publication date (2019-01-14): a document is signed before it is posted. Else ``ambiguous`` as is."""
    readings = [d for d in _ambiguous_run(ambiguous.evidence) if published is not None and d <= published.value]
    if len(readings) != 1:
        return ambiguous
    return Field(readings[0], "a date whose separators were lost, the one reading not after the page's publication date",
                 ambiguous.evidence, ambiguous.offset, note=ambiguous.note)


def _period_of_another_kind(out: _Reading) -> None:
    """A period read from the title of a document that is neither a plan nor a report (关于加快推进2011-2013年…项目工作
    的通知, a notice of kind other) is weak: the years may be those of what it speaks of."""
    kind = out.get("kind")
    if kind is None or kind.value != "other":
        return
    for key in ("period_start", "period_end"):
        f = out.get(key)
        if f is not None and f.rule.startswith("period in the title"):
            out.choose(key, Field(f.value, f"{OTHER_KIND_PERIOD} ({f.rule})", f.evidence, f.offset, f.source_offset))


# the country's full name before a national organ (中华人民共和国国务院办公厅, 中华人民共和国教育部): the
# organ is cited by its own name (国务院办公厅), as its title and the documents that cite it write it
_COUNTRY_NAME = re.compile(r"(?:^|(?<=、))(?:中华人民共和国(?=[\u4e00-\u9fff]{2})|中国(?=国家[\u4e00-\u9fff]{1,8}?(?:局|委员会|总署)$))")


def _without_country_name(issuer: Field) -> Field:
    """An issuer reading without the country's full name before each organ it names; the rule says so."""
    bare = _COUNTRY_NAME.sub("", issuer.value)
    if bare == issuer.value:
        return issuer
    name = _COUNTRY_NAME.search(issuer.value).group()
    return replace(issuer, value=bare, rule=f"{issuer.rule} (without the country's name {name})")


def _field_row_of_cells(line: str) -> bool:
    """A page's field block saved as a Markdown table row: ``| 索引号 | 123 | 发文字号 | 某发〔2026〕6号 |``
    (a label cell before its value cell; a row whose first cell is empty may shift a label along)."""
    s = line.strip()
    if not s.startswith(("|", "｜")) or len(s) > 160:
        return False
    return any(value and label in _LABEL_OF for label, value in _field_values(s.strip(" \t|｜")))


_DATE_LABEL = r"(?:颁布|发布|成文|发文|印发)(?:时间|日期)[：:]"
_NUMBER_THEN_FIELD = re.compile(r"^" + DOC_NUMBER.pattern + r"\s*(?P<field>" + _DATE_LABEL + r".{4,20})$")
_BRACKET_FIELD_RUN = re.compile(r"(?:[•·]\s*【[\u4e00-\u9fff]{2,6}】[^•·【】。，；]{1,30}){2,}")


_SQUARE_LABEL = re.compile(r"[\[［]\s*([\u4e00-\u9fff][\u4e00-\u9fff \t\u3000]{1,10}?)\s*[\]］](?=\s*[|｜])")


def _front_field_lines(front: list[tuple[int, str]]) -> list[tuple[int, None, str]]:
    """The field lines of the front matter, ``(offset, None, line)``; a label whose value is on
    the next line (``• 发文字号：`` ⏎ ``某政发〔2024〕7号``, a bulleted block) gets that line."""
    out = []
    for k, (o, ln) in enumerate(front):
        # (labels in square brackets, a row that opens with one: [ 成文日期 ] | 2022-09-23 | [ 公开日期 ] | …)
        squared = _SQUARE_LABEL.sub(r"\1", ln)
        if squared != ln and not squared.lstrip().startswith(("|", "｜")):
            squared = "| " + squared
        if _field_row_of_cells(ln) or (squared != ln and _field_row_of_cells(squared)):
            out.append((o, None, (squared if squared != ln else ln).strip(" \t|｜")))
            continue
        after = _NUMBER_THEN_FIELD.match(_norm_line(ln))
        if after:  # 藏国税发[2002]50号颁布时间：2002-04-18: a field run into the 文号 before it
            out.append((o, None, after["field"]))
            continue
        if not is_field_line(ln) or len(ln) > 120:
            # a law database's fields run into one line with the title and the text (…实施意见文章属性•【制定机关】某省
            # 人民政府办公厅•【公布日期】2021.09.01•【字号】…): each bulleted 【label】 and its short value
            out += [(o + m.start(), None, m.group()) for m in _BRACKET_FIELD_RUN.finditer(ln)]
            continue
        values = _field_values(ln)
        if values and not values[-1][1] and k + 1 < len(front):
            nxt = front[k + 1][1]
            if not is_field_line(nxt) and len(nxt) <= 60:
                ln = f"{ln} {nxt}"
        out.append((o, None, ln))
    return out


def _headline_number(line: str, number: str) -> bool:
    """A headline that ends with the number in brackets: no sentence, no cited title in 《》 before it."""
    m = re.fullmatch(r"(?P<head>[^。，；：:《》]{6,60})[（(]" + re.escape(number) + r"[）)]", line)
    return m is not None and len(re.findall(r"[\u4e00-\u9fff]", m["head"])) >= 6


#: the rule of an issuer from a page's publisher field that the text's own voice doubts (weak: see
#: analysis.parse.confidence)
PUBLISHER_OVER_A_BUREAU = "the page's publisher, a government, over a text that speaks as a bureau"


def _publisher_over_a_bureau(text: str, out: _Reading) -> None:
    """An issuer read from a 发布机构 field that names a government (平陆县人民政府), over a text that speaks as
    one of its bureaus (我局…): the field names the site's owner, perhaps not the author — kept, flagged."""
    issuer = out.get("issuer")
    if (issuer is None or not issuer.rule.startswith(PUBLISHER_LABELS)
            or not issuer.value.endswith("政府") or not re.search(r"我(?:局|委|厅|办)", text[:6000])):
        return
    out.choose("issuer", Field(issuer.value, f"{PUBLISHER_OVER_A_BUREAU} (我局)", issuer.evidence, issuer.offset))


def _number_after_own_title(line: str, title: Field | None) -> re.Match | None:
    """The 文号 a page's header line prints right after the document's own title (标题某发〔2018〕24号2018年…
    发布机关：…), or None."""
    if title is None or len(title.value) < 8 or not line.startswith(title.value):
        return None
    return DOC_NUMBER.match(line, len(title.value))


# the note under a title that says when and how it was adopted, its 文号 last: （1982年2月27日国务院常务会议通过 国发[1982]36号）
_ADOPTION_NOTE = re.compile(r"[（(][^（）()]{0,60}?(?:通过|印发|发布|公布)\s*(?P<n>" + DOC_NUMBER.pattern + r")\s*[）)]")


# the red header's 文件 and the number on one line: 中共某县委文件 某发〔2019〕10号 (the abbreviation short; the year's
# brackets those of DOC_NUMBER — written out, as every rule's classes are, so the mutation run reaches each sign)
_HEADER_AND_NUMBER = re.compile(r"^[\u4e00-\u9fff\s]{2,40}?文件\s*(?P<n>[\u4e00-\u9fff]{1,8}\s*[〔\[［(（【﹝„]\s*(?:19|20)\d\d\s*"
                                r"[〕\]］)）】﹞‟]\s*\d{1,4}\s*号)$")


def _read_doc_number(front: list[tuple[int, str]], out: _Reading) -> None:
    """The document's own 文号: a 文号 field, else a line of the front matter that is the number."""
    for o, ln in front:
        s = _norm_line(ln)
        note = _ADOPTION_NOTE.fullmatch(s)
        if note:
            _found_doc_number(Field(canonical_number(note["n"]), "文号 in the adoption note under the title", ln, o), out)
            return
        header = _HEADER_AND_NUMBER.match(s)
        if header:  # 中共某县委文件 某发〔2019〕10号: the red header and the number on one line
            _found_doc_number(Field(canonical_number(header["n"]), "文号 beside the red header's 文件", ln, o), out)
            return
        lost = _NUMBER_LOST_CLOSE.fullmatch(s)
        if lost:
            _found_doc_number(Field(f"{lost['p']}〔{lost['y']}〕{lost['n']}号", "文号 line that lost its closing bracket "
                                    "and 号", ln, o), out)
            return
        dated = _DATE_FORMS[0].sub("｜", s)  # a date beside the number is no part of it (…26日财建〔2006〕…)
        beside_title = _number_after_own_title(s, out.get("title"))
        if beside_title:
            _found_doc_number(Field(canonical_number(beside_title.group()), "文号 after the title on a header line", ln, o), out)
            return
        m = DOC_NUMBER.search(dated) or _BARE_NUMBER.fullmatch(s) or _NUMBER_WITHOUT_HAO.fullmatch(s)
        rest = (dated[:m.start()] + dated[m.end():]).replace("｜", "") if m else ""
        if m and dated != s and not rest:
            rest = _DATE_FORMS[0].search(s).group()
        # the document's own number stands alone on its line, or in brackets after the notice's
        # title (…的通知（甘交政法〔2023〕1号）), or beside the signer or the date (某发〔2025〕11号 签发人：…,
        # 2006年10月26日 财建〔2006〕689号); a cited one sits in a sentence
        # (a page's headline may carry it in brackets at its end too: 2021年县政府重点工作任务（华政发〔2021〕2号）)
        if m and (len(s) <= len(m.group()) + 4 or re.search(r"通知[（(]" + re.escape(m.group()) + "[）)]$", s)
                  or _headline_number(s, m.group())
                  or (s.startswith(m.group()) and re.search(r"关于|通知$|方案$|^签发人", rest))
                  # or in brackets before the notice's title: （新政发〔2016〕21号）区人民政府关于印发…的通知
                  or (re.match(r"[（(]" + re.escape(m.group()) + r"[）)]", s) and re.search(r"关于[^。，]*(?:通知|意见|方案)$", rest))
                  # or in brackets before the addressees run into its line: （某政办发〔2010〕10号）各区人民政府，…：
                  or (re.match(r"[（(]" + re.escape(m.group()) + r"[）)]各", s))
                  or (rest and _is_date_line(re.sub("^" + _DATE_LABEL, "", rest)))):
            _found_doc_number(Field(canonical_number(m.group()), "文号 line in the front matter", ln, o), out)
            return
    released = _release_number(out.get("title"))
    if released is not None and "doc_number" not in out:
        out.choose("doc_number", Field(canonical_number(released.value), released.rule, released.evidence, released.offset))


def _found_doc_number(found: Field, out: _Reading) -> None:
    """A 文号 read from the front: the reading, or a second sight of one a field gave."""
    if "doc_number" in out:
        out.see("doc_number", found)
    else:
        out.choose("doc_number", found)


# a draft's note, or the year of a revision (…参照目录 ⏎ （2022年修订）), printed with the title
_DRAFT_WORDS = r"征求意见稿|送审稿|审议稿|报批稿|讨论稿|草案|修订稿|(?:19|20)\d\d年(?:修订|修正)版?"
_DRAFT_NOTE = re.compile(rf"[（(](?:{_DRAFT_WORDS})[^（）()]{{0,12}}[）)]$")
_DRAFT_LINE = re.compile(rf"[（(](?:{_DRAFT_WORDS}|试行|暂行)[^（）()]{{0,12}}[）)]")
# (or one year: 广元市…实施方案 ⏎ （2023年）, its opening bracket lost or not)
_PERIOD_LINE = re.compile(r"[（(]?(?:19|20)\d\d\s*年?\s*[-—–～~至到－]+\s*(?:19|20)\d\d\s*年?[）)]"
                          r"|[（(]?(?:19|20)\d\d\s*年度?[）)]")
# a page's note on what it shows of the document (its outline too: （纲 目）, （目录）), no part of the title
_WEB_NOTE = re.compile(r"[（(](?:最新|全文|范文|精选|完整版|推荐|word版|附全文|图文|原文|纲\s?目|目录|提纲)[）)]$")
_ARTICLE_NO = re.compile(r"^第[0-9一二三四五六七八九十]+篇")


# a line that is no title however it ends: an item of a list (2、…办法), an attachment mark, a part
# of a contents list (第一部分 报告), a bullet or a page field (•中文名：…)
_NOT_TITLE = re.compile(r"^(?:\d{1,2}[、.．]|[一二三四五六七八九十]{1,3}[、.．]|附件|第[一二三四五六七八九十]+(?:部分|章|节)|目录|[•·▪])"
                        r"|^[^，。《“]{1,8}[：:]"
                        # a progress table's column header (目前完成情况、存在问题及下一步工作措施): a title opens with an
                        # organ, a place, a year or 关于, never with the state of the work
                        r"|^(?:目前|当前|截至目前|截止目前)?(?:工作)?(?:完成|进展|推进|落实|办理)(?:情况|进度)")


# a speech's title opens like a sentence: 在全县防汛工作会议上的讲话
_SPEECH_TITLE = re.compile(r"^在[^，。；]{2,50}(?:会议|大会|会|座谈会|仪式|论坛|典礼|开班式)上的(?:讲话|致辞|发言)$")


# a page title's suffix after a dash: the bureau whose part of the document it is (…责任分工-市交通运输局,
# kept: the page names it so) or the site's name (…工作安排-某某官网, cut by _clean_title)
_PAGE_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff）)])[ \t]*[-－_][ \t]*(?P<tail>[^-－_，。；：:（）()]{2,30})$")


def _without_organ_suffix(s: str) -> str:
    m = _PAGE_SUFFIX.search(s)
    return s[:m.start()] if m and _organs(m["tail"]) == [m["tail"]] else s


# a letter that issues a document (国务院办公厅关于印发国家粮食应急预案的函): a cover, as a 关于印发…的通知 is
_COVER_LETTER = re.compile(r"关于(?:印发|转发|下发)[^。；]{4,80}的函$")


# a title's series number and topic after its kind word (…重点工作分工方案三--扎实推进全面创新改革, …方案之二——…):
# one of a set of documents, each named by its part; the title ends like a title before them
_SERIES_TOPIC = re.compile(r"(?<=[\u4e00-\u9fff》）)])(?:之?[一二三四五六七八九十]{1,2})?(?:--|——|－－)"
                           r"[^。；！？，,：:—\-]{2,30}$")


def _without_series_topic(s: str) -> str:
    m = _SERIES_TOPIC.search(s)
    return s[:m.start()] if m and _TITLE_END.search(s[:m.start()]) else s


def _ends_like_title(s: str) -> bool:
    """A line that can be the last line of a title: ends like one, is no sentence, no list item."""
    bare = _without_organ_suffix(_without_series_topic(s))
    if _NOTICE_ONLY.search(bare) and not _CORE_TITLE_END.search(bare) and _HEADLINE_VERB.search(bare):
        return False
    return (bool(_TITLE_END.search(bare)) and not re.search(r"[。；！？]", s) and len(s) <= 80
            and (not _SENTENCE_START.match(s) or bool(_SPEECH_TITLE.match(s)))
            and not (_WEAK_SENTENCE_START.match(s) and "，" in s)
            and not _FURNITURE_FIELD.match(s) and not s.endswith("的通知") and not _NOT_TITLE.match(s)
            and not _COVER_LETTER.search(s))


def _title_like(s: str) -> bool:
    """A line that can be a whole document title: ends like one, is no sentence, 6–80 characters."""
    return 6 <= len(s) <= 80 and _ends_like_title(s)


def _wraps_into_title(p: str, continuation: bool) -> bool:
    """A short line that a title wraps from (``天津市交通运输综合行政执法队伍素质能力`` ⏎ ``提升…方案``).

    ``continuation``: the line below cannot open a title (it starts mid-name, ``实施行动方案…``),
    so the line above may itself end like a title (``…工作计划`` ⏎ ``实施行动方案``) or with a 、
    (``…柴油货车污染治理、`` ⏎ ``臭氧污染防治…方案``). When the line below opens a title
    (a region, a year, 关于 …), the line above is its organ (``中共某省委 某省人民政府`` ⏎
    ``关于…的实施意见``) or ends on a joining word (``国务院关于`` ⏎ ``2022年…的报告``), never
    a page's words (``新闻详情``, ``999+``).
    """
    if not continuation and not (_organs(p) or re.search(r"(?:关于|的|和|及|与|暨|、)$", p) or _opens_title(p)):
        return False
    if _title_like(p) and _opens_title(p) and not _organs(p):
        return False  # a whole title of its own (a page's headline above the document's title)
    # (a line without a Chinese character — a page's time stamp 2022-05-10 09:01:26 — is no part of a title)
    return (0 < len(p) <= 30 and "|" not in p and "｜" not in p and not re.search(r"[。：；，:）)]$", p)
            and re.search(r"[\u4e00-\u9fff]", p) is not None
            and (continuation or not p.endswith("、"))
            and not re.search(r"[：@]|\d{4}年\d", p) and (continuation or not _TITLE_END.search(p))
            and not p.endswith("通知") and not _is_date_line(p) and not _FURNITURE_FIELD.match(p)
            and not p.endswith("文件") and not re.search(r"[〔〕]", p) and not _NOT_TITLE.match(p)
            and not re.search(r"第\d{1,3}页\s*/?\s*共\d{1,3}页", p))  # (第3页 / 共5页: a page counter)


# what a file name adds to a title: …方案（18页）.docx, …安排（20240108）
_FILE_TAIL = re.compile(r"(?:\.(?:docx?|pdf|wps|txt)|[（(]\d{1,4}页[）)]|[（(](?:19|20)\d{6}[）)])$")


# a document's 文号 written before its title and set off by a comma or a space (a page's headline)
_NUMBER_BEFORE_TITLE = re.compile(r"^" + DOC_NUMBER.pattern + r"[，,、：:\s]+(?=[\u4e00-\u9fff])")


_SIGNATURE_BEFORE_TITLE = re.compile(r"^(?P<organs>[\u4e00-\u9fff]{4,60}?)(?:19|20)\d\d年\d{1,2}月\d{1,2}日(?=[\u4e00-\u9fff“《])")


# …工作总结_第1页: a document-sharing page's thumbnail of one page, named by the title
_PAGE_THUMBNAIL = re.compile(r"_第\d{1,3}页$")


def _without_number_after(s: str) -> str:
    """A title with its 文号 run in after it (…情况的通报常工商个企〔2016〕3号), without the number; else as it is."""
    bracket = re.search(r"[〔\[［(（【﹝„](?:19|20)\d\d[〕\]］)）】﹞‟]\d{1,4}号$", s)
    if not bracket:
        return s
    for start in range(bracket.start() - 1, max(bracket.start() - 12, 0) - 1, -1):
        head, number = s[:start].rstrip(), s[start:].strip()
        if "的" in number or start < bracket.start() - 8:
            continue  # (关于印发X的通知 某发〔…〕: a cover's line — the number is after 的通知, not after X; an organ's
            # abbreviation is short)
        if (_TITLE_END.search(head) and DOC_NUMBER.fullmatch(number) and len(head) >= 10
                and (_opens_title(head) or "关于" in head) and not is_field_line(head)):
            return head
    return s


def _clean_title(s: str) -> str:
    s = _ARTICLE_NO.sub("", s)  # 第1篇 … (an essay site's numbering)
    s = re.sub(r"^【[^】]{1,6}】", "", s)  # 【有效】, 【转载】: a page's tag
    # [义务教育均衡发展督导评估--认定结果]关于…的公示: the column a page files the title under
    s = re.sub(r"^[\[［][^\]］]{2,30}[\]］](?=关于|[\u4e00-\u9fff]{2,}(?:省|市|县|区|部|局|厅|委))", "", s)
    s = re.sub(r"^(?:标题|题目|文件名称)(?=[\u4e00-\u9fff“《])", "", s)  # 标题西藏自治区…规划: a field label without its colon
    # 2024-06-16999+15.62KB14页海报…: a document-sharing page's date, views, size and pages run into the title
    s = re.sub(r"^(?:19|20)\d\d-\d{1,2}-\d{1,2}[\d+]*?[\d.]+(?:KB|MB|kb|mb)\d{1,4}页(?:海报)?(?=[\u4e00-\u9fff“《])", "", s)
    # 秘书之家—全网资源每日更新www.example.com某省…报告: a site's banner and address run into the title line
    s = re.sub(r"^[^。，；《》]{0,30}?(?:https?://|www\.)[A-Za-z0-9.\-_/]+\.(?:com|cn|net|org)(?:/[A-Za-z0-9.\-_/]*)?"
               r"(?=[\u4e00-\u9fff])", "", s)
    s = re.sub(r"^[（(]此件[^（）()]{0,12}[）)]", "", s)  # （此件主动公开）: how the document is published
    s = re.sub(r"^[（(]此件(?:主动|依申请)?公开(?:发布)?(?![）)])", "", s)  # (its closing bracket lost: （此件公开发布某县…)
    # 某市卫生健康委员会某市卫生健康委员会2019年工作总结: an organ printed twice, the headline's and the title's, run together
    s = re.sub(r"^(?P<title>[^。；]{8,100})(?P=title)$", r"\g<title>", s)  # (a one-line page printing its title twice)
    # (not two organs, the second the first's office: 某省人民政府某省人民政府督查室关于… — the year or 关于 follows the repeat)
    s = re.sub(r"^(?P<organ>[\u4e00-\u9fff]{4,24}?)(?P=organ)(?=(?:19|20)\d\d|关于)", r"\g<organ>", s)
    s = re.sub(r"^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?=[\u4e00-\u9fff])", "", s)  # 20230607…: a page's date
    # (湖北省)武汉市…: a compiler's note of the province a yearbook or database files the title under
    s = re.sub(r"^[（(][\u4e00-\u9fff]{2,8}(?:省|自治区)[）)](?=[\u4e00-\u9fff]{2,12}?[市州盟县区])", "", s)
    s = re.sub(r"^[（(](?:19|20)\d\d年?[）)](?=[\u4e00-\u9fff])", "", s)  # （2023年）某部关于…: a law database's year tag
    # 市交通运输委市公安局拟定的天津市…实施方案 (a 转发 cover's name of what it forwards): the organs that drafted it are no
    # part of the document's title
    drafted = re.match(r"^(?P<organs>[\u4e00-\u9fff、]{2,40}?)(?:拟定|制定|起草|编制|草拟)的(?=[\u4e00-\u9fff“《]{4,})", s)
    if drafted and _organs(drafted["organs"].replace("、", "")) and _TITLE_END.search(s):
        s = s[drafted.end():]
    # 1厦门市审计局关于…的函: a PDF's page number run into the organ a title opens with
    s = re.sub(r"^\d{1,3}(?=[\u4e00-\u9fff]{1,8}?[省市县区州盟旗][\u4e00-\u9fff]{0,16}?(?:局|厅|委|办|政府|委员会)关于)", "", s)
    run_in = re.match(r"(?:" + DOC_NUMBER.pattern + r")(?=关于|[\u4e00-\u9fff]{2,30}?关于)", s)
    organ = s[run_in.end():s.find("关于", run_in.end())] if run_in else ""
    if run_in and (not organ or division_of(organ)[0] is not None or _organs(organ) == [organ]):
        s = s[run_in.end():]  # 盘政办发〔2019〕9号盘锦市人民政府办公室关于…: the 文号 run into the title, no space left
    s = _NUMBER_BEFORE_TITLE.sub("", s)  # 某政办发〔2016〕85号，某省政府办公厅关于…: the 文号 is no part of it
    # 某市某局某市某局2022年6月7日某市…规划: a cover's signature and date run into the title of what it issues
    signed = _SIGNATURE_BEFORE_TITLE.match(s)
    if signed and _organs(signed["organs"]) and _TITLE_END.search(s[signed.end():]):
        s = s[signed.end():]
    # …的实施意见（池政〔2017〕101号）: a 文号 in brackets after the title is no part of it either
    s = re.sub(r"(?<=[\u4e00-\u9fff”》])[（(][\u4e00-\u9fff]{1,10}[〔\[［][12]\d{3}[〕\]］]\d{1,4}号[）)]$", "", s)
    # …统计公报 2022: a page's year selector after the title (a title ends on its kind word, not on a bare year)
    bare_year = re.search(r"[ \t]*(?:19|20)\d\d$", s)
    if bare_year and bare_year.start() > 0 and _CORE_TITLE_END.search(s[:bare_year.start()]):
        s = s[:bare_year.start()]
    s = _PAGE_THUMBNAIL.sub("", s)
    s = re.sub(r"(?<=[\u4e00-\u9fff）)])[ \t]*(?:19|20)\d\d-\d{1,2}-\d{1,2}$", "", s)  # …工作安排 2016-03-07: a list's date
    s = _without_number_after(s)  # …进展情况的通报 常工商个企〔2016〕3号: the title's own number after it on its line
    s = re.sub(r"[\[［](试行|暂行|草案|征求意见稿)[\]］]", r"（\1）", s)  # …操作规程[试行]: a draft's note in square brackets
    while _FILE_TAIL.search(s):
        s = _FILE_TAIL.sub("", s)
    cut = re.search(r"[（(][^（）()]{1,6}$", s)  # …若干措施（草案解: a headline the site cut inside its bracket
    if cut and _TITLE_END.search(s[:cut.start()]):
        s = s[:cut.start()]
    m = _PAGE_SUFFIX.search(s)
    if m and _TITLE_END.search(s[:m.start()]) and _organs(m["tail"]) != [m["tail"]]:
        s = s[:m.start()]  # …2023年重点工作安排-某某官网: the site's name after the page's title
    if s.startswith("《") and s.endswith("》"):
        s = s[1:-1]
    return _WEB_NOTE.sub("", s)


def _opens_title(s: str) -> bool:
    """Can ``s`` be the first line of a title (a region, an organ, a year, 关于 …)?"""
    return bool(re.match(r"^(?:(?:19|20)\d\d|关于|[“《](?:19|20)\d\d)", s)) or division_of(s)[0] is not None \
        or bool(_NATIONAL.search(s)) or bool(re.match(r"^[某本全]?(?:省|市|县|区|旗)", s)) \
        or bool(_TITLE_ORGAN.match(s))  # (an organ before its year or 关于: 团市委2023年工作要点)


def _opens_with_organ(s: str) -> bool:
    return division_of(s)[0] is not None or bool(_NATIONAL.search(s)) or bool(_TITLE_ORGAN.match(s))


def _double_spaced(front: list[tuple[int, str]], text: str) -> bool:
    """Does the page print a blank line between most lines of its front matter? Then a blank line
    separates nothing, and a title wraps across it (``立山区政府2023年重点工作`` ⏎⏎ ``任务分解和…方案``)."""
    if not text or len(front) < 4:
        return False
    gaps = [bool(re.search(r"\n[ \t\u3000]*\n", text[a:b])) for (a, _), (b, _) in zip(front, front[1:])]
    return sum(gaps) * 3 >= len(gaps) * 2


def _read_title(front: list[tuple[int, str]], out: _Reading, text: str = "", furniture_lines=()) -> None:
    """The title, in the order a reader looks: the document's own title line; the title a cover
    notice names; the title a cover sentence names (现将《…》印发, 《…》已经…同意, 特制定《…》); the
    page's 名称 field; a news item's headline; a document-sharing site's file name; the opening
    words of a one-line page. Each reading found is recorded (``out.see``), the first one chosen."""
    crumbs = _breadcrumb_ends(ln for *_, ln in furniture_lines)
    readings = [_released_title_printed(front, _title_line(_before_the_salutation(front), text, crumbs)),
                _cover_notice(front, out), _cover_sentence(front)]
    readings[0] = _notice_of_attachment(front, readings[0], readings[1])
    readings[0] = _line_the_cover_names(front, readings[0], readings[1])
    readings[0] = _title_line_against_cover(readings[0], [r for r in readings[1:] if r is not None])
    readings[1] = _cover_title_with_its_region(readings[1], readings[2])
    fields = [_field_title(f) for f in out.seen.get("title", []) if f.rule.endswith("field")]
    if not any(readings):  # (a title wrapped over two lines only where no page field names it: the field is whole)
        readings.append(_notice_title(front, wrapped=not any(fields)))
    readings += fields
    readings += [_interpretation_headline(front), _headline(front), _release_sentence_title(front)]
    for found in readings:
        if found is None:
            continue
        out.see("title", found)
        if "title" not in out:
            out.choose("title", found)
    if "title" not in out:
        for o, so, ln in list(furniture_lines) + [(o, None, ln) for o, ln in front]:
            m2 = re.search(r"《([^》]{4,120}?)\.(?:docx?|pdf|wps|txt)", ln)
            if m2:  # the file name a document-sharing site shows: 《X.docx》由会员分享
                out.choose("title", Field(_clean_title(_norm_line(m2.group(1))),
                                          "file name in a document-sharing wrapper", ln, o, so))
                break
            m2 = re.search(r"附件(?:下载)?[：:]\s*([^：:]{4,80}?)\.(?:docx?|pdf|wps|xlsx?|et)", ln)
            if m2 and _TITLE_END.search(_clean_title(_norm_line(m2.group(1)))):  # 附件下载：某局2021年…分解表.doc
                out.choose("title", Field(_clean_title(_norm_line(m2.group(1))), "attachment file name", ln, o, so))
                break
    if "title" not in out:
        found = (_one_line_page_title(front) or _title_the_breadcrumb_ends_with(front, crumbs)
                 or _attachment_title_run_in(front))
        if found is not None:
            out.choose("title", found)
    if "title" in out:
        _first_of_documents_issued(front, out)
        _draft_note_the_text_prints(front, out)
        _forwarding_notice(front, out)


# the document a cover attaches, named after 附件 with its text run in after the name (附件2山东省…规划（2010-2020年）渔业
# 港口…是… · 附件: 某某行动方案 根据…): a PDF's or a sharing page's text run together
_ATTACHMENT_RUN_IN = re.compile(r"^(?:\d{1,2}[、.．])?[ \t]*附件[ \t]*\d{0,2}[ \t]*[：:]?[ \t]*"
                                r"(?P<title>[^。，；：:、\s]{4,60}?(?:规划|方案|计划|意见|要点|办法|细则|纲要)(?:[（(][^（）()]{2,20}[）)])?)"
                                r"(?=[ \t]*(?:根据|为了?|按照|依据|近年来|[\u4e00-\u9fff]{2,12}(?:[（(]以下简称|是|为)))")


def _attachment_title_run_in(front: list[tuple[int, str]]) -> Field | None:
    """No title otherwise: the document a line names after 附件 with its text run in (see ``_ATTACHMENT_RUN_IN``)."""
    for o, ln in front:
        m = _ATTACHMENT_RUN_IN.search(_norm_line(re.sub(r"^.{0,60}?(?=附件)", "", ln.strip(), count=1)))
        if m and _title_like(_clean_title(m["title"])):
            return Field(_clean_title(m["title"]), "attachment named with its text run in after it", ln.strip()[:80], o)
    return None


# a cover that forwards a document issued before, cited with its own 文号 (现将《某部关于…的意见》（某发〔2022〕49号）转发给你们):
# the page is the forwarding notice, not the document it forwards (a plan drafted below and forwarded once approved —
# 《…实施方案》已经区政府同意，现转发给你们 — carries no 文号 of its own and is the document)
_FORWARDS_ISSUED = re.compile(r"现将《[^》]{4,160}》[（(][^（）()]{1,16}[〔\[［(（](?:19|20)\d\d[〕\]］)）]\d{1,5}号[）)][，,]?转发")
_FORWARDING_TITLE = re.compile(r"(?:^|\n)(?P<title>[^\n。：:；]{2,120}?转发\n?《[^》]{4,160}》的(?:通知|函))(?=\n|$)")


def _forwarding_notice(front: list[tuple[int, str]], out: _Reading) -> None:
    """A title read from what the cover forwards when the cover forwards a document issued before (see
    ``_FORWARDS_ISSUED``): the forwarding notice's own title line(s) (某厅 某局转发 ⏎ 《关于…的实施意见》的通知), the page's
    document."""
    title = out["title"]
    if not title.rule.startswith(("cover sentence", "cover notice", "notice title")):
        return
    lines = [_norm_line(ln) for _, ln in front]
    if not any(_FORWARDS_ISSUED.search(ln) for ln in lines):
        return
    m = _FORWARDING_TITLE.search("\n".join(lines))
    if m:
        at = "\n".join(lines)[:m.start("title")].count("\n")
        out.choose("title", Field(_clean_title(m["title"].replace("\n", "")), "the notice forwarding a document issued "
                                  "before (现将《…》（文号）转发)", front[at][1], front[at][0]))


def _draft_note_the_text_prints(front: list[tuple[int, str]], out: _Reading) -> None:
    """A title read without a draft's note that the text prints after it (烟叶发展规划_第1页 … ⏎ 1、烟叶发展规划（征求意见稿）
    为…: a sharing page's thumbnails name the file, the text the draft): the title with its note."""
    title = out["title"]
    if _DRAFT_NOTE.search(title.value):
        return
    for o, ln in front:
        at = _norm_line(ln).find(title.value)
        note = _DRAFT_LINE.match(_norm_line(ln), at + len(title.value)) if at >= 0 else None
        if note:
            out.choose("title", replace(title, value=title.value + note.group(), rule=f"{title.rule} (with the draft's note "
                                        f"the text prints after it)"))
            return



def _cover_title_with_its_region(cover: Field | None, sentence: Field | None) -> Field | None:
    """A cover notice names its document by the level word alone (关于印发自治区数字政府建设实施方案的通知) and its
    sentence in full (现将《内蒙古自治区数字政府建设实施方案》印发): the title the sentence gives, with its region."""
    if cover is None or sentence is None:
        return cover
    short, full = _BARE.sub("", cover.value), _BARE.sub("", sentence.value)
    head = full[:len(full) - len(short)]
    if (full.endswith(short) and head and re.match(r"^(?:省|自治区|市|州|盟|县|区|旗)", short)
            and division_of(head + short)[0] is not None):
        return Field(sentence.value, "cover notice's title with the region its sentence names", cover.evidence,
                     cover.offset)
    return cover


# a cover sentence issuing several documents: 《X》和《Y》已经县政府同意，现印发给你们 · 现将《X》《Y》印发
_SEVERAL_ISSUED = re.compile(r"《(?P<first>[^》]{4,120})》(?:(?:和|及|与|以及|、|，)?《[^》]{4,120}》)+"
                             r"[^。]{0,30}?印发")
FIRST_OF_SEVERAL = "the first of the documents the cover issues"


def _first_of_documents_issued(front: list[tuple[int, str]], out: _Reading) -> None:
    """A cover issuing two documents at once (关于印发X和Y的通知): the title read joins them; the
    text is X's first (the order the cover gives), so X, of low confidence, the note naming both."""
    title = out["title"]
    for o, ln in front:
        m = _SEVERAL_ISSUED.search(_norm_line(ln))
        if not m:
            continue
        names = re.findall(r"《([^》]{4,120})》", m.group())
        if len(names) >= 2 and _BARE.sub("", title.value) == _BARE.sub("", "和".join(names)).replace("〈", "").replace("〉", ""):
            out.choose("title", Field(_clean_title(names[0].replace("〈", "《").replace("〉", "》")), FIRST_OF_SEVERAL,
                                      ln, o, note=f"the cover issues {len(names)} documents: "
                                      + "; ".join(names)))
        return


# a cover sentence names the document it issues: 现将《X》印发给你们 · 现将我局《X》印发 ·
# 《X》已经市政府同意，现印发给你们 · …结合我市实际，特制定《X》
_COVER_SENTENCE = re.compile(
    r"现将(?:我局|我委|我厅|我办|本局|本委|修订后的|新修订的)?《(?P<a>[^》]{4,80})》(?:[（(][^（）()]{0,20}[）)])?[，,]?"
    r"(?:随函)?(?:印发|转发|下发|报送|呈报)"  # (a gloss between: （以下简称《方案》） · （附后）随函报送)
    r"|(?:^|[：:])《(?P<b>[^》]{4,80})》(?:已经|经)[^。]{0,40}?(?:同意|通过)[，,]?现(?:予)?(?:印发|转发|下发)"
    r"|(?:特|现)制(?:定|订)(?:了)?《(?P<c>[^》]{4,80})》"
    # whatever made it: …组织制定了《X》，现印发给你们 · …编制形成了《X》，现印发给你们 (one document: 《A》和《B》
    # issue two, and neither is the page's title)
    r"|(?<!》和)(?<!》、)(?<!》及)(?<!》与)《(?P<h>[^》]{4,80})》(?:[（(][^（）()]{0,20}[）)])?[，,]现(?:予)?印发(?:给)?你们"
    # a news item carrying the document: 印发《X》，内容如下 · 《X》发布 · 国务院发布关于落实…的意见，
    r"|(?:印发|发布)(?:了)?《(?P<d>[^》]{4,80})》[，,。]?(?:全文|内容|详情)如下"
    r"|(?:印发|发布)(?:了)?《(?P<i>[^》]{4,80})》[，,]自(?:印发|发布)之日起施行"  # (发布《X》，自发布之日起施行)
    r"|^《(?P<g>[^》]{4,80})》(?:的)?(?:主要|具体)?(?:内容|全文)如下"  # (a news item's line before the text it carries)
    r"|^附[：:]?《(?P<j>[^》]{4,80})》(?:全文|原文)[：:]?$"  # (附《X》全文： — the same, at the news item's end)
    r"|《(?P<e>[^》]{4,80})》(?:正式)?(?:印发|发布|出台)[，,。]"
    r"|(?:印发|发布|出台)(?:了)?(?P<f>关于[^，。《》]{0,40}(?:《[^》]{2,30}》[^，。《》]{0,30})?的(?:意见|方案|决定|规划|通知))[，,。]"
    # the document naming itself as a paragraph opens: 《某市“十二五”民政事业发展专项规划》（以下简称《规划》），规划期为…
    r"|^《(?P<s>[^》]{4,80}(?P<kw>规划|方案|计划|意见|要点|纲要))》[（(]以下简称[“《]?(?P=kw)[”》]?[）)]")


def _cover_sentence(front: list[tuple[int, str]]) -> Field | None:
    """The title a cover sentence names (see ``_COVER_SENTENCE``)."""
    for o, ln in front:
        m = _COVER_SENTENCE.search(_norm_line(ln))
        if m:
            title = _clean_title(m["a"] or m["b"] or m["c"] or m["d"] or m["e"] or m["f"] or m["g"] or m["h"] or m["i"]
                                 or m["j"] or m["s"])
            if _TITLE_END.search(title) or (m["f"] and title.endswith("的通知")):  # (a news lead: 发布关于…的通知)
                return Field(title, "cover sentence 现将《…》印发", ln, o)
    return None


def _field_title(f: Field) -> Field | None:
    """A page's 名称 / 标题 field as a title: the document a cover notice it names issues
    (``科技部关于印发建设创新型省份工作指引的通知`` → ``建设创新型省份工作指引``), or the name itself
    (a notice that issues nothing: ``某办公厅关于落实…分工的通知``)."""
    m = _COVER.search(f.value)
    value = _norm_line(m["q"] or m["a"] or m["p"]) if m else f.value
    # (a notice that issues nothing is its own document: 标题：某办公厅关于落实…分工的通知)
    # (a field names the title whatever its kind: 法规标题：国务院关于…的决定)
    if not (_TITLE_END.search(value) or _NOTICE_TITLE.match(value) or re.search(r"关于[^。，；]{2,80}的(?:决定|决议)$", value)) \
            or len(value) < 6:
        return None
    return Field(value, f.rule, f.evidence, f.offset, f.source_offset)


# the line a report made to a congress opens with: who speaks (organ, post, name), no title:
# 某区审计局局长某某某 · 某县人民政府副县长某某
_SPEAKER = (r"^(?P<organ>[\u4e00-\u9fff]{2,30}?(?:厅|局|委员会|委|办公室|人民政府|政府|法院|检察院|署|部))"
            r"(?P<post>副?(?:局长|主任|厅长|部长|审计长|院长|检察长|县长|区长|市长|省长|州长|镇长|乡长|署长|书记|处长|主席))"
            r"(?P<name>[\u4e00-\u9fff]{2,3})")
_SPEAKER_LINE = re.compile(_SPEAKER + "$")
# a title that says who reported where: 某局局长某某在2020年全省…会议上作报告
_SPEAKER_TITLE = re.compile(_SPEAKER + r"(?=在[^。，]{2,40}(?:会议|大会|会)上)")


def _speaker_line(front: list[tuple[int, str]], title: Field | None = None) -> Field | None:
    """The organ of the speaker's line a report to a congress opens with (among the first lines), or
    that stands under a speech's or report's title (the title, its ——subtitle, then 某部部长 某某)."""
    below = [(o, ln) for o, ln in front if title is not None and title.offset is not None and o > title.offset][:4]
    for o, ln in front[:3] + below:
        m = _SPEAKER_LINE.match(_norm_line(ln))
        if m:
            return Field(m["organ"], f"speaker's line (organ, {m['post']} and name) above a report", ln.strip(), o)
    for (_, above), (o, ln) in zip(below, below[1:]):
        s = _norm_line(ln)
        if re.match(r"^[—－\-]{1,2}", _norm_line(above)) and re.search(r"会议上|大会上", above) and _organs(s) == [s]:
            # ——2018年5月30日在某市人民代表大会常务委员会…会议上 ⏎ 某市公安局: the organ that made the report
            return Field(s, "organ under the report's meeting line", ln.strip(), o)
    return None


# an interpretation's headline: the column's label and a bar before the document's name
# (政策解读 | 某省全民健身实施计划（2021-2025年）): the page's title, the page is about the document
_INTERPRETATION = re.compile(r"^(?P<label>政策解读|权威解读|图文解读|图解|一图读懂|解读)[ \t\u3000]*[|｜:：][ \t\u3000]*"
                             r"(?P<name>[^|｜]{6,80})$")


def _interpretation_headline(front: list[tuple[int, str]]) -> Field | None:
    """The first of the first lines that is an interpretation's headline (see ``_INTERPRETATION``)."""
    for o, ln in front[:8]:
        if _INTERPRETATION.match(ln.strip()):
            return Field(ln.strip(), "interpretation's headline (解读 | …)", ln, o)
    return None


def _speaker_title(title: Field | None) -> Field | None:
    """The organ of a title that says who reported where: 某局局长某某在2020年全省…会议上作报告."""
    if title is None:
        return None
    m = _SPEAKER_TITLE.match(title.value)
    if m is None:
        return None
    return Field(m["organ"], f"organ of the speaker the title names ({m['post']})", title.evidence, title.offset)


def _headline(front: list[tuple[int, str]]) -> Field | None:
    """A news item's headline: among the first lines, the first that reads like one (short, mostly
    Chinese, no sentence, no 文号 or date), above a long opening paragraph; a page's short words
    (温州) and navigation lines (with a | or >) before it are passed over."""
    if not any(len(x) >= 40 for _, x in front[1:]):
        return None
    for o, ln in front[:4]:
        s = re.sub(r"^【[^】]{1,20}】", "", _norm_line(ln))
        if len(s) <= 4 or re.search(r"[|｜>＞]", s):
            continue
        if len(s) <= 12 and re.search(r"\d(?:\.\d+)?[万亿千百]?[个条件项次人元吨台辆套处座米亩]$", s):
            return None  # 库存草袋2.86万条: a short line of a list's figures, no headline (…力争实现旅游总收入40亿元 is one)
        if _SPEAKER_LINE.match(s):
            return None  # who speaks, not what: the report has no title on the page
        cjk = len(re.findall(r"[\u4e00-\u9fff]", s))
        said = re.match(r"^([\u4e00-\u9fff]{2,12})[：:]", s)  # 工信部：…: the body the news is about, then what it does
        plain = s[said.end():] if said and _organs(said[1]) == [said[1]] and len(s) - said.end() >= 6 else s
        if (8 <= len(s) <= 50 and cjk >= 0.6 * len(s) and not re.search(r"[。，；：:！？!?]", plain)
                and not _FURNITURE_FIELD.match(s) and not _organs(s) and not _is_date_line(s)
                and not DOC_NUMBER.search(s) and not parse_written_date(s)):
            return Field(s, "headline (first line)", ln, o)
        return None
    return None


# a one-line page (title, parts and items run together): 关于XX县…情况的汇报老旧小区改造是… ·
# 市民政局2021年工作总结和2022年工作计划文稿今年以来，…
_RUN_IN_TITLE = re.compile(
    rf"^(?P<a>关于[^。，；]{{2,60}}?的(?:汇报|报告|请示|函|意见|方案|通知))"
    rf"|^(?P<b>[^。，；]{{4,60}}?(?:{_REPORT_END}|{_PLAN_END}))(?:文稿|全文)?(?=今年以来|近年来|(?:19|20)\d\d年|为|根据|按照|一、)"
    # (a title closed by its period in brackets: …实施方案（2009年—2011年）身心健康是…)
    rf"|^(?P<c>[^。，；（(]{{4,60}}?(?:{_REPORT_END}|{_PLAN_END})[（(](?:19|20)\d\d[^（）()。，]{{1,14}}[）)])")


def _one_line_page_title(front: list[tuple[int, str]]) -> Field | None:
    """The title a one-line page opens with (see ``_RUN_IN_TITLE``), only when the page is one
    long line; a reading of low confidence (where the title ends is a guess)."""
    if not front or len(front[0][1]) < 100:
        return None
    o, ln = front[0]
    m = _RUN_IN_TITLE.match(re.sub(r"^\d{1,2}、(?=\S)", "", _norm_line(ln)))  # (1、: a sharing page's page marker)
    if not m:
        return None
    return Field(m["a"] or m["b"] or m["c"], "opening words of a one-line page", ln[:60], o)


# a notice that is itself the document (某省人民政府关于落实…分工的通知 · 关于做好…工作的通知), not a cover
_NOTICE_TITLE = re.compile(r"^[^。；：:，]{0,40}关于(?!印发|转发|下发|发布)[^。；：:]{4,120}的通知$")


def _may_open_title(line: str) -> bool:
    """Might a short line be a title's first line (an organ, 转发X): no sentence, no number, no date, no field?"""
    return (0 < len(line) <= 30 and not re.search(r"[。：:；，,]", line) and not DOC_NUMBER.search(line)
            and not _is_date_line(line) and not is_field_line(line))


NOTICE_TITLE_RULE = "notice title (关于…的通知, no document issued)"


def _whole_notice_title(title: str) -> bool:
    return bool(_NOTICE_TITLE.match(title)) and title.count("《") == title.count("》")


def _notice_title_wrapped(front: list[tuple[int, str]], k: int, first: str) -> Field | None:
    """A notice title whose line ``front[k]`` (``first``, cleaned: 关于…) goes on on the next line (…名单的通知),
    joined; None if the two lines make none."""
    if k + 1 >= len(front):
        return None
    o, ln = front[k]
    joined = _clean_title(first + _norm_line(front[k + 1][1]))
    if _whole_notice_title(joined) and len(joined) <= 80:
        return Field(joined, NOTICE_TITLE_RULE, f"{ln} / {front[k + 1][1]}", o)
    return None


def _opens_notice_title(s: str) -> bool:
    """Does ``s`` open a notice title: 关于…, or its organ then 关于 (国家发展改革委关于支持…)?"""
    m = re.match(r"^([^。；：:，]{0,40}?)关于", s)
    return m is not None and (not m[1] or _organs(m[1]) == [m[1]])


def _notice_title(front: list[tuple[int, str]], wrapped: bool = True) -> Field | None:
    """The title of a notice that issues nothing else (no cover notice, no cover sentence): its
    关于…的通知 line among the first lines of the front matter — the last of them, when a page's
    headline or 标题 field repeats it above (20230607 某办公室 关于…的通知 ⏎ … ⏎ 某办公室 ⏎ 关于…的通知)."""
    found = None
    for k, (o, ln) in enumerate(front[:8]):
        s = _clean_title(_norm_line(ln.strip(" \t|｜")))  # (关于…的通知 |: a table border's bar after it)
        if _whole_notice_title(s) and not is_field_line(ln):
            found = Field(s, NOTICE_TITLE_RULE, ln, o)
        elif (wrapped and _opens_notice_title(s) and k + 1 < len(front) and not is_field_line(ln)
              and not (k > 0 and _may_open_title(above := _norm_line(front[k - 1][1]))
                           and (not _organs(above) or re.search(r"转发|批转|印发", above)))):
            # a title wrapped over two lines (关于公布2020-2021年…农村水系 ⏎ 综合整治试点县名单的通知), its first
            # line the title's first (not under 国务院办公厅转发国家教委 ⏎ 关于…, a longer title's second line; under
            # its issuing organ alone on the line above, 某市人民政府办公室 ⏎ 关于…, it is)
            found = _notice_title_wrapped(front, k, s) or found
    return _with_the_organ_above(front, found)


def _with_the_organ_above(front: list[tuple[int, str]], title: Field | None) -> Field | None:
    """A notice title (关于…的通知) printed under its issuing organ alone on the line above (国家税务总局 ⏎ 关于…的通知):
    the title as printed, the organ first — as a title line that runs the organ in is read."""
    if title is None or not title.value.startswith("关于"):
        return title
    above = [(o, ln) for o, ln in front if o < title.offset]
    organ = _norm_line(above[-1][1]) if above else ""
    if not organ or _organs(organ) != [organ] or re.search(r"转发|批转|印发", organ):
        return title
    return Field(organ + title.value, f"{NOTICE_TITLE_RULE}, under its organ", f"{above[-1][1]} / {title.evidence}",
                 above[-1][0])


_BARE = re.compile(r"[\s，,。.、；;：:（）()《》〈〉“”\"'【】\[\]〔〕—–\-－~～·…/|]")


def _title_line_against_cover(line: Field | None, covers: list[Field]) -> Field | None:
    """The title line checked against the title the cover names (关于印发《X》的通知, 现将《X》印发): a line
    that is the end of X lost the line(s) it wraps from (``河南省…工作计划`` ⏎ ``实施行动方案（2018-2020年）``,
    the first line a title of its own); a line that is X under an organ printed on the line above it
    (``湖南省交通运输厅`` ⏎ ``2019年…自查报告`` under 现将《2019年…自查报告》随函报送) carries its author's
    name. Either way X. (An organ run into the title's own line is kept: it is printed as the title.)"""
    if line is None:
        return None
    bare_line = _BARE.sub("", line.value)
    for cover in covers:
        bare_cover = _BARE.sub("", cover.value)
        if bare_cover == bare_line or not bare_line or not bare_cover:
            continue
        if bare_cover.endswith(bare_line) and len(bare_line) >= 4:
            return Field(cover.value, "title line completed by the cover's title", line.evidence, line.offset)
        if (len(bare_line) >= 6 and bare_cover.startswith(bare_line)
                and re.fullmatch(r"(?:19|20)\d\d[—–\-－~～至到]?(?:19|20)\d\d年?", bare_cover[len(bare_line):])):
            # 佛山市…行动计划 under a cover issuing 佛山市…行动计划（2016—2018年）: the line lost the period the cover names
            return Field(cover.value, "title line completed by the period the cover's title names", line.evidence, line.offset)
        head = bare_line[:len(bare_line) - len(bare_cover)]
        printed_above = _BARE.sub("", line.evidence.split(" ")[0]) == head  # (an organ run into the line is the title's)
        if bare_line.endswith(bare_cover) and _organs(head) == [head] and printed_above:
            return Field(cover.value, "title line without the organ printed above it (the cover names it so)",
                         line.evidence, line.offset)
        organ = head[:-2] if head.endswith("关于") else head if bare_cover.startswith("关于") else ""
        if bare_line.endswith(bare_cover) and organ and _organs(organ) == [organ]:
            # 市某委关于X under a cover that issues X (or 某院关于X under one issuing 《关于X》): the attached heading
            # restates its author, as a notice would
            return Field(cover.value, "title line without the organ it restates (the cover names it so)",
                         line.evidence, line.offset)
    return line


def _before_the_salutation(front: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The front matter up to a report's salutation (各位代表：): its unnumbered headings after it (2023年预算
    执行情况) are its body, not its title — when a line before it ends like a title. (A notice's addressees
    are no such line: the document it issues, with its title, follows them.)"""
    for k, (_, ln) in enumerate(front):
        if re.fullmatch(r"各位(?:代表|委员|领导|同志|常委)[：:]", _norm_line(ln)):
            head = front[:k]
            return head if any(_ends_like_title(_clean_title(_norm_line(x))) for _, x in head) else front
    return front


def _line_the_cover_names(front: list[tuple[int, str]], line: Field | None, cover: Field | None) -> Field | None:
    """The attached document opens with the title its cover notice names (关于印发《X》的通知 … ⏎ X): a
    line that is X, printed after the cover, is the title line, and a later line that ends like a
    title is inside the document (a table cell …统筹安排, a heading) — a front matter without a
    numbered heading runs to the end of the text."""
    if line is None or cover is None or cover.offset is None or line.offset is None:
        return line
    bare_cover = _BARE.sub("", cover.value)
    for o, x in front:
        if cover.offset < o < line.offset and _BARE.sub("", _clean_title(_norm_line(x))) == bare_cover:
            return Field(cover.value, "title line the cover notice names", x, o)
    return line


def _notice_of_attachment(front: list[tuple[int, str]], line: Field | None, cover: Field | None) -> Field | None:
    """The title line is an attachment's (附件 ⏎ 某市…若干措施 ⏎ （征求意见稿）): when no cover notice
    issues it (关于印发…的通知), the document is the notice it is attached to, the front matter's
    first …的通知 / …的函 line (关于对《…》公开征求意见的通知)."""
    if line is None or cover is not None or line.offset is None:
        return line
    above = [x for o, x in front if o < line.offset]
    if not above or not re.fullmatch(r"附件\s*\d{0,2}\s*[：:]?", _norm_line(above[-1])):
        return line
    for o, x in front:
        s = _clean_title(_norm_line(x))
        if o < line.offset and re.search(r"的(?:通知|函)$", s) and not re.search(r"(?:印发|转发|下发)[《〈]", s) and len(s) <= 120:
            return Field(s, "notice the attachment belongs to", x, o)
    return line


# where a page sits, its last place the page itself: 首页 >> 地方政策 >> 某市 >> X · 当前位置：首页 > 政策 > X
_BREADCRUMB = re.compile(r"^[ \t\u3000]*(?:(?:网站)?首页|当前位置|您的位置|您当前的位置|您现在的位置)[^。]*?[>＞»]"
                         r"(?:[^>＞»]*[>＞»])*[ \t\u3000]*(?P<last>[^>＞»]{6,120}?)[ \t\u3000]*$")


def _title_the_breadcrumb_ends_with(front: list[tuple[int, str]], crumbs: set[str]) -> Field | None:
    """A page whose breadcrumb ends with a title (首页 > 办公文档 > 2012年县体育局工作总结及…安排) and whose text opens
    with those words run into its first sentence: the title (a weak reading, as a one-line page's)."""
    if not front:
        return None
    o, ln = front[0]
    s = _norm_line(ln)
    for crumb in sorted(crumbs, key=len, reverse=True):
        if len(crumb) >= 8 and _title_like(crumb) and _BARE.sub("", s).startswith(crumb) and len(s) > len(crumb) + 20:
            return Field(s[:len(crumb)] if s.startswith(crumb) else crumb, "opening words of a one-line page",
                         ln[:60], o)
    return None


def _breadcrumb_ends(lines) -> set[str]:
    """The last places of a page's breadcrumb lines (see ``_BREADCRUMB``), bare (``_BARE``): the title of
    the page, which a title line that equals one is whole (the section words above it are the page's)."""
    return {_BARE.sub("", m["last"]) for ln in lines if (m := _BREADCRUMB.match(ln))}


def _headline_joins(above: list[tuple[int, str]], line: str, parts: list[str]) -> bool:
    """Does a line above print ``line`` and ``parts`` joined (the page's headline over a title split across
    blank lines)?"""
    joined = _BARE.sub("", line + "".join(parts))
    return any(_BARE.sub("", _norm_line(x)) == joined for _, x in above)


# a speech's or report's subtitle that says where it was delivered: ——在2024年全国…工作会议上的工作报告 (the title is
# the lines above it, whatever they end on)
# (its speaker before 在: ——某某局长在2017年…会议上的报告; or the report named with its year: ——2017年某市交通运输工作报告)
_DELIVERY_SUBTITLE = re.compile(r"^[—－]{1,2}[ \t]*(?:[^。，；]{0,20}?日)?"
                                r"(?:[\u4e00-\u9fff]{2,12}?(?:同志|局长|部长|主任|书记|省长|市长|县长|区长|厅长|主席|院长|司长))?"
                                r"在[^。；]{4,60}?(?:会议|大会|会|论坛|仪式)上的(?:工作)?(?:报告|讲话|致辞|发言|汇报)$"
                                r"|^[—－]{1,2}[ \t]*(?:19|20)\d\d年(?:度)?[\u4e00-\u9fff]{2,30}?工作报告$")


TITLE_OVER_SUBTITLE = "title above its delivery subtitle (——在…会议上的报告)"


def _title_over_subtitle(front: list[tuple[int, str]], k: int, text: str, double_spaced: bool = False) -> Field | None:
    """The title printed right above a delivery subtitle ``front[k]`` (see ``_DELIVERY_SUBTITLE``): the one to three
    short lines over it, no blank line (unless the page puts one between all its lines) and no sentence between
    (深入学习贯彻… ⏎ 以美丽中国建设… ⏎ ——在…会议上的工作报告)."""
    parts, start, below = [], None, front[k][0]
    for o, ln in reversed(front[max(0, k - 3):k]):
        p = _norm_line(ln)
        if (not p or len(p) > 40 or re.search(r"[。；！？：:，]", p)
                or (not double_spaced and re.search(r"\n[ \t\u3000]*\n", text[o:below]))
                or _is_date_line(p) or _FURNITURE_FIELD.match(p)):
            break
        if parts and _TITLE_END.search(p) and not _TITLE_END.search("".join(parts)):
            break  # a page's headline that is a title of its own (市交委2017年工作报告) over the speech's theme lines
        parts.insert(0, p)
        start, below = o, o
    if not parts or len("".join(parts)) < 6:
        return None
    return Field("".join(parts), TITLE_OVER_SUBTITLE, " ".join(parts + [_norm_line(front[k][1])]), start)


# a title that names only a kind (政府工作报告, 工作总结): no body, place or year
_GENERIC_TITLE = re.compile(r"(?:政府)?工作(?:报告|总结|要点|计划)|实施方案|工作方案")


def _title_line(front: list[tuple[int, str]], text: str, crumbs: set[str] = frozenset()) -> Field | None:
    """The document's own title line: the last front-matter line that ends like a title (it follows
    any cover notice), with the short lines it wraps from and a period line under it — none when the
    page's breadcrumb ends with the line itself (地方政策 ⏎ 详细内容 ⏎ X under 首页 >> … >> X: X is whole)."""
    double_spaced = _double_spaced(front, text)
    for k in range(len(front) - 1, -1, -1):
        o, ln = front[k]
        if (_table_cell(ln) and k > 0 and _table_cell(front[k - 1][1]) and _one_cell(front[k - 1][1])
                and front[k - 1][1].strip(" \t|｜")):  # (a line of bars alone, |||||||||, is a border: no cell above)
            # a column header of a table flattened one cell a line; only a table's first line may title it
            # (a page's field row above — 成文日期 | 2023-02-01 | 公开方式 | 主动公开 | — is no such table)
            continue
        if any(re.fullmatch(r"序\s*号", x.strip(" |｜")) for _, x in front[max(0, k - 8):k]):
            continue  # a column header under 序号 (目前完成情况), not a title
        s = _clean_title(_norm_line(ln.strip(" |｜")))
        if _DELIVERY_SUBTITLE.match(s):
            over = _title_over_subtitle(front, k, text, double_spaced)
            if over is not None:
                return over
            continue
        if (not _ends_like_title(s) or "|" in s or "｜" in s or re.match(r"^【[^】]{2,6}】", ln.strip())
                or s.count("《") > s.count("》")):
            continue  # (【法规类别】机关工作综合规定: a law database's field; …关于印发《某规划（2016: a headline cut off)
        if s.startswith("关于") and (wrapped := _notice_title_wrapped(front, k, s)) is not None:
            # 关于分解落实2019年市政府工作报告 ⏎ 主要目标任务的通知: the line ends like a title, but the notice title
            # it opens goes on below
            return wrapped
        above = _norm_line(front[k - 1][1]) if k > 0 else ""
        if re.match(r"附件\s*\d{0,2}\s*[：:]\s*\S", above) and not re.search(r"[。；！？]$", above):
            continue  # the end of an attachment's name wrapped onto its own line (附件：某局…拟录用公 ⏎ 务员名单)
        parts, raw, start, j = [s], [ln], o, k - 1
        continuation = not _opens_title(s)
        while j >= 0 and len(parts) < 4 and _BARE.sub("", s) not in crumbs:
            po, p = front[j][0], _PAGE_THUMBNAIL.sub("", _norm_line(front[j][1]))
            if len(parts) == 1 and _title_like(p) and (s.endswith(p) or p.endswith(s)):
                break  # the page's headline repeats the title (without its region): 局…总结 ⏎ 某区局…总结
            if (len(parts) == 1 and _GENERIC_TITLE.fullmatch(s) and _title_like(p) and s[-2:] in p
                    and (_opens_title(p) or re.search(r"(?:19|20)\d\d年", p))):
                # 魏庄镇2018年政府工作报告和2019年工作计划 ⏎ 政府工作报告: the typeset title names only the kind, the line
                # above names whose and when — the title
                return _organ_set_apart(Field(_clean_title(p), "title line over its typeset kind", front[j][1], po))
            if text and not double_spaced and re.search(r"\n[ \t\u3000]*\n", text[po:start]) and not (
                    len(parts) == 1 and _organs(p) and not _opens_with_organ(s)) and not _headline_joins(front[:j], p, parts):
                break  # a title does not wrap across a blank line, but for its organ printed above it, or where the
                # page's headline above prints the lines joined (关于…预算执行 ⏎⏎ 情况和…的报告 under 关于…的报告)
            if not _wraps_into_title(p, continuation) and not (
                    # a last line too short to be a title alone (工作方案) ends the title line above it, even one that
                    # could stand alone (…积极生育支持措施 ⏎ 工作方案)
                    # (or one that names only the kind with its years: …三年行动 ⏎ 实施方案（2019—2021年）)
                    len(parts) == 1 and (not _title_like(s) or _GENERIC_TITLE.fullmatch(re.sub(r"[（(][^（）()]*[）)]$", "", s)))
                    and _title_like(p) and len(p) <= 40):
                break
            if _organs(p) == [p] and signs_under_a_sentence([x for _, x in front], j):
                break  # the cover's signature under its last sentence (…现印发你们。 ⏎ 某局办公厅), not a header
            parts.insert(0, p)
            raw.insert(0, front[j][1])
            start = po
            continuation = not _opens_title(p)
            j -= 1
        if k + 1 < len(front) and (_PERIOD_LINE.fullmatch(_norm_line(front[k + 1][1]))
                                   or _DRAFT_LINE.fullmatch(_norm_line(front[k + 1][1]))):
            # 广元市…行动方案 ⏎ （2024—2026年）, a blank line between or not; …实施意见 ⏎ （征求意见稿V2.2）: the
            # title of a draft, as written; a period line that lost its opening bracket (2015—2020年）) gets it
            below = _norm_line(front[k + 1][1])
            parts.append("（" + below if below[:1] not in "（(" else below)
            raw.append(front[k + 1][1])
        elif k + 1 < len(front) and (byline := _period_over_drafter(_norm_line(front[k + 1][1]))):
            parts.append(byline)  # …发展规划 ⏎ （2009—2020年）省教育厅: the period, then the drafter's name
            raw.append(front[k + 1][1])
        title = _clean_title("".join(parts))
        if _title_like(title):  # a short last line (工作要点) is a title only with the lines it wraps from
            return _organ_set_apart(Field(title, "title line in the front matter", " ".join(x.strip() for x in raw), start))
    return None


def _period_over_drafter(line: str) -> str:
    """The period a line under a title opens with when the organ that drafted the document follows it on the
    same line (（2009—2020年）省教育厅), else ``""``."""
    m = _PERIOD_LINE.match(line)
    rest = line[m.end():].strip() if m and m.group().startswith(("（", "(")) else ""
    return m.group() if rest and _organs(rest) == [rest] else ""


def signs_under_a_sentence(lines: list[str], j: int) -> bool:
    """Is ``lines[j]`` (an organ line) in a run of organ lines under a closing sentence — a signature
    (…请认真遵照执行。 ⏎ 某省卫生健康委员会 ⏎ 某省总工会), not a header or a broken sentence? Blank lines skipped."""
    for k in range(j - 1, -1, -1):
        line = _norm_line(lines[k])
        if not line or _organs(line) == [line]:
            continue
        return bool(re.search(r"[。！]$", line))
    return False


def _organ_set_apart(title: Field) -> Field:
    """A title line whose organ runs into a title that opens with its own region (``某市人力资源和社会
    保障局某市人力资源和社会保障事业“十四五”发展规划``): the organ is the author, the rest the title."""
    s = title.value
    for m in _ORGAN_RUN.finditer(s):
        head, rest = s[:m.end()], s[m.end():]
        if (_is_organ(head) and division_of(rest)[0] is not None and _title_like(rest) and not rest.startswith(head)
                and not _TITLE_ORGAN.match(rest)):  # 中共某省委某省人民政府关于…: joint organs of the title
            return Field(rest, "title line in the front matter (the organ printed before it set apart)",
                         title.evidence, title.offset)
    return title


def _one_cell(line: str) -> bool:
    """A line holding one filled cell between its bars (``| 序号 |``)."""
    return len([c for c in re.split(r"[|｜]", line) if c.strip()]) <= 1


def _table_cell(line: str) -> bool:
    """A cell of a table flattened one cell a line: the line opens or closes with a bar."""
    s = line.strip()
    return s.startswith(("|", "｜")) or s.endswith(("|", "｜"))


# a cover notice without 关于, after its organs: 中共某区委办公室 某区人民政府办公室印发《X》的通知
_BARE_COVER = re.compile(r"(?:印发|转发)《(?P<q>[^》]+)》的通知")


# a sentence citing what it carries out: 按照… · 根据… · 贯彻落实… (before a notice's name, not an organ's)
_CITING = re.compile(r"(?:按照|根据|依据|依照|遵照|贯彻|落实|结合|对照|参照|执行)")


# a line that is nothing but a notice's title in book-title marks, its 文号 before it: a page prints its own
# document so, no sentence cites it
_OWN_TITLE_IN_MARKS = re.compile(r"(?:[\u4e00-\u9fff]{1,10}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号)?《[^《》]{6,150}的通知》")


def _marks_balanced(s: str) -> bool:
    """Are the title marks of ``s`` paired in order (not X》和《Y)?"""
    depth = 0
    for ch in s:
        depth += {"《": 1, "》": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


_TOWN_SITE = re.compile(r"(?:乡|镇|街道)(?:人民政府|政府|办事处)$")
_NUMBER_BEFORE_ORGAN = re.compile(r"^\s*" + DOC_NUMBER.pattern + r"[\s，,、]*")


def _within_lines(pattern: re.Pattern, flat: str, line_starts: list[int], most: int = 3):
    """The matches of ``pattern`` in the front matter's lines run together (``flat``) that span ``most`` lines at most:
    a cover notice wraps over two or three, not from a page's cut headline (…关于印发2017年《政府工作报告》重点工作部)
    through its file fields to the cover's own end."""
    pos = 0
    while (m := pattern.search(flat, pos)) is not None:
        first = bisect_right(line_starts, m.start()) - 1  # (the line the match opens in, and the one it ends in)
        last = bisect_left(line_starts, m.end()) - 1
        if last - first < most:
            yield m
            pos = m.end()
        else:
            pos = m.start() + 1


def _cover_notice(front: list[tuple[int, str]], out: _Reading) -> Field | None:
    """The cover notice X关于印发《Y》的通知 (possibly wrapped over lines): Y is a title reading, X an
    issuer reading (kept as ``_cover_issuer``). A 关于印发…的通知 inside 《》 is a cited document's
    title (根据《省政府办公厅关于印发〈X〉的通知》), not the cover."""
    joined, starts = "", []
    for o, ln in front:
        starts.append((len(joined), o))
        joined += _norm_line(ln) + "\n"
    flat = joined.replace("\n", "")
    line_starts = [0]
    for _, ln in front:
        line_starts.append(line_starts[-1] + len(_norm_line(ln)))
    for m in list(_within_lines(_COVER, flat, line_starts)) + list(_within_lines(_BARE_COVER, flat, line_starts)):
        line_no = bisect_right(line_starts, m.start()) - 1
        head = flat[line_starts[line_no]:m.start()]
        if _OWN_TITLE_IN_MARKS.fullmatch(_norm_line(front[line_no][1])):
            head = head[head.index("《") + 1:]  # 武政办〔2023〕1号《某市人民政府办公厅关于印发…的通知》: the page's own title
        if head.count("《") > head.count("》") or head.count("〈") > head.count("〉"):
            continue  # inside a citation
        if _CITING.search(re.split(r"[。：:；]", head)[-1]):
            continue  # 按照县爱卫办关于印发《X》的通知（文号）要求: a notice the text carries out, cited
        organ = re.split(r"[。：:；】]", head)[-1] if head else ""  # (【字体：大 中 小】 打印 某委 某局关于印发…)
        organ = re.sub(r"^(?:打印|关闭|收藏|分享)+", "", organ)  # (a page's controls before the organ)
        organ = _NUMBER_BEFORE_ORGAN.sub("", organ)  # 开府办发〔2023〕3号 开阳县人民政府办公室关于印发…: the 文号 first
        if m.re is _BARE_COVER:
            organ = " ".join(_trailing_organs(front[line_no][1]))
            if not organ:
                continue  # 印发《X》的通知 in a sentence: no cover
        if not organ and not head.strip():  # 西平县人民政府办公室 ⏎ 关于印发…的通知 (not a field's value: 名称：关于印发…)
            organ = " ".join(_organ_lines_above(front, line_no))
            issued = _norm_line(m["q"] or (m["a"] if m.re is _COVER else "") or (m["p"] if m.re is _COVER else ""))
            if _TOWN_SITE.search(organ) and division_of(issued)[0] is not None:
                organ = ""  # 某乡人民政府 (the site's name) over 关于印发巢湖市…的通知: a town's portal carries a city's text
        organs = [x for part in organ.split(" ") for x in _organs(part)] if organ else []
        at = _offset_in(joined, starts, m.start())
        if organs:
            out["_cover_issuer"] = Field("、".join(organs), "X关于印发…的通知", organ + m.group(), at)
        raw = _norm_line(m["q"] or (m["a"] if m.re is _COVER else "") or (m["p"] if m.re is _COVER else ""))
        title = _clean_title(raw)
        names = re.findall(r"《([^》]{4,120})》", raw)
        if len(names) >= 2 and re.fullmatch(r"(?:《[^》]{4,120}》[和、及与]?)+", raw):
            # 关于印发《X》和《Y》的通知: the cover issues both; the text is X's first (the order the cover gives)
            return Field(_clean_title(names[0]), FIRST_OF_SEVERAL, flat[m.start():m.end()], at,
                         note=f"the cover issues {len(names)} documents: " + "; ".join(names))
        # (《X》和《Y》 cleaned of its outer marks is no title: two documents)
        if _TITLE_END.search(title) and len(title) >= 6 and _marks_balanced(title):
            if not organs:  # a page's headline repeats the cover above it: the cover itself, further on, names its organ
                _organ_of_the_cover_repeated(front, flat[m.start():m.end()], out)
            return Field(title, "cover notice 关于印发《…》的通知", flat[m.start():m.end()], at)
        return None
    return None


def _organ_of_the_cover_repeated(front: list[tuple[int, str]], cover: str, out: _Reading) -> None:
    """The organ line above the cover notice ``cover`` where the text prints it again (a headline 关于印发…的通知, then
    某市人民政府办公厅 ⏎ 关于印发… ⏎ …的通知): kept as ``_cover_issuer``."""
    bare = _BARE.sub("", cover)
    for k, (o, ln) in enumerate(front):
        if k == 0 or not _BARE.sub("", _norm_line(ln)) or not bare.startswith(_BARE.sub("", _norm_line(ln))):
            continue
        joined = "".join(_BARE.sub("", _norm_line(x)) for _, x in front[k:k + 3])
        above = _norm_line(front[k - 1][1])
        if joined.startswith(bare) and _organs(above) == [above] and above != _norm_line(ln) and not (
                _TOWN_SITE.search(above) and division_of(re.sub(r"^关于(?:印发|转发|下发|发布)", "", bare))[0] is not None):
            # (a town's portal over a city's text: see _cover_notice)
            out["_cover_issuer"] = Field(above, "X关于印发…的通知", f"{above} {ln}", front[k - 1][0])
            return


def _trailing_organs(line: str) -> list[str]:
    """The organ names a line ends with before 印发: ``“党政混合信息公开” 中共某区委办公室 某区人民政府办公室印发…``
    → the two offices (the longest tail, from a word boundary, that is organ names only)."""
    head = _norm_line(line[:line.find("印发")] if "印发" in line else line)
    for k in [0] + [m.end() for m in re.finditer(r"[”\"》】」\]）)]", head)]:
        found = _organs(head[k:])
        if found:
            return found
    return []


def _organ_lines_above(front: list[tuple[int, str]], line_no: int) -> list[str]:
    """The organ lines right above line ``line_no`` of the front matter (joint issuers printed on
    several lines above a cover notice's 关于印发…)."""
    organs: list[str] = []
    j = line_no - 1
    while j >= 0 and len(organs) < 16:
        found = _organs(front[j][1])  # names separated by spaces first, then run together
        if not found:
            break
        organs[:0] = found
        j -= 1
    return organs


def _offset_in(joined: str, starts: list[tuple[int, int]], flat_pos: int) -> int | None:
    """The text offset of the line holding position ``flat_pos`` of the newline-free join."""
    pos = 0
    for (j_start, offset), nxt in zip(starts, starts[1:] + [(len(joined), None)]):
        length = nxt[0] - j_start - 1  # without its newline
        if flat_pos < pos + length:
            return offset
        pos += length
    return starts[-1][1] if starts else None


def _over_the_addressees(lines: list[tuple[int, str]], i: int) -> bool:
    """Is one of the three non-blank lines after line ``i`` the addressee line (各…：)?"""
    after = [ln for _, ln in lines[i + 1:i + 8] if ln.strip()][:3]
    return any(_ADDRESSEE_LINE.match(_norm_line(ln)) for ln in after)


def _organs_above(lines: list[tuple[int, str]], i: int) -> tuple[list[str], list[str], int]:
    """The organs on the lines immediately above line ``i`` (blank lines and a seal's note skipped): (names, the
    lines as written, the offset of the first)."""
    organs: list[str] = []
    evidence: list[str] = []
    at = lines[i][0]
    j = i - 1
    while j >= 0 and len(evidence) < 12:
        pj, lj = lines[j]
        if not lj.strip() or _SEAL_NOTE.fullmatch(lj.strip()):
            j -= 1  # a blank line, or （某局代章）: the seal of another organ under the name
            continue
        found = _organs(lj)
        if not found:
            break
        organs[:0] = found
        evidence.insert(0, lj.strip())
        at = pj
        j -= 1
    return organs, evidence, at


def _read_signature(lines: list[tuple[int, str]], first_body: int, out: _Reading) -> None:
    """The signature block: organ line(s) just above a date line (cover notice or end of text), or
    organ and date on one line (``某市委员会 2019年6月17日``)."""
    for i, (o, ln) in enumerate(lines):
        if _ambiguous_run(ln) and "issue_date" not in out and "_ambiguous_date" not in out:
            out["_ambiguous_date"] = Field("", "a date whose separators were lost, readable two ways", ln.strip(), o,
                                           note=f"{ln.strip()} may be {' or '.join(_ambiguous_run(ln))}")
            organs, evidence, at = _organs_above(lines, i)
            if organs and "issuer" not in out:  # 某区人民政府办公室 ⏎ 2019114: the signature, its date unsure
                out.choose("issuer", Field("、".join(organs), "signature block", " / ".join(evidence + [ln.strip()]), at))
        if not _is_date_line(ln):
            inline = _inline_signature(ln, o)
            # (an organ and a date over the addressees — 重庆农业农村厅 2024年11月01日 ⏎ 各区县…: — are the page's byline,
            # not the signature, which comes after the text)
            if inline is not None and not _over_the_addressees(lines, i):
                for key, found in zip(("issuer", "issue_date"), inline):
                    if key in out:
                        out.see(key, found)
                    else:
                        out.choose(key, found)
                return
            continue
        organs, evidence, at = _organs_above(lines, i)
        date = parse_written_date(ln, whole_line=True)
        if organs:
            block = " / ".join(evidence + [ln.strip()])
            # (a run of digits whose separators were lost, 201625: read the one way it can be, flagged)
            dated = "signature date (separators lost)" if re.fullmatch(r"\d{6,8}", ln.strip()) else "signature date"
            for key, found in (("issuer", Field("、".join(organs), "signature block", block, at)),
                               ("issue_date", Field(date, dated, ln.strip(), o))):
                if key not in out or key == "issuer" and (_signature_names_the_fields_organ(out[key], found)
                                                          or _signature_over_a_bare_field(out[key], found)):
                    out.choose(key, found)
                else:
                    out.see(key, found)
            return
        above = next((x.strip() for _, x in reversed(lines[:i]) if x.strip()), "")
        if "issue_date" not in out and i < first_body and (
                re.search(r"印发|现将|通知|贯彻落实|执行。?$|[（(]略[）)]$", above)
                # (the cover's list of attachments: 附件 2：2004年卫生应急工作要点)
                or re.match(r"^(?:联系人|联系电话|电话|邮\s*箱|传真|附件\s*[0-9一二三四五六七八九十]{0,2}\s*[：:])", above)):  # （略）: a masked organ
            out["issue_date"] = Field(date, "signature date of the cover notice (no organ above it)", ln.strip(), o)
            continue
        if "issue_date" not in out and i >= first_body and not _names_a_time(above) and not _figure_cell(ln, above):
            # a date line alone at the end of the text (the signature without its organ) — not one under a
            # heading or label that names a time (二、活动时间 ⏎ 2023年8月25日: when the activity is held)
            rest = [x for _, x in lines[i + 1:] if x.strip()]
            if len(rest) <= 3:
                out["issue_date"] = Field(date, "signature date (no organ above it)", ln.strip(), o)
    if "issuer" not in out:
        undated = _undated_cover_signature(lines, first_body)
        if undated is not None:
            out.choose("issuer", undated)
    dated = _dated_front_line(lines, first_body)
    if dated is not None:
        if "issue_date" in out:
            out.see("issue_date", dated)
        else:
            out.choose("issue_date", dated)
    # a parenthesised issue date under the title: （2021年3月8日印发）
    for o, ln in lines[:first_body]:
        s = _norm_line(ln)
        m = re.fullmatch(r"[（(](.+?)(?:印发|发布|通过|公布)?[）)]", s)
        if m and "issue_date" not in out:
            d = parse_written_date(m.group(1))
            if d:
                out["issue_date"] = Field(d, "date under the title", ln.strip(), o)


def _signature_over_a_bare_field(chosen: Field, signature: Field) -> bool:
    """A page's field names a bare office (发文机关：应急管理局 — the department that posted the page, no region
    named) and the signature an organ with its region (某旗安全生产委员会): the document signs its own name."""
    return (chosen.rule.endswith("field") and "、" not in chosen.value and not level_of_issuer(chosen.value)[0]
            and all(level_of_issuer(x)[0] for x in signature.value.split("、")))


def _signature_names_the_fields_organ(chosen: Field, signature: Field) -> bool:
    """The signature names the body a page's field names, in another form (国家卫生健康委办公厅 under a
    发文机关 field 国家卫生健康委员会办公厅): the document writes its own name, so the signature's form is
    the issuer, as a title is the document's own and not the page's headline."""
    from .confidence import same_organs  # (confidence builds on this module)
    return chosen.rule.endswith("field") and chosen.value != signature.value and same_organs(chosen.value,
                                                                                               signature.value)


def _meeting_over_page_signature(lines: list[tuple[int, str]], first_body: int, out: _Reading) -> None:
    """A report made to a meeting is dated by it (——2022年1月20日在某县人民代表大会…会议上, under its
    title), not by an organ and a date printed above the title (冠县政府 ⏎ 2022-01-24: the posting's)."""
    chosen = out.get("issue_date")
    if chosen is None or not chosen.rule.startswith("signature date") or chosen.offset is None:
        return
    dated = _dated_front_line(lines, first_body)
    if (dated is not None and dated.rule.startswith(("date of the meeting", "date the report was delivered"))
            and dated.offset is not None and chosen.offset < dated.offset and dated.value != chosen.value):
        out.choose("issue_date", dated)


def _undated_cover_signature(lines: list[tuple[int, str]], first_body: int) -> Field | None:
    """A cover's signature without its date (cut, or garbled): the organ alone on the line under the
    cover's closing sentence (…现印发你们，请认真遵照执行。 ⏎ 某局办公厅)."""
    filled = [(o, ln.strip()) for o, ln in lines[:first_body + 1] if ln.strip()]
    for k in range(1, len(filled)):
        if not re.search(r"(?:印发|转发|现将)[^。]*[。！]$", _norm_line(filled[k - 1][1])):
            continue
        organs = []  # (a joint cover signs with one organ a line: 某省卫生健康委员会 ⏎ 某省发展和改革委员会 ⏎ …)
        for _, line in filled[k:]:
            norm = _norm_line(line)
            if _organs(norm) != [norm]:
                break
            organs.append(norm)
        if organs:
            return Field("、".join(organs), "signature block (no date under it)", " / ".join(organs), filled[k][0])
    return None


def _names_a_time(line: str) -> bool:
    """A heading or label that names a time (二、活动时间 · 报名时间：): the date under it is what it names."""
    return bool(re.search(r"(?:时间|日期|时限|期限|时段)[：:]?$", _norm_line(line)))


def _after_attachment_name(head: str, before: str) -> str:
    """``before`` without the attachment's name it opens with, when a cover's line runs its 附件 note
    into the signature (…印发《X》…。附件：X某省某厅2015年3月10日, the spaces lost): X is no organ."""
    if not re.search(r"附件\s*\d{0,2}\s*[：:]\s*" + re.escape(before) + "$", head):
        return before
    for name in re.findall(r"《([^》]{4,80})》", head):
        if before.startswith(name) and len(before) > len(name):
            return before[len(name):].strip()
    return before


def _inline_signature(line: str, offset: int) -> tuple[Field, Field] | None:
    """Organ name(s) and a date on one line: ``某市生态环境保护委员会 2019年6月17日`` (the space may
    be lost), or inside a one-line page whose line breaks were lost (``…贯彻执行。国务院2021年12月30日
    （本文有删减）…``). The organs run from the line's start or a sentence's end to the date; the
    date ends the line or is followed by a note, a quotation or a title (“十四五”…, 《…》)."""
    for form in _DATE_FORMS[:2]:
        for m in form.finditer(line):
            after = line[m.end():]
            if after.strip() and not re.match(r"^[ \t\u3000]*[（(“《]|^[ \t\u3000]{2}", after):
                continue
            before = re.split(r"[。；：:！？]", line[:m.start()])[-1].strip()
            before = _after_attachment_name(line[:m.start()], before)
            parts = before.split()
            organs: list[str] = []
            for part in reversed(parts):
                found = _organs(part)
                if not found:
                    break
                organs[:0] = found
            if organs and len(organs) == sum(len(_organs(p)) for p in parts):
                evidence = f"{before} {m.group()}"
                date = parse_written_date(m.group())
                return (Field("、".join(organs), "signature block (organ and date on one line)", evidence, offset),
                        Field(date, "signature date (organ and date on one line)", evidence, offset))
    return None


def _dated_front_line(lines: list[tuple[int, str]], first_body: int) -> Field | None:
    """A date printed in the front matter with the document's 文号 (``2006年10月26日 财建〔2006〕689号``,
    ``某府办发〔2022〕38号 2022年9月27日``) or as the date of the meeting a report was made to
    (``——2022年12月18日在某县人民代表大会…会议上``): the issue date when no signature gives one."""
    for k, (o, ln) in enumerate(lines[:first_body]):
        s = _norm_line(ln)
        if k and _SPEAKER_LINE.match(_norm_line(lines[k - 1][1])) and _is_date_line(s):
            return Field(parse_written_date(s, whole_line=True), "date under the speaker's line of a report", ln.strip(), o)
        below = next((_norm_line(x) for _, x in lines[k + 1:first_body] if x.strip()), "") if _is_date_line(s) else ""
        if re.fullmatch(r"[（(]此件[^（）()]{1,12}[）)]", below):
            # a cover's date over its publication note (此件公开发布), its organ's seal not in the text
            return Field(parse_written_date(s, whole_line=True), "date over the cover's publication note (此件…)",
                         ln.strip(), o)
        m = _MEETING_DATE.match(s)
        if m and parse_written_date(m["date"], whole_line=True):
            return Field(parse_written_date(m["date"], whole_line=True), "date of the meeting the report was made to",
                         ln.strip(), o)
        m = _DELIVERED.search(s)
        if m:
            return Field(parse_written_date(m["date"]), "date the report was delivered at the meeting it names",
                         ln.strip(), o)
        d = _DATE_FORMS[0].search(s)
        if d and len(s) <= 40:
            rest = (s[:d.start()] + "｜" + s[d.end():]).strip("｜")
            if DOC_NUMBER.fullmatch(rest) or _NUMBER_WITHOUT_HAO.fullmatch(rest):
                return Field(parse_written_date(d.group()), "date beside the 文号", ln.strip(), o)
    return None


# (a legislature's organ may carry its term before it: 十四届全国人大常委会关于…)
_TERM = re.compile(r"^第?[一二三四五六七八九十]{1,3}届(?=[\u4e00-\u9fff]{2})")
# the word an organ opening a title ends on, and a sharer's placeholder for its place (XX市科技局, part of the name)
_TITLE_ORGAN_WORD = r"(?:执法检查组|检查组|督查组|党组|厅|局|委员会|常委会|委|办公室|办公厅|人民政府|政府|大队|支队|总队|中心|院|所|部|督查室|研究室|供销社|合作社|街道办事处|街道)"
_PLACE_PLACEHOLDER = r"(?:[XxＸｘ×＊*]{1,4}(?=[省市州盟县区旗]))?"
_TITLE_ORGAN = re.compile(r"^(?:第?[一二三四五六七八九十]{1,3}届)?"
                          # (joint issuers listed with 、: 某自治区党委、自治区人民政府关于…; counted: 商务部等4部门办公厅关于…)
                          rf"(?P<organ>(?:{_PLACE_PLACEHOLDER}[\u4e00-\u9fff]{{2,30}}?{_TITLE_ORGAN_WORD}、)?"
                          # (a bare level word before a cooperative: 省供销社2010年…)
                          rf"{_PLACE_PLACEHOLDER}(?:[\u4e00-\u9fff]{{2,30}}?(?:等\d{{1,2}}个?部门)?{_TITLE_ORGAN_WORD}|[省市县区]供销社))"
                          r"(?=关于|(?:19|20)\d\d(?:年|工作)|贯彻|落实|推进|开展|提升|深化|“)")  # (某厅2016工作总结: 年 lost)


# a title that opens with its year, then its organ, then the work's name: 2025年科技局工作总结 · 2024年度县委宣传部工作要点
# (not a government's: 2026年某省政府工作报告 is the genre, delivered by the governor to the congress)
_YEAR_THEN_ORGAN = re.compile(rf"^(?:19|20)\d\d年度?(?P<organ>[\u4e00-\u9fff]{{2,14}}?{_TITLE_ORGAN_WORD})(?<!政府)"
                              r"(?=工作(?:总结|要点|计划|报告|安排|方案))")

# an organ, then the field of its work the report covers, then the year (国家林业局野生动植物保护与自然保护区管理2009年
# 工作总结): the organ whose work it is
_ORGAN_THEN_FIELD = re.compile(r"^(?P<organ>[\u4e00-\u9fff]{2,14}?(?:厅|局|委员会|委|办公室|办公厅))"
                               r"(?=[\u4e00-\u9fff、与和]{2,20}?(?:19|20)\d\d年度?工作(?:总结|要点|计划|报告))")


def _issuer_from_headings(front: list[tuple[int, str]], out: _Reading) -> None:
    """The organ of a cover notice (X关于印发…), else the organ the title opens with, else a red
    header (某省人民政府 ⏎ 文件) or the organ printed under the title (a report's author line): the
    issuer when no field or signature named one, a reading beside it otherwise. Then a page field
    may complete it (:func:`_complete_issuer`)."""
    readings = [out.pop("_cover_issuer", None)]
    title = out.get("title")
    m = _TITLE_ORGAN.match(title.value) if title is not None else None
    if m:
        organs = [o for part in m["organ"].split("、") for o in (_organs(part) or [part])]  # 中共某省委某省人民政府关于… names two
        readings.append(Field("、".join(organs), "organ the title opens with", title.evidence, title.offset))
    after_year = _YEAR_THEN_ORGAN.match(title.value) if title is not None and not m else None
    if after_year and _organs(after_year["organ"]) == [after_year["organ"]]:  # 2025年科技局工作总结
        readings.append(Field(after_year["organ"], "organ the title names after its year", title.evidence, title.offset))
    field_of_work = _ORGAN_THEN_FIELD.match(title.value) if title is not None and not m else None
    if field_of_work and _organs(field_of_work["organ"]) == [field_of_work["organ"]]:
        readings.append(Field(field_of_work["organ"], "organ the title names before the field of its work", title.evidence,
                              title.offset))
    readings += [_red_header(front), _author_line(front, title), _speaker_line(front, title), _speaker_title(title),
                 _organ_over_notice_title(front, title), _release_issuers(front, title), _release_headline_organ(front, title)]
    for found in readings:
        if found is None:
            continue
        if "issuer" in out:
            out.see("issuer", found)
        else:
            out.choose("issuer", found)
    _office_the_title_names(out)
    _office_over_field(out)
    _cover_names_more_signers(out)
    _complete_issuer(out)


# a release sentence before the text it carries: 近日，A、B印发了《X》 · 2023年12月，A、B发布《X》，自发布之日起施行
_RELEASE_ORGANS = re.compile(r"(?:^|[，,。：:])(?P<organs>[^，,。；：:《》“”]{2,80}?)(?:近日|日前|(?:1?\d月)?[1-3]?\d日)?(?:正式)?(?:向社会)?(?:联合)?"
                             r"(?:印发|发布|出台|公布|发表)(?:了)?"
                             r"《(?P<title>[^》]{4,80})》")
# a news agency's dateline opening its lead: 新华社北京9月19日电 · 某某网讯（记者 某某）
_DATELINE = re.compile(r"^[\u4e00-\u9fff]{2,6}[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日电(?:[（(][^）)]{0,20}[）)])?[ \t]*")


# a release sentence opening a page that carries a document (2021年6月30日，国家机关事务管理局印发《X》。): its full date
# first, then the organs (a news lead's 日前，A印发《X》 reports a document the page may not carry)
_RELEASE_OPENING = re.compile(r"^(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)[，,]")


# the document's own 文号 in brackets after the title a release sentence names (…联合印发《X》（鲁发改经贸[2020]766号，
# 以下简称《方案》）): the sentence names the document exactly — what a news item without a headline is about
_OWN_NUMBER_AFTER = re.compile(r"^[（(]\s*(?P<number>" + DOC_NUMBER.pattern + r")\s*(?:[，,；;]\s*以下简称|[）)])")
# the organs of a release, the first named for many (省发展改革委等24部门单位联合印发): the one named
_MANY_ORGANS = re.compile(r"等\d{0,3}(?:个|家)?(?:部门|单位|部委|机关)*$")


def _release_organ_names(organs: str) -> list[str] | None:
    """The organs a release sentence names (A、B, or A等24部门), as written (河北省委、省政府), or None if a part names
    none."""
    names = [n for part in _MANY_ORGANS.sub("", organs).split("、") for n in (_organs(part) or [None])]
    return names if names and None not in names else None


def _release_sentence_title(front: list[tuple[int, str]]) -> Field | None:
    """Without any other title reading: the document a page's release sentence names, when the sentence opens with
    its full date, or is a headline of the release alone over the document's addressees, or gives the document's own
    文号 in brackets after its title, and names organs as issuing it — the page carries it, or is news about it (a weak
    reading: the page may only report it)."""
    for k, (o, ln) in enumerate(front[:8]):
        s = _norm_line(ln)
        opening = _RELEASE_OPENING.match(s)
        m = _RELEASE_ORGANS.match(s, opening.end() - 1) if opening else None  # (from its comma)
        if m is None and k + 1 < len(front) and _ADDRESSEE_LINE.match(_norm_line(front[k + 1][1])):
            # a headline that is the release alone (国务院印发《关于…的意见》) over the document's addressees
            m = _RELEASE_ORGANS.fullmatch(s.rstrip("。"))
        if m is None:
            m = next((x for x in _RELEASE_ORGANS.finditer(s) if _OWN_NUMBER_AFTER.match(s[x.end():])), None)
        if m is None and re.search(r"全文如下[：:。]?$", s):
            # 新华社北京9月19日电 国务院新闻办公室19日发表《X》白皮书。全文如下： · 日前，某省委、省政府出台《X》。实施意见
            # 全文如下。 — the page carries X below
            bare = _DATELINE.sub("", s)
            full = next(_RELEASE_ORGANS.finditer(bare), None)
            if full and (bare[full.end():].startswith("白皮书") or _title_like(_clean_title(full["title"]))):
                return Field(_clean_title(full["title"]), "the document a release sentence names", ln, o)
        if m and _release_organ_names(m["organs"]) and _title_like(_clean_title(m["title"])):
            return Field(_clean_title(m["title"]), "the document a release sentence names", ln, o)
    return None


def _release_number(title: Field | None) -> Field | None:
    """The 文号 in brackets after the title a release sentence named (…印发《X》（鲁发改经贸[2020]766号，以下简称…））."""
    if title is None or not title.rule.startswith("the document a release sentence names"):
        return None
    s = _norm_line(title.evidence)
    for m in _RELEASE_ORGANS.finditer(s):
        after = _OWN_NUMBER_AFTER.match(s[m.end():])
        if after and _clean_title(m["title"]) == title.value:
            return Field(after["number"], "文号 in brackets after the title a release sentence names", title.evidence,
                         title.offset)
    return None


def _release_date(front: list[tuple[int, str]], title: Field | None) -> Field | None:
    """The date a release sentence opens with, where that sentence gave the title (2021年6月30日，某局印发《X》)."""
    if title is None or not title.rule.startswith("the document a release sentence names"):
        return None
    opening = _RELEASE_OPENING.match(_norm_line(title.evidence))
    d = parse_written_date(opening["date"]) if opening else None
    return Field(d, "date of the release sentence", title.evidence, title.offset) if d else None


def _release_issuers(front: list[tuple[int, str]], title: Field | None) -> Field | None:
    """The organs a release sentence names as issuing the document whose title was read (近日，中共中央办公厅、
    国务院办公厅印发了《X》… ⏎ 《X》全文如下 · 据…消息，国务院办公厅8日公布《X》 ⏎ … ⏎ X): its issuers."""
    if title is None:
        return None
    for o, ln in front[:6]:
        for m in _RELEASE_ORGANS.finditer(_norm_line(ln)):
            released, own = _BARE.sub("", _clean_title(m["title"])), _BARE.sub("", title.value)
            # (the text's own name may drop a word of the released one: 《中国长城保护报告》 ⏎ … ⏎ 附《长城保护报告》全文)
            if released != own and not (len(own) >= 6 and released.endswith(own) and len(released) - len(own) <= 4):
                continue
            names = _release_organ_names(m["organs"])
            if names:
                return Field("、".join(names), "organs of the release sentence naming the title", ln, o)
    return None


def _released_title_printed(front: list[tuple[int, str]], line: Field | None) -> Field | None:
    """A title line that reports a release (《某市政府印发某市…行动计划》) over the document's own title printed as a
    line of the page (• 某市…行动计划, a bulleted field): that title; else the line as read."""
    m = _RELEASE_HEADLINE.match(_norm_line(line.value)) if line is not None else None
    if m is None:
        return line
    own = _BARE.sub("", _clean_title(m["title"]))
    for o, ln in front:
        if o > line.offset and _BARE.sub("", _norm_line(re.sub(r"^[ \t\u3000]*[•·●▪]", "", ln))) == own:
            return Field(_clean_title(m["title"]), "title line the release headline names", ln.strip(), o)
    return line


_RELEASE_HEADLINE = re.compile(r"^《?(?P<organ>[\u4e00-\u9fff]{2,30}?)(?:联合)?(?:印发|发布|出台)(?:了)?(?P<title>[^《》，。]{4,80})》?$")


def _release_headline_organ(front: list[tuple[int, str]], title: Field | None) -> Field | None:
    """The organ of a headline that reports the release of the document read as title (《某市政府印发某市…行动计划》
    over the plan itself): its issuer."""
    if title is None:
        return None
    for o, ln in front[:6]:
        m = _RELEASE_HEADLINE.match(_norm_line(ln))
        if m and _BARE.sub("", _clean_title(m["title"])) == _BARE.sub("", title.value) and _organs(m["organ"]) == [m["organ"]]:
            return Field(m["organ"], "organ of the headline reporting the title's release", ln, o)
    return None


def _organ_over_notice_title(front: list[tuple[int, str]], title: Field | None) -> Field | None:
    """The organ printed on the line above a notice's own title (某县林长制办公室 ⏎ 关于…的通知), as a
    red header prints it: the notice's issuer."""
    if title is None or not title.rule.startswith("notice title") or title.offset is None:
        return None
    if title.rule.endswith("under its organ"):  # (the title read with the organ: the line it took it from)
        organ = _norm_line(title.evidence.split(" / ")[0])
        return Field(organ, "organ printed above the notice's title", title.evidence.split(" / ")[0], title.offset)
    above = [ln for o, ln in front if o < title.offset]
    if not above:
        return None
    line = _norm_line(above[-1])
    organs = _organs(line)  # (joint issuers run together: 中共某县委某县人民政府)
    return Field("、".join(organs), "organ printed above the notice's title", above[-1], title.offset) \
        if organs and "".join(organs) == re.sub(r"[\s\u3000]+", "", line) else None


#: the rule of an issuer read as the office the title names over the organ that signs (weak: see analysis.parse.confidence)
OFFICE_OVER_SIGNATURE = "organ the title opens with: an office of the organ the signature names"


def _office_the_title_names(out: _Reading) -> None:
    """The title opens with an organ's office (水利部办公厅关于…的通报) and the signature names the organ
    alone (水利部): the office issued it (an office's documents open with its name; a copied page drops
    a signature's second line more often than a title's words). Flagged: the two disagree."""
    issuer = out.get("issuer")
    if issuer is None or not issuer.rule.startswith("signature"):
        return
    for f in out.seen.get("issuer", []):
        if f.rule == "organ the title opens with" and f.value in (issuer.value + "办公厅", issuer.value + "办公室"):
            out.choose("issuer", Field(f.value, f"{OFFICE_OVER_SIGNATURE} ({issuer.value})", f.evidence, f.offset,
                                       f.source_offset))
            return


def _office_over_field(out: _Reading) -> None:
    """A page's 发文机关 field names an organ (盘锦市政府) and the document itself — its cover (X关于印发…),
    the organ its title opens with (X关于…的实施意见) or its signature — names that organ's office (盘锦市人民政府办公室): the document's own words name
    the issuer, as a signature's form is preferred to a field's."""
    issuer = out.get("issuer")
    if issuer is None or not issuer.rule.endswith("field"):
        return
    from .confidence import organ_core  # (confidence builds on this module)
    parent = organ_core(issuer.value)
    for f in out.seen.get("issuer", []):
        if (f.rule.startswith(("X关于印发", "signature", "organ the title opens with")) and "、" not in f.value
                and organ_core(f.value) in (parent + "办公室", parent + "办公厅")):
            out.choose("issuer", Field(f.value, f"{f.rule}: the office of the organ the page's {issuer.rule} names "
                                                f"({issuer.value})", f.evidence, f.offset, f.source_offset))
            return


def _cover_names_more_signers(out: _Reading) -> None:
    """A joint cover (民政部 国家发展和改革委员会关于印发…) over a signature that keeps only some of its organs (国家发展和改革
    委员会 ⏎ 2021年5月24日: a copy lost the first seal's line): the cover's organs, all of them."""
    issuer = out.get("issuer")
    if issuer is None or not issuer.rule.startswith("signature"):
        return
    signed = set(issuer.value.split("、"))
    for f in out.seen.get("issuer", []):
        named = f.value.split("、")
        # (not an office over its own government, a page's banner above the cover: 某市人民政府办公室 ⏎ 某市人民政府关于印发…)
        offices = any(n in (g + "办公室", g + "办公厅") for n in named for g in signed)
        if f.rule.startswith("X关于印发") and signed < set(named) and not offices:
            out.choose("issuer", Field(f.value, f"{f.rule}: the joint cover's organs, of which the signature keeps "
                                                f"{issuer.value}", f.evidence, f.offset, f.source_offset))
            return


def _red_header(front: list[tuple[int, str]]) -> Field | None:
    """The organ of a red-header document: ``某自治区人民政府文件``, or the organ line above ``文件``."""
    for k, (o, ln) in enumerate(front[:8]):
        s = _norm_line(ln)
        if s.endswith("文件") and len(s) > 2 and _organs(s[:-2]):
            return Field("、".join(_organs(s[:-2])), "red header (…文件)", ln, o)
        if s == "文件" and k > 0 and _organs(_norm_line(front[k - 1][1])):
            return Field("、".join(_organs(_norm_line(front[k - 1][1]))), "red header (…文件)", front[k - 1][1],
                         front[k - 1][0])
    return None


# the date of the meeting a report was made to: ——2022年12月18日在某县第六届人民代表大会第二次会议上
# (a page that lost the date's 年 and 月 writes it as a run: ——20211228日在市…会议上)
MEETING_DATE_WORDS = r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日|(?:19|20)\d{4,6}日"
_MEETING_DATE = re.compile(rf"^[—－\-]{{1,2}}\s*(?P<date>{MEETING_DATE_WORDS})在")
# the day and place a report was delivered, with the meeting it was made to, anywhere in a front line (a wiki
# box runs title, speaker and date together): …（受国务院委托）2022年12月28日于人民大会堂（在…会议上）
# (a line may end at the meeting without its 上: 2019年2月26日在镇第十四届人民代表大会第三次会议)
_DELIVERED = re.compile(r"(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)(?:于[\u4e00-\u9fff]{2,12})?[（(]?在[^。（）()]{2,60}"
                        r"(?:会议|大会)(?:上|$)")


def _author_line(front: list[tuple[int, str]], title: Field | None) -> Field | None:
    """The organ printed on its own line under the title (a report's or plan's author), past a
    meeting date line (——…日在…会议上) and its wrapped end."""
    if title is None or title.offset is None:
        return None
    below = [(o, ln) for o, ln in front if o > title.offset]
    for k, (o, ln) in enumerate(below[:4]):
        s = _norm_line(ln)
        if _organs(ln) and not _is_date_line(s):  # (the line as printed: joint organs are spaced apart)
            names = list(_organs(ln))
            for _, more in below[k + 1:]:  # joint authors one a line (a report's title page)
                if not (_organs(more) and not _is_date_line(_norm_line(more))):
                    break
                names += _organs(more)
            return Field("、".join(names), "organ named under the title", ln, o)
        if not (_MEETING_DATE.match(s) or s.endswith("会议上") or _PERIOD_LINE.fullmatch(s) or _ends_like_title(s)):
            return None
    return None


def _page_organs(out: _Reading) -> list[Field]:
    """The organs a page's 发布机构 / 来源 fields name (readings recorded by :func:`_read_fields`)."""
    return [f for f in out.seen.get("issuer", []) if f.rule.split(" ")[0] in _FIELD_LABELS["issuer_page"]]


#: page fields that may name a site or another organ than the issuer (来源, 作者): only a region's or a central
#: organ's name there is a reading, the last one, flagged (analysis.parse.confidence)
_WEAK_PAGE_LABELS = ("来源", "信息来源", "作者")


def _complete_issuer(out: _Reading) -> None:
    """A page field names the issuer with its region: ``农业农村局`` (the title's organ) is the
    ``某县农业农村局`` of the 来源 field, ``县卫健委`` the ``某县卫生健康委员会`` of 发布机构; without
    any other reading, the 发布机构 field's organ is the issuer (the publisher is usually the author)."""
    pages = [f for f in _page_organs(out) if "、" not in f.value]
    issuer = out.get("issuer")
    if issuer is None:
        # a 发布机构 field names the publisher; a 来源 field, the last resort, may name a site or another
        # organ (信息来源：某市政府): a reading of low confidence
        publishers = [f for f in pages if not f.rule.startswith(_WEAK_PAGE_LABELS)]
        with_region = [f for f in publishers if division_of(f.value)[0] is not None]
        sources = [f for f in pages if f.rule.startswith(_WEAK_PAGE_LABELS) and division_of(f.value)[0] is not None
                   or _NATIONAL.search(f.value)]
        chosen = (with_region or publishers or sources or [None])[0]
        if chosen is not None and _reposted_by_a_town(chosen, out.get("title")):
            out["_unread_issuer"] = Field("", "the page's publisher is a town below the title's county (a re-post)",
                                          chosen.evidence, chosen.offset, note=f"{chosen.rule} names {chosen.value}, "
                                          f"a town below {out['title'].value[:12]}…: it re-posted the document")
            return
        if chosen is not None:
            out.choose("issuer", chosen)
        return
    if "、" in issuer.value or division_of(issuer.value)[0] is not None or _NATIONAL.search(issuer.value):
        return
    bare = re.match(r"^(?:省|自治区|市|州|盟|县|区|旗)", issuer.value)
    others = [f for f in out.seen.get("issuer", []) if f not in pages and f.rule != issuer.rule and "、" not in f.value]
    for f in others + pages:
        if not bare and re.fullmatch(r"(?:省|自治区|市|州|盟|县|区|旗)" + re.escape(issuer.value), f.value):
            # the organ under its level word (应急管理局 of a title, 县应急管理局 of the 发布机构 field): the
            # fuller name, still naming no region (its confidence says so)
            out.choose("issuer", Field(f.value, f"{f.rule} names the organ with its level word ({issuer.value})",
                                       f.evidence, f.offset, f.source_offset))
            return
        div = division_of(f.value)[0]
        # a central organ has no division: its office is named in full by the title (发文机关：办公厅 under
        # 某某部办公厅关于…的通知)
        central = _NATIONAL.search(f.value) is not None and f.value != issuer.value
        if div is None and not central:
            continue
        tail = issuer.value[bare.end():] if bare else issuer.value
        same_word = bare is not None and div is not None and div.level == level_of_word(bare.group())
        # the same organ: its name ends the same (农业农村局), or, under the same level word, it is the
        # short form of a name that opens alike (县卫健委 → 某县卫生健康委员会, 省政府办公厅 → 某省人民政府办公厅)
        if f.value.endswith(tail) or (same_word and _core(f.value)[:1] == _core(issuer.value)[:1]):
            how = "with its region" if div is not None else "in full"
            out.choose("issuer", Field(f.value, f"{f.rule} names the organ {how} ({issuer.value})",
                                       f.evidence, f.offset, f.source_offset))
            return


# a town's or township's government or office: 某县某镇人民政府 · 某区某街道办事处
_TOWN_ORGAN = re.compile(r"^(?P<county>[\u4e00-\u9fff]{2,10}?[县区旗市])[\u4e00-\u9fff]{1,6}(?:镇|乡|街道)(?:人民政府|政府|办事处)?$")


def _reposted_by_a_town(publisher: Field, title: Field | None) -> bool:
    """A page's publisher field names a town of the county the title opens with (绩溪县上庄镇人民政府 over
    绩溪县防汛抗旱应急预案): the town re-posted the county's document, it did not issue it."""
    m = _TOWN_ORGAN.match(publisher.value)
    # (the title may name the county under its city: 池州市贵池区2020年…工作安排)
    return bool(m and title is not None and m["county"] in title.value[:len(m["county"]) + 6])


def _core(organ: str) -> str:
    """An organ name without its division or level word: 某县卫生健康委员会 → 卫生健康委员会."""
    div, region = division_of(organ)
    s = organ[len(region):] if div is not None and organ.startswith(region) else organ
    return re.sub(r"^(?:中共|省|自治区|市|州|盟|县|区|旗)", "", s)


def _read_level(out: _Reading) -> None:
    """The level of the issuer's division; without one, of the division the title opens with.
    Both are recorded as readings when both are there (they should agree)."""
    issuer = out.get("issuer")
    if issuer is not None:
        first = issuer.value.split("、")[0]
        level, region, rule = level_of_issuer(first)
        if level:
            out.choose("level", Field(level, f"issuer: {rule}", issuer.evidence, issuer.offset, issuer.source_offset))
            if region:
                out["region"] = Field(region, "issuer's division", issuer.evidence, issuer.offset, issuer.source_offset)
    title = out.get("title")
    if title is None:
        return
    named = _TERM.sub("", re.sub(r"^(?:(?:19|20)\d\d年度?)", "", title.value))  # 2020年静海区… names 静海区
    interpretation = _INTERPRETATION.match(named)
    if interpretation:  # 政策解读 | 某省…计划: the region the interpreted document names
        named = interpretation["name"]
    div, region = division_of(named)
    # a template's placeholder for the name (XX县, ××市, ＊＊区) still says the level, and so does a news
    # item's 我市/本县; a bare word alone only when an organ follows (市教育局…, not 省对市…考核)
    bare = (re.match(r"^(?:[某本全我]|[XxＸｘ×＊*]{1,4})(省|自治区|市|州|盟|县|区|旗)(?![委政])", named)
            or re.match(rf"^(省|自治区|市|州|盟|县|区|旗)(?![委政])(?=[\u4e00-\u9fff]{{0,12}}?{_ORGAN_END.pattern[:-1]})",
                        named))
    found = None
    below = _unknown_county_below(named, div) if div is not None else ""
    if below:
        found = Field("county", f"title opens with an unknown division ending in {below[-1]} ({below}, under {div.name})",
                      title.evidence, title.offset)
    elif div is not None:
        found = Field(div.level, f"title opens with division {div.name}", title.evidence, title.offset)
    elif _NATIONAL.search(named):
        found = Field("national", "title opens with a central organ", title.evidence, title.offset)
    elif bare:
        found = Field(level_of_word(bare.group(1)), f"title opens with a bare level word {bare.group(1)}",
                      title.evidence, title.offset)
    if found is None:
        return
    if "level" in out:
        out.see("level", found)
        return
    out.choose("level", found)
    if div is not None:
        out["region"] = Field(region, "title's division", title.evidence, title.offset)


# who a notice is addressed to says the level of who sends it (the first match decides, from the top)
_ADDRESSEES = [
    ("national", "国", re.compile(r"国务院各部委|国务院各部门|各省、自治区、直辖市")),
    ("provincial", "省", re.compile(r"(?:省|自治区)(?:人民)?(?:政府|直|级)(?:各|有关)|各(?:设区的?)?市[（(]州[）)]|各地级以上市|"
                                   r"各盟市|各市、县[（(]市、区[）)]|各(?:设区)?市人民政府|各市、县(?:、自治县)?人民政府")),
    ("municipal", "市", re.compile(r"各县[（(]市、区[）)]|各县市区|各县[（(]区[）)]|各县区|市(?:政府|直|级)(?:各|有关)")),
    ("county", "县", re.compile(r"县(?:政府|直|级)(?:各|有关)|各乡镇|各乡[（(]镇[）)]|各镇人民政府|各乡、镇|各街道|"
                               r"区(?:政府|直|级)(?:各|有关)")),
]


def _level_from_addressees(front: list[tuple[int, str]], out: _Reading) -> None:
    """The level a notice's addressees say (各乡镇人民政府，县直各单位： → county; 各省、自治区、直辖市
    人民政府，国务院各部委 → national), when nothing else gave one: the addressee line is the first
    front-matter line whose text up to its first ： names bodies with 各."""
    for o, ln in front[:30]:  # (a page's furniture may come first)
        s = _norm_line(ln)
        head = s.split("：", 1)[0] if "：" in s else ""
        if not head or "各" not in head or len(head) > 120:
            continue
        for level, word, pattern in _ADDRESSEES:
            m = pattern.search(head)
            if m:
                out.choose("level", Field(level, f"addressees name a {word} ({m.group()})", ln.strip()[:60], o))
                return
        return


_MUNICIPALITIES = ("北京", "天津", "上海", "重庆")


def _provincial_municipality(text: str, out: _Reading) -> None:
    """A level read from a bare 市 (市卫生健康委, 全市) in a text that names one of the provincial-level
    municipalities (北京, 天津, 上海, 重庆) twice and no other: that municipality's organs are
    provincial; a reading of low confidence (the city is named only in the body)."""
    lvl = out.get("level")
    if lvl is None or lvl.value != "municipal" or not re.search(r"(?:ending in|level word|speaks of a|addressees name a) 市",
                                                             lvl.rule):
        return
    head = text[:3000]
    named = [c for c in _MUNICIPALITIES if head.count(c) >= 2]
    if len(named) == 1 and not any(c in head for c in _MUNICIPALITIES if c != named[0]):
        out.choose("level", Field("provincial", f"the body names the provincial-level municipality {named[0]} "
                                  f"({lvl.rule})", lvl.evidence, lvl.offset, lvl.source_offset))


_CLAUSE_START = r"(?:^|(?<=[，,。；、（(：:]))"
# (not a word of a list of levels: 争取国家、省、市科技项目资金 names levels, not the author's division)
_BARE_LEVEL_IN_TEXT = re.compile(_CLAUSE_START + r"(?:根据|按照|经|我|全|本|该|\*+)?(?<!省、)(?<!市、)(?<!县、)(?<!国家、)"
                                 r"(?P<word>省|自治区|市|州|盟|县|区|旗)"  # (盟, a league: 全盟, 盟委; not 地区, 本地区 is any region)
                                 r"(?=[\u4e00-\u9fff])(?!委|政府各|级|场|民|长)")


_UNDER_LEADERSHIP = re.compile(r"在(?P<who>[^。，；]{1,60}?)(?:的)?(?:正确|坚强|统一|大力)?(?:领导|指导|支持)下")
_RANK = {level: rank for rank, level in enumerate(LEVELS)}
_LEADER_LEVEL = re.compile(r"(?P<word>省|自治区|市|州|县|区|旗)(?:委|政府|人民政府|人大)")


# a notice's addressee line (各市、县人民政府，自治区人民政府各组成部门：): bodies it writes to, not its author
_ADDRESSEE_LINE = re.compile(r"^各[^。；]{2,150}[：:]$")
# the text speaking of its own division: 结合我市实际 · 全面提升我县… · 本区各部门 (not 我省委, 本级)
# (not 资本市场, 成本, 健全区域, 完全市场化: 本 or 全 ending a word; not 市场)
_SELF = r"(?<![资成基根样日版文标课范剧账脚安健完齐周])"
_OWN_DIVISION = re.compile(_SELF + r"(?:我|本)(?P<word>省|自治区|市(?!场)|州|县|区|旗)(?![委级])(?=[\u4e00-\u9fff])")


# the text naming the division it is made for: 结合官渡区实际 · 结合某某县工作实际 (the named division's own text)
_OWN_NAMED = re.compile(r"结合(?P<name>[\u4e00-\u9fff]{2,12}?)(?:的)?(?:工作|发展)?实际")


def _named_own_division(s: str):
    """``(position, division, as written, region)`` of the division an opening names as its own (结合官渡区实际),
    when the name is that division whole; None otherwise."""
    for m in _OWN_NAMED.finditer(s):
        div, region = division_of(m["name"])
        if div is not None and re.search(r"(?:省|自治区|市|州|盟|县|区|旗)$", m["name"]):  # (the division whole)
            return m.start(), div, m.group(), region
    return None


def _own_division_in_opening(lines: list[tuple[int, str]], first_body: int, out: dict[str, Field]) -> bool:
    """The division the opening paragraphs call their own (结合我市实际, 提升我县…): the author's level,
    whatever higher bodies the same sentences name (省委、省政府的部署, 山西省人民政府办公厅印发…). Only the
    first three paragraphs before the body are read; the first such word decides."""
    paragraphs = [(o, ln.strip()) for o, ln in lines[:first_body] if len(ln.strip()) >= 30
                  and re.search(r"[。，]", ln) and not _ADDRESSEE_LINE.match(_norm_line(ln))][:3]
    for o, s in paragraphs:
        m = _OWN_DIVISION.search(_UNDER_LEADERSHIP.sub(lambda x: "＿" * len(x.group()), s))
        named = _named_own_division(s)
        if named is not None and (m is None or named[0] < m.start()):
            out["level"] = Field(named[1].level, f"opening paragraph names its own division ({named[2]})", s[:60], o)
            out["region"] = Field(named[3], "the opening's own division", s[:60], o)
            return True
        if m:
            # an autonomous region calls itself 我区 too: with 自治区 named beside it, 区 is the region
            word = "自治区" if m["word"] == "区" and "自治区" in s else m["word"]
            out["level"] = Field(level_of_word(word), f"opening paragraph speaks of a {word} ({m.group()}, "
                                 f"its own division)", s[:60], o)
            return True
    return False


# an opening paragraph whose first clause after its year has a central ministry as its subject, then a
# verb of work (2022年，某某部坚持… · 2023年度，国家某某局认真…): the ministry reports on its own year
_MINISTRY_SUBJECT = re.compile(r"^(?:19|20)\d\d年(?:以来|度)?[，,](?P<organ>[\u4e00-\u9fff]{2,12}?(?:部|总局|总署|署))"
                               r"(?=坚持|认真|深入|全面|紧紧|始终|积极|扎实|聚焦|围绕|按照)")


def _ministry_opens_the_year(lines: list[tuple[int, str]], first_body: int, out: dict[str, Field]) -> bool:
    """National level from the first paragraph before the body when it opens with a year and a central
    ministry as the subject (see ``_MINISTRY_SUBJECT``); False when it does not."""
    first = next(((o, ln.strip()) for o, ln in lines[:first_body] if len(ln.strip()) >= 30), None)
    m = _MINISTRY_SUBJECT.match(first[1]) if first else None
    # (市委宣传部, 某省某某部, a bare 组织部: a party committee's or a division's department, not a ministry)
    if (m is None or not _NATIONAL.search(m["organ"]) or "委" in m["organ"] or division_of(m["organ"])[0] is not None
            or re.match(r"^(?:省|自治区|市|州|盟|县|区|旗|镇|乡)", m["organ"])
            or re.search(r"(?:宣传|组织|统战|工作)部$", m["organ"])):
        return False
    out["level"] = Field("national", f"opening paragraph's subject is a central ministry ({m['organ']})",
                         first[1][:60], first[0])
    return True


# the meetings a plan carries out, its superiors' and its own: 深入贯彻省委十三届二次全会、江门市委十四届四次
# 全会、开平市委十四届四次全会等会议精神
_MEETINGS = re.compile(r"贯彻(?:落实)?(?P<list>[^。；]{6,200}?)(?:等)?(?:重要)?(?:会议|全会)精神")


def _lowest_of_the_meetings_carried_out(s: str) -> tuple[int, str, str, str] | None:
    """The author among the bodies whose meetings an opening carries out: the lowest division of a
    list naming two levels or more (its superiors' meetings, then its own) — ``(position, level, rule,
    region)``, or None."""
    for m in _MEETINGS.finditer(s):
        named = []
        for part in re.split(r"[、，,和及]", m["list"]):
            div, region = division_of(part[:24], short_forms=False)
            if div is not None and re.match(re.escape(region) + r"(?:委|人民政府|政府|人大)", part):
                named.append((div, region))
        if len({d.level for d, _ in named}) >= 2:
            div, region = max(named, key=lambda x: _RANK[x[0].level])
            return (m.start(), div.level, f"opening carries out the meetings of its superiors and its own "
                    f"(the lowest: {div.name})", region)
    return None


# a report made on another body's behalf: 我受国务院委托，向全国人大常委会报告… (the author speaks for it)
_ON_BEHALF = re.compile(r"受(?P<who>[\u4e00-\u9fff]{2,20}?)(?:的)?委托[，,]向")


def _level_of_the_principal(lines: list[tuple[int, str]], first_body: int, out: dict[str, Field]) -> bool:
    """A report made on a body's behalf (我受国务院委托，向…报告) is at that body's level, when its name gives
    one (a central organ, a known division's government)."""
    for o, ln in lines[:first_body + 3]:
        m = _ON_BEHALF.search(_norm_line(ln))
        if m:
            level, region, rule = level_of_issuer(m["who"])
            if level and not rule.startswith("unknown division"):
                out["level"] = Field(level, f"the report is made on behalf of {m['who']} ({rule})", ln.strip()[:60], o)
                if region:
                    out["region"] = Field(region, f"the report is made on behalf of {m['who']}", ln.strip()[:60], o)
                return True
    return False


def _level_from_opening(lines: list[tuple[int, str]], first_body: int, out: dict[str, Field]) -> None:
    """Without an issuer or a title that names one, the division the opening paragraph starts
    a clause with (``2022年以来，萧县交通运输综合行政执法大队…`` → county; ``全市…`` → municipal).

    The bodies a report names for their leadership (``在省委、省政府和市委、市政府的正确领导下``) lead
    the author: they are no candidates, and the author sits no higher than the lowest of them, so a
    higher division named after them (``…和广东省法治政府建设实施纲要``) is a mention, not the author.
    """
    if (_level_of_the_principal(lines, first_body, out) or _own_division_in_opening(lines, first_body, out)
            or _ministry_opens_the_year(lines, first_body, out)):
        return
    for o, ln in lines:
        s = ln.strip()
        if len(s) < 30 or not re.search(r"[。，]", s) or _ADDRESSEE_LINE.match(_norm_line(s)):
            continue
        original = s
        floor, lowest = 0, None
        for lead in _UNDER_LEADERSHIP.finditer(s):
            for w in _LEADER_LEVEL.finditer(lead["who"]):
                if _RANK[level_of_word(w["word"])] >= floor:
                    floor, lowest = _RANK[level_of_word(w["word"])], (w, lead.group())
        s = _UNDER_LEADERSHIP.sub(lambda m: "＿" * len(m.group()), s)
        # (the meetings a text carries out are a higher body's: 为贯彻落实…省委经济工作暨全省金融工作会议…精神)
        chain = _lowest_of_the_meetings_carried_out(s)
        s = _CARRIED_OUT.sub(lambda m: "＿" * len(m.group()), s)
        candidates = []
        # (a clause may open with the verb of a report's or plan's own sentence: 现将渠县2024年…报告如下)
        for m in re.finditer(_CLAUSE_START + r"(?:现将|现就)?(?=[\u4e00-\u9fff])", s):
            div, region = division_of(s[m.end():m.end() + 24], short_forms=False)
            if div is not None:
                candidates.append((m.start(), div.level, f"opening paragraph names {div.name}", region))
        for bare in list(_BARE_LEVEL_IN_TEXT.finditer(s)) + list(
                re.finditer(_SELF + r"(?:我|全|本)(?P<word>省|自治区|市(?!场)|州|盟|县|区|旗)(?=[\u4e00-\u9fff])", s)):
            candidates.append((bare.start(), level_of_word(bare["word"]),
                               f"opening paragraph speaks of a {bare['word']} ({bare.group()})", ""))
        # several divisions of one level named side by side (洞头县、泰顺县由当地…) are the places under the author
        named = {}
        for c in candidates:
            if c[3]:
                named.setdefault(c[1], set()).add(c[3])
        listed = {lv for lv, regions in named.items() if len(regions) >= 2}
        candidates = [c for c in candidates if c[1] not in listed or not c[3]]
        # (the text speaks of itself as 全县 and of the body above it by its bare name — 省住建厅下达旌德县…任务 ⏎ …召开了
        # 全县…会议: the bare higher body is no candidate)
        selves = [_RANK.get(c[1], 0) for c in candidates if re.search(r"\((?:我|全|本)", c[2])]
        if selves:
            candidates = [c for c in candidates if c[3] or re.search(r"\((?:我|全|本)", c[2])
                          or _RANK.get(c[1], 0) >= max(selves)]
        best = min((c for c in candidates if _RANK.get(c[1], 0) >= floor
                    and not any(_RANK.get(c[1], 0) >= _RANK.get(lv, 0) for lv in listed)), default=None)
        if chain is not None and (best is None or _RANK[chain[1]] > _RANK.get(best[1], 0)):
            best = chain
        if best is None and lowest is not None and lowest[0]["word"] in ("省", "自治区", "县", "区", "旗"):
            # nothing else names the author: it works under the lowest body that leads it (在县委县政府的
            # 正确领导下，我局… → a county's bureau); a 市委 may be a county-level city's: no reading
            word = lowest[0]["word"]
            best = (0, level_of_word(word), f"opening paragraph speaks of a {word} ({lowest[1][:20]}: the body "
                    f"the author works under)", "")
        if best is not None:
            out["level"] = Field(best[1], best[2], original[:60], o)
            if best[3]:
                out["region"] = Field(best[3], best[2], original[:60], o)
        return


# what an opening carries out: 贯彻落实党的十九大、…全省金融工作会议…精神 (the meetings of the bodies above the author)
_CARRIED_OUT = re.compile(r"贯彻(?:落实)?[^。；]{0,120}(?:会议|大会)(?:的)?精神")


# a body named by its level word alone (县司法局, 市科技局, 省财政厅): the author's own bodies; 各县… are below it
_BARE_UNIT = re.compile(r"(?:^|(?<=[\s、，,：:（(|；;]))(?P<word>省|市|县|区|旗)(?!政府各|级)[\u4e00-\u9fff]{1,10}?"
                        r"(?:局|厅|委员会|办公室|中心|院|馆|队|股)(?![\u4e00-\u9fff]{0,2}(?:长|主任|书记))", re.M)


def _level_from_units(text: str, out: _Reading) -> None:
    """Without any other reading, the level the bodies the text assigns work to share: a task table's
    县司法局 / 县信访局, a plan's 市科技局 / 市委组织部 — when one level word names four fifths of them
    (and two at least)."""
    found = [m for m in _BARE_UNIT.finditer(text[:6000])]
    if len(found) < 2:
        return
    words = [m["word"] for m in found]
    word = max(sorted(set(words)), key=words.count)
    if words.count(word) * 5 >= 4 * len(words):
        first = next(m for m in found if m["word"] == word)
        line_start = text.rfind("\n", 0, first.start()) + 1
        out["level"] = Field(level_of_word(word), f"units the text names are a {word}'s ({first.group()} …, "
                             f"{words.count(word)} of {len(words)})", first.group(), line_start)


# the opening tells the departments of every level what to do (各级林业和草原主管部门要…): the centre speaks
_EVERY_LEVEL = re.compile(r"各级[\u4e00-\u9fff]{2,16}?(?:部门|机关|单位|政府)(?:要|应|应当|务必|必须)")
#: the rule of a national level read from an opening that addresses every level (weak: see analysis.parse.confidence)
EVERY_LEVEL_ADDRESSED = "the opening addresses every level's bodies and the text names no region"


def _every_level_addressed(lines: list[tuple[int, str]], first_body: int, text: str, out: _Reading) -> None:
    """No other reading: the opening paragraph addresses the bodies of every level (``_EVERY_LEVEL``) and the
    first 3,000 characters name no division and no level word (全省, 我市, 市委 …) — a central text, flagged
    (a province's text addressing 各级 names its province: 全省各级…)."""
    first = next(((o, ln.strip()) for o, ln in lines[:first_body] if len(ln.strip()) >= 30), None)
    m = _EVERY_LEVEL.search(first[1]) if first else None
    if m is None:
        return
    head = text[:3000]
    if _BARE_LEVEL_IN_TEXT.search(head) or _OWN_DIVISION.search(head) or _LEADER_LEVEL.search(head) or any(
            division_of(head[c.start():c.start() + 24], short_forms=False)[0] is not None
            for c in re.finditer(_CLAUSE_START + r"(?=[\u4e00-\u9fff])", head)):
        return
    out["level"] = Field("national", f"{EVERY_LEVEL_ADDRESSED} ({m.group()})", first[1][:60], first[0])


_REPORT_TITLE = re.compile(rf"{_REPORT_END}{_PERIOD_PAREN}$")
_PLAN_TITLE = re.compile(rf"(?:{_PLAN_END}|{_ACTION_YEARS}){_PERIOD_PAREN}$")
_OTHER_TITLE = re.compile(rf"{_OTHER_END}{_PERIOD_PAREN}$")
_REPORT_OPENING = re.compile(r"现将(?:我局|我委|我厅|我办|本局)?(?:(?P<year>(?:19|20)\d\d)年度?)?[^。]{0,40}?(?:报告|总结|汇报|函告)如下"
                             r"|现(?:将有关情况)?(?:报告|汇报)如下"  # (…，现报告如下：)
                             # a report made to a congress: 我受区人民政府的委托，向区人大常委会报告2022年度…
                             r"|受[^。，]{2,30}?委托[，,]向[^。，]{2,30}?(?:报告|汇报)(?:[我本全][市县区省州])?(?:(?:19|20)\d\d年度?)?"
                             # (…，向区人大常委会会议，作关于2021年区本级决算的报告)
                             r"|受[^。，]{2,30}?委托[，,]向[^。]{2,40}?[，,]?作[^。]{0,60}?(?:报告|汇报)"
                             # a report put on a portal: 现将市某局2022年…情况报告予以公开
                             r"|现将[^。]{0,40}?(?:情况|报告|总结)[^。]{0,6}?(?:予以公开|予以公布|公开如下|公布如下)"
                             # a rectification report made known: 现将巡察整改情况予以通报 · 现将整改落实情况通报如下 · a
                             # self-check's: 现将检查情况通报如下
                             r"|现将[^。]{0,30}?(?:整改|落实|完成|进展|检查|自查)[^。]{0,6}?情况(?:予以通报|通报如下)")
_NEWS_LEAD = re.compile(r"^(?:[\u4e00-\u9fff]{2,8}(?:网|报|台)?\d{1,2}月\d{1,2}日(?:电|讯)"
                        r"|\d{1,2}月\d{1,2}(?:[-—至]\d{1,2})?[日号](?:上午|下午|晚)?[，,]"
                        r"|(?:日前|近日|本报讯|记者)[，,])")
_NEWS = re.compile(r"(?:记者|通讯员|责任编辑|编辑[：:]|来源[：:]|本报讯|新华社|日前，|近日，)")
# a byline only a news item carries (来源： is on every government page)
_BYLINE = re.compile(r"(?:记者|通讯员|责任编辑|本报讯|新华社)")
# a letter that reports (…整改情况的函, 现将整改情况函告如下) · one that asks (征求…意见的函, 商请…的函)
# (a reply: …建议办理情况的复函; a reply to a suggestion or a proposal, …建议的复函, reports as a 答复 does)
_REPORTING_LETTER = re.compile(r"(?:情况|报告|进展|落实|整改|答复)[^。，]{0,6}的(?:复)?函$|(?:建议|提案|议案)的复函$")
# a notice that hands out tasks (…2018年重点工作任务的通知) is a plan; a call for comments is none
# (关于下达2016年度耕地保护责任目标的通知: targets handed down to the addressees, with the tasks that meet them)
_TASK_NOTICE = re.compile(r"(?:任务|分工|分解|工作要点|工作安排|部署)[^。，]{0,6}的通知$|关于下达[^。，]{2,40}(?:目标|任务|计划|指标)的通知$")
# a year's list of counted projects to carry out (萧县2023年实施50项民生实事 · 关于2024年实施十件民生实事的通知 ·
# 2025年为民办实事项目): work to do that year — a plan (its report ends 完成情况, read first)
_PROJECT_LIST = re.compile(rf"{_YEAR}年度?[^。，；]{{0,16}}?{_PROJECTS}(?:的通知)?{_PERIOD_PAREN}$")
# a notice that arranges work (关于组织撰写…的通知 · 关于建立…报告制度的通知 · 关于做好/抓好…的通知): what it sets
# out is work to do — a plan, flagged (one that announces, 关于公布/确定…的通知, is none)
_ARRANGING_NOTICE = re.compile(r"关于(?:在[^。；：:，]{2,30}?)?(?:组织|开展|做好|抓好|建立|健全|加强|推进|进一步(?:做好|抓好|加强|推进))"
                               r"[^。；：:]{2,80}的通知$")  # (where: 关于在自由贸易试验区开展…试点的通知)
# a notice that calls for applications or nominations (关于组织申报…的通知 · 关于推荐…候选人的通知 · 关于征集…
# 案例的通知), or for documents the addressees are to write (关于总结…工作编制2019年工作要点的通知): its items ask
# them to apply, recommend, report or compile by a day — neither plan nor report (the 要点 named is not this one)
CALL_NOTICE = re.compile(r"关于(?!印发|转发)[^。；：:《》]{0,40}?(?:申报|推荐|评选|遴选|征集|报送|编制)[^。；：:《》]{0,40}的通知$")
# a list of what the public is owed or may apply for (基本养老服务清单 · 政务服务事项清单 · 权责清单 · 负面清单):
# no work assigned — a list of tasks, duties or problems (任务清单, 责任清单, 问题清单) is a plan
_SERVICE_LIST = re.compile(rf"(?:服务|事项|权力|权责|负面|收费|证明|公共服务)(?:项目)?(?:清单|目录){_PERIOD_PAREN}$")
#: the rule of a notice read as a plan by the work its title arranges (a weak reading: see analysis.parse.confidence)
ARRANGING_NOTICE_RULE = "title names a notice that arranges work (关于组织/开展/做好/建立…的通知)"


_OPENING_YEAR = re.compile(r"^(?P<year>(?:19|20)\d\d)年(?:度|以来)?[，,]")
# what the opening sentence says was achieved (…各项工作取得重要进展和成效 · …交出一幅亮丽的答卷), with no
# word of what is to come (力争取得新成效 is a plan's)
# (or says so of the work: …工作亮点纷呈、成绩成效显著)
_ACHIEVED = re.compile(r"取得了?[^。，；]{0,12}(?:成效|进展|成绩|成果)|交出了?[^。，；]{0,12}答卷|圆满完成|顺利完成"
                       r"|(?:成效|成绩)(?:显著|明显|突出)|成果丰硕")
_TO_COME = re.compile(r"力争|确保|争取|预计|计划|目标|要求")
_REPORT_PART = re.compile(r"^[一二三四五六七八九十]+[、.．].{0,40}?(?:情况|成效|主要做法|主要工作|工作开展|工作总结|工作回顾)[。]?$")


# a news headline reporting a document's release: 教育部发布2022年工作要点 (not 关于发布…的通知)
# a public notice that makes known how work went (关于巡视整改进展情况的公告): a report made public
# (…整改进展情况的通报: a circular of the progress made; …问题整改情况的通报, which makes an inspection's results known
# and asks for action, stays a circular)
# (a body's own disclosure of how it mended what a Party inspection found — …党组关于巡察整改情况的通报 — reports; a
# department's circular on others' rectification after its inspection tour, 巡查发现问题整改情况的通报, makes results known)
_PROGRESS_NOTICE = re.compile(r"(?:情况|进展)[^。，；]{0,6}的(?:公告|通告|公示)$|(?:进展|完成|落实|推进|监测)情况的通报$"
                              r"|巡[视察][^。，；巡]{0,8}整改(?:进展)?情况的通报$")
# the feedback of an inspection, a review or an audit (…督导检查反馈意见 · 巡察反馈意见): what the
# inspectors found, reported to the body inspected — its 意见 is no implementing opinion
_FEEDBACK_TITLE = re.compile(r"(?:督导|督查|检查|巡视|巡察|评估|考核|审计|验收|核查)[^。，；]{0,6}反馈(?:意见|情况)$")
# a news headline: an organ, then what it did — 某省地方志办部署开展…工作总结及…谋划 · 某局召开2023年工作会议
# (not a plan's own title that opens so: 某局启动…行动方案 ends on its kind; a clause may open the headline:
# 新春伊始，某县水利局召开…会议部署全年重点任务 is news, not the plan its last words name)
_ACTION_NEWS = re.compile(r"^(?!关于)[^《。、]{2,20}?(?:厅|局|委|办|院|部|中心|政府)(?:部署|召开|举行|启动|组织召开)"
                          r"(?!的)[^《》]{2,60}(?<!方案)(?<!计划)(?<!要点)(?<!意见)(?<!清单)(?<!规划)$")
# (a clause may open it too: 聚焦民生，某市印发…方案 is news of a release, as 某市印发…方案 is)
_RELEASE_NEWS = re.compile(r"^(?!关于)[^《。]{2,20}?(?:发布|印发|出台|公布)(?!会|的)")


# the rules that carry out a plan (…督导评估规划实施细则, …行动计划管理办法): a regulation by its name, a
# plan by what it implements — either reading may be the researcher's
_RULES_OF_A_PLAN = re.compile(r"(?:规划|计划|方案)(?:实施|执行|管理)?(?:细则|办法|规则)$")
RULES_OF_A_PLAN = "title names the rules that carry out a plan (…规划实施细则): a regulation or a plan"


# a report with the plan of the year after (某镇2018年政府工作报告和2019年工作计划 · …工作总结及明年工作打算): a report
# (…2015年工作总结、“十二五”工作回顾及2016年工作安排、“十三五”工作规划: the summary first, the plans after it)
_REPORT_AND_PLAN = re.compile(r"(?:工作报告|工作总结)(?:和|及|与|以及|、)[^。，；]{0,40}?(?:计划|打算|安排|思路|要点|规划)$")


def _kind_of_title(value: str) -> tuple[str, str]:
    """``(kind, rule)`` a title names: a report (…总结, …情况, …总结及…思路, a reporting 函), a plan
    (…方案, …要点, a notice handing out tasks), or another document (a regulation, a call for comments,
    a letter that asks, anything else). A bureau after a dash (…责任分工-市交通运输局) names whose part it is."""
    value = _DRAFT_NOTE.sub("", _without_organ_suffix(value))  # a draft's note: the draft is of its kind
    value = _without_series_topic(value)  # (…分工方案三--扎实推进…: the set's kind)
    if "征求意见" in value:
        return "other", "title calls for comments (征求意见)"
    if _INTERPRETATION.match(value):
        return "other", "title names an interpretation (解读 | …)"
    if _RELEASE_NEWS.match(value):
        return "other", "title reports a document's release (…发布…)"
    if _ACTION_NEWS.match(value):
        return "other", "title reports what a body did (某办部署开展…, 某局召开…): news"
    if _REPORTING_LETTER.search(value):
        return "report", "title names a letter that reports (…情况的函)"
    if value.endswith(("的函", "的复函")):
        return "other", "title names a letter (…的函)"
    if re.search(rf"的通报{_PERIOD_PAREN}$", value) and not _PROGRESS_NOTICE.search(value):
        return "other", "title names a circular (…的通报: praise, criticism or results made known)"
    if _PROGRESS_NOTICE.search(value):
        return "report", "title names a public notice of progress made (…整改进展情况的公告, …完成情况的通报)"
    if _FEEDBACK_TITLE.search(value):
        return "report", "title names an inspection's feedback (…督导检查反馈意见): findings reported, no plan"
    if _REPORT_TITLE.search(value) or re.search(rf"{_REPORT_END}暨", value):
        return "report", "title ends like a report"
    if _REPORT_AND_PLAN.search(value):
        return "report", "title names a report and the next year's plan (…工作报告和2019年工作计划)"
    if re.search(r"(?:讲话|致辞|发言)稿?$", value):
        return "other", "title names a speech (…上的讲话)"
    if _OTHER_TITLE.search(value) and _RULES_OF_A_PLAN.search(value):
        return "other", RULES_OF_A_PLAN
    if _OTHER_TITLE.search(value):
        return "other", "title names a regulation (办法, 规则 …)"
    if _SERVICE_LIST.search(value):
        return "other", "title names a list of services or matters (…服务清单, …事项清单), not of work to do"
    if CALL_NOTICE.search(value):
        return "other", "title names a notice that calls for applications, nominations or documents (关于组织申报/推荐/编制…的通知)"
    if _PLAN_TITLE.search(value):
        return "plan", "title ends like a plan"
    if _TASK_NOTICE.search(value):
        return "plan", "title names a notice that hands out tasks"
    if _PROJECT_LIST.search(value):
        return "plan", "title names a year's list of projects to carry out (…年实施N项民生实事)"
    if _ARRANGING_NOTICE.search(value) and not value.endswith("有关事项的通知"):
        # (关于做好…工作有关事项的通知: the matters to mind in doing it — requirements, not a division of work)
        return "plan", ARRANGING_NOTICE_RULE
    return "other", "title names neither a plan nor a report"


# a page that speaks of a document: it names it short (以下简称《分工意见》) and its paragraphs open with
# what the document says (《分工意见》强调… ⏎ 《分工意见》要求…): an interpretation or a news item about it
_SHORT_NAME = re.compile(r"以下简称[《“\"](?P<short>[^》”\"]{2,12})[》”\"]")
_TELLS = r"(?:强调|要求|提出|指出|明确|规定|部署|围绕|共分|分为|包括|(?:紧密)?结合|聚焦|立足|着眼|涵盖)"


def _speaks_of_document(text: str) -> Field | None:
    """``other`` when two paragraphs or more open with the document's short name and what it says."""
    m = _SHORT_NAME.search(text)
    if m is None:
        return None
    opens = re.compile(rf"^[ \t\u3000]*[《“\"]{re.escape(m['short'])}[》”\"]{_TELLS}", re.M)
    said = list(opens.finditer(text))
    if len(said) < 2:
        return None
    return Field("other", f"the page speaks of the document (《{m['short']}》{said[0].group().strip()[-2:]}…): "
                          "an interpretation or a news item", said[0].group().strip(), said[0].start())


# a report's first part names the year whose work it reports: 一、2022年工作总结 · 一、2019年主要工作 ·
# 一、2022年工作成效及亮点
_YEAR_PART = re.compile(rf"^[一二三四五六七八九十]+[、.．](?P<year>{_YEAR})年度?(?:工作总结|主要工作|工作回顾|工作(?:开展|完成)?情况"
                        r"|工作成效|主要工作(?:及|和)成效)(?:(?:及|和|与)(?:亮点|特色|经验|做法|不足))?[。]?$")
# a title that looks back and ahead at once: …2023年工作总结和2023年工作计划 · …总结暨…工作打算
_SUMMARY_AND_PLAN = re.compile(r"总结(?:及|和|暨|与|以及)[^。，；]{0,30}?(?:计划|打算|谋划|思路|安排|要点)")
#: the rule of a period the report's first part contradicts (a weak reading: see analysis.parse.confidence)
TITLE_AND_BODY_DISAGREE = "the report's first part reviews another year than its title"


def _report_year_from_first_part(lines: list[tuple[int, str]], out: _Reading) -> None:
    """A report with no period yet: the year its first part names (一、2022年工作总结) is its period.
    A report whose title gives a period the first part contradicts (…2023年工作总结和2023年工作计划
    over 一、2022年工作成效): a title that looks back and ahead runs from the year the part reviews to
    the title's last year; either way the period is flagged (title and body disagree)."""
    kind = out.get("kind")
    if kind is None or kind.value != "report":
        return
    first = next(((o, ln.strip()) for o, ln in lines if _BODY_HEADING.match(ln)), None)
    m = _YEAR_PART.match(_norm_line(first[1])) if first else None
    if not m:
        return
    if "period_start" not in out:
        title = out.get("title")
        # (a speech's theme title over its subtitle — ——2017年某市交通运输工作报告 — reviews one year to plan the next:
        # which is its period, a reader decides)
        rule = ("the year the report's first part names, under a speech's theme title"
                if title is not None and title.rule == TITLE_OVER_SUBTITLE else "the year the report's first part names")
        for key in ("period_start", "period_end"):
            out.choose(key, Field(m["year"], rule, first[1][:60], first[0]))
        return
    start, end, title = out["period_start"], out["period_end"], out.get("title")
    if m["year"] == start.value or start.value != end.value and start.value <= m["year"] <= end.value:
        return
    rule = f"{TITLE_AND_BODY_DISAGREE} ({m['year']}; the title: {start.value}–{end.value})"
    looks_ahead = title is not None and _SUMMARY_AND_PLAN.search(title.value)
    if looks_ahead and m["year"] < start.value:  # the summary's year is the part's, the plan's the title's
        out.choose("period_start", Field(m["year"], rule, first[1][:60], first[0]))
        out.choose("period_end", Field(end.value, rule, end.evidence, end.offset))
    else:  # which year is meant cannot be told: the title's, flagged
        for key in ("period_start", "period_end"):
            out.choose(key, Field(out[key].value, rule, out[key].evidence, out[key].offset))


# a cover that hands out documents it names without 《》: 现将卫生部某办公室主要职能及2004年卫生应急工作要点印发给你们
_HANDS_OUT = re.compile(r"现将(?P<what>[^《》。；，]{4,80}?)(?:印发|下发)(?:给)?你们")
#: the rule of a kind read from what a title-less cover hands out (a weak reading: see analysis.parse.confidence)
COVER_HANDS_OUT = "the cover hands out a plan it names without 《》"


def _cover_hands_out(text, opening, at, furniture_lines, out) -> Field | None:
    """No title, but a cover sentence hands out documents by name (see ``_HANDS_OUT``): one of them a plan
    (…工作要点, …方案) makes the page a plan, the years that name gives its period."""
    for o, ln in _lines(text)[:40]:
        m = _HANDS_OUT.search(_norm_line(ln))
        if not m:
            continue
        # (和 joins words inside a name — 文化和旅游局 — so only 及 and 、 part the documents; a plan with its
        # years before one without)
        plans = sorted((name for name in re.split(r"以及|及|、", m["what"]) if _PLAN_TITLE.search(name)),
                       key=lambda name: _period(name) is None)
        if not plans:
            return None
        years = _period(plans[0])
        if years and "period_start" not in out:
            for key, year in (("period_start", years[0]), ("period_end", years[1])):
                out.choose(key, Field(year, f"{COVER_HANDS_OUT} ({years[2]})", ln.strip()[:60], o))
        return Field("plan", f"{COVER_HANDS_OUT} ({plans[0]})", ln.strip()[:60], o)
    return None


# implementing measures or rules (…实施办法, …具体实施细则) carry out a higher document; laid out in parts
# (一、总体要求 ⏎ （一）…), not in articles (第一条), they are a plan under a regulation's name — flagged (see
# analysis.parse.confidence)
_IMPLEMENTING_MEASURES = re.compile(rf"实施(?:办法|细则){_PERIOD_PAREN}$")
_PART_LINE = re.compile(_BODY_HEADING.pattern, re.M)
_ARTICLE_LINE = re.compile(r"^[ \t\u3000]*第[一二三四五六七八九十百零〇0-9]{1,5}条", re.M)
#: the rule of a 实施办法 read as a plan (a weak reading: see analysis.parse.confidence)
IMPLEMENTING_AS_PLAN = "implementing measures (实施办法, 实施细则) laid out in parts (一、…), not in articles: a plan"


def _laid_out_as_plan(text: str) -> bool:
    """Is the body laid out in numbered parts (一、, （一）) and has no article (第一条)?"""
    return bool(_PART_LINE.search(text)) and not _ARTICLE_LINE.search(text)


def _read_kind(text: str, front: list[tuple[int, str]], out: _Reading, furniture_lines=()) -> None:
    title = out.get("title")
    # (a page's field block, a row of | cells, is no opening paragraph)
    # (nor the line naming the meeting a report was delivered at: 2018年11月22日在某市…会议上)
    opening = next((ln.strip() for _, ln in _lines(text) if len(ln.strip()) >= 30 and not ln.lstrip().startswith(("|", "｜"))
                    and len(re.findall(r"[ \t][|｜][ \t]", ln)) < 2  # ([ 成文日期 ] | 2022-09-23 | [ 公开日期 ] | …)
                    and not is_field_line(ln) and not _DELIVERED.fullmatch(_norm_line(ln).lstrip("—－-"))), "")
    at = text.find(opening)
    if title is not None and title.rule.startswith("headline") and _NEWS_LEAD.match(opening):
        out.choose("kind", Field("other", "news item (headline above a news lead)", opening[:60], at))
        return
    about = _speaks_of_document(text)
    if about is not None:
        out.choose("kind", about)
        return
    if title is not None:
        # (a title over its delivery subtitle: the subtitle says what it is — 工作报告, 讲话)
        kind, rule = _kind_of_title(title.evidence.rsplit(" ", 1)[-1].lstrip("—－ ")
                                    if title.rule == TITLE_OVER_SUBTITLE else title.value)
        if kind == "other" and _IMPLEMENTING_MEASURES.search(title.value) and _laid_out_as_plan(text):
            kind, rule = "plan", IMPLEMENTING_AS_PLAN
        if (kind == "other" and rule.startswith("title names neither") and _NOTICE_TITLE.match(title.value)
                and (table := _task_table_body(text, opening, at, furniture_lines, out)) is not None and table.value == "plan"):
            # 关于对2016年民生实事进行重点督办的通知 over its 目标任务分解表: the notice divides the work among the bodies
            kind, rule = "plan", f"a notice that divides work in a task table ({table.rule})"
        out.choose("kind", Field(kind, rule, title.evidence, title.offset))
        return
    for read in (_report_opening, _plan_opening, _plan_made_here, _cover_hands_out, _news_item, _kind_of_headings,
                 _looks_back, _task_table_body, _articles_body):
        found = read(text, opening, at, furniture_lines, out)
        if found is not None:
            out.choose("kind", found)
            return


_PROGRESS_COLUMN = re.compile(r"(?:进展|完成|推进|落实|办理)情况|工作进展|完成进度")
#: the rule of a kind read from a body that is a task table (a weak reading: see analysis.parse.confidence)
TASK_TABLE_BODY = "the body is a task table (rows of work with their units or deadlines)"


def _task_table_body(text, opening, at, furniture_lines, out) -> Field | None:
    """No title and nothing else says the kind: a body laid out as a task table flattened to text —
    three rows or more, each naming its units or its deadline — divides work: a plan (flagged low: a
    progress table of the same rows is a report)."""
    lines = text.split("\n")
    for table in find_text_tables(lines):
        rows = [r for r in table.rows if any(c.column is not None and table.roles[c.column] in (*UNIT_ROLES, "deadline")
                                             for c in r.cells)]
        progress = [h for h in table.headers if _PROGRESS_COLUMN.search(re.sub(r"\s", "", h))]
        if len(rows) >= 3 or (progress and rows):
            k = table.rows[0].first
            at = sum(len(x) + 1 for x in lines[:k])
            if progress:  # a column of progress made (进展情况, 完成情况): the rows report on the work
                return Field("report", f"{TASK_TABLE_BODY}, with a column of progress ({progress[0]})",
                             lines[k].strip()[:60], at)
            return Field("plan", TASK_TABLE_BODY, lines[k].strip()[:60], at)
    return None


def _with_its_rest(text: str, opening: str) -> str:
    """The opening paragraph with the line its sentence runs on to, when a copy broke it without a stop (…扎实推进 ⏎
    生态环境保护领域法治政府建设工作，取得较好进展。)."""
    if re.search(r"[。！？；：:]$", opening):
        return opening
    lines = [ln.strip() for _, ln in _lines(text) if ln.strip()]
    k = lines.index(opening) if opening in lines else -1
    if 0 <= k < len(lines) - 1 and not _BODY_HEADING.match(lines[k + 1]):
        return opening + lines[k + 1]
    return opening


def _report_opening(text, opening, at, furniture_lines, out) -> Field | None:
    """A report without a title: its opening says so (现将…报告如下), or looks back on a year while
    its first part reports what was done. The years it reports on are its period."""
    report = _REPORT_OPENING.search(opening)
    year_first = _OPENING_YEAR.match(opening)
    first_part = next((ln.strip() for _, ln in _lines(text) if _BODY_HEADING.match(ln)), "")
    sentence = _norm_line(_with_its_rest(text, opening)).split("。")[0]
    # (not when the opening goes on to a later year: 2023年，…取得新进展。2024年，… is a year's plan looking back first)
    # (a cited document's years are not the opening's: 《法治政府建设实施纲要（2015—2020年）》)
    unquoted = re.sub(r"《[^》]*》|[（(][^（）()]*[）)]", "", opening)
    later = year_first and any(int(y) > int(year_first["year"]) for y in re.findall(rf"({_YEAR})年", unquoted))
    # (a word of what is to come counts in the clause of what was achieved, not anywhere: …依法治国总目标，扎实推进…工作，
    # 取得较好进展 · 力争取得新成效)
    done = _ACHIEVED.search(sentence)
    clause = sentence[sentence.rfind("，", 0, done.start()) + 1:done.start()] if done else ""
    achieved = bool(year_first and done and not _TO_COME.search(clause) and not later)
    if not (report or (year_first and _REPORT_PART.match(first_part)) or achieved):
        return None
    rule = ("opening paragraph reports (…报告如下)" if report else
            "opening paragraph looks back on a year and the first part reports what was done"
            if _REPORT_PART.match(first_part) else "opening paragraph says what a year achieved")
    # the years it reports on: 现将2023年度…报告如下, 现将我局2025年…情况及2026年工作计划报告如下, or
    # the year the opening looks back on (2024年，…)
    years = sorted({int(y) for y in re.findall(rf"({_YEAR})年", report.group())}) if report else []
    if not years and year_first:
        years = [int(year_first["year"])]
    if years and "period_start" not in out and years[-1] - years[0] <= 1:
        said = "the year the opening paragraph " + ("reports on" if report or not achieved else "says was achieved")
        out.choose("period_start", Field(str(years[0]), said, opening[:60], at))
        out.choose("period_end", Field(str(years[-1]), said, opening[:60], at))
    return Field("report", rule, opening[:60], at)


# the opening of a year's work points: 2023年是…之年 · 2023年全市人才工作的总体要求是 · 现对2023年全市民政工作作出安排
# · 2024年，我局将深入学习… (what the year will bring: 将)
_PLAN_OPENING = re.compile(rf"^(?P<a>{_YEAR})年(?:是|全[省市县区]|[^。，]{{0,20}}工作的总体(?:要求|思路)是"
                           r"|[，,](?:我|本)[局委厅办部院中心县区市]{0,2}将)"
                           rf"|现对(?P<b>{_YEAR})年[^。]{{0,20}}工作(?:作|做)"
                           # an organ's year first: 国家某某局2021年工作的总体要求是
                           rf"|^[\u4e00-\u9fff]{{2,20}}?(?:局|委|厅|部|办|院|署|政府|中心)(?P<c>{_YEAR})年"
                           r"[^。，]{0,20}工作的总体(?:要求|思路)是")


# the organ a year's plan opening speaks for: 国家某局2021年工作的总体要求是 · 2023年是…。国家某局将坚持…
_OPENING_ORGAN = re.compile(r"(?:^|(?<=[。；]))(?P<organ>[\u4e00-\u9fff]{2,20}?(?:总局|局|部|委员会|委|厅|署))"
                            r"(?=(?:19|20)\d\d年|将)")
#: the rule of a level read from the organ a plan's opening names (a weak reading: see analysis.parse.confidence)
OPENING_ORGAN_LEVEL = "the organ whose year's work the opening sets out"


def _level_of_the_opening_organ(norm: str, opening: str, at: int, out: _Reading) -> None:
    """No issuer, no title: the level of the organ a year's plan opening speaks for (国家某局…将坚持…),
    when the name alone gives it (a central organ, a known division's organ)."""
    for m in _OPENING_ORGAN.finditer(norm):
        level, region, rule = level_of_issuer(m["organ"])
        if level and not rule.startswith("unknown division"):
            out.choose("level", Field(level, f"{OPENING_ORGAN_LEVEL} ({m['organ']}: {rule})", opening[:60], at))
            if region:
                out["region"] = Field(region, "the opening organ's division", opening[:60], at)
            return


def _plan_opening(text, opening, at, furniture_lines, out) -> Field | None:
    """A year's work points without a title: the opening sets out the year's work (see
    ``_PLAN_OPENING``) and the first part is no report of work done. That year is its period."""
    m = _PLAN_OPENING.search(_norm_line(opening))
    first_part = next((ln.strip() for _, ln in _lines(text) if _BODY_HEADING.match(ln)), "")
    if not m or _REPORT_PART.match(first_part):
        return None
    if _LOOKS_BACK_IN.search(_norm_line(opening)[m.end():m.end() + 200]):
        return None  # 2022年是…之年，今年以来，区民政局…: the opening looks back on the year — a report's
    year = m["a"] or m["b"] or m["c"]
    if "level" not in out:
        _level_of_the_opening_organ(_norm_line(opening), opening, at, out)
    if "period_start" not in out:
        out.choose("period_start", Field(year, "the year the opening paragraph sets out the work of", opening[:60], at))
        out.choose("period_end", Field(year, "the year the opening paragraph sets out the work of", opening[:60], at))
    return Field("plan", "opening paragraph sets out a year's work", opening[:60], at)


# the opening makes the plan it opens: …结合实际，制定本方案 · 现就…提出以下意见 · 制定如下措施 — what it
# makes may carry its sort: 提出如下实施意见 · 特制定如下政策措施
_MAKES_PLAN = re.compile(r"制定本(?:实施|行动|工作)?(?:方案|计划|规划|意见|要点|措施|清单)"
                         # (the plan named in full: …，特制定某区文化事业发展“十二五”规划。)
                         r"|特制定[^。，；]{2,60}?(?:方案|计划|规划|意见|要点|措施)(?=。)"
                         r"|(?:提出|形成|制定)(?:以下|如下)(?:实施|政策|具体|若干|工作|指导)?(?:意见|措施|方案|计划)"
                         # (a notice that divides the year's tasks among the bodies: 将工作任务逐项分解下达)
                         r"|(?:工作)?任务(?:逐项|逐条)?分解(?:下达|落实到)"
                         # (a notice that arranges a piece of work: 我局决定组织开展…试点工作。现将有关事项通知如下 — not a
                         # call for applications or nominations)
                         r"|决定(?:组织)?开展(?![^。]{0,60}(?:评选|申报|推荐|征集|评审|认定|遴选))[^。]{2,60}?(?:工作|行动|整治|检查)"
                         r"[^。]{0,20}。现(?:将|就)[^。]{0,10}通知如下")
# the opening looks back on a stretch of time: 四季度以来，… · 今年以来，… · 2023年以来，…
_LOOKS_BACK = re.compile(r"^(?:(?:今年|(?:19|20)\d\d年|第?[一二三四]季度|上半年|前三季度|一年)以来|一年来|过去的一年[里中]?)[，,]")


# the same, inside the opening's first sentence: 2022年是…召开之年，今年以来，…
# (…关键之年。上半年，我局…: the first half year looked back on, after the sentence that names the year)
# (…推动全市政务服务水平再上新台阶。全年工作取得六大主要成效。: what the year achieved, said after the year's sentence)
_LOOKS_BACK_IN = re.compile(r"[，,。](?:今年|本年|年初)以来[，,]|。(?:上半年|前三季度|一季度)[，,]"
                            r"|。全年(?:工作)?取得了?[^。，；]{0,12}(?:成效|成绩|成果|进展)")


# a body of articles opening at its first chapter or article (第一章 总则 · 第一条 为了…): a regulation's
_FIRST_ARTICLE = re.compile(r"^[ \t\u3000]*(?:第一章[ \t\u3000]*总[ \t\u3000]*则|第一条[ \t\u3000]*\S)")


def _articles_body(text, opening, at, furniture_lines, out) -> Field | None:
    """No title, and the text is articles from 第一章 总则 or 第一条 on, within its first lines: a regulation
    (办法, 条例, 细则 …), other — a weak reading."""
    lines = _lines(text)
    for o, ln in lines[:6]:
        if _FIRST_ARTICLE.match(ln) and re.search(r"^[ \t\u3000]*第[一二]条", text, re.M):
            return Field("other", "the body is articles (第一章 总则 ⏎ 第一条…): a regulation", ln.strip()[:60], o)
    return None


def _plan_made_here(text, opening, at, furniture_lines, out) -> Field | None:
    """No title, but the paragraphs before the first part make a plan (see ``_MAKES_PLAN``)."""
    lines = _lines(text)
    for o, ln in lines[:_body_start_line(lines)]:
        m = _MAKES_PLAN.search(_norm_line(ln))
        if m:
            return Field("plan", f"opening paragraph makes a plan ({m.group()})", ln.strip()[:60], o)
    return None


def _looks_back(text, opening, at, furniture_lines, out) -> Field | None:
    """No title, and the opening looks back on a stretch of time (``_LOOKS_BACK``): a report, a weak reading
    (a plan's background may open so too)."""
    norm = _norm_line(opening)
    m = _LOOKS_BACK.match(norm)
    if m is None:  # 2022年是党的二十大召开之年，今年以来，…: the year named, then looked back on
        year = _PLAN_OPENING.match(norm)
        m = _LOOKS_BACK_IN.search(norm, year.end(), year.end() + 200) if year else None
        if m is None:
            return None
        if "period_start" not in out:
            y = year["a"] or year["b"] or year["c"]
            for key in ("period_start", "period_end"):
                out.choose(key, Field(y, "the year the opening paragraph looks back on", opening[:60], at))
    return Field("report", f"opening paragraph looks back ({m.group().strip('，,')})", opening[:60], at)


def _news_item(text, opening, at, furniture_lines, out) -> Field | None:
    """A news item without a document title: a news lead (某网3月5日讯, 2月22-23日，…), a byline, or
    news wording (日前，近日，) — the last a weak sign."""
    m = _NEWS_LEAD.match(opening) or next((_NEWS_LEAD.match(ln) for _, _, ln in furniture_lines
                                           if _NEWS_LEAD.match(ln)), None)
    if m:
        return Field("other", "news item (opening paragraph is a news lead)", opening[:60], at)
    for offset, source_offset, ln in furniture_lines:  # a byline the normalizer removed
        if _BYLINE.search(ln):
            return Field("other", "news item (no document title; a news byline)", ln.strip(), offset, source_offset)
    m = _NEWS.search(text[:3000])
    if m:
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = text[line_start:text.find("\n", m.start()) if "\n" in text[m.start():] else len(text)]
        return Field("other", "news item (no document title; news wording)", line.strip(), line_start)
    return None


_PLAN_HEADING = re.compile(r"总体要求|指导思想|工作目标|主要目标|主要任务|重点任务|重点工作|保障措施|实施步骤|工作措施|组织领导|任务分工")
# a first part that looks back on a year (一、2024年工作完成情况) and a later one that looks ahead (二、2025年工作计划)
_LOOKS_BACK_PART = re.compile(rf"^[一二三四五六七八九十]+[、.．](?P<year>{_YEAR})年[^。]{{0,12}}(?:完成情况|工作情况|工作总结|主要工作|工作开展情况|工作成效)"
                              r"(?!思路|计划|打算|安排|要点)")  # (一、2016年主要工作思路 looks ahead)
_LOOKS_AHEAD_PART = re.compile(rf"^[一二三四五六七八九十]+[、.．](?P<year>{_YEAR})年[^。]{{0,12}}(?:计划|思路|打算|安排|要点|重点工作|工作重点)")
_REPORT_HEADING = re.compile(r"总体情况|基本情况|主要做法|工作成效|主要成效|完成情况|开展情况|存在的?问题|下一步|工作打算|主要工作")


def _kind_of_headings(text, opening, at, furniture_lines, out) -> Field | None:
    """Without a title or a telling opening: the kind the part headings read like (总体要求, 重点任务 …
    a plan; 总体情况, 主要做法和工作成效 … a report), when two of them say one and none the other; a
    weak reading."""
    headings = [ln.strip() for _, ln in _lines(text) if re.match(r"^[一二三四五六七八九十]+[、.．]", ln.strip())][:6]
    plan = sum(bool(_PLAN_HEADING.search(h)) for h in headings)
    report = sum(bool(_REPORT_HEADING.search(h)) for h in headings)
    back = _LOOKS_BACK_PART.match(headings[0]) if headings else None
    ahead = next((m for h in headings[1:] if (m := _LOOKS_AHEAD_PART.match(h))), None)
    if back and ahead and int(ahead["year"]) == int(back["year"]) + 1:
        # 一、2024年工作完成情况 … 二、2025年工作计划: a year looked back on, then the next: a report of both years
        if "period_start" not in out:
            out.choose("period_start", Field(back["year"], "the years the parts look back on and ahead to", headings[0], at))
            out.choose("period_end", Field(ahead["year"], "the years the parts look back on and ahead to", headings[0], at))
        return Field("report", "the parts look back on a year and ahead to the next", " / ".join(headings[:3])[:60], at)
    first_ahead = _LOOKS_AHEAD_PART.match(headings[0]) if headings and not back else None
    if first_ahead and not any(_REPORT_HEADING.search(h) for h in headings[1:]):
        # 一、2016年主要工作思路 (the first part sets out a year's work, none reports): that year's plan, weakly
        if "period_start" not in out:
            for key in ("period_start", "period_end"):
                out.choose(key, Field(first_ahead["year"], "the year the first part sets out the work of", headings[0], at))
        return Field("plan", "the first part sets out a year's work", headings[0][:60], at)
    if back and not ahead and not plan:
        # 一、2022年工作总结 (the first part looks back on a year, no part plans): a report, weakly (its period is
        # the year the part names: _report_year_from_first_part)
        return Field("report", "the first part looks back on a year", headings[0][:60], at)
    if plan >= 2 and not report:
        return Field("plan", "the headings read like a plan", " / ".join(headings[:3])[:60], at)
    if report >= 2 and not plan:
        # the year the first part opens on (一、总体情况 ⏎ 2023年，市卫生健康委…) is the year reported on
        lines = [ln.strip() for _, ln in _lines(text) if ln.strip()]
        first = next((k for k, ln in enumerate(lines) if ln == headings[0]), None)
        year = _OPENING_YEAR.match(lines[first + 1]) if first is not None and first + 1 < len(lines) else None
        if year and "period_start" not in out:
            for key in ("period_start", "period_end"):
                out.choose(key, Field(year["year"], "the year the first part opens on", lines[first + 1][:60],
                                      text.find(lines[first + 1])))
        return Field("report", "the headings read like a report", " / ".join(headings[:3])[:60], at)
    return None
