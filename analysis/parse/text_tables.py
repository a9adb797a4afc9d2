"""Task-division tables flattened to text: header → column roles, rows → cells → columns.

A web page or a copied document often carries its task table as plain text, in one of two shapes:

* **one row a line** — ``序号 类别 主要任务 牵头单位 参与单位`` then ``1 加强… 严守… 市水利局 市发改委、…``,
  cells separated by spaces or ``|``; a cell may itself hold spaces (``严守用水 效率控制 红线``) and a
  cell of several lines breaks its row over several lines;
* **one cell a line** — ``序号`` / ``目标任务`` / ``牵头责任单位`` … each on its own line (with or
  without ``|``, blank lines between), then each row's cells the same way, a row opening with its
  number alone on its line.

Either way merged cells show only on the first row they span, so rows have fewer cells than the
header has columns, and row numbers need not start at 1 (an excerpt of a government's full list:
6, 52, 53 …). The header's column roles come from the rules the table renderer uses for real
tables (:func:`analysis.ingest.task_tables.column_roles`); each row's cells are then placed in the
columns by what they hold (a number, a unit list, a date, a person's name, text) in the order of
the header — the alignment that fits best, with a cell that fits no column left out and said so.
What cannot be told apart is reported in the table's ``warnings`` (kinds of
``tests/realworld/score.py``'s structure warnings), never guessed silently.

In: the text's lines. Out: :class:`TextTable` objects (line indices, column roles, rows with their
cells by column). Pure: no state, no I/O.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Sequence

from .extract.deadlines import parse_deadline
from .extract.units import split_units
from ..ingest.task_tables import column_roles, header_key, names_a_category

__all__ = ["is_unit_list", "TextCell", "TextRow", "TextTable", "find_text_tables", "table_lines", "UNIT_ROLES", "STANDING_NOTE", "ROW_LABEL"]

UNIT_ROLES = ("lead", "supporting", "responsible")
_WS = "[ \t\u3000\xa0]"
_EDGE_BARS = re.compile(rf"^{_WS}*\|[ \t\u3000\xa0|]*|{_WS}*\|[ \t\u3000\xa0|]*$")
# a category column left of 序号 in a table of rows (大类 | 序号 | 工作任务 | …): its cell, printed once for the rows it
# spans (一、继续提高… | 1 | … ⏎ 2 | …), is a heading over them
_CATEGORY = r"(?:大类|类别|分类|领域|重点领域|工作类别|板块|类型)"
_NO_HEADER = re.compile(rf"^{_WS}*\|?{_WS}*(?:{_CATEGORY}{_WS}*\|{_WS}*)?(?:序{_WS}*号|编{_WS}*号|项{_WS}*次)")
_CATEGORY_FIRST = re.compile(rf"^{_WS}*\|?{_WS}*{_CATEGORY}{_WS}*\|")
# a row of such a table that opens with its category's cell: 一、继续提高底线民生保障水平 | 1 | …
_HEADING_CELL = re.compile(rf"^{_WS}*\|?{_WS}*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])[^|]+\|")
# a row number alone in its cell: 6 · 6. · 6、
_ROW_NO = re.compile(r"^(\d{1,3})[.．、]?$")
# a row of the one-row-a-line shape: its number, then a cell (not 2023年…, 15%, 3.5 …)
_ROW_LINE = re.compile(rf"^{_WS}*\|?{_WS}*(\d{{1,3}})[.．、]?(?:{_WS}*\|{_WS}*|{_WS}+)(?![年月日%％个万亿.．、])(\S.*)$")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])\S")
_ATTACHMENT = re.compile(rf"^附件{_WS}*[\d一二三四五六七八九十]{{0,2}}{_WS}*[：:]?{_WS}*$")
# a date a deadline cell holds: 2023年底 · 12月底前 · 年内 · 长期推进 · 2021年2月公布… · a time after an event
# (省出台办法后完成, 出台后6个月内: no date, but the column's)
_DATE_WORDS = re.compile(r"(?:20\d\d年|\d{1,2}月(?:底|末|份|中旬|上旬|下旬|\d{1,2}日)?|年底|年内|年中|上半年|下半年|"
                         r"季度|长期|持续|常态化|每年|每月|\d+个(?:月|工作日)内|(?:出台|印发|发布|下发)[\u4e00-\u9fff]{0,4}[后後])")
# the end of a body's name (队 ends 大队/支队/总队, 会 管委会, 处 办事处, 司 公司, 联 妇联/残联, 协 科协/政协)
_UNIT_END = re.compile(r"(?:局|队|处|部门|单位|委|厅|室|所|站|院|会|办|中心|部|组|科|股|机关|机构|政府|司|署|馆|社|联|协|"
                       r"集团|区|县|市|镇|乡|街道)(?:[（(][^（）()]{1,10}[）)])?$")
_PERSON = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff][ \u3000\xa0]+[\u4e00-\u9fff]{1,2})"
                     r"(?:[、，,][\u4e00-\u9fff]{2,3})*$")
_LONG_TEXT = re.compile(r"[，。；;]|,(?!\d{3}(?!\d))")  # (not a thousands separator: 新建堤防1,200米)
_NEG = -99  # a cell that cannot go into a column
# a column of bodies no rule reads as responsible (评分部门, 考核单位, 督办部门): its cells are units,
# and a unit list is not continued into it
_BODY_HEADER = re.compile(r"^(?!计量)[\u4e00-\u9fff]{2,6}(?:部门|单位|机关|机构)$")  # (not 单位 or 计量单位: of measure)
# a page's list bullet before a line
_BULLET = re.compile(rf"^{_WS}*[•●▪◆■]{_WS}*")
# a cell with no word in it (-, /, —, 0.07): never the task
_NO_WORD = re.compile(r"^[^\u4e00-\u9fffA-Za-z]*$")


@dataclass
class TextCell:
    """One cell: its text, the line it is on and its offsets in that line, the column it was put in."""

    text: str
    line: int
    start: int
    end: int
    boundary: str = "line"  # before it: ``line`` (a line break), ``space`` or ``bar`` (same line)
    column: int | None = None


@dataclass
class TextRow:
    """A table row: its number as written, its first and last line, its cells (column set)."""

    no: str
    first: int
    last: int
    cells: list[TextCell] = field(default_factory=list)
    dropped: list[TextCell] = field(default_factory=list)
    forced: list[TextCell] = field(default_factory=list)


@dataclass
class TextTable:
    """A task table flattened to text: header lines ``header_first..header_last``, the table's
    last line ``last``, its ``shape`` (``rows``: one row a line; ``cells``: one cell a line), the
    header cells and their roles (``task``, ``group``, ``lead``, ``supporting``, ``responsible``,
    ``deadline``, ``leader``, ``no``, ``target``, ``note`` or None), its rows, the heading lines
    met between rows (``一、…`` part headings printed as rows), and ``warnings`` as
    ``(kind, line, message)``."""

    header_first: int
    header_last: int
    last: int
    shape: str
    headers: list[str]
    roles: list[str | None]
    rows: list[TextRow] = field(default_factory=list)
    headings: list[int] = field(default_factory=list)
    warnings: list[tuple[str, int, str]] = field(default_factory=list)

    def column_cells(self, row: TextRow, role: str) -> list[str]:
        """The texts of ``row``'s cells in columns of ``role``, in order."""
        return [c.text for c in row.cells if c.column is not None and self.roles[c.column] == role]


