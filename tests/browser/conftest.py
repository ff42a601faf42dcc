"""Playwright in Debian's Chromium against the live test server."""

import os
import shutil
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command

from fou.applications.models import Status
from fou.calls.models import Call
from fou.organisations.models import Organisation
from tests import factories

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.skip(f"Chromium saknas på {CHROMIUM}: installera Debian-paketet chromium")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread while the tests
    # use the database here too; the test server has its own thread.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()
    if previous is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture
def page(browser, live_server):
    # The database is emptied between browser tests but the cache table is
    # not: cached rows (the site's wording) would outlive the data they copy.
    cache.clear()
    context = browser.new_context(
        base_url=live_server.url, locale="sv-SE", viewport={"width": 1280, "height": 900}
    )
    opened = context.new_page()
    opened.set_default_timeout(15_000)
    yield opened
    context.close()


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def log_in(page, username: str, password: str) -> None:
    page.goto("/logga-in/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]:has-text('Logga in')")


@pytest.fixture
def exercise_call():
    call_command("load_demo", "--quiet-logins")
    call = Call.objects.get(fund__code="LUM", year=2027)
    skarpnack = Organisation.objects.get(key="skarpnack")
    farsta = Organisation.objects.get(key="farsta")
    factories.application(
        call,
        skarpnack,
        status=Status.SUBMITTED,
        title="Tidigt stöd till unga vuxna",
        reference="FoU-2027-0001",
        amount_asked=450_000,
        purpose="Pröva tidigt stöd tillsammans med Farsta.",
    )
    factories.application(
        call,
        farsta,
        status=Status.SUBMITTED,
        title="Farstas familjeteam",
        reference="FoU-2027-0002",
    )
    return call


AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
SCANNED: list[str] = []  # every page scanned in this run, for the report


def assert_accessible(page) -> None:
    """Run axe-core (vendored, WCAG 2.0/2.1 A and AA rules) on the page as it
    is now and fail on any serious or critical violation."""
    # Evaluated through the DevTools protocol, which the site's
    # Content-Security-Policy (script-src 'self') does not block.
    page.evaluate(AXE.read_text(encoding="utf-8") + "\n;true")
    result = page.evaluate(
        "() => axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
    )
    SCANNED.append(page.url)
    grave = [
        f"{v['id']} ({v['impact']}): {v['help']} – "
        + "; ".join(node["target"][0] for node in v["nodes"][:5])
        for v in result["violations"]
        if v["impact"] in {"serious", "critical"}
    ]
    assert grave == [], f"{page.url}\n" + "\n".join(grave)
