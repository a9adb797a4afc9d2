"""A content-keyed cache of computed results, shared by the notebooks and the figures of one corpus.

In:  a folder (``data/processed/cache`` by default), a name, what the result depends
     on, and the function that computes it.
Out: the result — read from the folder when a result of the same key is there, else
     computed and written there.

The key of a result is a SHA-256 of everything it depends on: the inputs the caller
names (a corpus digest, the settings it uses), the source of every module of the
package, the data files under ``data/`` that rules read (divisions, dictionaries,
glossary) and the versions of the libraries the package computes with. So a result
is read back only when recomputing it would give the same thing, and a changed
plan, manifest row, setting, dictionary, package line or library gives a new key.
Old entries are never read again; :func:`prune` removes all but the newest.

Entries are Python pickles written by this package: read a cache folder only if you
trust whoever wrote it (as with any pickle). Writes are atomic (a temporary file,
then a rename), so two processes computing the same entry at once leave one whole
file. ``POLICY_ANALYSIS_CACHE=none`` (or ``Cache(None)``) turns caching off.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import time
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any, Callable

import pandas as pd

from .files import write_atomic

__all__ = ["Cache", "code_digest", "corpus_digest", "frame_digest", "default_cache", "ENV_CACHE", "CACHE_DIR"]

PACKAGE_DIR = Path(__file__).resolve().parents[1]  # analysis/, this module being analysis/io/cache.py
PROJECT_ROOT = PACKAGE_DIR.parent
CACHE_DIR = PROJECT_ROOT / "data" / "processed" / "cache"
ENV_CACHE = "POLICY_ANALYSIS_CACHE"
#: Data files rules read while computing (the codebook is a setting, keyed where it is used).
_DATA_FILES = ("divisions.csv", "jieba_userdict.txt", "stopwords.txt", "glossary.csv", "progress_cues.csv")
#: Libraries whose results the cached values are (a release may move a number).
_LIBRARIES = ("numpy", "pandas", "scipy", "scikit-learn", "rjieba", "jieba", "opencc", "rapidfuzz", "datasketch",
              "faiss-cpu", "sparse-dot-topn", "pyarrow", "matplotlib", "pypinyin")


@lru_cache(maxsize=1)
def code_digest() -> str:
    """SHA-256 of the package's source files, the rule data files and the library versions (hex)."""
    h = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        h.update(str(path.relative_to(PACKAGE_DIR)).encode())
        h.update(path.read_bytes())
    for name in _DATA_FILES:
        path = PROJECT_ROOT / "data" / name
        h.update(name.encode())
        h.update(path.read_bytes() if path.is_file() else b"-")
    for lib in _LIBRARIES:
        try:
            version = metadata.version(lib)
        except metadata.PackageNotFoundError:
            version = "-"
        h.update(f"{lib}={version};".encode())
    return h.hexdigest()


def _frame_digest(h, name: str, df: pd.DataFrame) -> None:
    h.update(f"{name}:{len(df)}:{'|'.join(map(str, df.columns))}:{'|'.join(map(str, df.dtypes))}".encode())
    if len(df):
        # list cells (units as written …) are not hashable as such: their text is
        frame = df.apply(lambda col: col.map(repr) if col.dtype == object else col)
        h.update(pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes())


def frame_digest(df: pd.DataFrame) -> str:
    """SHA-256 (hex) of a DataFrame's columns, types and values (list cells by their text)."""
    h = hashlib.sha256()
    _frame_digest(h, "frame", df)
    return h.hexdigest()


def corpus_digest(corpus) -> str:
    """SHA-256 (hex) of a corpus: its twelve tables, its manifest and the normalized text of each
    parsed document (reuse compares the whole body, not only what the tables hold)."""
    h = hashlib.sha256()
    for name, df in corpus.tables().items():
        _frame_digest(h, name, df)
    if corpus.manifest is not None:
        _frame_digest(h, "manifest", corpus.manifest)
    for p in corpus.parsed:
        h.update(f"{p.doc_id}\0".encode())
        h.update(p.document.text.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def _key(name: str, parts: tuple) -> str:
    h = hashlib.sha256(f"{name}\0{code_digest()}\0".encode())
    h.update(repr(parts).encode("utf-8"))
    return h.hexdigest()[:32]


class Cache:
    """Results on disk under ``folder``, one pickle per (name, key); ``folder=None``: nothing stored.

    ``hits`` and ``misses`` count what this instance read and computed (names in order).
    """

    def __init__(self, folder: str | Path | None):
        self.folder = Path(folder) if folder is not None else None
        self.hits: list[str] = []
        self.misses: list[str] = []

    def path(self, name: str, parts: tuple) -> Path | None:
        """Where the result ``name`` of these inputs lives (None without a folder)."""
        return None if self.folder is None else self.folder / f"{name}-{_key(name, parts)}.pkl"

    def get(self, name: str, parts: tuple, compute: Callable[[], Any]) -> Any:
        """The result of ``compute()`` for inputs ``parts`` (a tuple of strings and numbers whose
        ``repr`` says what the result depends on): read back when stored, else computed and stored."""
        path = self.path(name, parts)
        if path is not None and path.is_file():
            try:
                with path.open("rb") as fh:
                    value = pickle.load(fh)
                self.hits.append(name)
                return value
            except Exception:  # noqa: BLE001 — a truncated or foreign file: computed again, rewritten
                pass
        value = compute()
        self.misses.append(name)
        if path is not None:
            self._write(path, value)
        return value

    def _write(self, path: Path, value: Any) -> None:
        write_atomic(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def prune(self, keep_seconds: float = 0.0) -> int:
        """Remove every entry but the newest of each name (and any older than ``keep_seconds``
        beyond that); returns how many files were removed."""
        if self.folder is None or not self.folder.is_dir():
            return 0
        newest: dict[str, Path] = {}
        files = sorted(self.folder.glob("*-*.pkl"), key=lambda p: p.stat().st_mtime)
        for p in files:
            newest[p.name.rsplit("-", 1)[0]] = p
        keep = set(newest.values())
        now, removed = time.time(), 0
        for p in files:
            if p not in keep and now - p.stat().st_mtime >= keep_seconds:
                p.unlink(missing_ok=True)
                removed += 1
        return removed


def default_cache() -> Cache:
    """The cache of this project: ``$POLICY_ANALYSIS_CACHE`` (``none``: off), else ``data/processed/cache``."""
    value = os.environ.get(ENV_CACHE)
    if value:
        return Cache(None if value == "none" else value)
    return Cache(CACHE_DIR)
