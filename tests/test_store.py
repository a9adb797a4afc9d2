"""The tables' files: CSV for people, typed Parquet read back to an equal corpus, and an Excel
workbook written only where every sheet fits (never in part)."""
import pandas as pd
import pyarrow.parquet as pq
import pytest

from analysis.io import store
from analysis.cli import main
from analysis.io.store import read_tables, write_tables
from analysis.io.tables import TABLE_COLUMNS, load_corpus
from conftest import RAW, SHIPPED_MANIFEST, shipped_corpus


@pytest.fixture(scope="module")
def corpus():
    return shipped_corpus()


def test_parquet_tables_are_typed_and_read_back_equal(corpus, tmp_path):
    paths, notes = write_tables(corpus, tmp_path)
    assert notes == []
    assert {p.name for p in paths} == ({f"{t}.csv" for t in TABLE_COLUMNS} | {f"{t}.parquet" for t in TABLE_COLUMNS}
                                       | {"tables.xlsx"})
    schema = pq.read_schema(tmp_path / "clauses.parquet")
    assert str(schema.field("deadline_date").type) == "date32[day]"
    assert str(schema.field("responsible_units").type) == "list<element: string>"
    assert str(schema.field("task_seq").type) == "int64"
    assert str(pq.read_schema(tmp_path / "training.parquet").field("hours_per_year").type) == "double"
    back = read_tables(tmp_path)
    for name in TABLE_COLUMNS:
        pd.testing.assert_frame_equal(back.tables()[name].reset_index(drop=True),
                                      corpus.tables()[name].reset_index(drop=True), check_dtype=False, obj=name)
    # the Tianjin plan's first clause: three units as a list, its deadline as a date
    first = pq.read_table(tmp_path / "clauses.parquet").to_pylist()[0]
    assert first["deadline_date"].isoformat() == "2021-12-31"


def test_a_sheet_over_excels_limit_skips_the_workbook_with_a_note(corpus, tmp_path, monkeypatch, capsys):
    (tmp_path / "tables.xlsx").write_bytes(b"an old workbook")
    monkeypatch.setattr(store, "EXCEL_MAX_ROWS", 50)  # tasks has 79 rows, the first sheet over it
    paths, notes = write_tables(corpus, tmp_path)
    assert notes == ["tables.xlsx not written: sheet tasks has 79 rows, more than Excel's 49; "
                     "the CSV and Parquet files hold every row"]
    assert not (tmp_path / "tables.xlsx").exists()  # never an old or partial workbook beside new tables
    assert (tmp_path / "clauses.csv").exists() and (tmp_path / "clauses.parquet").exists()


def test_no_xlsx_option(tmp_path, capsys):
    assert main(["parse", "--raw", str(RAW), "--manifest", str(SHIPPED_MANIFEST), "--out", str(tmp_path), "--no-xlsx"]) == 0
    assert not (tmp_path / "tables.xlsx").exists() and (tmp_path / "tasks.parquet").exists()


def test_workbook_has_one_sheet_a_table_with_every_row(corpus, tmp_path):
    import openpyxl

    write_tables(corpus, tmp_path, parquet=False)
    book = openpyxl.load_workbook(tmp_path / "tables.xlsx", read_only=True)
    assert book.sheetnames == list(TABLE_COLUMNS)
    rows = list(book["tasks"].iter_rows(values_only=True))
    assert rows[0] == tuple(TABLE_COLUMNS["tasks"]) and len(rows) == 80  # 79 tasks and the header
    assert rows[1][:5] == ("tianjin_2021_plan", 1, "二", "一", "1")
    clause = next(r for r in book["clauses"].iter_rows(values_only=True) if r[0] == "tianjin_2021_plan")
    assert clause[5] == "市港航局 | 市交通执法总队 | 各区交通运输管理部门"  # lists joined as in the CSV


CONVENTIONS = __import__("pathlib").Path(__file__).parent / "data" / "synthetic" / "conventions"


