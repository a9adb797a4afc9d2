"""OCR of a scanned PDF page with Tesseract and its simplified-Chinese model (Debian packages
``tesseract-ocr`` and ``tesseract-ocr-chi-sim``), through the ``tesseract`` command.

In:  a pypdfium2 page without a text layer.
Out: :class:`OcrPage` — its words in points like a text layer's (so the same line, paragraph and
     table rules apply: :func:`lines_from_words`, :mod:`.pdf_tables`), and the ruling lines of
     its tables found in the page image (:func:`find_rules`).

The command is called directly (``tesseract stdin stdout … tsv``), the page image piped in as a
grey-scale PNM: pytesseract gives the same words through temporary PNG files, at twice the time
per page (benchmarks/readers_pdf.py --ocr: 3.9 against 9.0 s/page on the scanned fixture).
One thread per call (``OMP_THREAD_LIMIT=1``): the machine's cores are shared, and a threaded
Tesseract is not bit-for-bit repeatable.
"""
from __future__ import annotations

import functools
import os
import shutil
import subprocess
from dataclasses import dataclass

from .pdf_layout import Line

__all__ = ["OCR_DPI", "OCR_LANG", "INSTALL_HINT", "Word", "OcrPage", "ocr_missing", "ocr_page", "render_gray",
           "parse_tsv", "lines_from_words", "find_rules"]

#: Rendering resolution for OCR, chosen by measurement (benchmarks/readers_pdf.py --ocr; facts of
#: the plan's 67 read at 150 / 200 / 300 dpi): the 1-bit 200 dpi fixture 60 / 52 / 53, a 300 dpi
#: grey scan 61 / 59 / 59, the same printed at table size (10.5 pt) 26 / 47 / 50. 300 dpi reads the
#: most in all (162 against 158 and 147) and the most of the small print (150 fails on it; 400
#: blows up a scan's jagged edges: 20 on the fixture), at 3–4 s a page against 2.2–2.7 at 150–200.
OCR_DPI = 300
OCR_LANG = "chi_sim"
INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-chi-sim"
#: Page segmentation mode 3: automatic layout (a page of paragraphs, headers and tables).
OCR_PSM = 3


@functools.lru_cache(maxsize=1)
def ocr_missing() -> str | None:
    """None when Tesseract and its chi_sim model are installed, else what is missing (one line,
    with the command that installs it)."""
    exe = shutil.which("tesseract")
    if exe is None:
        return f"Tesseract is not installed ({INSTALL_HINT})"
    try:
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30).stdout.split()
    except (OSError, subprocess.SubprocessError) as exc:
        return f"Tesseract does not run ({exc}); reinstall it ({INSTALL_HINT})"
    if OCR_LANG not in langs:
        return f"Tesseract has no simplified-Chinese model chi_sim ({INSTALL_HINT})"
    return None


@dataclass(frozen=True)
class Word:
    """One Tesseract word in points from the page's top-left corner, with its confidence and the
    (block, paragraph, line) it belongs to."""

    x0: float
    top: float
    x1: float
    bottom: float
    text: str
    confidence: float
    line: tuple[int, int, int]


@dataclass
class OcrPage:
    """What OCR read on a page: its words and the ruling lines of its tables (pdfplumber edges,
    in points)."""

    words: list[Word]
    h_rules: list[dict]
    v_rules: list[dict]
    pixels: object = None
    dpi: int = OCR_DPI

    def read_box(self, x0: float, top: float, x1: float, bottom: float) -> list[Word]:
        """OCR a box of the page (in points) on its own, as one block of text (a table cell the
        page's OCR left empty); words placed on the page. No ink in the box: no words."""
        scale = self.dpi / 72
        crop = self.pixels[int(top * scale):int(bottom * scale), int(x0 * scale):int(x1 * scale)]
        if crop.size == 0 or (crop < 128).mean() < 0.01:
            return []
        words = parse_tsv(_run_tesseract(_pnm(crop.copy()), self.dpi, psm=6), self.dpi)
        return [Word(w.x0 + x0, w.top + top, w.x1 + x0, w.bottom + top, w.text, w.confidence, w.line) for w in words]


