# FoU-medel: the commands a newcomer needs. See README.md.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run serve test lint bench lock messages clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.lock | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.lock
	touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py createcachetable
	$(BIN)/python manage.py load_demo
	@echo "FoU-medel körs på http://$(HOST):$(PORT)/ (avsluta med Ctrl+C)"
	@# The task queue's worker (receipts, imports) runs beside the server and stops with it.
	$(BIN)/python manage.py db_worker --interval 1 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# As in production: DJANGO_DEBUG=0, collected static files served by
# whitenoise, gunicorn with 2 workers per core and the queue's worker. Plain
# HTTP on $(HOST):$(PORT) unless the HTTPS variables (README) say otherwise.
serve: install
	@DJANGO_DEBUG=0 SECURE_SSL_REDIRECT=$${SECURE_SSL_REDIRECT:-0} \
	SECURE_COOKIES=$${SECURE_COOKIES:-0} SECURE_HSTS_SECONDS=$${SECURE_HSTS_SECONDS:-0} \
	bash deploy/serve.sh $(HOST):$(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: install lint
	$(BIN)/python -m pytest

bench: install
	@for script in bench/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

# Regenerates the lock file from requirements.in in a clean environment.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet -r requirements.in
	.lock-venv/bin/pip freeze --exclude-editable | sort -f > requirements.lock
	rm -rf .lock-venv

messages: install
	$(BIN)/python manage.py makemessages -l en --no-obsolete --ignore=.venv --ignore=tests --ignore=bench
	$(BIN)/python manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) staticfiles test-artifacts .pytest_cache
