"""Benchmarks: regeneration time, parse throughput, similarity at scale. Prints figures.

    make bench                       # everything (sizes 100, 1,000, 10,000)
    .venv/bin/python benchmarks/run.py --sizes 100 1000 --skip-regen

Each measurement runs in its own process so that peak memory (max RSS) belongs
to that measurement alone. Synthetic corpora are cached in benchmarks/out/.
Not part of the test suite.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

TARGETS = {"regenerate_s": 60, "docs_per_s": 200, "command_docs_per_s": 500, "topk_10k_s": 120, "topk_10k_gb": 4}


def calibration_s() -> float:
    """Seconds for a fixed pure-Python loop of 10⁷ additions: this shared machine's speed drifts
    by 2-3x over a day, so every report prints it beside the figures (lower is faster)."""
    t0 = time.perf_counter()
    total = 0
    for i in range(10**7):
        total += i
    return time.perf_counter() - t0


def _peak_gb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20  # ru_maxrss is in KiB on Linux


def _child(args: list[str]) -> dict:
    """Run this script's worker mode in a fresh process; returns its JSON result."""
    proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(f"worker {args} failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# -- workers ------------------------------------------------------------------

def worker_parse(folder: str) -> dict:
    from analysis.parse.corpus import read_corpus
    from analysis.io.tables import build_corpus

    files = sorted(Path(folder).glob("*.txt"))
    size = sum(p.stat().st_size for p in files)
    t0 = time.perf_counter()
    docs = read_corpus(folder, manifest=None)
    t1 = time.perf_counter()
    corpus = build_corpus(docs)
    t2 = time.perf_counter()
    from analysis.compare.similarity import task_texts

    tasks = corpus.tasks.assign(body=task_texts(corpus.tasks))[["doc_id", "body"]]
    tasks.to_pickle(Path(folder) / "tasks.pkl")
    return {"docs": len(files), "mb": size / 2**20, "read_s": t1 - t0, "extract_s": t2 - t1, "total_s": t2 - t0,
            "tasks": len(corpus.tasks), "peak_gb": _peak_gb()}


def worker_similarity(folder: str, method: str, probe_rows: int = 0) -> dict:
    import numpy as np
    import pandas as pd

    from analysis.compare.similarity import load_tokenizer, naive_top_k, tfidf_matrix, top_k_neighbors

    tasks = pd.read_pickle(Path(folder) / "tasks.pkl")
    tokenizer = load_tokenizer()
    t0 = time.perf_counter()
    X, vocab = tfidf_matrix(tasks["body"].tolist(), tokenizer)
    t1 = time.perf_counter()
    groups = tasks["doc_id"].to_numpy()
    n = X.shape[0]
    probed = n
    if method in ("approximate", "homemade"):
        # "approximate": analysis.compare.neighbors (faiss, LSA time counted in and also shown apart);
        # "homemade": the home-made IVF index it replaced, from git history, in the same run
        from analysis.compare.neighbors import neighbour_recall
        from neighbours_compare import approximate_method

        search, timings = approximate_method("faiss" if method == "approximate" else "homemade")
        if search is None:
            return {"skipped": timings["skipped"]}
        t1 = time.perf_counter()
        idx, scores = search(X, 10, groups=groups)
        t2 = time.perf_counter()
        peak = _peak_gb()
        m = min(n, probe_rows or n)  # recall against the exact search on the first m rows
        _, exact = top_k_neighbors(X, k=10, groups=groups, rows=slice(0, m))
        return {"tasks": n, "terms": X.shape[1], "tfidf_s": t1 - t0, "topk_s": t2 - t1, "lsa_s": timings["lsa_s"],
                "peak_gb": peak, "recall": neighbour_recall(scores[:m], exact), "recall_rows": m,
                "threads": timings.get("threads")}
    if method == "project" and 0 < probe_rows < n:
        # the full run would take too long for a benchmark: time the first rows, extrapolate linearly
        # (every row block costs the same: it is multiplied against all n rows)
        probed = probe_rows
        idx, scores = top_k_neighbors(X, k=10, groups=groups, rows=slice(0, probe_rows))
    elif method == "project":
        idx, scores = top_k_neighbors(X, k=10, groups=groups)
    else:
        idx, scores = naive_top_k(X, k=10, groups=groups)
    t2 = time.perf_counter()
    return {"tasks": n, "terms": X.shape[1], "tfidf_s": t1 - t0, "topk_s": (t2 - t1) * n / probed,
            "probed_rows": probed, "peak_gb": _peak_gb(), "checksum": float(np.round(scores.sum(), 3)),
            "nnz_per_row": X.nnz / n}


# -- the benchmark --------------------------------------------------------------

def bench_regenerate() -> dict:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "analysis", "regenerate"], capture_output=True, text=True, cwd=ROOT)
    total = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr)
    steps = {}
    for line in proc.stdout.splitlines():
        m = re.match(r"\[(tables|figures)\] ([\d.]+) s", line) or re.match(r"\[notebook \d+/\d+\] (\S+) … ([\d.]+) s", line)
        if m:
            steps[m.group(1)] = float(m.group(2))
    return {"total_s": total, "steps": steps}


