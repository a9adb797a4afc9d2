"""A grammar of the conventions plans and reports are written in, as Hypothesis strategies.

``documents()`` draws a :class:`GenDoc`: the text of an invented plan or progress report, line by
line, together with what a reader of that text knows it says — its title, issuer, level, kind and
period, and for every task its number, title, units with their roles, deadlines with their dates,
training hours, targets and citations. The property tests parse the text and compare.

The conventions drawn (each a way real documents write the same thing):

* front matter: a cover notice (关于印发《…》的通知, addressees, signature, date) or none; a report's
  title and opening (现将…报告如下);
* body: sections 一、, groups （一）, tasks ``1.`` ``1．`` ``1、`` ``1. `` ``1﹒`` numbered on or
  restarting in every group, groups that are themselves the tasks, a report's parts;
  goal and closing sections;
* responsibility notes in every bracket style （）〔〕【】[], labelled (牵头单位/主责单位/配合单位/协办单位
  /责任单位/责任主体 …, with a deadline field 完成时限/完成时间/时限), unlabelled (A牵头，B配合 · A按职责分工
  负责), a bare list of units, a generic label whose verbs give the roles, labels on lines of their
  own, an alias defined (以下统称“X”) and used later;
* deadlines in every written form: ``2024年6月底前``, ``2024年底前``, ``2024年第三季度``, ``2024年上半年``,
  ``2024年年中``, ``2024年3月，完成后持续开展``, ``持续推进``, ``常态化推进``, ``每季度``, ``每年12月底前``,
  ``每半年``, ``20个工作日内``, inline ``于2024年9月底前…``, ``到2025年底…``; and without a year
  (``年底前``, ``年内``, ``6月底前``) in one-year documents, where the plan's year is meant;
* training requirements (hours and sessions a year, by audience), targets, citations, and
  distractors that look like deadlines or training and are neither (``2023年以来``, ``于2024年起``,
  ``党课学习``, ``在2023年…的基础上``).

A unit's name never contains 和/及/与 and every one ends like a unit (局, 厅, 队, 处, 部门, 政府 …),
so each is one unit as written. The transformations the property tests apply (line breaks, page
breaks, width, script, spaces) are in ``test_properties.py``.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass, field

from hypothesis import strategies as st

CN = "一二三四五六七八九十"
BRACKETS = [("（", "）"), ("〔", "〕"), ("【", "】"), ("[", "]")]


@dataclass
class Facts:
    """What a stretch of text says, as a reader records it."""

    units: list[tuple[str, str, str | None]] = field(default_factory=list)  # (unit, role, via alias)
    deadlines: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)  # (source, kind, date, recurrence)
    yearless: list[tuple[str, str]] = field(default_factory=list)  # (value as written, the date it means)
    training: list[tuple[str, float | None, float | None]] = field(default_factory=list)  # (audience, hours, times)
    targets: list[tuple[float, str]] = field(default_factory=list)  # (value, unit)
    citations: list[tuple[str | None, str | None]] = field(default_factory=list)  # (title, number)
    conventions: set[str] = field(default_factory=set)

    def add(self, other: "Facts") -> None:
        for name in ("units", "deadlines", "yearless", "training", "targets", "citations"):
            getattr(self, name).extend(getattr(other, name))
        self.conventions |= other.conventions


@dataclass
class GenTask:
    task_no: str
    title: str
    facts: Facts


@dataclass
class Line:
    """One line of the document; ``kind``: front, heading (a numbered heading), para (running text),
    note (a label line of its own), back (signature, date)."""

    text: str
    kind: str


@dataclass
class GenDoc:
    lines: list[Line]
    kind: str
    level: str
    title: str
    issuer: str
    period: tuple[int, int]
    tasks: list[GenTask]
    preamble: Facts
    conventions: set[str]

    @property
    def source(self) -> str:
        return "\n".join(line.text for line in self.lines) + "\n"

    @property
    def body_start(self) -> int:
        """Index of the first section heading's line."""
        return next(i for i, line in enumerate(self.lines) if line.kind == "heading" and line.text[:1] in CN)


# -- who: levels, issuers and units ------------------------------------------------------------

#: the words a division of each level is named with (某省 · 某自治区, 某市 · 某州, 某县 · 某区)
LEVEL_WORDS = {"national": ("",), "provincial": ("省", "自治区"), "municipal": ("市", "州"), "county": ("县", "区")}
DOMAINS = ("交通运输", "教育", "卫生健康", "市场监督管理", "生态环境")


