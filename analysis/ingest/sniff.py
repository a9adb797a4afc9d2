"""Which reader a file needs, decided by its content (magic bytes, zip members, OLE streams,
HTML markup), the extension only breaking ties the content leaves open (a Kingsoft ``.wps``
and a Word ``.doc`` are the same binary format; a ``.csv`` is text, and so is a ``.md``, read
as Markdown)."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from .base import CorpusError

__all__ = ["sniff_format", "FORMATS"]

#: Every format a reader exists for, with what it is.
FORMATS = {
    "txt": "plain text (UTF-8, UTF-16 with BOM, GB18030/GBK)",
    "html": "web page (any encoding its bytes or <meta> declare)",
    "pdf": "PDF (text layer; pages without one are read by OCR where Tesseract is installed)",
    "docx": "Word 2007+ document",
    "doc": "Word 97–2003 document (read through LibreOffice)",
    "wps": "Kingsoft WPS Writer document (read through LibreOffice)",
    "odt": "OpenDocument text (read through LibreOffice)",
    "rtf": "Rich Text Format (read through LibreOffice)",
    "ofd": "OFD, GB/T 33190 electronic official document",
    "xlsx": "Excel 2007+ workbook",
    "xls": "Excel 97–2003 workbook",
    "csv": "comma- or tab-separated table (text)",
    "md": "Markdown (text; its markup removed: headings, emphasis, links, rules; pipe tables read as tables)",
}

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<div[\s>]|<p[\s>]|<table[\s>]", re.I)
_WHOLE_PAGE = re.compile(rb"<!doctype\s+html|<html[\s>]", re.I)
_IMAGE = {b"\x89PNG": "PNG image", b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image", b"II*\x00": "TIFF image",
          b"MM\x00*": "TIFF image", b"BM": "BMP image"}
_ARCHIVES = {b"Rar!": "RAR archive", b"7z\xbc\xaf": "7-Zip archive", b"\x1f\x8b": "gzip archive"}


def _zip_format(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            mimetype = z.read("mimetype").decode("ascii", "replace").strip() if "mimetype" in names else ""
    except (zipfile.BadZipFile, OSError, KeyError) as exc:
        raise CorpusError(f"{path}: broken zip container ({exc}); the file is damaged or incomplete") from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "OFD.xml" in names or any(n.lower() == "ofd.xml" for n in names):
        return "ofd"
    if mimetype == "application/vnd.oasis.opendocument.text":
        return "odt"
    if "[Content_Types].xml" in names and any(n.startswith("ppt/") for n in names):
        raise CorpusError(f"{path}: a PowerPoint presentation, not a document format this reads (save it as PDF)")
    raise CorpusError(f"{path}: a zip archive that is not a Word, Excel, OFD or OpenDocument file; unpack it first")


def _ole_format(path: Path) -> str:
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            streams = {"/".join(s) for s in ole.listdir()}
    except OSError as exc:
        raise CorpusError(f"{path}: broken Office file ({exc})") from None
    if "EncryptedPackage" in streams:
        raise CorpusError(f"{path}: the Office file is password-protected; save an unprotected copy")
    if "WordDocument" in streams:
        return "wps" if path.suffix.lower() == ".wps" else "doc"
    if "Workbook" in streams or "Book" in streams:
        return "xls"
    raise CorpusError(f"{path}: an Office file of a kind this does not read (streams: {', '.join(sorted(streams)[:5])})")


def sniff_format(path: str | Path) -> str:
    """The format of ``path`` as one of :data:`FORMATS`' keys, read from its first bytes.

    Raises :class:`CorpusError` with a one-line reason for a file no reader takes (images,
    archives, presentations, password-protected Office files, unknown binaries).
    """
    path = Path(path)
    with path.open("rb") as fh:
        head = fh.read(4096)
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_format(path)
    if head.startswith(_OLE):
        return _ole_format(path)
    if head.startswith(b"{\\rtf"):
        return "rtf"
    for magic, what in {**_IMAGE, **_ARCHIVES}.items():
        if head.startswith(magic):
            hint = "run OCR on it or find the document's text or PDF" if what in _IMAGE.values() else "unpack it first"
            raise CorpusError(f"{path}: a {what}, not a document; {hint}")
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv"):
        return "csv"
    if suffix in (".md", ".markdown") and not _WHOLE_PAGE.match(head.lstrip(b"\xef\xbb\xbf \t\r\n")):
        return "md"  # Markdown may hold HTML blocks (<div>, <p>): only a whole page saved as .md is HTML
    markup = head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") and _HTML.search(head)
    if suffix in (".htm", ".html", ".shtml", ".xhtml", ".jsp", ".asp", ".aspx", ".php") or markup:
        return "html"
    return "txt"