def render_gray(page, dpi: int):
    """The page rendered at ``dpi`` as a grey-scale numpy array (rows × columns, 0 = black)."""
    pixels = page.render(scale=dpi / 72, grayscale=True).to_numpy()
    return pixels[:, :, 0] if pixels.ndim == 3 else pixels  # a colour bitmap: grey-scale makes channels equal


def _pnm(pixels) -> bytes:
    height, width = pixels.shape
    return f"P5\n{width} {height}\n255\n".encode("ascii") + pixels.tobytes()


def _run_tesseract(image: bytes, dpi: int, psm: int | None = None) -> str:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    command = ["tesseract", "stdin", "stdout", "-l", OCR_LANG, "--psm", str(psm or OCR_PSM), "--dpi", str(dpi), "tsv"]
    done = subprocess.run(command, input=image, capture_output=True, timeout=300, env=env)
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(lines[-1] if lines else f"tesseract exited with {done.returncode}")
    return done.stdout.decode("utf-8", "replace")


def parse_tsv(tsv: str, dpi: int) -> list[Word]:
    """Tesseract's TSV output as words, pixels turned into points."""
    scale = 72 / dpi
    words: list[Word] = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        left, top, width, height = (int(v) * scale for v in cols[6:10])
        words.append(Word(left, top, left + width, top + height, cols[11].strip(), float(cols[10]),
                          (int(cols[2]), int(cols[3]), int(cols[4]))))
    return words


def _units(text: str) -> float:
    """Width of a text in Chinese characters (Latin letters, digits and ASCII marks count half)."""
    return sum(0.55 if ch.isascii() else 1.0 for ch in text)


