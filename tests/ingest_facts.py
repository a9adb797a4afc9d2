"""What the format tests compare: the facts the pipeline parses from one file (tasks, clauses,
units with roles, deadlines, metadata), in a form two files of the same plan can be compared in."""
from __future__ import annotations

from pathlib import Path

from analysis.parse.corpus import read_document
from analysis.io.tables import document_rows

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


def _hashable(value):
    return tuple(value) if isinstance(value, list) else value


def fact_share(facts: dict, ref: dict) -> tuple[int, int]:
    """``(found, total)``: how many of ``ref``'s facts ``facts`` holds — its task, clause, unit and
    deadline rows and its non-empty metadata values. A row is named by its task's place (section,
    group, number), not by its position, so one task lost (an OCR misread of its number) does not
    count every later task's rows lost too."""
    def placed(f: dict) -> dict[str, set]:
        place = {seq: task[:3] for seq, task in enumerate(f["tasks"], start=1)}
        out = {"tasks": {tuple(map(_hashable, t)) for t in f["tasks"]}}
        for table in ("clauses", "units", "deadlines"):
            out[table] = {(place.get(r[0]), *map(_hashable, r[1:])) for r in f[table]}
        out["metadata"] = {(k, v) for k, v in f["metadata"].items() if v}
        return out

    have, want = placed(facts), placed(ref)
    return sum(len(want[t] & have[t]) for t in want), sum(len(v) for v in want.values())


def text_facts(text: str) -> dict:
    """:func:`parsed_facts` of a plain text (a PDF library's text output, say) read as a .txt file;
    nothing read, no facts."""
    import tempfile

    if not text.strip():
        return {"tasks": [], "clauses": [], "units": [], "deadlines": [], "metadata": {}}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "plan.txt"
        path.write_text(text, encoding="utf-8")
        return parsed_facts(path)
