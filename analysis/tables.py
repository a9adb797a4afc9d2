"""Stage 4 — tables: the parsed corpus as pandas DataFrames.

In:  parsed documents (stage 2) and the extractors (stage 3).
Out: a :class:`Corpus` holding one DataFrame per table — the contract between
the package, the notebooks and the researcher. :mod:`analysis.store` writes
them to files and reads them back.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import extract
from .corpus import CorpusError, Document, ParseWarning, paused_gc, read_corpus
from .metadata import FIELDS as METADATA_FIELDS, canonical_number
from .structure import ParsedDocument, parse_document

__all__ = ["Corpus", "TABLE_COLUMNS", "LIST_COLUMNS", "DATE_COLUMNS", "build_corpus", "load_corpus", "metadata_rows",
           "document_rows", "frames_of",
           "default_raw_dir", "default_manifest", "PROJECT_ROOT"]

PROJECT_ROOT = Path(__file__).resolve().parents[1]
#: Environment variables naming the corpus :func:`load_corpus` reads by default.
ENV_RAW, ENV_MANIFEST = "POLICY_ANALYSIS_RAW", "POLICY_ANALYSIS_MANIFEST"

#: The contract: table name → its columns, in order.
TABLE_COLUMNS: dict[str, list[str]] = {
    "documents": ["doc_id", "file", "title", "issuer", "level", "kind", "programme", "period_start", "period_end",
                  "issue_date", "doc_number", "script", "n_tasks", "n_repairs", "n_warnings"],
    "tasks": ["doc_id", "task_seq", "section", "subsection", "task_no", "title", "text"],
    "clauses": ["doc_id", "task_seq", "clause_seq", "text", "unit_label", "units_as_written", "responsible_units",
                "deadline_raw", "deadline_kind", "deadline_date"],
    "deadlines": ["doc_id", "task_seq", "source", "raw", "kind", "date", "recurrence"],
    "units": ["doc_id", "task_seq", "clause_seq", "unit", "via_alias", "role"],
    "training": ["doc_id", "task_seq", "text", "audience", "hours_per_year", "times_per_year"],
    "targets": ["doc_id", "task_seq", "text", "value", "unit"],
    "citations": ["doc_id", "task_seq", "title", "number"],
    "repairs": ["doc_id", "kind", "position", "before", "after"],
    "warnings": ["doc_id", "kind", "position", "message"],
    "sections": ["doc_id", "section", "subsection", "title", "kind"],
    "metadata": ["doc_id", "field", "value", "source", "text_value", "rule", "line", "evidence"],
}
LIST_COLUMNS = {("clauses", "units_as_written"), ("clauses", "responsible_units")}
#: ISO ``YYYY-MM-DD`` strings in memory and in CSV; dates in Parquet
DATE_COLUMNS = {("documents", "issue_date"), ("clauses", "deadline_date"), ("deadlines", "date")}
LIST_SEPARATOR = " | "
INT_COLUMNS = {"task_seq", "clause_seq", "n_tasks", "n_repairs", "n_warnings", "position", "line"}

# Spans whose citations count (front matter cites the document itself).
_CITING_SPANS = {"preamble", "goal", "group_heading", "group_text", "task_heading", "clause", "closing"}


@dataclass
class Corpus:
    """The corpus as tables. Every attribute named in :data:`TABLE_COLUMNS` is a DataFrame.

    ``manifest`` is the manifest with all its columns (English names, notes …)
    plus rows for documents read without a manifest entry; ``parsed`` keeps
    the parsed documents (spans, sections) for inspection.
    """

    documents: pd.DataFrame
    tasks: pd.DataFrame
    clauses: pd.DataFrame
    deadlines: pd.DataFrame
    units: pd.DataFrame
    training: pd.DataFrame
    targets: pd.DataFrame
    citations: pd.DataFrame
    repairs: pd.DataFrame
    warnings: pd.DataFrame
    sections: pd.DataFrame
    metadata: pd.DataFrame
    manifest: pd.DataFrame = field(repr=False, default=None)
    parsed: list[ParsedDocument] = field(repr=False, default_factory=list)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Table name → DataFrame, in contract order."""
        return {name: getattr(self, name) for name in TABLE_COLUMNS}

    def __repr__(self) -> str:
        sizes = ", ".join(f"{k}={len(v)}" for k, v in self.tables().items())
        return f"Corpus({sizes})"


