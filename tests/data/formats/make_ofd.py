"""Write the synthetic plan (plan_spec.py) as an OFD file (GB/T 33190), laid out as an official
document is printed: A4 pages, 仿宋 body text wrapped at the text width (paragraphs are broken into
visual lines, as in every fixed-layout file), centred titles, right-aligned signature, a page
number ``— N —`` at the foot of each page, and the attachment's task table drawn with ruling lines
(PathObjects) whose 重点任务 cells are merged down over the rows of their measures (no rule
between them), the text of a cell wrapped inside it.

The package is minimal but valid: ``OFD.xml`` (DocInfo with a fixed DocID and dates) →
``Doc_0/Document.xml`` (page area, fonts in ``PublicRes.xml``, the page list) →
``Doc_0/Pages/Page_N/Content.xml`` (a layer of TextObjects, each with its Boundary, Font, Size and
one TextCode with X, Y and DeltaX). Zip entries carry a fixed date, so a re-run gives the same bytes.

Also written: ``broken.ofd`` (a zip cut short) and ``no_text.ofd`` (a valid package whose page holds
only a drawn rule, as a scan-to-OFD without text does).

Run: ``python tests/data/formats/make_ofd.py`` (writes to ``ofd/`` beside this file).
"""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).parent))
import plan_spec as P  # noqa: E402

OUT = Path(__file__).parent / "ofd"
NS = "http://www.ofdspec.org/2016"
PAGE_W, PAGE_H = 210.0, 297.0
LEFT, TOP, TEXT_W, BOTTOM = 28.0, 37.0, 156.0, 262.0
BODY, TITLE, CELL = 5.6, 7.7, 4.2   # font sizes in mm (三号, 二号, 小四)
PITCH = 1.75  # line pitch as a multiple of the font size
DATE = (2024, 3, 15, 9, 0, 0)


def _w(ch: str, size: float) -> float:
    return size * (0.5 if ord(ch) < 0x2000 else 1.0)


#: characters that never open a line: typesetting lets them hang at the end of the line before
_NO_LINE_START = "，。、；：？！）》」』】〕”’%"


def _wrap(text: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    lines, line, used = [], "", indent
    for ch in text:
        if used + _w(ch, size) > width + 1e-6 and line and ch not in _NO_LINE_START:
            lines.append(line)
            line, used = "", 0.0
        line += ch
        used += _w(ch, size)
    if line:
        lines.append(line)
    return lines


class _Page:
    def __init__(self):
        self.objects: list[str] = []

    def text(self, x: float, baseline: float, text: str, size: float, font: int = 1) -> None:
        width = sum(_w(c, size) for c in text)
        deltas = " ".join(f"{_w(c, size):g}" for c in text[:-1])
        self.objects.append(
            f'<ofd:TextObject ID="{{id}}" Boundary="{x:.2f} {baseline - size:.2f} {width + 1:.2f} {size * 1.3:.2f}" '
            f'Font="{font}" Size="{size:g}"><ofd:FillColor Value="0 0 0"/>'
            f'<ofd:TextCode X="0" Y="{size:.2f}"' + (f' DeltaX="{deltas}"' if deltas else "")
            + f">{escape(text)}</ofd:TextCode></ofd:TextObject>")

    def rule(self, x0: float, y0: float, x1: float, y1: float) -> None:
        w, h = max(x1 - x0, 0.0), max(y1 - y0, 0.0)
        self.objects.append(
            f'<ofd:PathObject ID="{{id}}" Boundary="{x0:.2f} {y0:.2f} {w:.2f} {h:.2f}" LineWidth="0.25">'
            f'<ofd:AbbreviatedData>M 0 0 L {w:.2f} {h:.2f}</ofd:AbbreviatedData></ofd:PathObject>')


class _Layout:
    """Flows paragraphs onto pages, top to bottom."""

    def __init__(self):
        self.pages: list[_Page] = [_Page()]
        self.y = TOP

    def need(self, height: float) -> None:
        if self.y + height > BOTTOM:
            self.pages.append(_Page())
            self.y = TOP

    def para(self, text: str, size: float = BODY, align: str = "left", indent: bool = True, font: int = 1) -> None:
        first = 2 * size if indent and align == "left" else 0.0
        for k, line in enumerate(_wrap(text, TEXT_W, size, first)):
            self.need(size * PITCH)
            width = sum(_w(c, size) for c in line)
            x = {"left": LEFT + (first if k == 0 else 0.0), "center": LEFT + (TEXT_W - width) / 2,
                 "right": LEFT + TEXT_W - width - 2 * size}[align]
            self.y += size * PITCH
            self.pages[-1].text(x, self.y, line, size, font)

    def blank(self) -> None:
        self.y += BODY * PITCH * 0.5


_COLS = [("序号", 10), ("重点任务", 28), ("具体措施", 52), ("牵头单位", 30), ("配合单位", 30), ("完成时限", 24)]


def _table(layout: _Layout) -> None:
    """The attachment table: header row, then rows; 重点任务 merged down over its measures."""
    x0 = LEFT + (TEXT_W - sum(w for _, w in _COLS)) / 2
    xs = [x0]
    for _, w in _COLS:
        xs.append(xs[-1] + w)
    rows = [[h for h, _ in _COLS]] + [list(r) for r in P.TABLE_ROWS]
    pad, pitch = 1.5, CELL * 1.5

    def cell_lines(j: int, text: str) -> list[str]:
        return _wrap(text, _COLS[j][1] - 2 * pad, CELL)

    heights = [max(len(cell_lines(j, c)) for j, c in enumerate(r)) * pitch + 2 * pad for r in rows]
    layout.need(sum(heights) + 2)
    page, top = layout.pages[-1], layout.y + 2
    ys = [top]
    for h in heights:
        ys.append(ys[-1] + h)
    groups = [None] + [r[1] for r in P.TABLE_ROWS]
    for i in range(len(rows) + 1):  # horizontal rules; none across a merged 重点任务 cell
        if 1 < i < len(rows) and groups[i] == groups[i - 1]:
            page.rule(xs[0], ys[i], xs[1], ys[i])
            page.rule(xs[2], ys[i], xs[-1], ys[i])
        else:
            page.rule(xs[0], ys[i], xs[-1], ys[i])
    for x in xs:
        page.rule(x, ys[0], x, ys[-1])
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            if i > 0 and j == 1 and groups[i] == groups[i - 1]:
                continue  # the merged cell's text is written once, in its first row
            span = 1
            while i > 0 and j == 1 and i + span < len(groups) and groups[i + span] == groups[i]:
                span += 1
            lines = cell_lines(j, text)
            block = len(lines) * pitch
            y = ys[i] + (ys[i + span] - ys[i] - block) / 2
            for k, line in enumerate(lines):
                page.text(xs[j] + pad, y + (k + 1) * pitch - 0.3 * CELL, line, CELL, 2 if i == 0 else 1)
    layout.y = ys[-1]


def layout_plan() -> list[_Page]:
    """The synthetic plan laid out on pages."""
    L = _Layout()
    L.para(P.COVER_TITLE, TITLE, "center", font=2)
    L.para(P.DOC_NUMBER, BODY, "center")
    L.blank()
    L.para(P.ADDRESSEE, indent=False)
    L.para(P.COVER_BODY)
    L.blank()
    L.para(P.SIGNATURE[0], align="right")
    L.para(P.SIGNATURE[1], align="right")
    L.blank()
    L.para(P.TITLE, TITLE, "center", font=2)
    L.blank()
    L.para(P.PREAMBLE)
    L.para(P.GOALS[0], font=2)
    for p in P.GOALS[1]:
        L.para(p)
    L.para(P.TASK_SECTION, font=2)
    for heading, tasks in P.TASK_GROUPS:
        L.para(heading, font=2)
        for no, head, body, note in tasks:
            L.para(f"{no}.{head}{body}（{note}）")
    L.para(P.CLOSING[0], font=2)
    for p in P.CLOSING[1]:
        L.para(p)
    L.pages.append(_Page())  # the attachment starts a page of its own
    L.y = TOP
    L.para(P.TABLE_TITLE, indent=False, font=2)
    _table(L)
    return L.pages


def _xml(body: str) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body).encode("utf-8")