def _strip(line: str) -> str:
    return _EDGE_BARS.sub("", line).strip(" \t\u3000\xa0")


def _split_cells(line: str, on_spaces: bool = True) -> list[tuple[str, int, int, str]]:
    """``(cell, start, end, boundary before it)`` of a line: split on ``|`` when it has inner bars,
    else (``on_spaces``) on runs of spaces, else the line is one cell."""
    inner = _strip(line)
    if not inner:
        return []
    kind = "bar" if "|" in inner else ("space" if on_spaces else "line")
    pattern = {"bar": r"[^|]+", "space": r"[^ \t\u3000\xa0]+", "line": r".+"}[kind]
    out, pos = [], line.find(inner)
    for m in re.finditer(pattern, inner):
        cell = m.group().strip(" \t\u3000\xa0")
        if cell:
            at = pos + m.start() + m.group().find(cell)
            out.append((cell, at, at + len(cell), kind))
    return out


def _join_letters(cells: list[str]) -> list[str]:
    """A header cell spaced out letter by letter (``工 作 任 务``) is one cell."""
    out: list[str] = []
    run = ""
    for cell in cells:
        if len(cell) == 1 and re.match(r"[\u4e00-\u9fff]", cell):
            run += cell
            continue
        if run:
            out.append(run)
            run = ""
        out.append(cell)
    if run:
        out.append(run)
    return out


# a header cell naming several things a progress column holds (目前完成情况、存在问题及下一步工作措施): each part ends on
# one of these words
_REPORT_PART = re.compile(r"^[\u4e00-\u9fff]{0,8}(?:情况|问题|措施|计划|打算|成效|进展|进度|举措|建议)$")


def _compound_header(key: str) -> bool:
    parts = re.split(r"、|及|和|与", key)
    return len(key) <= 24 and len(parts) >= 2 and all(_REPORT_PART.match(p) for p in parts)


def _header_like(cell: str, barred: bool = False) -> bool:
    """A header cell: short, no sentence, no number, no bracket left open (【字体：, a page's control); one no
    rule knows up to 8 characters, or up to 10 between bars (| 存在问题和下步计划 |: the bars say it is a cell);
    or a progress column's parts joined by 、/及 (目前完成情况、存在问题及下一步工作措施)."""
    key = header_key(cell)
    if re.search(r"[。，；,;：:]|【[^】]*$", key) or key.isdigit():
        return False
    return (0 < len(key) <= 12 and (len(key) <= (10 if barred else 8) or column_roles([cell])[0] is not None)
            or _compound_header(key))


