"""Stage 4 — tables: the parsed corpus as pandas DataFrames.

In:  parsed documents (stage 2) and the extractors (stage 3).
Out: a :class:`Corpus` holding one DataFrame per table — the contract between
the package, the notebooks and the researcher. :mod:`analysis.io.store` writes
them to files and reads them back.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..parse import extract
from ..parse.corpus import CorpusError, Document, ParseWarning, paused_gc, read_corpus
from ..parse.line_classifier import second_opinion_warnings
from ..parse.metadata import FIELDS as METADATA_FIELDS, canonical_number
from ..parse.structure import ParsedDocument, parse_document

__all__ = ["Corpus", "TABLE_COLUMNS", "LIST_COLUMNS", "DATE_COLUMNS", "build_corpus", "load_corpus", "metadata_rows",
           "document_rows", "frames_of",
           "default_raw_dir", "default_manifest", "PROJECT_ROOT"]

PROJECT_ROOT = Path(__file__).resolve().parents[2]
#: Environment variables naming the corpus :func:`load_corpus` reads by default.
ENV_RAW, ENV_MANIFEST = "POLICY_ANALYSIS_RAW", "POLICY_ANALYSIS_MANIFEST"

#: The contract: table name → its columns, in order.
TABLE_COLUMNS: dict[str, list[str]] = {
    "documents": ["doc_id", "file", "format", "title", "issuer", "level", "kind", "programme", "period_start", "period_end",
                  "issue_date", "doc_number", "script", "n_tasks", "n_repairs", "n_warnings"],
    "tasks": ["doc_id", "task_seq", "section", "subsection", "task_no", "title", "text", "provenance"],
    "clauses": ["doc_id", "task_seq", "clause_seq", "text", "unit_label", "units_as_written", "responsible_units",
                "deadline_raw", "deadline_kind", "deadline_date", "provenance"],
    "deadlines": ["doc_id", "task_seq", "source", "raw", "kind", "date", "recurrence"],
    "units": ["doc_id", "task_seq", "clause_seq", "unit", "via_alias", "role"],
    "training": ["doc_id", "task_seq", "text", "audience", "hours_per_year", "times_per_year"],
    "targets": ["doc_id", "task_seq", "text", "value", "unit"],
    "citations": ["doc_id", "task_seq", "title", "number"],
    "repairs": ["doc_id", "kind", "position", "before", "after"],
    "warnings": ["doc_id", "kind", "position", "message"],
    "sections": ["doc_id", "section", "subsection", "title", "kind"],
    "metadata": ["doc_id", "field", "value", "source", "text_value", "rule", "confidence", "line", "evidence"],
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
    year = _plan_year(meta)
    clauses, units, deadlines, training, targets = [], [], [], [], []
    # 以下均需X落实，不再列出: X shares every later task (via_alias names the note)
    standing: tuple[str, ...] = ()
    first_lead: str | None = None  # 排第一的为牵头单位…下同: this note's and every later list's first body leads
    for task in parsed.tasks:
        n_units_before = len(units)
        defines_standing: tuple[str, ...] = ()
        # a deadline or target written into a task's title belongs to the task
        for d in _text_deadlines(task.title, year, _warner(doc, task.start, warnings)):
            deadlines.append((doc.doc_id, task.seq, "text", d.raw, d.kind, d.date, d.recurrence))
        for t in extract.find_targets(task.title):
            targets.append((doc.doc_id, task.seq, t.text, t.value, t.unit))
        for clause in task.clauses:
            label = None
            as_written: list[str] = []
            resolved: list[tuple[str, str | None, str]] = []
            d_raw = d_kind = d_date = None
            if clause.parenthetical:
                where = doc.where(clause.parenthetical_start)
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
                    first_lead = paren.first_lead or first_lead
                    roles = paren.roles
                    if first_lead and paren.undistinguished:
                        roles = extract.apply_first_lead(roles, first_lead)
                    resolved = []
                    for unit, role in zip(as_written, roles):
                        resolved.extend((u, via, role) for u, via in extract.resolve_units([unit], aliases))
                    if paren.deadline_raw:
                        d_raw = paren.deadline_raw
                        read = _note_deadlines(paren.deadline_raw, year,
                                               _warner(doc, clause.parenthetical_start, warnings))
                        if read:
                            d_kind, d_date = read[0].kind, read[0].date
                        deadlines.extend((doc.doc_id, task.seq, "clause", d.raw, d.kind, d.date, d.recurrence)
                                         for d in read)
            clauses.append((doc.doc_id, task.seq, clause.seq, clause.text, label, as_written,
                            [u for u, _, _ in resolved], d_raw, d_kind, d_date, doc.where(clause.start)))
            units.extend((doc.doc_id, task.seq, clause.seq, u, via, role) for u, via, role in resolved)
            odd = [u for u, _, _ in resolved if _suspect_unit(u)]
            if odd:
                _warner(doc, clause.parenthetical_start or clause.start, warnings)(
                    "units_uncertain", f"unit(s) {'、'.join(odd)} of task {task.task_no} do not look like a body's name "
                                       f"(a person, a sentence, a cut word?) — check")
            for d in _text_deadlines(clause.text, year, _warner(doc, clause.start, warnings)):
                deadlines.append((doc.doc_id, task.seq, "text", d.raw, d.kind, d.date, d.recurrence))
            for t in extract.find_training(clause.text, hours_default):
                training.append((doc.doc_id, task.seq, t.text, t.audience, t.hours_per_year, t.times_per_year))
            for t in extract.find_targets(clause.text):
                targets.append((doc.doc_id, task.seq, t.text, t.value, t.unit))
        if standing:
            # (a task whose text the excerpt cut off, its heading alone, is a later task too: its rows name no clause)
            named = {u[3] for u in units[n_units_before:]}
            units.extend((doc.doc_id, task.seq, task.clauses[0].seq if task.clauses else None, u, "以下均需…落实",
                          "responsible") for u in standing if u not in named)
        standing = defines_standing or standing
    return clauses, units, deadlines, training, targets


# what a body's name does not look like: a person (three characters, no body ending), a sentence
_BODY_END = re.compile(r"(?:局|队|处|部门|单位|委|厅|室|所|站|院|会|办|中心|公司|部|组|科|股|机关|机构|政府|司|署|行|关|协|联|社|馆|"
                       r"集团|区|县|市|州|盟|旗|镇|乡|街道|村|团|校|园|台|厂|场|库|网)(?:（[^（）]{1,10}）)?$")
_NOT_A_NAME = re.compile(r"[，。；：:]|落实|负责|不再|以下|下同|要求|按照|根据")


def _suspect_unit(name: str) -> bool:
    """Does a unit name look like something else than a body (张三, a clause, 市发 cut short)?"""
    if _NOT_A_NAME.search(name) or len(name) > 30:
        return True
    return not _BODY_END.search(name) and not re.match(r"^(?:各|有关|相关|全)", name) and len(name) <= 4


def _plan_year(meta: dict) -> int | None:
    """The plan's own year, for deadlines written without one: its period when that is one year
    (a 2023年工作要点: 2023), else None (never guessed from a signature or a cited year)."""
    start, end = str(meta.get("period_start") or ""), str(meta.get("period_end") or "")
    return int(start) if start.isdigit() and start == end else None


def _warner(doc: Document, offset: int, warnings: list[ParseWarning]):
    """``warn(kind, message)`` recording a warning at ``offset`` of ``doc``'s text."""
    def warn(kind: str, message: str) -> None:
        warnings.append(ParseWarning(doc.doc_id, kind, doc.origin[offset], f"{doc.where(offset)}: {message}"))
    return warn


