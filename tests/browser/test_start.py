import pytest
from django.core.management import call_command

from fou.demo.users import DEMO_PASSWORD
from tests.browser.conftest import log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_officer_logs_in_and_sees_the_swedish_pages(page):
    call_command("load_demo", "--quiet-logins")
    page.goto("/")
    assert page.locator("h1").inner_text() == "FoU-medel för socialtjänsten"
    screenshot(page, "start")
    log_in(page, "hanna", DEMO_PASSWORD)
    assert page.locator("h1").inner_text() == "Min sida"
    assert "Hanna Handläggare" in page.locator(".who").inner_text()
    assert "ändra deras regler" in page.content()
    screenshot(page, "min-sida-handlaggare")
    page.click("text=Beviljade projekt")
    assert "Hägersten-Älvsjö" in page.content()
    screenshot(page, "beviljade-projekt")


def test_wrong_password_is_explained_in_swedish(page):
    call_command("load_demo", "--quiet-logins")
    log_in(page, "hanna", "fel-lösenord")
    assert "Användarnamnet eller lösenordet är fel" in page.locator(".error-summary").inner_text()
    assert page.input_value("#id_username") == "hanna"
    screenshot(page, "inloggning-fel")
