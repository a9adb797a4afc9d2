"""Mutation run over the parsing and extraction rules: change one rule at a time, run the tests
that cover its module, and count the changes the tests notice ("killed") and those they do not
("survived" — a rule no test pins, or an equivalent change).

The mutants are the kinds of change that break a rule without breaking the program:

* ``drop``     one word dropped from a table of rule words (a tuple/list/set of strings, a
               ``str.join`` of them, a dict of words to values);
* ``alt``      one alternative dropped from a regex alternation of Chinese words (``(?:年底|年末)``);
* ``cmp``      a comparison loosened or tightened (``<`` ↔ ``<=``, ``>`` ↔ ``>=``, ``==`` ↔ ``!=``);
* ``num``      a numeric threshold moved by one (``len(x) <= 30`` → ``<= 31``);
* ``map``      a value of a small mapping changed (a month, a role, a level).

Usage::

    python scripts/mutation.py                      # every module, a seeded sample per module
    python scripts/mutation.py --modules deadlines --per-module 0   # every mutant of one module
    python scripts/mutation.py --list               # the mutants, without running anything

Each worker runs in its own copy of the project (``analysis``, ``tests``, ``data``), so the
working tree is never touched. Not part of ``make test``: it takes tens of minutes (``make mutation``).
"""
from __future__ import annotations

import argparse
import ast
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: module (path under analysis/) → the test files that cover its rules
TARGETS: dict[str, tuple[str, ...]] = {
    "corpus.py": ("test_corpus.py", "test_conventions.py", "test_rules_metadata.py", "test_rules_structure.py",
                  "test_rules_round2.py", "test_rules_round3.py", "test_rules_round4.py", "test_rules_round5.py"),
    "one_line.py": ("test_rules_round2.py", "test_rules_structure.py", "test_corpus.py", "test_rules_round4.py"),
    "metadata.py": ("test_metadata_and_inspect.py", "test_conventions.py", "test_rules_metadata.py",
                    "test_generalization.py", "test_rules_round2.py", "test_rules_round3.py", "test_rules_round4.py",
                    "test_rules_round5.py"),
    # (the rule-level tests of the mutation audit first: they are quick, and -x stops at a kill)
    "structure.py": ("test_rules_mutation_structure.py", "test_structure.py", "test_conventions.py",
                     "test_rules_structure.py", "test_generalization.py", "test_rules_round2.py", "test_rules_round3.py",
                     "test_rules_round4.py", "test_rules_round5.py"),
    "text_tables.py": ("test_rules_mutation_structure.py", "test_rules_structure.py", "test_conventions.py",
                       "test_metadata_and_inspect.py", "test_structure.py"),
    "extract/deadlines.py": ("test_rules_mutation_structure.py", "test_extract.py", "test_conventions.py",
                             "test_rules_structure.py"),
    "extract/units.py": ("test_rules_mutation_structure.py", "test_extract.py", "test_conventions.py",
                         "test_rules_structure.py", "test_rules_round2.py", "test_rules_round3.py", "test_rules_round4.py"),
    "extract/training.py": ("test_extract.py", "test_conventions.py", "test_rules_structure.py"),
    "extract/targets.py": ("test_extract.py", "test_rules_structure.py"),
    "extract/citations.py": ("test_extract.py", "test_conventions.py", "test_rules_structure.py", "test_rules_round3.py",
                             "test_rules_round5.py"),
    "ingest/task_tables.py": ("test_ingest_tables.py", "test_ingest_sniff.py", "test_rules_round3.py"),
    "confidence.py": ("test_rules_round3.py", "test_rules_metadata.py", "test_metadata_and_inspect.py",
                      "test_rules_round4.py", "test_rules_round5.py"),
    "ingest/sniff.py": ("test_ingest_sniff.py", "test_rules_round5.py"),
}
_CJK_ALT = re.compile(r"(?<![\\\[])\(\?:((?:[\u4e00-\u9fff]{1,8}\|)+[\u4e00-\u9fff]{1,8})\)")
_FLIP = {ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt, ast.Eq: ast.NotEq, ast.NotEq: ast.Eq}


@dataclass(frozen=True)
class Mutant:
    """One change: in ``module`` at ``line``, of ``kind``; ``node`` is the index of the node in
    ``ast.walk`` order and ``arg`` says which element/alternative/operator."""

    module: str
    kind: str
    line: int
    node: int
    arg: int
    what: str


