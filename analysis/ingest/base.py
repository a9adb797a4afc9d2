"""What every reader returns: a :class:`RawDocument` — text lines, the tables the format knows,
the provenance of every line, the page's own metadata fields as evidence, and what the reader
repaired or could not read.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["CorpusError", "Table", "RawDocument", "MAX_FILE_BYTES"]

#: Plans are tens of kilobytes, their PDFs a few megabytes; anything this large is not a plan.
MAX_FILE_BYTES = 50 * 1024 * 1024


class CorpusError(ValueError):
    """Bad input: the message is one line naming the file (and the place in it) and the problem."""


@dataclass
class Table:
    """A table as the format holds it.

    ``rows`` are lists of cell texts, merged cells already carried into every cell they span;
    ``where`` names the table in the file (``table 2``, ``page 3 table 1``, ``sheet 任务分工``) and
    ``row_where[i]`` the provenance of ``rows[i]`` (``table 2 row 5``).
    """

    rows: list[list[str]]
    where: str
    row_where: list[str]


@dataclass
class RawDocument:
    """One file as read, before normalization.

    ``lines`` are the text in reading order (tables already rendered into lines, see
    :mod:`analysis.ingest.task_tables`); ``where[i]`` is the provenance of ``lines[i]`` —
    ``line 12`` (text), ``page 3 line 7`` (PDF), ``paragraph 14`` or ``table 1 row 3`` (Word),
    ``<p> 12`` (HTML), ``sheet 1 row 4`` (spreadsheet). ``fields`` holds metadata the file
    states outside its text (an HTML page's info box: 文号, 发文机关, 成文日期, 发布日期, 索引号,
    主题分类; a PDF's or DOCX's title property) — evidence for the metadata stage, never the
    text. ``repairs`` are ``(kind, line index, before, after)``: what the reader changed (a page
    header removed, a line read by OCR); ``warnings`` are ``(kind, message)``.
    """

    path: Path
    format: str
    lines: list[str]
    where: list[str]
    tables: list[Table] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)
    repairs: list[tuple[str, int, str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    encoding: str = "utf-8"

    @property
    def text(self) -> str:
        """The lines joined by newlines: the source text the normalizer starts from."""
        return "\n".join(self.lines)

    def add_line(self, text: str, where: str) -> None:
        """Append one line with its provenance (a line with newlines becomes several, same place)."""
        for part in text.split("\n"):
            self.lines.append(part)
            self.where.append(where)
