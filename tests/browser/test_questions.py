"""Kulturstöd 2027 as an applicant meets it: the call's own questions in the
form, a PDF refused as the Budget spreadsheet next to the file field, the
spreadsheet taken, and every answer on the check page."""

import pytest

from tests import factories
from tests.applications.files import PDF, xlsx_bytes
from tests.applications.kulturstod import kulturstod_call
from tests.browser.conftest import log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def test_an_applicant_answers_kulturstods_own_questions(page, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    farsta = factories.organisation("Farsta")
    applicant = factories.user("anna", "applicant", farsta, first_name="Anna")
    draft = factories.application(kulturstod_call(), farsta, creator=applicant, title="Teater")
    log_in(page, "anna", factories.PASSWORD)
    page.goto(f"/ansokningar/{draft.pk}/andra/")

    page.fill("#id_title", "Sommarteater i Farsta")
    page.select_option("#id_malgrupp", "Unga")
    page.fill("#id_purpose", "Unga spelar teater i parken.")
    page.fill("#id_amount_asked", "90 000")
    page.fill("#id_samverkan", "Farsta teaterförening")
    page.select_option("#id_tidigare_stod", "nej")
    page.wait_for_selector("#autosave-status:has-text('sparades automatiskt')", timeout=10_000)

    page.select_option("#id_kind", "Budget")
    budget = {"name": "budget.pdf", "mimeType": "application/pdf", "buffer": PDF}
    page.set_input_files("#id_file", files=[budget])
    page.click("button:has-text('Ladda upp')")
    error = page.locator("#id_file_error")
    assert "Budget ska vara en fil av typen .xlsx" in error.inner_text()
    assert page.input_value("#id_samverkan") == "Farsta teaterförening"
    error.scroll_into_view_if_needed()
    screenshot(page, "kulturstod-pdf-som-budget")

    page.select_option("#id_kind", "Budget")
    budget = {"name": "budget.xlsx", "mimeType": XLSX, "buffer": xlsx_bytes()}
    page.set_input_files("#id_file", files=[budget])
    page.click("button:has-text('Ladda upp')")
    assert "bilagan är uppladdad" in page.locator(".messages").inner_text()
    page.click("button:has-text('Spara och kontrollera ansökan')")

    main = page.locator("main").inner_text()
    assert "Målgrupp\nUnga" in main
    assert "Har ni fått kulturstöd förut?\nNej" in main
    assert "Uppfylls inte" not in page.content()
    screenshot(page, "kulturstod-kontrollera")
