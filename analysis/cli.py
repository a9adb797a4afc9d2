"""Command line: python -m analysis {parse,inspect,neighbours,figures,regenerate,codebook}.

Every failure ends with one line on stderr naming the file (or notebook and
cell) and the problem, and a non-zero exit status; --debug, anywhere on the
line, shows the traceback instead.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from .compare.coverage import CodebookError
from .io.cache import CACHE_DIR, ENV_CACHE
from .io.files import write_atomic
from .parse.corpus import CorpusError
from .settings import ENV_CODEBOOK, ENV_SETTINGS, SettingsError
from .io.tables import ENV_MANIFEST, ENV_RAW, PROJECT_ROOT, default_manifest, default_raw_dir, load_corpus

NOTEBOOK_DIR = PROJECT_ROOT / "notebooks"
_DEFAULT_MANIFEST = PROJECT_ROOT / "data" / "manifest.csv"
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
    else streamed from the files in batches (:func:`analysis.io.store.parse_to_files`)."""
    from .io.store import parse_to_files, write_tables

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

    manifest = None if args.no_manifest or not Path(args.manifest).exists() and args.manifest == _DEFAULT_MANIFEST \
        else args.manifest
    for path in args.files:
        sys.stdout.write(inspect_file(path, manifest, args.raw))
    return 0


def _figure_progress(done: int, total: int, stem: str, seconds: float) -> None:
    print(f"[figure {done}/{total}] {stem} {seconds:.1f} s", flush=True)


def _codebook_option(args) -> str | None:
    """``--codebook FILE`` as an absolute path (a path on the command line is read from the working
    folder, not from the settings file's), or None when not given."""
    value = getattr(args, "codebook", None)
    if value is None:
        return None
    path = Path(value).resolve()
    if not path.is_file():
        raise SettingsError(f"--codebook {value}: codebook not found")
    return str(path)


def _study(args, corpus=None, parsed: bool = True, cache_dir: Path | None = None, codebook_used: bool = True):
    """The study the command was given: its corpus (read through the cache of ``--out``, or of
    ``cache_dir``), the settings file (``--settings``) and ``--codebook``, and the settings' notes
    printed as warnings. ``codebook_used``: the command codes tasks with the settings' codebook, which
    is read (and a bad one reported) first."""
    from .io.cache import Cache
    from .settings import read_settings
    from .study import open_study

    # --no-cache: none; $POLICY_ANALYSIS_CACHE when set (the tests turn it off); else DIR/cache of --out
    env = os.environ.get(ENV_CACHE)
    folder = cache_dir if cache_dir is not None else Path(args.out) / "cache"
    cache = Cache(None if args.no_cache or env == "none" else (env or folder))
    settings = read_settings(args.settings)
    jobs = getattr(args, "jobs", 1)
    codebook = _codebook_option(args)
    if corpus is None:
        study = open_study(args.raw, False if args.no_manifest else args.manifest, settings, cache=cache,
                           parsed=parsed, jobs=jobs, codebook=codebook)
    else:
        study = open_study(corpus=corpus, settings=settings, cache=cache, jobs=jobs, codebook=codebook)
    for note in study.settings.notes:
        print(f"warning: {note}", file=sys.stderr)
    if codebook_used:
        study.codebook()  # a bad codebook stops here, in one line, before anything is computed
    return study


def _figures(args, corpus=None, out: Path | None = None, study=None) -> int:
    from . import figures  # matplotlib is only imported when figures are asked for

    study = study if study is not None else _study(args, corpus)
    out = out or args.figures
    try:
        paths = figures.write_all_figures(study.corpus, out, progress=_figure_progress, study=study)
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
        if cell.get("outputs"):
            cell.outputs = _joined_streams(cell.outputs)
    nbformat.write(nb, out or path)