def bench_command(folder: Path, jobs: int, engine: str = "local", xlsx: bool = True) -> dict:
    """``python -m analysis parse`` end to end, as a researcher runs it (CSV + Parquet + xlsx
    where it fits, or ``--no-xlsx``), and the regex baseline on the same files, each in its own
    process. ``engine="dask"``: on a LocalCluster of ``jobs`` workers (its start-up included)."""
    out = OUT / f"tables_{folder.name}_{engine}_{jobs}"
    cmd = [sys.executable, "-m", "analysis", "parse", "--raw", str(folder), "--no-manifest", "--out", str(out),
           "--jobs", str(jobs), "--engine", engine] + ([] if xlsx else ["--no-xlsx"])
    r = _timed(cmd)
    base = _timed([sys.executable, str(ROOT / "benchmarks" / "baseline_regex.py"), str(folder),
                   str(OUT / f"baseline_{folder.name}.csv")])
    return {"command_s": r["s"], "command_gb": r["gb"], "baseline_s": base["s"], "baseline_gb": base["gb"]}


def _timed(cmd: list[str]) -> dict:
    t0 = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd} failed:\n{proc.stderr[-2000:]}")
    return {"s": seconds, "gb": int(proc.stderr.strip().splitlines()[-1]) / 2**20}


def ensure_corpus(n: int) -> Path:
    from synthetic import write_corpus

    folder = OUT / f"synthetic_{n}"
    if not (folder.exists() and len(list(folder.glob("*.txt"))) == n):
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.txt"):
            old.unlink()
        write_corpus(folder, n, seed=n)
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--skip-regen", action="store_true")
    parser.add_argument("--parts", nargs="+", default=["parse", "command", "similarity", "neighbours"],
                        choices=["parse", "command", "similarity", "neighbours"],
                        help="which measurements to run (default: all)")
    parser.add_argument("--naive-max-tasks", type=int, default=40000,
                        help="skip the dense all-pairs baseline above this many tasks (n² float64 must fit in memory)")
    parser.add_argument("--probe-rows", type=int, default=2048,
                        help="above 1,000 documents, time the top-k of this many rows and extrapolate")
    parser.add_argument("--skip-homemade", action="store_true",
                        help="do not re-measure the home-made IVF index that faiss replaced (from git history)")
    args = parser.parse_args()
    report = {}
    report["calibration_start_s"] = calibration_s()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; "
          f"load average {os.getloadavg()[0]:.2f}; a 10⁷-step Python loop: {report['calibration_start_s']:.2f} s")
    if not args.skip_regen:
        r = bench_regenerate()
        report["regenerate"] = r
        print(f"\n== regeneration (python -m analysis regenerate): {r['total_s']:.1f} s "
              f"(target < {TARGETS['regenerate_s']} s)")
        for step, secs in r["steps"].items():
            print(f"   {step:<28} {secs:6.1f} s")
    folders = {n: ensure_corpus(n) for n in args.sizes}
    if "parse" in args.parts:
        bench_parse(args, folders, report)
    if "command" in args.parts:
        bench_commands(args, folders, report)
    if "similarity" in args.parts:
        bench_similarity(args, folders, report)
    if "neighbours" in args.parts:
        bench_neighbours(args, folders, report)
    report["calibration_end_s"] = calibration_s()
    print(f"\nload average {os.getloadavg()[0]:.2f}; a 10⁷-step Python loop: {report['calibration_end_s']:.2f} s "
          f"(at the start: {report['calibration_start_s']:.2f} s)")
    (OUT / "report.json").write_text(json.dumps(report, indent=2), encoding="utf-8")


