"""What the format tests compare: the facts the pipeline parses from one file (tasks, clauses,
units with roles, deadlines, metadata), in a form two files of the same plan can be compared in."""
from __future__ import annotations

from pathlib import Path

from analysis.corpus import read_document
from analysis.tables import document_rows

PLAN_TXT = Path(__file__).parent / "data" / "formats" / "plan.txt"
METADATA = ("title", "issuer", "issue_date", "doc_number", "level", "kind", "period_start", "period_end")


def parsed_facts(path: str | Path) -> dict:
    """``{table: rows}`` of one file as parsed end to end, without document ids and provenance."""
    doc = read_document(path, doc_id="plan")
    rows, _ = document_rows(doc)
    return {
        "tasks": [(s, ss, no, title, text) for _, _, s, ss, no, title, text, _ in rows["tasks"]],
        "clauses": [r[1:-1] for r in rows["clauses"]],
        "units": [r[1:] for r in rows["units"]],
        "deadlines": [r[1:] for r in rows["deadlines"]],
        "metadata": {k: doc.meta[k] for k in METADATA},
    }


def plan_facts() -> dict:
    """The facts parsed from the synthetic plan's clean text (tests/data/formats/plan.txt)."""
    return parsed_facts(PLAN_TXT)
