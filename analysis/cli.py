"""Command line: python -m analysis {parse,inspect,neighbours,figures,regenerate}.

Every failure ends with one line on stderr naming the file (or notebook and
cell) and the problem, and a non-zero exit status; --debug, anywhere on the
line, shows the traceback instead.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from .corpus import CorpusError
from .tables import ENV_MANIFEST, ENV_RAW, PROJECT_ROOT, load_corpus

NOTEBOOK_DIR = PROJECT_ROOT / "notebooks"
FIGURE_DIR = PROJECT_ROOT / "figures"
#: Warning kinds the command line prints (all of them are in the warnings table).
PRINTED_WARNINGS = ("unreadable", "ocr", "ocr_unavailable", "page_links_only", "markup_in_text", "not_in_manifest", "no_tasks", "deadline_unrecognized", "unplaced", "metadata_missing",
                    "encoding")
PRINTED_PER_KIND = 10  # beyond this many warnings of one kind the terminal gets a count, the file has them all
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")


class StepFailed(RuntimeError):
    """A regeneration step failed; the message names the notebook and cell (or the figure)."""


def plain(text: str) -> str:
    """``text`` without ANSI colour and cursor codes (notebook tracebacks carry them)."""
    return _ANSI.sub("", str(text))


def _load(args):
    return load_corpus(args.raw, False if args.no_manifest else args.manifest)


def _parse(args, corpus=None, out: Path | None = None) -> int:
    """Tables of the corpus: written from ``corpus`` when the caller has it (regenerate),
    else streamed from the files in batches (:func:`analysis.store.parse_to_files`)."""
    from .store import parse_to_files, write_tables

    out = out or args.out
    xlsx = not getattr(args, "no_xlsx", False)
    if corpus is not None:
        paths, notes = write_tables(corpus, out, xlsx=xlsx)
        counts = {name: len(df) for name, df in corpus.tables().items()}
        warnings = corpus.warnings
    else:
        manifest = None if args.no_manifest else args.manifest
        if manifest is not None and not Path(manifest).exists():
            raise CorpusError(f"{manifest}: manifest not found")
        paths, notes, counts = parse_to_files(args.raw, manifest, out, jobs=args.jobs, batch_size=args.batch_size,
                                              xlsx=xlsx, engine=args.engine, scheduler=args.scheduler)
        import pandas as pd

        warnings = pd.read_csv(Path(out) / "warnings.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    print(f"parsed {counts['documents']} documents: {counts['tasks']} tasks, {counts['clauses']} clauses, "
          f"{counts['deadlines']} deadlines, {counts['warnings']} warnings → {len(paths)} files in {out}")
    for line in warning_lines(warnings, Path(out) / "warnings.csv"):
        print(line, file=sys.stderr)
    if counts["documents"] == 0:
        print(f"error: none of the {counts['warnings']} file(s) could be read (see the warnings above)", file=sys.stderr)
        return 2
    return 0


def warning_lines(warnings, table: Path, per_kind: int = PRINTED_PER_KIND) -> list[str]:
    """The terminal's view of the warnings table: the first ``per_kind`` warnings of each
    printed kind, then one line counting the rest and naming the file that holds them all
    (1,000 unlisted plans give ten lines and a count, not 1,000 lines)."""
    lines, shown, hidden = [], {}, {}
    for w in warnings.itertuples():
        if w.kind not in PRINTED_WARNINGS:
            continue
        if shown.get(w.kind, 0) < per_kind:
            shown[w.kind] = shown.get(w.kind, 0) + 1
            lines.append(f"warning: {w.doc_id}: {w.message}")
        else:
            hidden[w.kind] = hidden.get(w.kind, 0) + 1
    lines.extend(f"warning: … {n:,} more {kind} warnings, all in {table}" for kind, n in hidden.items())
    return lines


def _neighbours(args) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .scaleout import read_tasks, task_neighbours

    t0 = time.perf_counter()
    table = task_neighbours(read_tasks(args.tables), k=args.k, engine=args.engine, scheduler=args.scheduler,
                            jobs=args.jobs, approximate=args.approximate)
    out = Path(args.tables)
    table.to_csv(out / "neighbours.csv", index=False, encoding="utf-8-sig", lineterminator="\n")
    pq.write_table(pa.Table.from_pandas(table, preserve_index=False), out / "neighbours.parquet",
                   compression="zstd", write_statistics=False, store_schema=False)
    print(f"{len(table)} neighbour rows for {table[['doc_id', 'task_seq']].drop_duplicates().shape[0]} tasks "
          f"→ neighbours.csv, neighbours.parquet in {out} ({time.perf_counter() - t0:.1f} s)")
    return 0


def _inspect(args) -> int:
    from .inspect import inspect_file

    for path in args.files:
        sys.stdout.write(inspect_file(path, args.manifest))
    return 0


def _figure_progress(done: int, total: int, stem: str, seconds: float) -> None:
    print(f"[figure {done}/{total}] {stem} {seconds:.1f} s", flush=True)


def _figures(args, corpus=None, out: Path | None = None) -> int:
    from . import figures  # matplotlib is only imported when figures are asked for

    corpus = corpus if corpus is not None else _load(args)
    out = out or args.figures
    try:
        paths = figures.write_all_figures(corpus, out, progress=_figure_progress)
    except figures.FigureError as exc:
        raise StepFailed(str(exc)) from exc
    print(f"wrote {len(paths)} figure files to {out}")
    return 0


def _failed_cell(nb) -> tuple[int | None, str]:
    """1-based index of the first cell with an error output, and ``ename: evalue`` in plain text."""
    for i, cell in enumerate(nb.cells, 1):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                return i, plain(f"{output.get('ename', 'Error')}: {output.get('evalue', '')}").strip()
    return None, ""


def execute_notebook(path: Path, timeout: int = 600, out: Path | None = None, cwd: Path | None = None) -> None:
    """Run a notebook top to bottom and store it with its outputs.

    In: the notebook, a per-cell timeout in seconds, where to write the
    executed notebook (default: in place) and the kernel's working folder
    (default: the notebook's folder). Raises :class:`StepFailed` naming the
    notebook, the failing cell (1-based, all cells counted) and the error,
    in plain text; nothing is written then.
    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name=nb.metadata.get("kernelspec", {}).get("name", "python3"),
                            resources={"metadata": {"path": str(cwd or path.parent)}})
    try:
        # the kernel's own start-up chatter (a transport warning) is not the user's business;
        # cell errors still arrive through the client and are reported below
        client.execute(stderr=subprocess.DEVNULL)
    except CellExecutionError as exc:
        index, error = _failed_cell(nb)
        if not error:
            lines = [ln for ln in plain(exc).splitlines() if ln.strip()]
            error = lines[-1].strip() if lines else type(exc).__name__
        raise StepFailed(f"{path.name}: cell {index if index is not None else '?'} failed: {error}") from None
    except Exception as exc:  # noqa: BLE001 — a dead kernel or a timeout names the notebook too
        raise StepFailed(f"{path.name}: {type(exc).__name__}: {plain(exc).strip().splitlines()[0] if str(exc).strip() else ''}") from None
    # Execution counts and timing metadata change between runs; keep stored notebooks stable.
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    nbformat.write(nb, out or path)


