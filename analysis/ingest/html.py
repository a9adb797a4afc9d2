"""HTML pages as government portals serve them: the document's main text only, the CMS info box's
fields as evidence, tables read as tables, the page's encoding honoured.

How a page is read:

1. **Bytes → text** (:func:`decode_html`): a byte-order mark, else the charset the page declares in
   ``<meta charset>`` or ``<meta http-equiv="Content-Type">`` (GB2312 and GBK read as their
   superset GB18030, as browsers do), else UTF-8 when the bytes are valid UTF-8, else what
   charset-normalizer detects (a warning: the encoding was guessed).
2. **Info box** (:func:`read_info_box`): the fields a CMS prints around the text (索引号, 主题分类,
   发文机关, 发文字号, 成文日期, 发布日期, 标题 …) as ``<th>label</th><td>value</td>`` cells,
   ``<li><span>label：</span>value</li>`` items or ``label：value`` lines; kept in ``raw.fields`` and
   written as ``label：value`` lines at the top of ``raw.lines`` (the normalizer removes such lines
   as page furniture and hands them to the metadata stage, which knows that 发布日期 is the page's
   date, not the document's). The box is then taken out of the page.
3. **Main text**: trafilatura (chosen by measurement, ``benchmarks/readers_html.py``) says which text
   of the page is the document; the element holding most of that text is the article container
   (:func:`main_container`), and that element is read whole, in order: each block element a line
   placed as ``<p> 12`` (the 12th ``<p>`` of the page), ``<br>`` breaking lines, each data table
   a :class:`~analysis.ingest.base.Table` (rowspan/colspan carried into every cell they span, rows
   placed as ``table 2 row 3``, the 2nd ``<table>`` of the page) rendered by
   :func:`~analysis.ingest.task_tables.render_table` at its place; a table used for page layout
   (one column, or holding another table) is read as blocks.
4. **Title**: the page's heading that repeats its ``<title>``/``ArticleTitle`` goes first when the
   container does not start with it.
5. **Links**: a page whose only text is links to attachments (.pdf, .doc, .docx, .wps, .ofd, .xls …)
   gives a ``page_links_only`` warning naming them; a page with text that also links attachments
   gives a ``page_attachments`` warning (their text is not on the page). A page with no main text
   and no attachment raises :class:`~analysis.ingest.base.CorpusError`.
"""
from __future__ import annotations

import codecs
import re
from copy import deepcopy
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .base import CorpusError, RawDocument, Table
from .task_tables import find_header, render_table

__all__ = ["read_html", "decode_html", "read_info_box", "main_container", "main_text", "EXTRACTORS",
           "FIELD_LABELS", "ATTACHMENT_SUFFIXES"]

#: Labels of a CMS info box that are read as fields (spaces inside a label are ignored: 标　　题).
FIELD_LABELS = ("索引号", "主题分类", "发文机关", "发布机构", "发布机关", "发文字号", "文号", "成文日期", "发文日期",
                "发布日期", "标题", "名称", "有效性")
#: File types a page links to as the document's attachment.
ATTACHMENT_SUFFIXES = (".pdf", ".doc", ".docx", ".wps", ".ofd", ".xls", ".xlsx", ".et", ".zip", ".rar")

