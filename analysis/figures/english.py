"""Which English the figures of a corpus need that the glossary lacks.

Draws nothing: asks :func:`.plots.english_strings` for every label the ``_en`` figures show and
:class:`.glossary.Glossary` for its English. Here rather than in :mod:`.glossary` because it
needs the figure functions, which need the glossary.
"""
from __future__ import annotations

import pandas as pd

from .glossary import Glossary
from .plots import english_strings

__all__ = ["missing_entries", "glossary_coverage"]


def missing_entries(corpus, glossary: Glossary | None = None, tokenizer=None) -> pd.DataFrame:
    """Glossary entries the English figures of ``corpus`` need and the glossary lacks.

    Draws nothing: it asks for the English of every label the ``_en`` figures
    show (document labels and sources, responsible units, distinctive terms,
    audiences). Out: ``zh, kind, shown_as`` — what the figures show instead: the
    English composed from glossary parts and place names in pinyin, or empty where
    they can give none (they then say so) — one row per missing string; empty when
    the glossary covers everything.
    """
    glossary = glossary or Glossary.load()
    glossary.missing.clear()
    for zh in english_strings(corpus, tokenizer=tokenizer):
        glossary.en(*zh)
    return glossary.missing_frame()


def glossary_coverage(corpus, glossary: Glossary | None = None, tokenizer=None) -> tuple[int, int]:
    """How many of the distinct Chinese strings the ``_en`` figures of ``corpus`` translate have a
    glossary entry: ``(covered, total)``."""
    glossary = glossary or Glossary.load()
    needed = list(dict.fromkeys(english_strings(corpus, tokenizer=tokenizer)))
    covered = 0
    for zh, kind in needed:
        before = len(glossary.missing)
        glossary.missing.clear()
        glossary.en(zh, kind)
        covered += not glossary.missing
        del before
    glossary.missing.clear()
    return covered, len(needed)
