# Two commands do everything on a fresh machine (Python 3.11, pip, make):
#   make all   regenerate every table, notebook and figure
#   make test  run every test, the notebooks under nbval included
# `make help` lists every target.
PYTHON ?= python3.11
LAB_ARGS ?=
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: help all tables notebooks figures test unit nbval docs bench bench-study mutation lab clean-venv

help:  ## list the targets
	@echo "make all         regenerate every table, notebook and figure (python -m analysis regenerate)"
	@echo "make test        unit tests, the notebooks under nbval (strict), the docs site; run make all first after adding plans"
	@echo "                 (while working: .venv/bin/python -m pytest tests -m 'not slow' skips the make-all-on-a-tree tests)"
	@echo "make unit        unit tests only"
	@echo "make nbval       the notebooks under nbval only"
	@echo "make docs        build the documentation site into site/ (warnings are errors)"
	@echo "make tables      parse data/raw and write data/processed"
	@echo "make notebooks   execute the notebooks (two at a time; unchanged ones read from data/processed/cache)"
	@echo "make figures     draw every figure to figures/"
	@echo "make lab         JupyterLab on notebooks/ (extra options: make lab LAB_ARGS=--allow-root)"
	@echo "make bench       the benchmark (~45 min; writes benchmarks/out/report.json)"
	@echo "make bench-study make all on 5, 300 and 3,000 plans, cold and warm (long; benchmarks/out/study.json)"
	@echo "make mutation    mutation run over the parsing rules (hours; MODULES=extract/deadlines.py for one; not in make test)"
	@echo "make clean-venv  remove .venv (the next target rebuilds it)"
	@echo "Variables: PYTHON=$(PYTHON)  LAB_ARGS=$(LAB_ARGS)"

all: $(STAMP)
	$(PY) -m analysis regenerate

tables: $(STAMP)
	$(PY) -m analysis parse

notebooks: $(STAMP)
	$(PY) -m analysis regenerate --only notebooks

figures: $(STAMP)
	$(PY) -m analysis figures

test: $(STAMP)
	$(PY) -m pytest tests
	$(MAKE) --no-print-directory nbval
	$(MAKE) --no-print-directory docs

nbval: $(STAMP)
	$(PY) -m pytest --nbval notebooks --nbval-sanitize-with notebooks/sanitize.cfg -p no:cacheprovider

# the site from docs/, the notebooks' stored outputs and the docstrings; --strict: a warning fails
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict --quiet

unit: $(STAMP)
	$(PY) -m pytest tests

bench: $(STAMP)
	$(PY) benchmarks/run.py

bench-study: $(STAMP)
	$(PY) benchmarks/study.py

mutation: $(STAMP)
	@mkdir -p benchmarks/out
	$(PY) scripts/mutation.py --per-module 0 --jobs 2 $(if $(MODULES),--modules $(MODULES)) --json benchmarks/out/mutation.json

lab: $(STAMP)
	$(VENV)/bin/jupyter lab notebooks $(LAB_ARGS)

# The venv is rebuilt when pyproject.toml changes (its pins are the contract).
$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; set PYTHON=/path/to/python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,docs]'
	$(PY) -m ipykernel install --sys-prefix --name policy-analysis --display-name "Python (policy-analysis)"
	touch $(STAMP)

clean-venv:
	rm -rf $(VENV)