def _joined_streams(outputs: list) -> list:
    """A cell's outputs with consecutive pieces of one stream joined: how the kernel chunks a print (one piece or
    two, by timing) is no part of the result, so the stored notebook is the same bytes on every run."""
    joined: list = []
    for output in outputs:
        last = joined[-1] if joined else None
        if (output.get("output_type") == "stream" and last is not None and last.get("output_type") == "stream"
                and last.get("name") == output.get("name")):
            last["text"] = "".join(last["text"]) + "".join(output["text"])
        else:
            joined.append(output)
    return joined


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
    """Executes notebooks in ``jobs`` threads at once (each notebook in its own kernel process),
    printing one line per notebook as it finishes. After a failure no further notebook starts; the
    failure kept in ``failure`` is that of the first failing notebook in name order."""

    def __init__(self, notebooks: list[Path], out_dir: Path, jobs: int = 1, cache=None, key: tuple = ()):
        super().__init__(daemon=True)
        self.notebooks, self.out_dir, self.jobs = notebooks, out_dir, max(1, jobs)
        self.cache, self.key = cache, key  # executed notebooks kept by (inputs, notebook source)
        self.failure: StepFailed | None = None
        self._failures: dict[int, StepFailed] = {}
        self._stop_requested = threading.Event()
        self._lock = threading.Lock()
        self._next = 0
        self._done = 0

    def stop_after_current(self) -> None:
        self._stop_requested.set()

    def _take(self) -> int | None:
        with self._lock:
            if self._stop_requested.is_set() or self._failures or self._next >= len(self.notebooks):
                return None
            self._next += 1
            return self._next - 1

    def _work(self) -> None:
        n = len(self.notebooks)
        while (k := self._take()) is not None:
            nb = self.notebooks[k]
            t0 = time.perf_counter()
            out = self.out_dir / nb.name

            def run(nb=nb, out=out) -> bytes:
                execute_notebook(nb, out=out, cwd=nb.parent)
                return out.read_bytes()

            try:
                if self.cache is None:
                    run()
                else:  # the same inputs and source give the same notebook: read back, not executed again
                    parts = _notebook_key(self.key, nb)
                    hit = self.cache.path("notebook", parts).is_file()
                    data = self.cache.get("notebook", parts, run)
                    if not out.exists():
                        out.write_bytes(data)
                    if hit:
                        print(f"[notebook {k + 1}/{len(self.notebooks)}] {nb.name} … unchanged, read from the "
                              f"cache", flush=True)
                        with self._lock:
                            self._done += 1
                        continue
            except StepFailed as exc:
                with self._lock:
                    self._failures[k] = exc
                    self._done += 1
                print(f"[notebook {k + 1}/{n}] {nb.name} … failed", flush=True)
                return
            with self._lock:
                self._done += 1
            print(f"[notebook {k + 1}/{n}] {nb.name} … {time.perf_counter() - t0:.1f} s", flush=True)

    def run(self) -> None:
        workers = [threading.Thread(target=self._work, daemon=True) for _ in range(min(self.jobs, len(self.notebooks)))]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        if self._failures:
            self.failure = self._failures[min(self._failures)]


def _notebook_environment(args, study) -> dict[str, str]:
    """What the notebooks' kernels read: the corpus, settings and cache this command was given."""
    from .settings import default_settings_path

    settings = Path(args.settings) if args.settings is not None else default_settings_path()
    env = {ENV_RAW: str(Path(args.raw).resolve()),
           ENV_MANIFEST: "none" if args.no_manifest else str(Path(args.manifest).resolve()),
           ENV_SETTINGS: "none" if settings is None or not settings.is_file() else str(settings.resolve()),
           ENV_CACHE: "none" if study.cache.folder is None else str(study.cache.folder.resolve())}
    codebook = _codebook_option(args)
    if codebook is not None:  # --codebook: the notebooks' parameters cell reads it (analysis.study.open_study)
        env[ENV_CODEBOOK] = codebook
    return env


def _notebook_key(key: tuple, nb: Path) -> tuple:
    """A notebook's cache key: the run's inputs, its name and its source — the cells' types, sources and
    tags and the kernel, not the outputs stored in it (make all replaces those)."""
    import json

    data = json.loads(nb.read_text(encoding="utf-8"))
    source = [(c.get("cell_type"), "".join(c.get("source", "")), c.get("metadata", {}).get("tags", []))
              for c in data.get("cells", [])]
    kernel = data.get("metadata", {}).get("kernelspec", {}).get("name", "")
    return (*key, nb.name, kernel, hashlib.sha256(repr(source).encode("utf-8")).hexdigest())


def _everything_cached(study, notebooks: list[Path], figures_too: bool) -> bool:
    """Whether every notebook and figure of this run is in the cache already (then nothing is compared)."""
    if study.cache.folder is None:
        return False
    key = _outputs_key(study)
    if not all(study.cache.path("notebook", _notebook_key(key, nb)).is_file() for nb in notebooks):
        return False
    if figures_too:
        from .figures import figure_jobs

        for stem, _, own in figure_jobs(study.settings):
            for suffix in ("", "_en"):
                if not study.cache.path("figure", (*key, f"{stem}{suffix}", repr(sorted(own.items())))).is_file():
                    return False
    return True


