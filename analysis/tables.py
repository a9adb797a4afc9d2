"""Stage 4 — tables: the parsed corpus as pandas DataFrames, and their files.

In:  parsed documents (stage 2) and the extractors (stage 3).
Out: a :class:`Corpus` holding one DataFrame per table — the contract between
the package, the notebooks and the researcher — and :func:`write_tables`,
which writes them to ``data/processed/`` as CSV (UTF-8 with BOM, so Excel
reads the Chinese) and as one ``.xlsx`` workbook with a sheet per table.
"""
from __future__ import annotations

import io
import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import extract
from .corpus import CorpusError, Document, ParseWarning, paused_gc, read_corpus
from .structure import ParsedDocument, parse_document

__all__ = ["Corpus", "TABLE_COLUMNS", "build_corpus", "load_corpus", "write_tables", "PROJECT_ROOT"]

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
    "units": ["doc_id", "task_seq", "clause_seq", "unit", "via_alias"],
    "training": ["doc_id", "task_seq", "text", "audience", "hours_per_year", "times_per_year"],
    "targets": ["doc_id", "task_seq", "text", "value", "unit"],
    "citations": ["doc_id", "task_seq", "title", "number"],
    "repairs": ["doc_id", "kind", "position", "before", "after"],
    "warnings": ["doc_id", "kind", "position", "message"],
    "sections": ["doc_id", "section", "subsection", "title", "kind"],
}
LIST_COLUMNS = {("clauses", "units_as_written"), ("clauses", "responsible_units")}
LIST_SEPARATOR = " | "
INT_COLUMNS = {"task_seq", "clause_seq", "n_tasks", "n_repairs", "n_warnings", "position"}

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
    for task in parsed.tasks:
        # a deadline or target written into a task's title belongs to the task
        for d in extract.find_deadlines(task.title):
            deadlines.append((doc.doc_id, task.seq, "text", d.raw, d.kind, d.date, d.recurrence))
        for t in extract.find_targets(task.title):
            targets.append((doc.doc_id, task.seq, t.text, t.value, t.unit))
        for clause in task.clauses:
            label = None
            as_written: list[str] = []
            resolved: list[tuple[str, str | None]] = []
            d_raw = d_kind = d_date = None
            if clause.parenthetical:
                where = f"line {doc.source_line(clause.parenthetical_start)}"
                position = doc.origin[clause.parenthetical_start]
                found = extract.find_parentheticals(clause.parenthetical)
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
                    as_written = list(paren.units_as_written)
                    resolved = extract.resolve_units(as_written, aliases)
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
                            [u for u, _ in resolved], d_raw, d_kind, d_date))
            units.extend((doc.doc_id, task.seq, clause.seq, u, via) for u, via in resolved)
            for d in extract.find_deadlines(clause.text):
                deadlines.append((doc.doc_id, task.seq, "text", d.raw, d.kind, d.date, d.recurrence))
            for t in extract.find_training(clause.text, hours_default):
                training.append((doc.doc_id, task.seq, t.text, t.audience, t.hours_per_year, t.times_per_year))
            for t in extract.find_targets(clause.text):
                targets.append((doc.doc_id, task.seq, t.text, t.value, t.unit))
    return clauses, units, deadlines, training, targets


def _citation_rows(parsed: ParsedDocument):
    text = parsed.document.text
    rows, seen = [], set()
    for span in parsed.spans:
        if span.kind not in _CITING_SPANS:
            continue
        for c in extract.find_citations(text[span.start:span.end]):
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
        elif col in ("value", "hours_per_year", "times_per_year"):
            df[col] = df[col].astype("Float64")
    return df


def build_corpus(documents: list[Document], manifest: pd.DataFrame | None = None) -> Corpus:
    """Parse and extract every document into a :class:`Corpus`.

    In: normalized documents (from :func:`~analysis.corpus.read_corpus`) and,
    optionally, the manifest table. Out: the corpus tables.
    """
    with paused_gc():
        return _build_corpus(documents, manifest)


