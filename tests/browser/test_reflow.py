"""The application form, the scoring page and the allocation page at 320 px
(WCAG 1.4.10 reflow: nothing on the page itself scrolls sideways; a wide
table may scroll inside its own box) and with the text at 200 % (WCAG 1.4.4).
Screenshots at 320 and 1280 px go to test-artifacts/."""

import pytest

from fou.accounts.models import User
from fou.applications.models import Application
from fou.demo.users import DEMO_PASSWORD
from fou.organisations.models import Organisation
from tests import factories
from tests.browser.conftest import log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TOLERANCE = 2  # px: rounding of sub-pixel widths

PAGE_WIDTH = "document.scrollingElement.scrollWidth"
# What sticks out past the viewport, for the failure message.
WIDER = """w => [...document.querySelectorAll('main *')]
  .filter(e => e.getBoundingClientRect().right > w + 2 && !e.closest('.table-scroll, .chart-table'))
  .slice(0, 5).map(e => e.outerHTML.slice(0, 100))"""


def _assert_reflows(page, name: str):
    page.set_viewport_size({"width": 1280, "height": 900})
    screenshot(page, f"{name}-1280")
    page.set_viewport_size({"width": 320, "height": 800})
    screenshot(page, f"{name}-320")
    width = page.evaluate(PAGE_WIDTH)
    wider = page.evaluate(WIDER, 320)
    assert width <= 320 + TOLERANCE, f"{name}: {width} px bred vid 320 px: {wider}"

    # Text at 200 %: every size is relative to the root's, so doubling the
    # root doubles the text, and the page still fits without sideways scrolling.
    page.set_viewport_size({"width": 1280, "height": 900})
    before = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    page.evaluate("document.documentElement.style.fontSize = '200%'")
    after = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert after == pytest.approx(2 * before)
    screenshot(page, f"{name}-text-200")
    width = page.evaluate(PAGE_WIDTH)
    wider = page.evaluate(WIDER, 1280)
    assert width <= 1280 + TOLERANCE, f"{name}: {width} px med 200 % text: {wider}"
    page.evaluate("document.documentElement.style.fontSize = ''")


def test_the_application_form_reflows(page, exercise_call):
    farsta_draft = factories.application(
        exercise_call,
        Organisation.objects.get(key="farsta"),
        creator=User.objects.get(username="anna"),
        title="Familjecentral i Farsta",
    )
    log_in(page, "anna", DEMO_PASSWORD)
    page.goto(f"/ansokningar/{farsta_draft.pk}/andra/")
    page.fill("#id_amount_asked", "fyrahundratusen")
    page.click("button:has-text('Spara och kontrollera ansökan')")
    assert page.locator(".error-summary").is_visible()
    _assert_reflows(page, "ansokan-formular")


def test_the_scoring_page_reflows(page, exercise_call):
    application = exercise_call.applications.get(reference="FoU-2027-0001")
    factories.assignment(application, User.objects.get(username="olle"))
    log_in(page, "olle", DEMO_PASSWORD)
    page.goto(f"/bedomning/ansokan/{application.pk}/")
    page.click("button:has-text('Lämna bedömning')")  # with its errors
    assert page.locator(".error-summary").is_visible()
    _assert_reflows(page, "bedomning-poang")


def test_the_allocation_page_reflows(page, exercise_call):
    assert Application.objects.filter(call__year=2023).exists()
    log_in(page, "hanna", DEMO_PASSWORD)
    page.goto("/fordelning/2023/")
    page.click("button:has-text('Beräkna nytt förslag')")
    assert "Version 1 är beräknad och sparad" in page.content()
    _assert_reflows(page, "fordelning-2023")


def test_the_officers_menu_fits_on_one_line_at_1280_px(page, exercise_call):
    log_in(page, "hanna", DEMO_PASSWORD)
    tops = page.evaluate(
        "[...document.querySelectorAll('nav.main-nav > a, nav.main-nav > details')]"
        ".map(e => Math.round(e.getBoundingClientRect().top))"
    )
    assert len(set(tops)) == 1, f"Menyn bryts på {len(set(tops))} rader: {tops}"
    # The rest are under "Mer", opened from the keyboard.
    page.focus("nav.main-nav summary")
    page.keyboard.press("Enter")
    assert page.locator("nav.main-nav details a:has-text('Bakgrundsjobb')").is_visible()
    screenshot(page, "meny-handlaggare-1280")
