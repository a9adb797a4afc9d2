"""Word documents: DOCX read with python-docx, DOC/WPS/ODT/RTF converted to DOCX by LibreOffice
headless first.

In:  a ``.docx`` file (:func:`read_docx`), or a Word 97–2003 ``.doc``, a Kingsoft ``.wps`` (the
     same binary format), an OpenDocument ``.odt`` or an ``.rtf`` file
     (:func:`read_via_libreoffice`).
Out: a :class:`~analysis.ingest.base.RawDocument` — the body's paragraphs and tables in the order
     they stand, each paragraph's Word auto-number written in front of its text as Word shows it
     (:mod:`.numbering`), tables with merged cells carried into every cell they span and rendered
     at their place by :func:`~analysis.ingest.task_tables.render_table`; provenance
     ``paragraph 14`` (the 14th paragraph of the body, tables not counted) or
     ``table 2 row 3``; the core properties title and created date in ``fields``; page
     headers and footers are not body text: each distinct one is recorded as a
     ``page_furniture`` repair.

python-docx (chosen by ``benchmarks/readers_word.py``: docx2python, mammoth and docx2txt lose
the Chinese numbering or the table cells) opens the package and resolves merged cells; the text
of a paragraph is collected here from its XML because python-docx's ``Paragraph.text`` skips
tracked insertions (``w:ins``), content controls (``w:sdt``), smart tags and simple fields.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import tempfile
import zipfile
import zlib
from pathlib import Path

from .base import CorpusError, RawDocument, Table
from .numbering import W, ListNumbering, join_label
from .task_tables import render_table

__all__ = ["read_docx", "read_via_libreoffice", "convert_to_docx", "LIBREOFFICE_TIMEOUT"]

#: Seconds LibreOffice may take to convert one file before it is stopped.
LIBREOFFICE_TIMEOUT = 180

_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_INSTALL = "apt-get install libreoffice-writer-nogui"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


_P, _TBL, _TR, _TC, _T = _w("p"), _w("tbl"), _w("tr"), _w("tc"), _w("t")
_TAB, _PTAB, _BR, _CR = _w("tab"), _w("ptab"), _w("br"), _w("cr")
_SDT, _SDT_CONTENT, _CUSTOM_XML = _w("sdt"), _w("sdtContent"), _w("customXml")
_TXBX = _w("txbxContent")
_RUN, _RPR = _w("r"), _w("rPr")
# subtrees whose text is not shown: deletions, moved-away text, properties, field codes, and the
# fallback copy of a drawing (its text box is read once, from the mc:Choice copy)
_SKIP = {_w("del"), _w("moveFrom"), _w("pPr"), _w("rPr"), _w("sdtPr"), _w("sdtEndPr"), _w("instrText"),
         _w("delText"), _w("fldData"), _w("tblPr"), _w("tblGrid"), _w("trPr"), _w("tcPr"),
         f"{{{_MC}}}Fallback"}
_SHOWN_TEXT = (".//w:t[not(ancestor::w:del) and not(ancestor::w:moveFrom) and not(ancestor::mc:Fallback)"
               " and not(ancestor::w:r[w:rPr/w:vanish[not(@w:val='0' or @w:val='false')]])]")


def _hidden(run) -> bool:
    rpr = run.find(_RPR)
    v = None if rpr is None else rpr.find(_w("vanish"))
    return v is not None and v.get(_w("val"), "true") not in ("0", "false")


class _Walker:
    """One pass over a document body in order: numbering counters, paragraph and table numbers,
    the characters read (to tell when text was left behind)."""

    def __init__(self, raw: RawDocument, numbering: ListNumbering, prefix: str):
        self.raw = raw
        self.numbering = numbering
        self.prefix = prefix
        self.paragraphs = 0
        self.tables = 0
        self.chars = 0

    # -- text of one paragraph

    def _collect(self, el, out: list[str], boxes: list) -> None:
        for child in el:
            tag = child.tag
            if tag == _T:
                out.append(child.text or "")
                self.chars += len(child.text or "")
            elif tag in (_TAB, _PTAB):
                out.append("\t")
            elif tag == _BR:
                if child.get(_w("type"), "textWrapping") == "textWrapping":
                    out.append("\n")
            elif tag == _CR:
                out.append("\n")
            elif tag == _w("noBreakHyphen"):
                out.append("-")
            elif tag == _TXBX:
                boxes.append(child)
            elif tag in _SKIP or not isinstance(tag, str):
                continue
            elif tag == _RUN and _hidden(child):
                continue
            else:
                self._collect(child, out, boxes)

    def paragraph_text(self, p) -> tuple[str, list]:
        """The paragraph as Word shows it (its number, then its text) and its text boxes."""
        out: list[str] = []
        boxes: list = []
        self._collect(p, out, boxes)
        text = "".join(out).strip(" \t\u3000") if out else ""
        return join_label(self.numbering.label(p), text), boxes

    # -- blocks

    def blocks(self, parent):
        """The paragraphs and tables of ``parent`` in order, content controls and custom XML opened."""
        for child in parent:
            if child.tag in (_P, _TBL):
                yield child
            elif child.tag == _CUSTOM_XML:
                yield from self.blocks(child)
            elif child.tag == _SDT and child.find(_SDT_CONTENT) is not None:
                yield from self.blocks(child.find(_SDT_CONTENT))
            elif child.tag == _w("altChunk"):
                self.raw.warnings.append(("word_altchunk", f"{self.raw.path.name}: an embedded document "
                                          f"(altChunk) after {self.prefix}paragraph {self.paragraphs} is not read"))

    def body(self, body, parent) -> None:
        for el in self.blocks(body):
            if el.tag == _P:
                self.paragraphs += 1
                self.add_paragraph(el, f"{self.prefix}paragraph {self.paragraphs}")
            else:
                self.tables += 1
                self.add_table(el, parent, f"{self.prefix}table {self.tables}")

    def add_paragraph(self, p, where: str) -> None:
        text, boxes = self.paragraph_text(p)
        self.raw.add_line(text, where)
        for box in boxes:
            for el in self.blocks(box):
                if el.tag == _P:
                    self.raw.add_line(self.paragraph_text(el)[0], f"{where} text box")

    # -- tables

    def cell_text(self, tc, parent, where: str) -> str:
        """A cell's paragraphs, one a line; a table inside the cell flattened to one line a row."""
        lines: list[str] = []
        for el in self.blocks(tc):
            if el.tag == _P:
                text, boxes = self.paragraph_text(el)
                lines.append(text)
                lines += [self.paragraph_text(b)[0] for box in boxes for b in self.blocks(box) if b.tag == _P]
            else:
                self.raw.warnings.append(("word_nested_table", f"{self.raw.path.name}: {where}: a table inside a "
                                          f"cell is read as one line a row in that cell"))
                for row in self.table_rows(el, parent, where):
                    lines.append(" ".join(dict.fromkeys(c for c in row if c)))
        return "\n".join(line for line in lines if line.strip())

    def table_rows(self, tbl, parent, where: str) -> list[list[str]]:
        """Rows of cell texts over the table's grid, a merged cell in every grid cell it spans.
        Each physical cell is read once, in order, so the numbering counters advance as Word's do."""
        from docx.table import Table as DocxTable

        table = DocxTable(tbl, parent)
        texts: dict = {}
        rows = []
        for i, row in enumerate(table.rows, start=1):
            try:
                cells = list(row.cells)
            except (ValueError, IndexError):
                # a vertical merge with nothing above it (damaged table): read the row's own cells
                cells = [None if tc.vMerge == "continue" else tc for tc in row._tr.tc_lst]
                self.raw.warnings.append(("word_table_merge", f"{self.raw.path.name}: {where} row {i}: a merged "
                                          f"cell continues a cell that does not exist; left empty"))
            out_row = [""] * row.grid_cols_before
            for cell in cells:
                tc = getattr(cell, "_tc", cell)
                if tc is not None and tc not in texts:
                    texts[tc] = self.cell_text(tc, parent, f"{where} row {i}")
                out_row.append(texts.get(tc, "") if tc is not None else "")
            rows.append(out_row + [""] * row.grid_cols_after)
        return rows

    def add_table(self, tbl, parent, where: str) -> None:
        trs = tbl.findall(_TR)
        if trs and all(len(tr.findall(_TC)) <= 1 for tr in trs):
            # one column: a frame around text (a boxed notice, an attachment in a cell), not a grid —
            # its paragraphs are lines of their own, a table inside it a table of its own
            for i, tr in enumerate(trs, start=1):
                inner = 0
                for el in self.blocks(tr.find(_TC) if tr.find(_TC) is not None else ()):
                    if el.tag == _P:
                        self.add_paragraph(el, f"{where} row {i}")
                    else:
                        inner += 1
                        self.add_table(el, parent, f"{where} row {i} table {inner}")
            return
        rows = self.table_rows(tbl, parent, where)
        if not rows:
            return
        row_where = [f"{where} row {i}" for i in range(1, len(rows) + 1)]
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        render_table(self.raw, Table(rows=rows, where=where, row_where=row_where))