def _outputs_key(study) -> tuple:
    """What a notebook's or figure's output depends on beside its own source: the corpus, the settings
    resolved for it and the codebook's content (the package, data files and libraries are in every key)."""
    from .io.cache import frame_digest

    return (study.digest, study.settings.key(), frame_digest(study.codebook()))


def _regenerate(args) -> int:
    """Tables, shared comparisons, notebooks and figures into a temporary tree; the outputs are replaced
    only when all succeeded. The notebooks run ``--jobs`` at a time while this process draws the figures."""
    start = time.perf_counter()
    steps = args.only or ["tables", "notebooks", "figures"]
    t0 = time.perf_counter()
    study = _study(args)
    print(f"[corpus] {len(study.corpus.documents)} documents {time.perf_counter() - t0:.1f} s"
          f"{' (read from the cache)' if 'corpus' in study.cache.hits else ''}", flush=True)
    overrides = _notebook_environment(args, study)
    env_before = {k: os.environ.get(k) for k in overrides}
    with tempfile.TemporaryDirectory(prefix="policy-analysis-") as tmp:
        tmp = Path(tmp)
        staged: list[tuple[Path, Path]] = []
        if "tables" in steps:
            t0 = time.perf_counter()
            args.no_xlsx = args.no_xlsx or not study.settings.workbook
            _parse(args, study.corpus, tmp / "tables")
            staged.append((tmp / "tables", args.out))
            print(f"[tables] {time.perf_counter() - t0:.1f} s", flush=True)
        notebooks = sorted(args.notebooks.glob("[0-9][0-9]_*.ipynb")) if "notebooks" in steps else []
        if ("notebooks" in steps or "figures" in steps) and not _everything_cached(study, notebooks,
                                                                                   "figures" in steps):
            t0 = time.perf_counter()
            computed = study.precompute(separate=True)  # the working memory goes with a child process
            print(f"[compare] {time.perf_counter() - t0:.1f} s "
                  f"({'computed: ' + ', '.join(computed) if computed else 'all read from the cache'})", flush=True)
        runner = None
        if "notebooks" in steps:
            (tmp / "notebooks").mkdir()
            # every module either thread needs is imported here first: two threads importing one
            # package at once can see it half-initialized (IPython, through nbclient and matplotlib)
            import IPython  # noqa: F401  (matplotlib's figure canvas looks it up in sys.modules)
            import nbclient  # noqa: F401
            import nbformat  # noqa: F401

            from . import figures  # noqa: F401
            os.environ.update(overrides)  # the notebooks read the corpus, settings and cache this command was given
            runner = _NotebookRunner(notebooks, tmp / "notebooks", jobs=args.jobs,
                                     cache=study.cache if study.cache.folder is not None else None,
                                     key=_outputs_key(study))
            runner.start()
            staged.append((tmp / "notebooks", args.notebooks))
        try:
            if "figures" in steps:
                t0 = time.perf_counter()
                _figures(args, out=tmp / "figures", study=study)
                staged.append((tmp / "figures", args.figures))
                print(f"[figures] {time.perf_counter() - t0:.1f} s", flush=True)
        except BaseException:
            if runner is not None:
                runner.stop_after_current()  # a figure failed: the notebooks running finish, no other starts
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
            written = _install(src, dest)
            if src.name == "figures":  # alignment figures of pairs no longer in the settings go
                for old in dest.glob("task_alignment*"):
                    if old.is_file() and old not in written:
                        old.unlink()
    print(f"regenerated in {time.perf_counter() - start:.1f} s")
    return 0


#: Where ``codebook suggest`` and ``codebook check`` write by default (data/processed/, beside the tables; not in git).
SUGGESTED_CODEBOOK = PROJECT_ROOT / "data" / "processed" / "codebook_suggested.csv"
SUGGEST_REPORT = PROJECT_ROOT / "data" / "processed" / "codebook_suggested.md"
CHECK_REPORT = PROJECT_ROOT / "data" / "processed" / "codebook_check.md"
#: ``codebook suggest --method`` (analysis.compare.themes.ALL_METHODS; named here so --help imports no scikit-learn)
SUGGEST_METHODS = ("auto", "nmf", "kmeans", "agglomerative", "lda")


def _shown(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(PROJECT_ROOT))
    except ValueError:
        return str(path)


