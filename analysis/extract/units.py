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

__all__ = ["Parenthetical", "UNIT_LABELS", "DEADLINE_LABELS", "ROLES", "find_parentheticals", "split_units", "role_of_label",
           "find_alias_definitions", "resolve_units"]

UNIT_LABELS = ("责任部门", "责任单位", "牵头单位", "配合单位", "责任处室", "主责单位", "协办单位", "参与单位")
DEADLINE_LABELS = ("完成时限", "完成时间", "时限", "时间要求", "完成期限")
# Any label that names units: 牵头单位, 牵头责任单位, 协同责任单位, 参与部门, 责任科室, 责任主体 …
_UNIT_LABEL = re.compile(r"^(?:(?:牵头|主责|主办|责任|配合|协办|协同|参与|参加|承办|落实)(?:责任|负责)?"
                         r"(?:单位|部门|处室|科室|机构|处|科|股|主体)|责任主体|实施主体|部门分工|分工)$")
_LEAD_LABEL = re.compile(r"牵头|主责|主办")
_SUPPORT_LABEL = re.compile(r"配合|协办|协同|参与|参加")
#: roles of a unit in the ``units`` table
ROLES = ("lead", "supporting", "responsible")
_LABEL = re.compile(rf"(?P<label>{'|'.join(UNIT_LABELS + DEADLINE_LABELS)}|[\u4e00-\u9fff]{{2,8}})[：:]")
# a bracketed stretch in any bracket style, with one level of （…） inside (各县（市）交通运输局)
_PAREN = re.compile(r"[（(〔【\[]((?:[^（）()〔〕【】\[\]]|[（(][^（）()]{1,8}[）)])*)[）)〕】\]]")
_ALIAS = re.compile(r"以下(?:统称|简称)[“\"]?(?P<alias>[^，,；;。）)”\"]+)[”\"]?")
# the end of a unit name: a list may be joined by 和/及/与/等 only after one of these
_UNIT_END = re.compile(r"(?:局|队|处|部门|单位|委|厅|室|所|站|院|会|办|中心|公司|部|组|科|股|机关|机构|政府|司|署|行|关)"
                       r"(?:（[^（）]{1,6}）)?$")  # 省直各部门（单位）
