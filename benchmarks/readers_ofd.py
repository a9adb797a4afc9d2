"""OFD readers side by side: this suite's lxml reader (analysis.ingest.ofd) and easyofd (when
installed; it depends on PyMuPDF, AGPL). Speed in pages/s on the synthetic plan's OFD and on any
real OFD files under /tmp/devcorpus/files/ofd; fidelity = share of the clean-text facts (tasks,
clauses, units with roles, deadlines, metadata) the parser recovers end to end from each reader's
text (easyofd's text boxes are ordered by position into lines the same way, then parsed as text).

Run: ``python benchmarks/readers_ofd.py [--repeat N]``.
"""
from __future__ import annotations

import argparse
import glob
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "benchmarks")]

from analysis.ingest.base import CorpusError  # noqa: E402
from analysis.ingest.ofd import Run, _group_lines, ofd_pages, read_ofd  # noqa: E402
from readers_html import fact_share  # noqa: E402

FIXTURE = ROOT / "tests/data/formats/ofd/plan.ofd"


def easyofd_text(path: Path) -> tuple[str, int]:
    """easyofd's text boxes of every page, ordered into lines by position; and the page count."""
    import base64
    import contextlib
    import io

    from easyofd.ofd import OFD
    from loguru import logger

    logger.remove()  # easyofd logs every parse step at DEBUG to stderr, and prints to stdout
    ofd = OFD()
    with contextlib.redirect_stdout(io.StringIO()):
        ofd.read(base64.b64encode(path.read_bytes()).decode(), fmt="b64")
    lines, pages = [], 0
    for doc in ofd.data:
        for page in doc.get("page_info", {}).values():
            pages += 1
            runs = []
            for t in page.get("text_list", []):
                pos = [float(v) for v in t.get("pos", [0, 0, 0, 0])]
                size = float(t.get("size") or 3.5)
                runs.append(Run(pos[0], pos[1] + size, pos[0] + pos[2], size, str(t.get("text") or "")))
            lines += [text for _, text in _group_lines(runs)]
    return "\n".join(lines), pages


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    from ingest_facts import parsed_facts, plan_facts

    ref = plan_facts()
    real = sorted(Path(p) for p in glob.glob("/tmp/devcorpus/files/ofd/*.ofd"))
    try:
        import easyofd  # noqa: F401
        have_easyofd = True
    except ImportError:
        have_easyofd = False
    print(f"{'reader':10s} {'files':>5s} {'pages':>5s} {'pages/s':>8s} {'fixture facts %':>15s} {'read':>5s}")
    for name in ["lxml (ours)"] + (["easyofd"] if have_easyofd else []):
        for label, files, repeat in (("fixture", [FIXTURE], args.repeat), ("real", real, 1)):
            if not files:
                continue
            n_pages, read, t0 = 0, 0, time.perf_counter()
            for _ in range(repeat):
                n_pages = read = 0
                for f in files:
                    try:
                        if name == "easyofd":
                            n_pages += easyofd_text(f)[1]
                        else:
                            n_pages += len(ofd_pages(f)[0])
                            read_ofd(f)
                        read += 1
                    except (CorpusError, Exception):  # noqa: BLE001 — a library's failure on a file is a count
                        pass
            rate = repeat * n_pages / (time.perf_counter() - t0)
            share = ""
            if label == "fixture":
                if name == "easyofd":
                    with tempfile.TemporaryDirectory() as tmp:
                        txt = Path(tmp) / "plan.txt"
                        txt.write_text(easyofd_text(FIXTURE)[0], encoding="utf-8")
                        share = f"{100 * fact_share(parsed_facts(txt), ref):.1f}"
                else:
                    share = f"{100 * fact_share(parsed_facts(FIXTURE), ref):.1f}"
            print(f"{name:10s} {len(files):5d} {n_pages:5d} {rate:8.1f} {share:>15s} {read:5d}  ({label})")
    if not have_easyofd:
        print("easyofd not installed: not measured")


if __name__ == "__main__":
    main()
