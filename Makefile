# Two commands matter: `make run` and `make test`. Both build .venv first when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LINTED := ripartire_desktop tests $(wildcard benchmarks)
CORE := ripartire_desktop/domain ripartire_desktop/store ripartire_desktop/privacy ripartire_desktop/reports

.PHONY: run test lint format clean translations lupdate

# Reinstall whenever pyproject.toml changes; editable, so source edits need no reinstall.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP) $(QM)
	$(BIN)/ripartire

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/mypy $(CORE)

format: $(STAMP)
	$(BIN)/ruff check --fix $(LINTED)
	$(BIN)/ruff format $(LINTED)

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis

# Translations: `make lupdate` refreshes the .ts from the sources; the .qm is built, never committed.
TS := resources/translations/ripartire_it.ts
QM := resources/translations/ripartire_it.qm

$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

translations: $(QM)

lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -locations none -no-obsolete -target-language it_IT \
		$$(find ripartire_desktop/gui -name '*.py') ui/*.ui -ts $(TS)
