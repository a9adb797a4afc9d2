"""The package's layout: imports flow one way down the pipeline, no import cycle, old names resolve.

The import graph is built from the source (``ast``), every ``import`` counted — at the top of a
module or inside a function — except those under ``if TYPE_CHECKING:`` (never executed). Stages,
from the bottom::

    ingest < parse < io < compare < figures < top (cli, inspect, scaleout, study, settings, __main__)

A module may import its own stage and the stages below it, never one above.
"""
from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "analysis"
STAGES = ("ingest", "parse", "io", "compare", "figures", "top")
TOP_MODULES = {"analysis", "analysis.__main__", "analysis.cli", "analysis.inspect", "analysis.scaleout",
               "analysis.study", "analysis.settings"}


def module_name(path: Path, root: Path = PACKAGE) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    """ids of the nodes under ``if TYPE_CHECKING:``."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", getattr(node.test, "attr", "")) == "TYPE_CHECKING":
            out |= {id(n) for stmt in node.body for n in ast.walk(stmt)}
    return out


def imports_of(source: str, name: str, is_package: bool, modules: set[str]) -> set[str]:
    """The modules of ``modules`` that the module ``name`` imports (relative imports resolved;
    ``from pkg import sub`` counts as an import of ``pkg.sub`` when that is a module)."""
    tree = ast.parse(source)
    skip = _type_checking_nodes(tree)
    package = name if is_package else name.rpartition(".")[0]
    out = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
        else:
            continue
        for t in targets:
            # `import analysis.x.y` imports analysis.x.y; a name inside a module counts as the module
            while t and t not in modules:
                t = t.rpartition(".")[0]
            if t and t != name:
                out.add(t)
    return out


def import_graph(root: Path = PACKAGE) -> dict[str, set[str]]:
    files = {module_name(p, root): p for p in sorted(root.rglob("*.py")) if "__pycache__" not in p.parts}
    modules = set(files)
    return {name: imports_of(p.read_text(encoding="utf-8"), name, p.name == "__init__.py", modules)
            for name, p in files.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as ``[a, b, …, a]``, or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n):
        state[n] = 1
        stack.append(n)
        for m in sorted(graph.get(n, ())):
            if state.get(m) == 1:
                return stack[stack.index(m):] + [m]
            if m not in state:
                found = visit(m)
                if found:
                    return found
        stack.pop()
        state[n] = 2
        return None

    for n in sorted(graph):
        if n not in state:
            found = visit(n)
            if found:
                return found
    return None


def stage_of(name: str) -> str | None:
    if name in TOP_MODULES:
        return "top"
    parts = name.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in STAGES[:-1] else None


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    bad = []
    for a, targets in sorted(graph.items()):
        for b in sorted(targets):
            if STAGES.index(stage_of(b)) > STAGES.index(stage_of(a)):
                bad.append(f"{a} ({stage_of(a)}) imports {b} ({stage_of(b)})")
    return bad


# -- the package as it is -------------------------------------------------------------------

def test_every_module_has_a_stage():
    graph = import_graph()
    assert len(graph) > 40
    assert [n for n in graph if stage_of(n) is None] == []


def test_no_import_cycle():
    # before the stages there were two: metadata ⇄ confidence, and figures → figure_scale →
    # figure_text → glossary → figures (the glossary's coverage helpers called the figure functions)
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " → ".join(cycle)


def test_imports_flow_down_the_pipeline():
    assert upward_imports(import_graph()) == []


def test_the_top_package_imports_no_stage_at_import_time():
    # ``import analysis`` stays cheap: the stages load on first use
    assert import_graph()["analysis"] == set()


# -- the checks themselves, on a package written here ------------------------------------------

def _package(tmp_path, files: dict[str, str]) -> Path:
    root = tmp_path / "analysis"
    for rel, text in {"__init__.py": "", **files}.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return root


def test_a_cycle_through_a_function_level_import_is_found_and_named(tmp_path):
    root = _package(tmp_path, {
        "figures/__init__.py": "", "figures/glossary.py": "def f():\n    from . import plots\n",
        "figures/plots.py": "from .labels import x\n", "figures/labels.py": "from .glossary import y\n"})
    cycle = find_cycle(import_graph(root))
    assert cycle == ["analysis.figures.glossary", "analysis.figures.plots", "analysis.figures.labels",
                     "analysis.figures.glossary"]


def test_an_import_under_type_checking_is_no_edge(tmp_path):
    root = _package(tmp_path, {
        "parse/__init__.py": "", "parse/metadata.py": "def f():\n    from .confidence import assess\n",
        "parse/confidence.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                               "    from .metadata import Field\n"})
    assert find_cycle(import_graph(root)) is None
    assert import_graph(root)["analysis.parse.confidence"] == set()


def test_an_import_up_the_pipeline_is_named(tmp_path):
    root = _package(tmp_path, {
        "parse/__init__.py": "", "parse/corpus.py": "from ..io.tables import Corpus\n",
        "io/__init__.py": "", "io/tables.py": "from ..parse import corpus\nimport analysis.ingest.base\n",
        "ingest/__init__.py": "", "ingest/base.py": ""})
    graph = import_graph(root)
    assert graph["analysis.io.tables"] == {"analysis.parse.corpus", "analysis.ingest.base"}
    assert upward_imports(graph) == ["analysis.parse.corpus (parse) imports analysis.io.tables (io)"]


# -- the public names before and after the move -----------------------------------------------

def test_the_public_api_of_the_top_package():
    import analysis

    for name in ("load_corpus", "read_tables", "write_tables", "build_corpus", "Corpus", "read_corpus",
                 "read_document", "read_manifest", "parse_document", "ParsedDocument", "CorpusError",
                 "TABLE_COLUMNS"):
        assert getattr(analysis, name) is not None, name
    from analysis.io.store import read_tables
    from analysis.io.tables import load_corpus

    assert analysis.load_corpus is load_corpus and analysis.read_tables is read_tables


def test_the_figure_functions_from_analysis_figures():
    from analysis import figures
    from analysis.figures import plots, reuse_plots

    assert figures.FIGURES is plots.FIGURES
    assert figures.fig_coverage is plots.fig_coverage
    assert figures.FIGURES["reuse_cascade"] is reuse_plots.fig_cascade
    # any other name of the old module (a helper, a module it imported) is still found there
    assert figures.similarity is importlib.import_module("analysis.compare.similarity")


OLD_NAMES = {
    "corpus": "analysis.parse.corpus", "metadata": "analysis.parse.metadata", "structure": "analysis.parse.structure",
    "extract": "analysis.parse.extract", "numerals": "analysis.parse.numerals", "tables": "analysis.io.tables",
    "store": "analysis.io.store", "coverage": "analysis.compare.coverage", "similarity": "analysis.compare.similarity",
    "neighbors": "analysis.compare.neighbors", "reuse": "analysis.compare.reuse", "lineage": "analysis.compare.lineage",
    "profiles": "analysis.compare.profiles", "findings": "analysis.compare.findings", "style": "analysis.figures.style",
    "glossary": "analysis.figures.glossary", "figure_text": "analysis.figures.labels",
    "figure_scale": "analysis.figures.scale", "reuse_figures": "analysis.figures.reuse_plots",
}


@pytest.mark.parametrize("old", sorted(OLD_NAMES))
def test_an_old_module_name_still_imports_the_one_module(old):
    import analysis

    new = importlib.import_module(OLD_NAMES[old])
    assert getattr(analysis, old) is new
    assert importlib.import_module(f"analysis.{old}") is new
    assert new.__spec__.name == OLD_NAMES[old]  # the module keeps its own name and spec


def test_old_dotted_imports_of_a_notebook_still_run():
    ns: dict = {}
    exec("from analysis.similarity import load_tokenizer\n"
         "from analysis import coverage, similarity, profiles, figures, reuse_figures\n"
         "from analysis.extract.units import split_units\n"
         "import analysis.tables\n", ns)
    from analysis.compare.similarity import load_tokenizer
    from analysis.parse.extract.units import split_units

    assert ns["load_tokenizer"] is load_tokenizer and ns["split_units"] is split_units
    assert ns["reuse_figures"].fig_cascade is importlib.import_module("analysis.figures.reuse_plots").fig_cascade
    assert ns["analysis"].tables.load_corpus is ns["analysis"].load_corpus
    # one module object under both names: not loaded twice
    assert importlib.import_module("analysis.extract.units") is importlib.import_module("analysis.parse.extract.units")


def test_an_unknown_name_is_still_an_error():
    import analysis

    with pytest.raises(AttributeError, match="no attribute 'nonesuch'"):
        analysis.nonesuch
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("analysis.nonesuch")


def test_no_function_over_80_lines_in_the_parse_and_figure_stages():
    """A function a reader can hold: the parse and figure stages split theirs by responsibility."""
    long = []
    for stage in ("parse", "figures"):
        for path in sorted((PACKAGE / stage).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    n = node.end_lineno - node.lineno + 1
                    if n > 80:
                        long.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {node.name} ({n} lines)")
    assert not long, long
