"""Fixtures of the shipped corpus, and the guard that keeps the tests off the researcher's data.

Tests that pin values of the five shipped documents read fixture copies of them:
the texts in ``tests/data/shipped/raw`` and the rows of
``tests/data/shipped/manifest.csv`` (with the shipped codebook and settings beside
them). No test reads ``data/raw``, ``data/manifest.csv``, ``data/codebook.csv`` or
``analysis.toml``: a researcher who adds plans, replaces the shipped ones or edits
the codebook or the settings changes no test. Every default that would reach the
researcher's corpus — :func:`analysis.load_corpus` without arguments, the command
line without ``--raw``/``--manifest``, the study settings — is pointed at the
fixtures here, before any test runs (``tests/test_fixtures.py`` checks the sources
as well).
"""
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = Path(__file__).parent / "data" / "shipped"
RAW = SHIPPED / "raw"
SHIPPED_MANIFEST = SHIPPED / "manifest.csv"
SHIPPED_CODEBOOK = SHIPPED / "codebook.csv"
SHIPPED_SETTINGS = SHIPPED / "analysis.toml"
sys.path.insert(0, str(Path(__file__).parent))  # corpus_factory, plan_grammar

# Property tests (test_properties.py): ``ci``, the default, draws the same examples on every run
# (derandomized), so a run passes or fails for the code, not for the draw, and a mutation run's
# kills are repeatable; ``explore`` draws fresh random examples, many more of them, to search for
# new failures (HYPOTHESIS_PROFILE=explore; a failure found is printed with its reproduction blob);
# ``mutation`` is ``ci`` without shrinking.
_PROPERTY = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                      HealthCheck.filter_too_much])
settings.register_profile("ci", max_examples=30, derandomize=True, print_blob=True, **_PROPERTY)
settings.register_profile("explore", max_examples=500, print_blob=True, **_PROPERTY)
# scripts/mutation.py: the ci examples, a failure not shrunk (a kill needs no minimal example)
settings.register_profile("mutation", settings.get_profile("ci"), phases=[Phase.explicit, Phase.reuse, Phase.generate])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# The defaults of the package read these variables (analysis.io.tables, analysis.study): set here, at
# collection, so that no test and no subprocess a test starts can fall through to the project's data.
os.environ["POLICY_ANALYSIS_RAW"] = str(RAW)
os.environ["POLICY_ANALYSIS_MANIFEST"] = str(SHIPPED_MANIFEST)
os.environ["POLICY_ANALYSIS_SETTINGS"] = "none"  # defaults computed from each test's corpus; never analysis.toml
os.environ["POLICY_ANALYSIS_CACHE"] = "none"  # tests compute; the cache has tests of its own
os.environ.pop("POLICY_ANALYSIS_CODEBOOK", None)  # the codebook is the settings' unless a test names one


def shipped_documents():
    """The five shipped documents, normalized, in shipped-manifest order (a list of Document)."""
    from analysis.parse.corpus import read_document, read_manifest

    table = read_manifest(SHIPPED_MANIFEST, RAW)
    return [read_document(RAW / rec["file"], meta=rec) for rec in table.to_dict("records")]


def shipped_corpus():
    """The shipped corpus as tables (a Corpus with the shipped manifest)."""
    from analysis.parse.corpus import read_manifest
    from analysis.io.tables import build_corpus

    return build_corpus(shipped_documents(), read_manifest(SHIPPED_MANIFEST, RAW))


@pytest.fixture(scope="session")
def documents():
    """The five shipped documents, normalized, by doc_id."""
    return {d.doc_id: d for d in shipped_documents()}


@pytest.fixture(scope="session")
def corpus(documents):
    from analysis.io.tables import build_corpus

    return build_corpus(list(documents.values()))


@pytest.fixture(scope="session")
def real_corpus():
    """The shipped corpus with its manifest (English names for figures)."""
    return shipped_corpus()


@pytest.fixture(scope="session")
def parsed(documents):
    from analysis.parse.structure import parse_document

    return {doc_id: parse_document(doc) for doc_id, doc in documents.items()}
