"""Compare: coverage — which plan's tasks touch which theme.

The themes are a codebook the researcher edits, ``data/codebook.csv``; this
module reads it, codes every task of the ``tasks`` table by keyword, and
summarises the coding as a category × document matrix.

Data file (under ``data/``, edited by the researcher, not code)
---------------------------------------------------------------
``codebook.csv``
    UTF-8 (a BOM is allowed and written, so Excel shows the Chinese), one row
    per category, columns::

        category,label_zh,label_en,keywords,description_en

    ``category`` is a short snake_case id (``^[a-z][a-z0-9_]*$``), unique.
    ``keywords`` are separated by ``|``; each is matched as a plain substring
    of the task title and text, which are *normalized simplified* Chinese (what
    :func:`analysis.load_corpus` produces, traditional sources included), so
    keywords must be written in simplified characters.  Further columns are
    kept; row order is the order of every output.  A keyword should name the
    theme, not the enforcement vocabulary every task shares: bare 执法, 监督,
    服务, 保障 or 建设 would touch nearly every task.

Coding rule
-----------
A task *touches* a category when at least one of the category's keywords
occurs in ``title + "\\n" + text`` (the newline keeps a keyword from being
found across the title/text boundary).  A task can touch any number of
categories, or none.

Functions take data and return data; nothing is cached between calls.
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

__all__ = [
    "CODEBOOK_PATH", "CODEBOOK_COLUMNS", "CODED_COLUMNS", "UNCOVERED_COLUMNS", "KEYWORD_SEPARATOR",
    "CodebookError", "load_codebook", "code_tasks", "coverage_matrix", "uncovered_categories", "theme_labels",
]

PROJECT_ROOT = Path(__file__).resolve().parents[2]
#: The shipped codebook.
CODEBOOK_PATH = PROJECT_ROOT / "data" / "codebook.csv"
#: Columns a codebook must have, in the order :func:`load_codebook` returns them.
CODEBOOK_COLUMNS = ["category", "label_zh", "label_en", "keywords", "description_en"]
#: Columns of :func:`code_tasks`.
CODED_COLUMNS = ["doc_id", "task_seq", "category", "keywords"]
#: Columns of :func:`uncovered_categories`.
UNCOVERED_COLUMNS = ["category", "label_en", "n_docs_missing", "missing_docs", "covered_by_none"]
#: Separator of keywords in the file, and of matched keywords in :func:`code_tasks`.
KEYWORD_SEPARATOR = "|"
MATCHED_SEPARATOR = " | "

_CATEGORY_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_TASK_COLUMNS = ["doc_id", "task_seq", "title", "text"]


class CodebookError(ValueError):
    """A bad codebook: one line naming the file, the line and the problem."""


# --------------------------------------------------------------------------
# codebook
# --------------------------------------------------------------------------

def _display(path: Path) -> str:
    """The path as a reader would want it: relative to the project when inside it."""
    try:
        return str(path.resolve().relative_to(PROJECT_ROOT))
    except ValueError:
        return str(path)


def _simplified_mismatch(keywords: list[str]) -> str | None:
    """The first keyword that OpenCC t2s would change (so never matches normalized text), or None."""
    import opencc  # lazily: loading its dictionaries takes a moment

    converter = opencc.OpenCC("t2s.json")
    for kw in keywords:
        if converter.convert(kw) != kw:
            return kw
    return None


def load_codebook(path: str | Path = CODEBOOK_PATH) -> pd.DataFrame:
    """Read and validate a codebook CSV.

    Parameters
    ----------
    path : str or Path, default :data:`CODEBOOK_PATH`
        A CSV file in the format described in the module docstring.

    Returns
    -------
    DataFrame
        One row per category in file order, columns ``category``, ``label_zh``,
        ``label_en``, ``keywords`` (``list[str]``, stripped, in file order,
        duplicates dropped), ``description_en``, then any further columns of
        the file as strings.  Entirely blank rows are skipped.

    Raises
    ------
    CodebookError
        With a one-line message ``<file>, line <n>: <problem>`` (``<file>`` is
        relative to the project when inside it) for: a missing file, bytes that
        are not UTF-8, a missing column, a row with the wrong number of
        fields, a category id that is not snake_case, a duplicate category, an
        empty keyword list, an empty keyword between two ``|``, a keyword not
        in simplified script.
    """
    path = Path(path)
    name = _display(path)
    if not path.is_file():
        raise CodebookError(f"{name}: codebook not found")
    data = path.read_bytes()
    bom = data.startswith(b"\xef\xbb\xbf")
    body = data[3:] if bom else data
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = body.count(b"\n", 0, exc.start) + 1
        raise CodebookError(f"{name}, line {line}: not UTF-8 (bad byte at offset {exc.start + 3 * bom})") from None

    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise CodebookError(f"{name}, line 1: file is empty, expected a header row") from None
    except csv.Error as exc:
        raise CodebookError(f"{name}, line 1: {exc}") from None
    header = [h.strip() for h in header]
    missing = [c for c in CODEBOOK_COLUMNS if c not in header]
    if missing:
        raise CodebookError(f"{name}, line 1: missing column(s) {', '.join(map(repr, missing))}; "
                            f"expected {','.join(CODEBOOK_COLUMNS)}")
    dup_cols = sorted({h for h in header if header.count(h) > 1})
    if dup_cols:
        raise CodebookError(f"{name}, line 1: duplicate column(s) {', '.join(map(repr, dup_cols))}")
    extra = [h for h in header if h not in CODEBOOK_COLUMNS]

    records, first_line = [], {}
    line = reader.line_num  # lines consumed so far; the next record starts after them
    while True:
        start = line + 1
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise CodebookError(f"{name}, line {start}: {exc}") from None
        line = reader.line_num
        if not any(f.strip() for f in fields):
            continue
        if len(fields) != len(header):
            raise CodebookError(f"{name}, line {start}: {len(fields)} fields, the header has {len(header)}")
        row = {h: f.strip() for h, f in zip(header, fields)}
        cat = row["category"]
        if not _CATEGORY_ID.match(cat):
            raise CodebookError(f"{name}, line {start}: category id {cat!r} is not snake_case "
                                f"(lower-case letter first, then a-z, 0-9, _)")
        if cat in first_line:
            raise CodebookError(f"{name}, line {start}: duplicate category {cat!r} (first on line {first_line[cat]})")
        first_line[cat] = start
        raw = row["keywords"]
        if not raw:
            raise CodebookError(f"{name}, line {start}: category {cat!r} has no keywords")
        pieces = [k.strip() for k in raw.split(KEYWORD_SEPARATOR)]
        if any(not k for k in pieces):
            raise CodebookError(f"{name}, line {start}: category {cat!r} has an empty keyword in {raw!r}")
        keywords = list(dict.fromkeys(pieces))
        bad = _simplified_mismatch(keywords)
        if bad is not None:
            raise CodebookError(f"{name}, line {start}: keyword {bad!r} of {cat!r} is not simplified Chinese; "
                                f"tasks are matched as simplified text")
        row["keywords"] = keywords
        records.append(row)

    if not records:
        raise CodebookError(f"{name}, line {line + 1}: no categories after the header")
    return pd.DataFrame(records, columns=CODEBOOK_COLUMNS + extra)


def _as_codebook(codebook) -> pd.DataFrame:
    """A codebook frame from a frame or a path; keyword strings split on ``|``."""
    if isinstance(codebook, (str, Path)):
        return load_codebook(codebook)
    missing = [c for c in ("category", "keywords") if c not in codebook.columns]
    if missing:
        raise ValueError(f"codebook lacks column(s) {missing}; load it with load_codebook()")
    if codebook["category"].duplicated().any():
        dup = codebook.loc[codebook["category"].duplicated(), "category"].iloc[0]
        raise ValueError(f"codebook has duplicate category {dup!r}")
    out = codebook.copy()
    out["keywords"] = [
        [k.strip() for k in kw.split(KEYWORD_SEPARATOR) if k.strip()] if isinstance(kw, str) else list(kw)
        for kw in out["keywords"]
    ]
    return out


def _check_tasks(tasks: pd.DataFrame) -> None:
    missing = [c for c in _TASK_COLUMNS if c not in tasks.columns]
    if missing:
        raise ValueError(f"tasks lacks column(s) {missing}; expected the tasks table of analysis.load_corpus()")
    if tasks.duplicated(["doc_id", "task_seq"]).any():
        dup = tasks.loc[tasks.duplicated(["doc_id", "task_seq"]), ["doc_id", "task_seq"]].iloc[0]
        raise ValueError(f"tasks has duplicate (doc_id, task_seq) {tuple(dup)}")


def _doc_order(tasks: pd.DataFrame) -> list:
    return list(dict.fromkeys(tasks["doc_id"]))


def _text(value) -> str:
    return value if isinstance(value, str) else ""


# --------------------------------------------------------------------------
# coding
# --------------------------------------------------------------------------

def code_tasks(tasks: pd.DataFrame, codebook: pd.DataFrame | str | Path) -> pd.DataFrame:
    """Code each task with the categories whose keywords it contains.

    Parameters
    ----------
    tasks : DataFrame
        The ``tasks`` table (``doc_id, task_seq, section, subsection, task_no,
        title, text``; only ``doc_id, task_seq, title, text`` are used), text in
        normalized simplified Chinese.  ``(doc_id, task_seq)`` must be unique;
        a missing title or text counts as empty.
    codebook : DataFrame or path
        From :func:`load_codebook` (or a path to load). A ``keywords`` cell may
        also be a ``|``-separated string.

    Returns
    -------
    DataFrame
        Long table, columns ``doc_id, task_seq, category, keywords``: one row
        per (task, category) the task touches; ``keywords`` are the category's
        keywords found in the task, in codebook order, joined by ``' | '``.
        Rows are sorted by document (order of first appearance in ``tasks``),
        ``task_seq``, then codebook order.  Tasks touching nothing have no row.
        ``task_seq`` keeps the dtype it has in ``tasks``.

    Raises
    ------
    ValueError
        If ``tasks`` lacks a needed column or repeats a ``(doc_id, task_seq)``.
    """
    _check_tasks(tasks)
    book = _as_codebook(codebook)
    docs = {d: i for i, d in enumerate(_doc_order(tasks))}
    entries = list(zip(book["category"], book["keywords"]))
    rows = []
    for doc_id, seq, title, text in zip(tasks["doc_id"], tasks["task_seq"], tasks["title"], tasks["text"]):
        haystack = _text(title) + "\n" + _text(text)
        for rank, (cat, keywords) in enumerate(entries):
            found = [k for k in keywords if k in haystack]
            if found:
                rows.append((docs[doc_id], seq, rank, doc_id, cat, MATCHED_SEPARATOR.join(found)))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    out = pd.DataFrame([(r[3], r[1], r[4], r[5]) for r in rows], columns=CODED_COLUMNS, dtype=object)
    out["task_seq"] = out["task_seq"].astype(tasks["task_seq"].dtype)
    return out


def coverage_matrix(tasks: pd.DataFrame, codebook: pd.DataFrame | str | Path, *,
                    coded: pd.DataFrame | None = None) -> pd.DataFrame:
    """Share of each document's tasks that touch each category.

    Parameters
    ----------
    tasks, codebook
        As for :func:`code_tasks`.
    coded
        :func:`code_tasks` of these tasks and codebook, when the caller has it (not coded again).

    Returns
    -------
    DataFrame of float
        Index ``category`` (codebook order), columns ``doc_id`` (order of first
        appearance in ``tasks``, column index named ``doc_id``); a cell is
        (tasks of the document touching the category) / (tasks of the
        document), between 0.0 and 1.0, 0.0 where no task does.  A document
        counts only if it has tasks; with no tasks the frame has no columns.
    """
    book = _as_codebook(codebook)
    coded = code_tasks(tasks, book) if coded is None else coded
    docs = _doc_order(tasks)
    n_tasks = tasks.groupby("doc_id", sort=False).size().reindex(docs).astype(float)
    counts = (coded.groupby(["category", "doc_id"], sort=False).size()
              .unstack("doc_id")
              .reindex(index=list(book["category"]), columns=docs)
              .fillna(0)
              .astype(float))
    matrix = counts.div(n_tasks, axis=1).astype(float)
    matrix.index.name = "category"
    matrix.columns.name = "doc_id"
    return matrix


def uncovered_categories(tasks: pd.DataFrame, codebook: pd.DataFrame | str | Path, *,
                         coded: pd.DataFrame | None = None) -> pd.DataFrame:
    """Categories some document does not touch, and which documents.

    Parameters
    ----------
    tasks, codebook, coded
        As for :func:`coverage_matrix`.

    Returns
    -------
    DataFrame
        One row per category that at least one document of ``tasks`` does not
        touch (categories every document touches are left out), in codebook
        order, columns:

        ``category``
            the category id;
        ``label_en``
            its English label (empty if the codebook has none);
        ``n_docs_missing``
            how many documents do not touch it (int);
        ``missing_docs``
            those documents' ids (``list[str]``, order of first appearance in
            ``tasks``);
        ``covered_by_none``
            True when no document touches the category at all
            (``n_docs_missing`` equals the number of documents).

        Select ``covered_by_none`` for the categories no document touches.
    """
    book = _as_codebook(codebook)
    matrix = coverage_matrix(tasks, book, coded=coded)
    labels = dict(zip(book["category"], book["label_en"])) if "label_en" in book.columns else {}
    n_docs = matrix.shape[1]
    rows = []
    for cat, shares in matrix.iterrows():
        missing = [doc for doc, share in shares.items() if share == 0.0]
        if missing:
            rows.append((cat, _text(labels.get(cat)), len(missing), missing, len(missing) == n_docs))
    out = pd.DataFrame(rows, columns=UNCOVERED_COLUMNS)
    return out.astype({"n_docs_missing": int, "covered_by_none": bool})


def theme_labels(table: pd.DataFrame, codebook: pd.DataFrame | str | Path, lang: str = "zh") -> pd.DataFrame:
    """``table`` with its category ids (the index, or a ``category`` column) shown as the codebook's
    labels — ``label_zh`` (``lang="zh"``) or ``label_en`` — so a table reads as the figures do; an id
    whose label is empty stays as it is. In: a table of :func:`coverage_matrix` or
    :func:`uncovered_categories`; out: a copy."""
    codebook = _as_codebook(codebook)
    column = "label_zh" if lang == "zh" else "label_en"
    names = {c: (str(n).strip() or c) for c, n in zip(codebook["category"], codebook[column].fillna(""))}
    if "category" in table.columns:
        return table.assign(category=table["category"].map(lambda c: names.get(c, c)))
    return table.rename(index=names)