_SPACES = re.compile(r"[\s\u3000\xa0]+")
_LABEL_ONLY = re.compile(r"^(" + "|".join(sorted(FIELD_LABELS, key=len, reverse=True)) + r")[：:]?$")
_LABEL_LEAD = re.compile(r"(?:^|(?<=[\s\u3000\xa0|｜]))(" + "|".join(
    r"[ \u3000\xa0]*".join(map(re.escape, w)) for w in sorted(FIELD_LABELS, key=len, reverse=True)) + r")[ \u3000\xa0]*[：:]")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-.:]+)""", re.I)
_SKIP = {"script", "style", "noscript", "template", "iframe", "object", "embed", "button", "select",
         "input", "textarea", "nav", "head", "title", "meta", "link", "svg", "map", "area"}
_BLOCK = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
          "blockquote", "pre", "center", "address", "header", "footer", "figure", "figcaption", "main", "aside",
          "table", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "hr", "body", "html"}
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
#: the main container must hold this share of the text the extractor chose
_CONTAINER_SHARE = 0.8


# ---------------------------------------------------------------------------------------------
# bytes → text
# ---------------------------------------------------------------------------------------------
def _codec(name: str) -> str | None:
    try:
        codec = codecs.lookup(name.strip().strip("\"'").lower()).name
    except LookupError:
        return None
    # pages declared GB2312 or GBK routinely hold characters only GBK/GB18030 have; browsers read
    # all three as GB18030, its superset
    return "gb18030" if codec in ("gb2312", "gbk", "gb18030") else codec


def decode_html(data: bytes, name: str) -> tuple[str, str, list[tuple[str, str]]]:
    """Decode a page's bytes.

    In: the bytes and the file name (for messages). Out: ``(text, encoding, warnings)``; the
    encoding comes from a byte-order mark, else the page's ``<meta>`` declaration, else UTF-8 if
    the bytes are valid UTF-8, else charset-normalizer's detection (with a warning). A
    declaration the bytes contradict is a warning too. Raises :class:`CorpusError` for bytes no
    encoding reads.
    """
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec), codec, []
            except UnicodeDecodeError as exc:
                raise CorpusError(f"{name}: byte-order mark of {codec} but invalid {codec} at byte "
                                  f"{exc.start + len(bom)}") from None
    warnings: list[tuple[str, str]] = []
    m = _META_CHARSET.search(data[:8192])
    declared = _codec(m.group(1).decode("ascii", "replace")) if m else None
    if m and declared is None:
        warnings.append(("encoding", f"{name} declares an unknown charset {m.group(1).decode('ascii', 'replace')!r}"))
    if declared:
        try:
            return data.decode(declared), declared, []
        except UnicodeDecodeError as exc:
            warnings.append(("encoding", f"{name} declares charset {m.group(1).decode('ascii')} but byte {exc.start} "
                                         f"is not {declared}"))
    try:
        return data.decode("utf-8"), "utf-8", warnings
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise CorpusError(f"{name}: cannot decode the page: not UTF-8 and no encoding detected")
    codec = _codec(best.encoding) or best.encoding
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        text = str(best)
    warnings.append(("encoding", f"{name} does not declare its encoding; read as {codec} (detected) — check "
                                 f"that the Chinese reads correctly"))
    return text, codec, warnings


# ---------------------------------------------------------------------------------------------
# the tree
# ---------------------------------------------------------------------------------------------
def _parse(text: str, name: str):
    import lxml.html
    from lxml import etree

    # an XML declaration with an encoding makes lxml refuse a str
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise CorpusError(f"{name}: not a readable HTML page ({exc})") from None
    for el in root.iter(etree.Comment, etree.ProcessingInstruction):
        el.drop_tree() if el.getparent() is not None else None
    return root


def _tag(el) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _flat(text: str) -> str:
    return _SPACES.sub("", text or "")


def _number_elements(root) -> dict:
    """``element → "<p> 12"`` (the 12th <p> of the page), ``"table 2"`` for tables."""
    counts: dict[str, int] = {}
    names = {}
    for el in root.iter():
        tag = _tag(el)
        if not tag:
            continue
        counts[tag] = counts.get(tag, 0) + 1
        names[el] = f"table {counts[tag]}" if tag == "table" else f"<{tag}> {counts[tag]}"
    return names


def _hidden(el) -> bool:
    return _tag(el) in _SKIP or bool(_HIDDEN.search(el.get("style", ""))) or el.get("hidden") is not None


# ---------------------------------------------------------------------------------------------
# the info box
# ---------------------------------------------------------------------------------------------
def _label(text: str) -> str | None:
    m = _LABEL_ONLY.match(_flat(text))
    return m.group(1) if m else None


def _pairs_in_line(text: str) -> list[tuple[str, str]]:
    """``索引号：123　发布日期：2024-03-20`` → [(索引号, 123), (发布日期, 2024-03-20)]."""
    marks = list(_LABEL_LEAD.finditer(text))
    if not marks or text[:marks[0].start()].strip(" \u3000\xa0|｜"):
        return []
    out = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        value = _SPACES.sub(" ", text[m.end():end]).strip(" \u3000\xa0|｜")
        out.append((_flat(m.group(1)), value))
    return out


def _next_value(el):
    """The element holding the value of label element ``el``: its next sibling with text (the
    <td> after a <th>, the <span> after a label <span>), or None when the value is el's tail."""
    if (el.tail or "").strip(" \u3000\xa0\r\n\t|｜"):
        return None
    sib = el.getnext()
    while sib is not None and not _flat(sib.text_content()):
        sib = sib.getnext()
    return sib


