"""Task neighbours of a large corpus, in this process or on a Dask distributed cluster.

In:  the ``tasks`` table (from memory or ``data/processed/tasks.parquet``).
Out: :func:`task_neighbours` returns the neighbours table — for every task its ``k`` most
     similar tasks of other documents by TF-IDF cosine: ``doc_id, task_seq, rank,
     neighbour_doc_id, neighbour_task_seq, score`` — the same rows whatever the engine.

The work splits where it is independent (measured in the README's benchmark):

* tokenization, the largest cost, is a map over the distinct task texts (chunks sent to
  workers; the tokenizer travels as its two data files);
* the vocabulary is one global reduction (scikit-learn's ``TfidfVectorizer`` over the
  token lists), so the matrix is the one :func:`analysis.compare.similarity.tfidf_matrix` builds;
* the exact top-k is a map over row ranges (``top_k_neighbors(X, rows=slice)``) with the
  matrix broadcast to the workers; the ranges concatenate to the full result;
* the approximate top-k (``approximate=True``, :mod:`analysis.compare.neighbors`) reduces the matrix
  and trains faiss's IVF index once, in this process; the index travels to the workers as
  what rebuilds it (the LSA rows, the centroids and each row's lists: smaller than the serialized index
  plus the query rows), and row ranges are searched there. A row's result does not depend
  on its range, so the output is the local approximate run's, byte for byte.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from .compare.similarity import Tokenizer, load_tokenizer, task_texts, tfidf_matrix, top_k_neighbors

__all__ = ["NEIGHBOUR_COLUMNS", "task_neighbours", "read_tasks"]

NEIGHBOUR_COLUMNS = ["doc_id", "task_seq", "rank", "neighbour_doc_id", "neighbour_task_seq", "score"]


def read_tasks(folder: str | Path) -> pd.DataFrame:
    """The ``tasks`` table of a folder written by ``python -m analysis parse`` (its Parquet file)."""
    import pyarrow.parquet as pq

    path = Path(folder) / "tasks.parquet"
    if not path.is_file():
        from .parse.corpus import CorpusError

        raise CorpusError(f"{path}: tasks table missing (write it with python -m analysis parse)")
    return pq.read_table(path).to_pandas()


def _tokenize_chunk(texts: list[str], tokenizer: Tokenizer) -> list[list[str]]:
    return [tokenizer(t) for t in texts]


def _top_k_range(X, k: int, groups: np.ndarray, start: int, stop: int):
    return top_k_neighbors(X, k, groups=groups, rows=slice(start, stop))


def _approximate_range(index, start: int, stop: int):
    return index.search(slice(start, stop))


def task_neighbours(tasks: pd.DataFrame, k: int = 10, engine: str = "local", scheduler: str | None = None,
                    jobs: int = 1, chunk: int = 4096, approximate: bool = False) -> pd.DataFrame:
    """The ``k`` nearest tasks of other documents for every task (see the module docstring).

    In: the tasks table (``doc_id, task_seq, title, text`` at least); ``engine`` ``"local"``
    (this process) or ``"dask"`` (the cluster at ``scheduler``, or a LocalCluster of ``jobs``
    workers); ``chunk`` texts or rows per unit of work; ``approximate``: candidates from the
    faiss index of :func:`analysis.compare.neighbors.approximate_top_k_neighbors` (default
    parameters), re-scored exactly, instead of the exact search. Out: the neighbours table,
    rows in task order then rank; a task with fewer than ``k`` neighbours has fewer rows.
    """
    if engine not in ("local", "dask"):
        raise ValueError(f"engine must be 'local' or 'dask', got {engine!r}")
    tasks = tasks.reset_index(drop=True)  # the table's own (corpus) order
    texts = task_texts(tasks)
    distinct = list(dict.fromkeys(texts))  # plans copy tasks word for word: tokenize each text once
    tokenizer = load_tokenizer()
    client = cluster = None
    try:
        if engine == "dask":
            from .io.store import dask_client

            client, cluster = dask_client(scheduler, jobs)
            remote_tokenizer = client.scatter(tokenizer, broadcast=True)
            futures = client.map(_tokenize_chunk, [distinct[i:i + chunk] for i in range(0, len(distinct), chunk)],
                                 tokenizer=remote_tokenizer, pure=False)
            token_lists = [tokens for part in client.gather(futures) for tokens in part]
        else:
            token_lists = _tokenize_chunk(distinct, tokenizer)
        X, _ = tfidf_matrix(texts, tokenizer, tokens=dict(zip(distinct, token_lists)))
        groups = tasks["doc_id"].to_numpy()
        ranges = [(a, min(a + chunk, X.shape[0])) for a in range(0, X.shape[0], chunk)]
        if approximate:
            from .compare.neighbors import build_approximate_index

            index = build_approximate_index(X, k, groups=groups)  # reduced and trained once, here
            if client is not None:
                remote_index = client.scatter(index, broadcast=True)
                futures = [client.submit(_approximate_range, remote_index, a, b, pure=False) for a, b in ranges]
                parts = client.gather(futures)
            else:
                parts = [_approximate_range(index, a, b) for a, b in ranges]
        elif client is not None:
            remote_X = client.scatter(X, broadcast=True)
            futures = [client.submit(_top_k_range, remote_X, k, groups, a, b, pure=False) for a, b in ranges]
            parts = client.gather(futures)
        else:
            parts = [_top_k_range(X, k, groups, a, b) for a, b in ranges]
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    idx = np.concatenate([p[0] for p in parts]) if parts else np.empty((0, k), dtype=np.int64)
    scores = np.concatenate([p[1] for p in parts]) if parts else np.empty((0, k), dtype=np.float32)
    rows, ranks = np.nonzero(idx >= 0)
    other = idx[rows, ranks]
    return pd.DataFrame({
        "doc_id": tasks["doc_id"].to_numpy()[rows], "task_seq": tasks["task_seq"].to_numpy()[rows],
        "rank": ranks + 1, "neighbour_doc_id": tasks["doc_id"].to_numpy()[other],
        "neighbour_task_seq": tasks["task_seq"].to_numpy()[other], "score": np.round(scores[rows, ranks], 6),
    }, columns=NEIGHBOUR_COLUMNS)