def _clause_rows(parsed: ParsedDocument, aliases: dict, warnings: list[ParseWarning]):
    doc = parsed.document
    # a one-year progress report's undated hours are that year's hours
    meta = doc.meta
    one_year = meta.get("kind") == "report" and meta.get("period_start") and \
        meta.get("period_start") == meta.get("period_end")
    hours_default = "年" if one_year else None
    clauses, units, deadlines, training, targets = [], [], [], [], []
    # 以下均需X落实，不再列出: X shares every later task (via_alias names the note)
    standing: tuple[str, ...] = ()
    for task in parsed.tasks:
        n_units_before = len(units)
        defines_standing: tuple[str, ...] = ()
        # a deadline or target written into a task's title belongs to the task
        for d in extract.find_deadlines(task.title):
            deadlines.append((doc.doc_id, task.seq, "text", d.raw, d.kind, d.date, d.recurrence))
        for t in extract.find_targets(task.title):
            targets.append((doc.doc_id, task.seq, t.text, t.value, t.unit))
        for clause in task.clauses:
            label = None
            as_written: list[str] = []
            resolved: list[tuple[str, str | None, str]] = []
            d_raw = d_kind = d_date = None
            if clause.parenthetical:
                where = f"line {doc.source_line(clause.parenthetical_start)}"
                position = doc.origin[clause.parenthetical_start]
                note = clause.parenthetical
                found = (extract.find_parentheticals(note) if note[:1] in "（(〔【["
                         else [p for p in [extract.read_parenthetical(note)] if p is not None])
                if not found:
                    warnings.append(ParseWarning(
                        doc.doc_id, "parenthetical_unrecognized", position,
                        f"{where}: {clause.parenthetical!r} names no known unit label or deadline; left unparsed"))
                if found:
                    paren = found[0]
                    for unknown in paren.unknown_fields:
                        warnings.append(ParseWarning(
                            doc.doc_id, "label_unrecognized", position,
                            f"{where}: field {unknown!r} has a label that is not a known convention; not read"))
                    label = LIST_SEPARATOR.join(paren.labels) if paren.labels else None
                    defines_standing = defines_standing or paren.standing_units
                    as_written = list(paren.units_as_written)
                    resolved = []
                    for unit, role in zip(as_written, paren.roles):
                        resolved.extend((u, via, role) for u, via in extract.resolve_units([unit], aliases))
                    if paren.deadline_raw:
                        d_raw = paren.deadline_raw
                        deadline = extract.parse_deadline(paren.deadline_raw)
                        if deadline is None:
                            warnings.append(ParseWarning(
                                doc.doc_id, "deadline_unrecognized", position,
                                f"{where}: deadline {paren.deadline_raw!r} is not a known convention; left unparsed"))
                        else:
                            d_kind, d_date = deadline.kind, deadline.date
                            deadlines.append((doc.doc_id, task.seq, "clause", deadline.raw, deadline.kind,
                                              deadline.date, deadline.recurrence))
            clauses.append((doc.doc_id, task.seq, clause.seq, clause.text, label, as_written,
                            [u for u, _, _ in resolved], d_raw, d_kind, d_date))
            units.extend((doc.doc_id, task.seq, clause.seq, u, via, role) for u, via, role in resolved)
            for d in extract.find_deadlines(clause.text):
                deadlines.append((doc.doc_id, task.seq, "text", d.raw, d.kind, d.date, d.recurrence))
            for t in extract.find_training(clause.text, hours_default):
                training.append((doc.doc_id, task.seq, t.text, t.audience, t.hours_per_year, t.times_per_year))
            for t in extract.find_targets(clause.text):
                targets.append((doc.doc_id, task.seq, t.text, t.value, t.unit))
        if standing and task.clauses:
            named = {u[3] for u in units[n_units_before:]}
            units.extend((doc.doc_id, task.seq, task.clauses[0].seq, u, "以下均需…落实", "responsible")
                         for u in standing if u not in named)
        standing = defines_standing or standing
    return clauses, units, deadlines, training, targets