def read_info_box(root, names: dict) -> tuple[list[tuple[str, str, str]], list]:
    """The CMS info box of a page.

    In: the parsed page and its element names (:func:`_number_elements`). Out: ``([(label,
    value, where)], elements)``: each field once (its first occurrence), in page order, with
    the element its value sits in; and the elements that made the box (to be taken out of the
    page). A page with fewer than two fields has no info box (one ``label：`` line is text).
    Task tables are never read as an info box.
    """
    fields: list[tuple[str, str, str]] = []
    used: list = []
    seen: set[str] = set()
    skip_tables = {t for t in root.iter("table") if find_header(_table_rows(t)[0])}
    for el in root.iter():
        tag = _tag(el)
        if not tag or _hidden(el) or any(p in skip_tables for p in el.iterancestors("table")):
            continue
        text = el.text_content()
        if len(_flat(text)) > 200:
            continue
        label = _label(text)
        if label:
            value_el = _next_value(el)
            value = value_el.text_content() if value_el is not None else (el.tail or "")
            value = _SPACES.sub(" ", value).strip(" \u3000\xa0|｜")
            if value and not _label(value) and label not in seen:
                seen.add(label)
                fields.append((label, value, names.get(value_el if value_el is not None else el, "")))
                used += [el] + ([value_el] if value_el is not None else [])
            continue
        if tag in ("li", "p", "div", "span", "td", "dd", "tr") and not any(
                _tag(c) in _BLOCK and _flat(c.text_content()) for c in el):
            pairs = [(lb, v) for lb, v in _pairs_in_line(_SPACES.sub(" ", text)) if v]
            if pairs and all(lb not in seen for lb, _ in pairs):
                for lb, v in pairs:
                    seen.add(lb)
                    fields.append((lb, v, names.get(el, "")))
                used.append(el)
    if len(fields) < 2:
        return [], []
    return fields, used


# ---------------------------------------------------------------------------------------------
# main text: which element holds the document
# ---------------------------------------------------------------------------------------------
def _html(root) -> str:
    import lxml.etree as etree

    return etree.tostring(root, encoding="unicode", method="html")


def _extract_trafilatura(root) -> str:
    import trafilatura

    return trafilatura.extract(deepcopy(root), include_tables=True, include_comments=False, fast=True,
                               deduplicate=False) or ""


def _extract_readability(root) -> str:
    import lxml.html
    from readability import Document

    summary = Document(_html(root)).summary(html_partial=True)
    return lxml.html.fromstring(summary).text_content() if summary.strip() else ""


def _extract_justext(root) -> str:
    import justext

    # jusText classifies paragraphs by stop-word density; it has no Chinese stop list (and splits
    # words on spaces), so a Chinese page is read with an empty one
    paragraphs = justext.justext(_html(root), frozenset())
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def _extract_body(root) -> str:
    body = root.find("body")
    return (body if body is not None else root).text_content()


#: name → function(parsed page) → the main text the library finds. ``lxml`` (the whole
#: body) is the baseline.
EXTRACTORS = {"trafilatura": _extract_trafilatura, "readability": _extract_readability,
              "justext": _extract_justext, "lxml": _extract_body}