def _table_roles(headers: list[str], numbered: bool = True) -> list[str | None] | None:
    """Column roles of a task table's header (text columns: ``group`` … then ``task``; a table
    without a text column takes its target column as the task), or None for another table.
    ``numbered``: the header must name a 序号 column (False for a table whose rows carry no number)."""
    roles = column_roles(headers)
    if numbered and "no" not in roles:
        return None
    text = [j for j, r in enumerate(roles) if r == "text"] or [j for j, r in enumerate(roles) if r == "target"][-1:]
    if not text or not set(roles) & {*UNIT_ROLES, "deadline"}:
        return None
    if all(roles[j] == "text" and names_a_category(headers[j]) for j in text):
        return None  # (序号 | 学校名称 | 专业类别 | 有效期截止时间: a list of things sorted into kinds, no work)
    for j in text:
        roles[j] = "group"
    roles[text[-1]] = "task"
    for j, (header, role) in enumerate(zip(headers, roles)):
        if role is None and _BODY_HEADER.search(header_key(header)):
            roles[j] = "body"  # 评分部门, 督办单位: bodies, but not those that carry the task out
    return roles


def _read_header(lines: Sequence[str], i: int) -> tuple[int, int, list[str], str] | None:
    """The header starting around line ``i`` (a 序号 cell): ``(first, last, cells, shape)``."""
    cells = _join_letters([c for c, *_ in _split_cells(lines[i])])
    if len(cells) >= 3:
        if not all(_header_like(c, "|" in lines[i]) for c in cells):
            return None
        last = i  # a header row wrapped over lines (序号 | 任务 | 责任单位 | ⏎ 进展情况 | 完成状态 |)
        while last + 1 < len(lines) and not _ROW_LINE.match(lines[last + 1]):
            more = _join_letters([c for c, *_ in _split_cells(lines[last + 1])])
            if not more or "|" not in lines[last + 1] or not all(_header_like(c, True) for c in more):
                break
            cells, last = cells + more, last + 1
        if _CATEGORY_FIRST.match(lines[i]):
            cells = cells[1:]  # (the category's cells are headings over the rows, not a column of them)
        return i, last, cells, "rows"
    # one cell a line: the header-like lines around it (a 领域 column may come before 序号)
    first = i
    for k in range(i - 1, max(i - 3, -1), -1):
        got = [c for c, *_ in _split_cells(lines[k], on_spaces=False)]
        if not lines[k].strip(" \t\u3000\xa0|"):
            continue
        if len(got) == 1 and _header_like(got[0]):
            first = k
        else:
            break
    cells, last = [], i
    for k in range(first, len(lines)):
        got = [c for c, *_ in _split_cells(lines[k], on_spaces=False)]
        if not got:
            continue  # a blank line, or a run of empty cells (||||||) in a two-row header
        if not all(_header_like(c) or (not header_key(c) and cells) for c in got):
            break
        for c in got:
            if not header_key(c) and cells:  # a remark on a line of its own: 责任股室 / （单位）
                cells[-1] += c
            else:
                cells.append(c)
        last = k
    return (first, last, cells, "cells") if len(cells) >= 3 else None


# a standing rule in brackets closing a unit cell (…各镇人民政府（列在首位的为牵头部门，下同）): no body of the list
# (its words in the group: a row's note sets it apart as a field of its own)
STANDING_NOTE = re.compile(r"[（(]([^（）()]*(?:牵头|下同|首位|第一)[^（）()]*)[）)][。；;]?$")
# a row label of a table flattened one cell a line, numbered like a part (一、本级收入 ⏎ 167500)
ROW_LABEL = re.compile(r"^[一二三四五六七八九十]{1,3}、[^。，；：:,;\d]{1,20}$")


@lru_cache(maxsize=8192)  # (a pure reading of the cell's text; the table reader asks it of each cell and column)
def is_unit_list(text: str) -> bool:
    """Does a cell list only units (bodies), separated by 、，；, spaces, 等/和?"""
    value = STANDING_NOTE.sub("", text.strip())
    value = re.sub(r"(?:等|等?按职责分工负责|等?按职责分工落实|等?负责落实|等?负责|牵头|配合|参与)?[。；;]?$", "", value)
    value = re.sub(rf"{_WS}+", "、", value)
    if not value or len(value) > 200 or re.search(r"\d", value):
        return False
    names = [n.lstrip("等") for n in split_units(value)]
    if len(names) > 1 and len(names[-1]) <= 4:
        names = names[:-1]  # a list cut at the end of an excerpt (…、城乡一体化示范区、高)
    return bool(names) and all(2 <= len(n) <= 30 and _UNIT_END.search(n) for n in names)


def _is_person(text: str) -> bool:
    """A person's name (夏俊贵, 周 斐, 王勇、张伟) rather than a body: short, no body ending."""
    return bool(_PERSON.match(text)) and not any(_UNIT_END.search(n) for n in re.split(r"[、，,]", text))


def _is_date(text: str) -> bool:
    return len(text) <= 40 and (parse_deadline(text) is not None or bool(_DATE_WORDS.search(text))) \
        and not re.search(r"。.", text)


