r"""Mutation run over the parsing and extraction rules: change one rule at a time, run the tests
that cover its module, and count the changes the tests notice ("killed") and those they do not
("survived" — a rule no test pins, or an equivalent change).

The mutants are the kinds of change that break a rule without breaking the program:

* ``drop``     one word dropped from a table of rule words (a tuple/list/set of strings with Chinese
               in it, a ``str.join`` of them, a dict of words to values), or one entry of any tuple of
               strings or bytes a membership test reads (``suffix in (".csv", ".tsv")``);
* ``key``      one entry dropped from a module-level dict of rules whose keys are not Chinese (a table
               of formats, of file signatures, of column roles);
* ``alt``      one alternative dropped from a regex alternation, Chinese or not (``(?:年底|年末)``,
               ``(?:GB|JT|JTG)``, ``<html[\s>]|<head[\s>]``), in any regex source the module compiles;
* ``class``    one character dropped from a regex character class (``[〔\[［【(（﹝]``, ``[、，,；;]``);
* ``cmp``      a comparison loosened or tightened (``<`` ↔ ``<=``, ``>`` ↔ ``>=``, ``==`` ↔ ``!=``);
* ``num``      a numeric threshold moved by one (``len(x) <= 30`` → ``<= 31``);
* ``map``      a value of a small mapping changed (a month, a role, a level).

A mutant is named by its module, the top-level definition it sits in and what it changes
(``parse/extract/targets.py::TARGET_UNITS::drop drop '家'``), a name that survives edits elsewhere in the
module. A survivor that cannot be killed because the change does not change what the module
does is **equivalent**: it is listed with the reason in ``scripts/mutation_equivalent.md`` (read
by this script) or recognised by one rule written here — in a module that only ever sees
normalized text, a character the normalizer never lets through (ASCII ``(`` ``)`` ``;``, full-width
digits, letters and signs, the ideographic space) dropped from a class, an alternation or a table. Equivalent
mutants are run like the others, reported apart and left out of the share killed.

Usage::

    python scripts/mutation.py                      # every module, a seeded sample per module
    python scripts/mutation.py --modules extract/deadlines.py --per-module 0   # every mutant of one module
    python scripts/mutation.py --modules structure.py --tests test_properties.py  # what one test file kills
    python scripts/mutation.py --list               # the mutants, without running anything
    python scripts/mutation.py --per-module 10 --skip-tests test_properties.py  # a quicker, weaker sample

Results of the audits: ``scripts/mutation_results.md``.

Each worker runs in its own copy of the project (``analysis``, ``tests``, ``data``), so the
working tree is never touched. The property tests run with the ``mutation`` Hypothesis profile
(the CI examples, no shrinking), so a kill is repeatable. Not part of ``make test``: it takes
hours for every module (``make mutation``).
"""
from __future__ import annotations

