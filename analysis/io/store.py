"""The tables' files: CSV for people, Parquet for machines, an Excel workbook where it fits.

In:  a :class:`~analysis.io.tables.Corpus`.
Out: :func:`write_tables` writes ``<table>.csv`` (UTF-8 with BOM, so Excel reads the
     Chinese; list cells joined with `` | ``, dates ISO), ``<table>.parquet`` (typed:
     integers, floats, dates as dates, lists as lists) and ``tables.xlsx`` (one sheet a
     table, written by XlsxWriter in constant-memory mode) when every sheet fits Excel's
     limits. :func:`read_tables` reads the Parquet files back into an equal Corpus.
     Same corpus → byte-identical files.
"""
from __future__ import annotations

import datetime as _dt
import io
import re
import zipfile
from pathlib import Path

import pandas as pd

from ..parse.corpus import CorpusError
from .tables import DATE_COLUMNS, INT_COLUMNS, LIST_COLUMNS, LIST_SEPARATOR, TABLE_COLUMNS, Corpus

__all__ = ["write_tables", "read_tables", "parse_to_files", "EXCEL_MAX_ROWS", "EXCEL_MAX_CELL"]

#: Excel's limits: rows a sheet holds (the header is one of them) and characters a cell holds
EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_CELL = 32_767
_FLOAT_COLUMNS = {("targets", "value"), ("training", "hours_per_year"), ("training", "times_per_year")}
_SAFE_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def _inside(out_dir: Path, name: str) -> Path:
    """``out_dir/name``, refusing anything that would land outside ``out_dir``."""
    target = (out_dir / name).resolve()
    if target.parent != out_dir.resolve():
        raise CorpusError(f"{name}: refusing to write outside {out_dir}")
    return target


def _for_file(name: str, df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for col in out.columns:
        if (name, col) in LIST_COLUMNS:
            out[col] = out[col].map(lambda v: LIST_SEPARATOR.join(v) if isinstance(v, list) else "")
    return out


def write_tables(corpus: Corpus, out_dir: str | Path, xlsx: bool = True, parquet: bool = True) -> tuple[list[Path], list[str]]:
    """Write every table as CSV and Parquet, and all of them as ``tables.xlsx`` where they fit.

    In: a :class:`Corpus`, an output folder (created if missing); ``xlsx=False`` /
    ``parquet=False`` skip those files. Out: ``(paths written, notes)`` — a note says in
    one line why the workbook was not written (which sheet, how many rows or characters).
    A workbook that cannot hold a sheet is never written in part: an old one is removed.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    notes: list[str] = []
    tables = corpus.tables()
    frames = {name: _for_file(name, df) for name, df in tables.items()}
    for name, df in frames.items():
        assert _SAFE_NAME.match(name)
        path = _inside(out_dir, f"{name}.csv")
        # utf-8-sig: Excel opens a BOM-marked CSV as UTF-8 and shows the Chinese
        df.to_csv(path, index=False, encoding="utf-8-sig", lineterminator="\n")
        written.append(path)
    if parquet:
        for name, df in tables.items():
            path = _inside(out_dir, f"{name}.parquet")
            _write_parquet(name, df, path)
            written.append(path)
    if xlsx:
        _workbook(_excel_problem(frames), _inside(out_dir, "tables.xlsx"), lambda book: _write_xlsx(frames, book),
                  notes, written)
    return written, notes


def _workbook(problem: str | None, book: Path, write, notes: list[str], written: list[Path]) -> None:
    """Write the workbook with ``write(book)``, unless ``problem`` says a sheet does not fit Excel:
    then a one-line note, and no workbook (an old one removed, never left beside new tables)."""
    if problem:
        notes.append(f"tables.xlsx not written: {problem}; the CSV and Parquet files hold every row")
        book.unlink(missing_ok=True)
    else:
        write(book)
        written.append(book)


def _excel_problem(frames: dict[str, pd.DataFrame]) -> str | None:
    for name, df in frames.items():
        if len(df) + 1 > EXCEL_MAX_ROWS:
            return f"sheet {name} has {len(df):,} rows, more than Excel's {EXCEL_MAX_ROWS - 1:,}"
        for col in df.columns:
            if df[col].dtype == object:
                longest = df[col].map(lambda v: len(v) if isinstance(v, str) else 0).max() if len(df) else 0
                if longest > EXCEL_MAX_CELL:
                    return f"sheet {name} column {col} has a cell of {longest:,} characters, more than Excel's {EXCEL_MAX_CELL:,}"
    return None


def _write_xlsx(frames: dict[str, pd.DataFrame], path: Path) -> None:
    _write_workbook(((name, list(df.columns), [df]) for name, df in frames.items()), path)


def _write_workbook(sheets, path: Path) -> None:
    """``sheets``: ``(name, header, iterable of DataFrame chunks)`` in order → the workbook at ``path``,
    written by XlsxWriter in constant-memory mode (a row at a time, in order), with fixed
    properties and zip timestamps, and renamed into place only when complete."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"constant_memory": True, "in_memory": False, "strings_to_numbers": False,
                                        "strings_to_formulas": False, "strings_to_urls": False})
    book.set_properties({"author": "policy-analysis", "created": _dt.datetime(2000, 1, 1)})
    for name, header, chunks in sheets:
        sheet = book.add_worksheet(name)
        sheet.write_row(0, 0, header)
        r = 1
        for chunk in chunks:
            for row in chunk.itertuples(index=False, name=None):
                sheet.write_row(r, 0, [_excel_value(v) for v in row])
                r += 1
    book.close()
    tmp = path.with_suffix(".xlsx.tmp")
    tmp.write_bytes(_deterministic_zip(buffer.getvalue()))
    tmp.replace(path)  # never a partial workbook