def _open(path: Path):
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    with path.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise CorpusError(f"{path}: an OLE container, not a DOCX zip — a password-protected DOCX or a Word 97 "
                          f"file; save an unprotected .docx")
    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, zlib.error, EOFError, OSError,
            etree.XMLSyntaxError) as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise CorpusError(f"{path}: damaged DOCX, python-docx cannot open it ({reason[:160]})") from None


def _furniture(document) -> list[str]:
    """The distinct texts of the page headers and footers, in part-name order."""
    texts: list[str] = []
    parts = sorted((rel.target_part for rel in document.part.rels.values()
                    if not rel.is_external and rel.reltype.rsplit("/", 1)[-1] in ("header", "footer")),
                   key=lambda part: str(part.partname))
    for part in parts:
        for p in part.element.iter(_P):
            text = "".join(t.text or "" for t in p.iter(_T)).strip()
            if text and text not in texts:
                texts.append(text)
    return texts


def read_docx(path: str | Path, *, prefix: str = "") -> RawDocument:
    """Read a DOCX file.

    In: the path; ``prefix`` goes before every provenance (``DOC `` for a converted file). Out: a
    :class:`RawDocument` (see the module docstring). Raises :class:`CorpusError` with one line
    naming the file for a damaged or password-protected file and for a document without text.
    """
    path = Path(path)
    document = _open(path)
    element = document.element
    body = element.find(_w("body"))
    numbering_part = None
    try:
        numbering_part = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        pass  # no numbering.xml: nothing is auto-numbered
    numbering = ListNumbering.from_parts(numbering_part, document.styles.element)
    raw = RawDocument(path=path, format="docx", lines=[], where=[])
    walker = _Walker(raw, numbering, prefix)
    if body is not None:
        walker.body(body, document._body)
    for message in dict.fromkeys(numbering.warnings):
        raw.warnings.append(("word_numbering", f"{path.name}: {message}"))
    from lxml import etree

    shown_text = etree.XPath(_SHOWN_TEXT, namespaces={"w": W, "mc": _MC})
    shown = sum(len(t.text or "") for t in shown_text(body)) if body is not None else 0
    if shown > walker.chars:
        raw.warnings.append(("word_text_not_read", f"{path.name}: {shown - walker.chars} of the {shown} characters "
                             f"in the body were not read (they stand in a structure this reader does not walk)"))
    for text in _furniture(document):
        raw.repairs.append(("page_furniture", 0, text, ""))
    props = document.core_properties
    if props.title and props.title.strip():
        raw.fields["title"] = props.title.strip()
    if props.created is not None:
        raw.fields["created"] = props.created.isoformat()
    if not any(line.strip() for line in raw.lines):
        raise CorpusError(f"{path}: no text in this DOCX (an empty document, or only images — a scan saved as Word?)")
    return raw