import argparse
import ast
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from collections import Counter
from dataclasses import asdict, dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: module (path under analysis/) → the test files that cover its rules (the quick, specific ones first:
#: the first failure ends a mutant's run)
TARGETS: dict[str, tuple[str, ...]] = {
    "parse/divisions.py": ("test_rules_tables_structure.py", "test_rules_tables_corpus.py", "test_rules_round30.py", "test_rules_round42.py", "test_rules_round41.py", "test_rules_round39.py", "test_rules_round38.py", "test_rules_round37.py", "test_rules_round36.py", "test_rules_round35.py", "test_rules_round34.py", "test_rules_round33.py", "test_rules_round32.py", "test_rules_round31.py", "test_rules_round29.py", "test_rules_round23.py", "test_rules_round24.py", "test_rules_round25.py", "test_rules_round26.py", "test_rules_round27.py", "test_rules_tables_metadata.py", "test_rules_tables_text.py", "test_rules_mutation_round9.py", "test_rules_mutation_round8.py", "test_rules_mutation_round7.py", "test_rules_mutation_round6.py", "test_rules_round17.py", "test_conventions.py", "test_metadata_and_inspect.py", "test_rules_metadata.py", "test_corpus_title.py",
                      "test_rules_mutation_round5.py", "test_rules_mutation_round3.py", "test_rules_mutation.py", "test_rules_round2.py", "test_rules_round3.py", "test_rules_round4.py", "test_rules_round5.py", "test_rules_round6.py",
                      "test_rules_round7.py", "test_rules_round8.py", "test_rules_round9.py", "test_rules_round10.py", "test_rules_round11.py", "test_rules_round12.py", "test_rules_round13.py", "test_rules_round14.py", "test_rules_round15.py", "test_rules_round16.py", "test_rules_round18.py",
                      "test_generalization.py", "test_properties.py"),
    "parse/corpus.py": ("test_rules_tables_round30.py", "test_rules_tables_structure.py", "test_rules_tables_corpus.py", "test_rules_round30.py", "test_rules_round42.py", "test_rules_round41.py", "test_rules_round39.py", "test_rules_round38.py", "test_rules_round37.py", "test_rules_round36.py", "test_rules_round35.py", "test_rules_round34.py", "test_rules_round33.py", "test_rules_round32.py", "test_rules_round31.py", "test_rules_round29.py", "test_rules_round23.py", "test_rules_round24.py", "test_rules_round25.py", "test_rules_round26.py", "test_rules_round27.py", "test_rules_tables_metadata.py", "test_rules_tables_text.py", "test_rules_mutation_round9.py", "test_rules_mutation_round8.py", "test_rules_round21.py", "test_rules_round22.py", "test_rules_mutation_round7.py", "test_rules_mutation_round6.py", "test_rules_round9.py", "test_rules_round10.py", "test_rules_round11.py", "test_rules_round12.py", "test_rules_round13.py", "test_rules_round14.py", "test_rules_round15.py", "test_rules_round16.py", "test_rules_round17.py", "test_rules_round18.py", "test_rules_round19.py", "test_rules_round20.py", "test_rules_mutation.py", "test_rules_metadata.py", "test_rules_structure.py",
                  "test_rules_round2.py", "test_rules_round3.py", "test_rules_round4.py", "test_rules_round5.py", "test_corpus.py", "test_conventions.py",
                  "test_properties.py"),
    "parse/one_line.py": ("test_rules_tables_round30.py", "test_rules_tables_outline.py", "test_rules_tables_structure.py", "test_rules_tables_corpus.py", "test_rules_round30.py", "test_rules_round42.py", "test_rules_round41.py", "test_rules_round39.py", "test_rules_round38.py", "test_rules_round37.py", "test_rules_round36.py", "test_rules_round35.py", "test_rules_round34.py", "test_rules_round33.py", "test_rules_round32.py", "test_rules_round31.py", "test_rules_round29.py", "test_rules_round23.py", "test_rules_round24.py", "test_rules_round25.py", "test_rules_round26.py", "test_rules_round27.py", "test_rules_tables_metadata.py", "test_rules_tables_text.py", "test_rules_mutation_round9.py", "test_rules_mutation_round8.py", "test_rules_round21.py", "test_rules_round22.py", "test_rules_mutation_round7.py", "test_rules_mutation_round5.py", "test_rules_mutation_round3.py", "test_rules_mutation.py", "test_rules_round2.py", "test_rules_round4.py", "test_rules_round7.py", "test_rules_structure.py", "test_corpus.py",
                    "test_properties.py"),
    "parse/metadata.py": ("test_rules_tables_structure.py", "test_rules_tables_corpus.py", "test_rules_round30.py", "test_rules_round42.py", "test_rules_round41.py", "test_rules_round39.py", "test_rules_round38.py", "test_rules_round37.py", "test_rules_round36.py", "test_rules_round35.py", "test_rules_round34.py", "test_rules_round33.py", "test_rules_round32.py", "test_rules_round31.py", "test_rules_round29.py", "test_rules_round23.py", "test_rules_round24.py", "test_rules_round25.py", "test_rules_round26.py", "test_rules_round27.py", "test_rules_tables_metadata.py", "test_rules_tables_text.py", "test_rules_mutation_round9.py", "test_rules_mutation_round8.py", "test_rules_round21.py", "test_rules_round22.py", "test_rules_mutation_round7.py", "test_rules_mutation_round6.py", "test_rules_mutation_round5.py", "test_rules_mutation_round4.py", "test_rules_mutation_round3.py", "test_rules_mutation.py", "test_rules_metadata.py", "test_rules_round2.py", "test_rules_round3.py", "test_rules_round4.py", "test_rules_round5.py", "test_rules_round6.py",
                    "test_rules_round7.py", "test_rules_round8.py", "test_rules_round9.py", "test_rules_round10.py", "test_rules_round11.py", "test_rules_round12.py", "test_rules_round13.py", "test_rules_round14.py", "test_rules_round15.py", "test_rules_round16.py", "test_rules_round17.py", "test_rules_round18.py", "test_rules_round19.py", "test_rules_round20.py", "test_metadata_and_inspect.py", "test_conventions.py", "test_generalization.py", "test_properties.py"),
    "parse/structure.py": ("test_rules_tables_round30.py", "test_rules_tables_structure.py", "test_rules_tables_corpus.py", "test_rules_round30.py", "test_rules_round42.py", "test_rules_round41.py", "test_rules_round39.py", "test_rules_round38.py", "test_rules_round37.py", "test_rules_round36.py", "test_rules_round35.py", "test_rules_round34.py", "test_rules_round33.py", "test_rules_round32.py", "test_rules_round31.py", "test_rules_round29.py", "test_rules_round23.py", "test_rules_round24.py", "test_rules_round25.py", "test_rules_round26.py", "test_rules_round27.py", "test_rules_tables_metadata.py", "test_rules_tables_text.py", "test_rules_mutation_round9.py", "test_rules_mutation_round8.py", "test_rules_round21.py", "test_rules_round22.py", "test_rules_mutation_round7.py", "test_rules_mutation_round6.py", "test_rules_mutation_round5.py", "test_rules_mutation_round4.py", "test_rules_mutation_round3.py", "test_rules_mutation_structure.py", "test_rules_mutation.py", "test_rules_structure.py",
                     "test_rules_round2.py", "test_rules_round3.py", "test_rules_round4.py", "test_rules_round5.py", "test_rules_round6.py", "test_rules_round7.py", "test_rules_round8.py", "test_rules_round9.py", "test_rules_round10.py", "test_rules_round11.py", "test_rules_round12.py", "test_rules_round13.py", "test_rules_round14.py", "test_rules_round15.py", "test_rules_round16.py", "test_rules_round17.py", "test_rules_round18.py", "test_rules_round19.py", "test_rules_round20.py", "test_structure.py", "test_conventions.py",
                     "test_generalization.py", "test_properties.py"),
    "parse/text_tables.py": ("test_rules_tables_round30.py", "test_rules_tables_structure.py", "test_rules_tables_corpus.py", "test_rules_round30.py", "test_rules_round42.py", "test_rules_round41.py", "test_rules_round39.py", "test_rules_round38.py", "test_rules_round37.py", "test_rules_round36.py", "test_rules_round35.py", "test_rules_round34.py", "test_rules_round33.py", "test_rules_round32.py", "test_rules_round31.py", "test_rules_round29.py", "test_rules_round23.py", "test_rules_round24.py", "test_rules_round25.py", "test_rules_round26.py", "test_rules_round27.py", "test_rules_tables_metadata.py", "test_rules_tables_text.py", "test_rules_mutation_round9.py", "test_rules_mutation_round8.py", "test_rules_round21.py", "test_rules_round22.py", "test_rules_mutation_round7.py", "test_rules_mutation_round6.py", "test_rules_mutation_round5.py", "test_rules_mutation_round4.py", "test_rules_round9.py", "test_rules_round10.py", "test_rules_round11.py", "test_rules_round12.py", "test_rules_round13.py", "test_rules_round14.py", "test_rules_round15.py", "test_rules_round16.py", "test_rules_round17.py", "test_rules_round18.py", "test_rules_round19.py", "test_rules_round20.py", "test_rules_mutation_round3.py", "test_rules_mutation_structure.py", "test_rules_mutation.py", "test_rules_structure.py",
                       "test_conventions.py", "test_metadata_and_inspect.py", "test_structure.py", "test_properties.py"),
    "parse/extract/deadlines.py": ("test_rules_tables_structure.py", "test_rules_tables_corpus.py", "test_rules_round30.py", "test_rules_round42.py", "test_rules_round41.py", "test_rules_round39.py", "test_rules_round38.py", "test_rules_round37.py", "test_rules_round36.py", "test_rules_round35.py", "test_rules_round34.py", "test_rules_round33.py", "test_rules_round32.py", "test_rules_round31.py", "test_rules_mutation_round9.py", "test_rules_mutation_round8.py", "test_rules_round21.py", "test_rules_round22.py", "test_rules_mutation_round6.py", "test_rules_mutation_round5.py", "test_rules_mutation_round4.py", "test_rules_round9.py", "test_rules_round10.py", "test_rules_round11.py", "test_rules_round12.py", "test_rules_round13.py", "test_rules_round14.py", "test_rules_round15.py", "test_rules_round16.py", "test_rules_round17.py", "test_rules_round18.py", "test_rules_round19.py", "test_rules_round20.py", "test_rules_mutation_structure.py", "test_rules_mutation.py", "test_rules_structure.py",
                             "test_extract.py", "test_conventions.py", "test_properties.py"),
    "parse/extract/units.py": ("test_rules_tables_round30.py", "test_rules_tables_structure.py", "test_rules_tables_corpus.py", "test_rules_round30.py", "test_rules_round42.py", "test_rules_round41.py", "test_rules_round39.py", "test_rules_round38.py", "test_rules_round37.py", "test_rules_round36.py", "test_rules_round35.py", "test_rules_round34.py", "test_rules_round33.py", "test_rules_round32.py", "test_rules_round31.py", "test_rules_round29.py", "test_rules_round23.py", "test_rules_round24.py", "test_rules_round25.py", "test_rules_round26.py", "test_rules_round27.py", "test_rules_tables_metadata.py", "test_rules_tables_text.py", "test_rules_mutation_round9.py", "test_rules_round21.py", "test_rules_round22.py", "test_rules_mutation_round7.py", "test_rules_mutation_round6.py", "test_rules_mutation_round5.py", "test_rules_mutation_round4.py", "test_rules_round9.py", "test_rules_round10.py", "test_rules_round11.py", "test_rules_round12.py", "test_rules_round13.py", "test_rules_round14.py", "test_rules_round15.py", "test_rules_round16.py", "test_rules_round17.py", "test_rules_round18.py", "test_rules_round19.py", "test_rules_round20.py", "test_rules_mutation_round3.py", "test_rules_mutation_structure.py", "test_rules_mutation.py", "test_rules_structure.py",
                         "test_rules_round2.py", "test_rules_round3.py", "test_rules_round4.py", "test_rules_round7.py", "test_extract.py", "test_conventions.py",
                         "test_properties.py"),
    "parse/extract/training.py": ("test_rules_tables_structure.py", "test_rules_tables_corpus.py", "test_rules_round27.py", "test_rules_mutation_round9.py", "test_rules_mutation_round5.py", "test_rules_mutation.py", "test_rules_structure.py", "test_extract.py", "test_conventions.py",
                            "test_properties.py"),
    "parse/extract/targets.py": ("test_rules_tables_structure.py", "test_rules_tables_corpus.py", "test_rules_mutation_round6.py", "test_rules_mutation.py", "test_rules_structure.py", "test_extract.py", "test_properties.py"),
    "parse/extract/citations.py": ("test_rules_tables_structure.py", "test_rules_tables_corpus.py", "test_rules_round37.py", "test_rules_round32.py", "test_rules_round33.py", "test_rules_mutation_round8.py", "test_rules_mutation_round5.py", "test_rules_mutation.py", "test_rules_structure.py", "test_rules_round3.py", "test_rules_round5.py", "test_extract.py",
                             "test_conventions.py", "test_properties.py"),
    "ingest/task_tables.py": ("test_rules_tables_structure.py", "test_rules_tables_corpus.py", "test_rules_round27.py", "test_rules_round41.py", "test_rules_mutation_round6.py", "test_rules_mutation.py", "test_ingest_tables.py", "test_ingest_sniff.py",
                              "test_rules_round3.py"),
    "parse/confidence.py": ("test_rules_tables_structure.py", "test_rules_tables_corpus.py", "test_rules_round30.py", "test_rules_round42.py", "test_rules_round41.py", "test_rules_round39.py", "test_rules_round38.py", "test_rules_round37.py", "test_rules_round36.py", "test_rules_round35.py", "test_rules_round34.py", "test_rules_round33.py", "test_rules_round32.py", "test_rules_round31.py", "test_rules_round29.py", "test_rules_round23.py", "test_rules_round24.py", "test_rules_round25.py", "test_rules_round26.py", "test_rules_round27.py", "test_rules_tables_metadata.py", "test_rules_tables_text.py", "test_rules_mutation_round9.py", "test_rules_mutation_round8.py", "test_rules_round21.py", "test_rules_round22.py", "test_rules_mutation_round7.py", "test_rules_mutation_round6.py", "test_rules_round9.py", "test_rules_round10.py", "test_rules_round11.py", "test_rules_round12.py", "test_rules_round13.py", "test_rules_round14.py", "test_rules_round15.py", "test_rules_round16.py", "test_rules_round17.py", "test_rules_round18.py", "test_rules_round19.py", "test_rules_round20.py", "test_rules_mutation_round3.py", "test_rules_round3.py", "test_rules_round4.py", "test_rules_round5.py", "test_rules_round7.py", "test_rules_metadata.py", "test_metadata_and_inspect.py"),
    "ingest/sniff.py": ("test_rules_tables_structure.py", "test_rules_tables_corpus.py", "test_ingest_sniff.py", "test_rules_round5.py"),
    "parse/decimal_outline.py": ("test_rules_tables_outline.py", "test_rules_round30.py", "test_rules_round42.py", "test_rules_round41.py", "test_rules_round39.py", "test_rules_round38.py", "test_rules_round37.py", "test_rules_round36.py", "test_rules_round35.py", "test_rules_round34.py", "test_rules_round33.py", "test_rules_round32.py", "test_rules_round31.py", "test_rules_round29.py", "test_rules_tables_structure.py", "test_structure.py", "test_rules_structure.py",
                                 "test_conventions.py"),
    "ingest/numbering.py": ("test_rules_tables_structure.py", "test_rules_tables_corpus.py", "test_ingest_word.py",),
}
#: modules that only ever read normalized text (see the equivalence rule in the docstring); text_tables and
#: one_line are called by passes of corpus.normalize that run after its width step (and by structure, metadata)
SEES_NORMALIZED_TEXT = {"parse/metadata.py", "parse/decimal_outline.py", "parse/structure.py", "parse/extract/deadlines.py", "parse/extract/units.py",
                        "parse/extract/training.py", "parse/extract/targets.py", "parse/extract/citations.py", "parse/text_tables.py",
                        "parse/one_line.py"}
#: definitions of other modules that only ever read text the width step has normalized (in corpus.py,
#: the furniture, page-number and run-in-heading passes run after ``_normalize_width``; see ``normalize``)
NORMALIZED_DEFINITIONS = {"parse/corpus.py": {"_FURNITURE", "_DATELINE", "_remove_furniture", "_PAGE_NUMBER",
                                        "_remove_page_numbers", "_RUN_IN", "_split_run_in_headings"}}
#: characters the normalizer (analysis.parse.corpus) never leaves in a document's text: ASCII ( ) ; become
#: full-width, full-width digits, letters and signs and the ideographic space become ASCII (ASCII , and
#: : stay between ASCII letters or digits: 14:30, 1,000), line ends become \n
NEVER_IN_NORMALIZED_TEXT = set("();\r\u3000％．＋－／＝＠＆＃") | {chr(c) for c in range(0xFF10, 0xFF1A)} | {
    chr(c) for c in range(0xFF21, 0xFF3B)} | {chr(c) for c in range(0xFF41, 0xFF5B)}
EQUIVALENT_FILE = ROOT / "scripts" / "mutation_equivalent.md"
_FLIP = {ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt, ast.Eq: ast.NotEq, ast.NotEq: ast.Eq}
_CJK = re.compile(r"[\u4e00-\u9fff]")
_RE_CALLS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}
_REGEX_SYNTAX = re.compile(r"\(\?|\[|\\[dswuDSW]|\|")