def _put_score(cell: str, role: str | None) -> int:
    """How well ``cell`` fits a column of ``role`` (higher is better, :data:`_NEG`: never)."""
    if _ROW_NO.match(cell):
        return 5 if role == "no" else (0 if role in (None, "note", "target") else _NEG)
    if role == "no":
        return _NEG
    units, date, person = is_unit_list(cell), _is_date(cell), _is_person(cell)
    long = len(cell) >= 8 or bool(_LONG_TEXT.search(cell))
    if role in UNIT_ROLES:
        return 3 if units else (0 if person else -3)
    if role == "deadline":
        return 3 if date else -3
    if role == "leader":
        return 3 if person else -3
    if role == "body":
        return 3 if units else (0 if person else -3)
    if role == "task":  # the task is the longest text of a row: a sentence scores best
        if _NO_WORD.match(cell):
            return -3
        if (units or date or person) and not long:
            return 0
        return 3 if (len(cell) >= 20 or _LONG_TEXT.search(cell)) else (2 if long else 1)
    if role == "group":
        return 2 if not long and not units else 1
    return 1  # a column no rule reads (progress, remarks …): anything


def _merge_score(cell: str, role: str | None, boundary: str, shape: str) -> int:
    """How well ``cell`` continues the cell before it, in the same column of ``role``."""
    if role in UNIT_ROLES and is_unit_list(cell):
        return 2 if (shape == "cells" or boundary == "line") else 0
    if role in ("task", "group", "note", "target", None) and _ROW_NO.match(cell):
        # a number inside a line's text goes on with it (a PDF's spaces around digits: 开展 3 类专项整治),
        # never as a row's number; on a line of its own it opens a row
        return -1 if shape == "rows" and boundary != "line" else -3
    if role in ("task", "group", "note", "target", None):
        if shape == "rows" and boundary != "line":
            # spaces inside a cell are rarer than spaces between cells, but a lone character is a
            # piece of a word (加强水资源保 护)
            return 1 if len(cell) == 1 else -1
        return 1 if shape == "rows" else 0
    if role == "deadline" and _is_date(cell) or role == "leader" and _is_person(cell):
        return 1
    return -3


def _align(cells: list[TextCell], roles: list[str | None], shape: str) -> list[int | None]:
    """Columns for ``cells`` in header order (``None``: left out), maximizing the fit (dynamic
    programming over cell and column)."""
    n, m = len(cells), len(roles)
    SKIP = -2  # leaving a cell out costs less than forcing it into a column it does not fit
    # best[i][j]: score with cell i in column j (j == m: cell i left out, column = last used)
    best: list[dict[tuple[int, int], tuple[int, tuple | None]]] = []
    for i, cell in enumerate(cells):
        row: dict[tuple[int, int], tuple[int, tuple | None]] = {}
        prev = best[i - 1] if i else {(-1, 0): (0, None)}
        for (last, put_here), (score, _) in prev.items():
            # put cell i in a later column k (in header order)
            for k in range(last + 1, m):
                s = _put_score(cell.text, roles[k])
                if s > _NEG:
                    _keep(row, (k, 1), score + s, ((last, put_here), k))
            # continue the cell before it in the same column
            if i and last >= 0 and put_here:
                s = _merge_score(cell.text, roles[last], cell.boundary, shape)
                _keep(row, (last, 1), score + s, ((last, put_here), last))
            _keep(row, (last, 0), score + SKIP, ((last, put_here), None))
        best.append(row)
    end_state = max(best[-1], key=lambda st: best[-1][st][0])
    columns: list[int | None] = [None] * n
    state = end_state
    for i in range(n - 1, -1, -1):
        _, back = best[i][state]
        prev_state, col = back
        columns[i] = col
        state = prev_state
    return _task_not_merged(cells, roles, columns)


def _task_not_merged(cells: list[TextCell], roles: list[str | None], columns: list[int | None]) -> list[int | None]:
    """A row whose only text cell went to a group column holds its task there: a group cell (类别,
    考核项目, 考核指标) is merged over the rows it spans and shows on the first of them only, a task
    cell is every row's own — so a row without a task cell moves its last cell of a group or target
    column left of the task (the columns between empty) to the task column."""
    if "task" not in roles or any(c is not None and roles[c] == "task" for c in columns):
        return columns
    task = roles.index("task")
    for i in range(len(cells) - 1, -1, -1):
        col = columns[i]
        if col is None or col > task:
            continue
        if roles[col] in ("group", "target") and not any(c is not None and col < c < task for c in columns) \
                and _put_score(cells[i].text, "task") > 0 \
                and not (_is_date(cells[i].text) or is_unit_list(cells[i].text) or _is_person(cells[i].text)):
            columns = list(columns)
            columns[i] = task
        break
    return columns


def _keep(row: dict, state: tuple[int, int], score: int, back: tuple) -> None:
    """Keep the better path into ``state``; on a tie the one whose cell before came in an earlier
    column (a cell of several lines more often ends with a break than starts with one)."""
    if state not in row or score > row[state][0] or (score == row[state][0] and back[0][0] < row[state][1][0][0]):
        row[state] = (score, back)


