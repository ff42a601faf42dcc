import pytest
from django.core import mail
from django.core.management import call_command

from fou.applications.models import Application
from fou.demo.users import DEMO_PASSWORD
from tests.applications.files import PDF
from tests.browser.conftest import log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_applicant_fills_in_corrects_checks_and_submits(page, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("load_demo", "--quiet-logins")
    from fou.accounts.models import User

    User.objects.filter(username="anna").update(email="anna@farsta.example")
    log_in(page, "anna", DEMO_PASSWORD)
    page.click("text=Övningsutlysning LUM 2027")
    page.click("text=Starta en ansökan")
    page.click("button:has-text('Starta ansökan')")

    page.fill("#id_title", "Tidigt stöd till familjer i Farsta")
    page.fill("#id_purpose", "Att pröva tidigt stöd till familjer med små barn.")
    page.fill("#id_amount_asked", "fyrahundratusen")
    page.select_option("#id_project_year", "1")
    page.check("text=Strategiskt värde för staden som helhet")
    page.fill("#id_gender_equality_analysis", "Både mammor och pappor nås av insatsen.")
    # htmx saves a few seconds after typing stops.
    page.wait_for_selector("#autosave-status:has-text('sparades automatiskt')", timeout=10_000)
    saved = Application.objects.get(call__year=2027, call__fund__code="LUM")
    assert saved.gender_equality_analysis == "Både mammor och pappor nås av insatsen."
    page.click("button:has-text('Spara och kontrollera ansökan')")
    summary = page.locator(".error-summary")
    assert "Sökt belopp" in summary.inner_text()
    assert page.input_value("#id_amount_asked") == "fyrahundratusen"
    assert page.input_value("#id_purpose").startswith("Att pröva tidigt stöd")
    screenshot(page, "ansokan-fel-belopp")

    page.fill("#id_amount_asked", "400 000 kr")
    plan = {"name": "projektplan.pdf", "mimeType": "application/pdf", "buffer": PDF}
    page.set_input_files("#id_file", files=[plan])
    page.click("button:has-text('Ladda upp')")
    assert "bilagan är uppladdad" in page.locator(".messages").inner_text()
    assert page.input_value("#id_amount_asked") == "400 000"  # saved with the upload
    page.click("button:has-text('Spara och kontrollera ansökan')")

    assert page.locator("h1").inner_text() == "Kontrollera dina svar"
    assert "400\u00a0000\u00a0kr" in page.locator("main").inner_text()
    assert "Uppfylls inte" not in page.content()
    screenshot(page, "ansokan-kontrollera")
    page.click("button:has-text('Skicka in ansökan')")

    assert page.locator("h1").inner_text() == "Ansökan är inskickad"
    reference = page.locator(".reference").inner_text()
    assert reference == "FoU-2027-0001"
    screenshot(page, "ansokan-kvitto")
    assert Application.objects.get(reference=reference).status == "submitted"
    assert any(reference in m.subject for m in mail.outbox)