@dataclass(frozen=True)
class Mutant:
    """One change: in ``module``, inside the top-level definition ``where``, at ``line``, of ``kind``;
    ``node`` is the index of the node in ``ast.walk`` order and ``arg`` says which element /
    alternative / character / operator."""

    module: str
    kind: str
    line: int
    node: int
    arg: int
    what: str
    where: str = ""

    @property
    def name(self) -> str:
        """``module::where::kind what`` — the name the equivalents file uses."""
        return f"{self.module}::{self.where}::{self.kind} {self.what}"


# -- regex sources ------------------------------------------------------------------------------

def _escape_end(p: str, i: int) -> int:
    """End of the escape starting at ``p[i] == '\\'``."""
    nxt = p[i + 1:i + 2]
    return i + {"u": 6, "x": 4, "U": 10}.get(nxt, 2)


def _group_content(p: str, open_: int) -> int | None:
    """Where the alternatives of the group opening at ``open_`` start (None: a group whose
    alternatives are not a rule's, such as an inline flag or a conditional)."""
    if p[open_ + 1:open_ + 2] != "?":
        return open_ + 1
    rest = p[open_ + 2:]
    if rest[:1] in (":", "=", "!"):
        return open_ + 3
    if rest[:2] in ("<=", "<!"):
        return open_ + 4
    if rest[:2] == "P<":
        close = p.find(">", open_)
        return close + 1 if close > 0 else None
    return None


