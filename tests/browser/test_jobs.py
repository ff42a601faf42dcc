"""The grants office sees a receipt that could not be sent as failed, with the
error, and puts it back on the queue."""

import pytest

from fou.jobs.models import Job
from tests import factories
from tests.browser.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_officer_sees_a_failed_receipt_and_runs_it_again(page, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    officer = factories.user("hanna", "officer", first_name="Hanna")
    Job.objects.create(
        kind="email",
        label="Kvitto FoU-2027-0003 till anna@farsta.example",
        status=Job.Status.FAILED,
        attempts=5,
        payload={"subject": "Kvitto", "message": "Hej", "to": ["anna@farsta.example"]},
        last_error="ConnectionRefusedError: [Errno 111] Connection refused",
    )
    Job.objects.create(kind="email", label="Kvitto FoU-2027-0002", status=Job.Status.DONE)
    page.goto("/logga-in/")
    page.fill("#id_username", officer.username)
    page.fill("#id_password", factories.PASSWORD)
    page.click("button[type=submit]:has-text('Logga in')")
    page.click("nav summary:has-text('Mer')")
    page.click("nav >> text=Bakgrundsjobb")
    failed = page.locator("tr", has_text="FoU-2027-0003")
    assert "Misslyckades" in failed.inner_text()
    assert "Connection refused" in failed.inner_text()
    assert "5 av 5" in failed.inner_text()
    screenshot(page, "bakgrundsjobb-misslyckat")
    failed.locator("button:has-text('Försök igen')").click()
    assert "Jobbet är köat igen" in page.locator(".messages").inner_text()
    assert "Klar" in page.locator("tr", has_text="FoU-2027-0003").inner_text()
    screenshot(page, "bakgrundsjobb-klart-igen")