@dataclass(frozen=True)
class Who:
    level: str
    issuer: str
    units: tuple[str, ...]        # every unit a note may name
    bare_ok: tuple[str, ...]      # units a bare list （A、B） may name (no 、 inside the name)
    addressees: str


def _who(level: str, domain: str, w: str) -> Who:
    """Issuer and units of a document of ``level`` in ``domain``, its division named with ``w``."""
    if level == "national":
        units = ("部法制司", "部运输服务司", "部综合规划司", "各省级交通运输主管部门", "部科学研究院")
        return Who(level, "交通运输部", units, units, "各省、自治区、直辖市交通运输厅（局、委）")
    organ = "厅" if level == "provincial" else "局"
    own = f"{w}{domain}{organ}"
    peers = tuple(f"{w}{d}{organ}" for d in ("公安", "司法", "财政") + tuple(x for x in DOMAINS if x != domain)[:2])
    lower = {"provincial": ("各市交通运输局", "各市、县交通运输主管部门"), "municipal": ("各区县交通运输局",),
             "county": ("各乡镇人民政府",) if w == "县" else ("各街道办事处",)}[level]
    inner = {"provincial": ("厅法规处", "厅运输处"), "municipal": ("局法规科", "局办公室"),
             "county": ("局办公室", f"{w}政务服务中心")}[level]
    executor = {"provincial": f"{w}交通运输综合行政执法监督局", "municipal": f"{w}交通运输综合行政执法支队",
                "county": f"{w}交通运输综合执法大队"}[level]
    units = (own, executor) + peers + lower + inner
    addressees = {"provincial": "各市交通运输局，厅机关各处室", "municipal": "各区县交通运输局，局属各单位",
                  "county": f"{lower[0]}，局属各单位"}[level]
    return Who(level, f"某{w}{domain}{organ}", units, tuple(u for u in units if "、" not in u), addressees)


# -- when: deadlines ---------------------------------------------------------------------------