def _codebook_suggest(args) -> int:
    from .compare.coverage import load_codebook
    from .compare.themes import suggest_codebook, write_codebook
    from .figures.glossary import Glossary

    for path in (args.out, args.report):
        if Path(path).exists() and not args.force:
            raise CodebookError(f"{_shown(path)}: exists; pass --force to replace it (a codebook you edited is "
                                f"never replaced silently), or name another file")
    study = _study(args, parsed=False, cache_dir=CACHE_DIR, codebook_used=False)
    glossary = Glossary.load()
    book, report = suggest_codebook(study.corpus.tasks, args.k, tokenizer=study.tokenizer, method=args.method,
                                    english=lambda term: glossary.english(term, "term"))
    write_codebook(book, args.out)
    load_codebook(args.out)  # the draft must load as any codebook does
    write_atomic(Path(args.report), report.to_markdown())
    print(f"{report.summary()} → {_shown(args.out)}; report {_shown(args.report)}")
    for line in report.warnings[:PRINTED_PER_KIND]:
        print(f"warning: {line}", file=sys.stderr)
    if len(report.warnings) > PRINTED_PER_KIND:
        print(f"warning: … {len(report.warnings) - PRINTED_PER_KIND} more, all in {_shown(args.report)}",
              file=sys.stderr)
    print(f"next: python -m analysis codebook check {_shown(args.out)}; use it with --codebook {_shown(args.out)} "
          f"or codebook = \"…\" in analysis.toml")
    return 0


def _codebook_check(args) -> int:
    from .compare.coverage import load_codebook
    from .compare.themes import check_codebook

    study = _study(args, parsed=False, cache_dir=CACHE_DIR, codebook_used=False)
    path = Path(args.file) if args.file is not None else study.settings.codebook
    book = load_codebook(path)
    report = check_codebook(study.corpus.tasks, book, source=_shown(path))
    write_atomic(Path(args.report), report.to_markdown())
    print(f"{report.summary()}; report {_shown(args.report)}")
    return 0


