"""Word readers side by side: speed and fidelity on the same files.

    PYTHONPATH=. python benchmarks/readers_word.py [--reps 20] [--real DIR]

Candidates (each skipped, with a line saying so, when not installed):
  this reader    analysis.ingest.word.read_docx (python-docx + analysis.ingest.numbering)
  python-docx    Document.iter_inner_content(): Paragraph.text, tables by row.cells (merges resolved)
  docx2python    docx2python(duplicate_merged_cells=True): its text, its own list numbering
  mammoth        extract_raw_text (text only; table cells become paragraphs)
  docx2txt       process (text only)
  LibreOffice    soffice --convert-to txt (the baseline command; numbers lists itself)
Where a library gives table rows (python-docx, docx2python), they go through the same
task-table rendering as this reader (analysis.ingest.task_tables), so the comparison is of
what each library reads, not of the rendering.

Files: the synthetic plan (tests/data/formats/make_word.py) with Word auto-numbering
(plan.docx), the same plan with its numbers typed into the text (the control), and the DOCX
LibreOffice writes from plan.doc (the path a DOC/WPS takes). Fidelity = share of the facts
parsed from plan.txt (tasks, units with roles, deadlines, clauses, sections, metadata) that
the parser finds in each reader's output. Speed = files per second, reading only (median of
--reps runs). Also: LibreOffice conversion time per file for DOC, WPS and ODT (a fresh
profile per file, as read_via_libreoffice does, and a reused one); agreement of
analysis.ingest.numbering with LibreOffice's own list numbering on one DOCX per format and
restart rule; and, with --real DIR, the Word files there (no clean text: tasks found, numbered
lines, and the share of LibreOffice's CJK characters each reader recovers).
"""
from __future__ import annotations

import argparse
import collections
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMATS = ROOT / "tests" / "data" / "formats"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(FORMATS))

from analysis.parse.corpus import read_document  # noqa: E402
from analysis.ingest.base import RawDocument, Table  # noqa: E402
from analysis.ingest.task_tables import render_table  # noqa: E402
from analysis.ingest.word import read_docx  # noqa: E402
from analysis.io.tables import build_corpus  # noqa: E402

NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,3}[.．、])")


# ---------------------------------------------------------------- candidates: path → lines

def _render(rows: list[list[str]], lines: list[str]) -> None:
    raw = RawDocument(path=Path("t"), format="docx", lines=[], where=[])
    width = max(len(r) for r in rows)
    render_table(raw, Table(rows=[r + [""] * (width - len(r)) for r in rows], where="t",
                            row_where=["t"] * len(rows)))
    lines += raw.lines


def read_this(path: Path) -> list[str]:
    return read_docx(path).lines


def read_python_docx(path: Path) -> list[str]:
    import docx
    from docx.table import Table as DocxTable

    lines: list[str] = []
    for block in docx.Document(str(path)).iter_inner_content():
        if isinstance(block, DocxTable):
            _render([[c.text for c in row.cells] for row in block.rows], lines)
        else:
            lines.append(block.text)
    return lines


def read_docx2python(path: Path) -> list[str]:
    from docx2python import docx2python

    lines: list[str] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "chineseCounting numbering format not implemented"
        with docx2python(str(path), duplicate_merged_cells=True) as result:
            body = result.body
    for table in body:
        if len(table) == 1 and len(table[0]) == 1:  # docx2python wraps running text as a 1×1 table
            lines += table[0][0]
        else:
            _render([["\n".join(cell) for cell in row] for row in table], lines)
    return [ln.replace("\t", " ") for ln in lines]


def read_mammoth(path: Path) -> list[str]:
    import mammoth

    with path.open("rb") as fh:
        return mammoth.extract_raw_text(fh).value.split("\n")


def read_docx2txt(path: Path) -> list[str]:
    import docx2txt

    return docx2txt.process(str(path)).split("\n")


