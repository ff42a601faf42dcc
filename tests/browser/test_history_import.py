import pytest
from django.core.management import call_command

from fou.applications.models import Grant
from fou.demo.users import DEMO_PASSWORD
from tests.browser.conftest import log_in, screenshot
from tests.history.helpers import FIXTURES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_officer_uploads_reviews_corrects_and_imports_a_decision(page):
    # The demo holds 2023 already; the 2024 decision is new history.
    call_command("load_demo", "--quiet-logins")
    log_in(page, "hanna", DEMO_PASSWORD)
    page.click("nav summary:has-text('Mer')")
    page.click("nav >> text=Historik")
    page.set_input_files("#id_file", str(FIXTURES / "no-table.txt"))
    page.click("button:has-text('Läs in och granska')")
    assert "Inga tabeller hittades" in page.locator(".error-summary").inner_text()
    assert "Inga tabeller hittades" in page.locator(".field-error").inner_text()
    screenshot(page, "historik-inga-tabeller")

    page.set_input_files("#id_file", str(FIXTURES / "decision-2024.txt"))
    page.click("button:has-text('Läs in och granska')")

    assert page.locator("h1").inner_text().startswith("Granska")
    assert page.locator("tr.flagged").count() == 2  # Järva is not in the registry
    assert page.locator(".document-text mark").count() > 0
    assert "Stöd till föräldrar med" in page.locator(".document-text").inner_text()
    farsta = page.locator("tr", has=page.locator("input[value='Farsta']"))
    farsta.locator("textarea").fill("Stöd till föräldrar med barn i ekonomisk utsatthet, Farsta")
    screenshot(page, "historik-granska")

    page.click("button:has-text('Importera')")
    assert "Importerat: 5 beslut skapade, 0 fanns redan." in page.locator(".messages").inner_text()
    assert page.locator("h1").inner_text().startswith("Importerat")
    screenshot(page, "historik-importerad")
    corrected = Grant.objects.get(organisation_name="Farsta", application__call__year=2024)
    assert corrected.application.title.endswith("utsatthet, Farsta")
    assert corrected.amount == 400_000