def regex_parts(p: str, whole: bool) -> tuple[list[list[tuple[int, int]]], list[tuple[list[tuple[int, int]], list[int]]]]:
    """The alternations and character classes of regex source ``p`` (a whole pattern when ``whole``,
    else a piece of one, whose top level is not an alternation of its own).

    Out: ``(alternations, classes)``: each alternation a list of ``(start, end)`` spans of its
    alternatives (at least two), in the order of the groups' closing; each class ``(members, ranges)``
    — ``(start, end)`` spans of its single-character members, and the members that open a range."""
    alternations, classes = [], []
    stack: list[tuple[int, list[int]]] = [(-1, [])]
    top_ok = whole
    i, n = 0, len(p)
    while i < n:
        c = p[i]
        if c == "\\":
            i = _escape_end(p, i)
            continue
        if c == "[":
            j = i + 1 + (p[i + 1:i + 2] == "^")
            members, ranges = [], []
            first = True
            while j < n and (p[j] != "]" or first):
                k = _escape_end(p, j) if p[j] == "\\" else j + 1
                if p[k:k + 1] == "-" and k + 1 < n and p[k + 1] != "]":
                    ranges.append(j)  # a range a-z: kept whole
                    k2 = k + 1
                    k = _escape_end(p, k2) if p[k2] == "\\" else k2 + 1
                else:
                    members.append((j, k))
                j, first = k, False
            classes.append((members, ranges))
            i = j + 1
            continue
        if c == "(":
            stack.append((i, []))
        elif c == ")":
            if len(stack) == 1:  # closes a group opened in another piece
                top_ok, stack[0] = False, (-1, [])
            else:
                open_, bars = stack.pop()
                start = _group_content(p, open_)
                if bars and start is not None:
                    cuts = [start - 1, *bars, i]
                    alternations.append([(a + 1, b) for a, b in zip(cuts, cuts[1:])])
        elif c == "|":
            stack[-1][1].append(i)
        i += 1
    if len(stack) == 1 and top_ok and stack[0][1]:
        cuts = [-1, *stack[0][1], n]
        alternations.append([(a + 1, b) for a, b in zip(cuts, cuts[1:])])
    return alternations, [(m, r) for m, r in classes if len(m) + len(r) >= 2 and m and len(m) + len(r) <= 16]