def _build_corpus(documents: list[Document], manifest: pd.DataFrame | None) -> Corpus:
    tables: dict[str, list] = {name: [] for name in TABLE_COLUMNS}
    parsed_all = []
    for doc in documents:
        parsed = parse_document(doc)
        parsed_all.append(parsed)
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
        m = doc.meta
        tables["documents"].append((
            doc.doc_id, m.get("file", ""), m.get("title", ""), m.get("issuer", ""), m.get("level", ""),
            m.get("kind", ""), m.get("programme", ""), m.get("period_start", ""), m.get("period_end", ""),
            m.get("issue_date", ""), m.get("doc_number", ""), doc.script, len(parsed.tasks), len(doc.repairs),
            len(warnings)))
    frames = {name: _frame(name, rows) for name, rows in tables.items()}
    meta_rows = [{k: v for k, v in d.meta.items() if k != "metadata_from_text"} for d in documents]
    full_manifest = pd.DataFrame(meta_rows, dtype=object)
    if manifest is not None:
        full_manifest = full_manifest[[c for c in manifest.columns if c in full_manifest.columns]]
    return Corpus(**frames, manifest=full_manifest.fillna(""), parsed=parsed_all)


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
    if raw_dir is None and os.environ.get(ENV_RAW):
        raw_dir = os.environ[ENV_RAW]
    if manifest is None and os.environ.get(ENV_MANIFEST):
        manifest = False if os.environ[ENV_MANIFEST] == "none" else os.environ[ENV_MANIFEST]
    raw_dir = Path(raw_dir) if raw_dir is not None else PROJECT_ROOT / "data" / "raw"
    if manifest is False:
        return build_corpus(read_corpus(raw_dir, None))
    manifest_path = Path(manifest) if manifest is not None else PROJECT_ROOT / "data" / "manifest.csv"
    if manifest is not None and not manifest_path.exists():
        raise CorpusError(f"{manifest_path}: manifest not found")
    from .corpus import read_manifest

    table = read_manifest(manifest_path, raw_dir) if manifest_path.exists() else None
    docs = read_corpus(raw_dir, manifest_path if manifest_path.exists() else None)
    return build_corpus(docs, table)


# --------------------------------------------------------------------------
# files
# --------------------------------------------------------------------------

def _for_file(name: str, df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for col in out.columns:
        if (name, col) in LIST_COLUMNS:
            out[col] = out[col].map(lambda v: LIST_SEPARATOR.join(v) if isinstance(v, list) else "")
    return out


_SAFE_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def _inside(out_dir: Path, name: str) -> Path:
    """``out_dir/name``, refusing anything that would land outside ``out_dir``."""
    target = (out_dir / name).resolve()
    if target.parent != out_dir.resolve():
        raise CorpusError(f"{name}: refusing to write outside {out_dir}")
    return target


def write_tables(corpus: Corpus, out_dir: str | Path) -> list[Path]:
    """Write every table as ``<name>.csv`` and all of them as ``tables.xlsx``.

    In: a :class:`Corpus` and an output folder (created if missing). Out: the
    paths written. Same corpus → byte-identical files (fixed zip timestamps and
    workbook properties).
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    frames = {name: _for_file(name, df) for name, df in corpus.tables().items()}
    for name, df in frames.items():
        assert _SAFE_NAME.match(name)
        path = _inside(out_dir, f"{name}.csv")
        # utf-8-sig: Excel opens a BOM-marked CSV as UTF-8 and shows the Chinese
        df.to_csv(path, index=False, encoding="utf-8-sig", lineterminator="\n")
        written.append(path)
    xlsx = _inside(out_dir, "tables.xlsx")
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, df in frames.items():
            df.to_excel(writer, sheet_name=name, index=False)
        props = writer.book.properties
        props.creator = "policy-analysis"
        props.created = props.modified = pd.Timestamp("2000-01-01").to_pydatetime()
    xlsx.write_bytes(_deterministic_zip(buffer.getvalue()))
    written.append(xlsx)
    return written


def _deterministic_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed member timestamps, so equal content gives equal bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2000-01-01T00:00:00Z", content)
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, content)
    return out.getvalue()