def _rows_of(lines: Sequence[str], first: int, shape: str, stop: int,
             opens_with_text: bool = True) -> tuple[list[TextRow], list[int], int]:
    """The rows after a header ending on line ``first - 1``: ``(rows, heading lines, last line)``;
    ``opens_with_text``: the header's column after 序号 is no unit or deadline column."""
    rows: list[TextRow] = []
    headings: list[int] = []
    pending: list[TextCell] = []
    last = first - 1
    blank = False
    for k in range(first, stop):
        line = lines[k]
        inner = _strip(line)
        if not inner:
            blank = blank or not line.strip(" \t\u3000\xa0|") and "|" not in line
            continue
        prev_no = int(rows[-1].no) if rows else None
        if _ATTACHMENT.match(inner) or (rows and _HEADING.match(inner) and shape == "rows" and blank):
            break
        cut = _HEADING_CELL.match(line) if shape == "rows" else None
        if cut and _ROW_LINE.match(line[cut.end():]):
            headings.append(k)  # the category's cell, then the first row it spans on the same line
            line = " " * cut.end() + line[cut.end():]  # (offsets kept: the row's cells are where they were)
            inner = _strip(line)
        elif _HEADING.match(inner) and not _ROW_LINE.match(line):
            if not rows and shape == "rows":
                break
            headings.append(k)  # a part heading printed between rows (一、…)
            last, blank = k, False
            continue
        m = _ROW_LINE.match(line) if shape == "rows" else None
        alone = _ROW_NO.match(inner) if shape == "cells" else None
        no = m.group(1) if m else (alone.group(1) if alone else None)
        if no is not None and alone and prev_no is not None and int(no) != prev_no + 1 \
                and _a_figure_not_a_row(lines, k + 1, stop, prev_no + 1, opens_with_text):
            no = None  # a figure alone in its cell (水产品产量 ⏎ 万吨 ⏎ 42), not the next row's number
        if no is not None and (prev_no is None or int(no) > prev_no):
            row = TextRow(no, k, k)
            at = line.find(no)
            row.cells.append(TextCell(no, k, at, at + len(no), "line"))  # (the number without its 、)
            if m:
                rest = line[m.start(2):]
                row.cells.extend(TextCell(c, k, m.start(2) + a, m.start(2) + b, kind)
                                 for c, a, b, kind in _split_cells(rest))
                for cell in row.cells[1:2]:
                    cell.boundary = "bar" if "|" in line[:m.start(2)] else "space"
            if pending and not rows:  # cells before the first number (a group column left of 序号)
                row.cells[:0] = pending
            rows.append(row)
            last, blank = k, False
            continue
        if shape == "rows" and (blank or not rows):
            break  # prose after the table
        cells = [TextCell(c, k, a, b, kind if j else "line")
                 for j, (c, a, b, kind) in enumerate(_split_cells(line, on_spaces=shape == "rows"))]
        if not rows:
            pending.extend(cells)
            continue
        rows[-1].cells.extend(cells)
        rows[-1].last = last = k
        blank = False
    return rows, headings, last


def _a_figure_not_a_row(lines: Sequence[str], k: int, stop: int, wanted: int, opens_with_text: bool,
                        reach: int = 40) -> bool:
    """Is a number alone on its line (not the row number ``wanted`` the rows count to) a figure of the
    row before? Yes when ``wanted`` stands alone on one of the next ``reach`` non-blank lines (from
    line ``k``), or when the next cell is a unit list or a date where the header opens its rows
    with text (an excerpt's rows 6, 52, 53 … each open with a task)."""
    following = [_strip(lines[j]) for j in range(k, stop) if _strip(lines[j])][:reach]
    if any((m := _ROW_NO.match(x)) and int(m.group(1)) == wanted for x in following):
        return True
    return opens_with_text and bool(following) and (
        is_unit_list(following[0]) or _is_date(following[0]) and len(following[0]) <= 15)  # (a date cell, no sentence)


_ITEM = re.compile(r"^(\d{1,3})[.．、](?!\d)(?=[\u4e00-\u9fff“])")


def _items_of_row(row: TextRow, width: int) -> list[TextRow]:
    """A row of a table flattened one cell a line whose task cells are items numbered on their own (a progress
    form's row 12, its lead body, then 56.… with its cells, 86.… with its cells: the items of the plan it reports
    on, under the body that leads them): one row per item, numbered by the item, each with the row's cells before
    the first item. ``width``: the header's columns from the task column on. Else the row as it is."""
    found = {i: m for i, c in enumerate(row.cells) if len(c.text) >= 10 and (m := _ITEM.match(c.text))}
    at = sorted(found)
    if len(at) < 2 or at[0] < 2 or found[at[0]].group(1) == row.no:
        return [row]
    bounds = at + [len(row.cells)]
    sizes = [b - a for a, b in zip(bounds, bounds[1:])]
    numbers = [int(found[i].group(1)) for i in at]
    if not all(2 <= n <= width + 1 for n in sizes) or numbers != sorted(set(numbers)):
        return [row]  # (sub-items 1. 2. on lines of their own in one cell: no cells between them)
    out = []
    for a, b in zip(bounds, bounds[1:]):
        item = row.cells[a]
        no, text = found[a].group(1), item.text[found[a].end():]
        cells = [TextCell(no, item.line, item.start, item.start + len(no), "line"), *row.cells[1:at[0]],
                 TextCell(text, item.line, item.end - len(text), item.end, item.boundary), *row.cells[a + 1:b]]
        out.append(TextRow(no, item.line if a > at[0] else row.first, row.cells[b - 1].line, cells))
    return out


