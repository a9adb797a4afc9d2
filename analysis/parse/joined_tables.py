"""A task table whose cells ran together: rows put back on lines of their own.

A document-sharing site's text view prints a task-division table with no separator at all —
header cells, row numbers and cells in one run::

    …责任分工表序号工作内容目标任务责任单位备注1将生活垃圾分类…。2021年2月底前，…。市城管委、市住建局，各区（市）县政府2完善…

The header is still readable (its cells are header words, :data:`~analysis.ingest.task_tables.COLUMN_WORDS`,
one after another), and so are the rows: numbered 1, 2, 3 … in order, each number right after a
sentence end or a unit name and right before the row's first word. :func:`joined_table_edits` gives
the edits that put the header and each row on a line of its own, as ``1. <row text>``, and — when the
header has one unit column — the unit list that ends a row (after its last full stop) in a note
labelled as that column (``（责任单位：…）``). The text between number and units (task, target, deadline)
cannot be told apart without separators and stays the row's text.
"""
from __future__ import annotations

import re

from ..ingest.task_tables import COLUMN_WORDS, column_roles
from .text_tables import is_unit_list

__all__ = ["joined_table_edits"]

_WORDS = sorted({w for words in COLUMN_WORDS.values() for w in words}, key=len, reverse=True)
# a header run together: its number column first (序号, or 序 cut short), then the other cells up to row 1
_HEADER = re.compile(r"(?:序号|编号|序)[\u4e00-\u9fff]{4,40}?(?=1[\u4e00-\u9fff“])")
_CELL = re.compile("|".join(map(re.escape, _WORDS)))
_UNIT_LABEL = {"lead": "牵头单位", "supporting": "配合单位", "responsible": "责任单位"}
# a row number follows a sentence end, a bracket, a deadline (…底前) or a unit name's last character, and opens a word
_BEFORE_ROW = "。；！？）)”前底末日" + "局委办府会部室心组队院站所厅处科股司署馆社"
_NOT_AFTER_NUMBER = "年月日号个项种万亿元名家户次人条座处件批亩吨"
#: the longest row read: a row number further on belongs to something else
MAX_ROW = 1500


def _row_starts(text: str, first: int) -> list[int]:
    """Offsets in ``text`` of row numbers 1, 2, 3 … from ``first`` (where 1 stands), in order; a row is
    at most :data:`MAX_ROW` characters long, and may go on over a line break (a page of the site)."""
    starts, k = [first], 2
    while True:
        number, pos = str(k), starts[-1] + len(str(k - 1))
        found = None
        for m in re.finditer(re.escape(number), text[pos + 4:pos + MAX_ROW]):
            p = pos + 4 + m.start()
            after = text[p + len(number):p + len(number) + 1]
            if (text[p - 1] in _BEFORE_ROW and not text[p - 2:p - 1].isdigit() and re.match(r"[\u4e00-\u9fff“]", after)
                    and after not in _NOT_AFTER_NUMBER):
                found = p
                break
        if found is None:
            return starts
        starts.append(found)
        k += 1


def _units_at_end(row: str) -> int | None:
    """Where the unit list that ends ``row`` starts (after its last sentence end), or None."""
    cut = max(row.rfind("。"), row.rfind("；"))
    tail = row[cut + 1:]
    return cut + 1 if cut >= 0 and tail and is_unit_list(tail) else None


def joined_table_edits(text: str) -> tuple[list[tuple[int, int, str]], list[str]]:
    """The edits ``(start, end, new)`` that put a run-together task table's header and rows on lines of
    their own (see the module docstring), and one message for each such table whose units were not read
    (several unit columns run together cannot be told apart); ([], []) for a text with no such table.

    In: the normalized text. A header is its number column's word (序号, or 序 cut short) and header
    words run together, a task column and a unit or deadline column among them, followed at once by
    row 1; a table needs two rows. The last row ends with its line.
    """
    edits: list[tuple[int, int, str]] = []
    unread: list[str] = []
    for m in _HEADER.finditer(text):
        roles = column_roles(_CELL.findall(m.group()))
        units = [r for r in roles if r in _UNIT_LABEL]
        if not ("text" in roles and (units or "deadline" in roles)) or (edits and m.start() < edits[-1][0]):
            continue
        starts = _row_starts(text, m.end())
        if len(starts) < 2:
            continue
        label = _UNIT_LABEL[units[0]] if len(set(units)) == 1 else None
        if units and label is None:
            unread.append(f"a task table printed without cell separators ({len(starts)} rows under «{m.group()}»): "
                          f"its unit columns ran together and were not read — check the units of these tasks")
        if m.start() > 0 and text[m.start() - 1] != "\n":
            edits.append((m.start(), m.start(), "\n"))
        line_end = text.find("\n", starts[-1])
        ends = starts[1:] + [len(text) if line_end < 0 else line_end]
        for k, (s, e) in enumerate(zip(starts, ends), start=1):
            body = s + len(str(k))
            edits.append((s, body, f"\n{k}. "))
            cut = _units_at_end(text[body:e]) if label else None
            if cut is not None:
                edits += [(body + cut, body + cut, f"（{label}："), (e, e, "）")]
    return edits, unread
