"""Which development texts a fresh machine must re-gather, and where each goes.

The texts are third-party pages and stay outside the repository (``/tmp/devcorpus`` by default); the facts files
record the search query and URL of each. On a fresh machine::

    python tests/realworld/regather.py todo [--part K/N] SET...   # the distinct queries still to look up, with the ids
    python tests/realworld/regather.py where URL                  # where a search result's excerpt is saved, if wanted

SET is ``facts``, ``dev2``, ``heldout``, ``heldout2``, ``heldout3`` or ``batches/bNN``. Each query is run once in the
search tool's ``pages`` corpus; every result whose URL ``where`` knows is saved verbatim (its excerpt) at the path it
prints. ``--part K/N`` splits the queries between helpers by a stable hash. Rows whose URL is a GitHub file (published
files of b18, b25–b31) are not pages: fetch the repository instead (their ``query`` says how).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = Path(os.environ.get("DEVCORPUS", "/tmp/devcorpus"))
FOLDER = {"facts": "texts", "dev2": "dev2", "heldout": "heldout", "heldout2": "heldout2", "heldout3": "heldout3"}


def rows() -> list[dict]:
    """One row per facts file: url, query, set, destination path, and whether it is a page (not a GitHub file)."""
    out = []
    for f in sorted(HERE.glob("**/*.json")):
        facts = json.loads(f.read_text(encoding="utf-8"))
        if "url" not in facts:
            continue
        where = f.parent.relative_to(HERE).as_posix()
        folder = FOLDER.get(where, where if where.startswith("batches/") else None)
        if folder is None:
            continue
        out.append({"url": facts["url"], "query": facts.get("query", ""), "set": where,
                    "path": ROOT / folder / f"{facts['id']}.txt",
                    "page": "github" not in facts["url"] and "fetch " not in facts.get("query", "")})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    todo = sub.add_parser("todo")
    todo.add_argument("--part", default="1/1")
    todo.add_argument("sets", nargs="+")
    where = sub.add_parser("where")
    where.add_argument("url")
    args = parser.parse_args()
    if args.command == "where":
        hit = next((r for r in rows() if r["url"] == args.url.strip()), None)
        print("NOT IN MAP" if hit is None else ("ALREADY SAVED " if hit["path"].exists() else "") + str(hit["path"]))
        return
    k, n = map(int, args.part.split("/"))
    queries: dict[str, list[str]] = {}
    for r in rows():
        if r["set"] in args.sets and r["page"] and not r["path"].exists():
            queries.setdefault(r["query"], []).append(r["path"].name)
    queries = {q: ids for q, ids in queries.items() if int(hashlib.md5(q.encode()).hexdigest(), 16) % n == k - 1}
    for q, ids in queries.items():
        print(repr(q), ids)
    print(len(queries), "queries,", sum(map(len, queries.values())), "texts missing")


if __name__ == "__main__":
    main()
