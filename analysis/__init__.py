"""Comparative analysis of Chinese national, provincial and municipal implementation plans.

The pipeline runs in one direction, one stage per module::

    numerals    Chinese and Arabic numbers (used by every stage below)
    metadata    title, issuer, date, level, period, 文号 read from a text, with evidence
    corpus      read, decode, normalize                          -> Document
    structure   sections, tasks, clauses                         -> ParsedDocument
    extract     deadlines, units, training, targets, citations
    tables      the corpus as DataFrames                         -> Corpus
    store       the tables' files: CSV, Parquet, xlsx; the streamed parse command
    coverage, similarity, profiles, findings    comparisons of the tables
    neighbors, scaleout                 approximate neighbours (faiss); neighbours on Dask
    reuse, lineage                      reused passages; who implements whom
    style, glossary, figure_text, figure_scale, reuse_figures, figures    brief-ready figures
    line_labels, line_classifier, line_eval    the parser's decision per line; a learned line
                                        classifier (CRF) as a second opinion on the title
    inspect, cli                        the commands (python -m analysis ...)

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
