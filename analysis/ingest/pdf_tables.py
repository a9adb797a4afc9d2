"""Ruled tables of PDF pages: their outlines from the rules a page draws (PDFium's path objects,
or the dark runs of a scanned page's image), cells and merged cells found by pdfplumber's table
finder, cells filled with the text inside them, a table continued over a page break made one.

In:  a page's rules as pdfplumber edges, and the page's characters (text layer) or OCR words.
Out: :class:`TablePart` s (one per table and page) and, by :func:`merge_parts`, the
     :class:`~analysis.ingest.base.Table` of a whole table with each row's provenance.

pdfplumber is used for its table-finding algorithm only (intersections → cells → tables), fed
with the rules read here, so the page is never parsed a second time by pdfminer.
"""
from __future__ import annotations

import bisect
import ctypes
from dataclasses import dataclass, field
from types import SimpleNamespace

from .base import RawDocument, Table
from .pdf_layout import Char, Line, cell_text, lines_from_chars

__all__ = ["TablePart", "Grid", "vector_rules", "find_grids", "fill", "text_tables", "scanned_tables",
           "continues_table", "merge_parts"]

#: What a scan's ruling lines become when OCR reads them as characters.
_RULE_MARKS = "|丨｜¦"
_STRAY_MARKS = {"“", "”", "\"", "'", "‘", "’", "l", "I", "!", "[", "]"}


@dataclass
class TablePart:
    """The part of a ruled table on one page, its cells' text filled in (merged cells carried
    into every slot they cover); ``merged_down`` the columns holding a cell merged over rows."""

    page: int
    index: int
    top: float
    columns: list[float]
    rows: list[list[str]]
    merged_down: set[int] = field(default_factory=set)
    ocr: bool = False

    @property
    def where(self) -> str:
        return f"page {self.page} table {self.index}"


@dataclass
class Grid:
    """A table's outline: row and column edges and each slot's cell bbox (``None``: covered by a
    merged cell)."""

    rows: list[tuple[float, float]]
    cols: list[tuple[float, float]]
    cells: list[list[tuple[float, float, float, float] | None]]


# --------------------------------------------------------------------------------------------
# rules and outlines
# --------------------------------------------------------------------------------------------

def _edge(x0: float, top: float, x1: float, bottom: float) -> dict:
    """A pdfplumber edge (points from the page's top-left corner)."""
    flat = abs(bottom - top) < abs(x1 - x0)
    return {"object_type": "h_edge" if flat else "v_edge", "orientation": "h" if flat else "v",
            "x0": min(x0, x1), "x1": max(x0, x1), "top": min(top, bottom), "bottom": max(top, bottom),
            "width": abs(x1 - x0), "height": abs(bottom - top)}


def _path_points(obj, matrix, place) -> list[tuple[float, float, bool]]:
    """A path object's points on the displayed page, each with whether it starts a subpath."""
    import pypdfium2.raw as pdfium_c

    point = (ctypes.c_float(), ctypes.c_float())
    pts = []
    for k in range(pdfium_c.FPDFPath_CountSegments(obj.raw)):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj.raw, k)
        pdfium_c.FPDFPathSegment_GetPoint(seg, *point)
        x, y = place(*matrix.on_point(point[0].value, point[1].value))
        pts.append((x, y, pdfium_c.FPDFPathSegment_GetType(seg) == pdfium_c.FPDF_SEGMENT_MOVETO))
    return pts


def _path_rules(pts: list[tuple[float, float, bool]]) -> list[dict]:
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    w, h = max(xs) - min(xs), max(ys) - min(ys)
    if h <= 3 < w:  # a thin bar (Word draws a border as a filled rectangle) or one stroke
        return [_edge(min(xs), (min(ys) + max(ys)) / 2, max(xs), (min(ys) + max(ys)) / 2)]
    if w <= 3 < h:
        return [_edge((min(xs) + max(xs)) / 2, min(ys), (min(xs) + max(xs)) / 2, max(ys))]
    rules = []
    for (x0, y0, _), (x1, y1, move) in zip(pts, pts[1:] + pts[:1]):
        if move:
            continue
        if abs(y1 - y0) < 1 and abs(x1 - x0) > 3:
            rules.append(_edge(x0, y0, x1, y0))
        elif abs(x1 - x0) < 1 and abs(y1 - y0) > 3:
            rules.append(_edge(x0, y0, x0, y1))
    return rules


