"""Page geometry to text, for any PDF library: characters with their positions become visual
lines, lines become paragraphs, repeated page headers/footers and printed page numbers are found,
and ruled-table cells get their text.

In:  per page, :class:`Char` objects (a glyph's text, left and right edge, baseline and font
     size, in points from the page's top-left corner) from a PDF library or from OCR.
Out: :class:`Line` objects (:func:`lines_from_chars`), their furniture (:func:`find_furniture`)
     and the paragraphs they form (:func:`paragraphs`).

The rules read positions the way a reader reads a printed 公文: a line that starts further right
than the text block's left edge (two characters of indent, or a centred or right-aligned line)
starts a paragraph; a line that ends short of the right margin — shorter than the next line's
first word would have needed — ends one; a larger gap than the line pitch, or another font size,
separates paragraphs. Nothing here depends on one PDF library, so the benchmark feeds the same
rules with each candidate library's characters.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

__all__ = ["Char", "Line", "Geometry", "lines_from_chars", "make_line", "geometry", "continues", "paragraphs",
           "find_furniture", "PAGE_NUMBER", "cell_text", "Paragraph"]

_CLOSING = "，。、；：？！）》」』”’〕】%,.;:?!)"
_OPENING = "（《「『“‘〔【(["
_SENTENCE_END = "。；：！？;:!?"
_ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[.．、](?!\d)|"
                         r"第[一二三四五六七八九十百]+[章节条]|附件)")
#: A printed page number, alone on its line: ``- 3 -``, ``— 3 —``, ``第3页``, ``第 3 页 共 12 页``,
#: ``3/12``, ``3``, ``Page 3``.
PAGE_NUMBER = re.compile(r"^[-—–－一~～·\s]*(?:第\s*)?\d{1,4}\s*(?:页)?\s*(?:[/／]\s*\d{1,4}|[,，]?\s*共\s*\d{1,4}\s*页)?"
                         r"[-—–－一~～·\s]*$|^(?:page|p\.)\s*\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$", re.I)


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


@dataclass(frozen=True)
class Char:
    """One glyph: its text, left and right edges, baseline (points from the page top) and font size."""

    text: str
    x0: float
    x1: float
    base: float
    size: float


@dataclass
class Line:
    """A visual line of one page, in points from the page's top-left corner.

    ``em`` is the width of one Chinese character in this line's font (its font size where the
    line has none); ``lead`` the width of the first unit a line break cannot split (a character
    with the punctuation that may not start a line, an opening bracket with its character, a
    run of Latin letters or digits) — what the previous line would have needed to take it.
    """

    text: str
    x0: float
    x1: float
    base: float
    size: float
    em: float
    lead: float
    page: int = 0
    no: int = 0
    ocr: bool = False
    confidence: float | None = None

    @property
    def top(self) -> float:
        return self.base - 0.88 * self.size

    @property
    def where(self) -> str:
        return f"page {self.page} line {self.no}"


def _lead_width(chars: list[Char]) -> float:
    """Width of the first unbreakable unit of a line (see :class:`Line`)."""
    i = 0
    while i < len(chars) - 1 and chars[i].text in _OPENING:
        i += 1
    if _is_word_char(chars[i].text):
        while (i + 1 < len(chars) and _is_word_char(chars[i + 1].text)
               and chars[i + 1].x0 - chars[i].x1 < 0.2 * chars[i].size):
            i += 1
    while i + 1 < len(chars) and chars[i + 1].text in _CLOSING:
        i += 1
    return chars[i].x1 - chars[0].x0


def make_line(chars: list[Char], ordered: bool = False) -> Line:
    """One visual line from its glyphs (sorted left to right unless ``ordered``: OCR gives its
    words in reading order, and the evenly spread characters of two touching word boxes may
    overlap)."""
    if not ordered:
        chars = sorted(chars, key=lambda c: c.x0)
    kept: list[Char] = []
    for c in chars:
        # fake bold: the same glyph drawn again a fraction of a point to the right
        if kept and c.text == kept[-1].text and abs(c.x0 - kept[-1].x0) < 0.3 * c.size:
            continue
        kept.append(c)
    parts: list[str] = []
    for prev, c in zip([None, *kept[:-1]], kept):
        if prev is not None:
            gap = c.x0 - prev.x1
            if (gap > 0.2 * c.size and _is_word_char(prev.text[-1]) and _is_word_char(c.text[0])) or gap > 1.5 * c.size:
                parts.append(" ")
        parts.append(c.text)
    sizes = sorted(c.size for c in kept)
    cjk = sorted(c.x1 - c.x0 for c in kept if _is_cjk(c.text))
    size = sizes[len(sizes) // 2]
    em = cjk[len(cjk) // 2] if cjk else size
    base = statistics.median(c.base for c in kept)
    return Line(text="".join(parts), x0=min(c.x0 for c in kept), x1=max(c.x1 for c in kept), base=base, size=size,
                em=em or size, lead=_lead_width(kept))


def lines_from_chars(chars: list[Char], page: int = 0) -> list[Line]:
    """Group a page's glyphs into visual lines, top to bottom, each read left to right.

    Whitespace glyphs are dropped: spaces are put back from the gaps (between Latin letters or
    digits, or where a gap is wider than one and a half characters), so a justified Chinese line
    reads without the spaces a library guesses from its stretched spacing. Out: lines numbered
    1, 2, … on the page.
    """
    visible = sorted((c for c in chars if c.text.strip() and c.size > 0), key=lambda c: (c.base, c.x0))
    groups: list[list[Char]] = []
    for c in visible:
        if groups and abs(c.base - groups[-1][-1].base) <= 0.4 * max(c.size, groups[-1][-1].size):
            groups[-1].append(c)
        else:
            groups.append([c])
    lines = [make_line(g) for g in groups]
    for no, line in enumerate(lines, start=1):
        line.page, line.no = page, no
    return lines


@dataclass
class Geometry:
    """The text block of a set of pages: left and right edge, the body font size, the usual
    baseline-to-baseline pitch of body lines."""

    left: float
    right: float
    body_size: float
    pitch: float


def geometry(lines: list[Line]) -> Geometry:
    """The text block the lines sit in: most body lines start at its left edge (only first lines
    are indented) and end at its right edge (only last lines end short)."""
    long = [ln for ln in lines if len(ln.text) >= 6] or lines
    if not long:
        return Geometry(0.0, 0.0, 12.0, 18.0)
    xs0 = sorted(ln.x0 for ln in long)
    xs1 = sorted(ln.x1 for ln in long)
    weights: dict[float, int] = {}
    for ln in lines:
        weights[round(ln.size, 1)] = weights.get(round(ln.size, 1), 0) + len(ln.text)
    body = max(weights, key=lambda s: (weights[s], -s))
    pitches = [b.base - a.base for a, b in zip(lines, lines[1:])
               if a.page == b.page and abs(a.size - body) < 0.1 * body and abs(b.size - body) < 0.1 * body
               and 0.9 * body < b.base - a.base < 3 * body]
    pitch = statistics.median(pitches) if pitches else 1.5 * body
    return Geometry(left=xs0[len(xs0) // 10], right=xs1[(len(xs1) * 9) // 10], body_size=body, pitch=pitch)


def ends_short(a: Line, b: Line, geo: Geometry) -> bool:
    """Whether ``a`` ends further from the right edge than ``b``'s first word would have needed."""
    return geo.right - a.x1 > b.lead + 0.5 * a.em


