"""PDF readers side by side: speed (pages/s) and fidelity on the same files. Prints tables.

    .venv/bin/python benchmarks/readers_pdf.py                 # text-layer libraries
    .venv/bin/python benchmarks/readers_pdf.py --ocr           # and OCR settings (slow: minutes)
    .venv/bin/python benchmarks/readers_pdf.py --real DIR      # and the PDFs in DIR (no ground truth)

Fidelity on the synthetic plan's PDFs (tests/data/formats/plan_libreoffice.pdf, printed from Word
by LibreOffice; plan_drawn.pdf, drawn with fpdf2): ``facts`` is the share of the facts parsed from
the plan's clean text (plan.txt: tasks with their text, clauses, units with roles, deadlines,
metadata; tests/ingest_facts.py) that the parse of the library's text recovers; ``text`` the similarity of its text to
the clean text (rapidfuzz ratio, whitespace removed: reading order, furniture left in, characters
lost all lower it). Candidates:

- ``pdftotext -layout`` — poppler's command, the baseline;
- each library's own plain text: pypdfium2 ``get_text_range``, pdfplumber ``extract_text``,
  pdfminer.six ``extract_text``;
- each library's characters through the reader's layout rules (analysis.ingest.pdf_layout: lines,
  paragraphs, page furniture), no table finding;
- ``read_pdf``: the reader as shipped (pypdfium2 characters, layout rules, pdfplumber's ruled-table
  outlines on pages with ruling lines).

Speed is the best of three runs (the machine is shared), pages per second over all files.
"""
from __future__ import annotations

import argparse
import io
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from ingest_facts import PLAN_TXT, fact_share, plan_facts, text_facts  # noqa: E402

from analysis.ingest.base import RawDocument  # noqa: E402
from analysis.ingest.pdf_layout import Char, lines_from_chars  # noqa: E402

FIXTURES = [ROOT / "tests/data/formats/plan_libreoffice.pdf", ROOT / "tests/data/formats/plan_drawn.pdf"]


# -- plain text of each library -------------------------------------------------------------

def text_pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8", "replace")


def text_pypdfium2(path: Path) -> str:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(doc[i].get_textpage().get_text_range().replace("\r\n", "\n") for i in range(len(doc)))
    finally:
        doc.close()


