"""environment.yml (conda) and pyproject.toml (pip) must pin the same packages."""
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _pyproject_pins() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        pins.extend(extra)
    return {p.replace(" ", "").lower() for p in pins}


def _environment_pins() -> set[str]:
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    pip_block = text.split("- pip:", 1)[1]
    return {m.group(1).replace(" ", "").lower() for m in re.finditer(r"^\s+-\s+(\S+==\S+)\s*$", pip_block, re.M)}


def test_environment_matches_pyproject():
    assert _pyproject_pins() == _environment_pins()


def test_every_dependency_is_pinned_exactly():
    assert all("==" in pin for pin in _pyproject_pins())


def test_python_version_agrees():
    text = (ROOT / "environment.yml").read_text(encoding="utf-8")
    assert "python=3.11" in text
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["requires-python"] == ">=3.11"
