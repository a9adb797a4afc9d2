# Two commands do everything on a fresh machine (Python 3.11, pip, make):
#   make all   regenerate every table, notebook and figure
#   make test  run every test, the notebooks under nbval included
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: all tables notebooks figures test unit nbval bench lab clean-venv

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
	$(PY) -m pytest --nbval notebooks --nbval-sanitize-with notebooks/sanitize.cfg -p no:cacheprovider

unit: $(STAMP)
	$(PY) -m pytest tests

bench: $(STAMP)
	$(PY) benchmarks/run.py

lab: $(STAMP)
	$(VENV)/bin/jupyter lab notebooks

# The venv is rebuilt when pyproject.toml changes (its pins are the contract).
$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; set PYTHON=/path/to/python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) -m ipykernel install --sys-prefix --name policy-analysis --display-name "Python (policy-analysis)"
	touch $(STAMP)

clean-venv:
	rm -rf $(VENV)
