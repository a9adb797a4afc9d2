"""Benchmark of analysis.compare.reuse at scale: candidate pairs (MinHash LSH Ensemble) against all-pairs alignment.

    .venv/bin/python benchmarks/reuse.py recall --plans 1000      # recall of the index against all pairs
    .venv/bin/python benchmarks/reuse.py scale --plans 10000      # time and memory of the index at 10,000 plans

The corpus: families of plans. A family's root is a plan of ``benchmarks/synthetic.py``
(real tasks recombined, years, units and deadlines exchanged, half-width punctuation,
traditional script, hard line breaks) written from the family's own pool — the shipped
plans' titles and clauses with their characters permuted by a family key, so that two
families share only the skeleton, the units and the deadline formulae, as plans of two
unrelated programmes do. Every other member implements an earlier member: it keeps
50–95 % of its tasks, with characters substituted and words inserted, and adds tasks of
its own. Deterministic for a given seed.

Each measurement runs in its own process (peak memory = max RSS). Prints one JSON line.
Not part of the test suite.
"""
from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import random
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic  # noqa: E402

OUT = ROOT / "benchmarks" / "out"
_TASK = re.compile(r"^\d{1,3}[.．]", re.M)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_INSERTS = ["进一步", "切实", "全面", "认真", "扎实"]


def _peak_gb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20


def family_pool(pool: synthetic.Pool, key: int) -> synthetic.Pool:
    """The pool with its CJK characters permuted by ``key`` (units kept: parentheticals stay readable)."""
    chars = sorted({ch for s in pool.titles + pool.clauses + pool.groups for ch in s if _CJK.match(ch)})
    shuffled = chars[:]
    random.Random(key).shuffle(shuffled)
    table = str.maketrans(dict(zip(chars, shuffled)))
    return synthetic.Pool([t.translate(table) for t in pool.titles], [c.translate(table) for c in pool.clauses],
                          pool.units, [g.translate(table) for g in pool.groups])


def _blocks(text: str) -> tuple[str, list[str], str]:
    """A plan split into its head, its task blocks (a task line and its clauses) and its closing part."""
    starts = [m.start() for m in _TASK.finditer(text)]
    tail_at = text.find("三、保障措施")
    if not starts or tail_at < 0:
        return text, [], ""
    head, blocks = text[:starts[0]], []
    for a, b in zip(starts, starts[1:] + [tail_at]):
        blocks.append(text[a:b])
    return head, blocks, text[tail_at:]


