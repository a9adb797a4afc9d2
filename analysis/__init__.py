"""Comparative analysis of Chinese national, provincial and municipal implementation plans.

The pipeline runs in one direction, one stage per module::

    corpus      read, decode, normalize                        -> Document
    structure   sections, tasks, clauses                       -> ParsedDocument
    extract     deadlines, units, training, targets, citations
    tables      the corpus as DataFrames                       -> Corpus
    store       the tables' files: CSV, Parquet, xlsx
    coverage, similarity, profiles    comparisons of the tables
    style, figures                    brief-ready figures

Start with :func:`load_corpus`.
"""
from importlib import import_module

__version__ = "0.1.0"

# Public names, imported on first use so that ``import analysis.similarity``
# does not pay for (or depend on) the parsing stages.
_EXPORTS = {
    "CorpusError": "corpus", "Document": "corpus", "read_corpus": "corpus", "read_document": "corpus",
    "read_manifest": "corpus",
    "ParsedDocument": "structure", "parse_document": "structure",
    "TABLE_COLUMNS": "tables", "Corpus": "tables", "build_corpus": "tables", "load_corpus": "tables",
    "write_tables": "store", "read_tables": "store",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name):
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
