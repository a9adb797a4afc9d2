"""Score the parser on a folder of real documents against the facts recorded by reading them.

Usage::

    python tests/realworld/score.py TEXT_DIR [--facts DIR] [--details] [--json OUT]

``TEXT_DIR`` holds ``<id>.txt`` for the facts files in ``--facts`` (default: the
``facts/`` folder beside this script) — or the document as published, ``<id>.html``,
``<id>.pdf``, ``<id>.docx`` … in any format :mod:`analysis.ingest` reads, which is then
read through the ingest readers as a researcher's file is; facts whose text is
missing are skipped and counted. Every document is parsed as a researcher's unlisted plan is (no
manifest: metadata from its own text). A fact is one value a careful reader
recorded — a title, a date, one task, one unit of one task, one cited 文号 — and
it is right when the parser says the same after both are normalized (simplified
script, width, punctuation and whitespace ignored). A task the parser invents is
one wrong fact more. Prints the share of right facts per field and overall.

A wrong fact is **silent** when the parser gave a non-empty value and said nothing that would make a
researcher check it: for a metadata field, no ``low`` confidence in the metadata table and no warning
about the field (a metadata warning is about the field its message names first); for a task, a unit's
role or a deadline, no warning of the document among :data:`STRUCTURE_WARNINGS` (warnings that tell
the reader to check the tasks). An empty value is never
silent: the parser said it did not find one. Prints the silent-wrong rate per field and overall.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from analysis.parse.corpus import read_document  # noqa: E402
from analysis.io.tables import build_corpus  # noqa: E402

FIELDS = ("title", "issuer", "issue_date", "level", "kind", "period", "doc_number", "tasks", "units", "deadlines",
          "citations")
#: Warnings that tell a researcher to check a document's tasks, units or deadlines.
STRUCTURE_WARNINGS = frozenset({
    "no_tasks", "unplaced", "task_numbering", "tasks_uncertain", "units_uncertain", "parenthetical_unrecognized",
    "label_unrecognized", "deadline_unrecognized", "deadline_uncertain", "table_column_not_read", "empty_item",
    "section_numbering", "ocr"})
#: Warnings that tell a researcher to check a metadata field (the message names the field).
METADATA_WARNINGS = frozenset({"metadata_missing", "metadata_uncertain", "metadata_conflict"})


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s.json")


def _t2s(text: str) -> str:
    return _converter().convert(text)


def norm(text) -> str:
    """Compare form: simplified script, ASCII digits, no whitespace, punctuation or brackets."""
    if text is None or text != text:
        return ""
    s = _t2s(str(text))
    s = "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in s)
    return re.sub(r"[\s\u3000，,。.、；;：:！!？?（）()《》<>〈〉“”\"'‘’【】\[\]〔〕„‟﹝﹞{}—–\-－~～·…/|]", "", s)


def task_no(no: str) -> str:
    return norm(no)


def _match_tasks(recorded: list[dict], parsed: list[dict]) -> dict[int, int]:
    """Recorded task index → parsed task index, matched in order by title (first 8 characters) and number."""
    out: dict[int, int] = {}
    used: set[int] = set()
    for i, task in enumerate(recorded):
        want_t, want_n = norm(task.get("title", ""))[:8], task_no(task.get("no", ""))
        for j, p in enumerate(parsed):
            if j in used:
                continue
            got_t, got_n = norm(p["title"])[:8], task_no(p["task_no"])
            same_title = bool(want_t) and (got_t.startswith(want_t[:len(got_t)]) if got_t else False) and len(got_t) >= min(4, len(want_t))
            if same_title and (want_n == got_n or not want_n):
                out[i] = j
                used.add(j)
                break
    return out


def _metadata_warned(corpus) -> set[str]:
    """Metadata fields the parser flagged: low confidence, or a warning that names the field."""
    flagged: set[str] = set()
    meta = corpus.metadata
    if "confidence" in meta.columns:
        flagged |= set(meta.loc[meta["confidence"] == "low", "field"])
    names = ("title", "issuer", "issue_date", "level", "kind", "period_start", "period_end", "doc_number")
    for w in corpus.warnings.itertuples():
        if w.kind in METADATA_WARNINGS:
            # the field a warning is about is the one it names first ("level '…' is uncertain: …title…")
            named = [(w.message.find(f), f) for f in names if f in w.message]
            if named:
                flagged.add(min(named)[1])
    if flagged & {"period_start", "period_end"}:
        flagged.add("period")
    return flagged


def score_document(facts: dict, text_path: Path) -> list[tuple[str, bool, str, bool]]:
    """``[(field, right, what, silent)]`` for one document (``silent``: wrong, non-empty, unflagged)."""
    doc = read_document(text_path, meta=None, doc_id=facts["id"])
    corpus = build_corpus([doc])
    d = corpus.documents.iloc[0]
    results: list[tuple[str, bool, str, bool]] = []
    flagged = _metadata_warned(corpus)
    structure_warned = bool(set(corpus.warnings["kind"]) & STRUCTURE_WARNINGS)

    def add(field: str, right: bool, what: str, got_something: bool, warned: bool) -> None:
        results.append((field, right, what, not right and got_something and not warned))

    def check(field: str, want, got) -> None:
        right = norm(want) == norm(got)
        add(field, right, f"{field}: want {want!r}, got {got!r}", bool(norm(got)), field in flagged)

    check("title", facts["title"], d["title"])
    want_issuers = sorted(norm(x) for x in facts["issuer"])
    got_issuers = sorted(norm(x) for x in re.split(r"[、|]", d["issuer"] or "") if x.strip())
    add("issuer", want_issuers == got_issuers, f"issuer: want {facts['issuer']!r}, got {d['issuer']!r}",
        bool(got_issuers), "issuer" in flagged)
    check("issue_date", facts["issue_date"], d["issue_date"])
    check("level", facts["level"], d["level"])
    check("kind", facts["kind"], d["kind"])
    want_p = (facts["period_start"], facts["period_end"])
    got_p = (str(d["period_start"] or ""), str(d["period_end"] or ""))
    add("period", want_p == got_p, f"period: want {want_p}, got {got_p}", any(got_p), "period" in flagged)
    check("doc_number", facts["doc_number"], d["doc_number"])

    parsed_tasks = corpus.tasks.to_dict("records")
    matched = _match_tasks(facts["tasks"], parsed_tasks)
    for i, task in enumerate(facts["tasks"]):
        add("tasks", i in matched, f"task {task['no']} {task['title']!r}: " + ("found" if i in matched else "not found"),
            False, structure_warned)
    for j, p in enumerate(parsed_tasks):
        if j not in matched.values():
            add("tasks", False, f"task {p['task_no']} {p['title']!r}: invented (not recorded)", True, structure_warned)

    units = corpus.units
    deadlines = corpus.deadlines
    for i, task in enumerate(facts["tasks"]):
        seq = parsed_tasks[matched[i]]["task_seq"] if i in matched else None
        got_units = units[units.task_seq == seq] if seq is not None else units.iloc[0:0]
        got = {(norm(r.unit), getattr(r, "role", None)) for r in got_units.itertuples()}
        got_names = {u for u, _ in got}
        for u in task.get("units", []):
            name, role = norm(u["unit"]), u.get("role")
            ok = name in got_names and ("role" not in got_units.columns or (name, role) in got)
            add("units", ok, f"task {task['no']}: unit {u['unit']} ({role}) " + ("found" if ok else f"not found; got {sorted(got)}"),
                name in got_names, structure_warned)  # named with another role: a wrong value
        got_d = deadlines[deadlines.task_seq == seq] if seq is not None else deadlines.iloc[0:0]
        got_dates = {r.date if r.kind in ("date", "date_then_ongoing") else r.kind for r in got_d.itertuples()} | {
            "ongoing" for r in got_d.itertuples() if r.kind == "date_then_ongoing"}  # 2021年底前完成，长期坚持: both
        for want in task.get("deadlines", []):
            ok = want in got_dates
            add("deadlines", ok, f"task {task['no']}: deadline {want} "
                + ("found" if ok else f"not found; got {sorted(map(str, got_dates))}"),
                bool(got_dates - set(task.get("deadlines", []))), structure_warned)
    got_numbers = {norm(n) for n in corpus.citations["number"].dropna()}
    for number in facts["citations"]:
        ok = norm(number) in got_numbers
        add("citations", ok, f"citation {number}: " + ("found" if ok else "not found"), False, False)
    return results


def document_file(folder: Path, doc_id: str) -> Path | None:
    """The document ``doc_id`` in ``folder``: ``<id>.txt``, else the one ``<id>.<ext>`` file (any format)."""
    text = folder / f"{doc_id}.txt"
    if text.exists():
        return text
    others = sorted(p for p in folder.glob(f"{doc_id}.*") if p.suffix.lower() != ".json")
    return others[0] if len(others) == 1 else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", type=Path, help="folder of <id>.txt texts (or <id>.<ext> published files)")
    parser.add_argument("--facts", type=Path, default=HERE / "facts", help="folder of <id>.json facts (default: %(default)s)")
    parser.add_argument("--details", action="store_true", help="print every wrong fact")
    parser.add_argument("--json", type=Path, help="write the per-field scores to this file")
    args = parser.parse_args(argv)
    per_field: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    missing, crashed = [], []
    facts_files = sorted(args.facts.glob("*.json"))
    for path in facts_files:
        facts = json.loads(path.read_text(encoding="utf-8"))
        text = document_file(args.texts, facts["id"])
        if text is None:
            missing.append(facts["id"])
            continue
        try:
            results = score_document(facts, text)
        except Exception as exc:  # noqa: BLE001 — a crash is a result to report, not to hide
            crashed.append(f"{facts['id']}: {type(exc).__name__}: {exc}")
            continue
        wrong = [(what, silent) for field, right, what, silent in results if not right]
        for field, right, _, silent in results:
            per_field[field][0] += right
            per_field[field][1] += 1
            per_field[field][2] += silent
        if args.details and wrong:
            print(f"# {facts['id']}")
            for what, silent in wrong:
                print(f"  {'SILENT ' if silent else ''}{what}")
    total_right = sum(r for r, _, _ in per_field.values())
    total = sum(n for _, n, _ in per_field.values())
    total_silent = sum(s for _, _, s in per_field.values())
    print(f"{len(facts_files) - len(missing) - len(crashed)} documents scored, {len(missing)} without text, "
          f"{len(crashed)} crashed")
    for c in crashed:
        print(f"  crashed: {c}")
    print(f"{'field':12} {'right':>9}   {'right %':>7}   silent wrong")
    for field in FIELDS:
        r, n, sw = per_field.get(field, (0, 0, 0))
        if n:
            print(f"{field:12} {r:4d}/{n:<4d} {100 * r / n:5.1f} %   {sw:4d} ({100 * sw / n:4.1f} %)")
    if total:
        print(f"{'all':12} {total_right:4d}/{total:<4d} {100 * total_right / total:5.1f} %   "
              f"{total_silent:4d} ({100 * total_silent / total:4.1f} %)")
    if args.json:
        args.json.write_text(json.dumps({f: per_field[f] for f in FIELDS if f in per_field}, indent=1), encoding="utf-8")
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
