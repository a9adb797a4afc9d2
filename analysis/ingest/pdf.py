"""PDF files: the text layer read with pypdfium2 (PDFium), tables with pdfplumber, scans with
Tesseract.

In:  a PDF as portals serve it — printed from Word or WPS, with running headers, printed page
     numbers and ruled tables across page breaks; or scanned, or partly scanned.
Out: a :class:`~analysis.ingest.base.RawDocument`: paragraphs in reading order (visual lines
     joined by their positions, :mod:`.pdf_layout`), each placed as ``page 3 line 7`` (its first
     line); ruled tables rendered at their place by :func:`~analysis.ingest.task_tables.render_table`
     (a table continued on the next page is one table, its rows placed as ``page 4 table 1 row 3``);
     repairs ``page_header`` / ``page_footer`` / ``page_number`` (furniture removed),
     ``page_join`` (a paragraph continued across a page break), ``table_row_joined`` (a table row
     split by a page break), ``table_cell_carried`` (a merged cell continued on the next page),
     ``ocr`` (a line read from a page image); the document's properties (title, author, producer)
     as ``fields``.

Why these libraries (benchmarks/readers_pdf.py, on the synthetic plan printed by LibreOffice
and drawn with fpdf2, beside poppler's ``pdftotext -layout``): PDFium's characters through the
layout rules read every fact of both (pdftotext's text: 54–57 %, the table and the paragraphs
broken) at 100–120 pages/s, against the baseline's 120–275 in the same runs (and 110 against 96
on five real Chinese PDFs);
pdfminer.six, alone or under pdfplumber, is 2–3 times slower and reads no character of the
fpdf2 PDF (CID-keyed CFF fonts). pdfplumber's table finder is used for its algorithm only — fed
with the rules PDFium reads (:mod:`.pdf_tables`) — so no page is parsed twice. PyMuPDF is not
used (AGPL).

A page with text is never OCR'd. A page with (almost) no text over a page-sized image is a scan:
it is read by Tesseract where installed (each line a repair of kind ``ocr``, a warning saying how
many pages and lines to check); where it is not, a PDF of scans only is a :class:`CorpusError`
saying what to install, and a partly scanned PDF keeps its text pages with a warning naming the
pages not read. Encrypted (password needed), damaged and truncated files are one-line
:class:`CorpusError` s.
"""
from __future__ import annotations

import ctypes
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from .base import CorpusError, RawDocument
from .pdf_layout import Char, Geometry, Line, Paragraph, find_furniture, geometry, lines_from_chars, paragraphs
from .pdf_tables import TablePart, continues_table, merge_parts, scanned_tables, text_tables, vector_rules
from .task_tables import render_table

__all__ = ["read_pdf", "page_chars", "SCAN_MAX_CHARS"]

#: A page with fewer visible characters than this over an image covering a third of it is a scan.
SCAN_MAX_CHARS = 10
_SCAN_MIN_IMAGE_SHARE = 1 / 3
_PROPERTIES = {"Title": "pdf_title", "Author": "pdf_author", "Subject": "pdf_subject", "Keywords": "pdf_keywords",
               "Creator": "pdf_creator", "Producer": "pdf_producer", "CreationDate": "pdf_created",
               "ModDate": "pdf_modified"}


def read_pdf(path: str | Path) -> RawDocument:
    """Read a PDF (see the module docstring). Raises :class:`CorpusError` with one line naming the
    file and the problem for an encrypted, damaged or truncated PDF, and for a PDF of scans when
    Tesseract or its chi_sim model is missing."""
    path = Path(path)
    doc = _open(path)
    raw = RawDocument(path=path, format="pdf", lines=[], where=[])
    try:
        raw.fields = {_PROPERTIES[k]: v.strip() for k, v in doc.get_metadata_dict().items()
                      if k in _PROPERTIES and v and v.strip()}
        pages = _read_pages(doc, path, raw)
    finally:
        doc.close()
    _assemble(raw, pages)
    _ocr_warning(path, raw, pages)
    return raw


# --------------------------------------------------------------------------------------------
# opening
# --------------------------------------------------------------------------------------------

def _open(path: Path):
    import pypdfium2 as pdfium

    with path.open("rb") as fh:
        fh.seek(0, 2)
        fh.seek(max(0, fh.tell() - 4096))
        tail = fh.read()
    if b"%%EOF" not in tail:
        raise CorpusError(f"{path}: truncated PDF (no %%EOF end marker in its last bytes): the download or copy "
                          f"is incomplete; get the file again")
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        reason = str(exc)
        if "password" in reason.lower():
            raise CorpusError(f"{path}: the PDF is encrypted and needs a password to open; save or ask for a copy "
                              f"without one") from None
        raise CorpusError(f"{path}: damaged PDF, PDFium cannot open it ({reason})") from None


# --------------------------------------------------------------------------------------------
# one page: characters and tables, or OCR
# --------------------------------------------------------------------------------------------

@dataclass
class _Page:
    no: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    tables: list[TablePart] = field(default_factory=list)
    scanned: bool = False
    unmapped: bool = False


