"""The simple baseline the parse command is compared with: an hour's regex script.

Reads every ``.txt`` in a folder, takes lines that start ``1.`` / ``1、`` as tasks and a
``（责任单位：…）`` note's units, and writes one CSV. No normalization, no structure, no
metadata, no deadlines beyond the note: what a researcher would write first.

    python benchmarks/baseline_regex.py RAW_DIR OUT_CSV
"""
import csv
import re
import sys
from pathlib import Path

TASK = re.compile(r"^\s*(\d{1,3})[.．、]\s*(.+)$")
NOTE = re.compile(r"[（(]责任(?:单位|部门)[:：]([^，,）)]+)")


def main(raw: str, out: str) -> None:
    with open(out, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "task_no", "title", "units"])
        for path in sorted(Path(raw).glob("*.txt")):
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                m = TASK.match(line)
                if m:
                    units = NOTE.search(line)
                    writer.writerow([path.name, m.group(1), m.group(2)[:40], units.group(1) if units else ""])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