# ---------------------------------------------------------------- DOC, WPS, ODT, RTF


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _check_not_encrypted(path: Path, fmt: str) -> None:
    """A password-protected DOC/WPS or ODT: one line, before LibreOffice would fail on it."""
    if fmt in ("doc", "wps"):
        import olefile

        try:
            with olefile.OleFileIO(str(path)) as ole:
                if ole.exists("WordDocument"):
                    fib = ole.openstream("WordDocument").read(12)
                    if len(fib) >= 12 and int.from_bytes(fib[10:12], "little") & 0x0100:  # FIB fEncrypted
                        raise CorpusError(f"{path}: the Word file is password-protected; save an unprotected copy")
        except OSError as exc:
            raise CorpusError(f"{path}: broken Word 97 file ({exc})") from None
    elif fmt == "odt":
        try:
            with zipfile.ZipFile(path) as z:
                manifest = z.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in z.namelist() else b""
        except (zipfile.BadZipFile, OSError) as exc:
            raise CorpusError(f"{path}: broken OpenDocument zip ({exc})") from None
        if b"encryption-data" in manifest:
            raise CorpusError(f"{path}: the OpenDocument file is password-protected; save an unprotected copy")


def convert_to_docx(path: str | Path, fmt: str, outdir: str | Path, timeout: float = LIBREOFFICE_TIMEOUT) -> Path:
    """Convert ``path`` (a ``doc``/``wps``/``odt``/``rtf`` file) to DOCX in ``outdir`` with
    LibreOffice headless, under a user profile of its own in ``outdir`` (parallel conversions do
    not share one). Out: the DOCX's path. Raises :class:`CorpusError` (one line) when LibreOffice
    is missing, fails, or takes longer than ``timeout`` seconds."""
    path, outdir = Path(path), Path(outdir)
    soffice = _soffice()
    if soffice is None:
        raise CorpusError(f"{path}: a {fmt.upper()} file is read through LibreOffice, which is not installed "
                          f"({_INSTALL})")
    # a plain ASCII name with the format's usual extension: a Kingsoft .wps is a Word 97 file, and
    # LibreOffice would otherwise try its Microsoft Works filter on the .wps name
    source = outdir / f"input.{ {'wps': 'doc'}.get(fmt, fmt) }"
    shutil.copyfile(path, source)
    profile = outdir / "profile"
    cmd = [soffice, f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless", "--norestore",
           "--nologo", "--nolockcheck", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(outdir),
           str(source)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                            env={**os.environ, "HOME": str(outdir)})
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise CorpusError(f"{path}: LibreOffice did not finish converting the {fmt.upper()} file in {timeout:.0f} s; "
                          f"not read") from None
    target = outdir / "input.docx"
    if proc.returncode != 0 or not target.is_file():
        last = [ln for ln in err.decode("utf-8", "replace").splitlines() if ln.strip()]
        reason = last[-1].strip()[:160] if last else f"exit code {proc.returncode}, no output"
        raise CorpusError(f"{path}: LibreOffice could not convert the {fmt.upper()} file ({reason}); not read")
    return target


