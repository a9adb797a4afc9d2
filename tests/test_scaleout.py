"""Task neighbours at scale: the command's table equals the in-memory search, on both engines."""
import numpy as np
import pandas as pd

from analysis.cli import main
from analysis.scaleout import read_tasks, task_neighbours
from analysis.compare.similarity import load_tokenizer, task_texts, tfidf_matrix, top_k_neighbors
from conftest import RAW, SHIPPED_MANIFEST, shipped_corpus


def test_neighbours_equal_the_in_memory_search():
    tasks = shipped_corpus().tasks
    table = task_neighbours(tasks, k=3, chunk=16)  # several row ranges and text chunks
    X, _ = tfidf_matrix(task_texts(tasks), load_tokenizer())
    idx, scores = top_k_neighbors(X, 3, groups=tasks["doc_id"].to_numpy())
    first = table[(table.doc_id == "tianjin_2021_plan") & (table.task_seq == 1)]
    expected = idx[0][idx[0] >= 0]
    assert first["neighbour_doc_id"].tolist() == tasks["doc_id"].to_numpy()[expected].tolist()
    np.testing.assert_allclose(first["score"], scores[0][:len(expected)], atol=1e-6)
    assert len(table) == int((idx >= 0).sum())
    assert (table["doc_id"] != table["neighbour_doc_id"]).all()  # other documents only


def test_neighbours_command_on_dask_writes_what_the_local_engine_writes(tmp_path, capsys):
    local, dask = tmp_path / "local", tmp_path / "dask"
    for out in (local, dask):
        assert main(["parse", "--raw", str(RAW), "--manifest", str(SHIPPED_MANIFEST), "--out", str(out), "--no-xlsx"]) == 0
    assert main(["neighbours", "--tables", str(local), "--k", "5"]) == 0
    assert main(["neighbours", "--tables", str(dask), "--k", "5", "--engine", "dask", "--jobs", "2"]) == 0
    assert (local / "neighbours.csv").read_bytes() == (dask / "neighbours.csv").read_bytes()
    assert (local / "neighbours.parquet").read_bytes() == (dask / "neighbours.parquet").read_bytes()
    assert len(pd.read_csv(local / "neighbours.csv")) == 5 * len(read_tasks(local))


def test_approximate_neighbours_on_dask_equal_the_local_run(tmp_path):
    # the index is trained once in the client; the workers search row ranges of it
    tasks = shipped_corpus().tasks
    local = task_neighbours(tasks, k=5, approximate=True)  # one range
    dask = task_neighbours(tasks, k=5, engine="dask", jobs=2, chunk=16, approximate=True)  # five ranges, two workers
    pd.testing.assert_frame_equal(local, dask)
    # candidates re-scored exactly: every score is the exact search's score of that pair
    exact = task_neighbours(tasks, k=5)
    key = ["doc_id", "task_seq", "neighbour_doc_id", "neighbour_task_seq"]
    both = local.merge(exact, on=key, suffixes=("", "_exact"))
    assert len(both) >= 0.95 * len(exact)
    np.testing.assert_allclose(both["score"], both["score_exact"], atol=1e-6)
    assert (local["doc_id"] != local["neighbour_doc_id"]).all()


def test_neighbours_command_approximate_writes_the_same_bytes_on_both_engines(tmp_path):
    local, dask = tmp_path / "local", tmp_path / "dask"
    for out in (local, dask):
        assert main(["parse", "--raw", str(RAW), "--manifest", str(SHIPPED_MANIFEST), "--out", str(out), "--no-xlsx"]) == 0
    assert main(["neighbours", "--tables", str(local), "--k", "5", "--approximate"]) == 0
    assert main(["neighbours", "--tables", str(dask), "--k", "5", "--approximate", "--engine", "dask",
                 "--jobs", "2"]) == 0
    assert (local / "neighbours.csv").read_bytes() == (dask / "neighbours.csv").read_bytes()
    assert (local / "neighbours.parquet").read_bytes() == (dask / "neighbours.parquet").read_bytes()
    assert len(pd.read_csv(local / "neighbours.csv")) > 4 * len(read_tasks(local))
