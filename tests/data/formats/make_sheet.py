"""Write the synthetic plan's attachment (plan_spec.TABLE_*) as a task-division workbook, laid out
as offices make them: a title row merged across the table, the header row, and 重点任务 merged down
over the rows of its measures; a second, empty sheet (as Excel adds one). Also an empty workbook.

* ``plan_tasks.xlsx`` — openpyxl; fixed document properties and zip dates, so a re-run gives the
  same bytes.
* ``plan_tasks.xls`` — the same workbook converted by LibreOffice (``soffice --convert-to xls``),
  when LibreOffice is installed; committed, so tests need no LibreOffice.
* ``empty.xlsx`` — a workbook whose only sheet has no cells.

Run: ``python tests/data/formats/make_sheet.py`` (writes to ``sheet/`` beside this file).
"""
from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import plan_spec as P  # noqa: E402

OUT = Path(__file__).parent / "sheet"
WHEN = dt.datetime(2024, 3, 15, 9, 0, 0)
SHEET = "任务分工"
SHEET_TITLE = P.TABLE_TITLE.split("：", 1)[1]  # 某市养老服务体系建设重点任务分工表


def _fixed(data: bytes) -> bytes:
    """The zip rewritten with one fixed date on every entry and as the modified date (openpyxl
    writes the time of saving)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, WHEN.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = item.external_attr
            body = src.read(item.filename)
            if item.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + WHEN.strftime("%Y-%m-%dT%H:%M:%SZ").encode(),
                              body)
            dst.writestr(info, body)
    return out.getvalue()


def _save(wb) -> bytes:
    wb.properties.creator = "make_sheet.py"
    wb.properties.created = wb.properties.modified = WHEN
    buf = io.BytesIO()
    wb.save(buf)
    return _fixed(buf.getvalue())


def workbook() -> bytes:
    """The task-division workbook as XLSX bytes."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    width = len(P.TABLE_HEADER)
    ws.cell(row=1, column=1, value=SHEET_TITLE).font = Font(bold=True, size=16)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    for j, head in enumerate(P.TABLE_HEADER, start=1):
        ws.cell(row=2, column=j, value=head).font = Font(bold=True)
    first = 3
    for i, (no, group, measure, lead, support, due) in enumerate(P.TABLE_ROWS):
        r = first + i
        ws.cell(row=r, column=1, value=int(no))  # a number, as typed into Excel
        for j, value in enumerate((group, measure, lead, support, due), start=2):
            cell = ws.cell(row=r, column=j, value=value)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    # 重点任务 merged down: only the first cell of a run keeps the text, as Excel does
    groups = [row[1] for row in P.TABLE_ROWS]
    i = 0
    while i < len(groups):
        k = i
        while k + 1 < len(groups) and groups[k + 1] == groups[i]:
            k += 1
        if k > i:
            ws.merge_cells(start_row=first + i, start_column=2, end_row=first + k, end_column=2)
        i = k + 1
    for col, w in zip("ABCDEF", (6, 16, 36, 18, 22, 14)):
        ws.column_dimensions[col].width = w
    wb.create_sheet("Sheet2")
    return _save(wb)


def empty_workbook() -> bytes:
    from openpyxl import Workbook

    return _save(Workbook())


def to_xls(xlsx: Path, out_dir: Path) -> Path | None:
    """``xlsx`` converted to XLS by LibreOffice, or None where it is not installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xls",
                        "--outdir", str(out_dir), str(xlsx)], check=True, capture_output=True, timeout=180)
    return out_dir / (xlsx.stem + ".xls")


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    out.mkdir(parents=True, exist_ok=True)
    (out / "plan_tasks.xlsx").write_bytes(workbook())
    (out / "empty.xlsx").write_bytes(empty_workbook())
    if to_xls(out / "plan_tasks.xlsx", out) is None:
        print("LibreOffice not installed: plan_tasks.xls not written", file=sys.stderr)