def bench_parse(args, folders: dict, report: dict) -> None:
    print("\n== parse + extract throughput (synthetic plans)")
    print(f"   {'docs':>6} {'MB':>7} {'seconds':>8} {'docs/s':>8} {'MB/s':>6} {'peak GB':>8} {'tasks':>8}")
    for n in args.sizes:
        r = _child(["_parse", str(folders[n])])
        report[f"parse_{n}"] = r
        print(f"   {n:>6} {r['mb']:7.1f} {r['total_s']:8.1f} {n / r['total_s']:8.0f} {r['mb'] / r['total_s']:6.2f} "
              f"{r['peak_gb']:8.2f} {r['tasks']:>8}")
    print(f"   target: at least {TARGETS['docs_per_s']} docs/s")


def bench_commands(args, folders: dict, report: dict) -> None:
    print("\n== the parse command end to end (python -m analysis parse --no-manifest), against a regex baseline")
    print(f"   {'docs':>6} {'engine':<6} {'jobs':>4} {'xlsx':<4} {'seconds':>8} {'docs/s':>8} {'peak GB':>8}   "
          f"{'baseline s':>10} {'docs/s':>8}")
    cores = os.cpu_count() or 1
    runs = [("local", 1, True), ("local", cores, True), ("local", 1, False), ("local", cores, False),
            ("dask", cores, False)]
    for n in args.sizes:
        for engine, jobs, xlsx in runs:
            r = bench_command(folders[n], jobs, engine, xlsx)
            report[f"command_{n}_{engine}_{jobs}_{'xlsx' if xlsx else 'noxlsx'}"] = r
            print(f"   {n:>6} {engine:<6} {jobs:>4} {'yes' if xlsx else 'no':<4} {r['command_s']:8.1f} "
                  f"{n / r['command_s']:8.0f} {r['command_gb']:8.2f}   {r['baseline_s']:10.1f} {n / r['baseline_s']:8.0f}")
    print(f"   target: at least {TARGETS['command_docs_per_s']} docs/s on 2 cores at 1,000 plans")


def bench_neighbours(args, folders: dict, report: dict) -> None:
    """``python -m analysis neighbours --approximate`` end to end on the tables ``parse`` wrote
    (tokenization, TF-IDF, faiss index, exact re-scoring, writing), in this process and on a
    two-worker Dask LocalCluster, at the largest size."""
    n = max(args.sizes)
    tables = OUT / f"tables_{folders[n].name}_neighbours"
    if not (tables / "tasks.parquet").exists():
        _timed([sys.executable, "-m", "analysis", "parse", "--raw", str(folders[n]), "--no-manifest", "--out",
                str(tables), "--no-xlsx"])
    print(f"\n== the neighbours command, approximate (python -m analysis neighbours --approximate), {n:,} plans")
    print(f"   {'engine':<6} {'jobs':>4} {'seconds':>8} {'peak GB':>8}")
    cores = os.cpu_count() or 1
    for engine in ("local", "dask"):
        r = _timed([sys.executable, "-m", "analysis", "neighbours", "--tables", str(tables), "--approximate",
                    "--engine", engine, "--jobs", str(cores)])
        report[f"neighbours_{n}_{engine}"] = r
        print(f"   {engine:<6} {cores if engine == 'dask' else 1:>4} {r['s']:8.1f} {r['gb']:8.2f}")


