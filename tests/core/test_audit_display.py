"""The change history reads as the pages do: Swedish field names, status
labels, amounts in kronor, Stockholm time, and no rows without a change."""

import datetime
from zoneinfo import ZoneInfo

from fou.applications.models import Status
from fou.core.audit import audit_entries_for
from tests import factories

NBSP = "\u00a0"


def _history_page(client, application) -> str:
    return client.get(f"/ansokningar/{application.pk}/handlaggning/").content.decode()


def test_status_change_is_shown_by_its_labels(as_officer, lum_call, farsta):
    application = factories.application(lum_call, farsta)
    application.status = Status.SUBMITTED
    application.save()
    page = _history_page(as_officer, application)
    assert "<del>Utkast</del> → <ins>Inskickad</ins>" in page
    assert "draft" not in page and ">submitted<" not in page


def test_amount_is_shown_in_kronor(as_officer, lum_call, farsta):
    application = factories.application(lum_call, farsta, amount_asked=400_000)
    application.amount_asked = 450_000
    application.save()
    [change] = audit_entries_for(application)[0].changes
    assert change.field == "Sökt belopp"
    assert (change.before, change.after) == (f"400{NBSP}000{NBSP}kr", f"450{NBSP}000{NBSP}kr")
    assert f"450{NBSP}000{NBSP}kr" in _history_page(as_officer, application)


def test_times_are_shown_in_stockholm_time(as_officer, lum_call, farsta):
    application = factories.application(lum_call, farsta)
    application.submitted_at = datetime.datetime(
        2026, 11, 29, 8, 56, 32, 221719, tzinfo=ZoneInfo("UTC")
    )
    application.save()
    [change] = audit_entries_for(application)[0].changes
    assert (change.field, change.before, change.after) == ("Inskickad", "–", "2026-11-29 09.56")
    page = _history_page(as_officer, application)
    assert "2026-11-29 09.56" in page and "+00:00" not in page


def test_a_save_without_a_change_is_not_listed(as_officer, lum_call, farsta):
    application = factories.application(lum_call, farsta, title="Samma titel")
    application.save()
    application.purpose = ""
    application.save()
    entries = audit_entries_for(application)
    assert [e.action for e in entries] == ["Skapad"]
    assert "Ändrad" not in _history_page(as_officer, application)


def test_a_save_without_a_change_but_with_a_reason_is_listed(lum_call, farsta):
    application = factories.application(lum_call, farsta)
    application._change_reason = "Kontrollerad av handläggaren"
    application.save()
    latest = audit_entries_for(application)[0]
    assert (latest.action, latest.reason, latest.changes) == (
        "Ändrad",
        "Kontrollerad av handläggaren",
        [],
    )


def test_related_objects_and_booleans_are_named(lum_call, farsta):
    application = factories.application(lum_call, farsta)
    application.amount_asked_is_reconstruction = True
    application.save()
    [change] = audit_entries_for(application)[0].changes
    assert (change.field, change.before, change.after) == (
        "Sökt belopp är en rekonstruktion",
        "nej",
        "ja",
    )
    grant = factories.grant(application, 300_000)
    grant.decision = grant.Decision.REFUSED
    grant.save()
    [change] = audit_entries_for(grant)[0].changes
    assert (change.before, change.after) == ("Beviljad", "Avslagen")


def test_the_call_rules_history_uses_the_same_display(as_officer, lum_call):
    lum_call.max_amount = 450_000
    lum_call.save()
    page = as_officer.get(f"/utlysningar/{lum_call.pk}/regler/").content.decode()
    assert f"<ins>450{NBSP}000{NBSP}kr</ins>" in page


def test_the_admins_history_page_uses_the_same_display(client, lum_call):
    administrator = factories.user("alva", "administrator", is_staff=True, is_superuser=True)
    client.force_login(administrator)
    lum_call.max_amount = 450_000
    lum_call.save()
    page = client.get(f"/admin/calls/call/{lum_call.pk}/history/").content.decode()
    assert "Högsta belopp per ansökan" in page
    assert f"450{NBSP}000{NBSP}kr" in page
    assert "max_amount" not in page
    assert "Ändringar" in page and "Choose a date" not in page and ">Changed<" not in page
