"""OFD files (GB/T 33190, the national fixed-layout format of electronic official documents), read
from their XML with lxml.

An OFD file is a zip package: ``OFD.xml`` names each document's ``Document.xml`` (DocRoot), which
lists its pages (``Pages/Page_N/Content.xml``) and the template pages they draw on. A page's text
is in ``TextObject`` elements — a ``Boundary`` box and ``TextCode`` runs with ``X``/``Y`` positions
(and a ``CTM`` transform at times) — and its table rules are ``PathObject`` elements.

Reading a page: every text run is placed on the page (template runs included), runs are grouped
into lines by their baseline and each line is ordered left to right; a table drawn with ruling lines
becomes a :class:`~analysis.ingest.base.Table` — the grid from the rules, a cell merged over rows
or columns (no rule between them) carried into every cell it spans — rendered by
:func:`~analysis.ingest.task_tables.render_table` at its place. Lines are placed as
``page 2 line 5``; a page number line (``— 2 —``, ``第2页``) at the head or foot of a page is
removed and recorded as a ``page_number`` repair. The DocInfo (Title, Author, CreationDate …) is
kept in ``fields`` as evidence, not text.

Why not easyofd: measured beside this reader in ``benchmarks/readers_ofd.py``; it depends on
PyMuPDF, whose AGPL licence would bind the whole suite, and it gives text boxes without the
tables.
"""
from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from .base import CorpusError, RawDocument, Table
from .task_tables import render_table

__all__ = ["read_ofd", "ofd_pages", "Run"]

_PAGE_NUMBER = re.compile(r"^[\s\-—–－_·•]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／共]\s*\d{1,4}\s*页?)?[\s\-—–－_·•]*$")
_RULE = 0.9  # a PathObject thinner than this (mm) is a rule


@dataclass
class Run:
    """A run of text on a page: its left x, baseline y, right x and font size (mm)."""

    x: float
    y: float
    right: float
    size: float
    text: str


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _floats(value: str | None, n: int) -> list[float] | None:
    try:
        nums = [float(v) for v in (value or "").split()]
    except ValueError:
        return None
    return nums if len(nums) >= n else None


def _deltas(value: str | None, count: int, size: float) -> list[float]:
    """The DeltaX of a TextCode expanded (``g 3 1.5`` is 1.5 three times)."""
    out: list[float] = []
    toks = (value or "").split()
    i = 0
    while i < len(toks):
        if toks[i] == "g" and i + 2 < len(toks):
            try:
                out += [float(toks[i + 2])] * int(toks[i + 1])
            except ValueError:
                pass
            i += 3
        else:
            try:
                out.append(float(toks[i]))
            except ValueError:
                pass
            i += 1
    out += [size] * max(0, count - 1 - len(out))
    return out[: max(0, count - 1)]


class _Package:
    def __init__(self, path: Path):
        self.path = path
        try:
            self.zip = zipfile.ZipFile(path)
            self.names = {n.lstrip("/").lower(): n for n in self.zip.namelist()}
        except (zipfile.BadZipFile, OSError) as exc:
            raise CorpusError(f"{path}: broken OFD package ({exc}); the file is damaged or incomplete") from None

    def xml(self, name: str, where: str):
        from lxml import etree

        real = self.names.get(name.lstrip("/").replace("\\", "/").lower())
        if real is None:
            raise CorpusError(f"{self.path}: {where} names {name}, which is not in the OFD package")
        try:
            data = self.zip.read(real)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise CorpusError(f"{self.path}: {name} cannot be read from the OFD package ({exc})") from None
        try:
            return etree.fromstring(data.lstrip(b"\xef\xbb\xbf \r\n\t"),
                                    etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False))
        except etree.XMLSyntaxError as exc:
            raise CorpusError(f"{self.path}: {name} is not well-formed XML ({exc})") from None


def _resolve(base_dir: str, loc: str) -> str:
    loc = loc.strip().replace("\\", "/")
    return posixpath.normpath(loc.lstrip("/") if loc.startswith("/") else posixpath.join(base_dir, loc))


def _children(el, name: str):
    return [c for c in el if _local(c.tag) == name]


def _find(el, *path: str):
    for name in path:
        el = next((c for c in el if _local(c.tag) == name), None)
        if el is None:
            return None
    return el


