"""Train the line classifier's two models on the line-labelled development set (deterministic).

Usage::

    PYTHONPATH=. python scripts/train_line_classifier.py [--texts /tmp/devcorpus/dev2]
        [--labels tests/realworld/dev2_labels] [--out data/models] [--check]

Writes ``line_classifier.crfsuite`` (line features alone; the second opinion the parser uses) and
``line_classifier_rules.crfsuite`` (line features plus the rules' label of each line) to ``--out`` and
prints their sizes and SHA-256. Training is deterministic (L-BFGS, documents in name order, fixed
settings :data:`analysis.parse.line_classifier.CRF_PARAMS`): the same texts, labels and parser give the same
bytes. ``--check`` trains everything twice and fails unless the two runs give identical files.

The second model reads the parser's labels, so retrain after the parser's rules change. The texts
are third-party pages kept outside the repository (tests/realworld/README.md says how to re-gather
them); the models hold only feature names (numbering kinds, length bins, keyword groups) and weights,
never words of the texts.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.parse.line_classifier import MODEL_PATH, RULES_MODEL_PATH, LineClassifier  # noqa: E402
from analysis.parse.line_eval import read_labelled  # noqa: E402


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def train(texts: Path, labels: Path, out: Path) -> dict[str, Path]:
    """Train both models on every labelled document; returns ``{name: model file}``."""
    docs = read_labelled(texts, labels)
    if not docs:
        raise SystemExit(f"{labels}: no labelled document with its text in {texts}")
    lines = sum(len(d.lines) for d in docs)
    print(f"{len(docs)} documents, {lines} labelled lines")
    written = {}
    for name, use_rules in ((MODEL_PATH.name, False), (RULES_MODEL_PATH.name, True)):
        model = LineClassifier(use_rules=use_rules).fit(
            [d.lines for d in docs], [d.gold for d in docs], [d.rules for d in docs])
        written[name] = model.save(out / name)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=Path("/tmp/devcorpus/dev2"), help="folder of <id>.txt")
    parser.add_argument("--labels", type=Path, default=ROOT / "tests" / "realworld" / "dev2_labels",
                        help="folder of <id>.tsv line labels")
    parser.add_argument("--out", type=Path, default=MODEL_PATH.parent, help="folder the models are written to")
    parser.add_argument("--check", action="store_true", help="train twice and compare the files' bytes")
    args = parser.parse_args(argv)
    if not args.texts.is_dir():
        raise SystemExit(f"{args.texts}: no such folder of texts (re-gather them: tests/realworld/README.md)")
    written = train(args.texts, args.labels, args.out)
    for name, path in written.items():
        print(f"{path}  {path.stat().st_size} bytes  sha256 {sha256(path)}")
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            again = train(args.texts, args.labels, Path(tmp))
            same = all(sha256(again[name]) == sha256(path) for name, path in written.items())
        print("second training: identical bytes" if same else "second training: DIFFERENT bytes")
        return 0 if same else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
