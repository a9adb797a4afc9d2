"""Write the synthetic plan (plan_spec.py) as Word files, shaped like the ones governments publish.

``plan.docx`` (python-docx, numbering.xml written here):
  - the section, group and task numbers are Word auto-numbering, NOT text: a two-level list
    whose level 1 is chineseCounting ``%1、`` (linked to the paragraph style ``PlanSection``, as
    heading styles are in real templates) and level 2 chineseCounting ``（%2）`` (restarting
    after each section); the tasks are a list of their own, decimal ``%1.``, so their numbers run
    on across groups (a third level restarting only after sections, ``w:lvlRestart``, would do
    the same in Word, but LibreOffice 7.4 ignores lvlRestart and the DOC/ODT made from this file
    would number 1, 2, 1, 2 — see tests/test_ingest_word.py); the 序号 column of the attachment
    table is a third list, decimal ``%1``;
  - the task notes （牵头单位：…） are in the text;
  - the attachment is a real table: a title row merged across all six columns (``w:gridSpan``),
    the header, and the 重点任务 cells merged down over their measures (``w:vMerge``);
  - a page header and a footer with a PAGE field (page furniture, not body text);
  - core properties: title and a fixed created date.
  Zip entries get a fixed timestamp, so a re-run writes the same bytes.

``plan.doc``, ``plan.wps``, ``plan.odt`` — made from plan.docx by LibreOffice headless when it is
installed (``soffice --convert-to doc:"MS Word 97"`` / ``odt``). A Kingsoft ``.wps`` file is the
Word 97 binary format (WPS Writer saves its own documents in it), so ``plan.wps`` is the
Word 97 file under the .wps name. The DOC comes out the same bytes each run (LibreOffice 7.4
takes its dates from the DOCX's fixed core properties); the ODT's zip dates, metadata dates,
list ids and rsids are fixed here, so it is the same bytes each run too. A different
LibreOffice version may write different bytes for the same content.

No RTF fixture: LibreOffice 7.4's RTF export writes list level texts in the ANSI code page
(``%1、`` becomes ``%1?``, ``（%2）`` becomes ``(%2)``), so an RTF made here would test that
export, not the reader; RTF takes the same LibreOffice path as DOC.

Run: ``python tests/data/formats/make_word.py`` (writes beside this file).
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import plan_spec as spec  # noqa: E402

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FIXED_TIME = (2024, 3, 15, 9, 0, 0)
SECTION_STYLE = "PlanSection"
OUTLINE_NUM, SERIAL_NUM, TASK_NUM = "1", "2", "3"


def _el(tag: str, val: str | None = None, **attrs):
    from docx.oxml.parser import OxmlElement
    from docx.oxml.ns import qn

    el = OxmlElement(f"w:{tag}")
    if val is not None:
        el.set(qn("w:val"), val)
    for k, v in attrs.items():
        el.set(qn(f"w:{k}"), v)
    return el


def _lvl(ilvl: int, fmt: str, text: str, restart: int | None = None, style: str | None = None):
    lvl = _el("lvl", ilvl=str(ilvl))
    lvl.append(_el("start", "1"))
    lvl.append(_el("numFmt", fmt))
    if restart is not None:
        lvl.append(_el("lvlRestart", str(restart)))
    if style:
        lvl.append(_el("pStyle", style))
    lvl.append(_el("suff", "nothing"))
    lvl.append(_el("lvlText", text))
    lvl.append(_el("lvlJc", "left"))
    return lvl


def _write_numbering(doc) -> None:
    root = doc.part.numbering_part.element
    for child in list(root):
        root.remove(child)
    outline = _el("abstractNum", abstractNumId="10")
    outline.append(_el("multiLevelType", "multilevel"))
    outline.append(_lvl(0, "chineseCounting", "%1、", style=SECTION_STYLE))
    outline.append(_lvl(1, "chineseCounting", "（%2）"))
    serial = _el("abstractNum", abstractNumId="20")
    serial.append(_el("multiLevelType", "singleLevel"))
    serial.append(_lvl(0, "decimal", "%1"))
    tasks = _el("abstractNum", abstractNumId="30")
    tasks.append(_el("multiLevelType", "singleLevel"))
    tasks.append(_lvl(0, "decimal", "%1."))
    root.extend([outline, serial, tasks])
    for num_id, abstract in ((OUTLINE_NUM, "10"), (SERIAL_NUM, "20"), (TASK_NUM, "30")):
        num = _el("num", numId=num_id)
        num.append(_el("abstractNumId", abstract))
        root.append(num)


def _number(paragraph, num_id: str | None, ilvl: int | None) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    numpr = _el("numPr")
    if ilvl is not None:
        numpr.append(_el("ilvl", str(ilvl)))
    if num_id is not None:
        numpr.append(_el("numId", num_id))
    ppr.append(numpr)


def _section_style(doc) -> None:
    from docx.enum.style import WD_STYLE_TYPE

    style = doc.styles.add_style(SECTION_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    ppr = style.element.get_or_add_pPr()
    numpr = _el("numPr")
    numpr.append(_el("numId", OUTLINE_NUM))  # no ilvl: the level whose pStyle is this style
    ppr.append(numpr)


_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)")


def _add_numbered(doc, line: str, level: int, auto: bool = True):
    """A plan line whose number Word generates: the number is cut from the text (with
    ``auto=False`` the number stays typed in the text, as in a document without numbering)."""
    if not auto:
        return doc.add_paragraph(line)
    text = _NUMBERED.sub("", line, count=1)
    if level == 0:
        return doc.add_paragraph(text, style=SECTION_STYLE)
    p = doc.add_paragraph(text)
    _number(p, OUTLINE_NUM if level == 1 else TASK_NUM, 1 if level == 1 else 0)
    return p


def _furniture(doc) -> None:
    section = doc.sections[0]
    section.header.paragraphs[0].text = f"{spec.ISSUER}文件"
    footer = section.footer.paragraphs[0]
    footer.add_run("— ")
    field = _el("fldSimple", instr=" PAGE ")
    run = _el("r")
    t = _el("t")
    t.text = "1"
    run.append(t)
    field.append(run)
    footer._p.append(field)
    footer.add_run(" —")


def _table(doc, auto: bool = True) -> None:
    rows = spec.TABLE_ROWS
    table = doc.add_table(rows=2 + len(rows), cols=len(spec.TABLE_HEADER))
    table.style = doc.styles["Table Grid"] if "Table Grid" in [s.name for s in doc.styles] else None
    title = table.rows[0].cells[0].merge(table.rows[0].cells[-1])      # w:gridSpan 6
    title.paragraphs[0].text = spec.TABLE_TITLE
    for j, head in enumerate(spec.TABLE_HEADER):
        table.rows[1].cells[j].paragraphs[0].text = head
    for i, (_no, group, measure, lead, support, due) in enumerate(rows, start=2):
        cells = table.rows[i].cells
        if auto:
            _number(cells[0].paragraphs[0], SERIAL_NUM, 0)               # 序号 by auto-numbering
        else:
            cells[0].paragraphs[0].text = _no
        for j, value in ((2, measure), (3, lead), (4, support), (5, due)):
            cells[j].paragraphs[0].text = value
    # 重点任务 merged down over the rows of its measures (w:vMerge)
    i = 0
    while i < len(rows):
        k = i
        while k + 1 < len(rows) and rows[k + 1][1] == rows[i][1]:
            k += 1
        top = table.rows[2 + i].cells[1]
        merged = top.merge(table.rows[2 + k].cells[1]) if k > i else top
        merged.paragraphs[0].text = rows[i][1]
        i = k + 1


def build_docx(auto: bool = True):
    """The plan as a python-docx Document (see the module docstring); ``auto=False`` types the
    numbers into the text instead (the benchmark's control: what readers without numbering
    support see when a document has no auto-numbering)."""
    import docx

    doc = docx.Document()
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = spec.TITLE, spec.ISSUER, spec.ISSUER
    cp.created = cp.modified = dt.datetime(*FIXED_TIME)
    cp.revision = 1
    _write_numbering(doc)
    _section_style(doc)
    _furniture(doc)
    for line in [spec.COVER_TITLE, spec.DOC_NUMBER, "", spec.ADDRESSEE, spec.COVER_BODY, "", *spec.SIGNATURE, "",
                 spec.TITLE, "", spec.PREAMBLE]:
        doc.add_paragraph(line)
    _add_numbered(doc, spec.GOALS[0], 0, auto)
    for para in spec.GOALS[1]:
        doc.add_paragraph(para)
    _add_numbered(doc, spec.TASK_SECTION, 0, auto)
    for heading, tasks in spec.TASK_GROUPS:
        _add_numbered(doc, heading, 1, auto)
        for no, head, body, note in tasks:
            _add_numbered(doc, f"{no}.{head}{body}（{note}）", 2, auto)
    _add_numbered(doc, spec.CLOSING[0], 0, auto)
    for para in spec.CLOSING[1]:
        _add_numbered(doc, para, 1, auto)
    doc.add_paragraph("")
    _table(doc, auto)
    return doc


def _fixed_zip(data: bytes, rewrite=None) -> bytes:
    """The zip ``data`` with every entry stamped FIXED_TIME (and ``rewrite(name, bytes)`` applied)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if rewrite is not None:
                body = rewrite(info.filename, body)
            stored = info.filename == "mimetype"  # ODF: the first entry, uncompressed
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, body)
    return out.getvalue()


