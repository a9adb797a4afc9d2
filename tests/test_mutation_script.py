"""The mutation run (scripts/mutation.py) itself. Not among the test files a mutant's run uses
(scripts/mutation.py TARGETS): in a mutated copy of the project these would fail for the mutation's
own sake, and count as kills."""

# -- the mutation run's list of equivalent mutants stays true to the code ----------------------

def test_every_listed_equivalent_mutant_exists():
    """Each entry of scripts/mutation_equivalent.md names a mutant the run makes (a renamed rule
    leaves a stale entry, which would hide nothing but mislead the reader)."""
    import ast
    import importlib.util
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("mutation_script", root / "scripts" / "mutation.py")
    mutation = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, mutation)  # (its dataclasses look their module up there)
    spec.loader.exec_module(sys.modules[spec.name])
    mutation = sys.modules[spec.name]
    listed = mutation.read_equivalents()
    modules = {name.split("::")[0] for name in listed}
    names = {m.name for module in modules
             for m in mutation._mutants_of(module, ast.parse((root / "analysis" / module).read_text(encoding="utf-8")))}
    assert listed and set(listed) <= names, sorted(set(listed) - names)
