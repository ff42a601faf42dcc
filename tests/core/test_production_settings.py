"""What the settings are with DJANGO_DEBUG=0, read in a fresh process."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DJANGO_DEBUG": "0",
    "SECRET_KEY": "a-production-like-secret-key-for-this-test-only-0123456789",
    "ALLOWED_HOSTS": "fou.example.org",
}


def production_setting(name: str) -> str:
    code = (
        f"import django; django.setup(); from django.conf import settings; print(settings.{name})"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "fou.settings", **PRODUCTION}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_production_keeps_the_login_limits_and_the_content_security_policy():
    assert "axes.middleware.AxesMiddleware" in production_setting("MIDDLEWARE")
    assert "csp.middleware.CSPMiddleware" in production_setting("MIDDLEWARE")
    assert "axes.backends.AxesStandaloneBackend" in production_setting("AUTHENTICATION_BACKENDS")
