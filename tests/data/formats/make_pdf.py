"""Write the PDF fixtures of the synthetic plan (:mod:`plan_spec`), shaped like the PDFs
government portals serve:

``plan_libreoffice.pdf``  (a) the plan as a Word document (python-docx: a page header line, a
                          ``— N —`` page-number footer, the task-division table as a real table
                          with merged 重点任务 cells and a repeated header row) printed to PDF by
                          LibreOffice (``soffice --headless --convert-to pdf``); the table crosses
                          a page break.
``plan_drawn.pdf``        (b) the plan drawn with fpdf2 as a 公文 page (three-size 16 pt text,
                          paragraphs indented two characters and wrapped over lines, a header
                          line with a rule from page 2 on, ``- N -`` page numbers) with a ruled
                          task table across a page break (header row repeated, a merged 重点任务
                          cell split by the break). Needs no LibreOffice.
``plan_scanned.pdf``      (c) page images of (b) (rendered with pypdfium2, turned by a fraction of
                          a degree, speckled, 1-bit as office scanners save them): no text layer.
``plan_mixed.pdf``        (b)'s first page as text, its second page scanned: a mixed PDF.
``plan_encrypted.pdf``    (d) (b) encrypted with a password needed to open it.
``plan_copy_protected.pdf`` (b) encrypted with an owner password only (copy/print restrictions,
                          opens without a password — readable, as such portal PDFs are).
``plan_truncated.pdf``    (e) the first 60 % of (b)'s bytes: an interrupted download.

Deterministic: fixed creation dates and file ids; LibreOffice's date and id stamps are
overwritten in place with fixed ones of the same length. Run from anywhere:
``python tests/data/formats/make_pdf.py`` (``--no-soffice`` keeps the committed (a)).
"""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import plan_spec as spec  # noqa: E402

FIXED_DATE = datetime(2024, 3, 15, 9, 0, 0, tzinfo=timezone.utc)
FIXED_ID = "5F3C1B0A9E8D7C6B5A4F3E2D1C0B0A99"

# 公文 page (GB/T 9704): A4, margins 37/35 mm top/bottom, 28/26 mm left/right, 16 pt text, 28.9 pt lines
PAGE_W, PAGE_H = 595.28, 841.89
LEFT, RIGHT, TOP, BOTTOM = 79.4, 73.7, 104.9, 99.2
TEXT_W = PAGE_W - LEFT - RIGHT
BODY_PT, TITLE_PT, LINE_H = 16, 22, 28.9
HEADER_TEXT = "某市养老服务体系建设三年行动方案（2024—2026年）"
NO_LINE_START = "，。、；：？！）》」』”’%"
NO_LINE_END = "（《「『“‘"


def _font_path() -> str:
    import noto_cjk_sans_otc

    return str(Path(noto_cjk_sans_otc.__file__).with_name("NotoSansCJK-Regular.ttc"))


# --------------------------------------------------------------------------------------------
# (b) drawn with fpdf2
# --------------------------------------------------------------------------------------------