def _literal(piece: str) -> str:
    """The character a class member or an alternative stands for, when it is one (``\\(`` → ``(``)."""
    if len(piece) == 1:
        return piece
    if piece.startswith("\\u") and len(piece) == 6:
        return chr(int(piece[2:], 16))
    if piece.startswith("\\") and len(piece) == 2 and not piece[1].isalnum():
        return piece[1]
    return ""


def _regex_sources(tree: ast.Module) -> dict[int, bool]:
    """``id`` of every string constant that is a regex source → whether it is a whole pattern: the
    constants of a ``re`` call's arguments (an f-string's pieces are pieces), and module-level
    string assignments that look like regex sources (``NUMERAL = r"(?:\\d+|…)"``, used in other patterns)."""
    out: dict[int, bool] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _RE_CALLS \
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" and node.args:
            pattern = node.args[0]
            for sub in ast.walk(pattern):
                if isinstance(sub, ast.Constant) and isinstance(sub.value, (str, bytes)):
                    out[id(sub)] = sub is pattern
    for stmt in tree.body:
        # a regex source assigned to a name: a string, an f-string or a concatenation (not a table of words)
        if isinstance(stmt, (ast.Assign, ast.AnnAssign)) and isinstance(stmt.value, (ast.Constant, ast.JoinedStr,
                                                                                     ast.BinOp)):
            for sub in ast.walk(stmt.value):
                if isinstance(sub, ast.Constant) and isinstance(sub.value, str) and _REGEX_SYNTAX.search(sub.value) \
                        and id(sub) not in out:
                    out[id(sub)] = sub is stmt.value
    return out