def _placer(page):
    """``(place, width, height)``: a function taking PDF user-space points to points from the
    top-left corner of the page as displayed (turned by its /Rotate entry), and that page's size."""
    left, bottom, right, top = page.get_bbox()
    width, height = right - left, top - bottom
    rotation = page.get_rotation() % 360

    def place(x: float, y: float) -> tuple[float, float]:
        x, y = x - left, top - y
        if rotation == 90:
            return height - y, x
        if rotation == 180:
            return width - x, height - y
        if rotation == 270:
            return y, width - x
        return x, y

    return (place, height, width) if rotation in (90, 270) else (place, width, height)


def page_chars(page, textpage) -> list[Char]:
    """The visible characters of a page's text layer, in points from the top-left corner of the
    page as displayed."""
    import pypdfium2.raw as pdfium_c

    place, _, _ = _placer(page)
    chars: list[Char] = []
    ox, oy = ctypes.c_double(), ctypes.c_double()
    for i in range(textpage.count_chars()):
        code = pdfium_c.FPDFText_GetUnicode(textpage, i)
        if code in (0, 0xFFFE, 0xFFFF) or chr(code).isspace() or pdfium_c.FPDFText_IsGenerated(textpage, i):
            continue
        l, b, r, t = textpage.get_charbox(i, loose=True)
        pdfium_c.FPDFText_GetCharOrigin(textpage, i, ox, oy)
        (ax, _), (bx, _) = place(l, b), place(r, t)
        _, base = place(ox.value, oy.value)
        # (the size PDFium reports is the font's in text space: a WPS PDF sets 319 and scales it by 1/20
        # in its text matrix; the glyph box is drawn at the size a reader sees)
        size = pdfium_c.FPDFText_GetFontSize(textpage, i) or abs(t - b)
        if abs(t - b) and size > 3 * abs(t - b):
            size = abs(t - b)
        chars.append(Char(chr(code), min(ax, bx), max(ax, bx), base, size))
    return chars


def _image_share(page) -> float:
    import pypdfium2.raw as pdfium_c

    left, bottom, right, top = page.get_bbox()
    area = 0.0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
        l, b, r, t = obj.get_bounds()
        area += max(0.0, min(r, right) - max(l, left)) * max(0.0, min(t, top) - max(b, bottom))
    size = (right - left) * (top - bottom)
    return area / size if size else 0.0


def _has_ruling(page) -> bool:
    """Whether the page draws what a ruled table is made of: boxes, or both horizontal and
    vertical rules (a lone rule under a running header is no table). A quick look at the path
    objects' bounds before their segments are read."""
    import pypdfium2.raw as pdfium_c

    flat = tall = boxes = 0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
        l, b, r, t = obj.get_bounds()
        w, h = r - l, t - b
        if w > 20 and h > 20:
            boxes += 1
        elif w > 10 and h <= 3:
            flat += 1
        elif h > 10 and w <= 3:
            tall += 1
    return boxes >= 1 or (flat >= 2 and tall >= 2)


def _unmapped(chars: list[Char]) -> bool:
    """Whether most characters have no real Unicode value (a font without a ToUnicode map: the
    text layer is there but reads as private-use or replacement characters)."""
    bad = sum(1 for c in chars if "\ue000" <= c.text <= "\uf8ff" or c.text == "\ufffd")
    return len(chars) >= 20 and bad > 0.3 * len(chars)


def _read_page(doc, i: int, path: Path, ocr_ready: bool) -> _Page:
    """Page ``i`` (0-based): its lines and tables from the text layer, or by OCR for a scan
    (``ocr_ready``: Tesseract is there; else a scan is left empty, marked ``scanned``)."""
    import pypdfium2 as pdfium

    from .pdf_ocr import ocr_page

    try:
        page = doc[i]
        textpage = page.get_textpage()
    except pdfium.PdfiumError as exc:
        raise CorpusError(f"{path}: page {i + 1}: damaged page, PDFium cannot load it ({exc})") from None
    place, width, height = _placer(page)
    info = _Page(no=i + 1, width=width, height=height)
    chars = page_chars(page, textpage)
    if len(chars) < SCAN_MAX_CHARS and _image_share(page) >= _SCAN_MIN_IMAGE_SHARE:
        info.scanned = True
        if ocr_ready:
            try:
                ocr = ocr_page(page)
            except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
                raise CorpusError(f"{path}: page {i + 1}: OCR failed ({exc})") from None
            info.tables, info.lines = scanned_tables(ocr, width, height, info.no)
        return info
    if _has_ruling(page):
        h, v = vector_rules(page, place)
        info.tables, chars = text_tables(h, v, width, height, chars, info.no)
    info.lines = lines_from_chars(chars, page=info.no)
    info.unmapped = _unmapped(chars)
    return info