def package(pages: list[_Page], title: str) -> dict[str, bytes]:
    """The files of an OFD package for ``pages`` (page numbers ``— N —`` added at their foot)."""
    files: dict[str, bytes] = {}
    next_id = 10
    page_refs = []
    for n, page in enumerate(pages, start=1):
        if page.objects and any("TextObject" in o for o in page.objects):
            label = f"— {n} —"
            page.text((PAGE_W - sum(_w(c, BODY) for c in label)) / 2, 280.0, label, BODY)
        objs = []
        for o in page.objects:
            objs.append(o.replace("{id}", str(next_id)))
            next_id += 1
        files[f"Doc_0/Pages/Page_{n - 1}/Content.xml"] = _xml(
            f'<ofd:Page xmlns:ofd="{NS}"><ofd:Content><ofd:Layer ID="{next_id}">' + "".join(objs)
            + "</ofd:Layer></ofd:Content></ofd:Page>")
        next_id += 1
        page_refs.append(f'<ofd:Page ID="{next_id}" BaseLoc="Pages/Page_{n - 1}/Content.xml"/>')
        next_id += 1
    files["Doc_0/PublicRes.xml"] = _xml(
        f'<ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>'
        '<ofd:Font ID="1" FontName="仿宋_GB2312" FamilyName="仿宋"/>'
        '<ofd:Font ID="2" FontName="黑体" FamilyName="黑体"/></ofd:Fonts></ofd:Res>')
    files["Doc_0/Document.xml"] = _xml(
        f'<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData><ofd:MaxUnitID>{next_id}</ofd:MaxUnitID>'
        f"<ofd:PageArea><ofd:PhysicalBox>0 0 {PAGE_W:g} {PAGE_H:g}</ofd:PhysicalBox></ofd:PageArea>"
        "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>"
        f"<ofd:Pages>{''.join(page_refs)}</ofd:Pages></ofd:Document>")
    files["OFD.xml"] = _xml(
        f'<ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo>'
        "<ofd:DocID>6b1a3c5e7d9f4b2a8c0e1f3a5b7c9d1e</ofd:DocID>"
        f"<ofd:Title>{escape(title)}</ofd:Title><ofd:Author>{escape(P.ISSUER)}</ofd:Author>"
        "<ofd:CreationDate>2024-03-15</ofd:CreationDate><ofd:Creator>make_ofd.py</ofd:Creator>"
        "</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
    return files


def write_package(path: Path, files: dict[str, bytes]) -> None:
    order = ["OFD.xml", "Doc_0/Document.xml", "Doc_0/PublicRes.xml"] + sorted(
        k for k in files if k.startswith("Doc_0/Pages/"))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in order:
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, files[name])


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    out.mkdir(parents=True, exist_ok=True)
    write_package(out / "plan.ofd", package(layout_plan(), P.COVER_TITLE))
    whole = (out / "plan.ofd").read_bytes()
    (out / "broken.ofd").write_bytes(whole[: len(whole) // 2])
    empty = _Page()
    empty.rule(LEFT, 100.0, LEFT + TEXT_W, 100.0)
    write_package(out / "no_text.ofd", package([empty], "扫描件"))
