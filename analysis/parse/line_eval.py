"""Compare the rules' line labels with the learned line classifier on line-labelled documents.

In:  a folder of texts (``<id>.txt``) and a folder of line labels (``<id>.tsv``: ``line_no<TAB>label<TAB>
     first characters``, one row per non-blank line, as in ``tests/realworld/dev2_labels``).
Out: :func:`read_labelled` → :class:`LabelledDoc` list (gold labels and the parser's own labels per
     non-blank line); :func:`cross_validate` and :func:`predict_with` → the learned labels;
     :func:`comparison_table` / :func:`downstream_table` → per-label precision, recall, F1, accuracy,
     and per-document title and task correctness, as printable text.

``scripts/compare_line_classifier.py`` prints the comparison for any labelled folder;
``scripts/train_line_classifier.py`` trains the shipped models.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from .corpus import CorpusError, read_document
from .line_classifier import SECOND_OPINION_MIN_P, LineClassifier, disagreements, nonblank_lines, title_doubts
from .line_labels import LINE_LABELS, metadata_lines, rule_labels
from .structure import parse_document

__all__ = ["LabelledDoc", "Predictions", "read_labels", "read_labelled", "cross_validate", "predict_with", "label_scores",
           "comparison_table", "downstream_scores", "downstream_table", "second_opinion_scores",
           "second_opinion_table", "FACT_LABELS"]

#: the labels facts are read from (a title line, a task line, the other metadata lines)
FACT_LABELS = ("title", "issuer", "date", "doc_number", "task")


@dataclass
class LabelledDoc:
    """A document's non-blank lines: text, line numbers, gold labels and the rules' labels."""

    doc_id: str
    line_nos: list[int]
    lines: list[str]
    gold: list[str]
    rules: list[str]
    title: str = ""  # the title the rules read from the text
    title_lines: list[int] | None = None  # indices of the lines it was read from


def read_labels(path: str | Path) -> dict[int, str]:
    """``line_no → label`` of a label file. Raises ``ValueError`` naming the file and line of a bad row."""
    path = Path(path)
    out: dict[int, str] = {}
    for k, row in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not row.strip():
            continue
        cells = row.split("\t")
        if len(cells) < 2 or not cells[0].strip().isdigit() or cells[1] not in LINE_LABELS:
            raise ValueError(f"{path}:{k}: expected line_no<TAB>label (one of {', '.join(LINE_LABELS)}), "
                             f"got {row[:40]!r}")
        out[int(cells[0])] = cells[1]
    return out


def read_labelled(text_dir: str | Path, label_dir: str | Path) -> list[LabelledDoc]:
    """Every ``<id>.tsv`` of ``label_dir`` with its text ``<id>.txt`` in ``text_dir``, parsed by the rules.

    A label file without its text, a text no reader takes (:class:`CorpusError`, e.g. a copied page
    that is mostly markup), or labels that do not fall on the text's non-blank lines: skipped with a
    warning naming it (the other files are still read).
    """
    docs = []
    for path in sorted(Path(label_dir).glob("*.tsv")):
        text_path = Path(text_dir) / f"{path.stem}.txt"
        if not text_path.is_file():
            warnings.warn(f"{path}: no text {text_path}; skipped", stacklevel=2)
            continue
        gold = read_labels(path)
        try:
            doc = read_document(text_path, meta=None, doc_id=path.stem)
        except CorpusError as exc:
            warnings.warn(f"{path}: its text cannot be read ({exc}); skipped", stacklevel=2)
            continue
        rules = rule_labels(doc, parse_document(doc))
        numbered = nonblank_lines(doc.source)
        missing = [k for k, _ in numbered if k not in gold]
        extra = sorted(set(gold) - {k for k, _ in numbered})
        if missing or extra:
            warnings.warn(f"{path}: labels do not match the text's non-blank lines (unlabelled lines "
                          f"{missing[:5]}, labels on blank or missing lines {extra[:5]}); skipped", stacklevel=2)
            continue
        index = {k: i for i, (k, _) in enumerate(numbered)}
        docs.append(LabelledDoc(path.stem, [k for k, _ in numbered], [line for _, line in numbered],
                                [gold[k] for k, _ in numbered], [rules[k - 1] for k, _ in numbered],
                                doc.meta.get("title") or "",
                                [index[k] for k in metadata_lines(doc, "title") if k in index]))
    return docs


@dataclass
class Predictions:
    """A method's labels and, for a learned one, its marginals: per document, per non-blank line."""

    labels: list[list[str]]
    marginals: list[list[dict[str, float]]] | None = None
    title_doubts: list[list[tuple]] | None = None  # the title opinion per document (title_doubts)