def _install(src: Path, dest: Path) -> list[Path]:
    """Move every file of ``src`` into ``dest`` (created if needed), each by an atomic rename of a copy."""
    dest.mkdir(parents=True, exist_ok=True)
    done = []
    for f in sorted(p for p in src.iterdir() if p.is_file()):
        tmp = dest / f".{f.name}.new"
        shutil.copyfile(f, tmp)
        os.replace(tmp, dest / f.name)
        done.append(dest / f.name)
    return done


class _NotebookRunner(threading.Thread):
    """Executes notebooks in order in a thread (each in its own kernel process), printing one line
    per notebook; stops at the first failure, which it keeps in ``failure``."""

    def __init__(self, notebooks: list[Path], out_dir: Path):
        super().__init__(daemon=True)
        self.notebooks, self.out_dir = notebooks, out_dir
        self.failure: StepFailed | None = None
        self._stop_requested = threading.Event()

    def stop_after_current(self) -> None:
        self._stop_requested.set()

    def run(self) -> None:
        n = len(self.notebooks)
        for i, nb in enumerate(self.notebooks, 1):
            if self._stop_requested.is_set():
                return
            t0 = time.perf_counter()
            try:
                execute_notebook(nb, out=self.out_dir / nb.name, cwd=nb.parent)
            except StepFailed as exc:
                print(f"[notebook {i}/{n}] {nb.name} … failed", flush=True)
                self.failure = exc
                return
            print(f"[notebook {i}/{n}] {nb.name} … {time.perf_counter() - t0:.1f} s", flush=True)