def _runs_and_rules(page_xml) -> tuple[list[Run], list[tuple[float, float, float, float]]]:
    """Text runs and ruling lines ``(x0, y0, x1, y1)`` of one page's (or template's) content."""
    runs: list[Run] = []
    rules: list[tuple[float, float, float, float]] = []
    for obj in page_xml.iter():
        kind = _local(obj.tag)
        if kind == "PathObject":
            b = _floats(obj.get("Boundary"), 4)
            if b and (b[2] < _RULE or b[3] < _RULE) and max(b[2], b[3]) > 2:
                rules.append((b[0], b[1], b[0] + b[2], b[1] + b[3]))
        if kind != "TextObject":
            continue
        b = _floats(obj.get("Boundary"), 4) or [0.0, 0.0, 0.0, 0.0]
        size = float((_floats(obj.get("Size"), 1) or [3.5])[0])
        ctm = _floats(obj.get("CTM"), 6)
        x = y = 0.0
        for code in _children(obj, "TextCode"):
            text = code.text or ""
            x = float(code.get("X", x) or x)
            y = float(code.get("Y", y) or y)
            deltas = _deltas(code.get("DeltaX"), len(text), size)
            right = x + sum(deltas) + (size if text else 0.0)
            if ctm:  # object space → boundary space
                a, bb, c, d, e, f = ctm[:6]
                x0, y0 = a * x + c * y + e, bb * x + d * y + f
                x1 = a * right + c * y + e
                eff = size * (abs(d) or 1.0)
            else:
                x0, y0, x1, eff = x, y, right, size
            if text.strip():
                runs.append(Run(b[0] + x0, b[1] + y0, b[0] + x1, eff, text))
            x = right
    return runs, rules


# ---------------------------------------------------------------------------------------------
# tables from ruling lines
# ---------------------------------------------------------------------------------------------
def _cluster(values: list[float], tol: float = 1.0) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tol:
            continue
        out.append(v)
    return out


def _grid(rules):
    """The table grid of a page's rules: (xs, ys, horizontal, vertical) or None."""
    horiz = [(min(x0, x1), max(x0, x1), (y0 + y1) / 2) for x0, y0, x1, y1 in rules if abs(y1 - y0) < _RULE]
    vert = [((x0 + x1) / 2, min(y0, y1), max(y0, y1)) for x0, y0, x1, y1 in rules if abs(x1 - x0) < _RULE]
    if len(horiz) < 2 or len(vert) < 3:
        return None
    xs = _cluster([v[0] for v in vert])
    ys = _cluster([h[2] for h in horiz])
    if len(xs) < 3 or len(ys) < 2:
        return None
    return xs, ys, horiz, vert


def _covered(segments, at: float, lo: float, hi: float) -> bool:
    """A rule at ``at`` (within 1 mm) covering most of ``lo``–``hi``."""
    return any(abs(s_at - at) <= 1.0 and s0 <= lo + 0.3 * (hi - lo) and s1 >= hi - 0.3 * (hi - lo)
               for s0, s1, s_at in segments)


def _table_from_grid(grid, runs: list[Run]) -> tuple[list[list[str]], list[Run]]:
    """Cells of the grid (merged cells carried into every cell they span) and the runs inside it."""
    xs, ys, horiz, vert = grid
    vsegs = [(y0, y1, x) for x, y0, y1 in vert]
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    parent = list(range(n_rows * n_cols))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in range(n_rows):
        for c in range(n_cols):
            if c + 1 < n_cols and not _covered(vsegs, xs[c + 1], ys[r], ys[r + 1]):
                parent[find(r * n_cols + c + 1)] = find(r * n_cols + c)
            if r + 1 < n_rows and not _covered(horiz, ys[r + 1], xs[c], xs[c + 1]):
                parent[find((r + 1) * n_cols + c)] = find(r * n_cols + c)
    inside = [run for run in runs if xs[0] - 0.5 <= run.x <= xs[-1] and ys[0] <= run.y <= ys[-1] + 0.5]
    texts: dict[int, list[Run]] = {}
    for run in inside:
        c = max(0, min(n_cols - 1, sum(1 for x in xs[1:-1] if run.x >= x - 0.3)))
        r = max(0, min(n_rows - 1, sum(1 for y in ys[1:-1] if run.y > y)))
        texts.setdefault(find(r * n_cols + c), []).append(run)
    right: dict[int, float] = {}
    for r in range(n_rows):
        for c in range(n_cols):
            k = find(r * n_cols + c)
            right[k] = max(right.get(k, 0.0), xs[c + 1])
    cell_text = {k: _cell_text(v, right[k]) for k, v in texts.items()}
    rows = [[cell_text.get(find(r * n_cols + c), "") for c in range(n_cols)] for r in range(n_rows)]
    return rows, inside


def _cell_text(runs: list[Run], right: float) -> str:
    """A cell's lines: a line that reaches the cell's right edge (within two characters) wrapped
    into the next and is joined to it; other lines end where the writer broke them (one unit a
    line) and stay apart."""
    out = ""
    for _, text, end, size in _group_lines(runs, extents=True):
        out += text
        if end < right - 2.5 * size:
            out += "\n"
    return out.rstrip("\n")


def _group_lines(runs: list[Run], extents: bool = False) -> list[tuple]:
    """Runs grouped into lines by baseline (within 40 % of the font size), each ordered left to
    right; a gap wider than a character becomes a space. Out: ``(baseline, text)`` top to bottom
    (``(baseline, text, right edge, font size)`` with ``extents``)."""
    lines: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: (r.y, r.x)):
        if lines and abs(run.y - lines[-1][0].y) <= 0.4 * max(run.size, lines[-1][0].size):
            lines[-1].append(run)
        else:
            lines.append([run])
    out = []
    for line in lines:
        line.sort(key=lambda r: r.x)
        text, end = "", None
        for run in line:
            if end is not None and run.x - end > 1.0 * run.size:
                text += " "
            text += run.text
            end = run.right
        out.append((line[0].y, text, end, line[0].size) if extents else (line[0].y, text))
    return out