def metadata_rows(doc: Document) -> list[tuple]:
    """One row per metadata field of a document: the value used, where it came from
    (``manifest`` or ``text``; empty when neither gives one), what the text says, and the
    rule, source line and line text the text's value was read from."""
    fields = doc.meta.get("metadata_fields", {})
    listed = doc.meta.get("metadata_source") == "manifest"
    from_text = set(doc.meta.get("metadata_from_text_fields", ()))  # left empty in the manifest: read from the text
    rows = []
    for name in METADATA_FIELDS:
        found = fields.get(name)
        text_value = found.value if found else ""
        manifest_value = str(doc.meta.get(name, "") or "") if listed and name not in from_text else ""
        if listed and manifest_value:
            value, source = manifest_value, "manifest"
        elif text_value:
            value, source = text_value, "text"
        else:
            value, source = "", ""
        line = None
        if found is not None:
            if found.source_offset is not None:
                line = doc.source.count("\n", 0, found.source_offset) + 1
            elif found.offset is not None:
                line = doc.source_line(found.offset)
        rows.append((doc.doc_id, name, value, source, text_value, found.rule if found else "",
                     line, found.evidence if found else ""))
    return rows


def _citation_rows(parsed: ParsedDocument):
    text = parsed.document.text
    rows, seen = [], set()
    own = {canonical_number(str(n)) for n in (parsed.document.meta.get("doc_number"),
           getattr(parsed.document.meta.get("metadata_fields", {}).get("doc_number"), "value", None)) if n}
    for span in parsed.spans:
        front = span.kind == "front_matter"
        if span.kind not in _CITING_SPANS and not front:
            continue
        for c in extract.find_citations(text[span.start:span.end]):
            # the cover letter cites the documents it implements by their 文号 (…的通知》（X〔2017〕21号）);
            # its title lines and the document's own number are no citations
            if front and (not c.number or canonical_number(c.number) in own):
                continue
            row = (parsed.doc_id, span.task_seq, _one_line(c.title), c.number)
            if row not in seen:  # a task that cites a document twice cites it once
                seen.add(row)
                rows.append(row)
    return rows


def _one_line(title: str | None) -> str | None:
    """A title broken across lines (PDF extraction) joined back, whitespace removed."""
    return re.sub(r"\s+", "", title) if title else title


def _frame(name: str, rows: list) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=TABLE_COLUMNS[name], dtype=object)
    for col in df.columns:
        if col in INT_COLUMNS:
            df[col] = df[col].astype("Int64")
        elif col in ("value", "hours_per_year", "times_per_year") and name in ("targets", "training"):
            df[col] = df[col].astype("Float64")
    return df


def build_corpus(documents: list[Document], manifest: pd.DataFrame | None = None) -> Corpus:
    """Parse and extract every document into a :class:`Corpus`.

    In: normalized documents (from :func:`~analysis.corpus.read_corpus`) and,
    optionally, the manifest table. Out: the corpus tables.
    """
    with paused_gc():
        return _build_corpus(documents, manifest)


def document_rows(doc: Document) -> tuple[dict[str, list[tuple]], ParsedDocument]:
    """One document's rows of every table (table name → rows in column order), and its parse.

    In: a normalized :class:`~analysis.corpus.Document`. Out: ``(rows, parsed)``. The
    corpus tables are these rows of each document in turn, so documents can be
    tabulated apart (in worker processes, in batches) and concatenated in order.
    """
    tables: dict[str, list] = {name: [] for name in TABLE_COLUMNS}
    parsed = parse_document(doc)
    warnings = list(parsed.warnings)
    aliases = extract.find_alias_definitions(doc.text)
    clauses, units, deadlines, training, targets = _clause_rows(parsed, aliases, warnings)
    tables["tasks"].extend((doc.doc_id, t.seq, t.section, t.subsection, t.task_no, t.title, t.text)
                           for t in parsed.tasks)
    tables["clauses"].extend(clauses)
    tables["units"].extend(units)
    tables["deadlines"].extend(deadlines)
    tables["training"].extend(training)
    tables["targets"].extend(targets)
    tables["citations"].extend(_citation_rows(parsed))
    tables["repairs"].extend((r.doc_id, r.kind, r.position, r.before, r.after) for r in doc.repairs)
    tables["warnings"].extend((w.doc_id, w.kind, w.position, w.message) for w in warnings)
    tables["sections"].extend((doc.doc_id, s.section, s.subsection, s.title, s.kind) for s in parsed.sections)
    tables["metadata"].extend(metadata_rows(doc))
    m = doc.meta
    tables["documents"].append((
        doc.doc_id, m.get("file", ""), m.get("title", ""), m.get("issuer", ""), m.get("level", ""),
        m.get("kind", ""), m.get("programme", ""), m.get("period_start", ""), m.get("period_end", ""),
        m.get("issue_date", ""), m.get("doc_number", ""), doc.script, len(parsed.tasks), len(doc.repairs),
        len(warnings)))
    return tables, parsed


