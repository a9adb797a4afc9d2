"""Markdown parsers side by side on the synthetic Markdown documents: markdown-it-py (the reader this suite
ships, analysis/ingest/markdown.py) against mistune 3 (parse to an AST) and the baseline that came before the
reader — the file read as plain text, its markup left in. Speed in files/s of parsing alone; whether the parser
gives each block its source lines (the reader's ``where`` needs them); and, end to end, the tasks and units the
parser recovers from the synthetic plan and task table with the reader and with the plain-text baseline.

Run: ``python benchmarks/readers_markdown.py [--repeat N]`` (mistune: ``pip install mistune``; skipped if absent).
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from analysis.io.tables import build_corpus  # noqa: E402
from analysis.parse.corpus import read_document  # noqa: E402

MARKDOWN = ROOT / "tests/data/synthetic/markdown"


def _speed(parse, texts: list[str], repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            parse(text)
    return repeat * len(texts) / (time.perf_counter() - start)


def _facts(path: Path) -> tuple[int, int]:
    corpus = build_corpus([read_document(path, None)])
    return len(corpus.tasks), len(corpus.units)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=200)
    args = ap.parse_args()
    files = sorted(MARKDOWN.glob("*.md"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table")
    rows = [("markdown-it-py", _speed(md.parse, texts, args.repeat), all(t.map for t in md.parse(texts[0]) if t.block and t.nesting == 1))]
    try:
        import mistune
        ast = mistune.create_markdown(renderer="ast", plugins=["table"])
        first = ast(texts[0])
        rows.append((f"mistune {mistune.__version__}", _speed(ast, texts, args.repeat),
                     any("line" in str(node.keys()) for node in first)))
    except ImportError:
        print("mistune not installed: skipped")
    print(f"{len(files)} Markdown files × {args.repeat}")
    print(f"{'parser':<20}{'files/s':>10}  source lines per block")
    for name, speed, lines in rows:
        print(f"{name:<20}{speed:>10.0f}  {'yes' if lines else 'no'}")
    print("\nend to end (tasks, units the parser recovers):")
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("plan_three_tasks.md", "task_table.md"):
            as_text = Path(tmp) / name.replace(".md", ".txt")
            shutil.copy(MARKDOWN / name, as_text)
            print(f"  {name:<22} reader {_facts(MARKDOWN / name)}   read as plain text {_facts(as_text)}")


if __name__ == "__main__":
    main()