def vector_rules(page, place) -> tuple[list[dict], list[dict]]:
    """The horizontal and vertical rules a page draws — straight path segments and thin filled
    rectangles — as pdfplumber edges on the displayed page (``place`` maps PDF user space there),
    read from PDFium's page objects, inside form XObjects too."""
    import pypdfium2.raw as pdfium_c

    forms: list[tuple[int, object]] = []  # enclosing form XObjects: (level, matrix to the page)
    h: list[dict] = []
    v: list[dict] = []
    for obj in page.get_objects(max_depth=15):
        while forms and forms[-1][0] >= obj.level:
            forms.pop()
        kind = pdfium_c.FPDFPageObj_GetType(obj.raw)
        if kind not in (pdfium_c.FPDF_PAGEOBJ_FORM, pdfium_c.FPDF_PAGEOBJ_PATH):
            continue
        matrix = obj.get_matrix()
        if forms:
            matrix = matrix.multiply(forms[-1][1])
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            forms.append((obj.level, matrix))
            continue
        pts = _path_points(obj, matrix, place)
        for e in _path_rules(pts) if pts else []:
            (h if e["orientation"] == "h" else v).append(e)
    return h, v


def find_grids(h: list[dict], v: list[dict], width: float, height: float, loose: bool = False) -> list[Grid]:
    """The tables the rules outline (pdfplumber's finder: rules that cross make cells, touching
    cells make tables). ``loose``: a scan's rules, tilted and eroded, may meet a few points apart."""
    from pdfplumber.table import TableFinder

    if len(h) < 2 or len(v) < 2:
        return []
    settings = {"vertical_strategy": "explicit", "horizontal_strategy": "explicit",
                "explicit_vertical_lines": v, "explicit_horizontal_lines": h}
    if loose:
        settings.update(snap_tolerance=4, join_tolerance=6, intersection_tolerance=6)
    # the finder needs the page only for its bounds: no pdfminer parse of it
    finder = TableFinder(SimpleNamespace(bbox=(0, 0, width, height)), settings)
    return [g for g in (_grid(t) for t in finder.tables) if g is not None]


def _grid(table) -> Grid | None:
    rows = table.rows
    if len(rows) < 2 or len(rows[0].cells) < 2:
        return None  # a framed paragraph, not a table
    # a row's bbox stretches over the merged cells that start in it: a row ends where the next begins
    tops = [r.bbox[1] for r in rows] + [max(r.bbox[3] for r in rows)]
    lefts = [c.bbox[0] for c in table.columns] + [max(c.bbox[2] for c in table.columns)]
    return Grid(rows=list(zip(tops, tops[1:])), cols=list(zip(lefts, lefts[1:])), cells=[list(r.cells) for r in rows])


def _cover(grid: Grid, r: int, c: int) -> tuple[int, int]:
    """The (row, column) of the merged cell that covers the empty slot ``(r, c)``."""
    cx = (grid.cols[c][0] + grid.cols[c][1]) / 2
    cy = (grid.rows[r][0] + grid.rows[r][1]) / 2
    for i in range(r, -1, -1):
        for j in range(c, -1, -1):
            box = grid.cells[i][j]
            if box is not None and box[0] <= cx <= box[2] and box[1] <= cy <= box[3]:
                return i, j
    return r, c


# --------------------------------------------------------------------------------------------
# cells' text
# --------------------------------------------------------------------------------------------