def text_pdfplumber(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def text_pdfminer(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(str(path))


# -- characters of each library, through the reader's layout rules --------------------------

def chars_pypdfium2(path: Path) -> list[tuple[list[Char], float, float]]:
    import pypdfium2 as pdfium

    from analysis.ingest.pdf import _placer, page_chars

    doc = pdfium.PdfDocument(str(path))
    try:
        out = []
        for i in range(len(doc)):
            page = doc[i]
            _, w, h = _placer(page)
            out.append((page_chars(page, page.get_textpage()), w, h))
        return out
    finally:
        doc.close()


def chars_pdfplumber(path: Path) -> list[tuple[list[Char], float, float]]:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return [([Char(c["text"], c["x0"], c["x1"], page.height - c["matrix"][5], c["size"]) for c in page.chars],
                 page.width, page.height) for page in pdf.pages]


def chars_pdfminer(path: Path) -> list[tuple[list[Char], float, float]]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar

    def walk(obj):
        if isinstance(obj, LTChar):
            yield obj
        elif hasattr(obj, "__iter__"):
            for child in obj:
                yield from walk(child)

    out = []
    for page in extract_pages(str(path)):
        h = page.height
        out.append(([Char(o.get_text(), o.x0, o.x1, h - o.matrix[5], o.size) for o in walk(page)], page.width, h))
    return out


def layout_text(pages: list[tuple[list[Char], float, float]], path: Path) -> str:
    """Characters through the reader's rules (lines, furniture, paragraphs), tables not looked for."""
    from analysis.ingest.pdf import _assemble, _Page

    built = [_Page(no=i + 1, width=w, height=h, lines=lines_from_chars(chars, page=i + 1))
             for i, (chars, w, h) in enumerate(pages)]
    raw = RawDocument(path=path, format="pdf", lines=[], where=[])
    _assemble(raw, built)
    return raw.text


def text_read_pdf(path: Path) -> str:
    from analysis.ingest.pdf import read_pdf

    return read_pdf(path).text


CANDIDATES = {
    "pdftotext -layout (baseline)": text_pdftotext,
    "pypdfium2 text": text_pypdfium2,
    "pdfplumber text": text_pdfplumber,
    "pdfminer.six text": text_pdfminer,
    "pypdfium2 chars + rules": lambda p: layout_text(chars_pypdfium2(p), p),
    "pdfplumber chars + rules": lambda p: layout_text(chars_pdfplumber(p), p),
    "pdfminer.six chars + rules": lambda p: layout_text(chars_pdfminer(p), p),
    "read_pdf (pypdfium2 + rules + pdfplumber tables)": text_read_pdf,
}


def _pages(path: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


def _best_time(fn, files: list[Path], repeats: int = 3) -> tuple[float, dict[Path, str]]:
    best, texts = float("inf"), {}
    for _ in range(repeats):
        t0 = time.perf_counter()
        texts = {p: fn(p) for p in files}
        best = min(best, time.perf_counter() - t0)
    return best, texts


def _similarity(text: str, clean: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.ratio(re.sub(r"\s+", "", text), re.sub(r"\s+", "", clean)) / 100


def bench_text(files: list[Path], real: list[Path]) -> None:
    clean_text = PLAN_TXT.read_text(encoding="utf-8")
    clean = plan_facts()
    n_pages = sum(_pages(p) for p in files)
    real_pages = sum(_pages(p) for p in real)
    print(f"Text layer: {len(files)} fixture PDFs, {n_pages} pages"
          + (f"; {len(real)} real PDFs, {real_pages} pages" if real else ""))
    head = f"{'candidate':50} {'pages/s':>8}" + "".join(f" {p.stem[5:]:>17}" for p in files)
    if real:
        head += f" {'real pages/s':>12} {'real chars':>10}"
    print(head)
    print(f"{'':50} {'':>8}" + "".join(f" {'facts   text':>17}" for _ in files))
    for name, fn in CANDIDATES.items():
        seconds, texts = _best_time(fn, files)
        row = f"{name:50} {n_pages / seconds:8.1f}"
        for p in files:
            hit, total = fact_share(text_facts(texts[p]), clean)
            row += f" {hit / total:8.0%} {_similarity(texts[p], clean_text):7.0%} "
        if real:
            try:
                rs, rtexts = _best_time(fn, real, repeats=1)
                chars = sum(len(re.sub(r"\s+", "", t)) for t in rtexts.values())
                row += f" {real_pages / rs:12.1f} {chars:10d}"
            except Exception as exc:  # a library that cannot read a real file: say so
                row += f" {'failed':>12} {type(exc).__name__:>10}"
        print(row)


def _gray_scan(tmp: Path, shrink: float = 1.0) -> Path:
    """Another kind of scan, made here and not kept: the drawn plan as 300 dpi grey-scale page
    images, slightly blurred and turned (the 1-bit 200 dpi fixture is the harder case); with
    ``shrink`` < 1 the page is printed smaller (16 pt text at 0.65 is 10.5 pt, a table's size)."""
    sys.path.insert(0, str(ROOT / "tests/data/formats"))
    import make_pdf
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    doc = pdfium.PdfDocument(str(FIXTURES[1]))
    images = []
    for i in range(len(doc)):
        img = doc[i].render(scale=300 * shrink / 72, grayscale=True).to_pil().convert("L")
        if shrink != 1.0:
            canvas = Image.new("L", (round(img.width / shrink), round(img.height / shrink)), 255)
            canvas.paste(img, (round(canvas.width * (1 - shrink) / 2), round(canvas.height * (1 - shrink) / 2)))
            img = canvas
        img = img.rotate(0.3 if i % 2 else -0.2, resample=Image.BICUBIC, fillcolor=255).filter(ImageFilter.GaussianBlur(0.8))
        images.append(img)
    doc.close()
    path = tmp / (f"plan_scanned_gray300_small{int(shrink * 100)}.pdf" if shrink != 1.0 else "plan_scanned_gray300.pdf")
    path.write_bytes(make_pdf._images_pdf(images, 300))
    return path


def bench_ocr(scans: list[Path]) -> None:
    """Rendering resolution and page segmentation mode against time and facts read."""
    import analysis.ingest.pdf_ocr as pdf_ocr
    from analysis.ingest.pdf import read_pdf

    clean = plan_facts()
    clean_text = PLAN_TXT.read_text(encoding="utf-8")
    total = fact_share(clean, clean)[1]
    print(f"\nOCR (Tesseract {pdf_ocr.OCR_LANG}, one thread) of the plan's scans: {', '.join(p.name for p in scans)}")
    print(f"{'scan':28} {'setting':18} {'s/page':>7} {'facts':>9} {'text':>6}")
    saved = pdf_ocr.OCR_DPI, pdf_ocr.OCR_PSM
    try:
        for scan in scans:
            n = _pages(scan)
            settings = [(150, 3), (200, 3), (300, 3)] + ([(400, 3), (300, 4), (300, 6)] if scan == scans[0] else [])
            for dpi, psm in settings:
                pdf_ocr.OCR_DPI, pdf_ocr.OCR_PSM = dpi, psm  # read at call time by read_pdf
                t0 = time.perf_counter()
                text = read_pdf(scan).text
                seconds = time.perf_counter() - t0
                hit, _ = fact_share(text_facts(text), clean)
                print(f"{scan.stem:28} {f'{dpi} dpi, psm {psm}':18} {seconds / n:7.2f} {f'{hit}/{total}':>9} "
                      f"{_similarity(text, clean_text):6.0%}")
    finally:
        pdf_ocr.OCR_DPI, pdf_ocr.OCR_PSM = saved
    _cli_vs_pytesseract(scans[0])


def _cli_vs_pytesseract(scan: Path) -> None:
    """The same page image through the command (image piped in) and through pytesseract."""
    import pypdfium2 as pdfium

    from analysis.ingest.pdf_ocr import OCR_DPI, _pnm, _run_tesseract, render_gray

    doc = pdfium.PdfDocument(str(scan))
    pixels = [render_gray(doc[i], OCR_DPI) for i in range(len(doc))]
    doc.close()
    t0 = time.perf_counter()
    cli = [_run_tesseract(_pnm(p), OCR_DPI) for p in pixels]
    t_cli = time.perf_counter() - t0
    try:
        import pytesseract
        from PIL import Image
    except ImportError:
        print(f"tesseract CLI {t_cli / len(pixels):.2f} s/page; pytesseract not installed")
        return
    t0 = time.perf_counter()
    py = [pytesseract.image_to_data(Image.fromarray(p), lang="chi_sim", config=f"--psm 3 --dpi {OCR_DPI}")
          for p in pixels]
    t_py = time.perf_counter() - t0
    same = sum(a.split("\n")[1:] == b.split("\n")[1:] for a, b in zip(cli, py))
    print(f"\nTesseract CLI (PNM piped in): {t_cli / len(pixels):.2f} s/page; pytesseract (PNG temp files): "
          f"{t_py / len(pixels):.2f} s/page; same TSV on {same}/{len(pixels)} pages")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ocr", action="store_true", help="also measure OCR settings on plan_scanned.pdf")
    ap.add_argument("--real", type=Path, help="a folder of real PDFs to time (no ground truth)")
    args = ap.parse_args(argv)
    if shutil.which("pdftotext") is None:
        raise SystemExit("pdftotext (poppler-utils) is the baseline: apt-get install poppler-utils")
    real = sorted(args.real.glob("*.pdf")) if args.real else []
    bench_text(FIXTURES, real)
    if args.ocr:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            bench_ocr([ROOT / "tests/data/formats/plan_scanned.pdf", _gray_scan(Path(tmp)),
                       _gray_scan(Path(tmp), shrink=0.65)])


if __name__ == "__main__":
    main()