# ---------------------------------------------------------------------------------------------
# pages
# ---------------------------------------------------------------------------------------------
@dataclass
class _Page:
    number: int
    runs: list[Run]
    rules: list[tuple[float, float, float, float]]
    height: float


def ofd_pages(path: str | Path) -> tuple[list[_Page], dict[str, str]]:
    """The pages of an OFD file (every document of the package in turn) with their text runs and
    rules, and the DocInfo fields. Raises :class:`CorpusError` for a broken package."""
    path = Path(path)
    pkg = _Package(path)
    if "ofd.xml" not in pkg.names:
        raise CorpusError(f"{path}: no OFD.xml in the package; not an OFD file")
    root = pkg.xml("OFD.xml", "the package")
    fields: dict[str, str] = {}
    pages: list[_Page] = []
    for body in _children(root, "DocBody"):
        info = _find(body, "DocInfo")
        if info is not None:
            for el in info:
                name = _local(el.tag)
                if name == "CustomDatas":
                    for cd in el:
                        if (cd.text or "").strip() and cd.get("Name"):
                            fields.setdefault(cd.get("Name"), cd.text.strip())
                elif (el.text or "").strip() and name not in ("DocID",):
                    fields.setdefault(name, el.text.strip())
        doc_root = _find(body, "DocRoot")
        if doc_root is None or not (doc_root.text or "").strip():
            continue
        doc_path = _resolve("", doc_root.text)
        doc = pkg.xml(doc_path, "OFD.xml")
        base = posixpath.dirname(doc_path)
        common = _find(doc, "CommonData")
        height = 297.0
        box = _floats(_find(common, "PageArea", "PhysicalBox").text if common is not None and _find(
            common, "PageArea", "PhysicalBox") is not None else None, 4)
        if box:
            height = box[3]
        templates = {t.get("ID"): _resolve(base, t.get("BaseLoc", "")) for t in
                     (_children(common, "TemplatePage") if common is not None else []) if t.get("BaseLoc")}
        page_list = _find(doc, "Pages")
        for page_ref in (_children(page_list, "Page") if page_list is not None else []):
            loc = page_ref.get("BaseLoc")
            if not loc:
                continue
            page_path = _resolve(base, loc)
            content = pkg.xml(page_path, doc_path)
            runs, rules = _runs_and_rules(content)
            for tpl in _children(content, "Template"):
                tpl_path = templates.get(tpl.get("TemplateID"))
                if tpl_path:
                    t_runs, t_rules = _runs_and_rules(pkg.xml(tpl_path, page_path))
                    runs += t_runs
                    rules += t_rules
            pbox = _floats(_find(content, "Area", "PhysicalBox").text if _find(
                content, "Area", "PhysicalBox") is not None else None, 4)
            pages.append(_Page(len(pages) + 1, runs, rules, pbox[3] if pbox else height))
    if not pages:
        raise CorpusError(f"{path}: the OFD package lists no pages")
    return pages, fields


def read_ofd(path: str | Path) -> RawDocument:
    """Read an OFD file.

    In: the path. Out: a :class:`RawDocument` of the pages' lines in reading order (top to
    bottom, left to right), each placed as ``page P line L``; tables drawn with rules rendered as
    task lines or ``| … |`` rows at their place (rows placed as ``page P table T row R``); page
    number lines removed as ``page_number`` repairs; the DocInfo in ``fields``. Raises
    :class:`CorpusError` for a broken package or one without text.
    """
    path = Path(path)
    pages, fields = ofd_pages(path)
    raw = RawDocument(path=path, format="ofd", lines=[], where=[], fields=fields)
    for page in pages:
        grid = _grid(page.rules)
        rows, inside = _table_from_grid(grid, page.runs) if grid else ([], [])
        ids = {id(r) for r in inside}
        items: list[tuple[float, str, object]] = [(y, "line", text) for y, text in
                                                  _group_lines([r for r in page.runs if id(r) not in ids])]
        if rows:
            items.append((grid[1][0], "table", rows))
        items.sort(key=lambda it: it[0])
        line_no, n_tables = 0, 0
        for y, kind, value in items:
            if kind == "table":
                n_tables += 1
                name = f"page {page.number} table {n_tables}"
                render_table(raw, Table(rows=value, where=name,
                                        row_where=[f"{name} row {i}" for i in range(1, len(value) + 1)]))
                continue
            line_no += 1
            edge = y < 0.12 * page.height or y > 0.88 * page.height
            if edge and _PAGE_NUMBER.match(value):
                raw.repairs.append(("page_number", len(raw.lines), value, ""))
                continue
            raw.add_line(value, f"page {page.number} line {line_no}")
    if not any(line.strip() for line in raw.lines):
        raise CorpusError(f"{path}: no text objects on its {len(pages)} page(s) — the text is drawn as images or "
                          f"outlines (a scan); run OCR on it or find the document's text")
    return raw