def _line(words: list[Word], page: int) -> Line:
    """One OCR line from its words, in Tesseract's reading order.

    Word boxes hug the ink and overlap, so a line's geometry is read from the whole line: its ink
    extent, and its character pitch (``em``: the extent over the text's width in characters)."""
    text = ""
    for w in words:
        if text and text[-1].isascii() and text[-1].isalnum() and w.text[0].isascii() and w.text[0].isalnum():
            text += " "
        text += w.text
    x0, x1 = min(w.x0 for w in words), max(w.x1 for w in words)
    units = _units(text.replace(" ", ""))
    em = (x1 - x0) / units if units >= 5 else 0.0
    bottoms = sorted(w.bottom for w in words if not (w.text.isascii() and not w.text.isalnum()))
    base = bottoms[len(bottoms) // 2] if bottoms else max(w.bottom for w in words)
    marks = [w.confidence for w in words if w.confidence >= 0]
    return Line(text=text, x0=x0, x1=x1, base=base, size=em, em=em, lead=0.0, page=page, ocr=True,
                confidence=sum(marks) / len(marks) if marks else None)


def lines_from_words(words: list[Word], page: int, page_em: float | None = None) -> list[Line]:
    """Words grouped into Tesseract's lines, top to bottom and numbered; a line too short to
    measure its own character pitch takes ``page_em`` (default: the median of the others)."""
    groups: dict[tuple[int, int, int], list[Word]] = {}
    for w in words:
        groups.setdefault(w.line, []).append(w)
    lines = [_line(ws, page) for ws in groups.values()]
    if page_em is None:
        measured = sorted(ln.em for ln in lines if ln.em)
        page_em = measured[len(measured) // 2] if measured else 12.0
    for ln in lines:
        if not ln.em:
            ln.em = ln.size = page_em
        first = ln.text[:2] if ln.text[:1] in "（《(“" else ln.text[:1]
        ln.lead = _units(first) * ln.em
    lines.sort(key=lambda ln: (ln.base, ln.x0))
    for no, line in enumerate(lines, start=1):
        line.no = no
    return lines


def page_em(words: list[Word]) -> float:
    """The page's character pitch: the median over its measurable lines."""
    return lines_from_words(words, 0)[0].em if words else 12.0


# --------------------------------------------------------------------------------------------
# ruling lines of a scanned table
# --------------------------------------------------------------------------------------------

def _covered_by_runs(dark, length: int, axis: int):
    """Pixels that belong to a run of at least ``length`` dark pixels along ``axis``."""
    import numpy as np

    d = dark if axis == 1 else dark.T
    cs = np.zeros((d.shape[0], d.shape[1] + 1), dtype=np.int32)
    np.cumsum(d, axis=1, dtype=np.int32, out=cs[:, 1:])
    starts = (cs[:, length:] - cs[:, :-length]) == length
    cs2 = np.zeros((d.shape[0], starts.shape[1] + length), dtype=np.int32)
    np.cumsum(starts, axis=1, dtype=np.int32, out=cs2[:, 1:starts.shape[1] + 1])
    cs2[:, starts.shape[1] + 1:] = cs2[:, starts.shape[1]:starts.shape[1] + 1]
    idx = np.arange(d.shape[1])
    covered = (cs2[:, idx + 1] - cs2[:, np.maximum(idx + 1 - length, 0)]) > 0
    return covered if axis == 1 else covered.T


def _segments(covered) -> list[tuple[int, int, int]]:
    """Runs of covered pixels per row: (row, start, end)."""
    import numpy as np

    padded = np.zeros((covered.shape[0], covered.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = covered
    diff = np.diff(padded, axis=1)
    rows_s, cols_s = np.nonzero(diff == 1)
    _, cols_e = np.nonzero(diff == -1)
    return list(zip(rows_s.tolist(), cols_s.tolist(), cols_e.tolist()))


def _chain(pieces: list[tuple[int, int, int]], min_length: int) -> list[tuple[float, int, int]]:
    """Pieces of one rule — a thick line, a tilted line stepping from row to row — joined:
    (mean row, start, end) of each rule at least ``min_length`` long."""
    rules: list[list] = []  # [start, end, last row, sum of rows, count]
    for row, start, end in sorted(pieces, key=lambda p: (p[1], p[0])):
        for rule in rules:
            if start <= rule[1] + 4 and abs(row - rule[2]) <= 3:
                rule[1], rule[2] = max(rule[1], end), row
                rule[3] += row
                rule[4] += 1
                break
        else:
            rules.append([start, end, row, row, 1])
    return [(r[3] / r[4], r[0], r[1]) for r in rules if r[1] - r[0] >= min_length]


def find_rules(pixels, dpi: int) -> tuple[list[dict], list[dict]]:
    """Horizontal and vertical ruling lines of a scanned page, as pdfplumber edges in points:
    dark runs longer than most strokes of a character (20 pt across, 24 pt down; a stray one
    finds no table: a table needs rules both ways that cross)."""
    # looked for at about 100 dpi: a rule of a point or two stays a dark pixel wide, ten times faster
    f = max(1, round(dpi / 100))
    h, w = (pixels.shape[0] // f) * f, (pixels.shape[1] // f) * f
    blocks = pixels[:h, :w].reshape(h // f, f, w // f, f).mean(axis=(1, 3))
    dark = blocks < 170
    scale = 72 * f / dpi
    h_len, v_len = int(20 / scale), int(24 / scale)
    h = _chain(_segments(_covered_by_runs(dark, h_len, axis=1)), h_len)
    v = _chain(_segments(_covered_by_runs(dark, v_len, axis=0).T), v_len)
    h_edges = [{"object_type": "h_edge", "orientation": "h", "x0": a * scale, "x1": b * scale, "top": y * scale,
                "bottom": y * scale, "width": (b - a) * scale, "height": 0.0} for y, a, b in h]
    v_edges = [{"object_type": "v_edge", "orientation": "v", "x0": x * scale, "x1": x * scale, "top": a * scale,
                "bottom": b * scale, "width": 0.0, "height": (b - a) * scale} for x, a, b in v]
    return h_edges, v_edges


def ocr_page(page, dpi: int | None = None) -> OcrPage:
    """OCR one page: its words, and the ruling lines its tables are drawn with. Raises
    RuntimeError when Tesseract fails."""
    dpi = dpi or OCR_DPI
    pixels = render_gray(page, dpi)
    words = parse_tsv(_run_tesseract(_pnm(pixels), dpi), dpi)
    h_rules, v_rules = find_rules(pixels, dpi)
    return OcrPage(words=words, h_rules=h_rules, v_rules=v_rules, pixels=pixels, dpi=dpi)
