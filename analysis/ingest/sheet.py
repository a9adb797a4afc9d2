"""Spreadsheets: XLSX (openpyxl) and XLS (xlrd). Each sheet with cells is one table — merged
cells carried into every cell they span, empty rows and columns dropped — rendered at its place by
:func:`~analysis.ingest.task_tables.render_table` (a task-division table's rows become task lines),
each row placed as ``sheet 任务分工 row 4`` (the row number Excel shows). CSV is read in
:mod:`.text`.

Cell values are written as a person reads them: a whole number without ``.0``, a date as
``2024年12月31日``, a formula's last computed value. A workbook without a cell holding text raises
:class:`~analysis.ingest.base.CorpusError`.
"""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from .base import CorpusError, RawDocument, Table
from .dataset import read_dataset_row, text_column
from .task_tables import render_table

__all__ = ["read_xlsx", "read_xls", "cell_text"]


def cell_text(value) -> str:
    """A cell value as text: ``3.0`` → ``3``, a date → ``2024年12月31日``, None → ``""``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime) and (value.hour, value.minute, value.second) != (0, 0, 0):
        return f"{value.year}年{value.month}月{value.day}日 {value:%H:%M}"
    if isinstance(value, (dt.datetime, dt.date)):
        return f"{value.year}年{value.month}月{value.day}日"
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def _carry_merges(grid: list[list[str]], merges: list[tuple[int, int, int, int]]) -> None:
    """Fill every cell of each merged range ``(first row, last row, first col, last col)``, 0-based
    and inclusive, with its top-left cell's text."""
    for r0, r1, c0, c1 in merges:
        if r0 >= len(grid) or c0 >= len(grid[r0]):
            continue
        text = grid[r0][c0]
        for r in range(r0, min(r1, len(grid) - 1) + 1):
            for c in range(c0, min(c1, len(grid[r]) - 1) + 1):
                grid[r][c] = text


def _sheet_table(name: str, grid: list[list[str]]) -> Table | None:
    """The sheet as a table: rows with text (numbered as in the sheet), columns with text."""
    keep_cols = [j for j in range(max((len(r) for r in grid), default=0)) if any(j < len(r) and r[j] for r in grid)]
    rows, where = [], []
    for i, row in enumerate(grid, start=1):
        cells = [row[j] if j < len(row) else "" for j in keep_cols]
        if any(cells):
            rows.append(cells)
            where.append(f"sheet {name} row {i}")
    if not rows:
        return None
    return Table(rows=rows, where=f"sheet {name}", row_where=where)


def _document(path: Path, fmt: str, sheets: list[tuple[str, list[list[str]]]]) -> RawDocument:
    raw = RawDocument(path=path, format=fmt, lines=[], where=[])
    tables = [t for t in (_sheet_table(name, grid) for name, grid in sheets) if t is not None]
    column = text_column(tables[0]) if len(tables) == 1 else None
    if column is not None:  # a text dataset's row: the document is in one cell
        raw.tables.append(tables[0])
        read_dataset_row(raw, tables[0], column)
        return raw
    for table in tables:
        render_table(raw, table)
    if not raw.tables:
        raise CorpusError(f"{path}: the workbook has no cell with text ({len(sheets)} sheet(s) empty)")
    return raw


def read_xlsx(path: str | Path) -> RawDocument:
    """Read an XLSX workbook.

    In: the path. Out: a :class:`RawDocument` with one table per sheet that has text, rendered
    as lines placed ``sheet NAME row N``. Raises :class:`CorpusError` for a damaged or
    password-protected file and for a workbook without text.
    """
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    path = Path(path)
    try:
        # not read_only: only the full reader knows the merged ranges; data_only gives formulas'
        # last computed values
        wb = load_workbook(path, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise CorpusError(f"{path}: cannot read the XLSX workbook ({type(exc).__name__}: {exc})") from None
    sheets = []
    try:
        for ws in wb.worksheets:
            grid = [[cell_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
            _carry_merges(grid, [(m.min_row - 1, m.max_row - 1, m.min_col - 1, m.max_col - 1)
                                 for m in ws.merged_cells.ranges])
            sheets.append((ws.title, grid))
    finally:
        wb.close()
    return _document(path, "xlsx", sheets)


def read_xls(path: str | Path) -> RawDocument:
    """Read an XLS (Excel 97–2003) workbook with xlrd, merged ranges from its formatting records.

    In: the path. Out: as :func:`read_xlsx`. A workbook whose formatting records xlrd cannot
    read is read without them, with a ``merged_cells_not_read`` warning. Raises
    :class:`CorpusError` for a damaged file and for a workbook without text.
    """
    import xlrd

    path = Path(path)
    warnings = []
    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    except NotImplementedError:
        book, warnings = None, [("merged_cells_not_read", f"{path.name}: xlrd cannot read this workbook's formatting "
                                                          f"records; merged cells are not carried into the cells "
                                                          f"they span")]
    except (xlrd.XLRDError, OSError, AssertionError, IndexError, ValueError, KeyError) as exc:
        raise CorpusError(f"{path}: cannot read the XLS workbook ({type(exc).__name__}: {exc})") from None
    try:
        if book is None:
            book = xlrd.open_workbook(str(path), on_demand=True)
        sheets = []
        for k in range(book.nsheets):
            sh = book.sheet_by_index(k)
            grid = [[_xls_cell(sh.cell(r, c), book.datemode) for c in range(sh.ncols)] for r in range(sh.nrows)]
            _carry_merges(grid, [(r0, r1 - 1, c0, c1 - 1) for r0, r1, c0, c1 in sh.merged_cells])
            sheets.append((sh.name, grid))
            book.unload_sheet(k)
    except (xlrd.XLRDError, AssertionError, IndexError, ValueError, KeyError) as exc:
        raise CorpusError(f"{path}: cannot read the XLS workbook ({type(exc).__name__}: {exc})") from None
    finally:
        if book is not None:
            book.release_resources()
    raw = _document(path, "xls", sheets)
    raw.warnings[:0] = warnings
    return raw


def _xls_cell(cell, datemode: int) -> str:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return cell_text(xlrd.xldate_as_datetime(cell.value, datemode))
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return cell_text(cell.value)
    if cell.ctype in (xlrd.XL_CELL_ERROR, xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return ""
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return cell_text(bool(cell.value))
    return cell_text(cell.value)