def _soffice_txt(paths: list[Path], outdir: Path, profile: Path) -> None:
    cmd = ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
           "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(outdir), *map(str, paths)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=600)


def read_libreoffice(path: Path) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        _soffice_txt([path], Path(tmp), Path(tmp, "profile"))
        return Path(tmp, path.stem + ".txt").read_text(encoding="utf-8-sig").split("\n")


CANDIDATES = {
    "this reader": (read_this, None),
    "python-docx": (read_python_docx, "docx"),
    "docx2python": (read_docx2python, "docx2python"),
    "mammoth": (read_mammoth, "mammoth"),
    "docx2txt": (read_docx2txt, "docx2txt"),
    "LibreOffice txt": (read_libreoffice, None),
}


def available() -> dict:
    out = {}
    for name, (func, module) in CANDIDATES.items():
        if name == "LibreOffice txt" and shutil.which("soffice") is None:
            print(f"  ({name}: soffice not installed, skipped)")
            continue
        if module:
            try:
                __import__(module)
            except ImportError:
                print(f"  ({name}: not installed, skipped)")
                continue
        out[name] = func
    return out


# ---------------------------------------------------------------- fidelity

def facts_of(path: Path) -> set:
    c = build_corpus([read_document(path, doc_id="plan")])
    key = {r.task_seq: (r.section, r.subsection, r.task_no) for r in c.tasks.itertuples()}
    facts = {("task", r.section, r.subsection, r.task_no, r.title, r.text) for r in c.tasks.itertuples()}
    facts |= {("unit", key[r.task_seq], r.unit, r.role) for r in c.units.itertuples()}
    facts |= {("deadline", key[r.task_seq], r.source, r.raw, r.kind, str(r.date), str(r.recurrence))
              for r in c.deadlines.itertuples()}
    facts |= {("clause", key[r.task_seq], r.clause_seq, r.text) for r in c.clauses.itertuples()}
    facts |= {("section", r.section, r.subsection, r.title, r.kind) for r in c.sections.itertuples()}
    facts |= {("meta", r.field, str(r.value)) for r in c.metadata.itertuples() if r.value not in (None, "")}
    return facts


def lines_facts(lines: list[str], tmp: Path) -> set:
    txt = tmp / "plan.txt"
    txt.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return facts_of(txt)


def timed(func, path: Path, reps: int) -> tuple[float, list[str]]:
    times, out = [], []
    for _ in range(reps):
        t = time.perf_counter()
        out = func(path)
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


