"""Stage 4 — comparisons of the tables.

    coverage      codebook themes per plan
    themes        a codebook drafted from the tasks; any codebook checked keyword by keyword
    similarity    TF-IDF, task alignment, distinctive terms
    neighbors     approximate nearest neighbours (faiss)
    reuse         copied and adapted passages
    lineage       who implements whom
    profiles      deadline, training and responsibility profiles
    findings      the findings a brief states, computed

Imports only the stages below (ingest, parse, io) and this package.
"""