def _note_deadlines(raw: str, year: int | None, warn) -> list:
    """A note's deadline value → its deadlines: a known convention; a date without its year
    (``12月底前``) in the plan's own year, else unresolved with a warning; dated steps
    (``2021年2月公布…，2021年8月公布…``) one each; anything else a warning."""
    deadline = extract.parse_deadline(raw)
    if deadline is not None:
        return [deadline]
    if extract.is_yearless(raw):
        if year is not None:
            return [d for d in [extract.parse_deadline(raw, year)] if d is not None]
        warn("deadline_uncertain", f"deadline {raw!r} has no year and the document states no one-year period "
                                   f"to take it from; left unresolved")
        return []
    steps = extract.parse_deadline_steps(raw)
    if not steps:
        warn("deadline_unrecognized", f"deadline {raw!r} is not a known convention; left unparsed")
    return steps


def _text_deadlines(text: str, year: int | None, warn) -> list:
    """Deadlines set in task text; one written without its year (``3月底前，将…``) is in the year
    its sentence heads the work with (``2020年任务：一是4月底前…``), else in the plan's own year, or left
    unresolved with a warning."""
    found = extract.find_deadlines(text)
    for raw, stated in extract.find_yearless_years(text):
        if (stated or year) is not None:  # the year its sentence states (2020年任务：…), else the plan's
            found.extend(d for d in [extract.parse_deadline(raw, stated or year)] if d is not None)
        else:
            warn("deadline_uncertain", f"deadline {raw!r} in the task text has no year and the document states no "
                                       f"one-year period to take it from; left unresolved")
    return found


