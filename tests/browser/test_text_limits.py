"""The stated limits and the refusal of too long a text, as a person sees them."""

from fou.applications.models import Status
from fou.core.text_limits import LONG_TEXT_MAX, REASON_MAX
from tests import factories
from tests.browser.conftest import log_in, screenshot


def test_too_long_texts_are_refused_in_swedish_and_kept(page, lum_call, farsta, applicant, officer):
    draft = factories.application(lum_call, farsta, creator=applicant, title="Tidigt stöd")
    submitted = factories.application(lum_call, farsta, status=Status.SUBMITTED, title="Inskickad")
    log_in(page, "anna", factories.PASSWORD)
    page.goto(f"/ansokningar/{draft.pk}/andra/")
    assert page.get_by_text("Skriv högst 10 000 tecken.").first.is_visible()
    page.fill("#id_purpose", "Syfte " + "x" * LONG_TEXT_MAX)
    page.click("button.button-secondary:has-text('Spara utkast')")
    assert page.get_by_text("Syfte får vara högst 10 000 tecken").first.is_visible()
    assert page.input_value("#id_purpose").startswith("Syfte x")
    screenshot(page, "text-limit-purpose")
    page.context.clear_cookies()
    log_in(page, "hanna", factories.PASSWORD)
    page.goto(f"/ansokningar/{submitted.pk}/handlaggning/")
    page.fill("#withdraw-reason", "Skäl " + "x" * REASON_MAX)
    page.click("button:has-text('Återta')")
    assert page.get_by_text("Motiveringen får vara högst 2 000 tecken").first.is_visible()
    assert page.input_value("#withdraw-reason").startswith("Skäl x")
    screenshot(page, "text-limit-officer-reason")
