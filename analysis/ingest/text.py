"""Plain text and CSV files: bytes decoded (UTF-8 with or without BOM, UTF-16 with BOM, else
GB18030, which covers GBK and GB2312), one line a line."""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from .base import CorpusError, RawDocument, Table
from .dataset import read_dataset_row, text_column

__all__ = ["decode_bytes", "read_text", "read_text_without_markup", "read_csv", "split_text_dataset", "warn_if_guessed"]


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """Decode the bytes of a plan file.

    Returns ``(text, encoding)`` where encoding is ``utf-8``, ``utf-8-sig``,
    ``utf-16`` (a UTF-16 file with its byte-order mark, as Windows Notepad
    saves "Unicode") or ``gb18030`` (a guess: the caller warns about it).
    Raises :class:`CorpusError` naming ``name`` for an empty, binary or
    undecodable file.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise CorpusError(f"{name}: cannot decode: UTF-16 byte-order mark but invalid UTF-16 at byte {exc.start}") from None
        if not text.strip():
            raise CorpusError(f"{name}: file is empty")
        if "\x00" in text:
            raise CorpusError(f"{name}: binary file (contains NUL characters), not a text document")
        text = text.lstrip("\ufeff")
        readable = sum(1 for ch in text if ch.isascii() or "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")
        if readable < 0.8 * len(text):
            raise CorpusError(f"{name}: cannot decode: it starts with a UTF-16 byte-order mark but does not read "
                              f"as UTF-16 text")
        return text, "utf-16"
    if not data.strip():
        raise CorpusError(f"{name}: file is empty")
    if b"\x00" in data[:65536]:
        raise CorpusError(f"{name}: binary file (contains NUL bytes), not a text document")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise CorpusError(f"{name}: UTF-8 BOM but invalid UTF-8 at byte {exc.start + 3}") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError:
            raise CorpusError(
                f"{name}: cannot decode as UTF-8 (bad byte at offset {utf8_error.start}) or GB18030"
            ) from None


def read_text(path: Path) -> RawDocument:
    """A text file: its decoded lines, each placed as ``line N``. A GB18030 guess is a warning."""
    text, encoding = decode_bytes(path.read_bytes(), str(path))
    lines = text.split("\n")
    raw = RawDocument(path=path, format="txt", lines=lines, where=[f"line {i}" for i in range(1, len(lines) + 1)],
                      encoding=encoding)
    warn_if_guessed(raw)
    return raw


def warn_if_guessed(raw: RawDocument) -> None:
    """A warning on ``raw`` when its bytes were decoded by a guess (GB18030: not UTF-8, no byte-order mark)."""
    if raw.encoding == "gb18030":
        raw.warnings.append(("encoding", f"{raw.path.name} is not UTF-8; decoded as GB18030 (GBK) — check that the "
                                         f"Chinese reads correctly, or save the file as UTF-8"))


# any HTML tag (opening, closing or empty), whatever its name: <legend id="x">, </samp>, <wbr>
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]{0,300}?)?/?>")
# what a line that held only tags leaves: a list bullet or number the markup's lists printed (• · 1.)
_MARKUP_LEFTOVER = re.compile(r"^[\s•·▪]*(?:\d{1,2}[.．])?[\s•·▪]*$")


def read_text_without_markup(path: Path, why: str) -> RawDocument:
    """A text file whose HTML markup holds no text (a copied page with tag junk before its words): read
    as text, every tag removed; a line left with only a list bullet or number (``1.`` of an ``<ol>`` of
    empty tags) is blank. ``why`` (what the HTML reading found) goes into the warning that says so."""
    raw = read_text(path)
    removed = 0
    for i, line in enumerate(raw.lines):
        stripped, n = _TAG.subn("", line)
        if n:
            removed += n
            raw.lines[i] = "" if _MARKUP_LEFTOVER.match(stripped) else stripped
    raw.warnings.append(("markup_in_text", f"{path.name} opens like a web page but its markup holds no text ({why}); "
                                           f"read as plain text with {removed} tag(s) removed — check its start"))
    return raw


def _csv_table(path: Path) -> tuple[Table, str]:
    """The rows of a CSV/TSV file with text (delimiter sniffed among , ; tab |) as one table."""
    text, encoding = decode_bytes(path.read_bytes(), str(path))
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel_tab if path.suffix.lower() == ".tsv" else csv.excel
    numbered = [(i, [cell.strip() for cell in row])
                for i, row in enumerate(csv.reader(io.StringIO(text), dialect), start=1)]
    numbered = [(i, row) for i, row in numbered if any(row)]
    if not numbered:
        raise CorpusError(f"{path}: the table is empty")
    return Table(rows=[row for _, row in numbered], where="table 1", row_where=[f"row {i}" for i, _ in numbered]), encoding


def read_csv(path: Path) -> RawDocument:
    """A CSV/TSV file: one table (delimiter sniffed among , ; tab |), rendered as task rows when
    its header names the columns of a task-division table (see :mod:`.task_tables`); a text
    dataset's row (one document's text in one cell, see :mod:`.dataset`) is read as that document."""
    from .task_tables import render_tables

    table, encoding = _csv_table(path)
    raw = RawDocument(path=path, format="csv", lines=[], where=[], tables=[table], encoding=encoding)
    column = text_column(table)
    if column is not None:
        read_dataset_row(raw, table, column)
        return raw
    render_tables(raw, [table])
    return raw


def split_text_dataset(path: str | Path, out_dir: str | Path) -> list[Path]:
    """Write each row of a CSV text dataset as a CSV file of its own: the header and that row.

    In: ``path``, a CSV file whose rows are documents (one column holds each row's text, see
    :func:`.dataset.text_column`); ``out_dir``, a folder (made if missing). Out: the files
    written, ``<stem>_row0001.csv`` … in row order (files of those names are replaced), each of
    which the corpus reads as one document. Raises :class:`CorpusError` when the file is no text
    dataset.
    """
    path, out_dir = Path(path), Path(out_dir)
    table, _ = _csv_table(path)
    if text_column(table) is None:
        raise CorpusError(f"{path}: no column holds a document's text in every row; not a text dataset")
    out_dir.mkdir(parents=True, exist_ok=True)
    width = max(4, len(str(len(table.rows) - 1)))
    written = []
    for i, row in enumerate(table.rows[1:], start=1):
        out = out_dir / f"{path.stem}_row{i:0{width}d}.csv"
        with out.open("w", encoding="utf-8", newline="") as f:
            csv.writer(f, lineterminator="\n").writerows([table.rows[0], row])
        written.append(out)
    return written