def cross_validate(docs: Sequence[LabelledDoc], folds: int = 5, seed: int = 0) -> dict[str, Predictions]:
    """Grouped cross-validation by document: each document's lines are labelled by models trained on
    the other folds (``GroupKFold``, shuffled with ``seed``). Out: ``{"learned": …, "learned+rules": …}``."""
    from sklearn.model_selection import GroupKFold

    if len(docs) < folds:
        raise ValueError(f"{len(docs)} documents: too few for {folds}-fold cross-validation")
    index = np.arange(len(docs))
    out = {name: Predictions([None] * len(docs), [None] * len(docs), [None] * len(docs))
           for name in ("learned", "learned+rules")}
    for train, test in GroupKFold(n_splits=folds, shuffle=True, random_state=seed).split(index, groups=index):
        for name, use_rules in (("learned", False), ("learned+rules", True)):
            model = LineClassifier(use_rules=use_rules).fit(
                [docs[i].lines for i in train], [docs[i].gold for i in train], [docs[i].rules for i in train])
            got = predict_with([docs[i] for i in test], {name: model})[name]
            for k, i in enumerate(test):
                out[name].labels[i] = got.labels[k]
                out[name].marginals[i] = got.marginals[k]
                out[name].title_doubts[i] = got.title_doubts[k]
    return out


def predict_with(docs: Sequence[LabelledDoc], models: dict[str, LineClassifier]) -> dict[str, Predictions]:
    """Labels and marginals of trained models: ``{name: Predictions}``."""
    out = {}
    for name, model in models.items():
        tags, marginals = model.predict_with_marginals([d.lines for d in docs], [d.rules for d in docs])
        doubts = [title_doubts(model, d.lines, d.rules, d.title, d.title_lines) for d in docs]
        out[name] = Predictions(tags, marginals, doubts)
    return out


def label_scores(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, tuple[float, float, float, int]]:
    """``label → (precision, recall, F1, support)`` over flat line lists, plus ``accuracy`` and ``macro``
    (macro-F1 over the labels present in the gold labels) as ``(value, value, value, lines)``."""
    from sklearn.metrics import precision_recall_fscore_support

    labels = [label for label in LINE_LABELS if label in set(gold)]
    p, r, f, s = precision_recall_fscore_support(gold, predicted, labels=labels, zero_division=0)
    out = {label: (float(p[k]), float(r[k]), float(f[k]), int(s[k])) for k, label in enumerate(labels)}
    acc = float(np.mean([g == q for g, q in zip(gold, predicted)])) if gold else 0.0
    out["accuracy"] = (acc, acc, acc, len(gold))
    macro = float(np.mean(f)) if len(f) else 0.0
    out["macro"] = (macro, macro, macro, len(gold))
    return out


def comparison_table(docs: Sequence[LabelledDoc], predictions: dict[str, Predictions]) -> str:
    """Per-label P/R/F1 of the rules and of each prediction, then accuracy and macro-F1, as text."""
    gold = [g for d in docs for g in d.gold]
    methods = {"rules": [r for d in docs for r in d.rules]}
    methods.update({name: [x for labels in pred.labels for x in labels] for name, pred in predictions.items()})
    scores = {name: label_scores(gold, flat) for name, flat in methods.items()}
    head = f"{'label':14} {'lines':>5}  " + "  ".join(f"{name + ' P/R/F1':>20}" for name in methods)
    rows = [head, "-" * len(head)]
    for label in [lab for lab in LINE_LABELS if lab in scores["rules"]]:
        cells = "  ".join(f"{s[label][0]:6.2f}{s[label][1]:6.2f}{s[label][2]:6.2f}  " for s in scores.values())
        rows.append(f"{label:14} {scores['rules'][label][3]:5d}  {cells}")
    rows.append("-" * len(head))
    for key in ("accuracy", "macro"):
        name = "accuracy" if key == "accuracy" else "macro-F1"
        rows.append(f"{name:14} {len(gold):5d}  " + "  ".join(f"{s[key][0]:18.3f}  " for s in scores.values()))
    return "\n".join(rows)


def _title_right(gold: Sequence[str], predicted: Sequence[str]) -> bool:
    """The lines called title are all title lines, and there is at least one (a title can be read)."""
    called = {k for k, x in enumerate(predicted) if x == "title"}
    return bool(called) and all(gold[k] == "title" for k in called)