def _place(table: TextTable) -> None:
    """Put every row's cells in columns, and say what could not be told apart."""
    crowded, broken, dropped, persons, forced = [], [], [], [], []
    text_cols = sum(1 for r in table.roles if r in ("task", "group"))
    for row in table.rows:
        columns = _align(row.cells, table.roles, table.shape)
        for i, (cell, col) in enumerate(zip(row.cells, columns)):
            cell.column = col
            if col is not None and (i == 0 or columns[i - 1] != col) and _put_score(cell.text, table.roles[col]) < 0:
                row.forced.append(cell)
                forced.append(f"{row.no} ({cell.text[:12]!r} in {header_key(table.headers[col])})")
        row.dropped = [c for c in row.cells if c.column is None]
        row.cells = [c for c in row.cells if c.column is not None]
        if row.dropped:
            dropped.append(f"{row.no} ({'、'.join(repr(c.text[:12]) for c in row.dropped)})")
        for cell in row.cells:
            role = table.roles[cell.column]
            if role in UNIT_ROLES and not is_unit_list(cell.text) and _is_person(cell.text):
                persons.append(f"{row.no} ({cell.text})")
        if table.shape == "rows":
            text_cells = [c for c in row.cells if table.roles[c.column] in ("task", "group")]
            if len(text_cells) > text_cols:
                crowded.append(row.no)
            if row.last > row.first and any(table.roles[c.column] in UNIT_ROLES for c in row.cells):
                broken.append(row.no)
            elif any(a.column == b.column and table.roles[b.column] in UNIT_ROLES and b.boundary == "space"
                     for a, b in zip(row.cells, row.cells[1:])):
                broken.append(row.no)  # more unit lists than unit columns: spaces inside a unit cell?
    where = table.header_first
    if crowded:
        table.warnings.append(("tasks_uncertain", where, (
            f"flattened table: rows {', '.join(crowded)} have more text pieces than the header's "
            f"{text_cols} text column(s) (spaces inside cells?); the task is read as the last text before the unit "
            f"columns — check")))
    if broken:
        table.warnings.append(("units_uncertain", where, (
            f"flattened table: rows {', '.join(broken)} run over several lines or hold more unit lists than "
            f"unit columns; their unit cells were told apart by their content — check which column each unit is in")))
    if dropped:
        table.warnings.append(("tasks_uncertain", where, (
            f"flattened table: in rows {'; '.join(dropped)} a cell fits no column of the header; not read")))
    if forced:
        table.warnings.append(("tasks_uncertain", where, (
            f"flattened table: cells put in a column they do not look like: {'; '.join(forced)}")))
    if persons:
        table.warnings.append(("units_uncertain", where, (
            f"flattened table: a unit column holds what looks like a person's name in rows {', '.join(persons)}")))
    skipped = [header_key(h) for h, r in zip(table.headers, table.roles) if r in (None, "leader", "body") and header_key(h)]
    if skipped:
        table.warnings.append(("table_column_not_read", where, (
            f"flattened table: column(s) {', '.join(skipped)} not read as task text or units "
            f"(persons, or a column no rule knows)")))


# a task column's header (工作任务, 重点任务, 任务内容; 重点工作 · 工作事项, naming the piece of work) and a measures
# column's (落实措施, 具体措施, 工作举措)
_TASK_HEADER = re.compile(r"任务|重点工作|工作事项|具体工作")
_MEASURES_HEADER = re.compile(r"(?:措施|举措)$")


def _task_over_measures(table: TextTable) -> None:
    """A task column (工作任务) before a measures column (落实措施) whose cells are every row's own: the task
    column holds the task and the measures are its body (tests/realworld/README.md). A group column is merged
    over the rows it spans and shows on the first of them only; when every row has its own cell in it,
    there is nothing it groups. The columns' roles become ``task`` and ``measures``."""
    groups = [j for j, r in enumerate(table.roles) if r == "group"]
    if not groups or "task" not in table.roles or len(table.rows) < 2:
        return
    group, task = groups[-1], table.roles.index("task")
    if not (_TASK_HEADER.search(header_key(table.headers[group]))
            and _MEASURES_HEADER.search(header_key(table.headers[task]))):
        return
    # rows with a unit or a deadline cell (a row cut by the excerpt's end is no evidence either way)
    whole = [row for row in table.rows if table.column_cells(row, "task")
             and any(table.roles[c.column] in (*UNIT_ROLES, "deadline") for c in row.cells)]
    texts = [cells[-1] for row in whole if (cells := table.column_cells(row, "group"))]
    if len(whole) < 2 or len(texts) < len(whole) or len(set(texts)) < len(texts):
        return  # a row without its own task cell, or one repeated: the task column groups the measures
    table.roles[group], table.roles[task] = "task", "measures"
    for row in table.rows:
        if not table.column_cells(row, "task"):  # a row's lone text (cut by the excerpt): its task
            for cell in row.cells:
                if cell.column == task:
                    cell.column = group