def main_text(root, extractor: str = "trafilatura") -> str:
    """The page's main text as the ``extractor`` (:data:`EXTRACTORS`) reads it."""
    return EXTRACTORS[extractor](root)


def _text_nodes(root):
    """(owner element, text) of every text node of the page outside skipped elements and links
    (navigation is links; a document's text is not)."""
    for el in root.iter():
        if not _tag(el) or _hidden(el) or _tag(el) == "a":
            continue
        if any(_hidden(a) or _tag(a) == "a" for a in el.iterancestors()):
            continue
        if el.text:
            yield el, el.text
        for child in el:
            if child.tail:
                yield el, child.tail


def main_container(root, extracted: str):
    """The element that holds the document: the deepest one holding at least 80 % of the page
    text the extractor kept (each text node outside links counts when the extractor's text
    contains it). None when that is the whole body — the extractor found no article, only the
    page."""
    kept = _flat(extracted)
    if not kept:
        return None
    weight: dict = {}
    total = 0
    for owner, text in _text_nodes(root):
        t = _flat(text)
        if len(t) >= 2 and t in kept:
            total += len(t)
            weight[owner] = weight.get(owner, 0) + len(t)
            for anc in owner.iterancestors():
                weight[anc] = weight.get(anc, 0) + len(t)
    if not total:
        return None
    el = root
    while True:
        child = next((c for c in el if weight.get(c, 0) >= _CONTAINER_SHARE * total), None)
        if child is None:
            break
        el = child
    if _tag(el) in ("html", "body"):
        return None
    return el


# ---------------------------------------------------------------------------------------------
# reading the container: blocks and tables
# ---------------------------------------------------------------------------------------------
def _own_rows(table) -> list:
    return [tr for tr in table.iter("tr") if next(tr.iterancestors("table"), None) is table]


def _span(cell, attr: str) -> int:
    try:
        return max(1, min(int(re.sub(r"\D", "", cell.get(attr, "1")) or 1), 1000))
    except ValueError:
        return 1


def _cell_text(cell) -> str:
    lines: list[str] = []
    _collect(cell, lines)
    return "\n".join(lines)


def _collect(el, lines: list[str]) -> None:
    """The text of ``el`` as lines (block elements and <br> break lines), for a table cell."""
    buf: list[str] = []

    def flush():
        s = _SPACES.sub(" ", "".join(buf)).strip()
        if s:
            lines.append(s)
        buf.clear()

    def walk(e):
        if _hidden(e):
            if e.tail:
                buf.append(e.tail)
            return
        block = _tag(e) in _BLOCK or _tag(e) == "br"
        if block:
            flush()
        if e.text:
            buf.append(e.text)
        for c in e:
            walk(c)
        if block:
            flush()
        if e.tail:
            buf.append(e.tail)

    if el.text:
        buf.append(el.text)
    for c in el:
        walk(c)
    flush()


def _table_rows(table) -> tuple[list[list[str]], list]:
    """Rows of a <table> as cell texts with rowspan/colspan carried into every cell they span,
    and the <tr> elements."""
    rows: list[list[str]] = []
    trs = _own_rows(table)
    pending: dict[int, tuple[int, str]] = {}  # column → (rows still spanned, text)
    for tr in trs:
        row: list[str] = []
        col = 0

        def carry():
            nonlocal col
            while col in pending:
                left, text = pending[col]
                row.append(text)
                if left > 1:
                    pending[col] = (left - 1, text)
                else:
                    del pending[col]
                col += 1

        for cell in (c for c in tr if _tag(c) in ("td", "th")):
            carry()
            text = _cell_text(cell)
            rs, cs = _span(cell, "rowspan"), _span(cell, "colspan")
            for _ in range(cs):
                row.append(text)
                if rs > 1:
                    pending[col] = (rs - 1, text)
                col += 1
        carry()
        while pending and col <= max(pending):  # spans past this row's last cell
            if col in pending:
                carry()
            else:
                row.append("")
                col += 1
        rows.append(row)
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows], trs


