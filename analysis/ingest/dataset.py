"""A text dataset in a table: one document per row, its whole text in one cell.

Crawlers and published corpora save government documents as CSV or spreadsheet rows
(``province, year, title, source_url, publish_date, full_text``). Such a table is no task table
and no table of the document: its text column is the document, its other cells are the page
record around it. A file of one such row is read as that document — the record's title, issuer,
文号 and dates written first as ``label：value`` lines, as a web page's info box is, then the
text's lines. A file of several rows holds several documents and is refused with the command
that splits it (:func:`analysis.ingest.text.split_text_dataset`), since a file is one document of the corpus.
"""
from __future__ import annotations

import re
from pathlib import Path

from .base import CorpusError, RawDocument, Table
from .task_tables import find_header

__all__ = ["text_column", "read_dataset_row", "RECORD_LABELS"]

#: A cell this long, or holding this many line breaks, is a document's text: a task table's
#: longest cells (measures) run to a few hundred characters on one line.
TEXT_CELL_CHARS = 1000
TEXT_CELL_BREAKS = 5

#: a dataset's column header (lower case, without spaces, ``_`` or ``-``) → the page-record label
#: the metadata stage reads; columns not named here are kept in ``raw.fields`` only.
RECORD_LABELS = {
    **dict.fromkeys(("title", "doctitle", "documenttitle", "name", "标题", "名称", "文件名称", "文件标题"), "标题"),
    **dict.fromkeys(("issuer", "issuingauthority", "agency", "organ", "发文机关", "发文单位", "制发机关"), "发文机关"),
    **dict.fromkeys(("publisher", "department", "发布机构", "发布单位", "发布部门"), "发布机构"),
    **dict.fromkeys(("docnumber", "documentnumber", "docno", "fileno", "filenumber", "文号", "发文字号"), "文号"),
    **dict.fromkeys(("issuedate", "writtendate", "signdate", "成文日期", "发文日期", "印发日期"), "成文日期"),
    **dict.fromkeys(("publishdate", "pubdate", "publishtime", "releasedate", "publicationdate", "发布日期",
                     "发布时间", "公开日期"), "发布日期"),
    **dict.fromkeys(("source", "来源", "信息来源"), "来源"),
}
_RECORD_ORDER = ("标题", "发文机关", "发布机构", "文号", "成文日期", "发布日期", "来源")
_HEADER_KEY = re.compile(r"[\s_\-]+")


def _is_text(cell: str) -> bool:
    return len(cell) >= TEXT_CELL_CHARS or cell.count("\n") >= TEXT_CELL_BREAKS


def text_column(table: Table) -> int | None:
    """The column of ``table`` that holds one document's text per row, or None.

    In: a table whose first row is its header. Out: the index of the one column whose every
    body cell with text is a text (:data:`TEXT_CELL_CHARS` characters or :data:`TEXT_CELL_BREAKS`
    line breaks) while its header cell is short — the shape of a text dataset; None for any
    other table (a task table, a table of the document, a header with a text in it).
    """
    if len(table.rows) < 2 or find_header(table.rows) is not None:
        return None
    header = table.rows[0]
    if not all(0 < len(c) <= 40 and "\n" not in c for c in header if c) or not any(header):
        return None
    body = table.rows[1:]
    columns = []
    for j in range(len(header)):
        cells = [row[j] for row in body if j < len(row) and row[j]]
        if cells and header[j] and all(_is_text(c) for c in cells):
            columns.append(j)
    return columns[0] if len(columns) == 1 else None


def read_dataset_row(raw: RawDocument, table: Table, column: int) -> None:
    """Read the one body row of a text dataset into ``raw``.

    In: ``raw`` (empty so far), ``table`` (header and one body row), ``column`` from
    :func:`text_column`. Out: ``raw.fields`` holds every other cell under its header;
    ``raw.lines`` the record's labelled cells (``标题：…``, in a fixed order) then the text's
    lines, each line's ``where`` naming the row and column. Raises :class:`CorpusError` when the
    table holds several documents.
    """
    header, body = table.rows[0], table.rows[1:]
    if len(body) != 1:
        raise CorpusError(f"{raw.path}: a text dataset of {len(body)} documents (one per row, the text in column "
                          f"'{header[column]}'); split it into one file per row first: "
                          f"python -m analysis split-dataset {raw.path.name} --out DIR")
    row, where = body[0], table.row_where[1]
    record: dict[str, tuple[str, str]] = {}
    for j, name in enumerate(header):
        cell = row[j].strip() if j < len(row) else ""
        if j == column or not name or not cell:
            continue
        raw.fields[name] = cell
        label = RECORD_LABELS.get(_HEADER_KEY.sub("", name).lower())
        if label and label not in record and "\n" not in cell:
            record[label] = (cell, f"{where} column {name}")
    for label in _RECORD_ORDER:
        if label in record:
            raw.add_line(f"{label}：{record[label][0]}", record[label][1])
    for k, line in enumerate(row[column].split("\n"), start=1):
        raw.add_line(line, f"{where} column {header[column]} line {k}")