def _content_key(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def convert_many(paths: list[Path], cache: str | Path, timeout: float = LIBREOFFICE_TIMEOUT) -> int:
    """Convert the DOC/WPS/ODT/RTF files among ``paths`` that ``cache`` does not hold yet, in ONE
    LibreOffice run (its start-up, 3–4 s, is most of a file's conversion time), into
    ``cache/<sha256 of the file>.docx``. Out: how many were converted. Files LibreOffice cannot
    convert (or a missing LibreOffice) are left out silently here: :func:`read_via_libreoffice`
    reads each file afterwards and reports its own error."""
    from .sniff import sniff_format

    cache = Path(cache)
    todo: dict[str, tuple[Path, str]] = {}
    for path in map(Path, paths):
        try:
            fmt = sniff_format(path)
            if fmt not in ("doc", "wps", "odt", "rtf"):
                continue
            _check_not_encrypted(path, fmt)
        except CorpusError:
            continue
        key = _content_key(path)
        if not (cache / f"{key}.docx").is_file():
            todo[key] = (path, fmt)
    soffice = _soffice()
    if not todo or soffice is None:
        return 0
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="policy-lo-") as tmp:
        tmp = Path(tmp)
        sources = []
        for key, (path, fmt) in sorted(todo.items()):
            source = tmp / f"{key}.{ {'wps': 'doc'}.get(fmt, fmt) }"  # see convert_to_docx on .wps
            shutil.copyfile(path, source)
            sources.append(str(source))
        cmd = [soffice, f"-env:UserInstallation={(tmp / 'profile').resolve().as_uri()}", "--headless", "--norestore",
               "--nologo", "--nolockcheck", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmp / "out"),
               *sources]
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
                                env={**os.environ, "HOME": str(tmp)})
        try:
            proc.wait(timeout=timeout + 5 * len(sources))
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        done = 0
        for key in todo:
            out = tmp / "out" / f"{key}.docx"
            if out.is_file():
                shutil.move(str(out), cache / f"{key}.docx")
                done += 1
    return done


def read_via_libreoffice(path: str | Path, fmt: str | None = None, cache: str | Path | None = None) -> RawDocument:
    """Read a DOC, WPS, ODT or RTF file: LibreOffice converts it to DOCX in a temporary folder,
    :func:`read_docx` reads that. Provenance is the DOCX's with the format in front
    (``DOC paragraph 14``, ``WPS table 1 row 3``); a ``format_conversion`` repair records the
    conversion (its time is measured by ``benchmarks/readers_word.py``, not stored: same input,
    same output). ``fmt`` defaults to the sniffed format. With ``cache`` (a folder), the DOCX is
    taken from or kept in ``cache/<sha256 of the file>.docx`` (see :func:`convert_many`). Raises
    :class:`CorpusError` (one line) for a password-protected file, a failed conversion, or
    when LibreOffice is not installed (naming the package to install)."""
    from .sniff import sniff_format

    path = Path(path)
    fmt = fmt or sniff_format(path)
    if fmt not in ("doc", "wps", "odt", "rtf"):
        raise CorpusError(f"{path}: a {fmt.upper()} file is not read through LibreOffice")
    _check_not_encrypted(path, fmt)
    cached = Path(cache) / f"{_content_key(path)}.docx" if cache is not None else None
    with tempfile.TemporaryDirectory(prefix="policy-lo-") as tmp:
        if cached is not None and cached.is_file():
            docx_path = cached
        else:
            docx_path = convert_to_docx(path, fmt, tmp)
            if cached is not None:
                cached.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(docx_path, cached)
        try:
            raw = read_docx(docx_path, prefix=f"{fmt.upper()} ")
        except CorpusError as exc:
            raise CorpusError(str(exc).replace(str(docx_path), f"{path} (converted to DOCX)")) from None
    raw.path = path
    raw.format = fmt
    raw.repairs.insert(0, ("format_conversion", 0, fmt.upper(), "DOCX by LibreOffice"))
    raw.warnings = [(k, m.replace("input.docx", path.name)) for k, m in raw.warnings]
    return raw
