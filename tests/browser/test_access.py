"""What a refused person sees: Swedish pages in the site's layout; the owner
deletes a never-submitted draft; the administrator reads the security log."""

import pytest
from django.template.loader import render_to_string

from fou.applications.models import Application, Status
from tests import factories
from tests.browser.conftest import log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def farsta_submitted(lum_call, farsta):
    return factories.application(
        lum_call,
        farsta,
        status=Status.SUBMITTED,
        title="Farstas familjeteam",
        reference="FoU-2027-0002",
    )


def test_jävig_member_is_refused_and_the_administrator_reads_the_log(
    page, council_member, farsta_submitted
):
    log_in(page, "rut", factories.PASSWORD)
    response = page.goto(f"/ansokningar/{farsta_submitted.pk}/")
    assert response.status == 403
    assert page.locator("h1").inner_text() == "Åtkomst nekad"
    assert "jävig" in page.locator("main").inner_text()
    assert "Farstas familjeteam" not in page.content()
    assert page.locator("nav.main-nav a:has-text('Bedömning')").count() == 1
    screenshot(page, "atkomst-nekad-jav")

    assert page.goto("/finns-inte/").status == 404
    assert page.locator("h1").inner_text() == "Sidan finns inte"
    screenshot(page, "sidan-finns-inte")

    factories.user("root", "administrator", is_staff=True, is_superuser=True)
    page.context.clear_cookies()
    log_in(page, "root", factories.PASSWORD)
    page.goto("/admin/accounts/securityevent/")
    table = page.locator("#result_list").inner_text()
    assert "Försök att nå ansökan trots jäv" in table and "rut" in table
    screenshot(page, "sakerhetslogg")


def test_owner_deletes_a_draft_after_confirming(page, applicant, lum_call, farsta):
    draft = factories.application(lum_call, farsta, creator=applicant, title="Ett övergivet utkast")
    log_in(page, "anna", factories.PASSWORD)
    page.goto(f"/ansokningar/{draft.pk}/")
    page.click("a:has-text('Ta bort utkast')")
    assert page.locator("h1").inner_text() == "Ta bort utkast"
    screenshot(page, "ta-bort-utkast")
    page.click("button:has-text('Ja, ta bort utkastet')")
    assert "Utkastet ”Ett övergivet utkast” är borttaget." in page.content()
    assert not Application.objects.filter(pk=draft.pk).exists()


def test_csrf_failure_and_server_error_pages(page, live_server, db):
    page.goto("/logga-in/")
    page.context.clear_cookies()
    page.fill("#id_username", "anna")
    page.fill("#id_password", "fel")
    page.click("button[type=submit]:has-text('Logga in')")
    assert page.locator("h1").inner_text() == "Formuläret kunde inte skickas"
    screenshot(page, "formular-csrf")

    page.goto("/")
    page.set_content(render_to_string("500.html"))
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").inner_text() == "Något gick fel"
    screenshot(page, "serverfel")
