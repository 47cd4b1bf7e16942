# Pivot: `make run` and `make test` work on a fresh clone with only python3 present.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/pivot
# localhost, not 127.0.0.1: passkeys (WebAuthn) refuse an IP address as the site.
HOST ?= localhost
PORT ?= 8000
# Test processes (pytest-xdist): each gets its own test database on either engine.
PYTEST_WORKERS ?= auto
PYTEST_XDIST := -n $(PYTEST_WORKERS) --dist worksteal
# Bytecode, and pytest's rewritten test modules, kept in var/pycache (not beside the
# sources) even where PYTHONDONTWRITEBYTECODE is set: each test process compiled them
# all again, about 3 s of CPU apiece.
PYTEST_ENV := PYTHONDONTWRITEBYTECODE= PYTHONPYCACHEPREFIX=$(CURDIR)/var/pycache

.PHONY: install run test test-sqlite lint format superuser screenshots bench lighthouse cluster-test eval-coach eval-roles eval-tailor eval-copy sample chaos clean

# --no-deps: the lock is the whole closure, and pip 23 cannot match an extra that a package
# asks for (weasyprint's fonttools[woff]) to its hashed pin; pip check proves nothing is missing.
$(STAMP): requirements/dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements/dev.txt
	$(BIN)/python -m pip check
	touch $(STAMP)

install: $(STAMP)

run: install
	mkdir -p var
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py migrate --noinput
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py runserver $(HOST):$(PORT)

# The whole suite on PostgreSQL, then on a throw-away SQLite file (`make run`'s database)
# what a person meets there: every view, download and import, the services that write, and
# the browser journey without JavaScript (tests/conftest.py `runs_on_sqlite`). Both in
# parallel processes.
test: install
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} $(PYTEST_ENV) $(BIN)/python -m pytest $(PYTEST_XDIST) $(PYTEST_ARGS)
	$(MAKE) --no-print-directory test-sqlite

test-sqlite: install
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && set -x && \
	DATABASE_URL=sqlite:///$$tmp/pivot.sqlite3 TEST_DATABASE_NAME=$$tmp/test.sqlite3 \
	$(PYTEST_ENV) $(BIN)/python -m pytest $(PYTEST_XDIST) $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/hadolint Dockerfile

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

superuser: install
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py createsuperuser

# Real-browser screenshots of the main pages into docs/screenshots/ (needs chromium).
screenshots: install
	SCREENSHOTS=1 DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} $(BIN)/python -m pytest tests/e2e/test_screenshots.py tests/e2e/test_screenshots_data.py tests/e2e/test_screenshots_applications.py -q $(PYTEST_ARGS)

# Server time and SQL query count of the main pages into docs/benchmarks.md, on its own
# database (created if missing); exits non-zero when a request runs over 8 queries.
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/pivot_bench
bench: install
	@command -v wrk >/dev/null || { echo "installing wrk (Debian package)"; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
	DATABASE_URL=$${DATABASE_URL:-$(BENCH_DATABASE_URL)} $(BIN)/python -m bench.run $(BENCH_ARGS)

# Lighthouse scores (performance, accessibility, best practices) of the landing page, a
# step and the LinkedIn page, served as deployed; recorded in docs/benchmarks.md.
LIGHTHOUSE := var/lighthouse/node_modules/.bin/lighthouse
$(LIGHTHOUSE):
	npm install --silent --no-audit --no-fund --prefix var/lighthouse lighthouse@12.2.3
lighthouse: install $(LIGHTHOUSE)
	DATABASE_URL=$${DATABASE_URL:-$(BENCH_DATABASE_URL)} $(BIN)/python -m bench.lighthouse

# Two gunicorn instances over one PostgreSQL database and a Redis of its own: sessions,
# version numbering and the login rate limit must hold across them (bench/cluster.py).
cluster-test: install
	$(BIN)/python -m bench.cluster

# The coach's precision and recall per rule on tests/data/coach/phrases.jsonl, with the
# seeded rules in a throwaway SQLite database; exits non-zero below the suite's figures.
eval-coach: install
	$(BIN)/python -m bench.eval_coach

# Every generated text for every persona (tests/data/personas/) into var/eval-copy.md, and
# the copy lint's findings per check, tuning and held-out set apart (a throwaway SQLite
# database); exits non-zero on any tuning finding or over 1 per 20 held-out texts.
eval-copy: install
	$(BIN)/python -m bench.eval_copy

# The sample profile's LinkedIn copy and 60-second opener for the five lanes, to read,
# with the quality checks' findings (profiles/sample/; a throwaway SQLite database).
sample: install
	$(BIN)/python -m bench.sample_copy

# Tailoring on tests/data/tailoring/ (persona + posting pairs): lead-artifact accuracy,
# title accuracy and limit breaches, tuning and held-out apart (`SET=holdout` for one).
eval-tailor: install
	$(BIN)/python -m bench.eval_tailor --set $(or $(SET),all) $(EVAL_ARGS)

# How well the posting reader reads tests/data/postings/ with the signals in the database
# (migrated first, like `make run`): group accuracy, archetype top-1/top-2, skill P/R.
eval-roles: install
	mkdir -p var
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py migrate --noinput -v0
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py eval_roles --set $(or $(SET),all) $(EVAL_ARGS)

# Pivot under gunicorn on a private PostgreSQL (initdb in a temp folder, its own port)
# that is stopped for a few seconds under traffic: friendly 503s while it is down, every
# request fine after, no acknowledged save lost. Counts in docs/reliability.md.
chaos: install
	$(BIN)/python -m bench.chaos

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache var/pycache