def _regenerate(args) -> int:
    """Tables, notebooks and figures into a temporary tree; the outputs are replaced only when all succeeded."""
    start = time.perf_counter()
    steps = args.only or ["tables", "notebooks", "figures"]
    corpus = None
    if "tables" in steps or "figures" in steps:
        corpus = _load(args)
    env_before = {k: os.environ.get(k) for k in (ENV_RAW, ENV_MANIFEST)}
    with tempfile.TemporaryDirectory(prefix="policy-analysis-") as tmp:
        tmp = Path(tmp)
        staged: list[tuple[Path, Path]] = []
        if "tables" in steps:
            t0 = time.perf_counter()
            _parse(args, corpus, tmp / "tables")
            staged.append((tmp / "tables", args.out))
            print(f"[tables] {time.perf_counter() - t0:.1f} s", flush=True)
        # The notebooks run in their kernels (one after another, in order: a failing cell stops
        # the rest) while this process draws the figures: two processes busy, not one.
        runner = None
        if "notebooks" in steps:
            notebooks = sorted(args.notebooks.glob("[0-9][0-9]_*.ipynb"))
            (tmp / "notebooks").mkdir()
            # the notebooks read the corpus this command was given
            os.environ[ENV_RAW] = str(Path(args.raw).resolve())
            os.environ[ENV_MANIFEST] = "none" if args.no_manifest else str(Path(args.manifest).resolve())
            runner = _NotebookRunner(notebooks, tmp / "notebooks")
            runner.start()
            staged.append((tmp / "notebooks", args.notebooks))
        try:
            if "figures" in steps:
                t0 = time.perf_counter()
                _figures(args, corpus, tmp / "figures")
                staged.append((tmp / "figures", args.figures))
                print(f"[figures] {time.perf_counter() - t0:.1f} s", flush=True)
        except BaseException:
            if runner is not None:
                runner.stop_after_current()  # a figure failed: the notebook running finishes, no other starts
            raise
        finally:
            if runner is not None:
                runner.join()
                for k, v in env_before.items():
                    if v is None:
                        os.environ.pop(k, None)
                    else:
                        os.environ[k] = v
        if runner is not None and runner.failure is not None:
            raise runner.failure
        for src, dest in staged:  # every step succeeded: replace the outputs
            _install(src, dest)
    print(f"regenerated in {time.perf_counter() - start:.1f} s")
    return 0


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Plain-text help that shows every option's default."""

    def _get_help_string(self, action):
        text = action.help or ""
        if not action.option_strings or "default" in text or isinstance(action, argparse._HelpAction):
            return text
        if isinstance(action, argparse._StoreTrueAction):
            return text + " (default: off)"
        return text + (" (default: %(default)s)" if action.default is not None else "")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser: five subcommands, ``--debug`` accepted before or after the subcommand."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help="show the full traceback of an error instead of one line")
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__, formatter_class=_HelpFormatter,
                                     parents=[common])
    sub = parser.add_subparsers(dest="command", required=True, metavar="{parse,inspect,neighbours,figures,regenerate}")

    def corpus_args(p):
        p.add_argument("--raw", type=Path, default=PROJECT_ROOT / "data" / "raw", metavar="DIR",
                       help="folder of plan texts (.txt)")
        p.add_argument("--manifest", type=Path, default=PROJECT_ROOT / "data" / "manifest.csv", metavar="FILE",
                       help="manifest CSV describing the documents")
        p.add_argument("--no-manifest", action="store_true",
                       help="use no manifest: every document's metadata is read from its own text, with a warning")
        p.add_argument("--out", type=Path, default=PROJECT_ROOT / "data" / "processed", metavar="DIR",
                       help="folder the tables are written to")
        p.add_argument("--figures", type=Path, default=FIGURE_DIR, metavar="DIR",
                       help="folder the figures are written to")
        p.add_argument("--no-xlsx", action="store_true", help="write CSV and Parquet only, no tables.xlsx")

    def scale_args(p, batches: bool = True):
        p.add_argument("--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                       help="worker processes (default: all cores, %(default)s here)")
        if batches:
            p.add_argument("--batch-size", type=int, default=200, metavar="N",
                           help="documents parsed and written at a time; bounds memory")
        p.add_argument("--engine", choices=["local", "dask"], default="local",
                       help="local worker processes, or a Dask distributed cluster")
        p.add_argument("--scheduler", metavar="ADDRESS", default=None,
                       help="with --engine dask: the scheduler of an existing cluster, e.g. tcp://10.0.0.5:8786 "
                            "(default: a LocalCluster of --jobs workers)")

    kw = {"formatter_class": _HelpFormatter, "parents": [common]}
    parse = sub.add_parser("parse", help="parse the corpus and write the tables",
                           description="Parse the corpus and write one CSV and one Parquet file per table, and "
                                       "tables.xlsx where every sheet fits Excel's limits.", **kw)
    corpus_args(parse)
    scale_args(parse)
    near = sub.add_parser("neighbours", help="the k most similar tasks of other documents, for every task",
                          description="Read the tasks table written by parse, and write the k nearest tasks of "
                                      "other documents by TF-IDF cosine (neighbours.csv, neighbours.parquet).", **kw)
    near.add_argument("--tables", type=Path, default=PROJECT_ROOT / "data" / "processed", metavar="DIR",
                      help="folder of the tables written by parse; the neighbours are written there too")
    near.add_argument("--k", type=int, default=10, help="neighbours per task")
    near.add_argument("--approximate", action="store_true",
                      help="candidates from a faiss IVF index on a 128-d LSA reduction, re-scored with exact "
                           "cosines (for corpora of thousands of plans; may miss a few neighbours)")
    scale_args(near, batches=False)
    inspect = sub.add_parser("inspect", help="show what was understood of a document",
                             description="Show what was understood of each file: metadata with the source of each "
                                         "value, the outline, units and deadlines per task, every warning.", **kw)
    inspect.add_argument("files", type=Path, nargs="+", metavar="FILE", help="plan or report text file(s)")
    inspect.add_argument("--manifest", type=Path, default=PROJECT_ROOT / "data" / "manifest.csv", metavar="FILE",
                         help="manifest whose row is used when it lists the file")
    corpus_args(sub.add_parser("figures", help="draw every figure to the figure folder",
                               description="Draw every figure in Chinese and English as PNG and SVG.", **kw))
    regen = sub.add_parser("regenerate", help="tables, then every notebook in order, then every figure",
                           description="Regenerate tables, notebooks and figures in a temporary folder; the outputs "
                                       "are replaced only when every step succeeded.", **kw)
    corpus_args(regen)
    regen.add_argument("--only", action="append", choices=["tables", "notebooks", "figures"],
                       help="run only this step; repeat for several (default: all three)")
    regen.add_argument("--notebooks", type=Path, default=NOTEBOOK_DIR, metavar="DIR",
                       help="folder of NN_name.ipynb notebooks, executed in order")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.debug = getattr(args, "debug", False)
    handlers = {"parse": _parse, "inspect": _inspect, "neighbours": _neighbours, "figures": _figures,
                "regenerate": _regenerate}
    try:
        return handlers[args.command](args)
    except (CorpusError, StepFailed) as exc:
        if args.debug:
            raise
        print(f"error: {plain(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 — the command line shows one line, never a traceback
        if args.debug:
            raise
        print(f"error: {type(exc).__name__}: {plain(exc)} (run with --debug for the traceback)", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
