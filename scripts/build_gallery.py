"""Write docs/gallery.md: every figure of ``analysis.figures.FIGURES`` in both languages, with what
it shows (the first paragraph of its function's docstring).

    python scripts/build_gallery.py           # rewrite docs/gallery.md
    python scripts/build_gallery.py --check   # exit 1 when docs/gallery.md is not what it would write

The page is generated so that a figure added to ``FIGURES`` cannot be missing from the gallery
(tests/test_docs.py runs ``--check``).
"""
from __future__ import annotations

import argparse
import inspect
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
GALLERY = ROOT / "docs" / "gallery.md"

HEADER = """# Figure gallery

Every figure `make all` draws, as stored in `figures/` for the shipped corpus (PNG and SVG, Chinese
and English). Each is drawn by one function of `analysis.figures` (`FIGURES` maps the file name to
it); what it shows is that function's docstring. At study size the per-document figures group
documents and name the `focus` ones (see the user guide).

"""


def what_it_shows(func) -> str:
    """The first paragraph of ``func``'s docstring, on one line, reST literals as Markdown code."""
    doc = inspect.getdoc(func) or ""
    first = doc.split("\n\n", 1)[0]
    text = " ".join(first.split())
    text = re.sub(r":(?:func|class|mod|data):`~?([^`]+)`", lambda m: f"`{m.group(1).split('.')[-1]}`", text)
    return text.replace("``", "`")


def stems(name: str) -> list[str]:
    """The file stems of figure ``name`` in figures/: the name itself, or — for a figure drawn once per
    pair of the settings (``task_alignment_<source>_<target>``) — each of those."""
    if (ROOT / "figures" / f"{name}.png").exists():
        return [name]
    found = sorted(p.stem for p in (ROOT / "figures").glob(f"{name}_*.png") if not p.stem.endswith("_en"))
    return found or [name]


def gallery() -> str:
    from analysis.figures import FIGURES

    parts = [HEADER]
    for name, func in FIGURES.items():
        parts.append(f"## {name}\n\n{what_it_shows(func)} (`{func.__module__}.{func.__name__}`)\n\n")
        for stem in stems(name):
            for suffix, language in (("", "Chinese"), ("_en", "English")):
                if (ROOT / "figures" / f"{stem}{suffix}.png").exists():
                    parts.append(f"![{stem}, {language}](figures/{stem}{suffix}.png)\n\n")
                else:
                    parts.append(f"*{language}: not drawn for the shipped corpus.*\n\n")
    return "".join(parts).rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that docs/gallery.md is current")
    args = parser.parse_args(argv)
    text = gallery()
    if args.check:
        if not GALLERY.exists() or GALLERY.read_text(encoding="utf-8") != text:
            print(f"error: {GALLERY.relative_to(ROOT)} is out of date: run python scripts/build_gallery.py")
            return 1
        return 0
    GALLERY.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
