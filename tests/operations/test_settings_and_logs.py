"""Production settings are checked at start with one readable line, HTTPS
handling follows the environment, and logs can be JSON lines."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {"DJANGO_DEBUG": "0", "SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "fou.example.org"}


def run(code_or_args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in PRODUCTION}
    environment.update(env)
    args = code_or_args if isinstance(code_or_args, list) else ["-c", code_or_args]
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=environment, capture_output=True, text=True
    )


def test_missing_secret_key_is_one_line():
    done = run(["manage.py", "preflight"], DJANGO_DEBUG="0", ALLOWED_HOSTS="fou.example.org")
    assert done.returncode != 0
    assert (
        done.stderr.strip() == "Fel i inställningarna: SECRET_KEY måste sättas när DJANGO_DEBUG=0."
    )
    assert "Traceback" not in done.stderr + done.stdout


def test_missing_allowed_hosts_is_one_line():
    done = run(["manage.py", "preflight"], DJANGO_DEBUG="0", SECRET_KEY="x" * 50)
    assert done.returncode != 0
    assert done.stderr.strip().splitlines() == [
        "Fel i inställningarna: ALLOWED_HOSTS måste sättas när DJANGO_DEBUG=0, "
        "t.ex. ALLOWED_HOSTS=fou.example.org."
    ]


def test_preflight_states_the_https_handling_in_force():
    done = run(["manage.py", "preflight"], **PRODUCTION)
    assert done.returncode == 0, done.stderr
    assert "HTTPS-omdirigering på; HSTS 31536000 s; säkra kakor på" in done.stdout
    done = run(
        ["manage.py", "preflight"],
        **PRODUCTION,
        SECURE_SSL_REDIRECT="0",
        SECURE_HSTS_SECONDS="0",
        SECURE_COOKIES="0",
        SECURE_PROXY_SSL_HEADER="",
    )
    assert "HTTPS-omdirigering av; HSTS av; säkra kakor av; proxyhuvud inget" in done.stdout


SETTINGS = (
    "import django, json; django.setup(); from django.conf import settings as s\n"
    "print(json.dumps([s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE,"
    " s.SECURE_HSTS_SECONDS, getattr(s, 'SECURE_PROXY_SSL_HEADER', None)]))"
)


def test_https_settings_follow_the_environment():
    base = {**PRODUCTION, "DJANGO_SETTINGS_MODULE": "fou.settings"}
    on = json.loads(run(SETTINGS, **base).stdout)
    assert on == [True, True, True, 31536000, ["HTTP_X_FORWARDED_PROTO", "https"]]
    off = json.loads(
        run(
            SETTINGS,
            **base,
            SECURE_SSL_REDIRECT="0",
            SECURE_COOKIES="0",
            SECURE_HSTS_SECONDS="0",
            SECURE_PROXY_SSL_HEADER="X-Forwarded-Scheme",
        ).stdout
    )
    assert off == [False, False, False, 0, ["HTTP_X_FORWARDED_SCHEME", "https"]]


def test_json_log_lines_include_the_security_log():
    code = (
        "import django, logging; django.setup()\n"
        "logging.getLogger('fou.security').warning('Nekad åtgärd: %s', 'test')\n"
        "logging.getLogger('fou.jobs').info('Jobb klart')\n"
    )
    done = run(code, DJANGO_SETTINGS_MODULE="fou.settings", LOG_FORMAT="json")
    lines = [json.loads(line) for line in done.stderr.strip().splitlines()]
    security = next(line for line in lines if line["logger"] == "fou.security")
    assert security["level"] == "WARNING"
    assert security["message"] == "Nekad åtgärd: test"
    assert security["time"].endswith("+00:00")
    assert any(line["logger"] == "fou.jobs" and line["level"] == "INFO" for line in lines)
