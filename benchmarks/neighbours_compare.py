"""Approximate top-10 task neighbours, methods side by side on the same TF-IDF matrix. Prints the table.

    .venv/bin/python benchmarks/neighbours_compare.py                 # 1,000 and 10,000 plans, 3 runs
    .venv/bin/python benchmarks/neighbours_compare.py --sizes 1000 --runs 1

Methods (each measurement in its own process: peak memory = that process's max RSS):

* ``faiss``     — :func:`analysis.neighbors.approximate_top_k_neighbors`: LSA-128, faiss
  ``IndexIVFFlat`` (inner product), candidates re-scored with exact cosines. LSA time
  is shown apart; "search" includes it.
* ``homemade``  — the home-made IVF index (mini-batch k-means, exact scoring of the
  probed clusters) that the faiss version replaced, loaded from the git commit that
  last had it (skipped if git or that commit is missing).
* ``exact``     — :func:`analysis.similarity.top_k_neighbors` (sparse_dot_topn), at
  sizes up to ``--exact-max-tasks`` tasks.

Runs alternate between methods (run 1 of every method, then run 2, ...) so that
machine load hits them alike. The TF-IDF matrix (``tfidf_matrix`` of the
synthetic corpus' task texts) and the exact top-10 of its first 2,048 rows are
computed once and cached in ``benchmarks/out/``; recall@10 is measured against
them (``neighbors.neighbour_recall``, ties counted as found). Every run prints
a digest of its output arrays: the same digest in every run means the method
is deterministic across processes. faiss uses as many threads as cores.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

#: the last commit with the home-made IVF index in analysis/neighbors.py
HOMEMADE_COMMIT = "7a7942700a282f4105bca6bcb88bffe6000329c8"
K = 10


def _peak_gb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20


def _child(args: list[str]) -> dict:
    proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(f"worker {args} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _paths(n: int) -> dict[str, Path]:
    return {"X": OUT / f"tfidf_{n}.npz", "groups": OUT / f"groups_{n}.npy", "exact": OUT / f"exact_{n}.npz"}


# -- workers ------------------------------------------------------------------

def worker_prepare(n: int, probe_rows: int) -> dict:
    """The TF-IDF matrix of the n-plan synthetic corpus and the exact top-10 of its first rows, cached."""
    import numpy as np
    import pandas as pd
    import scipy.sparse as sp

    from analysis.similarity import load_tokenizer, tfidf_matrix, top_k_neighbors

    tasks = pd.read_pickle(OUT / f"synthetic_{n}" / "tasks.pkl")
    t0 = time.perf_counter()
    X, _ = tfidf_matrix(tasks["body"].tolist(), load_tokenizer())
    t1 = time.perf_counter()
    groups = tasks["doc_id"].to_numpy().astype(str)
    m = min(probe_rows, X.shape[0])
    idx, scores = top_k_neighbors(X, K, groups=groups, rows=slice(0, m))
    t2 = time.perf_counter()
    p = _paths(n)
    sp.save_npz(p["X"], X)
    np.save(p["groups"], groups)
    np.savez(p["exact"], idx=idx, scores=scores)
    return {"tasks": X.shape[0], "terms": X.shape[1], "nnz": X.nnz, "tfidf_s": t1 - t0,
            "exact_rows": m, "exact_rows_s": t2 - t1}


def _homemade():
    source = subprocess.run(["git", "show", f"{HOMEMADE_COMMIT}:analysis/neighbors.py"], capture_output=True,
                            text=True, cwd=ROOT)
    if source.returncode != 0:
        return None
    path = OUT / "homemade_neighbors.py"
    path.write_text(source.stdout.replace("from .similarity import", "from analysis.similarity import"),
                    encoding="utf-8")
    spec = importlib.util.spec_from_file_location("homemade_neighbors", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def approximate_method(method: str):
    """``(search, timings)`` for a method name: ``search(X, k, groups=...)`` and a dict that
    collects the LSA seconds (faiss) and the thread count; ``(None, {"skipped": why})`` when
    the home-made index cannot be loaded. faiss is set to one thread per core."""
    import analysis.neighbors as neighbors

    timings = {"lsa_s": 0.0, "threads": None}
    if method == "faiss":
        import faiss

        faiss.omp_set_num_threads(os.cpu_count() or 1)
        timings["threads"] = faiss.omp_get_max_threads()
        lsa = neighbors._lsa

        def timed_lsa(*a, **kw):
            t = time.perf_counter()
            try:
                return lsa(*a, **kw)
            finally:
                timings["lsa_s"] += time.perf_counter() - t

        neighbors._lsa = timed_lsa
        return neighbors.approximate_top_k_neighbors, timings
    if method == "homemade":
        module = _homemade()
        if module is None:
            return None, {"skipped": f"commit {HOMEMADE_COMMIT[:7]} not found"}
        return module.approximate_top_k_neighbors, timings
    if method == "exact":
        from analysis.similarity import top_k_neighbors

        return top_k_neighbors, timings
    raise ValueError(method)


def worker_measure(n: int, method: str) -> dict:
    import numpy as np
    import scipy.sparse as sp

    import analysis.neighbors as neighbors

    p = _paths(n)
    X = sp.load_npz(p["X"]).tocsr()
    groups = np.load(p["groups"], allow_pickle=False)
    exact = np.load(p["exact"])
    loaded_gb = _peak_gb()
    search, timings = approximate_method(method)
    if search is None:
        return timings
    t0 = time.perf_counter()
    idx, scores = search(X, K, groups=groups)
    seconds = time.perf_counter() - t0
    m = len(exact["scores"])
    digest = hashlib.sha256(idx.tobytes() + scores.tobytes()).hexdigest()[:16]
    return {"method": method, "tasks": X.shape[0], "search_s": seconds, "lsa_s": timings["lsa_s"],
            "peak_gb": _peak_gb(), "loaded_gb": loaded_gb,
            "recall": neighbors.neighbour_recall(scores[:m], exact["scores"]), "recall_rows": m,
            "digest": digest, "threads": timings["threads"]}


# -- the comparison ---------------------------------------------------------------

def _range(values, fmt: str) -> str:
    lo, hi = min(values), max(values)
    return fmt.format(lo) if fmt.format(lo) == fmt.format(hi) else f"{fmt.format(lo)}–{fmt.format(hi)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--methods", nargs="+", default=["homemade", "faiss", "exact"])
    parser.add_argument("--exact-max-tasks", type=int, default=20000,
                        help="run the exact search only up to this many tasks (157,502 take ~6 min a run)")
    parser.add_argument("--probe-rows", type=int, default=2048, help="rows the recall is measured on")
    args = parser.parse_args()
    from run import _child as run_child
    from run import ensure_corpus

    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f} at start")
    table = {}
    for n in args.sizes:
        folder = ensure_corpus(n)
        if not (folder / "tasks.pkl").exists():
            run_child(["_parse", str(folder)])
        if not all(p.exists() for p in _paths(n).values()):
            prep = _child(["_prepare", str(n), str(args.probe_rows)])
            print(f"{n} plans: {prep['tasks']:,} tasks x {prep['terms']:,} terms, TF-IDF {prep['tfidf_s']:.1f} s; "
                  f"exact top-{K} of the first {prep['exact_rows']:,} rows {prep['exact_rows_s']:.1f} s")
        results: dict[str, list[dict]] = {}
        tasks = None
        for run in range(args.runs):
            for method in args.methods:
                if method == "exact" and tasks is not None and tasks > args.exact_max_tasks:
                    continue
                r = _child(["_measure", str(n), method])
                if "skipped" in r:
                    print(f"   {method}: skipped ({r['skipped']})")
                    continue
                tasks = r["tasks"]
                results.setdefault(method, []).append(r)
                print(f"   {n} plans run {run + 1} {method:<9} {r['search_s']:7.1f} s (LSA {r['lsa_s']:.1f} s) "
                      f"{r['peak_gb']:5.2f} GB recall {r['recall']:.3f} digest {r['digest']} "
                      f"load {os.getloadavg()[0]:.2f}", flush=True)
        table[n] = results
    print(f"\nload average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"\n| method | plans | tasks | search (LSA incl.) | of which LSA | peak | recall@{K} | same output every run |")
    print("|---|---|---|---|---|---|---|---|")
    for n, results in table.items():
        for method, rs in results.items():
            print(f"| {method} | {n:,} | {rs[0]['tasks']:,} | {_range([r['search_s'] for r in rs], '{:.1f}')} s | "
                  f"{_range([r['lsa_s'] for r in rs], '{:.1f}') + ' s' if method == 'faiss' else '—'} | "
                  f"{_range([r['peak_gb'] for r in rs], '{:.2f}')} GB | {_range([r['recall'] for r in rs], '{:.3f}')} | "
                  f"{'yes' if len({r['digest'] for r in rs}) == 1 else 'NO'} ({len(rs)} runs) |")
    (OUT / "neighbours_compare.json").write_text(json.dumps(table, indent=2), encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_prepare":
        print(json.dumps(worker_prepare(int(sys.argv[2]), int(sys.argv[3]))))
    elif len(sys.argv) > 1 and sys.argv[1] == "_measure":
        print(json.dumps(worker_measure(int(sys.argv[2]), sys.argv[3])))
    else:
        main()
