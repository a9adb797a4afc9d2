"""Responsible units: a （责任单位：…，完成时限：…） parenthetical → :class:`Parenthetical`.

Labels recognised for units: 责任部门, 责任单位, 牵头单位, 配合单位, 责任处室,
主责单位, 协办单位, 参与单位; for deadlines: 完成时限, 完成时间, 时限.
A list of units is split on ``、，；`` and on ``和/及/与`` between two unit
names; a list such as ``市、区交通运输执法单位`` (a bare 市 before 、) is one
unit. ``以下统称X`` / ``以下简称X`` defines an alias: later parentheticals that
name X stand for the units it was defined as.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field

__all__ = ["Parenthetical", "UNIT_LABELS", "DEADLINE_LABELS", "PERSON_LABELS", "ROLES", "find_parentheticals", "split_units",
           "role_of_label", "find_alias_definitions", "resolve_units", "apply_first_lead"]

UNIT_LABELS = ("责任部门", "责任单位", "牵头单位", "配合单位", "责任处室", "主责单位", "协办单位", "参与单位")
DEADLINE_LABELS = ("完成时限", "完成时间", "时限", "时间要求", "时限要求", "完成期限")
#: Labels that name persons, not bodies (责任领导：李某): known, never units
PERSON_LABELS = ("责任领导", "牵头领导", "分管领导", "联系领导", "包保领导", "牵头责任人", "具体责任人", "责任人", "联系人",
                 "分管市领导", "分管县领导", "分管区领导", "分管省领导")
# Any label that names units: 牵头单位, 牵头责任单位, 协同责任单位, 主要协作单位, 参与部门, 责任科室, 责任主体 …
# (a level may qualify the label: 市级配合单位, 县级责任单位 — the bodies of that level)
_UNIT_LABEL = re.compile(r"^(?:省级|市级|州级|县级|区级|乡级|镇级)?(?:(?:牵头|主责|主办|主要责任|责任|负责|配合|协办|协同|协作|主要协作|主要配合|参与|参加|承办|落实|实施|支撑)(?:责任|负责|配合)?"
                         r"(?:单位|部门|处室|科室|股室|机构|处|科|股|主体)|责任主体|实施主体|部门分工|分工)"
                         r"(?:及|和|与)?(?:责任人|负责人|责任领导)?$")  # (责任单位及责任人: the bodies, each with its leader)
# the leader a unit list with persons names after each body (责任单位及责任人：盘龙区政府主要领导): not part of its name
_LEADER_AFTER_UNIT = re.compile(r"(?:主要领导|分管领导|主要负责人|主要负责同志|负责同志|负责人)(?=[、，,；;。]|$)")
_LEAD_LABEL = re.compile(r"牵头|主责|主办|主要责任")
_SUPPORT_LABEL = re.compile(r"配合|协办|协同|协作|参与|参加|支撑")  # (支撑单位: the bodies that back the lead)
#: roles of a unit in the ``units`` table
ROLES = ("lead", "supporting", "responsible")
_LABEL = re.compile(rf"(?P<label>{'|'.join(UNIT_LABELS + DEADLINE_LABELS)}|[\u4e00-\u9fff]{{2,8}})[：:]")
_KNOWN_LABEL = re.compile(rf"(?P<label>{'|'.join(UNIT_LABELS + DEADLINE_LABELS)})[：:]")
# a bracketed stretch in any bracket style, with one level of （…） inside (各县（市）交通运输局)
_PAREN = re.compile(r"[（(〔【\[]((?:[^（）()〔〕【】\[\]]|[（(][^（）()]{1,30}[）)]|〔[^（）()〔〕]{1,30}〕)*)[）)〕】\]]")
_ALIAS = re.compile(r"以下(?:统称|简称)[“\"]?(?P<alias>[^，,；;。）)”\"]+)[”\"]?")
# the end of a unit name: a list may be joined by 和/及/与/等 only after one of these (司 ends 公司,
# 关 ends 机关 and 海关)
_UNIT_END = re.compile(r"(?:局|队|处|部门|单位|委|厅|室|所|站|院|会|办|中心|部|组|科|股|机构|政府|司|署|行|关|协|联|社|馆)"
                       r"(?:（[^（）]{1,6}）)?$")  # 省直各部门（单位）
# a unit name alone (a bare list in brackets: （厅规划处、厅运输处）)
_UNIT_NAME = re.compile(r"^[\u4e00-\u9fff（）]{2,24}$")
# a standing note: 以下均需各市（州）人民政府落实，不再列出 — these units share every later task
_STANDING = re.compile(r"^以下(?:各项工作|各项任务|工作|任务|各项)?(?:均|都)?(?:需|由|请)?(?P<units>.+?)(?:落实|负责|承担)"
                       r"[\u4e00-\u9fff]{0,8}$")
# a standing note run on after a unit list, its units a list of their own (commas in it): …管委会。以下均需
# 各县市区人民政府，某经开区、某园区管委会负责落实，不再列出 (what closes it, 不再列出 / 下同, names no unit)
_STANDING_CLOSE = re.compile(r"(?:[，,；;]\s*(?:不再(?:一一|重复)?(?:列出|重复|做分工|分工)|下同))+[。；;]?$")
# an exception a standing note makes for bodies without the duty: …落实，区政府无相关工作职能的，由市政府直属责任
# 部门负责相关工作，不再列出 — who stands in is named by what they are, no unit of every task
_STANDING_EXCEPTION = re.compile(r"[，,][^，,。；;]{1,20}(?:无|没有|不具备|不涉及)[^，,。；;]{0,12}的[，,]由[^，,。；;]{2,30}?负责[^，,。；;]{0,8}(?=[，,；;。]|$)")
_STANDING_AT = re.compile(r"[。；;，,]\s*(?=以下(?:各项工作|各项任务|工作|任务|各项)?(?:均|都))")
# A standing note that names no unit of the task: 不再列出 · 不再做分工，下同 · 具体任务均涉及…
_NOT_UNITS = re.compile(r"^(?:不再(?:一一|重复)?(?:列出|重复|做分工|分工)|下同|具体任务[^，,；;]*|[^，,；;]*不再(?:一一)?列出)$")
# A remark inside a unit list: （含高新区…，下同） · （包括…）
_REMARK = re.compile(r"[（(](?:含|包括|包含|不含)[^（）()]*[）)]")
# A standing rule for reading unit lists: the first body is the lead, the others responsible (or the
# role the rule names) — in this note and every later one: 排第一的为牵头单位，其他为责任单位，下同 ·
# 列第一位者为牵头部门，下同 · 排在首位的为牵头单位 · 排名第一的为主办单位 · 第一责任单位为牵头单位，下同 · 除标注“分别牵头”外，列第一位为
# 牵头或汇总单位，下同 · 县政府部门中列在首位的为牵头部门，有关部门按职责分工负责，下同 (the scope 县政府部门中: the
# first body is the lead all the same)
_FIRST_LEAD = re.compile(r"[（(]?(?:除标注[“\"]?分别牵头[”\"]?外[，,]?)?(?:[\u4e00-\u9fff]{2,10}中)?(?:(?:排|列)(?:在|名)?(?:第一位?|首位|最前)(?:的|者)?|首位单位|第一(?:个|位)?(?:责任)?单位)(?:为|是)"
                         r"(?:牵头|主责|主办)(?:单位|部门)?(?:或汇总单位)?"
                         r"(?:[，,；;](?:其他|其余|其它)(?:的)?(?:为|是)(?P<other>责任|配合|参与|协办)(?:单位|部门)?)?"
                         r"(?:[，,；;](?:其他|其余|其它|有关)(?:的)?(?:单位|部门)?按职责(?:分工)?负责)?"
                         r"(?:[，,；;。]?下同)?[）)]?")
_ADMIN_PREFIX = re.compile(r"^(?:各)?(?:[省市区县乡镇州盟旗]|特区|自治县)$")  # (各县、特区、区人民政府 · 各旗、县、市、区…)
# an unlabelled responsibility: 法制司牵头 · 各地按职责分工负责 · 厅法规处配合 · 司法厅等省直各部门（单位）按职责分工负责
_VERB = re.compile(r"(?P<units>.+?)(?:共同|分别|按职责分工|按照职责分工|按职责|按照职责|根据职责|依职责)*"
                   r"(?P<verb>牵头(?:负责|督导|推进|组织|落实|抓总)?|负责落实|负责|配合(?:落实)?|参与|参加|协办|协同|协助|落实|"
                   r"组织实施|实施)$")


def role_of_label(label: str) -> str:
    """``牵头单位`` → lead, ``配合单位``/``协同责任单位`` → supporting, others (责任单位 …) → responsible."""
    if _LEAD_LABEL.search(label):
        return "lead"
    if _SUPPORT_LABEL.search(label):
        return "supporting"
    return "responsible"


def _role_of_verb(verb: str) -> str:
    if verb.startswith("牵头"):
        return "lead"
    if verb.startswith("配合") or verb in ("参与", "参加", "协办", "协同", "协助"):
        return "supporting"
    return "responsible"


def is_unit_label(label: str) -> bool:
    return label in UNIT_LABELS or bool(_UNIT_LABEL.match(label))


@dataclass(frozen=True)
class Parenthetical:
    """One responsibility/deadline parenthetical, read field by field.

    ``labels``: the unit labels found, in order (e.g. ``("牵头单位", "配合单位")``);
    ``units_as_written``: every unit named, in order, as written (an alias name
    stays as written); ``alias``/``alias_units``: an alias this parenthetical
    defines; ``deadline_raw``: the 完成时限 value; ``unknown_fields``: any
    ``label：value`` whose label is not a known convention; ``first_lead``: the role of the
    other bodies when the note states a standing rule that the first body of a list is the lead
    (``排第一的为牵头单位，其他为责任单位，下同``: ``responsible``); ``undistinguished``: every unit
    was named without a role of its own (a bare list or a plain 责任单位), so such a rule applies;
    ``persons``: the values of person labels (责任领导：…), which are not units.
    """

    text: str
    labels: tuple[str, ...] = ()
    units_as_written: tuple[str, ...] = ()
    units_by_label: tuple[tuple[str, tuple[str, ...]], ...] = ()
    roles: tuple[str, ...] = ()
    standing_units: tuple[str, ...] = ()
    first_lead: str | None = None
    undistinguished: bool = False
    persons: tuple[str, ...] = ()
    alias: str | None = None
    alias_units: tuple[str, ...] = ()
    deadline_raw: str | None = None
    unknown_fields: tuple[str, ...] = field(default=())

    @property
    def unit_label(self) -> str | None:
        """The first unit label (the one that says who is responsible)."""
        return self.labels[0] if self.labels else None


def split_units(value: str) -> list[str]:
    """``市港航局、市交通执法总队和各区交通运输管理部门`` → three units.

    In: a unit list as written. Out: the unit names in order. ``市、区交通运输执法单位``
    stays one unit (a bare administrative level before ``、`` is part of the next name).
    """
    parts = [p.strip() for p in _split_outside_brackets(value) if p.strip()]
    merged: list[str] = []
    pending = ""
    for part in parts:
        if _ADMIN_PREFIX.match(part):
            pending += part + "、"
            continue
        merged.append(pending + part)
        pending = ""
    if pending:
        merged.append(pending.rstrip("、"))
    units: list[str] = []
    for name in merged:
        units.extend(_split_conjunction(name.lstrip("等")))  # (…、区农业农村局、等区政府有关部门)
    return units


def _split_outside_brackets(value: str) -> list[str]:
    """``各县（市、区）人民政府、市直各部门`` → the two names: a 、 inside brackets (（）, 〔〕) separates nothing."""
    parts, depth, cur = [], 0, []
    for ch in value:
        depth += ch in "（(〔"
        depth -= ch in "）)〕" and depth > 0
        if depth == 0 and ch in "、，,；;":
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


# an organ named without its place after 和: it shares the place of the name before it
# (各县（市、区）党委和人民政府 · 高新区党工委和管委会 are one unit each)
_BARE_ORGAN = re.compile(r"^(?:人民政府|政府|管委会|管理委员会|党委|党工委|办事处)$")


def _split_conjunction(name: str) -> list[str]:
    name = name.rstrip("等")
    for m in re.finditer(r"[和及与等]", name):
        # (商务部等和各有关省级人民政府: the 和 after 等 joins, it opens no name)
        left, right = name[:m.start()], name[m.end():].lstrip("等")
        if m.group() == "等" and right[:1] in ("和", "及", "与") and _UNIT_END.search(left):
            right = right[1:]
        if m.group() == "等" and re.fullmatch(r"(?:其他|其它)?(?:有关|相关)?(?:部门|单位)", right) and _UNIT_END.search(left):
            return [left]  # 市水利局等(有关)部门: 等部门 closes the list (and other departments), it names none
        if _UNIT_END.search(left) and len(right) >= 2 and not (m.group() == "和" and _BARE_ORGAN.match(right)):
            return [left] + _split_conjunction(right)
    return [name]


def _fields(body: str) -> list[tuple[str, str]]:
    """``责任部门：A，以下统称B，完成时限：C`` → [(责任部门, A，以下统称B), (完成时限, C)]."""
    marks = [m for m in _LABEL.finditer(body)
             if m["label"] in UNIT_LABELS + DEADLINE_LABELS or m.start() == 0 or body[m.start() - 1] in "，,；;。 "]
    # a known label run into the value before it, its separator lost (牵头单位：市商务局责任单位：市编办、…): the generic
    # label the scan took (市商务局责任单位) hides it
    hidden = [k for k in _KNOWN_LABEL.finditer(body) if not any(m.start() <= k.start() < m.end() for m in marks)
              and k.start() > 0]
    marks = sorted(marks + hidden, key=lambda m: m.start())
    out = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(body)
        out.append((m["label"], body[m.end():end].strip().strip("，,；;。 ")))
    return out


def _strip_brackets(text: str) -> str:
    body = text.strip()
    if body[:1] in "（(〔【[" and body[-1:] in "）)〕】]":
        body = body[1:-1]
    return body.strip()


_SEGMENT_SPLIT = re.compile(r"[，,；;。]|(?<=牵头|负责|配合|参与|协办|协助|督导)、")
_HAS_VERB = re.compile(r"牵头|负责|配合|参与|参加|协办|协同|协助|落实|实施")


# the places below, named as bodies in a unit list: 各县市区 · 各县（市、区） · 各乡镇
_PLACES = re.compile(r"^各[\u4e00-\u9fff（）、]{1,8}[区县市镇州]）?$")


def _standing_note(text: str) -> list[str] | None:
    """A whole standing note (``以下均需A，B、C负责落实，不再列出``) → its units (A, B, C); None when ``text`` is
    no such note or what it names are no bodies (a verb or a sentence inside)."""
    m = _STANDING.fullmatch(_STANDING_CLOSE.sub("", _STANDING_EXCEPTION.sub("", text.strip(" 。"))))
    if m is None:
        return None
    names = split_units(m["units"])
    if not names or any(not _UNIT_NAME.match(n) or _HAS_VERB.search(n) for n in names) \
            or not any(_UNIT_END.search(n) or _PLACES.match(n) for n in names):
        return None
    return names


def _split_standing(value: str) -> tuple[str, list[str]]:
    """A unit list and the standing note run on after it (``A、B。以下均需C，D落实，不再列出``) → (the list,
    the note's units); ``(value, [])`` when no such note follows."""
    for m in _STANDING_AT.finditer(value):
        units = _standing_note(value[m.end():])
        if units is not None:
            return value[:m.start()], units
    return value, []


def _is_unit_list(value: str) -> bool:
    names = split_units(value)
    return bool(names) and all(_UNIT_NAME.match(n) and (_UNIT_END.search(n) or _PLACES.match(n)) for n in names)


def _verb_segments(value: str, trailing_role: str | None = None) -> list[tuple[str, str]] | None:
    """``法制司牵头，有关单位负责`` → [(法制司, lead), (有关单位, responsible)]; None unless every
    segment is ``units + verb``, a unit list sharing the next segment's verb (``A，B按职责分工负责``),
    a deadline (role ``deadline``) or a standing note (role ``standing``, see :data:`_STANDING`).
    ``trailing_role``: the role of a unit list closing the value without a verb (the label's, in a
    labelled field whose text was cut: 责任单位：A负责；B、C、省水…); without it such a list gives None."""
    from .deadlines import is_yearless, parse_deadline

    out: list[tuple[str, str]] = []
    pending: list[str] = []
    value = value.rstrip("、，, ")  # (a list the text cuts after a 、: 省发改委牵头，省海洋渔业厅、…、科技厅、)
    value, standing = _split_standing(value)
    if standing:
        out.append(("、".join(standing), "standing"))
    for seg in (x.strip(" 。") for x in _SEGMENT_SPLIT.split(value)):
        if not seg or _NOT_UNITS.fullmatch(seg):
            continue
        standing = _STANDING.fullmatch(seg)
        m = _VERB.fullmatch(seg)
        if standing:
            out.append((standing["units"], "standing"))
        elif m and not re.search(r"[。：:]", m["units"]) and (len(m["units"]) <= 80 or _is_unit_list(m["units"].rstrip("等"))):
            role = _role_of_verb(m["verb"])
            out.extend((u, role) for u in pending + [m["units"].rstrip("等")])
            pending = []
        elif (parse_deadline(seg) is not None or is_yearless(seg)
              or re.fullmatch(r"(?:年内|长期|持续)[\u4e00-\u9fff]{0,6}", seg)):
            out.append((seg, "deadline"))
        elif _is_unit_list(seg):
            pending.append(seg)
        else:
            return None
    if pending and (trailing_role is None or not out):
        return None
    out.extend((u, trailing_role) for u in pending)
    return out if any(role not in ("deadline", "standing") for _, role in out) else None


# a label with its remark, as in a field line: 牵头科室（单位）：
_LABEL_REMARK = re.compile(r"(?:^|(?<=[，,；;。 ]))([\u4e00-\u9fff]{2,8})[（(](?:单位|部门|处室|科室)[）)](?=[：:])")
# X会Y / X会同Y in a unit list: X leads, Y supports (宣传处会办公室); X may hold a 会 of its own
# (市社会保险事业管理局会同…: the shortest X that ends a body's name is taken)
# A会同B (A leads, B supports); A may be a list (县水利局、县林业局会同县财政局: both lead)
_JOINT = re.compile(r"(?P<a>[^，,；;]{2,60}?(?:处|局|科|室|股|厅|中心))会同?(?P<b>[\u4e00-\u9fff（）]{2,}.*)")


# two labels joined into one: 责任单位、科室： · 责任部门/处室： (the bodies of either kind) — read as the first
_LABEL_PAIR = re.compile(r"(?:^|(?<=[，,；;。 ]))(?P<label>[\u4e00-\u9fff]{2,8})[、/](?:单位|部门|处室|科室|股室)(?=[：:])")


def _join_label_pairs(body: str) -> str:
    return _LABEL_PAIR.sub(lambda m: m["label"] if is_unit_label(m["label"]) else m.group(), body)


def _take_first_lead_rule(body: str) -> tuple[str, str | None]:
    """``body`` without a standing first-is-lead rule (see :data:`_FIRST_LEAD`), and the role the
    rule gives the other bodies (None: no rule)."""
    m = _FIRST_LEAD.search(body)
    if m is None:
        return body, None
    other = "supporting" if m["other"] in ("配合", "参与", "协办") else "responsible"
    rest = body[:m.start()].rstrip("，,；;。 ") + ("，" + body[m.end():].lstrip("，,；;。 ") if body[m.end():].strip("，,；;。） ") else "")
    return rest.strip("，,；;。 "), other


@lru_cache(maxsize=1 << 16)  # pure, and plans repeat their notes
def read_parenthetical(text: str) -> Parenthetical | None:
    """One responsibility/deadline note (with or without its brackets) → :class:`Parenthetical`.

    Reads labelled fields (``牵头单位：A；配合单位：B；完成时限：C``, any label that names
    units) and unlabelled ones (``A牵头，B按职责分工负责``), the verb stripped from the
    unit names; a standing rule (``排第一的为牵头单位…下同``), remarks (``（含…，下同）``) and
    standing notes that name no unit (``不再做分工，下同``) are not units. Returns None when the
    text carries neither units nor a deadline nor persons.
    """
    body, first_lead = _take_first_lead_rule(_strip_brackets(text))
    body = _join_label_pairs(_LABEL_REMARK.sub(r"\1", _REMARK.sub("", body)))
    fields = _fields(body)
    if not fields:
        return _read_unlabelled(text, body, first_lead)
    return _read_labelled(text, fields, first_lead)


# a sentence that assigns: 由A会同B、C等部门负责落实 (A leads, B and C support) · 由A负责 (A is responsible)
_ASSIGNED = re.compile(r"由(?P<a>[^，,；;。、]{2,30}?)(?:会同(?P<b>[^，,；;。]{2,200}?)(?:等(?:有关)?(?:部门|单位))?)?"
                       r"(?:按职责分工)?(?:研究提出(?:落实|具体)?(?:意见|措施)|负责落实|牵头落实|研究落实|负责)")


def _assigned(body: str) -> list[tuple[str, str]] | None:
    m = _ASSIGNED.fullmatch(body)
    if m is None or not _is_unit_list(m["a"]) or (m["b"] and not _is_unit_list(m["b"])):
        return None
    return [(m["a"], "lead"), (m["b"], "supporting")] if m["b"] else [(m["a"], "responsible")]


def _read_unlabelled(text: str, body: str, first_lead: str | None) -> Parenthetical | None:
    segments = _assigned(body)  # (before the verb segments: 由 opens no unit's name)
    if segments is None:
        segments = _verb_segments(body)
    if segments is None and _JOINT.fullmatch(body) and _is_unit_list(_JOINT.fullmatch(body)["a"]):
        segments = [(_JOINT.fullmatch(body)["a"], "lead"), (_JOINT.fullmatch(body)["b"], "supporting")]
    if segments is None and _is_unit_list(body):
        segments = [(body, "responsible")]  # a bare list of units: （厅规划处、厅运输处）
    if segments is None:
        return None
    units, roles, standing, deadline_raw = [], [], [], None
    for value, role in segments:
        if role == "deadline":
            deadline_raw = deadline_raw or value
            continue
        if role == "standing":
            standing.extend(split_units(value))
            continue
        named = split_units(value)
        units.extend(named)
        roles.extend([role] * len(named))
    return Parenthetical(text=text, units_as_written=tuple(units), roles=tuple(roles), deadline_raw=deadline_raw,
                         standing_units=tuple(standing), first_lead=first_lead,
                         undistinguished=bool(roles) and all(r == "responsible" for r in roles))


def _labelled_units(label: str, value: str) -> tuple[list[tuple[str, str]], list[str]]:
    """One labelled unit field → ``([(unit, role)], standing units)``. A sentence after the list
    (``A、B。各乡镇落实属地责任，以下均需…不再重复列出``) is a note: only its standing units count."""
    value, standing = _split_standing(value)
    if "。" in value:
        head, tail = value.split("。", 1)
        if _verb_segments(tail) is None:
            value = head
            standing += [u for seg in _SEGMENT_SPLIT.split(tail) if (m := _STANDING.fullmatch(seg.strip(" 。")))
                        for u in split_units(m["units"])]
    parts = re.split(r"[；;]", value)
    if len(parts) > 1 and any(_JOINT.fullmatch(p) for p in parts):
        # 市水利局；市财政局会同市环保局 — a joint among the list's ；-parts is read in its own part
        read = [_labelled_units(label, p) for p in parts if p.strip()]
        return [u for units, _ in read for u in units], standing + [u for _, more in read for u in more]
    joint = _JOINT.fullmatch(value)
    if joint and _is_unit_list(joint["a"]):
        return [(u, "lead") for u in split_units(joint["a"])] + [(u, "supporting") for u in split_units(joint["b"])], standing
    # (a list the text cuts after its 、: after a body that leads, those that work with it — 责任单位：A牵头，B、C、… as
    # A牵头，B、C配合 — else the label's role)
    cut = (("supporting" if "牵头" in value else role_of_label(label)) if re.search(r"[、，,]\s*$", value) else None)
    segments = _verb_segments(value, cut) if _HAS_VERB.search(value) else None
    if segments is not None and (len(segments) > 1 or role_of_label(label) == "responsible"):
        # 部门分工：A牵头，B配合 — the verbs say the roles a generic label does not
        standing += [u for v, r in segments if r == "standing" for u in split_units(v)]
        return [(u, r) for v, r in segments if r not in ("deadline", "standing") for u in split_units(v)], standing
    verb = _VERB.fullmatch(value)
    named = split_units(verb["units"].rstrip("等") if verb else value)
    return [(u, role_of_label(label)) for u in named], standing


def _read_labelled(text: str, fields: list[tuple[str, str]], first_lead: str | None) -> Parenthetical:
    from .deadlines import is_yearless, parse_deadline
    labels, units, roles, by_label, unknown, persons, standing = [], [], [], [], [], [], []
    alias, alias_units, deadline_raw = None, (), None
    for label, value in fields:
        if label in DEADLINE_LABELS:
            deadline_raw = value or None
        elif label in PERSON_LABELS:
            persons.append(value)
        elif is_unit_label(label):
            if label.endswith(("责任人", "负责人", "责任领导")):
                value = _LEADER_AFTER_UNIT.sub("", value)
            # a deadline closing the unit list without its own label: 责任单位：A、B，6月底完成
            tail = re.search(r"[，,；;]([^，,；;]{2,16})$", value)
            if tail and (is_yearless(tail[1]) or parse_deadline(tail[1]) is not None) and not _is_unit_list(tail[1]):
                deadline_raw = deadline_raw or tail[1]
                value = value[:tail.start()]
            m = _ALIAS.search(value)
            before = None
            if m:
                alias = m["alias"].strip()
                # (the name's own bracket: X办公室（以下简称Y；下同） — the 以下简称 opens it)
                before = value[:m.start()].strip("，,；; ").removesuffix("（").removesuffix("(").strip("，,；; ")
                # the list goes on after the alias (X办公室（以下简称Y）、Z局 · A、B，以下简称两局，C配合)
                after = value[m.end():]
                bracketed = value[:m.start()].rstrip().endswith(("（", "("))
                after = re.sub(r"^[^）)]*[）)]" if bracketed else r"^[^，,；;、]*", "", after)
                value = before + (after if after.strip("，,；;、 ") else "")
            named_roles, more = _labelled_units(label, value)
            standing += more
            named = [u for u, _ in named_roles]
            if m:
                alias_units = tuple(u for u in named if u in split_units(before))
            labels.append(label)
            units.extend(named)
            roles.extend(r for _, r in named_roles)
            by_label.append((label, tuple(named)))
        else:
            unknown.append(f"{label}：{value}")
    return Parenthetical(text=text, labels=tuple(labels), units_as_written=tuple(units), roles=tuple(roles),
                         units_by_label=tuple(by_label), alias=alias, alias_units=alias_units,
                         deadline_raw=deadline_raw, unknown_fields=tuple(unknown), standing_units=tuple(standing),
                         first_lead=first_lead, persons=tuple(persons),
                         undistinguished=bool(roles) and all(r == "responsible" for r in roles))


def apply_first_lead(roles: tuple[str, ...], other: str) -> tuple[str, ...]:
    """The roles of an undistinguished unit list under a first-is-lead rule: the first body
    ``lead``, the others ``other``."""
    return ("lead",) + (other,) * (len(roles) - 1) if roles else roles


def find_parentheticals(text: str) -> list[Parenthetical]:
    """Every bracketed note in ``text`` that names a unit or a deadline, in order."""
    found = []
    for m in _PAREN.finditer(text):
        p = read_parenthetical(m.group(0))
        if p is not None and (p.labels or p.units_as_written or p.deadline_raw or p.persons):
            found.append(p)
    return found


def find_alias_definitions(text: str) -> dict[str, tuple[str, ...]]:
    """Aliases a document defines → the units they stand for.

    In: a document's normalized text. Out: ``{alias: units}`` from
    ``（责任部门：A、B和C，以下统称X，…）`` and from prose ``A、B和C（以下统称X）``.
    A later definition of the same alias replaces an earlier one.
    """
    aliases: dict[str, tuple[str, ...]] = {}
    if "以下" not in text:  # the usual case, decided in one scan
        return aliases
    for m in _PAREN.finditer(text):
        p = read_parenthetical(m.group(0))
        if p is not None and p.alias:
            aliases[p.alias] = p.alias_units
            continue
        inner = _ALIAS.fullmatch(m.group(1).strip())
        if inner:
            before = text[:m.start()]
            cut = max(before.rfind(c) for c in "。；：:\n，")
            named = split_units(re.sub(r"^(?:由|请|对|将|经|以)", "", before[cut + 1:].strip()))
            if named:
                aliases[inner["alias"].strip()] = tuple(named)
    return aliases


def resolve_units(units_as_written, aliases: dict[str, tuple[str, ...]]) -> list[tuple[str, str | None]]:
    """Units as written → ``[(unit, via_alias)]``: an alias expands to the units it stands for,
    each with ``via_alias`` set to the alias name; other units pass through with None."""
    out = []
    for unit in units_as_written:
        if unit in aliases:
            out.extend((u, unit) for u in aliases[unit])
        else:
            out.append((unit, None))
    return out