def frames_of(rows: dict[str, list[tuple]]) -> dict[str, pd.DataFrame]:
    """Table name → DataFrame of the given rows, typed as the contract says."""
    return {name: _frame(name, rows[name]) for name in TABLE_COLUMNS}


def _build_corpus(documents: list[Document], manifest: pd.DataFrame | None) -> Corpus:
    tables: dict[str, list] = {name: [] for name in TABLE_COLUMNS}
    parsed_all = []
    for doc in documents:
        rows, parsed = document_rows(doc)
        parsed_all.append(parsed)
        for name, part in rows.items():
            tables[name].extend(part)
    frames = frames_of(tables)
    hidden = ("metadata_from_text", "metadata_fields", "metadata_source", "metadata_from_text_fields")
    meta_rows = [{k: v for k, v in d.meta.items() if k not in hidden} for d in documents]
    full_manifest = pd.DataFrame(meta_rows, dtype=object)
    if manifest is not None:
        full_manifest = full_manifest[[c for c in manifest.columns if c in full_manifest.columns]]
    return Corpus(**frames, manifest=full_manifest.fillna(""), parsed=parsed_all)


def default_raw_dir() -> Path:
    """The raw folder read when none is given: ``$POLICY_ANALYSIS_RAW``, else the project's ``data/raw``."""
    return Path(os.environ[ENV_RAW]) if os.environ.get(ENV_RAW) else PROJECT_ROOT / "data" / "raw"


def default_manifest() -> Path | None:
    """The manifest read when none is given: ``$POLICY_ANALYSIS_MANIFEST`` (``none``: no manifest, ``None``
    returned), else the project's ``data/manifest.csv``."""
    value = os.environ.get(ENV_MANIFEST)
    if value:
        return None if value == "none" else Path(value)
    return PROJECT_ROOT / "data" / "manifest.csv"


def load_corpus(raw_dir: str | Path | None = None, manifest: str | Path | None | bool = None) -> Corpus:
    """Read, parse and extract the corpus.

    In: the raw folder and manifest (defaults: the project's ``data/raw`` and
    ``data/manifest.csv``, wherever the caller's working directory is, or the
    folder and file named by the environment variables ``POLICY_ANALYSIS_RAW``
    and ``POLICY_ANALYSIS_MANIFEST`` — ``none`` for no manifest — which
    ``python -m analysis regenerate --raw … --manifest …`` sets for the
    notebooks it runs); ``manifest=False`` reads every document's metadata
    from its own text.
    Out: a :class:`Corpus`. Raises :class:`~analysis.corpus.CorpusError` on bad input.
    """
    raw_dir = Path(raw_dir) if raw_dir is not None else default_raw_dir()
    if manifest is None and os.environ.get(ENV_MANIFEST):
        manifest = False if os.environ[ENV_MANIFEST] == "none" else os.environ[ENV_MANIFEST]
    if manifest is False:
        return build_corpus(read_corpus(raw_dir, None))
    manifest_path = Path(manifest) if manifest is not None else PROJECT_ROOT / "data" / "manifest.csv"
    if manifest is not None and not manifest_path.exists():
        raise CorpusError(f"{manifest_path}: manifest not found")
    from .corpus import read_manifest

    table = read_manifest(manifest_path, raw_dir) if manifest_path.exists() else None
    docs = read_corpus(raw_dir, manifest_path if manifest_path.exists() else None)
    return build_corpus(docs, table)