def _read_pages(doc, path: Path, raw: RawDocument) -> list[_Page]:
    from .pdf_ocr import ocr_missing

    missing = ocr_missing()
    pages = [_read_page(doc, i, path, missing is None) for i in range(len(doc))]
    garbled = [p.no for p in pages if p.unmapped]
    if garbled:
        raw.warnings.append(("pdf_text_unmapped", f"{_page_list(garbled)} of {path.name}: the text layer's fonts "
                                                  f"have no Unicode map, most characters read as private-use codes; "
                                                  f"check the text against the file"))
    _scan_warnings(path, raw, pages, missing)
    return pages


def _scan_warnings(path: Path, raw: RawDocument, pages: list[_Page], missing: str | None) -> None:
    """Scans and no OCR: a PDF of scans only is an error, a mixed one a warning naming the pages."""
    scans = [p.no for p in pages if p.scanned]
    if scans and missing is not None:
        listed = _page_list(scans)
        if not any(p.lines for p in pages if not p.scanned):
            raise CorpusError(f"{path}: a scanned PDF (no text layer on {listed}); reading it needs OCR: {missing}")
        raw.warnings.append(("ocr_unavailable", f"{listed} of {path.name} are scanned images and were not read: "
                                                f"{missing}"))


def _ocr_warning(path: Path, raw: RawDocument, pages: list[_Page]) -> None:
    from .pdf_ocr import OCR_DPI

    scans = [p.no for p in pages if p.scanned and (p.lines or p.tables)]
    if scans:
        n = sum(1 for r in raw.repairs if r[0] == "ocr")
        raw.warnings.append(("ocr", f"{_page_list(scans)} of {path.name} have no text layer and were read by OCR "
                                    f"(Tesseract chi_sim, {OCR_DPI} dpi): {n} lines and table rows — check them against "
                                    f"the page images, OCR misreads characters, digits and punctuation"))


def _page_list(numbers: list[int]) -> str:
    return ("page " if len(numbers) == 1 else "pages ") + ", ".join(str(n) for n in numbers)


# --------------------------------------------------------------------------------------------
# the document: furniture out, paragraphs and tables in reading order
# --------------------------------------------------------------------------------------------

def _assemble(raw: RawDocument, pages: list[_Page]) -> None:
    """Pages to ``raw``: furniture recorded and left out, paragraphs and tables (parts over page
    breaks merged) in reading order."""
    furniture = find_furniture([p.lines for p in pages], [p.height for p in pages])
    items: list[tuple[int, float, int, object]] = []  # (page, height on it, lines before tables, item)
    for pi, page in enumerate(pages):
        for li, line in enumerate(page.lines):
            kind = furniture.get((pi, li))
            items.append((page.no, line.base, 0, (kind, line) if kind else line))
        for part in page.tables:
            items.append((page.no, part.top, 1, part))
    items.sort(key=lambda it: it[:3])
    shapes = {p.no: (round(p.width), round(p.height)) for p in pages}
    geos: dict[tuple[int, int], Geometry] = {
        shape: geometry([it[3] for it in items if isinstance(it[3], Line) and shapes[it[0]] == shape])
        for shape in set(shapes.values())}

    def geo_of(line: Line) -> Geometry:
        return geos[shapes[line.page]]

    out: list[tuple[tuple[int, float], object]] = []
    run: list[Line] = []
    tables: list[list[TablePart]] = []
    for page_no, y, _, item in items:
        if isinstance(item, tuple):  # furniture
            out.append(((page_no, y), item))
        elif isinstance(item, Line):
            run.append(item)
        else:
            out.extend(((p.lines[0].page, p.lines[0].base), p) for p in paragraphs(run, geo_of))
            if not run and tables and continues_table(tables[-1][-1], item):
                tables[-1].append(item)
            else:
                tables.append([item])
                out.append(((page_no, y), tables[-1]))
            run = []
    out.extend(((p.lines[0].page, p.lines[0].base), p) for p in paragraphs(run, geo_of))
    out.sort(key=lambda it: it[0])
    for _, item in out:
        if isinstance(item, tuple):
            kind, line = item
            raw.repairs.append((kind, len(raw.lines), line.text, ""))
        elif isinstance(item, Paragraph):
            _emit_paragraph(raw, item)
        else:
            _emit_table(raw, item)


def _emit_paragraph(raw: RawDocument, p: Paragraph) -> None:
    where = p.lines[0].where
    if p.gap_before and raw.lines and raw.lines[-1].strip():
        raw.add_line("", where)
    index = len(raw.lines)
    for k in p.page_joins:
        before = "".join(ln.text for ln in p.lines[:k])[-12:]
        after = p.lines[k].text[:12]
        raw.repairs.append(("page_join", index, f"{before}\n{after}", before + after))
    for line in p.lines:
        if line.ocr:
            conf = f" (OCR confidence {line.confidence:.0f})" if line.confidence is not None else ""
            raw.repairs.append(("ocr", index, f"{line.where} image{conf}", line.text))
    raw.add_line(p.text, where)


def _emit_table(raw: RawDocument, parts: list[TablePart]) -> None:
    index = len(raw.lines)
    table = merge_parts(raw, parts)
    render_table(raw, table)
    if any(p.ocr for p in parts):
        for row, where in zip(table.rows, table.row_where):
            raw.repairs.append(("ocr", index, f"{where} image", " | ".join(row)))