def _last(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


@st.composite
def note_deadline(draw, year: int, one_year: bool, unlabelled: bool = False):
    """A deadline as written in a note → (value, (kind, date, recurrence) or None, yearless date or None)."""
    y = year if one_year else draw(st.integers(year, year + 2))
    m = draw(st.integers(1, 12))
    d = draw(st.integers(1, calendar.monthrange(y, m)[1]))
    q = draw(st.integers(1, 4))
    forms = [
        (f"{y}年{m}月底前", ("date", _last(y, m), None)),
        (f"{y}年{m}月{d}日前", ("date", f"{y:04d}-{m:02d}-{d:02d}", None)),
        (f"{y}年{m}月", ("date", _last(y, m), None)),
        (f"{y}年底前", ("date", f"{y}-12-31", None)),
        (f"{y}年年底前", ("date", f"{y}-12-31", None)),
        (f"{y}年{m}月完成", ("date", _last(y, m), None)),
        (f"{y}年上半年", ("date", f"{y}-06-30", None)),
        (f"{y}年下半年", ("date", f"{y}-12-31", None)),
        (f"{y}年第{CN[q - 1]}季度", ("date", _last(y, 3 * q), None)),
        (f"{y}年{q}季度末", ("date", _last(y, 3 * q), None)),
        (f"{y}年年中", ("date", f"{y}-06-30", None)),
        (f"{y}年", ("date", f"{y}-12-31", None)),
        (f"{y}年{m}月，完成后持续开展", ("date_then_ongoing", _last(y, m), None)),
        (f"{y}年{m}月底前，之后长期坚持", ("date_then_ongoing", _last(y, m), None)),
        (f"{y}年底前完成后常态化推进", ("date_then_ongoing", f"{y}-12-31", None)),
        ("持续推进", ("ongoing", None, None)),
        ("持续开展", ("ongoing", None, None)),
        ("长期坚持", ("ongoing", None, None)),
        ("长期", ("ongoing", None, None)),
        ("常态化推进", ("ongoing", None, None)),
        ("长效推进", ("ongoing", None, None)),
        ("经常性开展", ("ongoing", None, None)),
        ("逐年推进", ("ongoing", None, None)),
        ("每季度", ("recurring", None, "quarterly")),
        ("每个季度", ("recurring", None, "quarterly")),
        ("每季度末", ("recurring", None, "quarterly")),
        ("每月", ("recurring", None, "monthly")),
        (f"每月{min(d, 28)}日前", ("recurring", None, "monthly")),
        ("每月底前", ("recurring", None, "monthly")),
        ("每半年", ("recurring", None, "half-yearly")),
        ("每年", ("recurring", None, "yearly")),
        (f"每年{m}月底前", ("recurring", None, "yearly")),
        (f"每年第{CN[q - 1]}季度", ("recurring", None, "yearly")),
        (f"{draw(st.sampled_from([10, 15, 20, 30]))}个工作日内", ("relative", None, None)),
        (f"{draw(st.sampled_from([3, 6]))}个月内", ("relative", None, None)),
        (f"{draw(st.sampled_from([7, 15, 30]))}日内", ("relative", None, None)),
        (f"{draw(st.sampled_from([30, 60]))}天以内", ("relative", None, None)),
    ]
    if one_year:
        # without a year: the year of a one-year document is meant (resolved, or left empty and warned)
        forms_yearless = [("年内完成", f"{year}-12-31")] if unlabelled else [
            ("年底前", f"{year}-12-31"), ("年内", f"{year}-12-31"), ("年内完成", f"{year}-12-31"),
            (f"{m}月底前", _last(year, m)), ("上半年", f"{year}-06-30"), ("年中", f"{year}-06-30")]
        if draw(st.integers(0, 5)) == 0:
            value, date = draw(st.sampled_from(forms_yearless))
            return value, None, date
    if unlabelled:
        # a segment of an unlabelled note: a deadline the note reader knows (not one ending in a verb)
        forms = [f for f in forms if "，" not in f[0]]
    value, parsed = draw(st.sampled_from(forms))
    return value, parsed, None


@st.composite
def inline_deadline(draw, year: int):
    """A sentence of task text that sets a deadline → (sentence, Facts)."""
    y = draw(st.integers(year, year + 2))
    m = draw(st.integers(1, 12))
    d = draw(st.integers(1, 28))
    n = draw(st.sampled_from([10, 15, 20, 30]))
    forms = [
        (f"于{y}年{m}月底前完成执法案卷集中评查", ("date", _last(y, m), None)),
        (f"{y}年底前，全面建成执法信息共享平台", ("date", f"{y}-12-31", None)),
        (f"到{y}年底，基本实现执法全过程网上留痕", ("date", f"{y}-12-31", None)),
        (f"到{y}年，执法规范化水平明显提升", ("date", f"{y}-12-31", None)),
        (f"力争在{y}年{m}月{d}日前完成制度修订", ("date", f"{y:04d}-{m:02d}-{d:02d}", None)),
        (f"于{y}年第{CN[(m - 1) // 3]}季度前完成系统升级", ("date", _last(y, 3 * ((m - 1) // 3 + 1)), None)),
        (f"每年{m}月底前报送上年度工作情况", ("recurring", None, "yearly")),
        (f"于每月{d}日前报送执法统计数据", ("recurring", None, "monthly")),
        (f"群众投诉举报在{n}个工作日内办结", ("relative", None, None)),
    ]
    text, (kind, date, rec) = draw(st.sampled_from(forms))
    return text, Facts(deadlines=[("text", kind, date, rec)], conventions={"deadline in text"})


def distractor(year: int):
    """Sentences with a year or a frequency that set no deadline and no training requirement."""
    return st.sampled_from([
        f"在{year - 1}年工作的基础上，进一步巩固提升执法成效",
        f"{year - 1}年以来，全系统执法工作取得明显进展",
        f"于{year}年起全面推行执法公示制度",
        "每月开展一次路面联合巡查",
        "领导班子成员每季度开展一次党课学习",
        "结合实际细化工作举措，确保责任落实到人",
        "推动执法工作从事后处罚向事前预防转变",
    ])


# -- what: training, targets, citations, plain sentences ---------------------------------------

AUDIENCE = {"执法人员": "执法人员", "领导班子成员": "领导班子成员", "领导干部": "领导班子成员", "主要负责人": "领导班子成员",
            "基层站所执法人员": "基层站所执法人员", "基层执法站所执法人员": "基层站所执法人员"}


@st.composite
def training(draw, report_year: bool):
    """A training requirement (or, in a one-year report, an achieved figure) → (sentence, Facts)."""
    written = draw(st.sampled_from(sorted(AUDIENCE)))
    aud = AUDIENCE[written]
    h = draw(st.sampled_from([12, 16, 24, 32, 40, 48, 60]))
    n = draw(st.integers(2, 12))
    topic = draw(st.sampled_from(["法律知识", "业务", "执法能力", "专题"]))
    forms = [
        (f"{written}每年参加{topic}培训不少于{h}学时", (aud, h, None), [(h, "学时")]),
        (f"{written}年均参加{topic}培训不少于{h}课时", (aud, h, None), [(h, "课时")]),
        (f"{written}年人均参加{topic}培训不少于{h}学时", (aud, h, None), [(h, "学时")]),
        (f"{written}全年参加{topic}培训不少于{h}小时", (aud, h, None), [(h, "小时")]),
        (f"{written}每年度参加{topic}培训至少{h}学时", (aud, h, None), [(h, "学时")]),
        (f"{written}每半年参加{topic}培训不少于{h}学时", (aud, 2 * h, None), [(h, "学时")]),
        (f"{written}每季度参加{topic}培训不少于{h}学时", (aud, 4 * h, None), [(h, "学时")]),
        (f"{written}每季度开展一次集中学法", (aud, None, 4), []),
        (f"{written}每季开展一次集中学法", (aud, None, 4), []),
        (f"{written}每月开展一次集中学习", (aud, None, 12), []),
        (f"{written}每周开展一次业务学习", (aud, None, 52), []),
        (f"{written}每半年开展一次专题培训", (aud, None, 2), []),
        (f"{written}每年集中学法不少于{n}次", (aud, None, n), [(n, "次")]),
        (f"{written}每年至少开展{n}次轮训", (aud, None, n), [(n, "次")]),
        (f"{written}全年参加轮训不少于{n}次", (aud, None, n), [(n, "次")]),
        (f"{written}年均参加研讨不少于{n}次", (aud, None, n), [(n, "次")]),
        (f"{written}要加强{topic}学习，每年参加培训不少于{h}学时", (aud, h, None), [(h, "学时")]),
    ]
    if report_year:  # a one-year report's figures count that year
        forms.append((f"{written}参加{topic}培训{h}学时", (aud, h, None), [(h, "学时")]))
    text, row, targets = draw(st.sampled_from(forms))
    return text, Facts(training=[row], targets=[(float(v), u) for v, u in targets], conventions={"training"})


@st.composite
def target(draw):
    p = draw(st.integers(80, 100))
    n = draw(st.integers(2, 999))
    forms = [
        (f"执法案卷合格率达到{p}%以上", (p, "%")),
        (f"群众满意度达到{p}%", (p, "%")),
        (f"全年培训执法人员{n}人次", (n, "人次")),
        (f"走访企业{n}余家", (n, "家")),
        (f"办理行政许可事项{n}件", (n, "件")),
        (f"开展普法宣传活动{n}场次", (n, "场次")),
    ]
    text, (v, u) = draw(st.sampled_from(forms))
    return text, Facts(targets=[(float(v), u)], conventions={"target"})


LAWS = ("中华人民共和国行政处罚法", "中华人民共和国行政许可法", "中华人民共和国行政强制法", "法治政府建设实施纲要（2021—2025年）",
        "优化营商环境条例")


@st.composite
def citation(draw, year: int):
    law = draw(st.sampled_from(LAWS))
    org = draw(st.sampled_from(["某交发", "某政办发", "某教法", "某卫健发"]))
    y, n = draw(st.integers(year - 3, year - 1)), draw(st.integers(1, 60))
    forms = [
        (f"深入贯彻《{law}》", (law, None)),
        (f"认真落实《关于进一步规范行政执法工作的意见》（{org}〔{y}〕{n}号）要求", ("关于进一步规范行政执法工作的意见", f"{org}〔{y}〕{n}号")),
        (f"按照{org}〔{y}〕{n}号文件要求", (None, f"{org}〔{y}〕{n}号")),
    ]
    text, row = draw(st.sampled_from(forms))
    return text, Facts(citations=[row], conventions={"citation"})


PLAIN = ("全面落实行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度",
         "建设执法信息平台，推广移动执法终端，实现执法数据互联互通",
         "建立执法评议考核制度，畅通群众投诉举报渠道",
         "推进基层执法站所标准化、规范化建设，改善执法一线工作条件",
         "建立跨区域执法协作机制，加强与相关部门的信息共享",
         "落实谁执法谁普法责任制，开展以案释法",
         "对首次轻微违法行为依法不予处罚，推行柔性执法",
         "定期开展执法案卷评查，对发现的问题建立台账并限期整改")


@st.composite
def body(draw, year: int, report_year: bool, with_deadline: bool = True):
    """One to three sentences of task text → (text ending 。, Facts)."""
    facts = Facts()
    sentences = []
    for _ in range(draw(st.integers(1, 3))):
        which = draw(st.sampled_from(["plain", "training", "training", "target", "deadline", "citation", "distractor"]))
        if which == "deadline" and not with_deadline:
            which = "plain"
        if which == "plain":
            text, f = draw(st.sampled_from(PLAIN)), Facts()
        elif which == "training":
            text, f = draw(training(report_year))
        elif which == "target":
            text, f = draw(target())
        elif which == "deadline":
            text, f = draw(inline_deadline(year))
        elif which == "citation":
            text, f = draw(citation(year))
        else:
            text, f = draw(distractor(year)), Facts(conventions={"distractor"})
        sentences.append(text + "。")
        facts.add(f)
    return "".join(sentences), facts


# -- responsibility notes ----------------------------------------------------------------------

LEAD_LABELS = ("牵头单位", "牵头部门", "主责单位", "牵头责任单位", "牵头处室")
SUPPORT_LABELS = ("配合单位", "配合部门", "协办单位", "参与单位", "协同责任单位")
RESPONSIBLE_LABELS = ("责任单位", "责任部门", "责任处室", "责任主体")
DEADLINE_LABELS = ("完成时限", "完成时间", "时限")
LEAD_VERBS = ("牵头", "牵头负责")
SUPPORT_VERBS = ("配合", "参与", "协办", "协同")
RESPONSIBLE_VERBS = ("负责", "负责落实", "按职责分工负责", "按照职责分工落实")


def _unit_list(draw, pool, n_max: int = 3, conjunction: bool = True) -> list[str]:
    units = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=n_max, unique=True))
    return units


def _join(draw, units: list[str], conjunction: bool = True) -> str:
    if len(units) >= 2 and conjunction and draw(st.booleans()) and "、" not in units[-1]:
        return "、".join(units[:-1]) + draw(st.sampled_from(["和", "及"])) + units[-1]
    return "、".join(units)


@dataclass
class NoteState:
    """What the notes drawn so far defined: an alias, once."""

    alias: tuple[str, tuple[str, ...]] | None = None


@st.composite
def note(draw, who: Who, year: int, one_year: bool, state: NoteState, deadlines: bool = True, last: bool = True):
    """A responsibility note → (text or None, own lines, Facts). The text ends a paragraph; own lines
    (labels on lines of their own) follow it. ``last``: the paragraph is the task's last."""
    style = draw(st.sampled_from(["labelled", "labelled", "unlabelled", "bare", "lines", "generic", "alias"]))
    open_, close = draw(st.sampled_from(BRACKETS))
    if style == "bare" and not last:
        # KNOWN GAP (corpus._TERMINAL): a paragraph ending in 〕 】 ] is joined to the next one, and a
        # bare list of units then no longer ends its paragraph; only （…） is drawn there
        open_, close = BRACKETS[0]
    facts = Facts(conventions={f"note {style}", f"bracket {open_}"})
    pool = list(who.units)
    if style == "alias" and (state.alias is not None or len(pool) < 3):
        style = "labelled"
    if style == "alias":
        units = draw(st.lists(st.sampled_from(pool), min_size=2, max_size=3, unique=True))
        name = draw(st.sampled_from(["各执法单位", "有关责任单位", "各相关部门"]))
        state.alias = (name, tuple(units))
        quoted = draw(st.sampled_from([f"“{name}”", name]))
        facts.units += [(u, "responsible", None) for u in units]
        facts.conventions.add("alias defined")
        return f"（责任单位：{_join(draw, units)}，以下统称{quoted}）", [], facts
    if style == "bare":
        units = draw(st.lists(st.sampled_from(list(who.bare_ok)), min_size=1, max_size=3, unique=True))
        facts.units += [(u, "responsible", None) for u in units]
        return f"{open_}{'、'.join(units)}{close}", [], facts
    fields, lines = [], []
    if style in ("labelled", "lines"):
        lead = draw(st.booleans())
        first_label = draw(st.sampled_from(LEAD_LABELS if lead else RESPONSIBLE_LABELS))
        first = _named(draw, pool, state, facts, "lead" if lead else "responsible")
        fields.append((first_label, first))
        if draw(st.booleans()):
            rest = [u for u in pool if u not in [x for x, *_ in facts.units]]
            if rest:
                second = _named(draw, rest, state, facts, "supporting")
                fields.append((draw(st.sampled_from(SUPPORT_LABELS)), second))
    lines = [f"{label}：{value}" for label, value in fields]
    if style == "lines" and all(len(x) <= 40 for x in lines):
        # KNOWN GAP (corpus._rejoin_broken_lines): a label line longer than 40 characters is joined to
        # the line after it; only shorter ones are drawn on lines of their own
        facts.conventions.add("labels on own lines")
        return None, lines, facts
    if style in ("unlabelled", "generic"):
        lead_units = _unit_list(draw, pool, 2)
        parts = [f"{_join(draw, lead_units)}{draw(st.sampled_from(LEAD_VERBS + RESPONSIBLE_VERBS))}"]
        role = "lead" if parts[0].endswith(LEAD_VERBS) else "responsible"
        facts.units += [(u, role, None) for u in lead_units]
        rest = [u for u in pool if u not in lead_units]
        if rest and (style == "generic" or draw(st.booleans())):
            more = _unit_list(draw, rest, 2)
            verb = draw(st.sampled_from(SUPPORT_VERBS + RESPONSIBLE_VERBS))
            facts.units += [(u, "supporting" if verb in SUPPORT_VERBS else "responsible", None) for u in more]
            parts.append(f"{_join(draw, more)}{verb}")
        value = "，".join(parts)
        if style == "generic":  # 责任单位：A牵头，B配合 — the verbs give the roles a generic label does not
            fields.append((draw(st.sampled_from(("责任单位", "部门分工"))), value))
            if fields[0][0] == "部门分工":
                if len(value) <= 35:  # (see the label lines above)
                    facts.conventions.add("labels on own lines")
                    return None, [f"部门分工：{value}"], facts
                fields[0] = ("责任单位", value)  # 部门分工 is a line's label, not a bracket's
        elif deadlines and draw(st.booleans()):
            raw, parsed, yearless = draw(note_deadline(year, one_year, unlabelled=True))
            _deadline_fact(facts, raw, parsed, yearless)
            return f"{open_}{value}，{raw}{close}", [], facts
        else:
            return f"{open_}{value}{close}", [], facts
    if deadlines and draw(st.integers(0, 2)):  # two notes in three set a deadline
        raw, parsed, yearless = draw(note_deadline(year, one_year))
        _deadline_fact(facts, raw, parsed, yearless)
        fields.append((draw(st.sampled_from(DEADLINE_LABELS)), raw))
    sep = draw(st.sampled_from(["；", "，"]))
    if any("，" in v for _, v in fields[1:]) or (len(fields) > 1 and "，" in fields[0][1]):
        sep = "；"  # a value with a comma in it is closed by a semicolon
    return f"{open_}{sep.join(f'{label}：{value}' for label, value in fields)}{close}", [], facts


def _named(draw, pool, state: NoteState, facts: Facts, role: str) -> str:
    """Units of one labelled field (the alias, once defined, may stand for them) → the value written."""
    if state.alias is not None and role == "responsible" and draw(st.integers(0, 2)) == 0:
        name, units = state.alias
        facts.units += [(u, role, name) for u in units]
        facts.conventions.add("alias used")
        return name
    units = _unit_list(draw, pool, 3)
    facts.units += [(u, role, None) for u in units]
    return _join(draw, units)


def _deadline_fact(facts: Facts, raw: str, parsed, yearless) -> None:
    if parsed is not None:
        facts.deadlines.append(("clause", *parsed))
        facts.conventions.add(f"deadline {parsed[0]}")
    else:
        facts.yearless.append((raw, yearless))
        facts.conventions.add("deadline without a year")


# -- tasks, sections, documents ----------------------------------------------------------------

TASK_TITLES = ("加强执法队伍建设", "规范执法程序", "推进执法信息化建设", "强化执法监督考核", "加强基层站所建设",
               "深化区域执法协作", "落实普法责任制", "推行柔性执法", "优化政务服务", "健全制度体系", "提升执法效能",
               "强化安全监管")
GROUP_TITLES = ("持续提升执法能力", "全面规范执法行为", "着力优化营商环境", "不断强化监督问责", "切实加强基础保障")
SEPARATORS = (".", "．", "、", ". ", "﹒")


@st.composite
def task_lines(draw, marker: str, who: Who, year: int, one_year: bool, state: NoteState, report: bool):
    """A task's lines: its heading (with its text, or alone), paragraphs and notes → (lines, title, Facts)."""
    title = draw(st.sampled_from(TASK_TITLES))
    facts = Facts()
    paragraphs = []
    n_paragraphs = draw(st.integers(1, 2))
    for p in range(n_paragraphs):
        text, f = draw(body(year, report and one_year, with_deadline=not report))
        facts.add(f)
        own: list[str] = []
        if not report or draw(st.integers(0, 3)) == 0:
            n, own, nf = draw(note(who, year, one_year, state, deadlines=not report, last=p == n_paragraphs - 1))
            facts.add(nf)
            if n is not None:
                text += n
        paragraphs.append((text, own))
    lines: list[Line] = []
    alone = draw(st.booleans())
    first_text, first_own = paragraphs[0]
    if alone:
        facts.conventions.add("task heading alone")
        lines.append(Line(f"{marker}{title}", "heading"))
        lines.append(Line(first_text, "para"))
    else:
        lines.append(Line(f"{marker}{title}。{first_text}", "heading"))
    lines += [Line(x, "note") for x in first_own]
    for text, own in paragraphs[1:]:
        lines.append(Line(text, "para"))
        lines += [Line(x, "note") for x in own]
    return lines, title, facts


@st.composite
def documents(draw):
    """A plan or a progress report → :class:`GenDoc`."""
    kind = draw(st.sampled_from(["plan", "plan", "report"]))
    level = draw(st.sampled_from(["county", "municipal", "provincial", "national"]))
    domain = draw(st.sampled_from(DOMAINS if level != "national" else ("交通运输",)))
    w = draw(st.sampled_from(LEVEL_WORDS[level]))
    who = _who(level, domain, w)
    year = draw(st.integers(2021, 2026))
    one_year = kind == "report" or draw(st.booleans())
    period = (year, year) if one_year else (year, year + draw(st.integers(1, 4)))
    state = NoteState()
    conventions = {f"kind {kind}", f"level {level}"}
    topic = draw(st.sampled_from(["执法", "法治政府建设", "行政执法规范化建设", "依法行政"]))
    place = "" if level == "national" else f"某{w}"
    if kind == "plan":
        end = draw(st.sampled_from(["工作要点", "实施方案", "工作计划", "行动方案", "任务分工方案"]))
        if one_year:
            title = f"{place}{year}年{domain}{topic}{end}" if place else f"{who.issuer}{year}年{topic}{end}"
        else:
            dash = draw(st.sampled_from(["—", "-", "－"]))
            title = f"{place or who.issuer}{domain if place else ''}{topic}{end}（{period[0]}{dash}{period[1]}年）"
    else:
        title = draw(st.sampled_from([f"{who.issuer}关于{year}年{topic}工作情况的报告",
                                      f"{who.issuer}{year}年{topic}工作总结", f"{who.issuer}{year}年{topic}工作情况"]))
    lines: list[Line] = []
    preamble = Facts()
    cover = kind == "plan" and draw(st.booleans())
    if cover:
        conventions.add("cover notice")
        lines += [Line(f"{who.issuer}关于印发《{title}》的通知", "front"), Line(f"{who.addressees}：", "front"),
                  Line(f"现将《{title}》印发给你们，请结合实际认真贯彻落实。", "front"), Line(who.issuer, "front"),
                  Line(f"{year}年{draw(st.integers(1, 3))}月{draw(st.integers(1, 28))}日", "front")]
    lines.append(Line(title, "front"))
    if kind == "report":
        lines.append(Line("国务院：" if level == "national" else f"某{w}人民政府：", "front"))
        lines.append(Line(f"现将{year}年{topic}工作情况报告如下：", "front"))
    else:
        text, f = draw(citation(year))
        preamble.add(f)
        what = "方案" if "方案" in end else "要点" if end == "工作要点" else "计划"
        lines.append(Line(f"为进一步规范行政执法行为，全面提升执法质量和效能，{text}，结合工作实际，制定本{what}。", "front"))
    tasks: list[GenTask] = []
    sections = []
    if kind == "plan":
        sections.append(("goal", draw(st.sampled_from(["总体要求", "指导思想", "工作目标"]))))
        layout = draw(st.sampled_from(["groups", "groups_continuing", "flat", "group_tasks"]))
        sections.append(("tasks", draw(st.sampled_from(["重点任务", "主要任务", "工作措施"]))))
        sections.append(("closing", draw(st.sampled_from(["保障措施", "工作要求", "组织实施"]))))
    else:
        layout = draw(st.sampled_from(["groups", "flat", "parts"]))
        if layout == "parts":
            for _ in range(draw(st.integers(1, 3))):
                sections.append(("part", draw(st.sampled_from(TASK_TITLES))))
        else:
            sections.append(("tasks", draw(st.sampled_from(["主要工作开展情况", f"{year}年工作开展情况", "主要工作及成效"]))))
        sections.append(("closing", "存在的问题"))
        sections.append(("closing", "下一步工作打算"))
    conventions.add(f"layout {layout}")
    counter = 0
    for k, (skind, stitle) in enumerate(sections):
        lines.append(Line(f"{CN[k]}、{stitle}", "heading"))
        if skind == "goal":
            lines.append(Line("坚持依法行政，全面提升执法质量和效能，为经济社会发展提供有力法治保障。", "para"))
        elif skind == "closing":
            lines.append(Line("各单位要高度重视，加强组织领导，确保各项任务落到实处。" if kind == "plan" else
                              "执法信息化水平有待提升，基层执法力量仍然薄弱。", "para"))
        elif skind == "part":
            text, f = draw(body(year, True, with_deadline=False))
            tasks.append(GenTask(CN[k], stitle, f))
            lines.append(Line(text, "para"))
        else:
            n_groups = draw(st.integers(1, 3)) if layout in ("groups", "groups_continuing", "group_tasks") else 1
            for g in range(n_groups):
                gtitle = GROUP_TITLES[g]
                if layout == "group_tasks":
                    # groups are the tasks: each group heading carries its note
                    text, f = draw(body(year, False))
                    n, own, nf = draw(note(who, year, one_year, state))
                    f.add(nf)
                    if n is None:
                        lines.append(Line(f"（{CN[g]}）{gtitle}。{text}", "heading"))
                        lines += [Line(x, "note") for x in own]
                    else:
                        lines.append(Line(f"（{CN[g]}）{gtitle}。{text}{n}", "heading"))
                    tasks.append(GenTask(f"（{CN[g]}）", gtitle, f))
                    continue
                if layout != "flat":
                    lines.append(Line(f"（{CN[g]}）{gtitle}", "heading"))
                if layout != "groups_continuing":
                    counter = 0
                sep = draw(st.sampled_from(SEPARATORS))
                # a report's （一） items report the work: they are its tasks, the 1. items under them details
                group = GenTask(f"（{CN[g]}）", gtitle, Facts()) if kind == "report" and layout == "groups" else None
                for _ in range(draw(st.integers(1, 3))):
                    counter += 1
                    tl, ttitle, f = draw(task_lines(f"{counter}{sep}", who, year, one_year, state, kind == "report"))
                    lines += tl
                    if group is None:
                        tasks.append(GenTask(str(counter), ttitle, f))
                    else:
                        group.facts.add(f)
                if group is not None:
                    tasks.append(group)
    if kind == "report":
        lines += [Line(who.issuer, "back"), Line(f"{year + 1}年1月{draw(st.integers(5, 28))}日", "back")]
    for t in tasks:
        conventions |= t.facts.conventions
    conventions |= preamble.conventions
    # the issuer is named by the cover notice, a report's title or signature, or a title that opens with it
    # (an organ opening a title is its issuer when a year or 关于 follows it: 交通运输部2024年…)
    named = cover or kind == "report" or title.startswith(f"{who.issuer}{year}年")
    # the title as the normalizer writes it: a full-width hyphen is ASCII
    return GenDoc(lines, kind, level, title.replace("－", "-"), who.issuer if named else "", period, tasks, preamble,
                  conventions)


def statistics(n: int = 1000) -> dict[str, float]:
    """Share of ``n`` drawn documents (Hypothesis' generation, no shrinking) that carry each
    convention: ``python tests/plan_grammar.py 1000`` prints them, to check that the grammar
    reaches every rule it is meant to."""
    from collections import Counter

    from hypothesis import HealthCheck, Phase, given, settings

    counts: Counter = Counter()

    @settings(max_examples=n, phases=[Phase.generate], database=None, deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(documents())
    def draw(gen: GenDoc) -> None:
        counts["documents"] += 1
        facts = [t.facts for t in gen.tasks]
        counts.update(gen.conventions)
        counts["any units"] += any(f.units for f in facts)
        counts["any deadline"] += any(f.deadlines or f.yearless for f in facts)
        counts["any training"] += any(f.training for f in facts)
        counts["any target"] += any(f.targets for f in facts)
        counts["any citation"] += any(f.citations for f in facts) or bool(gen.preamble.citations)
        counts["tasks"] += len(gen.tasks)

    draw()
    total = counts.pop("documents")
    return {k: counts[k] / total for k in sorted(counts)}


if __name__ == "__main__":
    import sys

    for name, share in statistics(int(sys.argv[1]) if len(sys.argv) > 1 else 1000).items():
        print(f"{share:8.2f}  {name}" if name == "tasks" else f"{100 * share:7.1f} %  {name}")