# -- finding the mutants ------------------------------------------------------------------------

def _where(tree: ast.Module) -> dict[int, str]:
    """``id`` of every node → the top-level definition it sits in (``find_deadlines``,
    ``ListNumbering.label``, ``TARGET_UNITS``)."""
    out: dict[int, str] = {}
    for stmt in tree.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            name = stmt.name
        elif isinstance(stmt, ast.ClassDef):
            for sub in stmt.body:
                label = f"{stmt.name}.{sub.name}" if isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef)) else stmt.name
                for node in ast.walk(sub):
                    out[id(node)] = label
            continue
        elif isinstance(stmt, ast.Assign):
            name = ",".join(ast.unparse(t) for t in stmt.targets)
        elif isinstance(stmt, ast.AnnAssign):
            name = ast.unparse(stmt.target)
        else:
            name = f"line {stmt.lineno}"
        for node in ast.walk(stmt):
            out[id(node)] = name
    return out


def _strings(node: ast.AST) -> list[str] | None:
    elts = getattr(node, "elts", None)
    if elts and len(elts) >= 2 and all(isinstance(e, ast.Constant) and isinstance(e.value, (str, bytes)) for e in elts):
        return [e.value for e in elts]
    return None


def _membership_tables(tree: ast.Module) -> set[int]:
    """``id`` of every tuple/list/set of strings a membership test reads (``x in (…)``)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], (ast.In, ast.NotIn)):
            if _strings(node.comparators[0]) is not None:
                out.add(id(node.comparators[0]))
    return out


def _module_dicts(tree: ast.Module) -> set[int]:
    out = set()
    for stmt in tree.body:
        if isinstance(stmt, (ast.Assign, ast.AnnAssign)) and isinstance(stmt.value, ast.Dict):
            out.add(id(stmt.value))
    return out


def _mutants_of(module: str, tree: ast.Module) -> list[Mutant]:
    out: list[Mutant] = []
    where = _where(tree)
    sources = _regex_sources(tree)
    membership = _membership_tables(tree)
    module_dicts = _module_dicts(tree)

    def add(kind: str, node: ast.AST, idx: int, arg: int, what: str) -> None:
        out.append(Mutant(module, kind, getattr(node, "lineno", 0), idx, arg, what, where.get(id(node), "")))

    for idx, node in enumerate(ast.walk(tree)):
        words = _strings(node)
        if words and (any(isinstance(w, str) and _CJK.search(w) for w in words) or id(node) in membership):
            for k, w in enumerate(words):
                add("drop", node, idx, k, f"drop {w!r}")
        if isinstance(node, ast.Dict) and len(node.keys) >= 2:
            keys = node.keys
            if all(isinstance(k, ast.Constant) and isinstance(k.value, (str, bytes)) for k in keys):
                cjk = [k for k in range(len(keys)) if isinstance(keys[k].value, str) and _CJK.search(keys[k].value)]
                for k in range(len(keys)):
                    if k in cjk:
                        add("drop", node, idx, k, f"drop key {keys[k].value!r}")
                    elif id(node) in module_dicts:
                        add("key", node, idx, k, f"drop key {keys[k].value!r}")
                values = node.values
                # a mapping to rule values (a month, a role, a level), not to descriptions
                if all(isinstance(v, ast.Constant) and isinstance(v.value, (int, str))
                       and not (isinstance(v.value, str) and (" " in v.value or len(v.value) > 20)) for v in values):
                    distinct = sorted({v.value for v in values}, key=str)
                    if 2 <= len(distinct) <= 40:
                        for k in range(len(keys)):
                            add("map", node, idx, k, f"{keys[k].value!r}: {values[k].value!r} changed")
        if isinstance(node, ast.Constant) and id(node) in sources:
            text = node.value.decode("latin-1") if isinstance(node.value, bytes) else node.value
            alternations, classes = regex_parts(text, sources[id(node)])
            for g, alts in enumerate(alternations):
                for k, (a, b) in enumerate(alts):
                    add("alt", node, idx, g * 1000 + k, f"drop alternative {text[a:b]!r}")
            for c, (members, _) in enumerate(classes):
                for k, (a, b) in enumerate(members):
                    add("class", node, idx, c * 1000 + k, f"drop {text[a:b]!r} from class")
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _FLIP:
            operands = [node.left, *node.comparators]
            if any(isinstance(o, ast.Constant) and isinstance(o.value, (int, float)) and not isinstance(o.value, bool)
                   for o in operands) or any(isinstance(o, ast.Call) and getattr(o.func, "id", "") == "len"
                                             for o in operands):
                add("cmp", node, idx, 0, f"{type(node.ops[0]).__name__} → {_FLIP[type(node.ops[0])].__name__}")
                for k, o in enumerate(operands):
                    if isinstance(o, ast.Constant) and isinstance(o.value, int) and not isinstance(o.value, bool):
                        add("num", node, idx, k, f"threshold {o.value} → {o.value + 1}")
    # the same change twice in one definition (three (?:19|20) in one pattern): numbered in source order
    seen = Counter(m.name for m in out)
    nth: Counter = Counter()
    for k, m in enumerate(out):
        if seen[m.name] > 1:
            nth[m.name] += 1
            out[k] = replace(m, what=f"{m.what} #{nth[m.name]}")
    return out


def _apply(tree: ast.Module, m: Mutant) -> str:
    nodes = list(ast.walk(tree))
    node = nodes[m.node]
    if m.kind in ("drop", "key") and isinstance(node, ast.Dict):
        del node.keys[m.arg], node.values[m.arg]
    elif m.kind == "drop":
        del node.elts[m.arg]
    elif m.kind == "map":
        values = sorted({v.value for v in node.values}, key=str)
        old = node.values[m.arg].value
        node.values[m.arg] = ast.Constant(values[(values.index(old) + 1) % len(values)])
    elif m.kind in ("alt", "class"):
        is_bytes = isinstance(node.value, bytes)
        text = node.value.decode("latin-1") if is_bytes else node.value
        whole = _regex_sources(tree)[id(node)]
        alternations, classes = regex_parts(text, whole)
        group, k = divmod(m.arg, 1000)
        if m.kind == "alt":
            alts = alternations[group]
            a, b = alts[k]
            # drop the alternative with the bar before it (after it, for the first)
            a, b = (alts[k - 1][1], b) if k else (a, alts[k + 1][0])
        else:
            a, b = classes[group][0][k]
        text = text[:a] + text[b:]
        node.value = text.encode("latin-1") if is_bytes else text
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


# -- equivalent mutants -------------------------------------------------------------------------

def read_equivalents(path: Path = EQUIVALENT_FILE) -> dict[str, str]:
    """Mutant name → why it is equivalent, from the table of ``scripts/mutation_equivalent.md``
    (rows ``| `module::where::kind what` | reason |``)."""
    out: dict[str, str] = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\|\s*`(?P<name>[^`]+)`\s*\|\s*(?P<why>.*?)\s*\|\s*$", line)
        if m:
            out[m["name"]] = m["why"]
    return out


def equivalence(m: Mutant, table: dict[str, str]) -> str | None:
    """Why ``m`` is equivalent, or None."""
    if m.name in table:
        return table[m.name]
    if (m.module in SEES_NORMALIZED_TEXT or m.where in NORMALIZED_DEFINITIONS.get(m.module, ())) \
            and m.kind in ("class", "alt", "drop"):
        piece = re.match(r"drop (?:alternative )?('.*')(?: from class)?(?: #\d+)?$", m.what)
        char = _literal(ast.literal_eval(piece.group(1))) if piece else ""
        if char and char in NEVER_IN_NORMALIZED_TEXT:
            return f"{char!r} never reaches this rule: the normalizer rewrites it first (analysis.parse.corpus, width step)"
    return None


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
    # the property tests' CI examples, without shrinking a failure (a kill needs no minimal example)
    # (PYTHONPATH: the copy's own package, never the working tree's)
    env = {**os.environ, "HYPOTHESIS_PROFILE": "mutation", "PYTHONPATH": str(workdir)}
    t0 = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
                               "-m", "not slow", *files], cwd=workdir, capture_output=True, timeout=timeout, env=env)
        passed = proc.returncode == 0
    except subprocess.TimeoutExpired:
        passed = False  # a mutant that makes the tests hang is noticed
    return passed, time.perf_counter() - t0


def run(chosen: list[Mutant], jobs: int, timeout: int, tests: tuple[str, ...] | None = None) -> list[dict]:
    """Run each mutant's tests (its module's, or ``tests``) in one of ``jobs`` private copies of
    the project."""
    workdirs = [Path(tempfile.mkdtemp(prefix=f"mutation{j}_")) for j in range(jobs)]
    for w in workdirs:
        _copy_project(w)
    sources = {m.module: (ROOT / "analysis" / m.module).read_text(encoding="utf-8") for m in chosen}
    equivalents = read_equivalents()
    # the unchanged project must pass, or every "kill" means nothing (every module's tests in one run)
    every = tests or tuple(dict.fromkeys(t for module in sorted({m.module for m in chosen}) for t in TARGETS[module]))
    ok, _ = _run_tests(workdirs[0], every, timeout * 4)
    if not ok:
        for w in workdirs:
            shutil.rmtree(w, ignore_errors=True)
        raise SystemExit(f"error: the tests ({', '.join(every)}) fail without any mutation; fix them first")
    free = list(workdirs)
    results: list[dict] = []

    def one(m: Mutant) -> dict:
        w = free.pop()
        try:
            target = w / "analysis" / m.module
            target.write_text(_apply(ast.parse(sources[m.module]), m), encoding="utf-8")
            passed, seconds = _run_tests(w, tests or TARGETS[m.module], timeout)
            target.write_text(sources[m.module], encoding="utf-8")
        finally:
            free.append(w)
        return {**asdict(m), "name": m.name, "killed": not passed, "equivalent": equivalence(m, equivalents),
                "seconds": round(seconds, 1)}

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for k, r in enumerate(pool.map(one, chosen), 1):
            results.append(r)
            mark = "killed " if r["killed"] else ("equival." if r["equivalent"] else "SURVIVED")
            print(f"[{k}/{len(chosen)}] {mark} {r['module']}:{r['line']} {r['where']} {r['kind']} {r['what']} "
                  f"({r['seconds']} s)", flush=True)
    for w in workdirs:
        shutil.rmtree(w, ignore_errors=True)
    return results


def report(results: list[dict]) -> str:
    """Per module: mutants, equivalent ones, killed of the others and the share; then every
    survivor, then the equivalent mutants that survived with the reason (an equivalent mutant a
    test kills is no longer equivalent: its entry is stale and is listed too)."""
    lines = [f"{'module':24} {'mutants':>7} {'equiv.':>6} {'killed':>7} {'of':>5} {'share':>7}"]
    modules = sorted({r["module"] for r in results})

    def row(name: str, rs: list[dict]) -> str:
        counted = [r for r in rs if not (r["equivalent"] and not r["killed"])]
        k = sum(r["killed"] for r in counted)
        return (f"{name:24} {len(rs):7d} {len(rs) - len(counted):6d} {k:7d} {len(counted):5d} "
                f"{100 * k / max(len(counted), 1):6.1f} %")

    lines += [row(module, [r for r in results if r["module"] == module]) for module in modules]
    lines.append(row("all", results))
    survivors = [r for r in results if not r["killed"] and not r["equivalent"]]
    if survivors:
        lines += ["", "Survivors:"] + [f"  {r['name']}   (line {r['line']})" for r in survivors]
    equivalent = [r for r in results if r["equivalent"] and not r["killed"]]
    if equivalent:
        lines += ["", "Equivalent (not counted):"] + [f"  {r['name']}: {r['equivalent']}" for r in equivalent]
    stale = [r for r in results if r["equivalent"] and r["killed"]]
    if stale:
        lines += ["", "Listed as equivalent but killed (remove from the list):"] + [f"  {r['name']}" for r in stale]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modules", default=",".join(TARGETS),
                        help="comma-separated modules under analysis/ (default: all of %(default)s)")
    parser.add_argument("--per-module", type=int, default=40, help="mutants sampled per module; 0 = all (default %(default)s)")
    parser.add_argument("--seed", type=int, default=0, help="sampling seed (default %(default)s)")
    parser.add_argument("--jobs", type=int, default=2, help="parallel workers (default %(default)s)")
    parser.add_argument("--timeout", type=int, default=600, help="seconds per mutant's tests (default %(default)s)")
    parser.add_argument("--kinds", help="comma-separated mutant kinds to keep (default: all)")
    parser.add_argument("--match", help="keep only the mutants whose name holds this text (a regex)")
    parser.add_argument("--tests", help="comma-separated test files to run instead of each module's own "
                                        "(what one test file kills: --tests test_properties.py)")
    parser.add_argument("--skip-tests", help="comma-separated test files left out of every module's own "
                                             "(a quicker, weaker run: --skip-tests test_properties.py)")
    parser.add_argument("--list", action="store_true", help="print the mutants and stop")
    parser.add_argument("--json", type=Path, help="write every result to this file")
    args = parser.parse_args(argv)
    modules = [m.strip() for m in args.modules.split(",") if m.strip()]
    unknown = [m for m in modules if m not in TARGETS]
    if unknown:
        parser.error(f"unknown module(s) {', '.join(unknown)}; known: {', '.join(TARGETS)}")
    chosen = mutants(modules, args.per_module, args.seed)
    if args.kinds:
        chosen = [m for m in chosen if m.kind in args.kinds.split(",")]
    if args.match:
        chosen = [m for m in chosen if re.search(args.match, m.name)]
    if args.list:
        equivalents = read_equivalents()
        for m in chosen:
            why = equivalence(m, equivalents)
            print(f"{m.name}   (line {m.line})" + (f"   [equivalent: {why}]" if why else ""))
        print(f"{len(chosen)} mutants")
        return 0
    tests = tuple(t.strip() for t in args.tests.split(",")) if args.tests else None
    if args.skip_tests:
        skip = {t.strip() for t in args.skip_tests.split(",")}
        for module in modules:
            TARGETS[module] = tuple(t for t in TARGETS[module] if t not in skip)
    results = run(chosen, args.jobs, args.timeout, tests)
    print()
    print(report(results))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