def _digests(folder):
    import hashlib

    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_parse_in_batches_and_worker_processes_writes_the_same_bytes(tmp_path, capsys):
    """--jobs 2 with batches of 4 documents, against one process and one batch: identical files,
    and the CSV identical to the in-memory corpus written by write_tables."""
    one, two, memory = tmp_path / "one", tmp_path / "two", tmp_path / "memory"
    args = ["parse", "--raw", str(CONVENTIONS), "--no-manifest"]
    assert main(args + ["--out", str(one), "--jobs", "1", "--batch-size", "1000"]) == 0
    assert main(args + ["--out", str(two), "--jobs", "2", "--batch-size", "4"]) == 0
    first, second = _digests(one), _digests(two)
    csv = {k: v for k, v in first.items() if k.endswith(".csv")}
    assert csv == {k: v for k, v in second.items() if k.endswith(".csv")}
    assert first["tables.xlsx"] == second["tables.xlsx"]
    write_tables(load_corpus(CONVENTIONS, manifest=False), memory)
    assert csv == {k: v for k, v in _digests(memory).items() if k.endswith(".csv")}
    # Parquet written a batch at a time reads back to the same tables
    for name in TABLE_COLUMNS:
        pd.testing.assert_frame_equal(read_tables(one).tables()[name], read_tables(two).tables()[name], obj=name)


def test_a_failure_mid_corpus_leaves_the_previous_tables_untouched(tmp_path, capsys, monkeypatch):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for path in sorted(CONVENTIONS.glob("c0*.txt")):
        (raw / path.name).write_bytes(path.read_bytes())
    assert main(["parse", "--raw", str(raw), "--no-manifest", "--out", str(out), "--batch-size", "2"]) == 0
    before = _digests(out)
    (raw / "c09z_last.txt").write_bytes((CONVENTIONS / "c01_web_page_field_block.txt").read_bytes())
    rows_of_file = store._rows_of_file

    def failing(item):
        if item[0].name == "c09z_last.txt":  # an unforeseen error in the last batch, after others were written
            raise RuntimeError("disk full")
        return rows_of_file(item)

    monkeypatch.setattr(store, "_rows_of_file", failing)
    assert main(["parse", "--raw", str(raw), "--no-manifest", "--out", str(out), "--batch-size", "2",
                 "--jobs", "1"]) == 1
    assert "disk full" in capsys.readouterr().err
    assert _digests(out) == before  # no partial or temporary file


def test_an_unreadable_file_mid_corpus_is_a_warning_and_the_rest_is_written(tmp_path, capsys):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for path in sorted(CONVENTIONS.glob("c0*.txt"))[:4]:
        (raw / path.name).write_bytes(path.read_bytes())
    (raw / "c02z_binary.txt").write_bytes(b"\x00\x01binary")
    assert main(["parse", "--raw", str(raw), "--no-manifest", "--out", str(out), "--batch-size", "2"]) == 0
    assert "c02z_binary.txt: binary file" in capsys.readouterr().err
    docs = pd.read_csv(out / "documents.csv", encoding="utf-8-sig")
    assert len(docs) == 4 and "c02z_binary" not in set(docs["doc_id"])
    warnings = pd.read_csv(out / "warnings.csv", encoding="utf-8-sig")
    assert warnings.loc[warnings["kind"] == "unreadable", "doc_id"].tolist() == ["c02z_binary"]


def test_dask_engine_on_a_two_worker_local_cluster_writes_the_same_files(tmp_path, capsys):
    """--engine dask (a LocalCluster of two worker processes, batches of 8) against the local engine."""
    local, dask = tmp_path / "local", tmp_path / "dask"
    args = ["parse", "--raw", str(CONVENTIONS), "--no-manifest", "--batch-size", "8"]
    assert main(args + ["--out", str(local), "--jobs", "1"]) == 0
    assert main(args + ["--out", str(dask), "--jobs", "2", "--engine", "dask"]) == 0
    assert _digests(local) == _digests(dask)


def test_a_file_is_written_whole_or_not_at_all(tmp_path, monkeypatch):
    """analysis.io.files.write_atomic: bytes or UTF-8 text, the folder made; a failed write leaves the old
    file and no temporary file behind (the codebook draft, reports and cache entries are written so)."""
    import os

    from analysis.io.files import write_atomic

    path = write_atomic(tmp_path / "sub" / "a.csv", "类别\n")
    assert path.read_bytes() == "类别\n".encode("utf-8")
    write_atomic(path, b"\xef\xbb\xbfx\n")
    assert path.read_bytes() == b"\xef\xbb\xbfx\n"

    def broken(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    try:
        write_atomic(path, b"new")
    except OSError:
        pass
    assert path.read_bytes() == b"\xef\xbb\xbfx\n" and sorted(p.name for p in path.parent.iterdir()) == ["a.csv"]
