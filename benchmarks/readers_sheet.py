"""Spreadsheet readers side by side on the synthetic task-division workbook: this suite's readers
(openpyxl for XLSX, xlrd with formatting records for XLS, merged cells carried) against the
baseline pandas.read_excel (merged cells left empty). Speed in files/s; fidelity = share of the
attachment's facts (tasks, clauses, units with roles, deadlines) the parser recovers end to end.

Run: ``python benchmarks/readers_sheet.py [--repeat N]``.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from analysis.ingest.sheet import read_xls, read_xlsx  # noqa: E402

SHEET = ROOT / "tests/data/formats/sheet"


def attachment_facts(facts: dict, first: int) -> set[str]:
    out = {repr(t[1:]) for t in facts["tasks"] if t[0] in ("附件", "")}
    for table in ("clauses", "units", "deadlines"):
        out |= {f"{table}{(r[0] - first + 1, *r[1:])!r}" for r in facts[table] if r[0] >= first}
    return out


def pandas_csv(path: Path, out: Path) -> None:
    import warnings

    import pandas as pd

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pandas's notice that its xlrd engine is deprecated
        frame = pd.read_excel(path, sheet_name=0, header=None, dtype=str)
    frame.fillna("").to_csv(out, header=False, index=False)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=50)
    args = ap.parse_args()
    from ingest_facts import parsed_facts, plan_facts

    ref = plan_facts()
    first = next(i for i, t in enumerate(ref["tasks"], start=1) if t[0] == "附件")
    want = attachment_facts(ref, first)
    print(f"{'reader':22s} {'files/s':>8s} {'facts %':>8s}")
    for name, path, read in (("openpyxl (ours)", SHEET / "plan_tasks.xlsx", read_xlsx),
                             ("xlrd (ours)", SHEET / "plan_tasks.xls", read_xls),
                             ("pandas.read_excel xlsx", SHEET / "plan_tasks.xlsx", None),
                             ("pandas.read_excel xls", SHEET / "plan_tasks.xls", None)):
        with tempfile.TemporaryDirectory() as tmp:
            csv = Path(tmp) / "t.csv"
            t0 = time.perf_counter()
            for _ in range(args.repeat):
                read(path) if read else pandas_csv(path, csv)
            rate = args.repeat / (time.perf_counter() - t0)
            got = attachment_facts(parsed_facts(path if read else csv), 1)
        print(f"{name:22s} {rate:8.1f} {100 * len(got & want) / len(want):8.1f}")


if __name__ == "__main__":
    main()
