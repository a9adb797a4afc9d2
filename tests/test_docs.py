"""The documentation site's sources stay complete: every figure is in the gallery, every notebook
and every page under docs/ is in the site's navigation (``make docs`` builds the site itself with
warnings as errors)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def nav_entries() -> set[str]:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = text.split("\nnav:\n", 1)[1]
    return set(re.findall(r":\s*(\S+\.(?:md|ipynb))\s*$", nav, re.M))


def test_the_gallery_is_current():
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_gallery.py"), "--check"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_every_notebook_is_in_the_site():
    notebooks = {f"notebooks/{p.name}" for p in (ROOT / "notebooks").glob("*.ipynb")}
    assert notebooks and notebooks <= nav_entries(), notebooks - nav_entries()


def test_every_page_is_in_the_site():
    pages = {p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md")
             if "notebooks" not in p.parts and "figures" not in p.parts}
    assert "index.md" in pages and pages <= nav_entries(), pages - nav_entries()