def _excel_value(v):
    if v is None or v is pd.NA or (isinstance(v, float) and v != v):
        return None
    return v


def _deterministic_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed member timestamps, so equal content gives equal bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: src.infolist().index(i)):
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2000-01-01T00:00:00Z", content)
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, content)
    return out.getvalue()


# -- Parquet ----------------------------------------------------------------------

def _arrow_type(name: str, col: str):
    import pyarrow as pa

    if (name, col) in LIST_COLUMNS:
        return pa.list_(pa.string())
    if (name, col) in DATE_COLUMNS:
        return pa.date32()
    if col in INT_COLUMNS:
        return pa.int64()
    if (name, col) in _FLOAT_COLUMNS:
        return pa.float64()
    return pa.string()


def _write_parquet(name: str, df: pd.DataFrame, path: Path) -> None:
    import pyarrow.parquet as pq

    table = _arrow_table(name, df)
    tmp = path.with_suffix(".parquet.tmp")
    pq.write_table(table, tmp, compression="zstd", write_statistics=False, store_schema=False)
    tmp.replace(path)


def _arrow_table(name: str, df: pd.DataFrame):
    import pyarrow as pa

    arrays, fields = [], []
    for col in TABLE_COLUMNS[name]:
        typ = _arrow_type(name, col)
        values = df[col].tolist()
        values = [None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else v for v in values]
        if typ == pa.date32():
            values = [_dt.date.fromisoformat(v) if v else None for v in values]
        elif typ == pa.string():
            values = [None if v is None else str(v) for v in values]
        arrays.append(pa.array(values, type=typ))
        fields.append(pa.field(col, typ))
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))


def read_tables(folder: str | Path) -> Corpus:
    """The Parquet tables of a folder written by :func:`write_tables`, as a :class:`Corpus`
    equal to the one written (dates back to ISO strings, lists to lists).

    Raises :class:`~analysis.parse.corpus.CorpusError` naming a missing table file.
    """
    import pyarrow.parquet as pq

    folder = Path(folder)
    frames = {}
    for name, columns in TABLE_COLUMNS.items():
        path = folder / f"{name}.parquet"
        if not path.is_file():
            raise CorpusError(f"{path}: table file missing (write it with python -m analysis parse)")
        df = pq.read_table(path).to_pandas(types_mapper=None)
        data = {}
        for col in columns:
            values = [None if v is None or (isinstance(v, float) and v != v) else v for v in df[col].tolist()]
            if (name, col) in DATE_COLUMNS:
                data[col] = pd.Series([v.isoformat() if v is not None else None for v in values], dtype=object)
            elif (name, col) in LIST_COLUMNS:
                data[col] = pd.Series([list(v) if v is not None else [] for v in values], dtype=object)
            elif col in INT_COLUMNS:
                data[col] = pd.array([None if v is None else int(v) for v in values], dtype="Int64")
            elif (name, col) in _FLOAT_COLUMNS:
                data[col] = pd.array([None if v is None else float(v) for v in values], dtype="Float64")
            else:
                data[col] = pd.Series(values, dtype=object)
        out = pd.DataFrame(data)
        frames[name] = out
    return Corpus(**frames)


