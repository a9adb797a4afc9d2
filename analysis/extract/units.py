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
from dataclasses import dataclass, field

__all__ = ["Parenthetical", "UNIT_LABELS", "DEADLINE_LABELS", "find_parentheticals", "split_units",
           "find_alias_definitions", "resolve_units"]

UNIT_LABELS = ("责任部门", "责任单位", "牵头单位", "配合单位", "责任处室", "主责单位", "协办单位", "参与单位")
DEADLINE_LABELS = ("完成时限", "完成时间", "时限")
_LABEL = re.compile(rf"(?P<label>{'|'.join(UNIT_LABELS + DEADLINE_LABELS)}|[\u4e00-\u9fff]{{2,6}})[：:]")
_PAREN = re.compile(r"[（(]([^（）()]*)[）)]")
_ALIAS = re.compile(r"以下(?:统称|简称)[“\"]?(?P<alias>[^，,；;。）)”\"]+)[”\"]?")
# the end of a unit name: a list may be joined by 和/及/与 only after one of these
_UNIT_END = re.compile(r"(?:局|队|处|部门|单位|委|厅|室|所|站|院|会|办|中心|公司|部|组|科|股|机关|机构|政府)$")
_ADMIN_PREFIX = re.compile(r"^(?:各)?[省市区县乡镇]$")


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
    for m in re.finditer(r"[和及与]", name):
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


def read_parenthetical(text: str) -> Parenthetical | None:
    """One parenthetical (with or without its brackets) → :class:`Parenthetical`, or None
    when it carries no ``label：value`` field at all."""
    body = text.strip()
    if body[:1] in "（(" and body[-1:] in "）)":
        body = body[1:-1]
    fields = _fields(body)
    if not fields:
        return None
    labels, units, by_label, unknown = [], [], [], []
    alias, alias_units, deadline_raw = None, (), None
    for label, value in fields:
        if label in DEADLINE_LABELS:
            deadline_raw = value or None
        elif label in UNIT_LABELS:
            m = _ALIAS.search(value)
            if m:
                alias = m["alias"].strip()
                value = value[:m.start()].strip("，,；; ")
            named = split_units(value)
            if m:
                alias_units = tuple(named)
            labels.append(label)
            units.extend(named)
            by_label.append((label, tuple(named)))
        else:
            unknown.append(f"{label}：{value}")
    return Parenthetical(text=text, labels=tuple(labels), units_as_written=tuple(units),
                         units_by_label=tuple(by_label), alias=alias, alias_units=alias_units,
                         deadline_raw=deadline_raw, unknown_fields=tuple(unknown))


def find_parentheticals(text: str) -> list[Parenthetical]:
    """Every parenthetical in ``text`` that names a unit or a deadline, in order."""
    found = []
    for m in _PAREN.finditer(text):
        p = read_parenthetical(m.group(0))
        if p is not None and (p.labels or p.deadline_raw):
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
