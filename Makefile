# Two commands for a newcomer on a fresh machine (Python 3.11):
#   make demo   - set up .venv, install kindly, triage the shipped example inbox
#   make test   - set up .venv with the test tools, run lint, type checks and the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_HOME ?= .kindly-demo
EXAMPLES := examples/inbox.mbox examples/invitation.ics examples/linkedin/messages.csv

.PHONY: demo test setup lint typecheck unit bench model clean

$(STAMP): pyproject.toml
	@echo "Setting up $(VENV): installing kindly and its dependencies quietly (a minute or two)..."
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	KINDLY_HOME=$(DEMO_HOME) $(BIN)/kindly triage $(EXAMPLES) --profile examples/profile.toml

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q

test: lint typecheck unit

# Retrain the shipped intent model from data/intents (deterministic; commit the result).
model: $(STAMP)
	$(BIN)/python -m kindly.understand.train

bench: $(STAMP)
	$(BIN)/python bench/classify_speed.py

clean:
	rm -rf $(VENV) $(DEMO_HOME) .pytest_cache .mypy_cache .ruff_cache
