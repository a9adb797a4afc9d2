"""The tests never read the researcher's data: the corpus, manifest, codebook and settings they
pin come from fixture copies under tests/data/shipped, so that adding plans to data/raw,
replacing the shipped ones, or editing data/codebook.csv or analysis.toml moves no test."""
import hashlib
import os
import re
from pathlib import Path

import pytest

from analysis.io.tables import default_manifest, default_raw_dir

TESTS = Path(__file__).parent
ROOT = TESTS.parent
SHIPPED = TESTS / "data" / "shipped"

#: What reaching the project's own data looks like in a test's source.
FORBIDDEN = [
    (re.compile(r"""["']data["']\s*/\s*["']raw["']"""), "the project's data/raw"),
    (re.compile(r"""["'][^"']*data/raw"""), "the project's data/raw"),
    (re.compile(r"""ROOT\s*/\s*["']data["']\s*/\s*["']manifest\.csv["']"""), "the project's data/manifest.csv"),
    (re.compile(r"""["'][^"']*data/manifest\.csv"""), "the project's data/manifest.csv"),
    (re.compile(r"""\bload_corpus\(\s*\)"""), "load_corpus() without a corpus (the project's data/raw)"),
    (re.compile(r"""\bload_codebook\(\s*\)|CODEBOOK_PATH\.read"""), "the project's data/codebook.csv"),
    (re.compile(r"""ROOT\s*/\s*["']analysis\.toml["']"""), "the project's analysis.toml"),
]


def _sources():
    return sorted(p for p in TESTS.rglob("*.py") if p.name != "test_fixtures.py" and "realworld" not in p.parts)


def test_no_test_reads_the_projects_corpus_manifest_codebook_or_settings():
    found = []
    for path in _sources():
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.lstrip().startswith("#"):
                continue
            for pattern, what in FORBIDDEN:
                if pattern.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{lineno}: {what}: {line.strip()}")
    assert found == []


def test_the_check_above_would_catch_each_way_in(tmp_path):
    """Each pattern fails a line written the way a test would reach the project's data."""
    lines = ['bare = load_corpus(ROOT / "data" / "raw", manifest=False)', 'main(["inspect", "data/raw/x.txt"])',
             'm = ROOT / "data" / "manifest.csv"', 'pd.read_csv("data/manifest.csv")', "corpus = load_corpus()",
             "book = load_codebook()", 'toml = ROOT / "analysis.toml"']
    for line in lines:
        assert any(p.search(line) for p, _ in FORBIDDEN), line
    assert not any(p.search('raw = Path(__file__).parent / "data" / "shipped" / "raw"') for p, _ in FORBIDDEN)


def test_every_default_points_at_the_fixtures():
    """conftest.py sets the package's defaults before any test runs: a call without a corpus reads
    the fixture copies, never the project's data/raw (which a researcher fills with their plans)."""
    assert default_raw_dir() == SHIPPED / "raw"
    assert default_manifest() == SHIPPED / "manifest.csv"
    assert os.environ["POLICY_ANALYSIS_SETTINGS"] == "none"  # a test that wants settings names its file
    assert os.environ["POLICY_ANALYSIS_CACHE"] == "none"  # and a test of the cache its folder


#: sha256 of the source files as received (the seeds' 000…004), recorded when the copies were made.
DIGESTS = {
    "2021_tianjin_plan.txt": "cd07c07dfe76826d72d09e224bf8e85642e14224bf798d4711dde9b0ed50ddf6",
    "2021_henan_plan.txt": "1ba786a43f08779b110b1b8796d3ca6ab0e57579ff607465dd5e2b89048b909c",
    "2024_national_plan.txt": "19ab4cbb1cbf0f572aca24216feb57ad3db38d4f5eda054da667ac79cedeb4d8",
    "2024_xining_plan.txt": "1437085824701c9db68e69f54cebd8e5f38f6a9fe8aa91e1792d009cf729d586",
    "2023_tianjin_report.txt": "a92d196d472ee1f5a216b31a15a49a82782c737b15d1e3a3c107335b4a1cc0d7",
}


@pytest.mark.parametrize("name", sorted(DIGESTS))
def test_the_fixture_texts_are_the_shipped_documents_as_received(name):
    """The copies under tests/ are the shipped documents byte for byte, defects included."""
    assert hashlib.sha256((SHIPPED / "raw" / name).read_bytes()).hexdigest() == DIGESTS[name]
    assert sorted(p.name for p in (SHIPPED / "raw").iterdir()) == sorted(DIGESTS)
