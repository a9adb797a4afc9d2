from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
MANIFEST = ROOT / "data" / "manifest.csv"


@pytest.fixture(scope="session")
def documents():
    """The five shipped documents, normalized, by doc_id."""
    from analysis.corpus import read_corpus

    return {d.doc_id: d for d in read_corpus(RAW, MANIFEST)}


@pytest.fixture(scope="session")
def corpus(documents):
    from analysis.tables import build_corpus

    return build_corpus(list(documents.values()))


@pytest.fixture(scope="session")
def parsed(documents):
    from analysis.structure import parse_document

    return {doc_id: parse_document(doc) for doc_id, doc in documents.items()}
