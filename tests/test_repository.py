"""The repository holds sources, data and stored outputs, never build artefacts.

Two wheel files (3.3 MB) were once committed at the root by accident; this test fails on any
tracked file that a build, an install or a run leaves behind, and on any tracked file over 2 MB
(the largest stored figure is ~0.5 MB), so a stray artefact cannot land unnoticed.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: tracked paths that only a build, an install or a run produces
ARTEFACT = re.compile(
    r"(^|/)(__pycache__|\.ipynb_checkpoints|\.pytest_cache|\.cache|\.hypothesis|\.venv|build|dist|site)(/|$)"
    r"|\.egg-info(/|$)|\.(whl|pyc|pyo|so|egg|tar\.gz)$"
    r"|^benchmarks/out/|^data/processed/cache/"
)
MAX_BYTES = 2 * 2**20


def tracked_files() -> list[str]:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout (git or .git missing): no tracked files to check")
    out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)
    return [p for p in out.stdout.decode("utf-8").split("\0") if p]


def test_the_artefact_pattern_catches_what_it_names():
    for bad in ("rapidfuzz-3.14.6-cp311-manylinux.whl", "analysis/__pycache__/corpus.cpython-311.pyc",
                "pkg.egg-info/PKG-INFO", "dist/analysis-0.1.tar.gz", "notebooks/.ipynb_checkpoints/a.ipynb",
                "benchmarks/out/mixed/raw/doc1.pdf", "data/processed/cache/ab/cd.parquet", "site/index.html"):
        assert ARTEFACT.search(bad), bad
    for good in ("analysis/corpus.py", "tests/data/shipped/raw/2021_henan_plan.txt", "figures/coverage_heatmap.png",
                 "tests/data/formats/plan.docx", "docs/index.md", "analysis/site_rules.py"):
        assert not ARTEFACT.search(good), good


def test_no_build_artefact_is_tracked():
    found = [p for p in tracked_files() if ARTEFACT.search(p)]
    assert not found, f"build artefacts tracked by git (remove them, they are in .gitignore): {found}"


def test_no_tracked_file_is_over_2_mb():
    big = [(p, (ROOT / p).stat().st_size) for p in tracked_files()
           if (ROOT / p).is_file() and (ROOT / p).stat().st_size > MAX_BYTES]
    assert not big, f"tracked files over 2 MB: {big}"