def continues(a: Line, b: Line, geo: Geometry, same_page: bool = True) -> bool:
    """Whether line ``b`` continues the paragraph of line ``a`` (the line before it in reading
    order; across a page break when ``same_page`` is false, where the vertical gap says nothing)."""
    # an OCR'd line's size is measured from its ink, a few points either way
    slack = 0.3 if a.ocr or b.ocr else 0.15
    if abs(a.size - b.size) > slack * max(a.size, b.size):
        return False
    if same_page and b.base - a.base > 1.4 * max(geo.pitch * a.size / geo.body_size, a.size):
        return False
    if a.size > (1 + slack) * geo.body_size:
        return True  # a title wrapped over lines: each line centred, one paragraph
    if b.x0 > geo.left + 0.6 * b.em:
        return False  # indented, centred or right-aligned: a paragraph of its own
    if a.x0 > geo.right - 0.5 * geo.body_size or ends_short(a, b, geo):
        return False
    if _ENUMERATOR.match(b.text) and a.text[-1:] in _SENTENCE_END:
        return False
    return True


def join_text(a: str, b: str) -> str:
    """Two lines of one paragraph as one text (a space only between two Latin words)."""
    if a and b and a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha():
        return f"{a} {b}"
    return a + b


@dataclass
class Paragraph:
    """Lines joined into one paragraph; ``lines[0]`` gives its provenance; ``page_joins`` the
    indices (into ``lines``) of the lines that continue it on a new page."""

    lines: list[Line]
    text: str
    page_joins: list[int] = field(default_factory=list)
    gap_before: bool = False