def downstream_scores(docs: Sequence[LabelledDoc], labels: Sequence[Sequence[str]]) -> dict[str, tuple[int, int]]:
    """How often the labels facts are read from are right, per document: ``measure → (right, documents)``.

    ``title right``: documents with a gold title line where every line called title is one (and one is);
    ``title lines exact``: the set of title lines is the gold set; ``tasks exact``: the set of task lines
    is the gold set (documents with gold tasks); ``task count``: as many task lines as gold ones;
    ``no invented tasks``: documents without gold tasks given none.
    """
    out = {key: [0, 0] for key in ("title right", "title lines exact", "tasks exact", "task count",
                                    "no invented tasks")}
    for d, pred in zip(docs, labels):
        gold_title = {k for k, g in enumerate(d.gold) if g == "title"}
        if gold_title:
            out["title right"][0] += _title_right(d.gold, pred)
            out["title right"][1] += 1
            out["title lines exact"][0] += gold_title == {k for k, x in enumerate(pred) if x == "title"}
            out["title lines exact"][1] += 1
        gold_tasks = {k for k, g in enumerate(d.gold) if g == "task"}
        got_tasks = {k for k, x in enumerate(pred) if x == "task"}
        if gold_tasks:
            out["tasks exact"][0] += gold_tasks == got_tasks
            out["task count"][0] += len(gold_tasks) == len(got_tasks)
            out["tasks exact"][1] += 1
            out["task count"][1] += 1
        else:
            out["no invented tasks"][0] += not got_tasks
            out["no invented tasks"][1] += 1
    return {k: (v[0], v[1]) for k, v in out.items()}


def downstream_table(docs: Sequence[LabelledDoc], predictions: dict[str, Predictions]) -> str:
    """:func:`downstream_scores` of the rules and of each prediction, as text."""
    methods = {"rules": [d.rules for d in docs], **{name: p.labels for name, p in predictions.items()}}
    scores = {name: downstream_scores(docs, labels) for name, labels in methods.items()}
    head = f"{'per document':18} " + "  ".join(f"{name:>16}" for name in methods)
    rows = [head, "-" * len(head)]
    for key in next(iter(scores.values())):
        cells = []
        for s in scores.values():
            right, n = s[key]
            cells.append(f"{right:4d}/{n:<4d}{100 * right / n if n else 0:5.1f} %")
        rows.append(f"{key:18} " + "  ".join(f"{c:>16}" for c in cells))
    return "\n".join(rows)


def second_opinion_scores(docs: Sequence[LabelledDoc], predictions: Predictions,
                          facts: dict[str, list[tuple[str, bool, str, bool]]],
                          min_probability: float = SECOND_OPINION_MIN_P) -> dict[str, dict[str, int]]:
    """Does the second opinion point at the documents whose facts are wrong?

    In: the documents, a learned method's predictions (with marginals), and per document the scored
    facts ``[(field, right, what, silent)]`` (``tests/realworld/score.py``'s ``score_document``).
    Out: for ``title`` and ``tasks``: ``documents``, ``wrong`` (documents with a wrong fact of the
    field), ``flagged`` (documents the second opinion flags for it), ``flagged_wrong``, ``silent``
    (documents with a silent wrong fact of the field) and ``silent_flagged``.
    """
    out = {field: dict.fromkeys(("documents", "wrong", "flagged", "flagged_wrong", "silent", "silent_flagged"), 0)
           for field in ("title", "tasks")}
    for d, labels, marginals, doubts in zip(docs, predictions.labels, predictions.marginals,
                                            predictions.title_doubts):
        if d.doc_id not in facts:
            continue
        task_doubts = disagreements(d.lines, d.rules, labels, marginals, min_probability, ("task",))["task"]
        title_flag = any(p >= min_probability for _, _, _, p in doubts)
        for field, flagged in (("title", title_flag), ("tasks", bool(task_doubts))):
            results = [r for r in facts[d.doc_id] if r[0] == field]
            wrong = any(not right for _, right, _, _ in results)
            silent = any(s for _, _, _, s in results)
            row = out[field]
            row["documents"] += 1
            row["wrong"] += wrong
            row["flagged"] += flagged
            row["flagged_wrong"] += flagged and wrong
            row["silent"] += silent
            row["silent_flagged"] += silent and flagged
    return out


def second_opinion_table(scores: dict[str, dict[str, int]]) -> str:
    """:func:`second_opinion_scores` as text."""
    rows = [f"{'field':7} {'documents':>9} {'wrong':>6} {'flagged':>8} {'wrong among flagged':>20} "
            f"{'wrong flagged':>14} {'silent wrong flagged':>21} {'silent left':>12}"]
    for field, s in scores.items():
        share = f"{s['flagged_wrong']}/{s['flagged']}" + (f" {100 * s['flagged_wrong'] / s['flagged']:.0f} %"
                                                         if s["flagged"] else "")
        rows.append(f"{field:7} {s['documents']:9d} {s['wrong']:6d} {s['flagged']:8d} {share:>20} "
                    f"{str(s['flagged_wrong']) + '/' + str(s['wrong']):>14} "
                    f"{str(s['silent_flagged']) + '/' + str(s['silent']):>21} {s['silent'] - s['silent_flagged']:12d}")
    return "\n".join(rows)
