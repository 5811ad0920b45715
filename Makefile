# Two commands matter: `make run` and `make test`. Both build .venv first when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LINTED := ripartire_desktop tests $(wildcard benchmarks) .ci/hatch_build.py
# The lock: every package with its exact version and hashes (`make lock` rewrites it).
LOCK := .ci/lock/dev.txt
DIST_LOCK := .ci/lock/dist.txt
UV_VERSION := 0.13.9
# Defined before the rules that name them (`run`, `test`, `dist`): make expands prerequisites as
# it reads each rule, so a later definition would leave them empty.
TS := resources/translations/ripartire_it.ts
QM := resources/translations/ripartire_it.qm

.PHONY: run test test-under-load lint format clean translations lupdate bench dist icons soak lock

# The stamp is written last, so a .venv left half-built (an interrupted install, a Python that
# changed) is removed and built again, never reused. The project installs editable, from the
# lock, without build isolation: nothing is resolved anew on a developer's machine or on CI.
$(STAMP): pyproject.toml $(LOCK)
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "No $(PYTHON) on this machine: install Python 3.11 or newer (Debian/Ubuntu: sudo apt-get install python3 python3-venv)." >&2; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Ripartire needs Python 3.11 or newer, and $(PYTHON) is " + sys.version.split()[0] + ": install a newer one and run make PYTHON=python3.11 (or newer).")'
	@$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || { echo "$(PYTHON) has no venv module: install it (Debian/Ubuntu: sudo apt-get install python3-venv)." >&2; exit 1; }
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

run: $(STAMP) $(QM)
	$(BIN)/ripartire

# Two workers (pytest-xdist, one per core of the reference machine); the 15 slowest tests are
# listed at the end. One file: `.venv/bin/python -m pytest tests/core/test_vault.py`.
test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n 2 --durations=15

# The same suite while two CPU-bound processes keep both cores busy: a test that fails here
# depends on the machine's speed or load, and is broken.
test-under-load: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/under_load.py --runs 3 -- \
		$(BIN)/python -m pytest -q -n 2 --durations=15

lint: $(STAMP)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/mypy ripartire_desktop .ci/hatch_build.py
	$(BIN)/lint-imports --no-cache

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

$(DIST_STAMP): $(STAMP) $(DIST_LOCK)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(DIST_LOCK)
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

# Rewrites the lock from pyproject.toml (newest versions its ranges allow, every platform's
# hashes). uv does the resolving; it is installed into build/ for this step only.
lock:
	$(PYTHON) -m pip install --quiet --target build/uv uv==$(UV_VERSION)
	for extras in "dev" "dev dist"; do \
		out=$(LOCK); [ "$$extras" = "dev" ] || out=$(DIST_LOCK); \
		build/uv/bin/uv pip compile pyproject.toml $$(printf -- '--extra %s ' $$extras) \
			--universal --python-version 3.11 --generate-hashes --quiet -o $$out; \
	done