def paragraphs(flow: list[Line], geo_of) -> list[Paragraph]:
    """Join consecutive lines of ``flow`` (body lines in reading order, furniture and tables
    taken out) into paragraphs. ``geo_of(line)`` gives the :class:`Geometry` of the line's page.
    A paragraph preceded by a blank line's worth of space is marked ``gap_before``."""
    out: list[Paragraph] = []
    for line in flow:
        if out:
            last = out[-1].lines[-1]
            geo = geo_of(line)
            same_page = last.page == line.page
            if continues(last, line, geo, same_page):
                p = out[-1]
                if not same_page:
                    p.page_joins.append(len(p.lines))
                p.lines.append(line)
                p.text = join_text(p.text, line.text)
                continue
            gap = same_page and line.base - last.base > 1.8 * max(geo.pitch * last.size / geo.body_size, last.size)
            out.append(Paragraph([line], line.text, gap_before=gap))
        else:
            out.append(Paragraph([line], line.text))
    return out


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def find_furniture(pages: list[list[Line]], heights: list[float]) -> dict[tuple[int, int], str]:
    """Lines that are page furniture, as ``{(page index, line index): kind}`` with kind
    ``page_number`` (a printed page number alone on a line at the top or bottom of the page, set
    apart from the text by more than the page's line pitch),
    ``page_header`` or ``page_footer`` (the same text — digits aside — among the first or last two
    lines of at least two pages and of a third of them, at the same height within a character).

    ``pages[i]`` are the body lines of page ``i`` (tables' lines excluded), ``heights[i]`` its height.
    OCR'd lines compare by similarity (an OCR'd header differs by a misread character or two).
    """
    from rapidfuzz import fuzz

    found: dict[tuple[int, int], str] = {}
    for p, lines in enumerate(pages):
        steps = sorted(b.base - a.base for a, b in zip(lines, lines[1:])
                       if 0 < b.base - a.base < 3 * max(a.size, b.size))
        pitch = steps[len(steps) // 2] if steps else 0.0
        for i, line in enumerate(lines):
            near_edge = line.base < 0.16 * heights[p] or line.top > 0.84 * heights[p]
            # set apart from the text block by more than its line pitch, as a folio is
            gaps = [abs(line.base - lines[j].base) for j in (i - 1, i + 1) if 0 <= j < len(lines)]
            apart = not gaps or min(gaps) > 1.2 * pitch
            if (i < 2 or i >= len(lines) - 2) and near_edge and apart and PAGE_NUMBER.match(line.text.strip()):
                found[(p, i)] = "page_number"
    n_pages = sum(1 for lines in pages if lines)
    for kind, pick in (("page_header", lambda ls: list(range(min(2, len(ls))))),
                       ("page_footer", lambda ls: list(range(max(0, len(ls) - 2), len(ls))))):
        candidates = [(p, i, _shape(pages[p][i].text)) for p in range(len(pages)) for i in pick(pages[p])
                      if (p, i) not in found]
        for p, i, shape in candidates:
            line = pages[p][i]
            same_pages = {q for q, j, other in candidates
                          if q != p and abs(pages[q][j].base - line.base) < max(line.size, 6)
                          and (other == shape or ((line.ocr or pages[q][j].ocr) and fuzz.ratio(other, shape) >= 80))}
            if len(shape) >= 2 and len(same_pages) + 1 >= max(2, n_pages / 3):
                found[(p, i)] = kind
    return found


def cell_text(lines: list[Line], right_limit: float) -> str:
    """The text of one table cell from its visual lines: a line that reaches the cell's right
    limit (``right_limit``: the cell's right edge less its padding) wraps into the next; a line
    ending short ends a paragraph of the cell (``\\n`` — two units one under the other)."""
    if not lines:
        return ""
    text = lines[0].text
    for a, b in zip(lines, lines[1:]):
        short = right_limit - a.x1 > b.lead + 0.5 * a.em
        text = text + "\n" + b.text if short else join_text(text, b.text)
    return text
