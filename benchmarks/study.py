"""Benchmark of a researcher's study: ``make all`` end to end on 5, 300 and 3,000 plans, cold and warm.

    .venv/bin/python benchmarks/study.py                       # 5, 300 and 3,000 plans (the last takes long)
    .venv/bin/python benchmarks/study.py --sizes 5 300         # a part
    .venv/bin/python benchmarks/study.py --sizes 300 --no-warm

For each size a project tree is written under ``benchmarks/out/study_<n>/``: the five shipped
documents for 5 (the fixture copies under ``tests/data/shipped``, with their manifest and
settings), else a synthetic study of ``n`` plans (``benchmarks/study_files.py``: four policy
domains, national to county in real divisions, plans implementing plans, reports, a manifest
listing most of them), and a copy of this project's notebooks. Then the command ``make all`` runs
(``python -m analysis regenerate`` on that tree) is run twice in a process of its own: **cold**
(an empty cache) and **warm** (the cache the cold run left, nothing changed). Each run prints its
wall time, the peak memory — the largest resident set of the process tree (the command, the
notebook kernels and the reuse workers) summed over the processes alive at the same moment,
sampled every 0.5 s (proportional set sizes, so that pages forked workers share are counted once),
what each process held at that moment (the command, a notebook kernel, a forked process),
and the largest single process — and the times of its stages as the
command prints them (corpus, tables, compare, each notebook, figures).

The machine's speed drifts (a shared virtual machine): the report opens and closes with the time
of a fixed 10⁷-step Python loop and the load average, and sizes are only compared within one run.
For the 300-plan study it also prints how many of the plan–parent pairs the reuse candidates
keep (each document's 10 best of the MinHash LSH index). Writes ``benchmarks/out/study.json``.
Not part of the test suite.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
SHIPPED = ROOT / "tests" / "data" / "shipped"
TARGETS = {5: ("warm", 20.0, None), 300: ("cold", 120.0, None), 3000: ("cold", 900.0, 4.0)}


def calibration_s() -> float:
    t0 = time.perf_counter()
    x = 0
    for i in range(10_000_000):
        x += i
    return time.perf_counter() - t0


def project(n: int) -> Path:
    """The project tree of a study of ``n`` plans (5: the shipped corpus), written once."""
    folder = OUT / f"study_{n}"
    books = folder / "notebooks"
    if folder.exists():
        shutil.rmtree(folder)
    books.mkdir(parents=True)
    for nb in sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        shutil.copyfile(nb, books / nb.name)
    if n == 5:
        shutil.copytree(SHIPPED / "raw", folder / "raw")
        shutil.copyfile(SHIPPED / "manifest.csv", folder / "manifest.csv")
        shutil.copyfile(SHIPPED / "codebook.csv", folder / "codebook.csv")
        shutil.copyfile(SHIPPED / "analysis.toml", folder / "analysis.toml")
    else:
        from study_files import write_study

        write_study(folder, n, seed=n)
        (folder / "analysis.toml").write_text(f'codebook = "{ROOT / "data" / "codebook.csv"}"\n', encoding="utf-8")
    return folder


class TreeMemory(threading.Thread):
    """Samples the memory of a process and its descendants: the largest sum over the processes alive at
    one moment of their proportional set size (PSS: a page shared by forked workers counted once, split
    between them — RSS would count it in each), and the largest resident set of one process."""

    def __init__(self, pid: int, every: float = 0.5):
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.peak_sum = self.peak_one = 0
        self.at_peak: list[tuple[str, int]] = []  # (role, PSS) of each process at the peak moment
        self.done = threading.Event()

    def run(self) -> None:
        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self.done.is_set():
            total, now = 0, []
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                break
            for p in procs:
                try:
                    info = p.memory_full_info()
                    role = _role(p, root)
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue
                total += getattr(info, "pss", info.rss)
                now.append((role, getattr(info, "pss", info.rss)))
                self.peak_one = max(self.peak_one, info.rss)
            if total > self.peak_sum:
                self.peak_sum, self.at_peak = total, now
            self.done.wait(self.every)


def _role(p: psutil.Process, root: psutil.Process) -> str:
    """What a process of the tree is: the command, a notebook kernel, or a process the command forked
    (the comparisons' child, its reuse workers)."""
    if p.pid == root.pid:
        return "command"
    if any("ipykernel" in part for part in p.cmdline()):
        return "kernel"
    return "forked"


def make_all(folder: Path) -> dict:
    """``python -m analysis regenerate`` on the project tree; wall time, peak memory, stage times."""
    cmd = [sys.executable, "-m", "analysis", "regenerate", "--raw", str(folder / "raw"), "--manifest",
           str(folder / "manifest.csv"), "--settings", str(folder / "analysis.toml"), "--out", str(folder / "processed"),
           "--figures", str(folder / "figures"), "--notebooks", str(folder / "notebooks")]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("POLICY_ANALYSIS_CACHE", None)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    mem = TreeMemory(proc.pid)
    mem.start()
    stdout, stderr = proc.communicate()
    seconds = time.perf_counter() - t0
    mem.done.set()
    mem.join()
    if proc.returncode != 0:
        raise RuntimeError(f"make all failed on {folder}:\n{stderr[-3000:]}")
    stages: dict[str, float] = {}
    notebooks = 0.0
    for line in stdout.splitlines():
        m = re.match(r"\[(corpus)\] \d+ documents ([\d.]+) s", line) or re.match(r"\[(tables|compare|figures)\] ([\d.]+) s", line)
        if m:
            stages[m.group(1)] = float(m.group(2))
        m = re.match(r"\[notebook \d+/\d+\] (\S+) … ([\d.]+) s", line)
        if m:
            stages[m.group(1)] = float(m.group(2))
            notebooks += float(m.group(2))
    sizes = {p.name: p.stat().st_size for p in sorted((folder / "notebooks").glob("*.ipynb"))}
    cache = folder / "processed" / "cache"
    return {"seconds": round(seconds, 1), "peak_tree_gb": round(mem.peak_sum / 2**30, 2),
            "peak_process_gb": round(mem.peak_one / 2**30, 2),
            "at_peak_gb": [(role, round(pss / 2**30, 2)) for role, pss in mem.at_peak], "stages": stages,
            "notebooks_s_summed": round(notebooks, 1), "largest_notebook_mb": round(max(sizes.values()) / 2**20, 2),
            "notebook_mb": {k: round(v / 2**20, 2) for k, v in sizes.items()},
            "cache_mb": round(sum(p.stat().st_size for p in cache.glob("*")) / 2**20, 1) if cache.exists() else 0.0}


def candidate_recall(folder: Path, n: int) -> dict:
    """Of the synthetic study's plan–parent pairs, the share the reuse candidates keep (10 a document)."""
    from analysis.compare import reuse
    from analysis.study import MAX_PARTNERS
    from analysis.io.tables import load_corpus
    from study_files import plan_documents

    corpus = load_corpus(folder / "raw", folder / "manifest.csv")
    truth = {frozenset((d.doc_id, d.parent.doc_id)) for d in plan_documents(n, seed=n) if d.parent is not None}
    cand = reuse.candidate_pairs(corpus, per_document=MAX_PARTNERS)
    kept = {frozenset(p) for p in zip(cand["doc_a"], cand["doc_b"])}
    return {"parent_pairs": len(truth), "kept": len(truth & kept), "recall": round(len(truth & kept) / len(truth), 3),
            "candidate_pairs": len(kept)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 300, 3000])
    parser.add_argument("--no-warm", action="store_true", help="cold runs only")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    report = {"calibration_start_s": calibration_s(), "load_start": os.getloadavg()[0], "runs": {}}
    print(f"machine: {os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.1f} GB; load average "
          f"{report['load_start']:.2f}; a 10⁷-step Python loop: {report['calibration_start_s']:.2f} s", flush=True)
    for n in args.sizes:
        folder = project(n)
        runs = {"cold": make_all(folder)}
        print(f"\n== {n} plans, cold: {runs['cold']['seconds']} s, peak {runs['cold']['peak_tree_gb']} GB "
              f"(largest process {runs['cold']['peak_process_gb']} GB), notebooks up to "
              f"{runs['cold']['largest_notebook_mb']} MB", flush=True)
        print("   at the peak: " + ", ".join(f"{role} {gb} GB" for role, gb in runs["cold"]["at_peak_gb"]))
        for stage, secs in runs["cold"]["stages"].items():
            print(f"   {stage:<32} {secs:7.1f} s")
        if not args.no_warm:
            runs["warm"] = make_all(folder)
            print(f"== {n} plans, warm: {runs['warm']['seconds']} s, peak {runs['warm']['peak_tree_gb']} GB; "
                  f"stages {runs['warm']['stages']}", flush=True)
        if n >= 300:
            runs["candidates"] = candidate_recall(folder, n)
            print(f"   reuse candidates keep {runs['candidates']['kept']} of {runs['candidates']['parent_pairs']} "
                  f"plan–parent pairs ({runs['candidates']['recall']:.1%}), {runs['candidates']['candidate_pairs']} pairs")
        which, limit, gb = TARGETS.get(n, (None, None, None))
        if which in runs:
            ok = runs[which]["seconds"] <= limit and (gb is None or runs[which]["peak_tree_gb"] <= gb)
            print(f"   target: {which} ≤ {limit:.0f} s" + (f", ≤ {gb} GB" if gb else "") + f": {'met' if ok else 'NOT met'}")
        report["runs"][n] = runs
        (OUT / "study.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    report["calibration_end_s"] = calibration_s()
    report["load_end"] = os.getloadavg()[0]
    print(f"\nload average {report['load_end']:.2f}; a 10⁷-step Python loop: {report['calibration_end_s']:.2f} s "
          f"(at the start: {report['calibration_start_s']:.2f} s)")
    (OUT / "study.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
