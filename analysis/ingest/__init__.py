"""Stage 0 — ingest: one reader per file format, chosen by the file's content.

In:  a file as a government portal serves it — plain text, an HTML page, PDF (text layer or a
     scan), Word (DOCX; DOC, WPS, ODT and RTF through LibreOffice), OFD, a spreadsheet
     (XLSX, XLS, CSV) — or as a crawler or converter saved it, in Markdown.
Out: a :class:`RawDocument` — text lines in reading order with the provenance of each
     (page and line, paragraph, table row, HTML element), the tables the format knows
     (task-division tables rendered as task lines, :mod:`.task_tables`), the page's own
     metadata fields as evidence, and the repairs and warnings of the reading.

:func:`read_raw` is the one entry point; :func:`sniff_format` says which reader a file gets.
A file no reader can take raises :class:`CorpusError` with one line naming the file and why.
"""
from __future__ import annotations

from importlib import import_module
from pathlib import Path

from .base import MAX_FILE_BYTES, CorpusError, RawDocument, Table
from .sniff import FORMATS, sniff_format

__all__ = ["CorpusError", "RawDocument", "Table", "FORMATS", "MAX_FILE_BYTES", "read_raw", "sniff_format",
           "READERS"]

#: format → (module, function) of its reader; modules are imported on first use so that a
#: corpus of text files never loads the PDF or Word libraries.
READERS: dict[str, tuple[str, str]] = {
    "txt": ("text", "read_text"),
    "csv": ("text", "read_csv"),
    "md": ("markdown", "read_markdown"),
    "html": ("html", "read_html"),
    "pdf": ("pdf", "read_pdf"),
    "docx": ("word", "read_docx"),
    "doc": ("word", "read_via_libreoffice"),
    "wps": ("word", "read_via_libreoffice"),
    "odt": ("word", "read_via_libreoffice"),
    "rtf": ("word", "read_via_libreoffice"),
    "ofd": ("ofd", "read_ofd"),
    "xlsx": ("sheet", "read_xlsx"),
    "xls": ("sheet", "read_xls"),
}


_TEXT_SUFFIXES = (".txt", ".text")


def read_raw(path: str | Path, office_cache: str | Path | None = None) -> RawDocument:
    """Read one file with the reader its content calls for.

    In: a path; ``office_cache``: a folder where DOC/WPS/ODT/RTF files converted by LibreOffice
    are kept by content (see :func:`analysis.ingest.word.convert_many`), or None to convert in a
    temporary folder. Out: a :class:`RawDocument` with at least one non-blank line. Raises
    :class:`CorpusError` (one line: the file, the place, the problem) for a missing, oversized,
    empty, damaged, encrypted or unsupported file, and for a file with no text to read.
    """
    path = Path(path)
    if not path.is_file():
        raise CorpusError(f"{path}: file does not exist")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise CorpusError(f"{path}: {size / 2**20:.0f} MB is larger than the {MAX_FILE_BYTES // 2**20} MB a plan "
                          f"file can be; not read")
    if size == 0:
        raise CorpusError(f"{path}: file is empty")
    fmt = sniff_format(path)
    module, function = READERS[fmt]
    try:
        reader = getattr(import_module(f".{module}", __name__), function)
    except ImportError as exc:
        raise CorpusError(f"{path}: a {fmt.upper()} file, but its reader cannot be loaded ({exc})") from None
    try:
        raw = reader(path, fmt, cache=office_cache) if function == "read_via_libreoffice" else reader(path)
    except CorpusError as exc:
        # a file named as text whose markup holds no text (tag junk copied before a page's words) is
        # the text it is named as: read so, the tags removed and said
        if fmt != "html" or path.suffix.lower() not in _TEXT_SUFFIXES:
            raise
        from .html import NoMainText
        from .text import read_text_without_markup

        if not isinstance(exc, NoMainText):
            raise

        raw = read_text_without_markup(path, "no main text as a web page")
    if not any(line.strip() for line in raw.lines):
        raise CorpusError(f"{path}: no text found in this {fmt.upper()} file")
    if len(raw.where) != len(raw.lines):
        raise AssertionError(f"{path}: the {fmt} reader gave {len(raw.lines)} lines but {len(raw.where)} places")
    return raw