def _strings(node: ast.AST) -> list[str] | None:
    elts = getattr(node, "elts", None)
    if elts and len(elts) >= 2 and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in elts):
        return [e.value for e in elts]
    return None


def _mutants_of(module: str, tree: ast.Module) -> list[Mutant]:
    out: list[Mutant] = []
    for idx, node in enumerate(ast.walk(tree)):
        line = getattr(node, "lineno", 0)
        words = _strings(node)
        if words and any(re.search(r"[\u4e00-\u9fff]", w) for w in words):
            out += [Mutant(module, "drop", line, idx, k, f"drop {w!r}") for k, w in enumerate(words)]
        if isinstance(node, ast.Dict) and len(node.keys) >= 2:
            keys = node.keys
            if all(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in keys):
                cjk_keys = [k.value for k in keys if re.search(r"[\u4e00-\u9fff]", k.value)]
                out += [Mutant(module, "drop", line, idx, k, f"drop key {keys[k].value!r}")
                        for k in range(len(keys)) if keys[k].value in cjk_keys]
                values = node.values
                # a mapping to rule values (a month, a role, a level), not to descriptions
                if all(isinstance(v, ast.Constant) and isinstance(v.value, (int, str))
                       and not (isinstance(v.value, str) and (" " in v.value or len(v.value) > 20)) for v in values):
                    distinct = sorted({v.value for v in values}, key=str)
                    if 2 <= len(distinct) <= 40:
                        out += [Mutant(module, "map", line, idx, k, f"{keys[k].value!r}: {values[k].value!r} changed")
                                for k in range(len(keys))]
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            for g, m in enumerate(_CJK_ALT.finditer(node.value)):
                for k, alt in enumerate(m.group(1).split("|")):
                    out.append(Mutant(module, "alt", line, idx, g * 1000 + k, f"drop alternative {alt!r}"))
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _FLIP:
            operands = [node.left, *node.comparators]
            if any(isinstance(o, ast.Constant) and isinstance(o.value, (int, float)) and not isinstance(o.value, bool)
                   for o in operands) or any(isinstance(o, ast.Call) and getattr(o.func, "id", "") == "len"
                                             for o in operands):
                out.append(Mutant(module, "cmp", line, idx, 0,
                                  f"{type(node.ops[0]).__name__} → {_FLIP[type(node.ops[0])].__name__}"))
                for k, o in enumerate(operands):
                    if isinstance(o, ast.Constant) and isinstance(o.value, int) and not isinstance(o.value, bool):
                        out.append(Mutant(module, "num", line, idx, k, f"threshold {o.value} → {o.value + 1}"))
    return out


def _apply(tree: ast.Module, m: Mutant) -> str:
    node = list(ast.walk(tree))[m.node]
    if m.kind == "drop" and isinstance(node, ast.Dict):
        del node.keys[m.arg], node.values[m.arg]
    elif m.kind == "drop":
        del node.elts[m.arg]
    elif m.kind == "map":
        values = sorted({v.value for v in node.values}, key=str)
        old = node.values[m.arg].value
        node.values[m.arg] = ast.Constant(values[(values.index(old) + 1) % len(values)])
    elif m.kind == "alt":
        group, k = divmod(m.arg, 1000)
        match = list(_CJK_ALT.finditer(node.value))[group]
        alts = match.group(1).split("|")
        del alts[k]
        node.value = node.value[:match.start(1)] + "|".join(alts) + node.value[match.end(1):]
    elif m.kind == "cmp":
        node.ops[0] = _FLIP[type(node.ops[0])]()
    elif m.kind == "num":
        operands = [node.left, *node.comparators]
        operands[m.arg].value += 1
    return ast.unparse(tree)


def mutants(modules: list[str], per_module: int, seed: int) -> list[Mutant]:
    """Every module's mutants, or a sample of ``per_module`` of each (0: all), in a fixed order."""
    chosen: list[Mutant] = []
    for module in modules:
        tree = ast.parse((ROOT / "analysis" / module).read_text(encoding="utf-8"))
        found = _mutants_of(module, tree)
        if per_module and len(found) > per_module:
            found = sorted(random.Random(f"{seed}:{module}").sample(found, per_module), key=lambda m: (m.line, m.node, m.arg))
        chosen += found
    return chosen


def _copy_project(dest: Path) -> None:
    for name in ("analysis", "tests", "data", "pyproject.toml"):
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__", "processed", "*.pyc"))
        else:
            shutil.copy2(src, dest / name)
    (dest / "data" / "processed").mkdir(exist_ok=True)


