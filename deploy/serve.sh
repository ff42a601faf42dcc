#!/usr/bin/env bash
# Serve FoU-medel as in production, in the foreground: check the settings,
# collect static files, migrate, then the queue's worker and gunicorn. Used by
# `make serve` and the container; the systemd units run the same commands.
set -euo pipefail
cd "$(dirname "$0")/.."
export DJANGO_DEBUG="${DJANGO_DEBUG:-0}"
export BIND="${1:-${BIND:-127.0.0.1:8000}}"
python="${PYTHON:-.venv/bin/python}"
[ -x "$python" ] || python=python3

"$python" manage.py preflight
"$python" manage.py collectstatic --noinput --verbosity 0
"$python" manage.py migrate --noinput --verbosity 0
"$python" manage.py createcachetable
echo "FoU-medel (drift) på http://$BIND/ – hälsa: http://$BIND/halsa/ (avsluta med Ctrl+C)"
"$python" manage.py db_worker --interval 1 &
worker=$!
"$python" -m gunicorn --config deploy/gunicorn.conf.py &
server=$!
# Ctrl+C, TERM, or either process ending stops both.
trap 'kill -TERM "$worker" "$server" 2>/dev/null || true; wait' EXIT INT TERM
wait -n "$worker" "$server"