# -- the parse command: files in, tables out, in batches ------------------------------------

def _rows_of_file(item: tuple) -> dict[str, list[tuple]]:
    """Worker: one planned document → its rows of every table (see tables.document_rows)."""
    from ..parse.corpus import read_or_warn
    from .tables import document_rows

    path, meta, doc_id, office_cache = item
    rows, _ = document_rows(read_or_warn(path, meta, doc_id, office_cache))
    return rows


def dask_client(scheduler: str | None, jobs: int):
    """A Dask distributed client: of the cluster at ``scheduler``, or of a new LocalCluster."""
    import logging

    from distributed import Client, LocalCluster

    logging.getLogger("distributed").setLevel(logging.ERROR)  # the command prints its own progress
    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=max(jobs, 1), threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster), cluster


class _TableFiles:
    """Open CSV and Parquet files that take a batch of rows at a time (memory bounded by the batch)."""

    def __init__(self, out_dir: Path, parquet: bool):
        from .tables import frames_of

        self.out_dir, self.parquet, self.frames_of = out_dir, parquet, frames_of
        self.csv = {name: _inside(out_dir, f"{name}.csv.tmp").open("w", encoding="utf-8-sig", newline="")
                    for name in TABLE_COLUMNS}
        self.writers: dict = {}
        self.counts = {name: 0 for name in TABLE_COLUMNS}
        for name, fh in self.csv.items():
            pd.DataFrame(columns=TABLE_COLUMNS[name]).to_csv(fh, index=False, lineterminator="\n")

    def add(self, rows: dict[str, list[tuple]]) -> None:
        import pyarrow.parquet as pq

        for name, df in self.frames_of(rows).items():
            self.counts[name] += len(df)
            if len(df):
                _for_file(name, df).to_csv(self.csv[name], index=False, header=False, lineterminator="\n")
            if self.parquet:
                table = _arrow_table(name, df)
                if name not in self.writers:
                    path = _inside(self.out_dir, f"{name}.parquet.tmp")
                    self.writers[name] = pq.ParquetWriter(path, table.schema, compression="zstd",
                                                          write_statistics=False, store_schema=False)
                if len(df) or self.counts[name] == 0:
                    self.writers[name].write_table(table)

    def abort(self) -> None:
        for name, fh in self.csv.items():
            fh.close()
            _inside(self.out_dir, f"{name}.csv.tmp").unlink(missing_ok=True)
        for name, writer in self.writers.items():
            writer.close()
            _inside(self.out_dir, f"{name}.parquet.tmp").unlink(missing_ok=True)

    def close(self) -> list[Path]:
        done = []
        for name, fh in self.csv.items():
            fh.close()
            final = _inside(self.out_dir, f"{name}.csv")
            _inside(self.out_dir, f"{name}.csv.tmp").replace(final)
            done.append(final)
        for name, writer in self.writers.items():
            writer.close()
            final = _inside(self.out_dir, f"{name}.parquet")
            _inside(self.out_dir, f"{name}.parquet.tmp").replace(final)
            done.append(final)
        return done


