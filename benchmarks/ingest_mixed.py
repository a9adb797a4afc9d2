"""The parse command on a folder of mixed formats, as a researcher downloads them from portals.

    .venv/bin/python benchmarks/ingest_mixed.py [--files 1000] [--jobs 2]

Builds a folder of ``--files`` documents from the synthetic plan's format fixtures
(tests/data/formats: HTML pages, PDFs printed from Word and drawn, DOCX, DOC, WPS, OFD, XLSX,
text; a few scans), in proportions like a portal download, each copy under its own name. Then
runs, in the same run and each in its own process:

* ``parse`` on the mixed folder (time, peak memory of the whole process tree, documents/s), and
  the time each format took (the readers alone, one file of each kind, averaged);
* the baseline: ``parse`` on the same number of plain-text copies of the plan (what the pipeline
  costs without any file format).

Prints a table. Not part of the test suite.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "data" / "formats"
OUT = ROOT / "benchmarks" / "out"

#: fixture → share of a portal download (HTML pages and PDF attachments dominate)
MIX = {
    "html/plan_utf8.html": 0.20, "html/plan_gbk.html": 0.08, "html/plan_rowspan.html": 0.07,
    "plan_libreoffice.pdf": 0.18, "plan_drawn.pdf": 0.10, "plan.docx": 0.12, "plan.doc": 0.07, "plan.wps": 0.02,
    "ofd/plan.ofd": 0.03, "sheet/plan_tasks.xlsx": 0.05, "plan.txt": 0.07, "plan_scanned.pdf": 0.01,
}


def build_folder(folder: Path, n: int) -> dict[str, int]:
    """``n`` copies of the fixtures in the proportions of :data:`MIX` (largest remainders)."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    available = {k: v for k, v in MIX.items() if (FIXTURES / k).exists()}
    total = sum(available.values())
    counts = {k: int(n * v / total) for k, v in available.items()}
    for k in sorted(available, key=lambda k: -(n * available[k] / total - counts[k]))[: n - sum(counts.values())]:
        counts[k] += 1
    i = 0
    for name, count in counts.items():
        src = FIXTURES / name
        for _ in range(count):
            i += 1
            shutil.copyfile(src, folder / f"doc{i:05d}{src.suffix}")
    return counts


def _run_measured(cmd: list[str]) -> tuple[float, float, int]:
    """(seconds, peak GB of the process and its children summed, return code)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    done = threading.Event()

    def sample():
        nonlocal peak
        p = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                rss = p.memory_info().rss + sum(c.memory_info().rss for c in p.children(recursive=True))
                peak = max(peak, rss)
            except psutil.Error:
                pass
            time.sleep(0.2)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    code = proc.wait()
    done.set()
    thread.join()
    return time.perf_counter() - t0, peak / 2**30, code


def per_format_seconds() -> dict[str, float]:
    """Seconds to read one file of each fixture (read_raw, best of three)."""
    sys.path.insert(0, str(ROOT))
    from analysis.ingest import read_raw

    out = {}
    for name in MIX:
        path = FIXTURES / name
        if not path.exists():
            continue
        best = float("inf")
        for _ in range(1 if name.endswith(("doc", "wps", "scanned.pdf")) else 3):
            t0 = time.perf_counter()
            read_raw(path)
            best = min(best, time.perf_counter() - t0)
        out[name] = best
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    mixed, plain = OUT / "mixed" / "raw", OUT / "mixed_plain" / "raw"
    counts = build_folder(mixed, args.files)
    if plain.exists():
        shutil.rmtree(plain)
    plain.mkdir(parents=True)
    for i in range(args.files):
        shutil.copyfile(FIXTURES / "plan.txt", plain / f"doc{i:05d}.txt")
    py = sys.executable
    base = [py, "-m", "analysis", "parse", "--no-manifest", "--no-xlsx", "--jobs", str(args.jobs)]
    t_mixed, gb_mixed, rc_mixed = _run_measured(base + ["--raw", str(mixed), "--out", str(OUT / "mixed" / "tables")])
    t_plain, gb_plain, rc_plain = _run_measured(base + ["--raw", str(plain), "--out", str(OUT / "mixed_plain" / "tables")])
    print(f"parse --jobs {args.jobs}, {args.files} files")
    print(f"{'folder':28} {'seconds':>8} {'docs/s':>7} {'peak GB':>8} {'rc':>3}")
    print(f"{'mixed formats':28} {t_mixed:8.1f} {args.files / t_mixed:7.1f} {gb_mixed:8.2f} {rc_mixed:3d}")
    print(f"{'plain text (baseline)':28} {t_plain:8.1f} {args.files / t_plain:7.1f} {gb_plain:8.2f} {rc_plain:3d}")
    print()
    print(f"{'fixture':28} {'files':>6} {'s/file':>8}")
    for name, seconds in per_format_seconds().items():
        print(f"{name:28} {counts.get(name, 0):6d} {seconds:8.3f}")
    return 0 if rc_mixed == rc_plain == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
