# Samverkan: `make run` serves the demo site, `make test` runs the whole suite.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.DEFAULT_GOAL := help
.PHONY: help lock install dev-install site-deps system-deps browser-deps messages catalogues migrate demo demo-plone run test test-sqlite test-postgres lint format check bench serve

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  %-14s %s\n", $$1, $$2}'

# The environment is made without pip (bundling pip takes most of a venv's time): uv
# installs into it, and pip is added only where uv cannot be had.
$(BIN)/python:
	$(PYTHON) -m venv --without-pip $(VENV)

# The site's own packages (requirements.lock) are all `make run` needs; the test, lint and
# browser tools (requirements-dev.lock) are installed by the targets that use them.
# uv installs the pinned packages in seconds where pip takes a minute; where uv cannot be
# had or fails, pip installs the same pins.
UV_VERSION := 0.13.8
PIP := $(BIN)/python -m pip --disable-pip-version-check
venv_pip = { $(BIN)/python -m pip --version >/dev/null 2>&1 || $(BIN)/python -m ensurepip --default-pip >/dev/null; }
install_pinned = { $(BIN)/uv pip install --python $(BIN)/python --quiet -r $(1) || { $(venv_pip) && $(PIP) install --quiet -r $(1); }; }

# uv itself comes from the interpreter's own pip, into the environment's bin/.
$(BIN)/uv: | $(BIN)/python
	$(PYTHON) -m pip install --disable-pip-version-check --quiet --ignore-installed --no-deps --no-compile --prefix $(VENV) uv==$(UV_VERSION) || true

$(VENV)/.installed: requirements.lock | $(BIN)/python $(BIN)/uv
	$(call install_pinned,requirements.lock)
	touch $@

$(VENV)/.dev-installed: requirements-dev.lock $(VENV)/.installed
	$(call install_pinned,requirements-dev.lock)
	touch $@

lock: ## Re-pin requirements.lock (the site) and requirements-dev.lock (the tools) from pyproject.toml
	rm -rf $(VENV)-lock && $(PYTHON) -m venv $(VENV)-lock
	$(PYTHON) -c 'import tomllib; p = tomllib.load(open("pyproject.toml", "rb"))["project"]; print("\n".join(p["dependencies"]))' > $(VENV)-lock/site.in
	$(PYTHON) -c 'import tomllib; p = tomllib.load(open("pyproject.toml", "rb"))["project"]; print("\n".join(p["optional-dependencies"]["dev"]))' > $(VENV)-lock/dev.in
	$(VENV)-lock/bin/pip install --quiet -r $(VENV)-lock/site.in
	$(VENV)-lock/bin/pip freeze > requirements.lock
	$(VENV)-lock/bin/pip install --quiet -r $(VENV)-lock/dev.in
	{ echo "# The test, lint and browser tools, pinned; the site's own packages are in requirements.lock."; \
	  echo "-r requirements.lock"; \
	  $(VENV)-lock/bin/pip freeze | grep -vxFf requirements.lock; } > requirements-dev.lock
	rm -rf $(VENV)-lock

install: $(VENV)/.installed messages ## Create the virtual environment and install the site's pinned dependencies

dev-install: install $(VENV)/.dev-installed ## Install the test, lint and browser tools as well

