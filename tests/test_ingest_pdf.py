"""PDF reader: the synthetic plan's PDFs (tests/data/formats/make_pdf.py) read back to the tables
its clean text gives; page furniture, page joins and split tables repaired and recorded; scans
read by OCR; bad files one line. The layout rules each on lines written for them."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.parse.corpus import read_document
from analysis.ingest import CorpusError, read_raw
from analysis.ingest.pdf_layout import (PAGE_NUMBER, Char, Geometry, Line, cell_text, continues, find_furniture,
                                        lines_from_chars, paragraphs)
from analysis.inspect import inspect_file
from ingest_facts import PLAN_TXT, fact_share, parsed_facts, plan_facts

FORMATS = Path(__file__).resolve().parent / "data" / "formats"
sys.path.insert(0, str(FORMATS))
import plan_spec as spec  # noqa: E402  (the synthetic plan the fixtures are made from)
DRAWN = FORMATS / "plan_drawn.pdf"            # (b) fpdf2: header from page 2, "- N -", ruled table over pages 3-4
PRINTED = FORMATS / "plan_libreoffice.pdf"    # (a) DOCX printed by LibreOffice: header on every page, "— N —"
SCANNED = FORMATS / "plan_scanned.pdf"        # (c) page images of (b), 1-bit, tilted, speckled
MIXED = FORMATS / "plan_mixed.pdf"            # page 1 of (b) as text, page 2 as (c)'s image
TITLE = "某市养老服务体系建设三年行动方案（2024—2026年）"


def _has_tesseract_chi_sim() -> bool:
    if shutil.which("tesseract") is None:
        return False
    out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout.split()
    return "chi_sim" in out


needs_ocr = pytest.mark.skipif(not _has_tesseract_chi_sim(),
                               reason="Tesseract with chi_sim not installed (apt-get install tesseract-ocr "
                                      "tesseract-ocr-chi-sim)")


@pytest.fixture(scope="module")
def clean():
    return plan_facts()


# ----------------------------------------------------------------------------------------------
# the synthetic plan's PDFs against its clean text
# ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("pdf", [PRINTED, DRAWN], ids=["printed-by-libreoffice", "drawn-with-fpdf2"])
def test_a_text_layer_pdf_gives_the_tables_of_the_clean_text(pdf, clean):
    """Every fact of the clean text — tasks in order with their text, units with their roles,
    deadlines, sections and their kinds, metadata — comes back from both PDFs, the attachment
    table's included. Nothing the plan states is lost in a text-layer PDF; what a PDF cannot
    carry is what plan.txt does not state either: the heading styles (bold, the 黑体 of 一、 headings)
    and the cells' merging, which the reader turns back into text (merged cells carried into
    every row they span)."""
    assert parsed_facts(pdf) == clean


def test_running_headers_and_printed_page_numbers_are_removed_and_recorded():
    raw = read_raw(DRAWN)
    kinds = [(k, before) for k, _, before, _ in raw.repairs if k in ("page_header", "page_number")]
    assert [b for k, b in kinds if k == "page_number"] == ["-1-", "-2-", "-3-", "-4-"]
    assert [b for k, b in kinds if k == "page_header"] == [TITLE] * 3  # pages 2-4; page 1 has the letterhead
    assert all(not line.startswith("-") for line in raw.lines)
    assert raw.lines.count(TITLE) == 1  # the plan's own title line stays: it is not furniture

    printed = read_raw(PRINTED)
    assert [b for k, _, b, _ in printed.repairs if k == "page_number"] == ["—1—", "—2—", "—3—", "—4—"]
    assert sum(k == "page_header" for k, *_ in printed.repairs) == 4  # LibreOffice prints it on page 1 too
    assert printed.lines.count(TITLE) == 1


def test_a_sentence_split_by_a_page_break_is_joined_and_recorded():
    raw = read_raw(DRAWN)
    joins = [(before, after) for k, _, before, after in raw.repairs if k == "page_join"]
    assert joins == [("居家社区机构相协调、医养\n康养相结合的养老服务体系", "居家社区机构相协调、医养康养相结合的养老服务体系"),
                     ("配合单位：市民政局；完成\n时限：每年12月底前）", "配合单位：市民政局；完成时限：每年12月底前）")]
    assert spec.PREAMBLE in raw.lines
    i = raw.lines.index(spec.PREAMBLE)
    assert raw.where[i] == "page 1 line 13"  # a paragraph is placed by its first line


def test_a_table_across_a_page_break_is_one_table_with_rows_placed_on_their_pages():
    raw = read_raw(DRAWN)
    assert len(raw.tables) == 1
    table = raw.tables[0]
    assert table.where == "page 3 table 1"
    assert table.row_where == ["page 3 table 1 row 1", "page 3 table 1 row 2", "page 3 table 1 row 3",
                               "page 3 table 1 row 4", "page 4 table 1 row 2", "page 4 table 1 row 3"]
    # the header row repeated on page 4 is dropped; the merged 重点任务 cell split by the break carried
    assert table.rows[4] == ["4", "培育养老服务产业", "开发适老化旅游和文化产品", "市文化广电旅游局", "市商务局", "持续推进"]
    kinds = [k for k, *_ in raw.repairs]
    assert kinds.count("table_header_repeated") == 1 and kinds.count("table_cell_carried") == 1


def test_a_table_row_split_by_a_page_break_is_joined():
    """LibreOffice lets a row break across pages: its cells' text continues on the next page, in a
    row without a number."""
    raw = read_raw(PRINTED)
    assert len(raw.tables) == 1
    rows = raw.tables[0].rows
    assert rows[-1] == ["5", "强化人才支撑", "在职业院校开设养老服务相关专业", "市教育局", "市人力资源社会保障局", "2025年9月底前"]
    assert raw.tables[0].row_where[-1] == "page 3 table 1 row 6"
    assert [k for k, *_ in raw.repairs].count("table_row_joined") == 1


def test_inspect_shows_page_and_table_row_provenance():
    report = inspect_file(DRAWN)
    assert "1 建设街道综合养老服务中心  (page 2 line 9)" in report
    assert "5 深化医养签约合作  (page 3 line 4)" in report
    assert "1 建设全市统一的养老服务信息平台  (page 3 table 1 row 2)" in report
    assert "5 在职业院校开设养老服务相关专业  (page 4 table 1 row 3)" in report
    assert "page_header 3, page_join 2, page_number 4" in report


def test_the_pdf_properties_are_evidence_not_text():
    raw = read_raw(DRAWN)
    assert raw.fields["pdf_title"] == TITLE
    assert raw.fields["pdf_producer"] == "fpdf2"
    doc = read_document(DRAWN)
    assert doc.format == "pdf" and doc.where(doc.text.index("总体目标")) == "page 2 line 3"


def test_reading_is_deterministic():
    assert read_raw(PRINTED).lines == read_raw(PRINTED).lines


# ----------------------------------------------------------------------------------------------
# scans
# ----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def scanned():
    return read_raw(SCANNED)


@needs_ocr
def test_a_scanned_pdf_is_read_by_ocr_with_the_share_of_facts_measured(scanned, clean):
    """Measured with Tesseract 5.3 chi_sim at the reader's dpi (benchmarks/readers_pdf.py --ocr):
    53 of the 67 facts on this 1-bit, tilted, speckled scan. Lost to misread characters: 牵头 read
    as 这头/率头 in two tasks' notes (their units and deadlines), 撑 in one table cell, the 文号's
    brackets and the title's 养. The bound (49 of 67) leaves four facts for another Tesseract build."""
    hit, total = fact_share(parsed_facts(SCANNED), clean)
    assert hit / total >= 0.72, (hit, total)
    # the attachment table is found in the page images and read cell by cell
    assert len(scanned.tables) == 1
    assert scanned.tables[0].rows[1][:4] == ["1", "发展智慧养老", "建设全市统一的养老服务信息平台", "市民政局"]