def write_docx(path: Path, auto: bool = True) -> Path:
    buf = io.BytesIO()
    build_docx(auto).save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))
    return path


def _odt_fixed(name: str, body: bytes) -> bytes:
    """LibreOffice's random parts of an ODT made fixed: list ids (renumbered in order of first
    use, references included), rsids, the save date and editing time."""
    if name not in ("content.xml", "styles.xml", "settings.xml", "meta.xml"):
        return body
    text = body.decode("utf-8")
    if name in ("content.xml", "styles.xml"):
        ids: dict[str, str] = {}
        for found in re.findall(r"list\d{6,}", text):
            ids.setdefault(found, f"list{len(ids) + 1}")
        text = re.sub(r"list\d{6,}", lambda m: ids[m.group()], text)
    elif name == "settings.xml":
        text = re.sub(r'(config:name="Rsid(?:Root)?" config:type="int">)\d+', r"\g<1>1", text)
    elif name == "meta.xml":
        text = re.sub(r"<dc:date>[^<]*</dc:date>", "<dc:date>2024-03-15T09:00:00</dc:date>", text)
        text = re.sub(r"<meta:editing-duration>[^<]*</meta:editing-duration>",
                      "<meta:editing-duration>PT0S</meta:editing-duration>", text)
    return text.encode("utf-8")