def _edit(block: str, rng: random.Random) -> str:
    chars = list(block)
    spots = [k for k, ch in enumerate(chars) if _CJK.match(ch)]
    for k in rng.sample(spots, k=min(len(spots), max(1, len(spots) // 40))):
        chars[k] = rng.choice("市县区局")
    s = "".join(chars)
    if spots and rng.random() < 0.5:
        k = rng.choice(spots)
        s = s[:k] + rng.choice(_INSERTS) + s[k:]
    return s


def derive(parent: str, own: str, rng: random.Random) -> str:
    """A plan implementing ``parent``: most of its tasks, edited, and some tasks of ``own``."""
    head, blocks, tail = _blocks(parent)
    _, extra, _ = _blocks(own)
    keep = rng.uniform(0.5, 0.95)
    kept = [_edit(b, rng) for b in blocks if rng.random() < keep]
    added = rng.sample(extra, k=min(len(extra), rng.randint(1, 5)))
    body = kept + added
    numbered = [_TASK.sub(f"{k}.", b, count=1) for k, b in enumerate(body, 1)]
    return head + "".join(numbered) + tail


def write_families(out_dir: Path, n: int, family_size: int = 10, seed: int = 0) -> list[Path]:
    """``n`` plans in families of ``family_size`` as ``plan_NNNNN.txt``; returns the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    base = synthetic.build_pool()
    rng = random.Random(seed)
    paths, texts = [], []
    for i in range(n):
        fam, member = divmod(i, family_size)
        if member == 0:
            pool = family_pool(base, seed * 1_000_003 + fam)
            texts = []
        own = synthetic.synthetic_plan(pool, rng, i)
        text = own if member == 0 else derive(rng.choice(texts), own, rng)
        texts.append(text)
        path = out_dir / f"plan_{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _corpus(n: int, seed: int):
    from analysis.io.tables import load_corpus

    folder = OUT / f"reuse_{n}_{seed}"
    if not (folder / "done").exists():
        write_families(folder, n, seed=seed)
        (folder / "done").write_text("")
    t0 = time.perf_counter()
    corpus = load_corpus(folder, manifest=False)
    return corpus, time.perf_counter() - t0


# -- all-pairs alignment, in worker processes ---------------------------------------

_STATE = {}


def _init(bodies, hashes):
    _STATE["bodies"], _STATE["hashes"] = bodies, hashes


def _shares(pairs):
    from analysis.compare import reuse

    bodies, hashes, params = _STATE["bodies"], _STATE["hashes"], reuse.Params()
    out = []
    for a, b in pairs:
        A, B = bodies[a], bodies[b]
        found = reuse._align_pair(A, B, params, hashes[a], hashes[b])
        if not found:
            continue
        (ra, _), (rb, _) = reuse._pair_coverage(A, B, found)
        sa, sb = reuse._share(A, ra)[2] or 0.0, reuse._share(B, rb)[2] or 0.0
        out.append((a, b, sa, sb))
    return out


def _all_pair_shares(corpus, pairs, workers: int):
    from analysis.compare import reuse

    params = reuse.Params()
    bodies = [reuse._body(p) for p in corpus.parsed]
    hashes = [reuse._grams(b.chars, params.ngram) for b in bodies]
    index = {p.doc_id: k for k, p in enumerate(corpus.parsed)}
    pairs = [(index[a], index[b]) for a, b in pairs]
    chunks = [pairs[k:k + 2000] for k in range(0, len(pairs), 2000)]
    ids = [p.doc_id for p in corpus.parsed]
    with multiprocessing.get_context("fork").Pool(workers, initializer=_init, initargs=(bodies, hashes)) as pool:
        result = [r for chunk in pool.imap(_shares, chunks) for r in chunk]
    return {(ids[a], ids[b]): (sa, sb) for a, b, sa, sb in result}


def run_recall(n: int, seed: int, index_threshold: float, reuse_threshold: float, workers: int) -> dict:
    from analysis.compare import reuse

    corpus, parse_s = _corpus(n, seed)
    ids = list(corpus.documents["doc_id"])
    t0 = time.perf_counter()
    cand = reuse.candidate_pairs(corpus, threshold=index_threshold)
    index_s = time.perf_counter() - t0
    cache = OUT / f"reuse_all_pairs_{n}_{seed}.json"
    t0 = time.perf_counter()
    if cache.exists():  # the all-pairs alignment does not depend on the index
        saved = json.loads(cache.read_text())
        every, all_pairs_s = {tuple(k.split("|")): tuple(v) for k, v in saved["shares"].items()}, saved["seconds"]
    else:
        every = _all_pair_shares(corpus, list(itertools.combinations(ids, 2)), workers)
        all_pairs_s = time.perf_counter() - t0
        cache.write_text(json.dumps({"seconds": all_pairs_s, "shares": {f"{a}|{b}": v for (a, b), v in every.items()}}))
    t0 = time.perf_counter()
    found = _all_pair_shares(corpus, list(zip(cand["doc_a"], cand["doc_b"])), workers)
    candidate_align_s = time.perf_counter() - t0
    out = {"plans": n, "pairs": n * (n - 1) // 2, "workers": workers, "parse_s": round(parse_s, 1),
           "index_threshold": index_threshold, "candidates": len(cand), "index_s": round(index_s, 1),
           "all_pairs_align_s": round(all_pairs_s, 1), "candidates_align_s": round(candidate_align_s, 1)}
    for t in sorted({reuse_threshold, 0.3, 0.5}):
        truth = {p for p, (sa, sb) in every.items() if max(sa, sb) >= t}
        got = {p for p, (sa, sb) in found.items() if max(sa, sb) >= t}
        out[f"reuse_pairs_{t}"] = len(truth)
        out[f"recall_{t}"] = round(len(truth & got) / len(truth), 4) if truth else None
        out[f"extra_{t}"] = len(got - truth)
    out["peak_gb"] = round(_peak_gb(), 2)
    return out


def run_scale(n: int, seed: int, index_threshold: float, reuse_threshold: float, sample: int, workers: int) -> dict:
    from analysis.compare import reuse

    corpus, parse_s = _corpus(n, seed)
    after_parse = _peak_gb()
    t0 = time.perf_counter()
    cand = reuse.candidate_pairs(corpus, threshold=index_threshold)
    index_s = time.perf_counter() - t0
    after_index = _peak_gb()
    pairs = list(zip(cand["doc_a"], cand["doc_b"]))
    t0 = time.perf_counter()
    shares = _all_pair_shares(corpus, pairs, workers)
    align_s = time.perf_counter() - t0
    found = sum(1 for sa, sb in shares.values() if max(sa, sb) >= reuse_threshold)
    rng = random.Random(seed)
    chosen = sorted(rng.sample(range(len(pairs)), k=min(sample, len(pairs))))
    t0 = time.perf_counter()
    r = reuse.compare(corpus, pairs=[pairs[k] for k in chosen])
    compare_s = time.perf_counter() - t0
    per_pair = compare_s / max(1, len(chosen))
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 2**20
    return {"plans": n, "pairs": n * (n - 1) // 2, "workers": workers, "parse_s": round(parse_s, 1),
            "peak_gb_after_parse": round(after_parse, 2), "index_threshold": index_threshold,
            "candidates": len(cand), "index_s": round(index_s, 1), "peak_gb_after_index": round(after_index, 2),
            "align_candidates_s": round(align_s, 1), f"reuse_pairs_{reuse_threshold}": found,
            "compare_sample_pairs": len(chosen), "compare_sample_s": round(compare_s, 1),
            "compare_s_per_pair": round(per_pair, 4), "passages_in_sample": len(r.passages),
            "compare_all_candidates_s_projected_one_process": round(per_pair * len(pairs), 1),
            "peak_gb": round(_peak_gb(), 2), "peak_gb_worker": round(children, 2)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=["recall", "scale"])
    ap.add_argument("--plans", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--index-threshold", type=float, default=0.2)
    ap.add_argument("--reuse-threshold", type=float, default=0.5)
    ap.add_argument("--sample", type=int, default=500, help="scale: candidate pairs compared in full (passages, words)")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    if args.what == "recall":
        result = run_recall(args.plans, args.seed, args.index_threshold, args.reuse_threshold, args.workers)
    else:
        result = run_scale(args.plans, args.seed, args.index_threshold, args.reuse_threshold, args.sample, args.workers)
    print(json.dumps(result))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"reuse_{args.what}_{args.plans}.json").write_text(json.dumps(result, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