def find_text_tables(lines: Sequence[str], stop: int | None = None) -> list[TextTable]:
    """Every task table flattened to text in ``lines[:stop]``, in order.

    In: the lines of a text (without their newlines). Out: :class:`TextTable` objects, each with a
    header that names a 序号 column, a task column and a unit or deadline column, and at least one
    numbered row.
    """
    stop = len(lines) if stop is None else stop
    # a page's list bullet run into a cell (• 序号 under • 来源：…): no part of the table; blanked in place, so
    # every cell keeps its offsets
    lines = [_BULLET.sub(lambda m: " " * len(m.group()), line) for line in lines]
    if not any(("序" in line or "编" in line or "项" in line) and _NO_HEADER.match(line) for line in lines[:stop]):
        # an excerpt that starts below its table's header, or a table with no 序号 column
        table = _headerless_table(lines, stop) or _barred_cell_table(lines, stop)
        return [table] if table is not None else []
    tables: list[TextTable] = []
    k = 0
    while k < stop:
        if not _NO_HEADER.match(lines[k]):
            k += 1
            continue
        header = _read_header(lines, k)
        roles = _table_roles(header[2]) if header else None
        if not header or roles is None:
            k += 1
            continue
        first, hlast, cells, shape = header
        after_no = roles[roles.index("no") + 1] if roles.index("no") + 1 < len(roles) else None
        rows, headings, last = _rows_of(lines, hlast + 1, shape, stop, after_no not in (*UNIT_ROLES, "deadline"))
        split = []
        if shape == "cells" and "task" in roles:
            parts = [(row, _items_of_row(row, len(roles) - roles.index("task"))) for row in rows]
            split = [f"{row.no} ({'、'.join(p.no for p in items)})" for row, items in parts if len(items) > 1]
            rows = [p for _, items in parts for p in items]
        if not rows:
            k = hlast + 1
            continue
        table = TextTable(first, hlast, last, shape, cells, roles, rows, headings)
        _place(table)
        _task_over_measures(table)
        if split:
            table.warnings.append(("tasks_uncertain", first, (
                f"flattened table: rows {'; '.join(split)} hold items numbered on their own; each item read as a task "
                f"by its own number, with the row's cells before it — check")))
        tables.append(table)
        k = last + 1
    return tables


# the columns a headerless table's cells are put in, by what each cell holds
_HEADERLESS = (["序号", "任务", "责任单位", "责任人", "完成时限", "其他"], ["no", "task", "responsible", "leader", "deadline", None])
_FIGURES = re.compile(r"^[\d\s/、,，.\-－—()（）]{5,}$")  # a telephone number, several of them


def _unit_columns_above(lines: Sequence[str], first: int, reach: int = 12) -> list[tuple[str, str]]:
    """The unit columns a header without a 序号 cell names above the first row (``牵头单位 |`` ⏎
    ``责任单位 |``): ``[(label, role)]`` in order, when it names two or more."""
    cells = [c for k in range(max(0, first - reach), first) for c, *_ in _split_cells(lines[k], on_spaces=False)]
    named = [(c, r) for c, r in zip(cells, column_roles(cells)) if r in UNIT_ROLES]
    return named if len(named) >= 2 else []


def _headerless_table(lines: Sequence[str], stop: int) -> TextTable | None:
    """A task table flattened one cell a line whose header the excerpt lost (it opens on ``1`` ⏎ | ⏎
    task ⏎ | ⏎ unit ⏎ | ⏎ person ⏎ | ⏎ date …): three rows or more numbered on, one after another,
    each with a unit or a date cell. Each cell goes in the column of what it holds — a unit list, a
    person's name, a date, figures (a telephone), else text (the first text the task) — and a part
    heading between rows (二、…) is a heading; the reading is said to be a guess. None when no such run."""
    first = next((k for k in range(stop) if _ROW_NO.match(_strip(lines[k]))), None)
    if first is None:
        return None
    rows, headings, last = _rows_of(lines, first, "cells", stop)
    numbered = [int(r.no) for r in rows]
    if len(rows) < 3 or numbered != list(range(numbered[0], numbered[0] + len(rows))):
        return None
    held = [r for r in rows if any(is_unit_list(c.text) or _is_date(c.text) for c in r.cells[1:])]
    if len(held) < 3:
        return None
    headers, roles = list(_HEADERLESS[0]), list(_HEADERLESS[1])
    # a header of unit columns without a 序号 cell above the rows (牵头单位 | 责任单位 |): a row with as many
    # unit cells as it names puts them in its columns, in order
    named = _unit_columns_above(lines, first)
    if named:
        headers += [label for label, _ in named]
        roles += [role for _, role in named]
    table = TextTable(first, first - 1, last, "cells", headers, roles, rows, headings)
    for row in rows:
        has_task = False
        unit_cells = [c for c in row.cells[1:] if is_unit_list(c.text)]
        by_header = iter(range(len(_HEADERLESS[0]), len(headers))) if len(unit_cells) == len(named) else None
        for cell in row.cells:
            text = cell.text
            if cell is row.cells[0]:
                cell.column = 0
            elif is_unit_list(text):
                cell.column = next(by_header) if by_header is not None else 2
            elif _is_person(text):
                cell.column = 3
            elif _is_date(text) and len(text) <= 20:
                cell.column = 4
            elif _FIGURES.match(text) or has_task:
                cell.column = 5
            else:
                cell.column, has_task = 1, True
    table.warnings.append(("tasks_uncertain", first, (
        "flattened table without its header (the text starts below it): each cell was put in a column by "
        "what it holds (text, units, a person, a date, figures) — check the tasks and their units")))
    return table


