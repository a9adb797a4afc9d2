"""Command line: ``python -m analysis {parse,inspect,figures,regenerate}``.

Every failure ends with one line on stderr naming the file and the problem and
a non-zero exit status; ``--debug`` shows the traceback instead.
"""
from __future__ import annotations

import argparse
import os
import sys
import subprocess
import time
from pathlib import Path

from .corpus import CorpusError
from .tables import PROJECT_ROOT, load_corpus

NOTEBOOK_DIR = PROJECT_ROOT / "notebooks"
FIGURE_DIR = PROJECT_ROOT / "figures"


class StepFailed(RuntimeError):
    """A regeneration step failed; the message names the notebook and cell."""


def _parse(args) -> int:
    from .store import parse_to_files

    manifest = None if args.no_manifest else args.manifest
    if manifest is not None and not Path(manifest).exists():
        raise CorpusError(f"{manifest}: manifest not found")
    paths, notes, counts = parse_to_files(args.raw, manifest, args.out, jobs=args.jobs, batch_size=args.batch_size,
                                          xlsx=not args.no_xlsx, engine=args.engine, scheduler=args.scheduler)
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    print(f"parsed {counts['documents']} documents: {counts['tasks']} tasks, {counts['clauses']} clauses, "
          f"{counts['deadlines']} deadlines, {counts['warnings']} warnings → {len(paths)} files in {args.out}")
    import pandas as pd

    warnings = pd.read_csv(Path(args.out) / "warnings.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    for w in warnings.itertuples():
        if w.kind in ("not_in_manifest", "no_tasks", "deadline_unrecognized", "unplaced", "metadata_missing"):
            print(f"warning: {w.doc_id}: {w.message}", file=sys.stderr)
    return 0


def _inspect(args) -> int:
    from .inspect import inspect_file

    for path in args.files:
        sys.stdout.write(inspect_file(path, args.manifest))
    return 0


def _figures(args) -> int:
    from . import figures  # matplotlib is only imported when figures are asked for

    corpus = load_corpus(args.raw, False if args.no_manifest else args.manifest)
    paths = figures.write_all_figures(corpus, args.figures)
    print(f"wrote {len(paths)} figure files to {args.figures}")
    return 0


def execute_notebook(path: Path, timeout: int = 600) -> None:
    """Run a notebook top to bottom and store its outputs in place.

    Raises :class:`StepFailed` naming the notebook and the failing cell.
    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name=nb.metadata.get("kernelspec", {}).get("name", "python3"),
                            resources={"metadata": {"path": str(path.parent)}})
    try:
        # the kernel's own start-up chatter (a transport warning) is not the user's business;
        # cell errors still arrive through the client and are reported below
        client.execute(stderr=subprocess.DEVNULL)
    except CellExecutionError as exc:
        index = next((i for i, c in enumerate(nb.cells) if any(o.get("output_type") == "error" for o in c.get("outputs", []))), None)
        first = str(exc).strip().splitlines()
        last = next((ln for ln in reversed(first) if ln.strip()), "")
        raise StepFailed(f"{path.name}: cell {index + 1 if index is not None else '?'} failed: {last}") from None
    # Execution counts and timing metadata change between runs; keep stored notebooks stable.
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    nbformat.write(nb, path)


def _regenerate(args) -> int:
    start = time.perf_counter()
    steps = args.only or ["tables", "notebooks", "figures"]
    if "tables" in steps:
        t0 = time.perf_counter()
        _parse(args)
        print(f"[tables] {time.perf_counter() - t0:.1f} s", flush=True)
    if "notebooks" in steps:
        notebooks = sorted(args.notebooks.glob("[0-9][0-9]_*.ipynb"))
        for i, nb in enumerate(notebooks, 1):
            t0 = time.perf_counter()
            print(f"[notebook {i}/{len(notebooks)}] {nb.name} …", end=" ", flush=True)
            execute_notebook(nb)
            print(f"{time.perf_counter() - t0:.1f} s", flush=True)
    if "figures" in steps:
        t0 = time.perf_counter()
        _figures(args)
        print(f"[figures] {time.perf_counter() - t0:.1f} s", flush=True)
    print(f"regenerated in {time.perf_counter() - start:.1f} s")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = parser.add_subparsers(dest="command", required=True)

    def corpus_args(p):
        p.add_argument("--raw", type=Path, default=PROJECT_ROOT / "data" / "raw", help="folder of plan texts")
        p.add_argument("--manifest", type=Path, default=PROJECT_ROOT / "data" / "manifest.csv")
        p.add_argument("--no-manifest", action="store_true",
                       help="no manifest: every document's metadata is read from its own text (with a warning)")
        p.add_argument("--out", type=Path, default=PROJECT_ROOT / "data" / "processed", help="table folder")
        p.add_argument("--no-xlsx", action="store_true", help="write CSV and Parquet only, no tables.xlsx")
        p.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                       help="worker processes for parsing (default: all cores, %(default)s here)")
        p.add_argument("--batch-size", type=int, default=200,
                       help="documents parsed and written at a time; bounds memory (default: %(default)s)")
        p.add_argument("--engine", choices=["local", "dask"], default="local",
                       help="local worker processes, or a Dask distributed cluster (default: %(default)s)")
        p.add_argument("--scheduler", metavar="ADDRESS", default=None,
                       help="with --engine dask: the scheduler of an existing cluster, e.g. tcp://10.0.0.5:8786 "
                            "(default: a LocalCluster of --jobs workers)")
        p.add_argument("--figures", type=Path, default=FIGURE_DIR, help="figure folder")

    corpus_args(sub.add_parser("parse", help="parse the corpus and write the tables"))
    inspect = sub.add_parser("inspect", help="show what was understood of one document: metadata with sources, "
                                             "outline, units and deadlines per task, warnings")
    inspect.add_argument("files", type=Path, nargs="+", metavar="FILE", help="plan or report text file(s)")
    inspect.add_argument("--manifest", type=Path, default=PROJECT_ROOT / "data" / "manifest.csv",
                         help="manifest whose row is used when it lists the file (default: %(default)s)")
    corpus_args(sub.add_parser("figures", help="draw every figure to the figure folder"))
    regen = sub.add_parser("regenerate", help="tables, then every notebook in order, then every figure")
    corpus_args(regen)
    regen.add_argument("--only", action="append", choices=["tables", "notebooks", "figures"])
    regen.add_argument("--notebooks", type=Path, default=NOTEBOOK_DIR,
                       help="folder of NN_name.ipynb notebooks, executed in place in order")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handlers = {"parse": _parse, "inspect": _inspect, "figures": _figures, "regenerate": _regenerate}
    try:
        return handlers[args.command](args)
    except (CorpusError, StepFailed) as exc:
        if args.debug:
            raise
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 — the command line shows one line, never a traceback
        if args.debug:
            raise
        print(f"error: {type(exc).__name__}: {exc} (run with --debug for the traceback)", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
