"""What the parser understood of one document, as text a researcher reads before trusting it.

In:  a plan or report file (and the manifest, which may list it).
Out: :func:`inspect_file` returns a plain-text report — the metadata with the
     source of each value (manifest, or the rule, confidence and source line it was
     read from) and the fields to check first (low confidence or not read), the
     outline (sections, groups, tasks with their numbers), units with their roles
     and deadlines per task, the repairs by kind and every warning.
     ``python -m analysis inspect FILE`` prints it.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .parse.corpus import CorpusError, read_document, read_manifest
from .io.tables import Corpus, build_corpus

__all__ = ["inspect_file", "describe_document"]


def inspect_file(path: str | Path, manifest: str | Path | None = None, raw_dir: str | Path | None = None) -> str:
    """Parse one file and describe it (see :func:`describe_document`).

    In: the file; ``manifest``: a manifest CSV, checked as ``parse`` checks it, against the raw
    folder its ``file`` column names files in (``raw_dir``; default: the inspected file's own
    folder) — when a row names this file (the same file in that folder), the row is used, as
    ``parse`` would. Out: the report. Raises :class:`~analysis.parse.corpus.CorpusError` for a file
    that cannot be read and for a broken manifest (the line and the problem, as ``parse`` says it).
    """
    path = Path(path)
    if not path.is_file():
        raise CorpusError(f"{path}: file does not exist")
    meta = None
    if manifest is not None:
        if not Path(manifest).is_file():
            raise CorpusError(f"{manifest}: manifest not found")
        raw_dir = Path(raw_dir) if raw_dir is not None else path.parent
        table = read_manifest(manifest, raw_dir)  # a broken manifest stops here, as it stops parse
        for rec in table.to_dict("records"):
            if (raw_dir / rec["file"]).resolve() == path.resolve():
                meta = rec
                break
    doc = read_document(path, meta=meta)
    corpus = build_corpus([doc])
    return describe_document(corpus, doc.doc_id)


def _check_first(corpus: Corpus, doc_id: str) -> list[str]:
    """The fields to check before trusting the metadata: those read from the text with low
    confidence (their ``metadata_uncertain`` warning says what was seen) or not read at all."""
    w = corpus.warnings
    mine = w[(w.doc_id == doc_id) & w.kind.isin(["metadata_uncertain", "metadata_missing"])]
    if mine.empty:
        return []
    return ["", "Check first (read with low confidence, or not read)"] + [
        f"  {x.kind}: {x.message}" for x in mine.itertuples()]


def _cell(value) -> str:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return ""
    return str(value)


def describe_document(corpus: Corpus, doc_id: str) -> str:
    """A plain-text report of one document of a parsed corpus: metadata, outline, warnings."""
    d = corpus.documents.set_index("doc_id").loc[doc_id]
    out = [f"{d['file']}  (doc_id {doc_id}; {d['n_tasks']} tasks, {d['n_repairs']} repairs, "
           f"{d['n_warnings']} warnings)", "", "Metadata"]
    meta = corpus.metadata[corpus.metadata.doc_id == doc_id]
    for r in meta.itertuples():
        if not r.rule:
            where = "not found in the text"
        elif _cell(r.line):
            where = f"line {_cell(r.line)}: {r.rule}"
        else:  # (a reading from text the normalizer removed and whose line no other reading gives)
            where = r.rule
        value = r.value or "—"
        source = r.source or "missing"
        if r.source == "text" and _cell(r.confidence):
            source += f", {r.confidence} confidence"
        line = f"  {r.field:<15}{value}  [{source}]"
        if r.source == "manifest" and r.text_value and r.text_value != r.value:
            line += f"  (the text says {r.text_value}, {r.confidence} confidence)"
        out.append(line)
        out.append(f"  {'':<15}← {where}" + (f" «{r.evidence[:60]}»" if r.evidence else ""))
    out += _check_first(corpus, doc_id)

    out += ["", "Outline"]
    tasks = corpus.tasks[corpus.tasks.doc_id == doc_id]
    units = corpus.units[corpus.units.doc_id == doc_id]
    deadlines = corpus.deadlines[corpus.deadlines.doc_id == doc_id]
    sections = corpus.sections[corpus.sections.doc_id == doc_id]
    shown: set[int] = set()

    def task_lines(selected: pd.DataFrame, indent: str) -> None:
        for t in selected.itertuples():
            if t.task_seq in shown:
                continue
            shown.add(t.task_seq)
            out.append(f"{indent}{t.task_no} {t.title}  ({_cell(t.provenance)})")
            mine = units[units.task_seq == t.task_seq]
            if len(mine):
                named = ", ".join(f"{u.unit} ({u.role})" + (f" via {u.via_alias}" if _cell(u.via_alias) else "")
                                  for u in mine.itertuples())
                out.append(f"{indent}    units: {named}")
            due = deadlines[deadlines.task_seq == t.task_seq]
            if len(due):
                out.append(f"{indent}    deadlines: " + ", ".join(
                    f"{_cell(x.date) or x.kind} ({x.raw}, {x.source})" for x in due.itertuples()))

    for s in sections.itertuples():
        if not _cell(s.subsection):
            out.append(f"  {s.section}{'：' if s.section.startswith('附件') else '、'}{s.title}  [{s.kind}]")
            in_section = tasks[(tasks.section == s.section) & tasks.subsection.isna()]
            task_lines(in_section, "    ")
        else:
            in_group = tasks[(tasks.section == s.section) & (tasks.subsection == s.subsection)]
            if (in_group.task_no == f"（{s.subsection}）").any():  # the group is itself the task
                task_lines(in_group, "    ")
                continue
            out.append(f"    （{s.subsection}）{s.title}  [{s.kind}]")
            task_lines(in_group, "      ")
    task_lines(tasks, "  ")  # tasks outside any section heading

    repairs = corpus.repairs[corpus.repairs.doc_id == doc_id]
    out += ["", "Repairs: " + (", ".join(f"{k} {n}" for k, n in repairs["kind"].value_counts().sort_index().items())
                               or "none")]
    warnings = corpus.warnings[corpus.warnings.doc_id == doc_id]
    out += ["", f"Warnings ({len(warnings)})"]
    out += [f"  {w.kind}: {w.message}" for w in warnings.itertuples()] or ["  none"]
    return "\n".join(out) + "\n"
