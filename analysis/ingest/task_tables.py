"""Task-division tables read as tables: the header row names each column's role, and every body
row becomes one task line in the form the parser reads::

    序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时限
    ────────────────────────────────────────────────────────────────
    1    | 优化营商环境 | 推行一网通办 | 市政数局 | 市发改委、市财政局 | 2024年底前

becomes ``（一）优化营商环境`` and
``1. 推行一网通办。（牵头单位：市政数局；配合单位：市发改委、市财政局；完成时限：2024年底前）``,
each line keeping the table row it came from. Units take their roles from their columns (lead,
supporting, responsible). A table without a task column and a unit or deadline column is not a
task table: its rows become ``| cell | cell |`` lines.

Readers fill :class:`~analysis.ingest.base.Table` rows with merged cells already carried into
every cell they span; this module only reads headers and renders.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .base import RawDocument, Table
from .numbering import format_number

__all__ = ["COLUMN_WORDS", "column_roles", "header_key", "is_task_header", "names_a_category", "find_header", "render_table", "render_tables", "TaskTable"]

#: Header words of each column role, most specific first. A header cell takes the first role one of
#: whose words it contains (after spaces and bracketed remarks are dropped; a word of one or two
#: characters only as the cell's last word), so 牵头领导 (a person) is a ``leader`` column before
#: 牵头 makes it a ``lead`` one.
COLUMN_WORDS: dict[str, tuple[str, ...]] = {
    "deadline": ("完成时限", "完成时间", "时间节点", "时限要求", "完成期限", "截止时间", "进度安排", "时间安排",
                 "时间进度", "办结时限", "时限", "期限"),
    "leader": ("牵头领导", "责任领导", "分管领导", "分管省领导", "分管市领导", "分管县领导", "分管区领导", "联系领导",
               "包保领导", "责任人", "联系人"),
    # 牵头责任单位, 牵头负责部门 and 主要责任单位 (beside 协同配合单位) name the lead, not a plain 责任单位
    "lead": ("牵头单位", "牵头部门", "牵头处室", "牵头科室", "牵头股室", "主责单位", "主责部门", "主办单位", "牵头责任", "牵头负责", "主要责任",
             "牵头"),
    "supporting": ("配合单位", "配合部门", "配合处室", "参与单位", "参与部门", "协办单位", "协同单位", "协助单位",
                   "协作单位", "协作部门", "配合"),
    "responsible": ("责任单位", "责任部门", "责任处室", "责任科室", "责任股室", "责任主体", "实施主体", "负责单位", "负责部门", "承办单位",
                    "承担单位", "实施单位", "实施部门", "落实单位", "责任"),
    "no": ("序号", "编号", "项次", "序"),
    "target": ("工作目标", "预期目标", "目标要求", "完成标准", "预期成果", "成果形式", "考核指标", "绩效目标"),
    "note": ("备注", "说明"),
    # text columns: the last one is the task, those before it are the groups it sits in
    "text": ("具体措施", "细化分工", "具体任务", "具体内容", "任务内容", "工作内容", "主要内容", "工作措施", "主要措施", "工作举措",
             "改革举措", "政策措施", "具体工作", "工作事项", "任务事项", "重点任务", "主要任务", "工作任务", "重点工作",
             "任务名称", "任务分解", "重点领域", "工作类别", "任务类别", "类别", "领域", "事项", "措施", "举措", "任务",
             "内容", "项目", "实事"),  # (民生实事 · 为民办实事: the year's promised projects, each a unit of work)
}
_UNIT_ROLES = ("lead", "supporting", "responsible")
#: The label each unit role and the deadline are written with in the rendered line.
_LABEL = {"lead": "牵头单位", "supporting": "配合单位", "responsible": "责任单位", "deadline": "完成时限"}
_REMARK = re.compile(r"[（(\[【][^）)\]】]*[）)\]】]")
_SPACE = re.compile(r"[\s\u3000]+")
_NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,3}[.．、](?!\d))")
_ROW_NO = re.compile(r"^\s*(\d{1,3})\s*[.．、]?\s*$")
_UNIT_SPLIT = re.compile(r"[\n、，,；;/]+|[ \u3000]{1,}")
_END_PUNCT = "。；;！？!?）)"


def header_key(cell: str) -> str:
    """A header cell as its role is read: spaces and bracketed remarks dropped (``牵头 单位（处室）``
    → ``牵头单位``)."""
    return _REMARK.sub("", _SPACE.sub("", cell or "")).strip("*＊:：")


_header_key = header_key


def _names(key: str, word: str) -> bool:
    # a word of two characters or less (任务, 项目, 时限) names the column only as its last word:
    # 项目编码 is no text column, 主要任务 is
    return key.endswith(word) if len(word) <= 2 else word in key


# a header of what a list records, not of work: the time a licence or a certificate is valid (有效期截止时间)
_VALIDITY = re.compile(r"有效期|有效时间|有效截止")
# the words of a column that sorts rows into kinds (类别, 专业类别): a table whose only text column is one is a
# list of things (a results list, a catalogue), not of work
_CATEGORY = re.compile(r"类别|类型|领域|分类")


def column_roles(header: list[str]) -> list[str | None]:
    """The role of each header cell (``None``: a column no rule knows)."""
    roles: list[str | None] = []
    for cell in header:
        key = _header_key(cell)
        role = None
        if 0 < len(key) <= 12 and not _VALIDITY.search(key):
            role = next((r for r, words in COLUMN_WORDS.items() if any(_names(key, w) for w in words)), None)
        roles.append(role)
    return roles


def names_a_category(cell: str) -> bool:
    """Does a text column's header name a category the rows are sorted into (专业类别, 重点领域), not their work?"""
    return bool(_CATEGORY.search(_header_key(cell)))