def fidelity_table(files: dict[str, Path], readers: dict, reps: int) -> None:
    clean = facts_of(FORMATS / "plan.txt")
    print(f"\nFidelity: share of the {len(clean)} facts parsed from plan.txt; speed: files/s (median of runs)")
    header = f"{'reader':<17}" + "".join(f"{name:>26}" for name in files)
    print(header)
    with tempfile.TemporaryDirectory() as tmp:
        for rname, func in readers.items():
            cells = []
            for fname, path in files.items():
                n = max(1, reps // 10) if rname == "LibreOffice txt" else reps
                seconds, lines = timed(func, path, n)
                found = len(clean & lines_facts(lines, Path(tmp)))
                cells.append(f"{100 * found / len(clean):5.1f} % {1 / seconds:8.1f}/s")
            print(f"{rname:<17}" + "".join(f"{c:>26}" for c in cells))
        # end to end, as `parse` runs it: read_document on the file itself
        cells = [f"{100 * len(clean & facts_of(p)) / len(clean):5.1f} %{'':>11}" for p in files.values()]
        print(f"{'(parse, end to end)':<17}" + "".join(f"{c:>26}" for c in cells))


# ---------------------------------------------------------------- LibreOffice conversion time

def conversion_times() -> None:
    from analysis.ingest.word import convert_to_docx

    print("\nLibreOffice conversion to DOCX, seconds per file (median of 3)")
    for name in ("plan.doc", "plan.wps", "plan.odt"):
        fmt = name.rsplit(".", 1)[1]
        fresh, warm = [], []
        with tempfile.TemporaryDirectory() as keep:
            for i in range(3):
                with tempfile.TemporaryDirectory() as tmp:
                    t = time.perf_counter()
                    convert_to_docx(FORMATS / name, fmt, tmp)
                    fresh.append(time.perf_counter() - t)
                out = Path(keep, f"o{i}")
                out.mkdir()
                t = time.perf_counter()
                subprocess.run(["soffice", f"-env:UserInstallation={Path(keep, 'profile').as_uri()}", "--headless",
                                "--convert-to", "docx", "--outdir", str(out), str(FORMATS / name)],
                               check=True, capture_output=True, timeout=300)
                warm.append(time.perf_counter() - t)
        print(f"  {name:<10} fresh profile (the reader) {statistics.median(fresh):5.2f} s   "
              f"reused profile {statistics.median(warm[1:]):5.2f} s (first use {warm[0]:.2f} s)")


# ---------------------------------------------------------------- numbering vs LibreOffice

def numbering_cases() -> dict[str, tuple[str, str, list[str]]]:
    """name → (body, numbering, the labels Word shows)."""
    def lvl(i, fmt, text, extra=""):
        return (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{extra}'
                f'<w:suff w:val="nothing"/><w:lvlText w:val="{text}"/></w:lvl>')

    def p(text, num, ilvl):
        return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>'
                f"<w:r><w:t>{text}</w:t></w:r></w:p>")

    from analysis.ingest.numbering import format_number

    cases = {}
    for fmt, text in (("chineseCounting", "%1、"), ("chineseCountingThousand", "（%1）"), ("ideographTraditional", "%1、"),
                      ("japaneseCounting", "%1、"), ("decimal", "%1."), ("decimalEnclosedParen", "%1"),
                      ("decimalFullWidth", "%1．"), ("decimalEnclosedCircle", "%1"), ("chineseLegalSimplified", "%1、"),
                      ("upperLetter", "%1."), ("lowerRoman", "(%1)")):
        n = 12
        numbering = (f'<w:abstractNum w:abstractNumId="0">{lvl(0, fmt, text)}</w:abstractNum>'
                     '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
        cases[fmt] = ("".join(p("项", 1, 0) for _ in range(n)), numbering,
                      [text.replace("%1", format_number(i, fmt)) + "项" for i in range(1, n + 1)])
    restart_1 = '<w:lvlRestart w:val="1"/>'
    restart = ('<w:abstractNum w:abstractNumId="0">' + lvl(0, "chineseCounting", "%1、")
               + lvl(1, "chineseCounting", "（%2）") + lvl(2, "decimal", "%3.", restart_1)
               + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    body = "".join(p(t, 1, i) for t, i in (("甲", 0), ("g", 1), ("t", 2), ("t", 2), ("h", 1), ("t", 2), ("乙", 0),
                                            ("t", 2)))
    cases["lvlRestart 1"] = (body, restart, ["一、甲", "（一）g", "1.t", "2.t", "（二）h", "3.t", "二、乙", "1.t"])
    shared = ('<w:abstractNum w:abstractNumId="0">' + lvl(0, "decimal", "%1.") + "</w:abstractNum>"
              '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/>'
              '</w:num><w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride '
              'w:val="1"/></w:lvlOverride></w:num>')
    cases["shared definition, then startOverride"] = (p("a", 1, 0) + p("b", 2, 0) + p("c", 3, 0) + p("d", 3, 0), shared,
                                                      ["1.a", "2.b", "1.c", "2.d"])
    return cases


def numbering_agreement() -> None:
    import make_word

    print("\nNumbering: labels agreeing with Word's (this module | LibreOffice 7.x txt export)")
    cases = numbering_cases()
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, (name, (body, numbering, _)) in enumerate(cases.items()):
            paths.append(make_word.minimal_docx(Path(tmp, f"case{i}.docx"), body, numbering))
        lo = {}
        if shutil.which("soffice"):
            _soffice_txt(paths, Path(tmp), Path(tmp, "profile"))
            for path in paths:
                lo[path] = ["".join(ln.split()) for ln in Path(tmp, path.stem + ".txt").read_text(
                    encoding="utf-8-sig").split("\n") if ln.strip()]
        for path, (name, (_, _, expected)) in zip(paths, cases.items()):
            ours = read_docx(path).lines
            agree = sum(a == b for a, b in zip(ours, expected))
            theirs = lo.get(path)
            lo_agree = f"{sum(a == b for a, b in zip(theirs, expected)):2d}/{len(expected)}" if theirs else "  —"
            diff = ""
            if theirs and theirs != expected:
                first = next(i for i, (a, b) in enumerate(zip(theirs, expected)) if a != b)
                diff = f"   LibreOffice: {theirs[first]!r} for {expected[first]!r}"
            print(f"  {name:<38} {agree:2d}/{len(expected)} | {lo_agree}{diff}")


# ---------------------------------------------------------------- real files

def _cjk(lines: list[str]) -> collections.Counter:
    return collections.Counter(ch for ln in lines for ch in ln if "\u4e00" <= ch <= "\u9fff")


def real_files(folder: Path, readers: dict) -> None:
    from analysis.ingest.word import read_via_libreoffice

    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in (".docx", ".doc", ".wps"))
    print(f"\nReal files in {folder}: {len(files)}")
    for path in files:
        t = time.perf_counter()
        try:
            doc = read_document(path, doc_id="real")
        except Exception as exc:  # noqa: BLE001 — a benchmark reports, it does not stop
            print(f"  {path.name}: not read ({exc})")
            continue
        seconds = time.perf_counter() - t
        tasks = len(build_corpus([doc]).tasks)
        print(f"  {path.name}: {doc.format}, parse end to end {seconds:.2f} s, {tasks} tasks")
        if path.suffix.lower() != ".docx":
            raw = read_via_libreoffice(path)
            print(f"    via LibreOffice: {sum(bool(NUMBERED.match(ln)) for ln in raw.lines)} numbered lines")
            continue
        reference = _cjk(read_libreoffice(path)) if "LibreOffice txt" in readers else None
        for rname, func in readers.items():
            try:
                lines = func(path)
            except Exception as exc:  # noqa: BLE001
                print(f"    {rname:<17} failed: {type(exc).__name__}")
                continue
            numbered = sum(bool(NUMBERED.match(ln)) for ln in lines)
            share = ""
            if reference:
                got = _cjk(lines)
                share = f", {100 * sum(min(got[c], n) for c, n in reference.items()) / sum(reference.values()):5.1f} % " \
                        f"of LibreOffice's CJK characters"
            print(f"    {rname:<17} {numbered:4d} numbered lines{share}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reps", type=int, default=20)
    ap.add_argument("--real", type=Path, help="a folder of real DOCX/DOC/WPS files (never in the repository)")
    args = ap.parse_args()
    import make_word

    print("Word readers (candidates):")
    readers = available()
    with tempfile.TemporaryDirectory() as tmp:
        files = {"plan.docx (auto-numbered)": FORMATS / "plan.docx",
                 "typed numbers (control)": make_word.write_docx(Path(tmp, "typed.docx"), auto=False)}
        if shutil.which("soffice"):
            from analysis.ingest.word import convert_to_docx

            files["DOCX LibreOffice writes"] = convert_to_docx(FORMATS / "plan.doc", "doc", Path(tmp))
        fidelity_table(files, readers, args.reps)
    if shutil.which("soffice"):
        conversion_times()
    numbering_agreement()
    if args.real:
        real_files(args.real, readers)


if __name__ == "__main__":
    main()
