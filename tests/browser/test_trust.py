"""In the browser: the Content-Security-Policy lets every part of the draft
page work (htmx autosave included), a second tab's stale save is refused
with both versions, and a guessed password ends on the lock-out page."""

import pytest
from django.core.management import call_command

from fou.applications.models import Application
from fou.calls.models import Call
from fou.demo.users import DEMO_PASSWORD
from fou.organisations.models import Organisation
from tests import factories
from tests.browser.conftest import log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_draft_page_autosaves_under_the_policy_and_a_stale_tab_is_refused(page):
    call_command("load_demo", "--quiet-logins")
    call = Call.objects.get(fund__code="LUM", year=2027)
    draft = factories.application(call, Organisation.objects.get(key="farsta"), title="Utkast")
    blocked = []
    page.on("console", lambda m: blocked.append(m.text) if "Content Security" in m.text else None)
    log_in(page, "anna", DEMO_PASSWORD)
    stale_tab = page.context.new_page()
    stale_tab.on(
        "console", lambda m: blocked.append(m.text) if "Content Security" in m.text else None
    )
    url = f"/ansokningar/{draft.pk}/andra/"
    stale_tab.goto(url)  # loaded at version 1, left open
    page.goto(url)
    page.fill("#id_purpose", "Syftet som skrevs i den nya fliken.")
    page.wait_for_selector("#autosave-status:has-text('sparades automatiskt')", timeout=15_000)
    page.click("button.button-secondary:has-text('Spara utkast')")
    assert "Utkastet är sparat" in page.locator(".messages").inner_text()

    stale_tab.fill("#id_purpose", "Gammal text i den gamla fliken.")
    stale_tab.click("button.button-secondary:has-text('Spara utkast')")
    summary = stale_tab.locator(".error-summary").inner_text()
    assert "Du har själv sparat ändringar i en annan flik" in summary
    assert "Du utgick från version 1" in summary
    assert "Syftet som skrevs i den nya fliken." in summary
    assert stale_tab.input_value("#id_purpose") == "Gammal text i den gamla fliken."
    screenshot(stale_tab, "utkast-inaktuell-flik")
    assert Application.objects.get(pk=draft.pk).purpose == "Syftet som skrevs i den nya fliken."
    assert blocked == []


def test_guessing_passwords_ends_on_the_lockout_page(page):
    call_command("load_demo", "--quiet-logins")
    for _ in range(6):
        log_in(page, "anna", "fel-lösenord")
    assert "För många misslyckade inloggningar" in page.locator("h1").inner_text()
    assert "Försök igen kl." in page.locator("main").inner_text()
    screenshot(page, "inloggning-sparrad")


def test_a_stale_criteria_page_shows_what_is_saved_now(page):
    officer = factories.user("hanna", "officer", first_name="Hanna")
    colleague = factories.user("gustav", "officer", first_name="Gustav")
    call = factories.call(2027)
    criterion = factories.criterion(call, "Strategiskt värde", weight=1)
    log_in(page, officer.username, factories.PASSWORD)
    page.goto(f"/bedomning/utlysning/{call.pk}/kriterier/")
    # Meanwhile a colleague sets the weight to 3 from another page.
    from fou.core.versioning import save_audited

    criterion.weight = 3
    save_audited(instance=criterion, user=colleague, reason="Rådets möte")
    page.fill("#id_reason", "Ny ordning")
    page.click("button:has-text('Spara kriterier')")
    summary = page.locator(".error-summary").inner_text()
    assert "Kriterierna har ändrats sedan du öppnade sidan" in summary
    assert "Gustav" in summary
    screenshot(page, "kriterier-inaktuell-sida")
    criterion.refresh_from_db()
    assert criterion.weight == 3
