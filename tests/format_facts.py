"""The facts a parse yields, as comparable sets: what a format's reader must carry over from the
clean text of the same plan (tests/data/formats/plan.txt). Used by the format tests and by
benchmarks/readers_pdf.py (fidelity = share of the clean text's facts a reading recovers)."""
from __future__ import annotations

from pathlib import Path

PLAN_TXT = Path(__file__).resolve().parent / "data" / "formats" / "plan.txt"


def _value(v):
    if isinstance(v, list):
        return tuple(v)
    if v is None or (isinstance(v, float) and v != v):
        return None
    try:
        import pandas as pd

        if v is pd.NA:
            return None
    except ImportError:
        pass
    return v


def corpus_facts(corpus) -> dict[str, set[tuple]]:
    """Facts by table of a one-document corpus: tasks (their section, group, number, title and
    text), their units with roles, their deadlines and unit lists, the sections with their kinds,
    and the metadata fields the text gives. A task is named by its place (section, group, number),
    not by its position in the document, so one task lost does not count all later ones lost."""
    place = {r["task_seq"]: (r["section"], _value(r["subsection"]), r["task_no"]) for r in corpus.tasks.to_dict("records")}
    facts: dict[str, set[tuple]] = {}
    facts["tasks"] = {(*place[r["task_seq"]], r["title"], r["text"]) for r in corpus.tasks.to_dict("records")}
    facts["clauses"] = {(*place.get(r["task_seq"], (None,) * 3), r["clause_seq"], _value(r["units_as_written"]),
                         _value(r["deadline_raw"])) for r in corpus.clauses.to_dict("records")}
    facts["units"] = {(*place.get(r["task_seq"], (None,) * 3), r["unit"], r["role"]) for r in corpus.units.to_dict("records")}
    facts["sections"] = {tuple(_value(r[c]) for c in ("section", "subsection", "title", "kind"))
                         for r in corpus.sections.to_dict("records")}
    facts["metadata"] = {(r["field"], r["value"]) for r in corpus.metadata.to_dict("records") if r["value"]}
    return facts


def file_facts(path: str | Path) -> dict[str, set[tuple]]:
    """:func:`corpus_facts` of one file read and parsed as ``parse`` would (no manifest)."""
    from analysis.corpus import read_document
    from analysis.tables import build_corpus

    return corpus_facts(build_corpus([read_document(path)]))


def text_facts(text: str, name: str = "plan") -> dict[str, set[tuple]]:
    """:func:`corpus_facts` of a plain text (a library's text output, say) parsed as a .txt file."""
    import tempfile

    if not text.strip():
        return {}  # nothing read: no facts
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        return file_facts(path)


def recovered(found: dict[str, set[tuple]], clean: dict[str, set[tuple]]) -> tuple[int, int]:
    """(clean facts found, clean facts) over all tables."""
    total = sum(len(v) for v in clean.values())
    hit = sum(len(v & found.get(k, set())) for k, v in clean.items())
    return hit, total


def missing(found: dict[str, set[tuple]], clean: dict[str, set[tuple]]) -> dict[str, set[tuple]]:
    """The clean facts a reading lost, by table (empty tables left out)."""
    return {k: v - found.get(k, set()) for k, v in clean.items() if v - found.get(k, set())}
