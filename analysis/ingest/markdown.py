"""Markdown files (as crawlers and converters save pages): the text without its markup, one line a
source line, pipe tables read as tables.

The file is parsed by markdown-it-py (CommonMark, with the GFM pipe-table rule) and its block
tokens walked in order:

* a heading, each line of a paragraph (a soft or hard break starts a new line), a list item, a
  code or HTML block line becomes one line, placed as ``line N`` of the source line it came from;
* inline markup is dropped — ``**`` and ``*`` emphasis, a link's URL (its text kept), an image (its
  alt text kept), inline HTML tags; a list bullet is dropped, an ordered item keeps its number
  (``1. 推行…``: the number is the plan's, not the markup's);
* a thematic break (``---``) is a blank line, and every source line no block took (the blank lines
  between blocks) stays a blank line, so paragraphs stand apart as in the text reader and a
  Markdown file without markup reads exactly as the same file read as text;
* a pipe table is a :class:`~analysis.ingest.base.Table` (rows placed ``line N``) rendered at its
  place by :func:`~analysis.ingest.task_tables.render_table`: a task-division table becomes task
  lines as it does from Word or HTML.

The ideographic-space indentation (``　　``) of a paragraph is kept: the Markdown parser strips a
paragraph's leading whitespace, so it is put back from the source line.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .base import RawDocument, Table
from .task_tables import render_table
from .text import decode_bytes, warn_if_guessed

__all__ = ["read_markdown", "markdown_lines"]

# a tag, comment, declaration or processing instruction of an HTML block or inline HTML
_HTML_MARKUP = re.compile(r"<!--.*?-->|<![^<>]*>|<\?.*?\?>|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", re.S)
_BR = re.compile(r"<br\s*/?>", re.I)
# ``**…**`` CommonMark leaves as text: a delimiter run between a CJK character and a bracket or
# other punctuation is not "flanking" (中**（一）**文), so the markers would reach the parser
_LEFT_EMPHASIS = re.compile(r"(?<![*\\])\*\*(?=[^\s*])(.+?)(?<=[^\s*\\])\*\*(?!\*)")


#: The block tokens that give lines; a container (list, item, quote) only holds them.
_LEAVES = ("paragraph_open", "heading_open", "fence", "code_block", "html_block", "hr", "table_open")


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def _inline_lines(inline: Token) -> list[tuple[int, str]]:
    """The text of an inline token as ``(source line offset, text)`` lines: a soft or hard break
    starts a new line; emphasis markers, link URLs and HTML tags are dropped, an image gives its
    alt text, ``<br>`` a line break within the same source line."""
    lines: list[tuple[int, str]] = []
    offset, parts = 0, []
    start = 0
    for child in inline.children or []:
        kind = child.type
        if kind in ("softbreak", "hardbreak"):
            lines.append((start, "".join(parts)))
            offset += 1
            start, parts = offset, []
        elif kind in ("text", "text_special", "code_inline"):
            parts.append(child.content)
        elif kind == "image":
            parts.append(child.content)  # the alt text
        elif kind == "html_inline":
            if _BR.fullmatch(child.content.strip()):
                parts.append("\n")
            offset += child.content.count("\n")  # a tag written over lines: the text after it is lower
        elif child.content and not kind.endswith(("_open", "_close")):
            parts.append(child.content)
    lines.append((start, "".join(parts)))
    return lines


def _source_indent(source_line: str, content: str) -> str:
    """The non-ASCII whitespace (ideographic spaces, no-break spaces) the paragraph ``content``
    is indented by in ``source_line``; the parser strips it, the text reader keeps it."""
    first = content.split("\n", 1)[0]
    at = source_line.find(first) if first else -1
    if at <= 0:
        return ""
    j = at
    while j > 0 and source_line[j - 1].isspace():
        j -= 1
    return source_line[j:at].lstrip(" \t")


class _Walk:
    """One walk over a document's block tokens, appending lines to ``raw``."""

    def __init__(self, raw: RawDocument, source_lines: list[str]):
        self.raw = raw
        self.source = source_lines
        self.next_line = 0  # the first source line (0-based) no block has taken yet
        self.item_number = ""  # an ordered list item's number, put before its first line
        self.item_line = 0
        self.tables = 0

    def fill_to(self, line: int) -> None:
        """A blank line for each source line before ``line`` that no block took."""
        for n in range(self.next_line, line):
            self.raw.add_line("", f"line {n + 1}")
        self.next_line = max(self.next_line, line)

    def emit(self, text: str, line: int) -> None:
        if self.item_number:
            text, self.item_number = self.item_number + text, ""
        self.raw.add_line(text, f"line {line + 1}")

    def emphasis_left(self, text: str) -> str:
        """``text`` without the ``**`` pairs CommonMark left (recorded as a repair)."""
        fixed = _LEFT_EMPHASIS.sub(r"\1", text)
        if fixed != text:
            self.raw.repairs.append(("markdown_emphasis", len(self.raw.lines), text, fixed))
        return fixed

    def inline(self, inline: Token, first: int, indent: str = "") -> None:
        for k, (offset, text) in enumerate(_inline_lines(inline)):
            self.emit(self.emphasis_left((indent if k == 0 else "") + text), first + offset)

    def literal(self, content: str, first: int, strip_html: bool = False) -> None:
        if strip_html:
            # each tag replaced by the line breaks it spans, so the text after it keeps its line
            content = _HTML_MARKUP.sub(lambda m: "\n" * m.group().count("\n"), _BR.sub("", content))
            content = html.unescape(content)
        content = content[:-1] if content.endswith("\n") else content  # one line a source line
        for k, text in enumerate(content.split("\n")):
            self.emit(text.rstrip() if strip_html else text, first + k)

    def table(self, tokens: list[Token], i: int) -> int:
        """Read the table opening at ``tokens[i]``; return the index of its ``table_close``."""
        rows: list[list[str]] = []
        row_where: list[str] = []
        while tokens[i].type != "table_close":
            tok = tokens[i]
            if tok.type == "tr_open":
                rows.append([])
                row_where.append(f"line {tok.map[0] + 1}")
            elif tok.type == "inline":
                cell = "\n".join(self.emphasis_left(text) for _, text in _inline_lines(tok))
                rows[-1].append(cell.strip())
            i += 1
        self.tables += 1
        render_table(self.raw, Table(rows=rows, where=f"table {self.tables}", row_where=row_where))
        return i

    def run(self, tokens: list[Token]) -> None:
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            kind = tok.type
            if tok.map is not None:
                self.fill_to(tok.map[0])
            if kind == "list_item_open":
                self.item_number = f"{tok.info}{tok.markup} " if tok.info else ""
                self.item_line = tok.map[0]
            elif kind == "list_item_close" and self.item_number:
                number, self.item_number = self.item_number.rstrip(), ""
                self.emit(number, self.item_line)  # a numbered item with no text
                self.next_line = max(self.next_line, self.item_line + 1)
            elif kind in ("paragraph_open", "heading_open"):
                inline = tokens[i + 1]
                indent = _source_indent(self.source[tok.map[0]], inline.content) if kind == "paragraph_open" else ""
                self.inline(inline, tok.map[0], indent)
            elif kind == "fence":
                self.literal(tok.content, tok.map[0] + 1)
            elif kind == "code_block":
                self.literal(tok.content, tok.map[0])
            elif kind == "html_block":
                self.literal(tok.content, tok.map[0], strip_html=True)
            elif kind == "hr":
                self.emit("", tok.map[0])
            elif kind == "table_open":
                i = self.table(tokens, i)
            if kind in _LEAVES:
                # the block's lines are taken, also those that gave no line (a fence's ``` lines, a
                # table's delimiter row, a setext heading's underline)
                self.next_line = max(self.next_line, tok.map[1])
            i += 1
        self.fill_to(len(self.source))


def markdown_lines(text: str, raw: RawDocument) -> None:
    """Append the lines and tables of the Markdown ``text`` to ``raw`` (see the module's docstring)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    source_lines = text.split("\n")
    _Walk(raw, source_lines).run(_parser().parse(text))


def read_markdown(path: Path) -> RawDocument:
    """A Markdown file: its text without markup, each line placed ``line N`` of the source, pipe
    tables as :class:`~analysis.ingest.base.Table` (task-division tables rendered as task lines).
    Decoded as text files are (a GB18030 guess is a warning)."""
    text, encoding = decode_bytes(path.read_bytes(), str(path))
    raw = RawDocument(path=path, format="md", lines=[], where=[], encoding=encoding)
    markdown_lines(text, raw)
    warn_if_guessed(raw)
    return raw