def convert(docx_path: Path, target: str, out: Path) -> Path:
    """``docx_path`` converted by LibreOffice headless to ``target`` (a --convert-to argument),
    written as ``out``."""
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [soffice, f"-env:UserInstallation={Path(tmp, 'profile').as_uri()}", "--headless", "--norestore",
               "--convert-to", target, "--outdir", tmp, str(docx_path)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        made = Path(tmp) / f"{docx_path.stem}.{target.split(':')[0]}"
        data = made.read_bytes()
    if out.suffix == ".odt":
        data = _fixed_zip(data, _odt_fixed)
    out.write_bytes(data)
    return out


_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>"""
_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
_DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""
_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:v="urn:schemas-microsoft-com:vml"')


def minimal_docx(path: Path, body: str, numbering: str = "", styles: str = "") -> Path:
    """A DOCX of the given XML fragments, for the tests of one rule each: ``body`` goes inside
    ``w:body``, ``numbering`` inside ``w:numbering``, ``styles`` inside ``w:styles`` (prefixes
    w:, mc:, wps:, v: are declared). Fixed zip timestamps: same input, same bytes."""
    parts = {
        "[Content_Types].xml": _CONTENT_TYPES,
        "_rels/.rels": _ROOT_RELS,
        "word/_rels/document.xml.rels": _DOC_RELS,
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                             f"<w:document {_NS}><w:body>{body}</w:body></w:document>",
        "word/numbering.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                              f"<w:numbering {_NS}>{numbering}</w:numbering>",
        "word/styles.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                           f"<w:styles {_NS}>{styles}</w:styles>",
    }
    with zipfile.ZipFile(path, "w") as z:
        for name, text in parts.items():
            zi = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, text.encode("utf-8"))
    return path


def write_encrypted(path: Path) -> Path | None:
    """A password-protected DOCX (password ``plan``; an OLE container holding EncryptedPackage),
    made with msoffcrypto-tool when it is installed (a generator-only tool: its random salt makes
    the bytes differ between runs). Out: the path, or None without the tool."""
    try:
        from msoffcrypto.format.ooxml import OOXMLFile
    except ImportError:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        plain = minimal_docx(Path(tmp) / "plain.docx", "<w:p><w:r><w:t>一、总体目标</w:t></w:r></w:p>")
        with plain.open("rb") as src, path.open("wb") as dst:
            OOXMLFile(src).encrypt("plan", dst)
    return path


def main(folder: Path = HERE) -> None:
    docx_path = write_docx(folder / "plan.docx")
    print(f"wrote {docx_path} ({docx_path.stat().st_size} bytes)")
    encrypted = folder / "plan_encrypted.docx"
    if not encrypted.exists():  # random salt: made once, then kept
        print(f"wrote {write_encrypted(encrypted) or 'nothing: msoffcrypto-tool not installed'}")
    if shutil.which("soffice") is None:
        print("LibreOffice not installed: plan.doc, plan.wps and plan.odt not (re)made")
        return
    doc = convert(docx_path, "doc:MS Word 97", folder / "plan.doc")
    shutil.copyfile(doc, folder / "plan.wps")
    odt = convert(docx_path, "odt", folder / "plan.odt")
    for p in (doc, folder / "plan.wps", odt):
        print(f"wrote {p} ({p.stat().st_size} bytes)")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