def _codebook(args) -> int:
    return {"suggest": _codebook_suggest, "check": _codebook_check}[args.action](args)



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
    """The argument parser: seven subcommands, ``--debug`` accepted before or after the subcommand."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help="show the full traceback of an error instead of one line")
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__, formatter_class=_HelpFormatter,
                                     parents=[common])
    sub = parser.add_subparsers(dest="command", required=True, metavar="{parse,inspect,neighbours,figures,regenerate,codebook,split-dataset}")

    # the corpus read by default: data/raw and data/manifest.csv, or $POLICY_ANALYSIS_RAW / _MANIFEST
    raw_default = default_raw_dir()
    manifest_default = default_manifest() or _DEFAULT_MANIFEST

    def input_args(p):
        p.add_argument("--raw", type=Path, default=raw_default, metavar="DIR",
                       help="folder of plan texts (.txt)")
        p.add_argument("--manifest", type=Path, default=manifest_default, metavar="FILE",
                       help="manifest CSV describing the documents")
        p.add_argument("--no-manifest", action="store_true", default=default_manifest() is None,
                       help="use no manifest: every document's metadata is read from its own text, with a warning")

    def corpus_args(p):
        input_args(p)
        p.add_argument("--out", type=Path, default=PROJECT_ROOT / "data" / "processed", metavar="DIR",
                       help="folder the tables are written to")
        p.add_argument("--figures", type=Path, default=FIGURE_DIR, metavar="DIR",
                       help="folder the figures are written to")
        p.add_argument("--no-xlsx", action="store_true", help="write CSV and Parquet only, no tables.xlsx")

    def study_args(p, codebook: bool = True):
        p.add_argument("--settings", type=Path, default=None, metavar="FILE",
                       help="settings of the study (default: analysis.toml at the project root, if there)")
        if codebook:
            p.add_argument("--codebook", type=Path, default=None, metavar="FILE",
                           help="codebook CSV of the themes coded (default: the settings' codebook, else "
                                "data/codebook.csv); the notebooks run by regenerate read it too")
        p.add_argument("--no-cache", action="store_true",
                       help="compute every comparison afresh; nothing read from or written to DIR/cache")

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
    inspect.add_argument("--manifest", type=Path, default=manifest_default, metavar="FILE",
                         help="manifest whose row is used when it lists the file; checked as parse checks it")
    inspect.add_argument("--raw", type=Path, default=raw_default, metavar="DIR",
                         help="folder the manifest's files are in, as for parse")
    inspect.add_argument("--no-manifest", action="store_true", help="read each file on its own, no manifest")
    figs = sub.add_parser("figures", help="draw every figure to the figure folder",
                          description="Draw every figure in Chinese and English as PNG and SVG.", **kw)
    corpus_args(figs)
    study_args(figs)
    regen = sub.add_parser("regenerate", help="tables, the shared comparisons, every notebook and every figure",
                           description="Regenerate tables, notebooks and figures in a temporary folder (the "
                                       "comparisons they share computed once, notebooks run --jobs at a time while "
                                       "the figures are drawn, whatever is unchanged read from DIR/cache); the "
                                       "outputs are replaced only when every step succeeded.", **kw)
    corpus_args(regen)
    study_args(regen)
    regen.add_argument("--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                       help="notebooks executed at once (default: all cores, %(default)s here)")
    regen.add_argument("--only", action="append", choices=["tables", "notebooks", "figures"],
                       help="run only this step; repeat for several (default: all three)")
    regen.add_argument("--notebooks", type=Path, default=NOTEBOOK_DIR, metavar="DIR",
                       help="folder of NN_name.ipynb notebooks, executed --jobs at a time (each on its own)")
    _codebook_parser(sub, kw, input_args, study_args)
    split = sub.add_parser("split-dataset", help="write each row of a CSV text dataset as a file of its own",
                           description="A CSV whose rows are documents (one column holds each row's whole text) is "
                                       "one file of many documents; write each row, with the header, as a CSV file "
                                       "of its own that the corpus reads as one document.", **kw)
    split.add_argument("file", type=Path, metavar="FILE", help="the CSV text dataset")
    split.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder the row files are written to")
    return parser


def _split_dataset(args) -> int:
    from .ingest.text import split_text_dataset

    written = split_text_dataset(args.file, args.out)
    print(f"{len(written)} documents written to {_shown(args.out)} ({written[0].name} … {written[-1].name})"
          if written else f"{args.file}: no row below the header; nothing written")
    return 0


def _codebook_parser(sub, kw: dict, input_args, study_args) -> None:
    """``codebook suggest`` and ``codebook check``."""
    book = sub.add_parser("codebook", help="draft a codebook from the corpus's tasks, or check one against them",
                          description="suggest: cluster the tasks and write a draft codebook with a report; check: "
                                      "measure how a codebook codes the tasks, keyword by keyword.", **kw)
    actions = book.add_subparsers(dest="action", required=True, metavar="{suggest,check}")

    def corpus_in(p):
        input_args(p)
        study_args(p, codebook=False)

    suggest = actions.add_parser("suggest", help="write a draft codebook and a report",
                                 description="Cluster the tasks' texts (TF-IDF, NMF / k-means / agglomerative, "
                                             "compared by stability and coherence), name each theme by its "
                                             "distinctive terms, give it keywords by a stated rule, and write the "
                                             "draft codebook and a Markdown report (docs/codebook.md).", **kw)
    corpus_in(suggest)
    suggest.add_argument("--k", type=int, default=None, metavar="N",
                         help="number of themes (default: chosen from 4 to 20, at most one per 4 tasks, by "
                              "stability + coherence)")
    suggest.add_argument("--method", choices=SUGGEST_METHODS, default="auto",
                         help="clustering method; auto compares nmf, kmeans and agglomerative")
    suggest.add_argument("--out", type=Path, default=SUGGESTED_CODEBOOK, metavar="FILE", help="the draft codebook")
    suggest.add_argument("--report", type=Path, default=SUGGEST_REPORT, metavar="FILE", help="the report (Markdown)")
    suggest.add_argument("--force", action="store_true", help="replace --out and --report when they exist")
    check = actions.add_parser("check", help="measure how a codebook codes the tasks",
                               description="Share of tasks coded, tasks coded by no theme or by 3 or more, every "
                                           "keyword's hits with keyword-in-context lines, keywords hitting more "
                                           "than half the tasks or none; written as a Markdown report.", **kw)
    check.add_argument("file", type=Path, nargs="?", default=None, metavar="FILE",
                       help="codebook CSV (default: the settings' codebook, else data/codebook.csv)")
    corpus_in(check)
    check.add_argument("--report", type=Path, default=CHECK_REPORT, metavar="FILE", help="the report (Markdown)")


def _suggest_error() -> type:
    from .compare.themes import SuggestError  # scikit-learn is imported only when a command is run

    return SuggestError


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.debug = getattr(args, "debug", False)
    handlers = {"parse": _parse, "inspect": _inspect, "neighbours": _neighbours, "figures": _figures,
                "regenerate": _regenerate, "codebook": _codebook, "split-dataset": _split_dataset}
    try:
        return handlers[args.command](args)
    except (CorpusError, StepFailed, SettingsError, CodebookError, _suggest_error()) as exc:
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
