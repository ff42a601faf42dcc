"""Keyboard and screen-reader basics: a skip link, and an error summary that
takes focus and leads to the fields."""

import pytest
from django.core.management import call_command

from fou.demo.users import DEMO_PASSWORD
from tests.applications.files import PDF
from tests.browser.conftest import SCANNED, assert_accessible, log_in, screenshot

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
    # Following an in-page link updates the address a moment later.
    page.wait_for_url("**#main", timeout=5_000)
    assert page.url.endswith("#main")


def test_the_error_summary_takes_focus_and_links_to_the_field(page):
    call_command("load_demo", "--quiet-logins")
    log_in(page, "hanna", "fel-lösenord")
    page.wait_for_load_state("load")
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # the summary's link
    assert page.evaluate("document.activeElement.id") == "id_username"


def test_the_applicants_pages_pass_axe_core(page, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo", "--quiet-logins")
    page.goto("/")
    assert_accessible(page)
    log_in(page, "anna", DEMO_PASSWORD)
    page.click("text=Övningsutlysning LUM 2027")
    assert_accessible(page)  # the call page
    page.click("text=Starta en ansökan")
    page.click("button:has-text('Starta ansökan')")
    page.fill("#id_title", "Tidigt stöd till familjer i Farsta")
    page.fill("#id_amount_asked", "fyrahundratusen")
    page.click("button:has-text('Spara och kontrollera ansökan')")
    assert page.locator(".error-summary").is_visible()
    assert_accessible(page)  # the form with errors
    page.set_viewport_size({"width": 1280, "height": 900})
    screenshot(page, "ansokan-fel-1280")
    page.set_viewport_size({"width": 320, "height": 800})
    screenshot(page, "ansokan-fel-320")
    # No sideways scrolling at 320 px (WCAG 1.4.10, reflow).
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.set_viewport_size({"width": 1280, "height": 900})

    page.fill("#id_purpose", "Att pröva tidigt stöd till familjer med små barn.")
    page.fill("#id_amount_asked", "400 000")
    page.select_option("#id_project_year", "1")
    page.check("text=Strategiskt värde för staden som helhet")
    page.fill("#id_gender_equality_analysis", "Både mammor och pappor nås av insatsen.")
    plan = {"name": "projektplan.pdf", "mimeType": "application/pdf", "buffer": PDF}
    page.set_input_files("#id_file", files=[plan])
    page.click("button:has-text('Ladda upp')")
    page.click("button:has-text('Spara och kontrollera ansökan')")
    page.click("button:has-text('Skicka in ansökan')")
    assert page.locator("h1").inner_text() == "Ansökan är inskickad"
    assert_accessible(page)  # the receipt
    print(f"axe-core: {len(SCANNED)} sidor granskade: {', '.join(SCANNED)}")


def test_the_axe_check_fails_on_a_serious_violation(page):
    page.set_content('<html lang="sv"><body><main><img src="plan.png"></main></body></html>')
    with pytest.raises(AssertionError, match="image-alt"):
        assert_accessible(page)
