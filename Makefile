# The two set-up commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: demo test lint bench clean-output

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP) install -e '.[test]'
	touch $(VENV)/.installed $@

demo: $(VENV)/.installed
	$(BIN)/kg build examples/ --store output/store --out output
	@echo
	@echo "Files: output/store (the store), output/graph.ttl (Turtle), output/graph.html (open it in a browser)"
	@echo
	@echo "$$ kg query who-accused --bind target=NATO"
	@$(BIN)/kg query who-accused --bind target=NATO --store output/store --format csv

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check kg tests bench
	$(BIN)/ruff format --check kg tests bench

clean-output:
	rm -rf output/store output/graph.* output/*.png
