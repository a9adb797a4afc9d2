"""Clustering methods for ``codebook suggest`` side by side, on corpora whose themes are known. Prints Markdown.

    .venv/bin/python benchmarks/codebook_methods.py              # the three corpora (~2 min)
    .venv/bin/python benchmarks/codebook_methods.py --study 300  # and the time of suggest on a synthetic study

Corpora (the themes each task is meant to have):

* ``shipped`` — the five shipped documents (the fixture copies under tests/data/shipped); a task's theme is
  the first theme of the hand codebook (tests/data/shipped/codebook.csv) that codes it; the 2 tasks it codes
  by none are left out of the agreement.
* ``health``, ``ecology`` — the synthetic plans of tests/data/synthetic/domains/<domain>/, written for the tests
  in our own words, with each task's intended theme in themes.csv.

For each method of :data:`analysis.compare.themes.ALL_METHODS`, at every k of the default range, the scores
``suggest`` chooses by (stability, coherence; :func:`analysis.compare.themes.compare_methods`); the table
keeps each method's best-scoring k and adds the adjusted mutual information (AMI) of its labelling with the
known themes, beside a random labelling of the same sizes (mean of 50 permutations). Then ``suggest`` itself
(method auto): its clusters' AMI and the AMI of the coding by its draft keywords (each task's theme with the
most keyword hits), and its time.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TESTS = ROOT / "tests" / "data"


def known_themes(name: str):
    """(tasks, theme per task or None) of a corpus whose themes are known."""
    import analysis
    from analysis.compare.coverage import code_tasks, load_codebook

    if name == "shipped":
        tasks = analysis.load_corpus(TESTS / "shipped" / "raw", TESTS / "shipped" / "manifest.csv").tasks
        coded = code_tasks(tasks, load_codebook(TESTS / "shipped" / "codebook.csv"))
        first = coded.drop_duplicates(["doc_id", "task_seq"]).set_index(["doc_id", "task_seq"])["category"]
        return tasks, [first.get(k) for k in zip(tasks["doc_id"], tasks["task_seq"])]
    base = TESTS / "synthetic" / "domains" / name
    tasks = analysis.load_corpus(base / "raw", base / "manifest.csv").tasks
    themes = pd.read_csv(base / "themes.csv", dtype=str).set_index(["doc_id", "task_no"])["theme"]
    return tasks, [themes[k] for k in zip(tasks["doc_id"], tasks["task_no"])]


def keyword_labels(tasks: pd.DataFrame, book: pd.DataFrame) -> list[str]:
    """Each task's category with the most matched keywords (ties: codebook order); "(none)" when none."""
    from analysis.compare.coverage import code_tasks

    coded = code_tasks(tasks, book)
    order = {c: i for i, c in enumerate(book["category"])}
    best = {}
    for d, s, c, kws in coded.itertuples(index=False):
        key, score = (d, s), (kws.count("|") + 1, -order[c])
        if key not in best or score > best[key][0]:
            best[key] = (score, c)
    return [best.get(k, (None, "(none)"))[1] for k in zip(tasks["doc_id"], tasks["task_seq"])]


def agreement(truth: list, labels) -> tuple[float, float]:
    """AMI of ``labels`` with the known themes (tasks without one left out), and of a random labelling."""
    from sklearn.metrics import adjusted_mutual_info_score as ami

    keep = [i for i, t in enumerate(truth) if t is not None]
    t = [truth[i] for i in keep]
    lab = np.asarray([str(labels[i]) for i in keep], dtype=object)
    rng = np.random.default_rng(0)
    return ami(t, lab), float(np.mean([ami(t, rng.permutation(lab)) for _ in range(50)]))


def methods_table(name: str, tokenizer) -> list[dict]:
    from threadpoolctl import threadpool_limits

    from analysis.compare import themes

    tasks, truth = known_themes(name)
    X, _, rows = themes._features(tasks.reset_index(drop=True), tokenizer)
    X = X[rows]
    truth_rows = [truth[i] for i in rows]
    out = []
    for method in themes.ALL_METHODS:
        t0 = time.perf_counter()
        with threadpool_limits(1):
            table = themes.compare_methods(X, themes.default_k_range(X.shape[0]), (method,))
            best = table.sort_values(["score", "k"], ascending=[False, True]).iloc[0]
            labels, _ = themes._fit(method, X, int(best.k), 0)
        seconds = time.perf_counter() - t0
        ami, rand = agreement(truth_rows, labels)
        out.append({"corpus": name, "tasks": len(tasks), "method": method, "k range": f"{table.k.min()}–{table.k.max()}",
                    "best k": int(best.k), "stability": best.stability, "coherence": best.coherence,
                    "score": best.score, "AMI with known themes": round(ami, 3), "random labelling": round(rand, 3),
                    "seconds (whole range)": round(seconds, 1)})
    return out


def suggest_row(name: str, tokenizer) -> dict:
    from analysis.compare.themes import suggest_codebook

    tasks, truth = known_themes(name)
    t0 = time.perf_counter()
    book, report = suggest_codebook(tasks, tokenizer=tokenizer)
    seconds = time.perf_counter() - t0
    clusters, rand = agreement(truth, report.assignments["category"].tolist())
    keywords, _ = agreement(truth, keyword_labels(tasks, book))
    return {"corpus": name, "chosen": f"{report.method}, k = {report.k}", "themes in the draft": len(book),
            "AMI clusters": round(clusters, 3), "AMI keyword coding": round(keywords, 3), "random labelling": round(rand, 3),
            "tasks coded by the draft": f"{len(tasks) - len(report.uncoded)} of {len(tasks)}",
            "seconds": round(seconds, 1)}


def study_time(n_plans: int, tokenizer) -> dict:
    """``suggest`` on a synthetic study of ``n_plans`` plans (benchmarks/study_corpus.py): its time."""
    import tempfile

    import analysis
    from analysis.compare.themes import suggest_codebook
    from study_corpus import write_study  # benchmarks/study_corpus.py

    with tempfile.TemporaryDirectory() as tmp:
        raw, manifest = write_study(Path(tmp), n_plans)
        tasks = analysis.load_corpus(raw, manifest).tasks
    t0 = time.perf_counter()
    book, report = suggest_codebook(tasks, tokenizer=tokenizer)
    return {"plans": n_plans, "tasks": len(tasks), "chosen": f"{report.method}, k = {report.k}",
            "compared on": int(report.comparison["n_tasks"].iloc[0]), "seconds": round(time.perf_counter() - t0, 1)}


def markdown(rows: list[dict]) -> str:
    from analysis.compare.themes import markdown_table

    return markdown_table(pd.DataFrame(rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", nargs="+", default=["shipped", "health", "ecology"])
    parser.add_argument("--study", type=int, nargs="*", default=[], metavar="N", help="plans of a synthetic study to time")
    args = parser.parse_args()
    from analysis.compare.similarity import memo_tokenizer

    tokenizer = memo_tokenizer()
    print("## Methods at their best k\n")
    print(markdown([row for name in args.corpora for row in methods_table(name, tokenizer)]))
    print("## suggest (method auto)\n")
    print(markdown([suggest_row(name, tokenizer) for name in args.corpora]))
    if args.study:
        print("## suggest on synthetic studies\n")
        print(markdown([study_time(n, tokenizer) for n in args.study]))


if __name__ == "__main__":
    main()
