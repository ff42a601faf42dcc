import pytest
from django.core.management import call_command

from fou.core.demo.users import DEMO_PASSWORD
from tests.browser.conftest import log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_officer_runs_the_allocation_changes_the_budget_and_compares(page):
    call_command("load_demo", "--quiet-logins")
    log_in(page, "hanna", DEMO_PASSWORD)
    page.goto("/fordelning/2023/")
    page.fill("#id_note", "Förvaltningens förslag")
    page.click("button:has-text('Beräkna nytt förslag')")
    assert "Version 1 är beräknad och sparad" in page.content()
    caption = page.locator("table.allocation caption").first.inner_text()
    assert "3\u00a0850\u00a0000\u00a0kr" in caption
    screenshot(page, "fordelning-version-1")

    page.fill("#id_budget_LUM", "3 500 000")
    page.fill("#id_note", "Om LUM-budgeten vore mindre")
    page.click("button:has-text('Beräkna nytt förslag')")
    assert "Version 2 är beräknad och sparad" in page.content()
    assert "Skulle ha beviljats om budgeten för LUM vore" in page.locator("main").inner_text()
    screenshot(page, "fordelning-version-2")

    page.select_option("#a", "1")
    page.select_option("#b", "2")
    page.click("button:has-text('Jämför')")
    assert page.locator("h1").inner_text().startswith("Jämför förslag 2023")
    assert page.locator("tr.changed").count() >= 1
    screenshot(page, "fordelning-jamfor")