def _is_layout_table(table) -> bool:
    """A table that lays out the page rather than holding data: it holds another table, or has
    one column, or a cell with many paragraphs of text."""
    if any(True for _ in table.iterdescendants("table")):
        return True
    trs = _own_rows(table)
    if not trs or all(sum(1 for c in tr if _tag(c) in ("td", "th")) <= 1 for tr in trs):
        return True
    for tr in trs:
        for cell in tr:
            blocks = sum(1 for d in cell.iterdescendants() if _tag(d) in ("p", "div", "h1", "h2", "h3", "li"))
            if blocks >= 6 or len(_flat(cell.text_content())) > 1500:
                return True
    return False


class _Reader:
    """Walks the container, appending lines (with their element) and tables to ``raw``."""

    def __init__(self, raw: RawDocument, names: dict, skip: set):
        self.raw, self.names, self.skip = raw, names, skip
        self.buf: list[str] = []
        self.links: list[str] = []  # texts of links on the current line
        self.block = None
        self.link_only: list[bool] = []  # per line of raw: the line is only link text

    def flush(self) -> None:
        text = _SPACES.sub(" ", "".join(self.buf)).strip()
        if text:
            self.raw.add_line(text, self.names.get(self.block, "") or "page")
            self.link_only.append(_flat(text) == _flat("".join(self.links)))
        self.buf.clear()
        self.links.clear()

    def walk(self, el) -> None:
        tag = _tag(el)
        if el in self.skip or _hidden(el) or not tag:
            self.tail(el)
            return
        if tag == "br":
            self.flush()
            self.tail(el)
            return
        if tag == "table" and not _is_layout_table(el):
            self.flush()
            self.table(el)
            self.tail(el)
            return
        block = tag in _BLOCK
        if block:
            self.flush()
            outer, self.block = self.block, el
        if el.text:
            self.buf.append(el.text)
            if tag == "a":
                self.links.append(el.text)
        for child in el:
            self.walk(child)
            if tag == "a" and child.tail:
                self.links.append(child.tail)
        if tag == "a":
            self.links += [t for c in el for t in [c.text_content()] if t]
        if block:
            self.flush()
            self.block = outer
        self.tail(el)

    def tail(self, el) -> None:
        if el.tail:
            self.buf.append(el.tail)

    def table(self, el) -> None:
        rows, trs = _table_rows(el)
        keep = [(r, tr) for r, tr in zip(rows, trs) if any(c.strip() for c in r)]
        if not keep:
            return
        name = self.names.get(el, "table")
        row_no = {tr: i for i, tr in enumerate(trs, start=1)}
        table = Table(rows=[r for r, _ in keep], where=name, row_where=[f"{name} row {row_no[tr]}" for _, tr in keep])
        before = len(self.raw.lines)
        render_table(self.raw, table)
        self.link_only += [False] * (len(self.raw.lines) - before)


# ---------------------------------------------------------------------------------------------
# links and title
# ---------------------------------------------------------------------------------------------
def _attachment(a) -> str | None:
    href = a.get("href", "") or ""
    path = unquote(urlsplit(href).path).lower()
    text = _SPACES.sub(" ", a.text_content()).strip()
    if path.endswith(ATTACHMENT_SUFFIXES) or text.lower().endswith(ATTACHMENT_SUFFIXES):
        return f"{text or Path(path).name} ({href})" if text else href
    return None


def _attachments(el) -> list[str]:
    seen: list[str] = []
    for a in el.iter("a"):
        if _hidden(a):
            continue
        name = _attachment(a)
        if name and name not in seen:
            seen.append(name)
    return seen


def _page_title(root, fields: list[tuple[str, str, str]]) -> str:
    """The document title the page states about itself: its ArticleTitle/og:title <meta>, its
    info box's 标题/名称, or its <title> up to the site name."""
    for key in ("ArticleTitle", "og:title", "title"):
        for meta in root.iter("meta"):
            if key in (meta.get("name"), meta.get("property")) and (meta.get("content") or "").strip():
                return meta.get("content").strip()
    for label, value, _ in fields:
        if label in ("标题", "名称"):
            return value
    title = root.find(".//title")
    text = _SPACES.sub(" ", title.text_content()).strip() if title is not None else ""
    return re.split(r"\s*[_|｜]\s*|\s+[-—]\s+", text)[0] if text else ""


