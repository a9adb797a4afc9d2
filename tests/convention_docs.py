"""Reading the invented convention documents (tests/data/synthetic/conventions/<name>.txt) for the
rule tests: each document is read as a file the manifest does not list, so its metadata comes from
its own text; parsed once per test session."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd

from analysis.io.tables import build_corpus
from analysis.parse.corpus import read_document

CONVENTIONS = Path(__file__).parent / "data" / "synthetic" / "conventions"

__all__ = ["CONVENTIONS", "read", "corpus", "field", "value", "values", "rows", "tasks", "units", "warnings",
           "plan_doc", "plan_corpus", "normalized", "title_beside_cover", "text_value", "source_value",
           "headerless_table"]


@lru_cache(maxsize=None)
def read(name: str):
    """(the Document, its Corpus) of the convention document ``name``."""
    doc = read_document(CONVENTIONS / f"{name}.txt", meta=None)
    return doc, build_corpus([doc])


def corpus(name: str):
    return read(name)[1]


def field(name: str, field: str):
    """The metadata reading of a field (a Field, or None when nothing was read)."""
    return read(name)[0].meta["metadata_fields"].get(field)


def value(name: str, field_name: str) -> str:
    f = field(name, field_name)
    return f.value if f is not None else ""


def values(name: str, *fields: str) -> tuple:
    return tuple(value(name, f) for f in fields)


def rows(frame: pd.DataFrame, columns: list[str]) -> list[tuple]:
    """The frame's rows as tuples, missing values as None."""
    return [tuple(None if (v is None or v is pd.NA or v != v) else v for v in r)
            for r in frame[columns].astype(object).itertuples(index=False)]


def tasks(name: str) -> list[tuple[str, str]]:
    return rows(corpus(name).tasks, ["task_no", "title"])


def units(name: str) -> list[tuple]:
    return rows(corpus(name).units, ["task_seq", "unit", "role"])


def warnings(name: str, kind: str) -> list[str]:
    w = corpus(name).warnings
    return list(w.loc[w.kind == kind, "message"])


def plan_doc(text: str, title: str = "", level: str = "municipal"):
    """A Document of ``text`` as given (not normalized), listed as a plan of ``level`` titled ``title``: for
    rule tests that read one pass of the parser alone."""
    from analysis.parse.corpus import Document
    return Document(meta={"doc_id": "t", "kind": "plan", "title": title, "level": level}, source=text, text=text,
                    origin=list(range(len(text))))


def plan_corpus(text: str, title: str = "", level: str = "municipal"):
    """The Corpus tables of :func:`plan_doc`."""
    return build_corpus([plan_doc(text, title, level)])


def normalized(source: str) -> str:
    """The normalized text of a source."""
    from analysis.parse.corpus import normalize
    return normalize(source)[0]


def text_value(source: str, field_name: str) -> str:
    """The metadata value of a field read from a source's normalized text ("" when nothing was read)."""
    from analysis.parse.metadata import read_metadata
    f = read_metadata(normalized(source)).get(field_name)
    return f.value if f is not None else ""


def source_value(source: str, field_name: str) -> str:
    """The metadata value of a field as :func:`analysis.parse.corpus.read_document` reads a file holding ``source``
    (the normalized text, and the page furniture the normalizer removed: a page's field block above the title)."""
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "source.txt"
        path.write_text(source, encoding="utf-8")
        f = read_document(path, meta=None).meta["metadata_fields"].get(field_name)
    return f.value if f is not None else ""


def title_beside_cover(line: str, cover: str):
    """The title Field read from a title ``line`` rated beside a cover notice that issues ``cover`` (the confidence
    rules' view of a title the cover names otherwise)."""
    from analysis.parse.confidence import assess
    from analysis.parse.metadata import Field
    title = Field(line, "title line in the front matter", line, 40)
    issued = Field(cover, "cover notice 关于印发《…》的通知", f"关于印发《{cover}》的通知", 0)
    return assess({"title": title}, {"title": [title, issued]})["title"]



def headerless_table(cells: list[tuple[str, str, str]]):
    """The TextTable of a table flattened one cell a line without its header: rows 1, 2, … of (task, unit, date),
    cells between bars."""
    from analysis.parse.text_tables import find_text_tables
    [table] = find_text_tables("\n".join(f"{k}\n|\n{a}\n|\n{b}\n|\n{c}\n|" for k, (a, b, c) in enumerate(cells, 1))
                               .split("\n"))
    return table