@needs_ocr
def test_every_ocr_line_is_a_repair_and_a_warning_says_how_much_to_check(scanned):
    ocr = [r for r in scanned.repairs if r[0] == "ocr"]
    assert len(ocr) > 40
    assert all(r[2].startswith("page ") and "image" in r[2] for r in ocr)
    kinds = {k: m for k, m in scanned.warnings}
    assert "pages 1, 2, 3, 4 of plan_scanned.pdf have no text layer and were read by OCR" in kinds["ocr"]
    assert f"(Tesseract chi_sim, 300 dpi): {len(ocr)} lines and table rows" in kinds["ocr"]
    # the attachment table's rows are OCR'd lines too, placed by their row
    assert [r[2] for r in ocr if "table" in r[2]][:2] == ["page 3 table 1 row 1 image", "page 3 table 1 row 2 image"]


@needs_ocr
def test_in_a_mixed_pdf_only_the_page_without_text_is_ocrd():
    raw = read_raw(MIXED)
    ocr_pages = {r[2].split(" line")[0] for r in raw.repairs if r[0] == "ocr"}
    assert ocr_pages == {"page 2"}
    assert raw.lines[0] == "某市人民政府办公室关于印发某市养老服务体系建设三年行动方案（2024—2026年）的通知"  # page 1's text layer
    assert any("总体目标" in line for line in raw.lines)  # page 2, read from its image
    assert "page 2 of plan_mixed.pdf have no text layer" in dict(raw.warnings)["ocr"]