def _run_tests(workdir: Path, tests: tuple[str, ...], timeout: int) -> tuple[bool, float]:
    files = [f"tests/{t}" for t in tests if (workdir / "tests" / t).exists()]
    t0 = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
                               "-m", "not slow", *files], cwd=workdir, capture_output=True, timeout=timeout)
        passed = proc.returncode == 0
    except subprocess.TimeoutExpired:
        passed = False  # a mutant that makes the tests hang is noticed
    return passed, time.perf_counter() - t0


def run(chosen: list[Mutant], jobs: int, timeout: int) -> list[dict]:
    """Run each mutant's tests in one of ``jobs`` private copies of the project."""
    workdirs = [Path(tempfile.mkdtemp(prefix=f"mutation{j}_")) for j in range(jobs)]
    for w in workdirs:
        _copy_project(w)
    sources = {m.module: (ROOT / "analysis" / m.module).read_text(encoding="utf-8") for m in chosen}
    for w in workdirs:  # the unchanged project must pass, or every "kill" means nothing
        for module in sorted({m.module for m in chosen}):
            ok, _ = _run_tests(w, TARGETS[module], timeout)
            if not ok:
                raise SystemExit(f"error: the tests of {module} fail without any mutation; fix them first")
        break
    free = list(workdirs)
    results: list[dict] = []

    def one(m: Mutant) -> dict:
        w = free.pop()
        try:
            target = w / "analysis" / m.module
            target.write_text(_apply(ast.parse(sources[m.module]), m), encoding="utf-8")
            passed, seconds = _run_tests(w, TARGETS[m.module], timeout)
            target.write_text(sources[m.module], encoding="utf-8")
        finally:
            free.append(w)
        return {**asdict(m), "killed": not passed, "seconds": round(seconds, 1)}

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for k, r in enumerate(pool.map(one, chosen), 1):
            results.append(r)
            mark = "killed " if r["killed"] else "SURVIVED"
            print(f"[{k}/{len(chosen)}] {mark} {r['module']}:{r['line']} {r['kind']} {r['what']} ({r['seconds']} s)",
                  flush=True)
    for w in workdirs:
        shutil.rmtree(w, ignore_errors=True)
    return results


def report(results: list[dict]) -> str:
    """Killed / total per module, then every survivor."""
    lines = [f"{'module':24} {'killed':>7} {'total':>6} {'share':>7}"]
    modules = sorted({r["module"] for r in results})
    for module in modules:
        rs = [r for r in results if r["module"] == module]
        k = sum(r["killed"] for r in rs)
        lines.append(f"{module:24} {k:7d} {len(rs):6d} {100 * k / len(rs):6.1f} %")
    k = sum(r["killed"] for r in results)
    lines.append(f"{'all':24} {k:7d} {len(results):6d} {100 * k / max(len(results), 1):6.1f} %")
    survivors = [r for r in results if not r["killed"]]
    if survivors:
        lines += ["", "Survivors:"] + [f"  {r['module']}:{r['line']} {r['kind']} {r['what']}" for r in survivors]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modules", default=",".join(TARGETS),
                        help="comma-separated modules under analysis/ (default: all of %(default)s)")
    parser.add_argument("--per-module", type=int, default=40, help="mutants sampled per module; 0 = all (default %(default)s)")
    parser.add_argument("--seed", type=int, default=0, help="sampling seed (default %(default)s)")
    parser.add_argument("--jobs", type=int, default=2, help="parallel workers (default %(default)s)")
    parser.add_argument("--timeout", type=int, default=600, help="seconds per mutant's tests (default %(default)s)")
    parser.add_argument("--list", action="store_true", help="print the mutants and stop")
    parser.add_argument("--json", type=Path, help="write every result to this file")
    args = parser.parse_args(argv)
    modules = [m.strip() for m in args.modules.split(",") if m.strip()]
    unknown = [m for m in modules if m not in TARGETS]
    if unknown:
        parser.error(f"unknown module(s) {', '.join(unknown)}; known: {', '.join(TARGETS)}")
    chosen = mutants(modules, args.per_module, args.seed)
    if args.list:
        for m in chosen:
            print(f"{m.module}:{m.line} {m.kind} {m.what}")
        print(f"{len(chosen)} mutants")
        return 0
    results = run(chosen, args.jobs, args.timeout)
    print()
    print(report(results))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