def is_task_header(header: list[str]) -> bool:
    """Does a header row head a task table: a text column that is not only a category (类别, 领域), and a unit or
    deadline column?"""
    roles = column_roles(header)
    return (any(role == "text" and not names_a_category(cell) for cell, role in zip(header, roles))
            and bool(set(roles) & {"lead", "supporting", "responsible", "deadline"}))


def find_header(rows: list[list[str]], look: int = 6) -> int | None:
    """Index of the header row of a task table among its first ``look`` rows, or None."""
    for i, row in enumerate(rows[:look]):
        if is_task_header(row):
            return i
    return None


@dataclass
class TaskTable:
    """A task table's column roles (``roles[j]`` for column ``j``; text columns become
    ``group1``/``group2``/``task``), the index of its header row and of its first body row, and
    the header cells (the lower row's where the header takes two)."""

    roles: list[str | None]
    header: int
    body_start: int
    headers: list[str]


def _task_table(table: Table) -> TaskTable | None:
    h = find_header(table.rows)
    if h is None:
        return None
    header = list(table.rows[h])
    body = h + 1
    # a row of a CSV file ends at its last cell with text: the header as wide as the row below it
    header += [""] * (max(len(r) for r in table.rows[h:body + 1]) - len(header))
    roles = column_roles(header)
    # a two-row header: 责任单位 spanning 牵头单位 | 配合单位 on the row below
    if body < len(table.rows):
        lower = table.rows[body]
        # a cell merged down from the upper header row (序号, 重点任务 spanning both rows) repeats
        # the upper cell: only the lower row's own cells say whether it continues the header
        below = [None if _header_key(cell) == _header_key(header[j]) else role
                 for j, (cell, role) in enumerate(zip(lower, column_roles(lower)))]
        if any(r in _UNIT_ROLES for r in below) and not any(r == "text" for r in below):
            for j, r in enumerate(below):
                if r is not None:
                    roles[j], header[j] = r, lower[j]
            body += 1
    text_cols = [j for j, r in enumerate(roles) if r == "text"]
    for level, j in enumerate(text_cols[:-1][-2:], start=1):
        roles[j] = f"group{level}"
    for j in text_cols[:-3]:
        roles[j] = None  # more than two group levels: not read (warned below)
    roles[text_cols[-1]] = "task"
    return TaskTable(roles=roles, header=h, body_start=body, headers=header)


def _cells(row: list[str], roles: list[str | None], role: str) -> list[str]:
    return [row[j].strip() for j, r in enumerate(roles) if r == role and j < len(row) and row[j] and row[j].strip()]


def _join_text(cell: str) -> str:
    parts = [p.strip() for p in cell.replace("\r", "\n").split("\n") if p.strip()]
    return "".join(parts)


def _units(cells: list[str]) -> str:
    seen: list[str] = []
    for cell in cells:
        for unit in _UNIT_SPLIT.split(cell):
            unit = unit.strip(" 　。")
            if unit and unit not in seen:
                seen.append(unit)
    return "、".join(seen)