def test_without_tesseract_a_scan_is_one_line_saying_what_to_install(monkeypatch):
    import analysis.ingest.pdf_ocr as pdf_ocr

    monkeypatch.setattr(pdf_ocr, "ocr_missing", lambda: "Tesseract is not installed (apt-get install tesseract-ocr "
                                                        "tesseract-ocr-chi-sim)")
    with pytest.raises(CorpusError) as err:
        read_raw(SCANNED)
    message = str(err.value)
    assert "\n" not in message and "plan_scanned.pdf" in message
    assert "apt-get install tesseract-ocr tesseract-ocr-chi-sim" in message
    # a mixed PDF keeps its text pages and says which were not read
    raw = read_raw(MIXED)
    assert raw.lines[0].startswith("某市人民政府办公室关于印发")
    assert "page 2 of plan_mixed.pdf are scanned images and were not read" in dict(raw.warnings)["ocr_unavailable"]


# ----------------------------------------------------------------------------------------------
# bad files
# ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, problem", [
    ("plan_encrypted.pdf", "encrypted and needs a password"),
    ("plan_truncated.pdf", "truncated PDF"),
])
def test_an_unreadable_pdf_is_one_line_naming_the_file(name, problem):
    with pytest.raises(CorpusError) as err:
        read_raw(FORMATS / name)
    assert problem in str(err.value) and name in str(err.value) and "\n" not in str(err.value)


def test_a_damaged_pdf_is_one_line(tmp_path):
    bad = tmp_path / "damaged.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20 + b"\n%%EOF\n")
    with pytest.raises(CorpusError, match=r"damaged\.pdf: damaged PDF, PDFium cannot open it"):
        read_raw(bad)


def test_a_pdf_with_an_owner_password_only_opens_and_reads(clean):
    """Portals often publish PDFs that forbid copying (owner password, no user password): they
    open without a password and read like any other."""
    assert parsed_facts(FORMATS / "plan_copy_protected.pdf") == clean


def test_the_fixtures_are_regenerated_byte_for_byte():
    """make_pdf.py is deterministic: (b) and the files made from it come out as committed."""
    pytest.importorskip("fpdf")
    import make_pdf

    drawn, _ = make_pdf.drawn_pdf()
    assert drawn == DRAWN.read_bytes()
    assert make_pdf.scanned_pdf(drawn) == SCANNED.read_bytes()


# ----------------------------------------------------------------------------------------------
# layout rules, each on lines written for it
# ----------------------------------------------------------------------------------------------

def _line(text: str, x0: float, base: float, page: int = 1, size: float = 16.0) -> Line:
    return lines_from_chars([Char(ch, x0 + i * size, x0 + (i + 1) * size, base, size) for i, ch in enumerate(text)],
                            page=page)[0]


GEO = Geometry(left=80.0, right=80.0 + 27 * 16.0, body_size=16.0, pitch=29.0)


def test_an_indented_line_starts_a_paragraph_and_a_line_at_the_margin_continues_one():
    first = _line("为做好某项工作，现提出以下意见，请各单位认真贯彻落实。各单位要加强", 80, 100)  # 27 chars: full
    wrapped = _line("领导，明确责任。", 80, 129)
    indented = _line("各单位要加强领导。", 112, 129)
    assert continues(first, wrapped, GEO)
    assert not continues(first, indented, GEO)