def _is_bar(line: str) -> bool:
    return bool(line.strip()) and not line.strip(" \t\u3000\xa0|｜")


def _barred_groups(lines: Sequence[str], k: int, stop: int, width: int | None = None):
    """From line ``k``, the rows of cells a page flattened one cell a line with a lone | after each cell and one more
    after each row (工作目标任务 ⏎ | ⏎ 完成时间 ⏎ | ⏎ … ⏎ | ⏎ |): yields ``(first, last, groups, cut)``, each group the
    ``(line, text)`` of one cell's lines (a cell of several lines — 地震局 ⏎ 财政局 — has several; an empty one none);
    ``cut``: the text of a cell the text ends in before its bar (a cut excerpt's last row), else "".
    ``width``: the header's cells, after which a bar ends the row (a bar after a bar is an empty cell before)."""
    groups: list[list[tuple[int, str]]] = []
    cur: list[tuple[int, str]] = []
    first = last = k
    for j in range(k, stop):
        line = lines[j]
        if not line.strip(" \t\u3000\xa0"):
            continue
        if not _is_bar(line):
            if len(cur) >= 8:
                return  # prose, no cell
            cur.append((j, _strip(line)))
            continue
        last = j
        if cur or (width is not None and len(groups) < width):  # (a header has no empty cell: a bar after a bar ends it)
            if not groups and not cur:  # a row ends where none began: the table is over
                return
            groups.append(cur)
            cur = []
            if width is not None and len(groups) > width:
                return
            continue
        yield first, j, groups, ""
        if width is None:
            return
        groups, first = [], j + 1
    if width is not None and len(groups) >= 2:  # the text ends inside its last row
        yield first, last, groups, "".join(t for _, t in cur)


def _barred_cell_table(lines: Sequence[str], stop: int) -> TextTable | None:
    """A task table without a 序号 column flattened one cell a line, a lone | closing each cell and one more each
    row (see :func:`_barred_groups`): its header the first row (a task column and a unit or deadline column), each
    following row a task, unnumbered, its cells in the columns they stand in; a unit cell that names no body
    (按市府办通知另行确定) and a cell the text ends in are not read, and said. None when no such table."""
    for k in range(stop):
        if _is_bar(lines[k]) or k + 1 >= stop or not _is_bar(lines[k + 1]):
            continue
        header = next(_barred_groups(lines, k, stop), None)
        if header is None or len(header[2]) < 3 or any(len(g) != 1 for g in header[2]):
            continue
        cells = [g[0][1] for g in header[2]]
        roles = _table_roles(cells, numbered=False)
        if roles is None or not all(_header_like(c) for c in cells):
            continue
        rows, notes, cut = [], [], ""
        for first, last, groups, cut in _barred_groups(lines, header[1] + 1, stop, len(cells)):
            row = TextRow("", first, last)
            for col, group in enumerate(groups):
                for j, text in group:
                    at = lines[j].find(text)
                    cell = TextCell(text, j, at, at + len(text), "line", col)
                    if roles[col] in UNIT_ROLES and not is_unit_list(text):
                        row.dropped.append(cell)
                        notes.append(text[:20])
                    else:
                        row.cells.append(cell)
            rows.append(row)
        if not rows:
            continue
        table = TextTable(k, header[1], rows[-1].last, "cells", cells, roles, rows)
        table.warnings.append(("tasks_uncertain", k, (
            "flattened table without a 序号 column (a lone | after each cell): its rows are tasks without "
            "numbers, each cell in the column it stands in — check")))
        if notes:
            table.warnings.append(("units_uncertain", k, (
                f"flattened table: unit cells that name no body not read as units: {'、'.join(notes)}")))
        if cut:
            table.warnings.append(("tasks_uncertain", k, (
                f"flattened table: the text ends inside its last row; the cell it cuts ({cut[:20]}) not read")))
        return table
    return None


def table_lines(lines: Sequence[str]) -> set[int]:
    """Indices of every line of a task table flattened to text (header, rows, headings between
    rows): lines that are cells, not sentences to rejoin or spaces to remove."""
    out: set[int] = set()
    for table in find_text_tables(lines):
        out.update(range(table.header_first, table.last + 1))
    return out
