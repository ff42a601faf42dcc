"""Changes are recorded (who, when, what, why) and never silently overwritten."""

import pytest
from django.test import Client

from tests import factories


def rules_form(call, **changes):
    data = {
        "opens_at": "2026-09-01T00:00",
        "closes_at": "2027-03-31T23:59",
        "budget": "",
        "max_amount": call.max_amount,
        "max_applications_per_organisation": 2,
        "min_project_year": 1,
        "max_project_year": 3,
        "gender_equality_analysis_required": "on",
        "continuation_cut_percent": 0,
        "joint_applications_allowed": "on",
        "required_attachments_text": "Projektplan",
        "version": call.version,
        "reason": "Nämndens beslut om inriktning",
    }
    data.update(changes)
    return data


def test_changing_rules_records_before_after_who_and_why(as_officer, officer, lum_call):
    response = as_officer.post(
        f"/utlysningar/{lum_call.pk}/regler/",
        rules_form(lum_call, max_amount=450000, reason="Mindre budget 2027"),
    )
    assert response.status_code == 302
    latest = lum_call.history.first()
    assert latest.history_user == officer
    assert latest.history_change_reason == "Mindre budget 2027"
    delta = latest.diff_against(latest.prev_record)
    change = next(c for c in delta.changes if c.field == "max_amount")
    assert (change.old, change.new) == (500_000, 450_000)


def test_audit_log_page_shows_the_change(as_officer, lum_call):
    as_officer.post(f"/utlysningar/{lum_call.pk}/regler/", rules_form(lum_call, max_amount=450000))
    page = as_officer.get("/andringslogg/").content.decode()
    assert "Hanna Handläggare" in page
    assert "Nämndens beslut om inriktning" in page
    assert "<ins>450\u00a0000\u00a0kr</ins>" in page


def test_rules_change_without_a_reason_is_refused_and_keeps_input(as_officer, lum_call):
    response = as_officer.post(
        f"/utlysningar/{lum_call.pk}/regler/", rules_form(lum_call, max_amount=450000, reason="")
    )
    page = response.content.decode()
    assert "Skriv varför reglerna ändras." in page
    assert 'value="450000"' in page
    lum_call.refresh_from_db()
    assert lum_call.max_amount == 500_000


@pytest.mark.django_db
def test_concurrent_rule_edit_is_refused_and_loses_nothing(officer, lum_call):
    second_officer = factories.user("gustav", "officer", first_name="Gustav")
    first, second = Client(), Client()
    first.force_login(officer)
    second.force_login(second_officer)
    stale = rules_form(lum_call)  # both opened the page at version 1
    assert (
        first.post(
            f"/utlysningar/{lum_call.pk}/regler/", {**stale, "max_amount": 400000}
        ).status_code
        == 302
    )
    response = second.post(f"/utlysningar/{lum_call.pk}/regler/", {**stale, "max_amount": 300000})
    assert response.status_code == 409
    page = response.content.decode()
    assert "Hanna" in page and "har sparat ändringar sedan du öppnade sidan" in page
    assert 'value="300000"' in page  # what the second officer typed is still there
    assert "400\xa0000\xa0kr" in page  # and the first officer's saved value is shown
    lum_call.refresh_from_db()
    assert lum_call.max_amount == 400_000


@pytest.mark.django_db
def test_concurrent_draft_edit_is_refused_and_loses_nothing(applicant, farsta, lum_call):
    colleague = factories.user("karin", "applicant", farsta, first_name="Karin")
    draft = factories.application(lum_call, farsta, title="Utkast")
    first, second = Client(), Client()
    first.force_login(applicant)
    second.force_login(colleague)
    url = f"/ansokningar/{draft.pk}/andra/"
    assert first.post(url, {"title": "Annas rubrik", "version": 1}).status_code == 302
    response = second.post(url, {"title": "Karins rubrik", "purpose": "Karins syfte", "version": 1})
    assert response.status_code == 409
    page = response.content.decode()
    assert "Karins syfte" in page and "Annas rubrik" in page
    draft.refresh_from_db()
    assert draft.title == "Annas rubrik"


def test_changed_rules_give_new_verdicts_to_open_applications(as_officer, lum_call, farsta):
    from fou.applications.eligibility import refresh_rule_results

    draft = factories.application(lum_call, farsta, amount_asked=450_000, purpose="Syfte")
    refresh_rule_results(draft)
    assert not any(r["code"] == "amount_cap" and r["outcome"] == "fail" for r in draft.rule_results)
    as_officer.post(f"/utlysningar/{lum_call.pk}/regler/", rules_form(lum_call, max_amount=400000))
    draft.refresh_from_db()
    assert any(r["code"] == "amount_cap" and r["outcome"] == "fail" for r in draft.rule_results)