def test_a_line_ending_short_of_the_right_margin_ends_its_paragraph():
    short = _line("第一段到此结束。", 80, 100)
    next_line = _line("第二段不缩进也另起一段", 80, 129)
    assert not continues(short, next_line, GEO)
    # one character short, and the next line's first character would not have fitted: a wrap
    almost = _line("这一行比满行少一个字符因为下一行的开头是一个不能放在行首的标点符号", 80, 100)
    almost = Line(almost.text[:26], almost.x0, almost.x0 + 26 * 16, almost.base, 16, 16, 16)
    assert continues(almost, _line("字，接着写", 80, 129), GEO)


def test_a_numbered_heading_after_a_full_sentence_starts_a_paragraph():
    full = _line("各单位要按照要求认真组织实施，确保各项工作任务按时完成到位。", 80, 100)
    assert not continues(full, _line("二、保障措施", 80, 129), GEO)
    assert continues(full, _line("二是加强保障", 80, 129), GEO)


def test_a_larger_gap_than_the_line_pitch_separates_paragraphs():
    full = _line("为做好某项工作，现提出以下意见，请各单位认真贯彻落实。各单位要加强", 80, 100)
    assert not continues(full, _line("领导，明确责任。", 80, 100 + 2 * 29), GEO)


def test_a_paragraph_continued_on_the_next_page_is_joined_and_the_join_noted():
    last = _line("为做好某项工作，现提出以下意见，请各单位认真贯彻落实。各单位要加强", 80, 740, page=1)
    top = _line("领导，明确责任。", 80, 110, page=2)
    [p] = paragraphs([last, top], lambda ln: GEO)
    assert p.text == "为做好某项工作，现提出以下意见，请各单位认真贯彻落实。各单位要加强领导，明确责任。"
    assert p.page_joins == [1]


def test_a_wrapped_title_in_a_larger_size_is_one_paragraph():
    a = _line("某市关于印发某某工作方案", 100, 100, size=22.0)
    b = _line("的通知", 200, 136, size=22.0)
    assert continues(a, b, GEO)


@pytest.mark.parametrize("text", ["- 3 -", "— 12 —", "－3－", "第3页", "第 3 页 共 12 页", "3/12", "3 / 12", "3", "Page 3"])
def test_printed_page_numbers(text):
    assert PAGE_NUMBER.match(text)


@pytest.mark.parametrize("text", ["2024年", "3.加强领导", "一、总体要求", "100%", "第三条"])
def test_lines_that_are_not_page_numbers(text):
    assert not PAGE_NUMBER.match(text)


def test_a_line_repeated_at_the_top_of_pages_is_a_header_digits_aside():
    pages = [[_line(f"某某局文件（第{n}期）", 200, 60, page=n), _line("正文内容各不相同" + "甲乙丙"[n - 1], 80, 120, page=n),
              _line(f"- {n} -", 280, 800, page=n)] for n in (1, 2, 3)]
    found = find_furniture(pages, [842.0] * 3)
    assert {k: v for k, v in found.items()} == {(p, 0): "page_header" for p in range(3)} | \
        {(p, 2): "page_number" for p in range(3)}


def test_a_number_in_the_body_is_not_a_page_number():
    lines = [_line("第一行", 80, 100), _line("2024", 80, 129), _line("第三行", 80, 158), _line("第四行", 80, 187)]
    assert find_furniture([lines], [842.0]) == {}


def test_characters_drawn_twice_for_bold_count_once_and_spaces_come_from_gaps():
    chars = [Char("加", 80, 96, 100, 16), Char("加", 80.3, 96.3, 100, 16), Char("强", 96, 112, 100, 16),
             Char("Word", 112, 140, 100, 16), Char("2024", 145, 170, 100, 16), Char("年", 170.5, 186.5, 100, 16)]
    [line] = lines_from_chars(chars)
    assert line.text == "加强Word 2024年"