# a unit name alone (a bare list in brackets: （厅规划处、厅运输处）)
_UNIT_NAME = re.compile(r"^[\u4e00-\u9fff（）]{2,24}$")
# a standing note: 以下均需各市（州）人民政府落实，不再列出 — these units share every later task
_STANDING = re.compile(r"^以下(?:均|各项)?(?:需|由|请)?(?P<units>.+?)(?:落实|负责|承担)$")
_ADMIN_PREFIX = re.compile(r"^(?:各)?[省市区县乡镇]$")
# an unlabelled responsibility: 法制司牵头 · 各地按职责分工负责 · 厅法规处配合 · 司法厅等省直各部门（单位）按职责分工负责
_VERB = re.compile(r"(?P<units>.+?)(?:共同|分别|按职责分工|按照职责分工|按职责|按照职责|根据职责|依职责)*"
                   r"(?P<verb>牵头负责|牵头|负责落实|负责|配合|参与|协办|协同|落实|组织实施|实施)$")


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
    if verb in ("配合", "参与", "协办", "协同"):
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
    ``label：value`` whose label is not a known convention.
    """

    text: str
    labels: tuple[str, ...] = ()
    units_as_written: tuple[str, ...] = ()
    units_by_label: tuple[tuple[str, tuple[str, ...]], ...] = ()
    roles: tuple[str, ...] = ()
    standing_units: tuple[str, ...] = ()
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
    parts = [p.strip() for p in re.split(r"[、，,；;]", value) if p.strip()]
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
        units.extend(_split_conjunction(name))
    return units


def _split_conjunction(name: str) -> list[str]:
    name = name.rstrip("等")
    for m in re.finditer(r"[和及与等]", name):
        left, right = name[:m.start()], name[m.end():]
        if _UNIT_END.search(left) and len(right) >= 2:
            return [left] + _split_conjunction(right)
    return [name]


def _fields(body: str) -> list[tuple[str, str]]:
    """``责任部门：A，以下统称B，完成时限：C`` → [(责任部门, A，以下统称B), (完成时限, C)]."""
    marks = [m for m in _LABEL.finditer(body)
             if m["label"] in UNIT_LABELS + DEADLINE_LABELS or m.start() == 0 or body[m.start() - 1] in "，,；;。 "]
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


_SEGMENT_SPLIT = re.compile(r"[，,；;]|(?<=牵头|负责|配合|参与|协办)、")
_HAS_VERB = re.compile(r"牵头|负责|配合|参与|协办|协同|落实|实施")


def _is_unit_list(value: str) -> bool:
    names = split_units(value)
    return bool(names) and all(_UNIT_NAME.match(n) and _UNIT_END.search(n) for n in names)


def _verb_segments(value: str) -> list[tuple[str, str]] | None:
    """``法制司牵头，有关单位负责`` → [(法制司, lead), (有关单位, responsible)]; None unless every
    segment is ``units + verb``, a unit list sharing the next segment's verb (``A，B按职责分工负责``),
    a deadline (role ``deadline``) or a standing note (role ``standing``, see :data:`_STANDING`)."""
    from .deadlines import parse_deadline

    out: list[tuple[str, str]] = []
    pending: list[str] = []
    for seg in (x.strip(" 。") for x in _SEGMENT_SPLIT.split(value)):
        if not seg or re.fullmatch(r"不再(?:一一)?列出|不再重复", seg):
            continue
        standing = _STANDING.fullmatch(seg)
        m = _VERB.fullmatch(seg)
        if standing:
            out.append((standing["units"], "standing"))
        elif m and not re.search(r"[。：:]", m["units"]) and len(m["units"]) <= 80:
            role = _role_of_verb(m["verb"])
            out.extend((u, role) for u in pending + [m["units"].rstrip("等")])
            pending = []
        elif parse_deadline(seg) is not None or re.fullmatch(r"(?:年内|长期|持续)[\u4e00-\u9fff]{0,6}", seg):
            out.append((seg, "deadline"))
        elif _is_unit_list(seg):
            pending.append(seg)
        else:
            return None
    if pending:
        return None
    return out if any(role not in ("deadline", "standing") for _, role in out) else None


@lru_cache(maxsize=1 << 16)  # pure, and plans repeat their notes
def read_parenthetical(text: str) -> Parenthetical | None:
    """One responsibility/deadline note (with or without its brackets) → :class:`Parenthetical`.

    Reads labelled fields (``牵头单位：A；配合单位：B；完成时限：C``, any label that names
    units) and unlabelled ones (``A牵头，B按职责分工负责``), the verb stripped from the
    unit names. Returns None when the text carries neither.
    """
    body = _strip_brackets(text)
    fields = _fields(body)
    labels, units, roles, by_label, unknown = [], [], [], [], []
    alias, alias_units, deadline_raw = None, (), None
    if not fields:
        segments = _verb_segments(body)
        if segments is None and _is_unit_list(body):
            segments = [(body, "responsible")]  # a bare list of units: （厅规划处、厅运输处）
        if segments is None:
            return None
        standing: list[str] = []
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
                             standing_units=tuple(standing))
    for label, value in fields:
        if label in DEADLINE_LABELS:
            deadline_raw = value or None
        elif is_unit_label(label):
            m = _ALIAS.search(value)
            if m:
                alias = m["alias"].strip()
                value = value[:m.start()].strip("，,；; ")
            segments = _verb_segments(value) if _HAS_VERB.search(value) else None
            if segments is not None and (len(segments) > 1 or role_of_label(label) == "responsible"):
                # 部门分工：A牵头，B配合 — the verbs say the roles a generic label does not
                named_roles = [(u, r) for v, r in segments if r != "deadline" for u in split_units(v)]
            else:
                verb = _VERB.fullmatch(value)
                named = split_units(verb["units"].rstrip("等") if verb else value)
                named_roles = [(u, role_of_label(label)) for u in named]
            named = [u for u, _ in named_roles]
            if m:
                alias_units = tuple(named)
            labels.append(label)
            units.extend(named)
            roles.extend(r for _, r in named_roles)
            by_label.append((label, tuple(named)))
        else:
            unknown.append(f"{label}：{value}")
    return Parenthetical(text=text, labels=tuple(labels), units_as_written=tuple(units), roles=tuple(roles),
                         units_by_label=tuple(by_label), alias=alias, alias_units=alias_units,
                         deadline_raw=deadline_raw, unknown_fields=tuple(unknown))


def find_parentheticals(text: str) -> list[Parenthetical]:
    """Every bracketed note in ``text`` that names a unit or a deadline, in order."""
    found = []
    for m in _PAREN.finditer(text):
        p = read_parenthetical(m.group(0))
        if p is not None and (p.labels or p.units_as_written or p.deadline_raw):
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
