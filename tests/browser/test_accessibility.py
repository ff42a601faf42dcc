"""Keyboard and screen-reader basics: a skip link, and an error summary that
takes focus and leads to the fields."""

import pytest
from django.core.management import call_command

from tests.browser.conftest import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_first_tab_shows_a_skip_link_to_the_content(page):
    call_command("load_demo", "--quiet-logins")
    page.goto("/")
    page.keyboard.press("Tab")
    focused = page.locator(":focus")
    assert focused.inner_text() == "Hoppa till innehållet"
    box = focused.bounding_box()
    assert box["x"] >= 0 and box["y"] >= 0  # on screen, not parked off it
    page.keyboard.press("Enter")
    assert page.url.endswith("#main")


def test_the_error_summary_takes_focus_and_links_to_the_field(page):
    call_command("load_demo", "--quiet-logins")
    log_in(page, "hanna", "fel-lösenord")
    page.wait_for_load_state("load")
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # the summary's link
    assert page.evaluate("document.activeElement.id") == "id_username"
