"""Score the parser on a folder of real documents against the facts recorded by reading them.

Usage::

    python tests/realworld/score.py TEXT_DIR [--facts DIR] [--details] [--json OUT]

``TEXT_DIR`` holds ``<id>.txt`` for the facts files in ``--facts`` (default: the
``facts/`` folder beside this script); facts whose text is missing are skipped
and counted. Every document is parsed as a researcher's unlisted plan is (no
manifest: metadata from its own text). A fact is one value a careful reader
recorded — a title, a date, one task, one unit of one task, one cited 文号 — and
it is right when the parser says the same after both are normalized (simplified
script, width, punctuation and whitespace ignored). A task the parser invents is
one wrong fact more. Prints the share of right facts per field and overall.
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

from analysis.corpus import read_document  # noqa: E402
from analysis.tables import build_corpus  # noqa: E402

FIELDS = ("title", "issuer", "issue_date", "level", "kind", "period", "doc_number", "tasks", "units", "deadlines",
          "citations")


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
    return re.sub(r"[\s\u3000，,。.、；;：:！!？?（）()《》<>〈〉“”\"'‘’【】\[\]〔〕{}—–\-－~～·…/|]", "", s)


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


def score_document(facts: dict, text_path: Path) -> list[tuple[str, bool, str]]:
    """``[(field, right, what)]`` for one document."""
    doc = read_document(text_path, meta=None, doc_id=facts["id"])
    corpus = build_corpus([doc])
    d = corpus.documents.iloc[0]
    results: list[tuple[str, bool, str]] = []

    def check(field: str, want, got) -> None:
        right = norm(want) == norm(got)
        results.append((field, right, f"{field}: want {want!r}, got {got!r}"))

    check("title", facts["title"], d["title"])
    want_issuers = sorted(norm(x) for x in facts["issuer"])
    got_issuers = sorted(norm(x) for x in re.split(r"[、|]", d["issuer"] or "") if x.strip())
    results.append(("issuer", want_issuers == got_issuers, f"issuer: want {facts['issuer']!r}, got {d['issuer']!r}"))
    check("issue_date", facts["issue_date"], d["issue_date"])
    check("level", facts["level"], d["level"])
    check("kind", facts["kind"], d["kind"])
    want_p = (facts["period_start"], facts["period_end"])
    got_p = (str(d["period_start"] or ""), str(d["period_end"] or ""))
    results.append(("period", want_p == got_p, f"period: want {want_p}, got {got_p}"))
    check("doc_number", facts["doc_number"], d["doc_number"])

    parsed_tasks = corpus.tasks.to_dict("records")
    matched = _match_tasks(facts["tasks"], parsed_tasks)
    for i, task in enumerate(facts["tasks"]):
        results.append(("tasks", i in matched, f"task {task['no']} {task['title']!r}: "
                        + ("found" if i in matched else "not found")))
    for j, p in enumerate(parsed_tasks):
        if j not in matched.values():
            results.append(("tasks", False, f"task {p['task_no']} {p['title']!r}: invented (not recorded)"))

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
            results.append(("units", ok, f"task {task['no']}: unit {u['unit']} ({role}) "
                            + ("found" if ok else f"not found; got {sorted(got)}")))
        got_d = deadlines[deadlines.task_seq == seq] if seq is not None else deadlines.iloc[0:0]
        got_dates = {r.date if r.kind in ("date", "date_then_ongoing") else r.kind for r in got_d.itertuples()}
        for want in task.get("deadlines", []):
            ok = want in got_dates
            results.append(("deadlines", ok, f"task {task['no']}: deadline {want} "
                            + ("found" if ok else f"not found; got {sorted(map(str, got_dates))}")))
    got_numbers = {norm(n) for n in corpus.citations["number"].dropna()}
    for number in facts["citations"]:
        ok = norm(number) in got_numbers
        results.append(("citations", ok, f"citation {number}: " + ("found" if ok else "not found")))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", type=Path, help="folder of <id>.txt texts")
    parser.add_argument("--facts", type=Path, default=HERE / "facts", help="folder of <id>.json facts (default: %(default)s)")
    parser.add_argument("--details", action="store_true", help="print every wrong fact")
    parser.add_argument("--json", type=Path, help="write the per-field scores to this file")
    args = parser.parse_args(argv)
    per_field: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missing, crashed = [], []
    facts_files = sorted(args.facts.glob("*.json"))
    for path in facts_files:
        facts = json.loads(path.read_text(encoding="utf-8"))
        text = args.texts / f"{facts['id']}.txt"
        if not text.exists():
            missing.append(facts["id"])
            continue
        try:
            results = score_document(facts, text)
        except Exception as exc:  # noqa: BLE001 — a crash is a result to report, not to hide
            crashed.append(f"{facts['id']}: {type(exc).__name__}: {exc}")
            continue
        wrong = [what for field, right, what in results if not right]
        for field, right, _ in results:
            per_field[field][0] += right
            per_field[field][1] += 1
        if args.details and wrong:
            print(f"# {facts['id']}")
            for what in wrong:
                print(f"  {what}")
    total_right = sum(r for r, _ in per_field.values())
    total = sum(n for _, n in per_field.values())
    print(f"{len(facts_files) - len(missing) - len(crashed)} documents scored, {len(missing)} without text, "
          f"{len(crashed)} crashed")
    for c in crashed:
        print(f"  crashed: {c}")
    for field in FIELDS:
        r, n = per_field.get(field, (0, 0))
        if n:
            print(f"{field:12} {r:4d}/{n:<4d} {100 * r / n:5.1f} %")
    if total:
        print(f"{'all':12} {total_right:4d}/{total:<4d} {100 * total_right / total:5.1f} %")
    if args.json:
        args.json.write_text(json.dumps({f: per_field[f] for f in FIELDS if f in per_field}, indent=1), encoding="utf-8")
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
