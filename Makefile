# Two commands matter: `make run` and `make test`. Both build .venv first when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LINTED := ripartire_desktop tests $(wildcard benchmarks)
CORE := ripartire_desktop/domain ripartire_desktop/store ripartire_desktop/privacy ripartire_desktop/reports
# Defined before the rules that name them (`run`, `test`, `dist`): make expands prerequisites as
# it reads each rule, so a later definition would leave them empty.
TS := resources/translations/ripartire_it.ts
QM := resources/translations/ripartire_it.qm

.PHONY: run test lint format clean translations lupdate bench dist icons soak

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

$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

translations: $(QM)

lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -locations none -no-obsolete -target-language it_IT \
		$$(find ripartire_desktop/gui -name '*.py') ui/*.ui -ts $(TS)

# Packaging: `make dist` builds the double-clickable folder dist/ripartire/ (PyInstaller, build.spec);
# its self-test: `dist/ripartire/ripartire --self-test`. PyInstaller lives in the `dist` extra only.
DIST_STAMP := $(VENV)/.installed-dist
ICON_SIZES := 16 32 48 64 128 256 512

$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP) $(QM)
	rm -rf build/build dist/ripartire dist/Ripartire.app
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec
	@du -sh dist/ripartire
	QT_QPA_PLATFORM=offscreen dist/ripartire/ripartire --self-test

# The PNG icons are rendered from the hand-drawn SVG; run after editing it, and commit the PNGs.
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -c 'from PySide6.QtGui import QGuiApplication, QIcon; \
		app = QGuiApplication([]); icon = QIcon("resources/icons/ripartire.svg"); \
		[icon.pixmap(s, s).save(f"resources/icons/ripartire-{s}.png") for s in ($(shell echo $(ICON_SIZES) | tr " " ","))]'

# Performance targets on demo vaults of 25, 1,000 and 10,000 families; writes docs/PERFORMANCE.md.
bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run

# The long reliability run (crash kills, damaged inputs, hostile text): also run by CI.
soak: $(STAMP) $(QM)
	mkdir -p build
	QT_QPA_PLATFORM=offscreen RIPARTIRE_CRASH_RUNS=40 RIPARTIRE_DRAFT_KILL_RUNS=40 \
	RIPARTIRE_DAMAGE_RUNS=60 RIPARTIRE_HYPOTHESIS_EXAMPLES=100 \
	RIPARTIRE_FIGURES=build/soak-figures.jsonl $(BIN)/python -m pytest -q tests/reliability
