"""The grants officer's walk: readable change history, an allocation form that
asks only for what the run needs, provenance said once, a Swedish admin."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from fou.accounts.models import User
from fou.applications.eligibility import refresh_rule_results
from fou.applications.models import Status
from fou.demo.users import DEMO_PASSWORD
from tests import factories
from tests.browser.conftest import assert_accessible, log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
NBSP = "\u00a0"


def test_the_change_history_reads_as_the_page_does(page, exercise_call):
    application = exercise_call.applications.get(reference="FoU-2027-0001")
    application.status = Status.UNDER_REVIEW
    application.amount_asked = 400_000
    application.submitted_at = datetime.datetime(2026, 11, 29, 8, 56, tzinfo=ZoneInfo("UTC"))
    application._change_reason = "Rättat belopp efter samtal"
    application.save()
    del application._change_reason
    application.save()
    log_in(page, "hanna", DEMO_PASSWORD)
    page.goto(f"/ansokningar/{application.pk}/handlaggning/")
    history = page.locator("table.audit").inner_text()
    assert "Inskickad → Under beredning" in history
    assert f"450{NBSP}000{NBSP}kr → 400{NBSP}000{NBSP}kr" in history
    assert "2026-11-29 09.56" in history
    assert "submitted" not in history and "+00:00" not in history
    assert history.count("Ändrad") == 1
    screenshot(page, "andringshistorik-ansokan")
    assert_accessible(page)


def test_the_allocation_form_asks_only_for_what_the_run_needs(page, exercise_call):
    log_in(page, "hanna", DEMO_PASSWORD)
    page.goto("/fordelning/2027/")
    assert page.input_value("#id_budget_LUM") != "0"
    assert page.locator("#id_budget_MUL").count() == 0 or (
        page.get_attribute("#id_budget_MUL", "aria-required") != "true"
    )
    assert page.get_attribute("#id_min_share_LUM", "aria-required") != "true"
    page.check("input[name=mode_LUM][value=all_or_nothing]")
    page.fill("#id_min_share_LUM", "")
    page.fill("#id_budget_LUM", "100 000")
    screenshot(page, "fordelning-2027-formular")
    page.click("button:has-text('Beräkna nytt förslag')")
    assert "Version 1 är beräknad och sparad" in page.content()
    page.fill("#id_budget_LUM", "200 000")
    page.click("button:has-text('Beräkna nytt förslag')")
    assert "Version 2 är beräknad och sparad" in page.content()
    page.select_option("#a", "1")
    page.select_option("#b", "2")
    page.click("button:has-text('Jämför')")
    assert page.locator("a[href='/fordelning/2027/version/1/']").count() >= 1
    assert page.locator("a[href='/fordelning/2027/version/2/']").count() >= 1
    rows = page.locator("table").nth(1).inner_text()
    assert "ej beviljad i någon version" in rows
    assert f"0{NBSP}kr" not in rows and "oförändrad" not in rows
    screenshot(page, "fordelning-2027-jamfor")
    assert_accessible(page)


def test_partial_funding_without_a_lowest_share_is_explained(page, exercise_call):
    log_in(page, "hanna", DEMO_PASSWORD)
    page.goto("/fordelning/2027/")
    page.check("input[name=mode_LUM][value=partial]")
    page.fill("#id_min_share_LUM", "")
    page.fill("#id_budget_LUM", "300 000")
    page.click("button:has-text('Beräkna nytt förslag')")
    assert (
        "Ange lägsta andel vid delfinansiering i Lokala utvecklingsmedel."
        in page.locator(".error-summary").inner_text()
    )
    assert page.input_value("#id_budget_LUM") == "300 000"
    screenshot(page, "fordelning-2027-lagsta-andel-saknas")


def test_provenance_is_said_once_on_the_scoring_and_handling_pages(page, exercise_call):
    application = exercise_call.applications.get(reference="FoU-2027-0001")
    factories.assignment(application, User.objects.get(username="olle"))
    refresh_rule_results(application)
    log_in(page, "olle", DEMO_PASSWORD)
    page.goto(f"/bedomning/ansokan/{application.pk}/")
    text = page.locator("main").inner_text()
    assert text.count("inte ur källorna") == 1
    screenshot(page, "bedomning-kallor-en-gang")
    page.click("form[action*='logga-ut'] button")
    log_in(page, "hanna", DEMO_PASSWORD)
    page.goto(f"/ansokningar/{application.pk}/handlaggning/")
    rules = page.locator("main").inner_text()
    assert rules.count("Demodata: 2023 års regler") == 1
    assert "Källa för alla regler" in rules
    screenshot(page, "handlaggning-kallor-en-gang")


def test_the_admin_speaks_swedish(page, exercise_call):
    log_in(page, "admin", DEMO_PASSWORD)
    page.goto("/admin/applications/application/")
    listing = page.locator("#content").inner_text()
    assert "UTLYSNING" in listing.upper() and "CALL" not in listing.upper()
    screenshot(page, "admin-ansokningar")
    application = exercise_call.applications.get(reference="FoU-2027-0001")
    page.goto(f"/admin/applications/application/{application.pk}/change/")
    form = page.locator("#content").inner_text()
    assert "Utlysning" in form and "Call:" not in form
    screenshot(page, "admin-ansokan")
    exercise_call.max_amount = 450_000
    exercise_call._change_reason = "Lägre tak"
    exercise_call.save()
    page.goto(f"/admin/calls/call/{exercise_call.pk}/history/")
    history = page.locator("#change-history").inner_text()
    assert f"Högsta belopp per ansökan: 500{NBSP}000{NBSP}kr" in history
    assert "max_amount" not in history
    screenshot(page, "admin-utlysning-historik")