# msgfmt as Django's compilemessages calls it, without starting the site for it.
CATALOGUES := $(wildcard locale/*/LC_MESSAGES/django.po)

messages: $(CATALOGUES:.po=.mo) ## Compile the translation catalogues

locale/%.mo: locale/%.po
	@command -v msgfmt >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends gettext; }
	msgfmt --check-format -o $@ $<

catalogues: install ## Collect new strings into locale/; then translate the new Swedish entries
	$(MANAGE) makemessages -l sv -l en --ignore=.venv --ignore=tests --ignore=staticfiles --ignore=media --no-obsolete
	@# English msgids are the English text: drop fuzzy guesses, then copy each msgid.
	msgattrib --clear-fuzzy --empty locale/en/LC_MESSAGES/django.po -o locale/en/LC_MESSAGES/django.po
	msgen locale/en/LC_MESSAGES/django.po -o locale/en/LC_MESSAGES/django.po

system-deps: site-deps ## Install the Debian packages the tests need: PostgreSQL, Redis, and the site's own
	@command -v pg_virtualenv >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends postgresql; }
	@command -v redis-server >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends redis-server; }

site-deps: ## Install the Debian packages the site needs: the demo images' font, Pango for the PDF
	@test -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf || { $(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends fonts-dejavu-core; }
	@# WeasyPrint, which makes the minutes' PDF, draws its text with Pango and HarfBuzz.
	@ls /usr/lib/*/libpangoft2-1.0.so.0 /usr/lib/*/libharfbuzz-subset.so.0 >/dev/null 2>&1 || { $(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0; }

browser-deps: /usr/bin/chromium node_modules/axe-core/axe.min.js ## Install Chromium and axe-core for the browser tests

/usr/bin/chromium:
	$(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends chromium

# npm ci keeps the files' packaged dates; the touch marks the lock file as installed.
node_modules/axe-core/axe.min.js: package.json package-lock.json
	@command -v npm >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends npm; }
	npm ci --no-audit --no-fund
	touch $@

migrate: install ## Apply database migrations
	$(MANAGE) migrate --no-input

# The migrations and the demo in one process: the site starts once instead of twice.
demo: install site-deps ## Apply the migrations and load the demo content (safe to run again)
	$(MANAGE) load_demo --migrate

demo-plone: demo ## Import the fictional Plone site in demo/plone_example into the demo (safe to run again)
	$(MANAGE) import_plone demo/plone_example --network utbildningschefsnatverket --organisation GR

# One start of the site migrates, loads the demo and serves it, with the task worker beside
# the server below it in priority (demo/management/commands/serve_demo.py). The server does
# not restart on code changes: `manage.py runserver` is the one that does.
run: install site-deps ## Install, migrate, load the demo, and serve on http://127.0.0.1:8000 with the task worker
	$(MANAGE) serve_demo 127.0.0.1:8000

TEMPLATE_DIRS := templates $(wildcard */templates)

lint: dev-install ## Check style, formatting, the layers of the imports and the templates
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/python scripts/check_imports.py
	$(BIN)/djlint --lint $(TEMPLATE_DIRS)

format: dev-install ## Format the code
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: dev-install ## Django system checks and missing migrations
	DJANGO_ENV=test $(MANAGE) check
	DJANGO_ENV=test $(MANAGE) makemigrations --check --dry-run

# The two databases' suites run side by side, one per core, with the lint and the checks
# beside them for their first minute; -O keeps each one's output whole, and any of the four
# failing fails the whole.
test: dev-install system-deps browser-deps ## Install, then run the lint, the checks and the whole suite on SQLite and PostgreSQL
	$(MAKE) --no-print-directory -j3 -O test-sqlite test-postgres lint check

test-sqlite: dev-install browser-deps ## Run the tests on SQLite
	$(BIN)/pytest

# A cluster that lives for one run need not survive a crash: no waiting for the disk.
THROWAWAY_CLUSTER := -o fsync=off -o synchronous_commit=off -o full_page_writes=off

test-postgres: dev-install system-deps browser-deps ## Run the tests on a throw-away PostgreSQL cluster
	pg_virtualenv $(THROWAWAY_CLUSTER) -t sh -c 'DATABASE_URL="postgres://$$PGUSER:$$PGPASSWORD@$$PGHOST:$$PGPORT/$$PGDATABASE" $(BIN)/pytest'

# The serving and search latency benches run again on a throw-away PostgreSQL cluster, the
# production database; BENCH_MINUTES=100000 measures the full-size archive.
bench: dev-install system-deps ## Run every benchmark in bench/ and print its figures
	@for script in bench/bench_*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done
	@echo "== bench/bench_serving.py on PostgreSQL"
	pg_virtualenv -t sh -c 'BENCH_DATABASE_URL="postgres://$$PGUSER:$$PGPASSWORD@$$PGHOST:$$PGPORT/$$PGDATABASE" $(BIN)/python bench/bench_serving.py'
	@echo "== bench/bench_search_latency.py on PostgreSQL"
	pg_virtualenv -t sh -c 'BENCH_DATABASE_URL="postgres://$$PGUSER:$$PGPASSWORD@$$PGHOST:$$PGPORT/$$PGDATABASE" $(BIN)/python bench/bench_search_latency.py'

serve: install ## Serve with gunicorn in the production profile (set the environment first: docs/deployment.md)
	DJANGO_ENV=production $(BIN)/python manage.py check --deploy --fail-level WARNING
	DJANGO_ENV=production $(BIN)/gunicorn -c config/gunicorn.conf.py config.wsgi