def test_a_cell_line_reaching_the_cell_edge_wraps_and_a_short_one_ends_a_unit():
    wrapped = [_line("市人力资源", 100, 100, size=12.0), _line("社会保障局", 100, 116, size=12.0)]
    assert cell_text(wrapped, right_limit=100 + 5 * 12 + 2) == "市人力资源社会保障局"
    listed = [_line("市教育局", 100, 100, size=12.0), _line("市财政局", 100, 116, size=12.0)]
    assert cell_text(listed, right_limit=100 + 6 * 12) == "市教育局\n市财政局"


def test_a_page_turned_by_its_rotate_entry_reads_as_displayed(tmp_path):
    """A landscape page stored sideways and turned upright by /Rotate 90 (how many attachments'
    tables are printed) reads like the same page stored upright, its table included."""
    import io

    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(str(DRAWN))
    upright, turned = pdfium.PdfDocument.new(), pdfium.PdfDocument.new()
    upright.import_pages(src, [2])
    page = turned.new_page(841.89, 595.28)
    obj = src.page_as_xobject(2, turned).as_pageobject()
    obj.transform(pdfium.PdfMatrix().rotate(90, ccw=True).translate(841.89, 0))
    page.insert_obj(obj)
    page.gen_content()
    page.set_rotation(90)
    paths = []
    for name, doc in (("upright.pdf", upright), ("turned.pdf", turned)):
        buf = io.BytesIO()
        doc.save(buf)
        (tmp_path / name).write_bytes(buf.getvalue())
        paths.append(tmp_path / name)
    a, b = read_raw(paths[0]), read_raw(paths[1])
    assert b.lines == a.lines and len(b.tables) == len(a.tables) == 1
    assert "（三）推进医养康养结合" in b.lines


def test_parse_reads_a_folder_with_good_and_bad_pdfs_and_warns_once_per_bad_one(tmp_path, capsys):
    import pandas as pd

    from analysis.cli import main

    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("plan_drawn.pdf", "plan_libreoffice.pdf", "plan_encrypted.pdf", "plan_truncated.pdf"):
        shutil.copy(FORMATS / name, raw / name)
    shutil.copy(PLAN_TXT, raw / "plan.txt")
    out = tmp_path / "out"
    assert main(["parse", "--raw", str(raw), "--no-manifest", "--out", str(out), "--jobs", "1", "--no-xlsx"]) == 0
    err = capsys.readouterr().err
    docs = pd.read_csv(out / "documents.csv", dtype=str).set_index("doc_id")
    assert docs.loc["plan_drawn", "format"] == docs.loc["plan_libreoffice", "format"] == "pdf"
    n = docs["n_tasks"].astype(int)
    assert n["plan_drawn"] == n["plan_libreoffice"] == n["plan"] == 11
    warnings = pd.read_csv(out / "warnings.csv", dtype=str)
    assert sorted(warnings[warnings["kind"] == "unreadable"]["doc_id"]) == ["plan_encrypted", "plan_truncated"]
    for name in ("plan_encrypted.pdf", "plan_truncated.pdf"):
        assert sum(name in line for line in err.splitlines() if "unreadable" in line or "not read" in line) == 1
    tasks = pd.read_csv(out / "tasks.csv", dtype=str)
    assert {"page 2 line 9", "page 4 table 1 row 3", "line 17"} <= set(tasks["provenance"])


def _scaled_font_pdf(lines: list[str], size: int = 319, scale: float = 0.05) -> bytes:
    """A one-page PDF whose text is set as WPS sets it: a large font size (319) scaled down by the text
    matrix (0.05), so that the size PDFium reports is twenty times the size a reader sees."""
    ops = [f"BT /F1 {size} Tf {scale} 0 0 {scale} 72 {720 - 24 * i} Tm ({text}) Tj ET" for i, text in enumerate(lines)]
    content = "\n".join(ops).encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
               b"/Contents 4 0 R >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_a_font_size_scaled_down_by_the_text_matrix_keeps_the_lines_apart(tmp_path):
    """WPS writes 319 Tf with a 0.05 text matrix: lines 24 points apart are three lines (read in order),
    not one line of interleaved characters (which the reported size, 319, would make of them)."""
    path = tmp_path / "wps_scaled.pdf"
    path.write_bytes(_scaled_font_pdf(["First line of the plan", "Second line here", "Third line at last"]))
    assert read_raw(path).text.split() == "First line of the plan Second line here Third line at last".split()