def metadata_rows(doc: Document) -> list[tuple]:
    """One row per metadata field of a document: the value used, where it came from
    (``manifest`` or ``text``; empty when neither gives one), what the text says, and the
    rule, confidence (``high`` / ``medium`` / ``low``, see :mod:`analysis.parse.confidence`), source
    line and line text the text's value was read from. The manifest's word is the researcher's:
    ``confidence`` is that of the text's reading, empty when the text gave none."""
    fields = doc.meta.get("metadata_fields", {})
    listed = doc.meta.get("metadata_source") == "manifest"
    from_text = set(doc.meta.get("metadata_from_text_fields", ()))  # left empty in the manifest: read from the text
    def line_of(found) -> int | None:
        if found.source_offset is not None:
            return doc.source.count("\n", 0, found.source_offset) + 1
        if found.offset is not None:
            return doc.source_line(found.offset)
        return None

    # a reading derived from another's evidence (the level from the issuer a removed wrapper line named)
    # shows that reading's line
    lines = {name: line_of(f) for name, f in fields.items() if f is not None}
    evidence_line = {fields[name].evidence: line for name, line in lines.items() if line is not None}
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
            line = lines.get(name)
            if line is None:
                line = evidence_line.get(found.evidence)
            if line is None and found.evidence and found.evidence in doc.source:  # (a removed field line)
                line = doc.source.count("\n", 0, doc.source.index(found.evidence)) + 1
        rows.append((doc.doc_id, name, value, source, text_value, found.rule if found else "",
                     found.confidence if found else "", line, found.evidence if found else ""))
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

    In: normalized documents (from :func:`~analysis.parse.corpus.read_corpus`) and,
    optionally, the manifest table. Out: the corpus tables.
    """
    with paused_gc():
        return _build_corpus(documents, manifest)


def document_rows(doc: Document) -> tuple[dict[str, list[tuple]], ParsedDocument]:
    """One document's rows of every table (table name → rows in column order), and its parse.

    In: a normalized :class:`~analysis.parse.corpus.Document`. Out: ``(rows, parsed)`` (for a file
    that could not be read, only its warning row and ``parsed=None``). The
    corpus tables are these rows of each document in turn, so documents can be
    tabulated apart (in worker processes, in batches) and concatenated in order.
    """
    tables: dict[str, list] = {name: [] for name in TABLE_COLUMNS}
    if doc.format == "unreadable":  # a file no reader could take: only its warning
        tables["warnings"].extend((w.doc_id, w.kind, w.position, w.message) for w in doc.warnings)
        return tables, None
    parsed = parse_document(doc)
    # the learned line classifier's second opinion on a title read from the text (docs/line_classifier.md)
    warnings = list(parsed.warnings) + second_opinion_warnings(doc, parsed)
    aliases = extract.find_alias_definitions(doc.text)
    clauses, units, deadlines, training, targets = _clause_rows(parsed, aliases, warnings)
    tables["tasks"].extend((doc.doc_id, t.seq, t.section, t.subsection, t.task_no, t.title, t.text,
                            doc.where(t.start)) for t in parsed.tasks)
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
        doc.doc_id, m.get("file", ""), doc.format, m.get("title", ""), m.get("issuer", ""), m.get("level", ""),
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
        if parsed is not None:
            parsed_all.append(parsed)
        for name, part in rows.items():
            tables[name].extend(part)
    frames = frames_of(tables)
    hidden = ("metadata_from_text", "metadata_fields", "metadata_source", "metadata_from_text_fields")
    meta_rows = [{k: v for k, v in d.meta.items() if k not in hidden} for d in documents if d.format != "unreadable"]
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
    Out: a :class:`Corpus`. Raises :class:`~analysis.parse.corpus.CorpusError` on bad input.
    """
    raw_dir = Path(raw_dir) if raw_dir is not None else default_raw_dir()
    if manifest is None and os.environ.get(ENV_MANIFEST):
        manifest = False if os.environ[ENV_MANIFEST] == "none" else os.environ[ENV_MANIFEST]
    if manifest is False:
        return build_corpus(read_corpus(raw_dir, None))
    manifest_path = Path(manifest) if manifest is not None else PROJECT_ROOT / "data" / "manifest.csv"
    if manifest is not None and not manifest_path.exists():
        raise CorpusError(f"{manifest_path}: manifest not found")
    from ..parse.corpus import read_manifest

    table = read_manifest(manifest_path, raw_dir) if manifest_path.exists() else None
    docs = read_corpus(raw_dir, manifest_path if manifest_path.exists() else None)
    return build_corpus(docs, table)