def _wrap(pdf, text: str, width: float, first_indent: float = 0.0) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` (the first ``first_indent`` narrower),
    never starting a line with closing punctuation and never splitting a run of ASCII letters
    and digits, as word processors do."""
    lines, current = [], ""
    limit = width - first_indent
    for ch in text:
        if pdf.get_string_width(current + ch) <= limit + 0.01:
            current += ch
            continue
        carry = ""
        if ch in NO_LINE_START and current:
            current, carry = current[:-1], current[-1]
        while current and current[-1] in NO_LINE_END:
            current, carry = current[:-1], current[-1] + carry
        m = re.search(r"[A-Za-z0-9.%]+$", current)
        if m and ch.isascii() and ch.isalnum() and m.start() > 0:
            current, carry = current[:m.start()], current[m.start():] + carry
        lines.append(current)
        current, limit = carry + ch, width
    if current:
        lines.append(current)
    return lines


class _Drawn:
    """A 公文-like page flow on fpdf2: text lines, page furniture, a ruled table."""

    def __init__(self):
        from fpdf import FPDF

        pdf = FPDF(unit="pt", format="A4")
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(FIXED_DATE)
        pdf.file_id = lambda: f"<{FIXED_ID}><{FIXED_ID}>"
        pdf.set_title(spec.TITLE)
        pdf.set_creator("make_pdf.py")
        pdf.set_producer("fpdf2")
        pdf.add_font("sans", fname=_font_path(), collection_font_number=2)  # 2: Noto Sans CJK SC
        self.pdf = pdf
        self.y = 0.0
        self.page_breaks_in_paragraphs = 0
        self.table_pages: set[int] = set()
        self._new_page()

    def _new_page(self) -> None:
        pdf = self.pdf
        pdf.add_page()
        n = pdf.page_no()
        if n > 1:  # the first page of a 公文 carries the letterhead, not the running header
            pdf.set_font("sans", size=10.5)
            pdf.text(LEFT + (TEXT_W - pdf.get_string_width(HEADER_TEXT)) / 2, 62, HEADER_TEXT)
            pdf.set_line_width(0.6)
            pdf.line(LEFT, 68, PAGE_W - RIGHT, 68)
        pdf.set_font("sans", size=14)
        folio = f"- {n} -"
        pdf.text((PAGE_W - pdf.get_string_width(folio)) / 2, PAGE_H - 62, folio)
        self.y = TOP

    def _room(self, height: float) -> bool:
        return self.y + height <= PAGE_H - BOTTOM

    def paragraph(self, text: str, size: float = BODY_PT, indent: int = 2, align: str = "left",
                  line_h: float = LINE_H) -> None:
        pdf = self.pdf
        pdf.set_font("sans", size=size)
        first = indent * size
        lines = _wrap(pdf, text, TEXT_W, first)
        for i, line in enumerate(lines):
            if not self._room(line_h):
                if i:
                    self.page_breaks_in_paragraphs += 1
                self._new_page()
            w = pdf.get_string_width(line)
            x = LEFT + (first if i == 0 else 0)
            if align == "center":
                x = LEFT + (TEXT_W - w) / 2
            elif align == "right":
                x = PAGE_W - RIGHT - 2 * size - w  # 公文: the signature ends two characters short
            self.y += line_h
            pdf.text(x, self.y - (line_h - size) / 2 - 2, line)

    def blank(self, lines: float = 1) -> None:
        self.y += LINE_H * lines

    def table(self, header: list[str], rows: list[list[str]], widths: list[float], merged_col: int) -> None:
        """A ruled table: header row repeated after a page break; column ``merged_col`` merged over
        the runs of equal values (its text in the run's first row only, as Word draws it)."""
        pdf = self.pdf
        size, lh, pad = 12, 16.0, 5.0
        pdf.set_font("sans", size=size)
        xs = [LEFT]
        for w in widths:
            xs.append(xs[-1] + w)

        def height(cells: list[str]) -> float:
            return max(len(_wrap(pdf, c, w - 2 * pad)) for c, w in zip(cells, widths)) * lh + 2 * pad

        def cell_text(j: int, text: str, top: float) -> None:
            for k, line in enumerate(_wrap(pdf, text, widths[j] - 2 * pad)):
                pdf.text(xs[j] + pad, top + pad + (k + 1) * lh - 4, line)

        def draw_row(cells: list[str], top: float, h: float, skip: int | None) -> None:
            for j, text in enumerate(cells):
                if j == skip:
                    continue
                pdf.rect(xs[j], top, widths[j], h)
                cell_text(j, text, top)

        pdf.set_line_width(0.75)
        head_h = height(header)
        draw_row(header, self.y, head_h, None)
        self.table_pages.add(pdf.page_no())
        self.y += head_h
        run_top, run_first = self.y, True
        for i, row in enumerate(rows):
            h = height([c if j != merged_col else "" for j, c in enumerate(row)])
            if not self._room(h):
                if self.y > run_top:  # close the merged cell's part on this page
                    pdf.rect(xs[merged_col], run_top, widths[merged_col], self.y - run_top)
                self._new_page()
                pdf.set_font("sans", size=size)
                pdf.set_line_width(0.75)
                draw_row(header, self.y, head_h, None)
                self.table_pages.add(pdf.page_no())
                self.y += head_h
                run_top = self.y
            if i == 0 or rows[i - 1][merged_col] != row[merged_col]:
                run_top, run_first = self.y, True
            if run_first:
                cell_text(merged_col, row[merged_col], self.y)
                run_first = False
            draw_row(row, self.y, h, merged_col)
            self.y += h
            if i == len(rows) - 1 or rows[i + 1][merged_col] != row[merged_col]:
                pdf.rect(xs[merged_col], run_top, widths[merged_col], self.y - run_top)

    def bytes(self) -> bytes:
        return bytes(self.pdf.output())


def drawn_pdf(encrypt: tuple[str, str | None] | None = None) -> tuple[bytes, dict]:
    """(b): the plan drawn page by page (``encrypt``: owner and user password). Out: the PDF
    bytes and facts about its layout."""
    d = _Drawn()
    if encrypt is not None:
        from fpdf.enums import AccessPermission

        d.pdf.set_encryption(owner_password=encrypt[0], user_password=encrypt[1],
                             permissions=AccessPermission.none())
    d.blank(2)  # the letterhead's place
    d.paragraph(spec.COVER_TITLE, size=TITLE_PT, indent=0, align="center", line_h=36)
    d.blank(0.5)
    d.paragraph(spec.DOC_NUMBER, indent=0, align="center")
    d.blank()
    d.paragraph(spec.ADDRESSEE, indent=0)
    d.paragraph(spec.COVER_BODY)
    d.blank()
    for line in spec.SIGNATURE:
        d.paragraph(line, indent=0, align="right")
    d.blank()
    d.paragraph(spec.TITLE, size=TITLE_PT, indent=0, align="center", line_h=36)
    d.blank(0.5)
    d.paragraph(spec.PREAMBLE)
    d.paragraph(spec.GOALS[0])
    for p in spec.GOALS[1]:
        d.paragraph(p)
    for line in spec.task_lines():
        d.paragraph(line)
    d.paragraph(spec.CLOSING[0])
    for p in spec.CLOSING[1]:
        d.paragraph(p)
    d.blank()
    d.paragraph(spec.TABLE_TITLE, indent=0)
    d.table(spec.TABLE_HEADER, spec.TABLE_ROWS, widths=[34, 76, 126, 70, 74, TEXT_W - 380], merged_col=1)
    info = {"pages": d.pdf.page_no(), "table_pages": sorted(d.table_pages),
            "paragraphs_across_pages": d.page_breaks_in_paragraphs}
    return d.bytes(), info


# --------------------------------------------------------------------------------------------
# (a) a Word document printed by LibreOffice
# --------------------------------------------------------------------------------------------

def _east_asian(run, font: str = "Noto Serif CJK SC") -> None:
    from docx.oxml.ns import qn

    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        fonts.set(qn(attr), font)


def _page_field(paragraph, before: str, after: str) -> None:
    """A paragraph ``before{PAGE}after`` with a real PAGE field (Word numbers the pages)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph.add_run(before)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)
    paragraph.add_run(after)
    for run in paragraph.runs:
        _east_asian(run)


def _repeat_header(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _docx_page(doc) -> None:
    """A 公文 page: A4, GB/T 9704 margins, a running header line and a ``— N —`` footer."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    sec.header_distance, sec.footer_distance = Mm(15), Mm(18)
    header = sec.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = header.add_run(HEADER_TEXT)
    run.font.size = Pt(10.5)
    _east_asian(run)
    footer = sec.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(footer, "— ", " —")


def _docx_table(doc) -> None:
    """The attachment as a real table: merged 重点任务 cells, the header row repeated on every page."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Mm, Pt

    rows = [spec.TABLE_HEADER, *spec.TABLE_ROWS]
    table = doc.add_table(rows=len(rows), cols=len(spec.TABLE_HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    widths = [Mm(12), Mm(26), Mm(46), Mm(24), Mm(26), Mm(22)]
    for j, w in enumerate(widths):
        table.columns[j].width = w
    for i, values in enumerate(rows):
        for j, value in enumerate(values):
            cell = table.cell(i, j)
            cell.width = widths[j]
            if i > 0 and j == 1 and rows[i - 1][1] == value:
                continue  # the merged 重点任务 cell: text once, in its first row
            run = cell.paragraphs[0].add_run(value)
            run.font.size = Pt(12)
            _east_asian(run, "Noto Sans CJK SC" if i == 0 else "Noto Serif CJK SC")
    _repeat_header(table.rows[0])
    start = 1
    for i in range(2, len(rows) + 1):
        if i == len(rows) or rows[i][1] != rows[start][1]:
            if i - 1 > start:
                table.cell(start, 1).merge(table.cell(i - 1, 1))
            start = i


def plan_docx(path: Path) -> None:
    """The plan as a DOCX: 16 pt serif text on fixed 28 pt lines, paragraphs indented two
    characters, headings in sans, the attachment table as a real table (see :func:`_docx_table`)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Pt

    doc = docx.Document()
    doc.core_properties.created = doc.core_properties.modified = FIXED_DATE.replace(tzinfo=None)
    doc.core_properties.title = spec.TITLE
    doc.core_properties.author = "make_pdf.py"
    _docx_page(doc)

    def para(text: str, size: float = 16, indent: bool = True, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
             font: str = "Noto Serif CJK SC", space_after: float = 0):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.alignment = align
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(28 if size <= 16 else 36)
        pf.space_before, pf.space_after = Pt(0), Pt(space_after)
        pf.first_line_indent = Pt(2 * size) if indent else Pt(0)
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            pf.right_indent = Pt(2 * size)
        _east_asian(p.add_run(text), font)
        p.runs[0].font.size = Pt(size)

    sans, center, right = "Noto Sans CJK SC", WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
    para(spec.COVER_TITLE, size=22, indent=False, align=center, font=sans, space_after=14)
    para(spec.DOC_NUMBER, indent=False, align=center, space_after=28)
    para(spec.ADDRESSEE, indent=False)
    para(spec.COVER_BODY, space_after=28)
    for line in spec.SIGNATURE:
        para(line, indent=False, align=right)
    para("", indent=False)
    para(spec.TITLE, size=22, indent=False, align=center, font=sans, space_after=14)
    para(spec.PREAMBLE)
    para(spec.GOALS[0], font=sans)
    for p in spec.GOALS[1]:
        para(p)
    para(spec.TASK_SECTION, font=sans)
    for line in spec.task_lines()[1:]:
        para(line)
    para(spec.CLOSING[0], font=sans)
    for p in spec.CLOSING[1]:
        para(p)
    para("", indent=False)
    para(spec.TABLE_TITLE, indent=False, font=sans, space_after=6)
    _docx_table(doc)
    doc.save(str(path))


def _fix_stamps(pdf: bytes) -> bytes:
    """LibreOffice and PDFium stamp a PDF with the time of writing and a random file id:
    overwrite both in place with fixed values of the same length, so the cross-reference
    offsets stay valid and a re-run gives the same bytes."""
    pdf = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)\d{14}(?:[+\-]\d\d'\d\d'?)?",
                 lambda m: m.group(1) + b"20240315090000" + b"+00'00'"[: len(m.group(0)) - len(m.group(1)) - 14],
                 pdf)

    def ident(m: re.Match) -> bytes:
        return b"<" + (FIXED_ID.encode() * 4)[: len(m.group(1))] + b">"
    pdf = re.sub(rb"(?<=/DocChecksum /)[0-9A-Fa-f]+", lambda m: (FIXED_ID.encode() * 2)[: len(m.group(0))], pdf)
    return re.sub(rb"(?<=/ID)(\s*\[\s*)<([0-9A-Fa-f]+)>(\s*)<([0-9A-Fa-f]+)>",
                  lambda m: m.group(1) + ident(re.match(rb"(.*)", m.group(2))) + m.group(3)
                  + ident(re.match(rb"(.*)", m.group(4))), pdf)


def libreoffice_pdf() -> bytes:
    """(a): the DOCX printed by LibreOffice. Needs ``soffice``."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("soffice not found: install LibreOffice (apt-get install libreoffice-writer) or "
                         "run with --no-soffice")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        plan_docx(tmp / "plan.docx")
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp), str(tmp / "plan.docx")], check=True, capture_output=True, timeout=180)
        return _fix_stamps((tmp / "plan.pdf").read_bytes())


# --------------------------------------------------------------------------------------------
# (c) scanned, (d) encrypted, (e) truncated
# --------------------------------------------------------------------------------------------

def _scan_page(page, dpi: int, angle: float, seed: int):
    """One page as an office scanner saves it: 1-bit, slightly turned, speckled."""
    import numpy as np
    from PIL import Image

    image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    image = image.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    pixels = np.asarray(image, dtype=np.int16)
    rng = np.random.default_rng(seed)
    pixels = pixels + rng.normal(0, 18, pixels.shape).astype(np.int16)
    specks = rng.random(pixels.shape) < 0.0004
    pixels[specks] = 0
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).point(lambda v: 255 if v > 150 else 0, mode="1")


def _images_pdf(images, dpi: int) -> bytes:
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=float(dpi),
                   title="scan", creationDate=FIXED_DATE.timetuple(), modDate=FIXED_DATE.timetuple())
    return out.getvalue()


def scanned_pdf(source: bytes, dpi: int = 200, pages: list[int] | None = None) -> bytes:
    """(c): page images of ``source`` (all pages, or the 0-based ``pages``) as a PDF of images."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(source)
    try:
        chosen = range(len(doc)) if pages is None else pages
        images = [_scan_page(doc[i], dpi, angle=(0.35 if i % 2 else -0.25), seed=i) for i in chosen]
    finally:
        doc.close()
    return _images_pdf(images, dpi)


def mixed_pdf(drawn: bytes, scanned: bytes) -> bytes:
    """Page 1 of (b) with its text layer, page 2 as (c)'s image of it."""
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    text, scan = pdfium.PdfDocument(drawn), pdfium.PdfDocument(scanned)
    try:
        out.import_pages(text, [0])
        out.import_pages(scan, [1])
        buf = io.BytesIO()
        out.save(buf)
        return _fix_stamps(buf.getvalue())
    finally:
        for d in (out, text, scan):
            d.close()


def encrypted_pdf(user_password: str | None) -> bytes:
    """(d) (b) drawn again with RC4 encryption and no permissions: with a user password it cannot
    be opened without it; with an owner password only it opens (copying forbidden)."""
    return drawn_pdf(encrypt=("owner-secret", user_password))[0]


def main(argv: list[str]) -> None:
    out = HERE
    drawn, info = drawn_pdf()
    if len(info["table_pages"]) < 2 or info["paragraphs_across_pages"] < 1:
        raise SystemExit(f"layout changed: the table must cross a page break and a paragraph must too ({info})")
    (out / "plan_drawn.pdf").write_bytes(drawn)
    print(f"plan_drawn.pdf: {info}")
    scanned = scanned_pdf(drawn)
    (out / "plan_scanned.pdf").write_bytes(scanned)
    (out / "plan_mixed.pdf").write_bytes(mixed_pdf(drawn, scanned))
    (out / "plan_truncated.pdf").write_bytes(drawn[: int(len(drawn) * 0.6)])
    (out / "plan_encrypted.pdf").write_bytes(encrypted_pdf("reader-secret"))
    (out / "plan_copy_protected.pdf").write_bytes(encrypted_pdf(None))
    if "--no-soffice" not in argv:
        (out / "plan_libreoffice.pdf").write_bytes(libreoffice_pdf())
    for name in sorted(p.name for p in out.glob("plan_*.pdf")):
        print(f"{name}: {(out / name).stat().st_size} bytes")


if __name__ == "__main__":
    main(sys.argv[1:])
