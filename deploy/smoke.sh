#!/usr/bin/env bash
# Runs the deployment recipe once, as the container and `make serve` do, and
# fetches the health endpoint and a page: DJANGO_DEBUG=0, collectstatic,
# migrate, gunicorn and the queue's worker. Uses DATABASE_URL if set, else a
# throw-away SQLite file. Exits non-zero if anything is not 200.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
port="${SMOKE_PORT:-8765}"
export DATABASE_URL="${DATABASE_URL:-sqlite:///$work/smoke.sqlite3}"
export MEDIA_ROOT="$work/media" SECRET_KEY="smoke-$(date +%s)-0123456789abcdefghijklmnopqrstuvwxyz"
export ALLOWED_HOSTS=127.0.0.1 SECURE_SSL_REDIRECT=0 SECURE_COOKIES=0 SECURE_HSTS_SECONDS=0
bash deploy/serve.sh "127.0.0.1:$port" >"$work/serve.log" 2>&1 &
serve=$!
cleanup() { kill -TERM "$serve" 2>/dev/null || true; wait "$serve" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
up=0
for _ in $(seq 1 300); do
  curl -fsS "http://127.0.0.1:$port/halsa/" >/dev/null 2>&1 && { up=1; break; }
  kill -0 "$serve" 2>/dev/null || break
  sleep 1
done
[ "$up" = 1 ] || { echo "The server did not start:"; tail -40 "$work/serve.log"; exit 1; }
fail=0
for path in halsa/ utlysningar/ logga-in/ static/css/fou.css; do
  code="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/$path" || true)"
  echo "GET /$path → $code"
  [ "$code" = 200 ] || fail=1
done
curl -s "http://127.0.0.1:$port/halsa/"; echo
[ "$fail" = 0 ] || { tail -40 "$work/serve.log"; exit 1; }