def _title_element(root, title: str, container, skip: set):
    """The page's heading whose text is ``title`` (outside the container and the info box)."""
    want = _flat(title)
    if not want:
        return None
    for el in root.iter():
        if not _tag(el) or _hidden(el) or el in skip or (container is not None and (
                el is container or container in el.iterancestors() or el in container.iterancestors())):
            continue
        if _tag(el) in ("title", "meta", "a"):
            continue
        if _flat(el.text_content()) == want and not any(_flat(c.text_content()) == want for c in el):
            return el
    return None


# ---------------------------------------------------------------------------------------------
# the reader
# ---------------------------------------------------------------------------------------------
class NoMainText(CorpusError):
    """A page whose markup holds no main text (only navigation, links or an empty container)."""


def read_html(path: str | Path, extractor: str = "trafilatura") -> RawDocument:
    """Read a web page.

    In: the path of an HTML file; ``extractor``: which library finds the main text
    (:data:`EXTRACTORS`; trafilatura by default, see the module docstring). Out: a
    :class:`RawDocument` whose lines are the info box's ``label：value`` lines, the document's
    title and its main text (tables rendered at their place), ``where`` naming each line's element
    (``<p> 12``, ``table 1 row 3``), ``fields`` the info box, warnings for a guessed encoding and
    for attachments. Raises :class:`CorpusError` for a page with no main text and no attachment.
    """
    path = Path(path)
    text, encoding, warnings = decode_html(path.read_bytes(), str(path))
    root = _parse(text, str(path))
    names = _number_elements(root)
    fields, box = read_info_box(root, names)
    for el in box:  # the box is evidence, not text: out of the page before the extractor reads it
        if el.getparent() is not None:
            el.drop_tree()
    container = main_container(root, main_text(root, extractor))
    raw = RawDocument(path=path, format="html", lines=[], where=[], encoding=encoding, warnings=warnings)
    for label, value, where in fields:
        raw.fields[label] = value
        raw.add_line(f"{label}：{value}", f"{where} (info box)".strip())
    n_fields = len(raw.lines)
    title = _page_title(root, fields)
    reader = _Reader(raw, names, set())
    if container is not None:
        title_el = _title_element(root, title, container, set())
        if title_el is not None and not _flat(container.text_content()).startswith(_flat(title)):
            raw.add_line(_SPACES.sub(" ", title_el.text_content()).strip(), names.get(title_el, "title"))
            reader.link_only.append(False)
        reader.walk(container)
    body = [ln for ln, only in zip(raw.lines[n_fields:], reader.link_only) if not only and _flat(ln)]
    files = _attachments(container if container is not None else root)
    has_text = sum(len(_flat(ln)) for ln in body if _flat(ln) != _flat(title)) >= 10
    if has_text:
        if files:
            raw.warnings.append(("page_attachments", f"{path.name} links attachment(s) not read with the page: "
                                                     f"{'; '.join(files)}"))
        return raw
    if not files:
        raise NoMainText(f"{path}: no main text in this page (only navigation, links or an empty article "
                          f"container; the text may be loaded by script or in an attachment)")
    del raw.lines[n_fields:], raw.where[n_fields:]
    title_el = _title_element(root, title, None, set())
    if title:
        raw.add_line(title, names.get(title_el, "<title>") if title_el is not None else "<title>")
    for a in (a for a in (container if container is not None else root).iter("a") if _attachment(a)):
        raw.add_line(f"附件：{_attachment(a)}", names.get(a, "<a>"))
    raw.warnings.append(("page_links_only", f"{path.name} holds no document text, only link(s) to attachment(s): "
                                            f"{'; '.join(files)} — read the attachment instead"))
    return raw
