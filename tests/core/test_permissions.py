"""Every role meets a refusal where it has no business (checked on the server)."""

import pytest

from fou.applications.models import Status
from tests import factories


@pytest.fixture
def skarpnack_draft(lum_call, skarpnack, other_applicant):
    return factories.application(lum_call, skarpnack, creator=other_applicant, title="Hemligt")


def test_applicant_cannot_read_another_organisations_draft(as_applicant, skarpnack_draft):
    response = as_applicant.get(f"/ansokningar/{skarpnack_draft.pk}/")
    assert response.status_code == 404
    assert "Hemligt" not in response.content.decode()


def test_applicant_cannot_change_another_organisations_draft(as_applicant, skarpnack_draft):
    response = as_applicant.post(
        f"/ansokningar/{skarpnack_draft.pk}/andra/", {"title": "Kapat", "version": 1}
    )
    assert response.status_code == 404
    skarpnack_draft.refresh_from_db()
    assert skarpnack_draft.title == "Hemligt"


def test_applicant_cannot_start_an_application_for_another_organisation(
    as_applicant, lum_call, skarpnack
):
    response = as_applicant.post(f"/ansokningar/ny/{lum_call.pk}/", {"organisation": skarpnack.pk})
    assert response.status_code == 200
    assert "Välj vilken organisation" in response.content.decode()
    assert not lum_call.applications.exists()


def test_applicant_sees_own_draft(as_applicant, lum_call, farsta):
    draft = factories.application(lum_call, farsta, title="Vårt utkast")
    assert "Vårt utkast" in as_applicant.get(f"/ansokningar/{draft.pk}/").content.decode()


def test_reader_cannot_change_a_draft(client, reader, lum_call, farsta):
    draft = factories.application(lum_call, farsta, title="Orört")
    client.force_login(reader)
    response = client.post(f"/ansokningar/{draft.pk}/andra/", {"title": "Ändrat", "version": 1})
    assert response.status_code in (403, 404)
    draft.refresh_from_db()
    assert draft.title == "Orört"


def test_reader_cannot_change_call_rules(client, reader, lum_call):
    client.force_login(reader)
    response = client.post(f"/utlysningar/{lum_call.pk}/regler/", {"max_amount": 1})
    assert response.status_code == 403
    lum_call.refresh_from_db()
    assert lum_call.max_amount == 500_000


def test_reader_cannot_start_an_application(client, reader, lum_call):
    client.force_login(reader)
    assert client.post(f"/ansokningar/ny/{lum_call.pk}/").status_code == 403


def test_reader_sees_decided_but_not_draft_applications(client, reader, lum_call, farsta):
    draft = factories.application(lum_call, farsta)
    decided = factories.application(lum_call, farsta, status=Status.GRANTED, title="Beslutat")
    client.force_login(reader)
    assert client.get(f"/ansokningar/{draft.pk}/").status_code == 404
    assert client.get(f"/ansokningar/{decided.pk}/").status_code == 200


@pytest.mark.parametrize("role_fixture", ["applicant", "council_member", "reader"])
def test_only_officers_see_the_audit_log_and_the_officer_list(client, request, role_fixture):
    client.force_login(request.getfixturevalue(role_fixture))
    assert client.get("/andringslogg/").status_code == 403
    assert client.get("/ansokningar/").status_code == 403


def test_council_member_cannot_change_call_rules(client, council_member, lum_call):
    client.force_login(council_member)
    assert client.post(f"/utlysningar/{lum_call.pk}/regler/", {}).status_code == 403


def test_anonymous_visitor_is_sent_to_login(client, lum_call, farsta):
    draft = factories.application(lum_call, farsta)
    response = client.get(f"/ansokningar/{draft.pk}/")
    assert response.status_code == 302
    assert response.url.startswith("/logga-in/")


def test_non_staff_cannot_open_the_admin(as_applicant):
    response = as_applicant.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response.url


def test_the_demo_grants_officer_edits_calls_in_the_admin(client, db):
    from django.core.management import call_command

    from fou.accounts.models import User

    call_command("load_demo", "--quiet-logins")
    client.force_login(User.objects.get(username="hanna"))
    assert client.get("/admin/calls/call/").status_code == 200
    assert client.get("/admin/applications/application/").status_code == 200
    # Users and groups are the administrators' (issue 10).
    assert client.get("/admin/accounts/user/").status_code == 403
