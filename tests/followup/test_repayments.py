import datetime

from django.urls import reverse

from fou.followup.models import Repayment, Repurposing
from fou.followup.services import repayment_declare
from tests.conftest import login


def declare(client, grant, amount):
    return client.post(reverse("followup:repayment_declare", args=[grant.pk]), {"amount": amount})


def test_a_declaration_after_the_deadline_is_accepted_and_flagged_late(as_applicant, grant):
    # The fixture's repayment deadline (2 June 2025) has passed.
    response = declare(as_applicant, grant, "12 500")
    assert response.status_code == 302
    repayment = Repayment.objects.get(grant=grant)
    assert (repayment.state, repayment.amount, repayment.declared_late) == (
        "declared",
        12_500,
        True,
    )
    page = as_applicant.get(reverse("followup:grant", args=[grant.pk])).content.decode()
    assert "12\u00a0500\u00a0kr" in page and "anmäld efter sista dag" in page


def test_a_declaration_in_time_is_not_late(applicant, grant):
    repayment = repayment_declare(
        grant=grant, user=applicant, amount=0, today=datetime.date(2025, 6, 2)
    )
    assert (repayment.state, repayment.declared_late) == ("nothing_to_repay", False)


def test_declaring_more_than_granted_is_refused_in_swedish(as_applicant, grant):
    response = declare(as_applicant, grant, "500 000")
    assert response.status_code == 400
    assert "kan inte vara större än det beviljade beloppet" in response.content.decode()
    assert not Repayment.objects.exists()


def test_another_organisation_cannot_declare(as_applicant, skarpnack_grant):
    assert declare(as_applicant, skarpnack_grant, "1").status_code == 403


def test_the_office_invoices_and_marks_repaid(as_applicant, grant, client, officer):
    declare(as_applicant, grant, "10 000")
    repayment = Repayment.objects.get(grant=grant)
    url = reverse("followup:repayment_advance", args=[repayment.pk])
    login(client, officer)
    client.post(url, {"action": "mark_repaid"})
    repayment.refresh_from_db()
    assert repayment.state == "declared"  # not invoiced yet: refused
    client.post(url, {"action": "invoice", "note": "Faktura 2025-118"})
    client.post(url, {"action": "mark_repaid"})
    repayment.refresh_from_db()
    assert repayment.state == "repaid"
    assert repayment.history.first().history_change_reason == "Återbetalning mottagen"


def test_an_applicant_cannot_mark_a_repayment_repaid(as_applicant, grant):
    declare(as_applicant, grant, "10 000")
    repayment = Repayment.objects.get(grant=grant)
    url = reverse("followup:repayment_advance", args=[repayment.pk])
    assert as_applicant.post(url, {"action": "invoice"}).status_code == 403


def test_repurposing_is_requested_decided_recorded_and_shown(
    as_applicant, grant, client, officer, applicant
):
    url = reverse("followup:repurposing_request", args=[grant.pk])
    empty = as_applicant.post(url, {"new_use": "", "reason": ""})
    assert "Skriv vad medlen ska användas till." in empty.content.decode()
    as_applicant.post(
        url, {"new_use": "Konferens om barnrätt", "reason": "Resan kan inte genomföras."}
    )
    request = Repurposing.objects.get(grant=grant)
    decide = reverse("followup:repurposing_decide", args=[request.pk])
    assert as_applicant.post(decide, {"approve": "1"}).status_code == 403
    login(client, officer)
    refused = client.post(decide, {"refuse": "1", "comment": ""})
    assert "Skriv en motivering till avslaget." in refused.content.decode()
    client.post(decide, {"approve": "1", "comment": "Ryms i fondens syfte."})
    request.refresh_from_db()
    assert (request.state, request.decided_by) == ("approved", officer)
    login(client, applicant)
    page = client.get(reverse("followup:grant", args=[grant.pk])).content.decode()
    assert "Konferens om barnrätt" in page and "Ryms i fondens syfte." in page


def test_an_unknown_office_action_is_explained(as_applicant, grant, client, officer):
    declare(as_applicant, grant, "10 000")
    repayment = Repayment.objects.get(grant=grant)
    login(client, officer)
    response = client.post(
        reverse("followup:repayment_advance", args=[repayment.pk]),
        {"action": "delete"},
        follow=True,
    )
    assert "Välj fakturerad, återbetald eller skriv av." in response.content.decode()
    repayment.refresh_from_db()
    assert repayment.state == "declared"
