import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_start_page_is_swedish(client):
    page = client.get("/").content.decode()
    assert '<html lang="sv">' in page
    assert "FoU-medel för socialtjänsten" in page
    assert "Öppna utlysningar" in page


@pytest.mark.django_db
def test_an_english_browser_still_gets_swedish_until_english_is_chosen(client):
    page = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="sv">' in page


@pytest.mark.django_db
def test_start_page_can_be_read_in_english(client):
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    page = client.get("/").content.decode()
    assert '<html lang="en">' in page
    assert "funds for social services" in page
    assert "Open calls" in page


@pytest.mark.parametrize(
    "fixture, capability",
    [
        ("applicant", "skicka in ansökningar"),
        ("officer", "ändra deras regler"),
        ("council_member", "Anmäla jäv"),
        ("reader", "Läsa utlysningar"),
    ],
)
def test_each_role_sees_what_it_can_do(client, request, fixture, capability):
    client.force_login(request.getfixturevalue(fixture))
    assert capability in client.get("/min-sida/").content.decode()


def run_manage(*args, **env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={k: v for k, v in {**os.environ, **env}.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_deploy_check_passes_with_production_settings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_DEBUG="0",
        SECRET_KEY="x" * 30 + "-production-secret-" + "y" * 30,
        ALLOWED_HOSTS="fou.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_wrong_database_url_gives_one_readable_line():
    result = run_manage("migrate", "--check", DATABASE_URL="postgres://nobody@127.0.0.1:1/none")
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0
    assert result.stderr.startswith("Kan inte nå databasen i DATABASE_URL")
    assert "Traceback" not in result.stderr


def test_an_unparseable_database_url_gives_one_readable_line():
    result = run_manage("check", DATABASE_URL="nonsense://")
    assert result.returncode != 0
    assert "DATABASE_URL går inte att tolka" in result.stderr
    assert "Traceback" not in result.stderr
