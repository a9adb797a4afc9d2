"""Stage 3 — the corpus as tables (the contract between stages) and their files.

    tables    the corpus as DataFrames                             -> Corpus
    store     CSV, Parquet, xlsx; the streamed parse command
    files     files written whole or not at all

Imports only the stages below (ingest, parse) and this package.
"""