def fill(grid: Grid, items: list, center, make_lines, page_no: int, index: int) -> tuple[TablePart, list]:
    """Put each item (a character, an OCR word) whose ``center`` lies in the table into its cell;
    each cell's text from its lines (``make_lines``), wrapped lines joined (see
    :func:`~analysis.ingest.pdf_layout.cell_text`). Out: the table part and the items outside it."""
    row_tops = [t for t, _ in grid.rows]
    col_lefts = [l for l, _ in grid.cols]
    inside: dict[tuple[int, int], list] = {}
    rest: list = []
    for item in items:
        cx, cy = center(item)
        r, c = bisect.bisect_right(row_tops, cy) - 1, bisect.bisect_right(col_lefts, cx) - 1
        if 0 <= r < len(grid.rows) and 0 <= c < len(grid.cols) and cy <= grid.rows[r][1] and cx <= grid.cols[c][1]:
            if grid.cells[r][c] is None:
                r, c = _cover(grid, r, c)
            inside.setdefault((r, c), []).append(item)
        else:
            rest.append(item)
    lines = {key: make_lines(found) for key, found in inside.items()}
    # the cells' padding: the least inset of any line in the table (centred text sits further in)
    pads = [ln.x0 - grid.cells[r][c][0] for (r, c), lns in lines.items() for ln in lns if grid.cells[r][c]]
    pad = max(1.0, min(pads)) if pads else 2.0
    rows: list[list[str]] = []
    merged_down: set[int] = set()
    for r, row in enumerate(grid.cells):
        texts = []
        for c, box in enumerate(row):
            key = (r, c) if box is not None else _cover(grid, r, c)
            if box is None and key[0] < r:
                merged_down.add(c)
            cell = grid.cells[key[0]][key[1]]
            texts.append(cell_text(lines.get(key, []), cell[2] - pad) if cell else "")
        rows.append(texts)
    edges = [l for l, _ in grid.cols] + [grid.cols[-1][1]]
    return TablePart(page=page_no, index=index, top=grid.rows[0][0], columns=edges, rows=rows,
                     merged_down=merged_down), rest


def _char_center(ch: Char) -> tuple[float, float]:
    return (ch.x0 + ch.x1) / 2, ch.base - 0.35 * ch.size


def text_tables(h: list[dict], v: list[dict], width: float, height: float, chars: list[Char], page_no: int
                ) -> tuple[list[TablePart], list[Char]]:
    """A text page's ruled tables, their cells filled with its characters; the characters outside."""
    parts: list[TablePart] = []
    for grid in find_grids(h, v, width, height):
        part, chars = fill(grid, chars, _char_center, lambda cs: lines_from_chars(cs, page=page_no), page_no,
                           len(parts) + 1)
        parts.append(part)
    return parts, chars


