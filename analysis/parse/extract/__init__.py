"""Stage 3 — extract: deadlines, responsible units, training requirements, targets and citations.

In:  text of clauses and parentheticals (from :mod:`analysis.parse.structure`).
Out: small frozen dataclasses, one module per kind of fact:

* :mod:`.deadlines` — :func:`parse_deadline` (a 完成时限 value), :func:`find_deadlines` (task text);
* :mod:`.units` — :func:`find_parentheticals`, :func:`find_alias_definitions`, :func:`resolve_units`;
* :mod:`.training` — :func:`find_training` (hours and sessions per year, by audience);
* :mod:`.targets` — :func:`find_targets` (numbers with units);
* :mod:`.citations` — :func:`find_citations` (《titles》 and 文号).

Each function takes text and returns data; none reads files or keeps state.
"""
from .citations import Citation, find_citations
from .deadlines import (DEADLINE_KINDS, Deadline, find_deadlines, find_yearless, find_yearless_years, is_yearless,
                        parse_deadline, parse_deadline_steps)
from .targets import Target, find_targets
from .training import AUDIENCES, TrainingRequirement, find_training
from .units import (DEADLINE_LABELS, UNIT_LABELS, Parenthetical, apply_first_lead, find_alias_definitions,
                    find_parentheticals, read_parenthetical, resolve_units, split_units)

__all__ = [
    "Citation", "find_citations", "DEADLINE_KINDS", "Deadline", "find_deadlines", "parse_deadline",
    "parse_deadline_steps", "is_yearless", "find_yearless", "find_yearless_years",
    "Target", "find_targets", "AUDIENCES", "TrainingRequirement", "find_training", "DEADLINE_LABELS",
    "UNIT_LABELS", "Parenthetical", "find_alias_definitions", "find_parentheticals", "read_parenthetical",
    "resolve_units", "split_units", "apply_first_lead",
]