def bench_similarity(args, folders: dict, report: dict) -> None:
    for n in args.sizes:
        if not (folders[n] / "tasks.pkl").exists():  # the parse measurement writes the tasks
            _child(["_parse", str(folders[n])])
    print("\n== task-level top-10 neighbours (TF-IDF cosine, other documents only)")
    print(f"   {'docs':>6} {'tasks':>7} {'method':<8} {'tfidf s':>8} {'top-k s':>8} {'peak GB':>8}")
    for n in [s for s in args.sizes if s >= 1000]:
        ours = _child(["_similarity", str(folders[n]), "project", str(args.probe_rows if n > 1000 else 0)])
        report[f"topk_{n}"] = ours
        note = "" if ours["probed_rows"] == ours["tasks"] else \
            f"   projected from the first {ours['probed_rows']:,} rows"
        print(f"   {n:>6} {ours['tasks']:>7} {'exact':<8} {ours['tfidf_s']:8.1f} {ours['topk_s']:8.1f} "
              f"{ours['peak_gb']:8.2f}{note}")
        approx = _child(["_similarity", str(folders[n]), "approximate", str(args.probe_rows)])
        report[f"approx_{n}"] = approx
        print(f"   {n:>6} {approx['tasks']:>7} {'approx.':<8} {approx['tfidf_s']:8.1f} {approx['topk_s']:8.1f} "
              f"{approx['peak_gb']:8.2f}   faiss IVF on LSA-128 (LSA {approx['lsa_s']:.1f} s of it; "
              f"{approx['threads']} threads), recall {approx['recall']:.3f} on {approx['recall_rows']:,} rows; "
              f"exact/approx: {ours['topk_s'] / approx['topk_s']:.0f}× time")
        if not args.skip_homemade:
            old = _child(["_similarity", str(folders[n]), "homemade", str(args.probe_rows)])
            report[f"approx_homemade_{n}"] = old
            if "skipped" in old:
                print(f"   {n:>6} {'':>7} {'home-made':<8} skipped: {old['skipped']}")
            else:
                print(f"   {n:>6} {old['tasks']:>7} {'home-m.':<8} {old['tfidf_s']:8.1f} {old['topk_s']:8.1f} "
                      f"{old['peak_gb']:8.2f}   the replaced home-made IVF, recall {old['recall']:.3f}; "
                      f"home-made/faiss: {old['topk_s'] / approx['topk_s']:.1f}× time, "
                      f"{old['peak_gb'] / approx['peak_gb']:.1f}× memory")
        if ours["tasks"] <= args.naive_max_tasks:
            naive = _child(["_similarity", str(folders[n]), "naive"])
            report[f"naive_{n}"] = naive
            print(f"   {n:>6} {naive['tasks']:>7} {'naive':<8} {naive['tfidf_s']:8.1f} {naive['topk_s']:8.1f} "
                  f"{naive['peak_gb']:8.2f}   naive/exact: {naive['topk_s'] / ours['topk_s']:.1f}× time, "
                  f"{naive['peak_gb'] / ours['peak_gb']:.1f}× memory; same scores: {naive['checksum'] == ours['checksum']}")
        else:
            need = ours["tasks"] ** 2 * 8 / 2**30
            print(f"   {n:>6} {ours['tasks']:>7} {'naive':<8} skipped: the dense {ours['tasks']}² matrix needs "
                  f"{need:.0f} GB, more than this machine's 24 GB")
    print(f"   target: 10,000 documents under {TARGETS['topk_10k_s']} s and {TARGETS['topk_10k_gb']} GB "
          "(top-k time; the TF-IDF column is tokenization and weighting, shown apart)")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_parse":
        print(json.dumps(worker_parse(sys.argv[2])))
    elif len(sys.argv) > 1 and sys.argv[1] == "_similarity":
        print(json.dumps(worker_similarity(sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 0)))
    else:
        main()