def _word_center(w) -> tuple[float, float]:
    return (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2


def _clean_words(words: list, grid: Grid) -> list:
    """Words inside the table without the ruling lines OCR read as characters."""
    from .pdf_ocr import Word

    top, bottom, left, right = grid.rows[0][0], grid.rows[-1][1], grid.cols[0][0], grid.cols[-1][1]
    kept = []
    for w in words:
        cx, cy = _word_center(w)
        if top <= cy <= bottom and left <= cx <= right:
            text = w.text.strip(_RULE_MARKS)
            if not text or text in _STRAY_MARKS:
                continue
            w = Word(w.x0, w.top, w.x1, w.bottom, text, w.confidence, w.line)
        kept.append(w)
    return kept


def scanned_tables(ocr, width: float, height: float, page_no: int) -> tuple[list[TablePart], list[Line]]:
    """A scanned page's tables (outlined by the rules found in its image, cells filled with the
    OCR words inside them, an empty cell with ink read again on its own) and its other lines."""
    from .pdf_ocr import lines_from_words, page_em

    words = ocr.words
    em = page_em(words)
    parts: list[TablePart] = []
    for grid in find_grids(ocr.h_rules, ocr.v_rules, width, height, loose=True):
        part, words = fill(grid, _clean_words(words, grid), _word_center, lambda ws: lines_from_words(ws, page_no, em),
                           page_no, len(parts) + 1)
        part.ocr = True
        _read_empty_cells(part, grid, ocr, page_no, em)
        parts.append(part)
    return parts, lines_from_words(words, page_no, em)


def _read_empty_cells(part: TablePart, grid: Grid, ocr, page_no: int, em: float) -> None:
    """A cell the page's OCR left empty though it holds ink is read again on its own (Tesseract's
    layout analysis drops small blocks of text at the edge of a table)."""
    from .pdf_ocr import lines_from_words

    inset = 2.0  # keep the ruling lines out of the crop
    for r, row in enumerate(grid.cells):
        for c, box in enumerate(row):
            if box is None or part.rows[r][c].strip():
                continue
            words = [w for w in ocr.read_box(box[0] + inset, box[1] + inset, box[2] - inset, box[3] - inset)
                     if w.text.strip(_RULE_MARKS) and w.text not in _STRAY_MARKS]
            if not words:
                continue
            text = cell_text(lines_from_words(words, page_no, em), box[2] - inset)
            for r2, row2 in enumerate(grid.cells):  # the cell, and the slots it covers
                for c2, box2 in enumerate(row2):
                    if (r2, c2) == (r, c) or (box2 is None and _cover(grid, r2, c2) == (r, c)):
                        part.rows[r2][c2] = text


# --------------------------------------------------------------------------------------------
# one table over several pages
# --------------------------------------------------------------------------------------------

def continues_table(a: TablePart, b: TablePart) -> bool:
    """Whether ``b`` (first on its page) continues ``a`` (last on the page before): same columns."""
    if b.page != a.page + 1 or len(a.columns) != len(b.columns):
        return False
    width = a.columns[-1] - a.columns[0]
    return all(abs(x - y) <= max(3.0, 0.02 * width) for x, y in zip(a.columns, b.columns))


def _key(row: list[str]) -> list[str]:
    return ["".join(c.split()) for c in row]


def merge_parts(raw: RawDocument, parts: list[TablePart]) -> Table:
    """One table from its parts on consecutive pages: a header row repeated at the top of a page
    dropped (``table_header_repeated``), a row split by the page break joined (``table_row_joined``:
    its continuation has no number where every row has one), a merged cell continued on the next
    page carried into its first row (``table_cell_carried``: only in a column with merged cells)."""
    first = parts[0]
    rows = [list(r) for r in first.rows]
    where = [f"{first.where} row {i}" for i in range(1, len(rows) + 1)]
    merged_down = set(first.merged_down)
    numbered = len(rows) > 1 and all(r[0].strip() for r in rows[1:])
    for part in parts[1:]:
        body = [list(r) for r in part.rows]
        start = 1
        while body and _key(body[0]) == _key(rows[0]):
            raw.repairs.append(("table_header_repeated", len(raw.lines), " | ".join(body[0]), ""))
            body, start = body[1:], start + 1
        if body and numbered and not body[0][0].strip() and any(c.strip() for c in body[0]):
            split = body.pop(0)
            before = " | ".join(rows[-1])
            rows[-1] = [a + b if b.strip() else a for a, b in zip(rows[-1], split)]
            raw.repairs.append(("table_row_joined", len(raw.lines), before, " | ".join(rows[-1])))
            start += 1
        elif body:
            for c in sorted(merged_down | part.merged_down):
                if c < len(body[0]) and not body[0][c].strip() and rows[-1][c].strip():
                    body[0][c] = rows[-1][c]
                    raw.repairs.append(("table_cell_carried", len(raw.lines), "", body[0][c]))
        rows.extend(body)
        where.extend(f"{part.where} row {i}" for i in range(start, start + len(body)))
        merged_down |= part.merged_down
    return Table(rows=rows, where=first.where, row_where=where)
