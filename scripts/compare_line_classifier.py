"""Compare the parser's rules with the learned line classifier on a folder of line-labelled documents.

Usage::

    PYTHONPATH=. python scripts/compare_line_classifier.py TEXT_DIR LABEL_DIR [--facts DIR] [--cv K]

``TEXT_DIR`` holds ``<id>.txt``, ``LABEL_DIR`` ``<id>.tsv`` (``line_no<TAB>label<TAB>first characters``,
one row per non-blank line). Three methods label every non-blank line: the rules (what the parser
decided, :func:`analysis.parse.line_labels.rule_labels`), the learned model on line features alone, and the
learned model with the rules' labels as features. Printed: per-label precision/recall/F1, accuracy and
macro-F1; per document, how often the lines facts are read from (title, task) are right; with
``--facts`` (the folder of ``<id>.json`` facts), whether the second opinion — the model of line
features alone disagreeing with the rules at probability ≥ 0.7 — flags the documents whose title or
tasks are wrong, and the silent-wrong ones.

Held-out folders (first contact): the shipped models in ``data/models`` are used (trained on the
development set by ``scripts/train_line_classifier.py``). The development set itself: pass ``--cv 5``
for grouped cross-validation by document (the shipped models have seen it).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.parse.line_classifier import MODEL_PATH, RULES_MODEL_PATH, SECOND_OPINION_MIN_P, load_model  # noqa: E402
from analysis.parse.line_eval import (comparison_table, cross_validate, downstream_table, predict_with, read_labelled,
                                      second_opinion_scores, second_opinion_table)


TRAINING_LABELS = ROOT / "tests" / "realworld" / "dev2_labels"  # what scripts/train_line_classifier.py reads


def fact_results(docs, text_dir: Path, facts_dir: Path) -> dict[str, list]:
    """Per document, the scored facts (``tests/realworld/score.py``), for those with a facts file."""
    sys.path.insert(0, str(ROOT / "tests" / "realworld"))
    import score  # the project's scorer of facts
    from analysis.io import tables

    # scored with the rules' own warnings only: the second opinion measured here is the one of the models
    # compared (cross-validated or shipped), not the shipped one the parse adds
    wired, tables.second_opinion_warnings = tables.second_opinion_warnings, lambda doc, parsed: []
    try:
        out = {}
        for d in docs:
            path = facts_dir / f"{d.doc_id}.json"
            if path.is_file():
                out[d.doc_id] = score.score_document(json.loads(path.read_text(encoding="utf-8")),
                                                     text_dir / f"{d.doc_id}.txt")
    finally:
        tables.second_opinion_warnings = wired
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", type=Path, help="folder of <id>.txt")
    parser.add_argument("labels", type=Path, help="folder of <id>.tsv line labels")
    parser.add_argument("--facts", type=Path, help="folder of <id>.json facts: also measure the second opinion")
    parser.add_argument("--cv", type=int, default=0, metavar="K",
                        help="grouped K-fold cross-validation on this folder instead of the shipped models")
    parser.add_argument("--seed", type=int, default=0, help="seed of the cross-validation's fold assignment")
    parser.add_argument("--models", type=Path, default=MODEL_PATH.parent, help="folder of the shipped models")
    args = parser.parse_args(argv)
    for folder in (args.texts, args.labels):
        if not folder.is_dir():
            raise SystemExit(f"{folder}: no such folder")
    started = time.perf_counter()
    docs = read_labelled(args.texts, args.labels)
    if not docs:
        raise SystemExit(f"{args.labels}: no labelled document with its text in {args.texts}")
    print(f"{len(docs)} documents, {sum(len(d.lines) for d in docs)} labelled lines "
          f"({args.labels}); rules read in {time.perf_counter() - started:.1f} s")
    if args.cv:
        print(f"learned: grouped {args.cv}-fold cross-validation by document (seed {args.seed})")
        predictions = cross_validate(docs, args.cv, args.seed)
    else:
        paths = {"learned": args.models / MODEL_PATH.name, "learned+rules": args.models / RULES_MODEL_PATH.name}
        print("learned: the shipped models " + ", ".join(str(p) for p in paths.values()))
        if args.labels.resolve() == TRAINING_LABELS.resolve():
            print("NOTE: the shipped models were trained on these documents: the learned numbers are "
                  "in-sample; pass --cv 5 for held-out ones")
        predictions = predict_with(docs, {name: load_model(path) for name, path in paths.items()})
    print()
    print(comparison_table(docs, predictions))
    print()
    print(downstream_table(docs, predictions))
    if args.facts:
        facts = fact_results(docs, args.texts, args.facts)
        print()
        print(f"second opinion (line features alone, p >= {SECOND_OPINION_MIN_P}) against the facts of "
              f"{len(facts)} documents:")
        print(second_opinion_table(second_opinion_scores(docs, predictions["learned"], facts)))
    print(f"\n{time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