def parse_to_files(raw_dir: str | Path, manifest: str | Path | None, out_dir: str | Path, jobs: int = 1,
                   batch_size: int = 200, xlsx: bool = True, parquet: bool = True, engine: str = "local",
                   scheduler: str | None = None) -> tuple[list[Path], list[str], dict]:
    """Read, parse and tabulate a folder of plans straight into table files, in batches.

    In: the raw folder, the manifest (None: every document's metadata from its text), the
    output folder; ``jobs`` worker processes (1: in this process); ``batch_size`` documents
    tabulated and written at a time, so memory is bounded by the batch, not the corpus.
    ``engine="dask"`` maps each batch as a ``dask.bag`` over a Dask distributed cluster: the
    one at ``scheduler`` (an address such as ``tcp://10.0.0.5:8786``; its workers must see
    ``raw_dir`` at the same path and have this package installed) or, without one, a
    ``LocalCluster`` of ``jobs`` worker processes.
    Out: ``(paths written, notes, counts)`` — counts of rows per table. The files are the
    same, byte for byte, whatever ``jobs`` or ``engine`` is: documents are written in corpus order.
    """
    from concurrent.futures import ProcessPoolExecutor

    from ..parse.corpus import corpus_plan, paused_gc

    if engine not in ("local", "dask"):
        raise ValueError(f"engine must be 'local' or 'dask', got {engine!r}")
    out_dir = Path(out_dir)
    office_cache = Path(out_dir) / "cache" / "office"  # LibreOffice's DOCX of each DOC/WPS/ODT/RTF, by content
    plan = [(*item, office_cache) for item in corpus_plan(raw_dir, manifest)]  # a bad manifest stops here
    created = not out_dir.exists()
    out_dir.mkdir(parents=True, exist_ok=True)
    files = _TableFiles(out_dir, parquet)
    pool = client = cluster = None
    if engine == "dask":
        client, cluster = dask_client(scheduler, jobs)
    elif jobs > 1 and len(plan) > batch_size // 4:
        pool = ProcessPoolExecutor(max_workers=jobs)
    def submit(batch):
        """Start parsing a batch; returns a function that waits for its parts (in batch order)."""
        from ..ingest.word import convert_many

        convert_many([item[0] for item in batch], office_cache)  # one LibreOffice run for the batch
        if client is not None:
            import dask.bag as db

            bag = db.from_sequence(batch, npartitions=min(len(batch), 4 * max(jobs, 1)))
            future = client.compute(bag.map(_rows_of_file))
            return future.result
        if pool is not None:
            parts = pool.map(_rows_of_file, batch, chunksize=max(1, len(batch) // (4 * jobs)))
            return lambda: list(parts)
        return lambda: [_rows_of_file(item) for item in batch]

    batches = [plan[start:start + batch_size] for start in range(0, len(plan), batch_size)]
    try:
        with paused_gc():
            pending = submit(batches[0]) if batches else None
            for i in range(len(batches)):
                parts = pending()
                # the next batch is parsed by the workers while this one is written
                pending = submit(batches[i + 1]) if i + 1 < len(batches) else None
                files.add({name: [row for part in parts for row in part[name]] for name in TABLE_COLUMNS})
    except BaseException:
        files.abort()  # the previous tables stay as they were; no partial file is left
        if created and not any(out_dir.iterdir()):
            out_dir.rmdir()
        raise
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    written = files.close()
    notes: list[str] = []
    book = _inside(out_dir, "tables.xlsx")
    if xlsx:
        too_many = next((n for n, c in files.counts.items() if c + 1 > EXCEL_MAX_ROWS), None)
        problem = (f"sheet {too_many} has {files.counts[too_many]:,} rows, more than Excel's {EXCEL_MAX_ROWS - 1:,}"
                   if too_many else _excel_problem_in_files(out_dir))
        _workbook(problem, book, lambda path: _write_xlsx_from_files(out_dir, path), notes, written)
    return written, notes, dict(files.counts)


def _csv_chunks(out_dir: Path, name: str, rows: int = 50_000):
    return pd.read_csv(out_dir / f"{name}.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False,
                       chunksize=rows)


def _excel_problem_in_files(out_dir: Path) -> str | None:
    """:func:`_excel_problem` over the written CSV files, a chunk at a time (memory bounded)."""
    for name in TABLE_COLUMNS:
        for chunk in _csv_chunks(out_dir, name):
            problem = _excel_problem({name: chunk})  # rows were counted while writing; cells here
            if problem:
                return problem
    return None


def _write_xlsx_from_files(out_dir: Path, path: Path) -> None:
    """The workbook from the written CSV files, streamed a chunk at a time (memory bounded):
    the same cells as :func:`write_tables` writes from memory."""
    _write_workbook(((name, columns, (_typed_for_excel(name, c) for c in _csv_chunks(out_dir, name)))
                     for name, columns in TABLE_COLUMNS.items()), path)


def _typed_for_excel(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """CSV text back to the cell types the in-memory workbook has (numbers as numbers, empty as empty)."""
    out = df.astype(object).where(df != "", None)
    for col in out.columns:
        if col in INT_COLUMNS:
            out[col] = [None if v is None else int(v) for v in out[col]]
        elif (name, col) in _FLOAT_COLUMNS:
            out[col] = [None if v is None else float(v) for v in out[col]]
    return out