def _group_line(text: str, level: int, counter: int, two_levels: bool) -> str:
    if _NUMBERED.match(text):
        return text
    # 十一, 十二 … as the parser reads group numerals (a bare 11 in brackets would be a sub-item's)
    numeral = format_number(counter, "chineseCountingThousand")
    return f"{numeral}、{text}" if (two_levels and level == 1) else f"（{numeral}）{text}"


def _task_line(row: list[str], tt: TaskTable, running: int) -> tuple[str, int]:
    roles = tt.roles
    text = _join_text(" ".join(_cells(row, roles, "task")))
    no_cells = _cells(row, roles, "no")
    m = _ROW_NO.match(no_cells[0]) if no_cells else None
    number = int(m.group(1)) if m else running + 1
    for j, r in enumerate(roles):
        if r in ("target", "note") and j < len(row) and row[j].strip():
            text = text.rstrip("。") + f"。{_header_key(tt.headers[j])}：{_join_text(row[j])}"
    if text and text[-1] not in _END_PUNCT:
        text += "。"
    notes = [f"{_LABEL[r]}：{units}" for r in _UNIT_ROLES if (units := _units(_cells(row, roles, r)))]
    deadline = "，".join(_join_text(c) for c in _cells(row, roles, "deadline"))
    if deadline:
        notes.append(f"{_LABEL['deadline']}：{deadline}")
    return f"{number}. {text}" + (f"（{'；'.join(notes)}）" if notes else ""), number


def _render_task_table(raw: RawDocument, table: Table, tt: TaskTable) -> None:
    for i in range(tt.header):
        line = " ".join(dict.fromkeys(c.strip() for c in table.rows[i] if c and c.strip()))
        if line:
            raw.add_line(line, table.row_where[i])  # a title row above the header
    skipped = [f"{_header_key(tt.headers[j])}" for j, r in enumerate(tt.roles) if r in (None, "leader")
               and _header_key(tt.headers[j])]
    if skipped:
        raw.warnings.append(("table_column_not_read",
                             f"{table.where}: column(s) {', '.join(skipped)} not read as task text or units "
                             f"(persons, or a column no rule knows)"))
    two_levels = "group2" in tt.roles
    groups: dict[int, str] = {}
    counters = {1: 0, 2: 0}
    running = 0
    header_key = [_header_key(c) for c in tt.headers]
    for i in range(tt.body_start, len(table.rows)):
        row, where = table.rows[i], table.row_where[i]
        filled = [c.strip() for c in row if c and c.strip()]
        if not filled:
            continue
        if [_header_key(c) for c in row] == header_key:
            raw.repairs.append(("table_header_repeated", len(raw.lines), " | ".join(filled), ""))
            continue
        if len(set(filled)) == 1 and len(row) > 2 and len(filled) >= len(row) - 1:
            # one text across the whole row (merged): a group heading
            counters[1] += 1
            groups = {1: filled[0]}
            raw.add_line(_group_line(_join_text(filled[0]), 1, counters[1], two_levels), where)
            continue
        for level in (1, 2):
            cells = _cells(row, tt.roles, f"group{level}")
            if cells and groups.get(level) != cells[0]:
                groups[level] = cells[0]
                if level == 1:
                    groups.pop(2, None)
                    counters[2] = 0
                counters[level] += 1
                raw.add_line(_group_line(_join_text(cells[0]), level, counters[level], two_levels), where)
        if not _cells(row, tt.roles, "task"):
            continue
        line, running = _task_line(row, tt, running)
        raw.add_line(line, where)


def _render_plain_table(raw: RawDocument, table: Table) -> None:
    for row, where in zip(table.rows, table.row_where):
        cells = [_join_text(c) for c in row]
        filled = {c for c in cells if c}
        if len(filled) == 1 and len(cells) > 1 and all(cells):
            # a row merged across the table (附件： · the list's title above its header): its text, once
            raw.add_line(filled.pop(), where)
        elif filled:
            raw.add_line("| " + " | ".join(cells) + " |", where)


def render_table(raw: RawDocument, table: Table) -> bool:
    """Append ``table`` to ``raw.lines`` (with provenance): as task lines when its header names a
    task column and a unit or deadline column, else one ``| … |`` line a row. Out: whether it
    was read as a task table."""
    if table not in raw.tables:
        raw.tables.append(table)
    tt = _task_table(table)
    if tt is None:
        _render_plain_table(raw, table)
        return False
    _render_task_table(raw, table, tt)
    return True


def render_tables(raw: RawDocument, tables: list[Table]) -> None:
    """:func:`render_table` for each table in turn."""
    for table in tables:
        render_table(raw, table)
