import pytest
from django.urls import reverse

from fou.domain.followup.reports import ReportState
from fou.followup.models import Report
from fou.followup.selectors import reports_publishable
from tests.applications.files import EXE
from tests.conftest import login
from tests.followup.helpers import report_post


def test_owner_submits_a_final_report_with_computed_unused(as_applicant, grant):
    response = report_post(as_applicant, grant)
    assert response.status_code == 302
    report = Report.objects.get(grant=grant)
    assert (report.state, report.spent, report.kind) == ("submitted", 350_000, "final")
    assert report.attachment_name == "slutrapport.pdf"
    page = as_applicant.get(reverse("followup:grant", args=[grant.pk])).content.decode()
    assert "<dt>Outnyttjat</dt><dd>50 000 kr</dd>" in page.replace("\u00a0", " ")
    assert "Färre placeringar." in page


def test_spent_more_than_granted_is_refused_and_nothing_saved(as_applicant, grant):
    response = report_post(as_applicant, grant, spent="400 001")
    assert response.status_code == 400
    page = response.content.decode().replace("\u00a0", " ")
    assert "kan inte vara större än det beviljade beloppet (400 000 kr)" in page
    assert "Vi prövade stödet med 40 familjer." in page  # what was typed stays
    assert not Report.objects.filter(grant=grant).exists()


def test_a_file_that_is_not_what_it_claims_is_refused(as_applicant, grant):
    response = report_post(as_applicant, grant, file=EXE)
    assert response.status_code == 400
    assert "är inte en PDF-, DOCX-, XLSX- eller ODT-fil" in response.content.decode()
    assert not Report.objects.filter(grant=grant).exists()


def test_submitting_without_answers_names_each_missing_one(as_applicant, grant):
    response = report_post(as_applicant, grant, q_results="", spent="", file=None)
    page = response.content.decode()
    assert response.status_code == 400
    assert page.count("Svara på frågan innan du skickar in rapporten.") == 2  # summary + field
    assert "Bifoga filen innan du skickar in rapporten." in page
    assert "Ange hur mycket som har använts." in page


def test_a_draft_may_be_half_written(as_applicant, grant):
    response = report_post(as_applicant, grant, q_results="", spent="", file=None, submit=False)
    assert response.status_code == 302
    assert Report.objects.get(grant=grant).state == ReportState.DRAFT


def test_return_correct_resubmit_approve_keeps_every_version(
    as_applicant, grant, client, officer, applicant
):
    report_post(as_applicant, grant)
    report = Report.objects.get(grant=grant)
    login(client, officer)
    decide = reverse("followup:report_decide", args=[report.pk])
    refused = client.post(decide, {"version": report.version, "return": "1", "comment": " "})
    assert "Skriv vad som ska rättas" in refused.content.decode()
    client.post(decide, {"version": report.version, "return": "1", "comment": "Bifoga budget"})
    report.refresh_from_db()
    assert (report.state, report.return_comment) == ("returned", "Bifoga budget")

    login(client, applicant)
    page = client.get(reverse("followup:report_edit", args=[grant.pk])).content.decode()
    assert "Bifoga budget" in page
    report_post(client, grant, spent="390 000", file=None, version=report.version)
    report.refresh_from_db()
    assert (report.state, report.spent, report.times_submitted) == ("submitted", 390_000, 2)

    login(client, officer)
    client.post(decide, {"version": report.version, "approve": "1"})
    report.refresh_from_db()
    assert report.state == "approved"
    reasons = [v.history_change_reason for v in report.history.order_by("history_date")]
    assert reasons == [
        "Rapport inskickad",
        "Rapport returnerad: Bifoga budget",
        "Rapport inskickad",
        "Rapport godkänd",
    ]
    assert [v.spent for v in report.history.order_by("history_date")][:2] == [350_000, 350_000]


def test_an_officer_approving_a_report_changed_since_the_page_opened_is_told(
    as_applicant, grant, client, officer
):
    report_post(as_applicant, grant)
    opened = Report.objects.get(grant=grant).version
    report_post(as_applicant, grant, spent="300 000", file=None, version=opened)
    login(client, officer)
    response = client.post(
        reverse("followup:report_decide", args=[Report.objects.get(grant=grant).pk]),
        {"version": opened, "approve": "1"},
    )
    assert response.status_code == 409
    assert "har ändrat rapporten sedan du öppnade sidan" in response.content.decode()
    report = Report.objects.get(grant=grant)
    assert (report.state, report.spent) == ("submitted", 300_000)


def test_an_approved_final_report_can_be_marked_for_the_knowledge_bank(
    as_applicant, grant, client, officer
):
    report_post(as_applicant, grant)
    report = Report.objects.get(grant=grant)
    login(client, officer)
    publish = reverse("followup:report_publish", args=[report.pk])
    client.post(publish, {"publishable": "1"})
    assert list(reports_publishable()) == []  # not approved yet: refused
    client.post(
        reverse("followup:report_decide", args=[report.pk]),
        {"version": report.version, "approve": "1"},
    )
    client.post(publish, {"publishable": "1"})
    assert [r.grant for r in reports_publishable()] == [grant]


@pytest.mark.parametrize("url_name", ["followup:report_edit", "followup:grant"])
def test_a_report_for_another_organisations_grant_is_refused(
    as_applicant, skarpnack_grant, url_name
):
    url = reverse(url_name, args=[skarpnack_grant.pk])
    assert as_applicant.get(url).status_code == 403
    assert report_post(as_applicant, skarpnack_grant).status_code == 403
    assert not Report.objects.exists()


def test_only_officers_approve(as_applicant, grant):
    report_post(as_applicant, grant)
    report = Report.objects.get(grant=grant)
    response = as_applicant.post(
        reverse("followup:report_decide", args=[report.pk]),
        {"version": report.version, "approve": "1"},
    )
    assert response.status_code == 403
    assert Report.objects.get(grant=grant).state == "submitted"


def test_officers_do_not_write_owners_reports(client, officer, grant):
    login(client, officer)
    assert client.get(reverse("followup:report_edit", args=[grant.pk])).status_code == 403


def test_report_decisions_appear_in_the_audit_log(as_applicant, grant, client, officer):
    report_post(as_applicant, grant)
    report = Report.objects.get(grant=grant)
    login(client, officer)
    client.post(
        reverse("followup:report_decide", args=[report.pk]),
        {"version": report.version, "return": "1", "comment": "Bifoga budgeten"},
    )
    page = client.get(reverse("site:audit_log")).content.decode()
    assert "Rapport returnerad: Bifoga budgeten" in page


def test_a_submitted_report_cannot_be_emptied_by_saving_a_draft(as_applicant, grant):
    report_post(as_applicant, grant)
    version = Report.objects.get(grant=grant).version
    response = report_post(
        as_applicant, grant, q_results="", file=None, submit=False, version=version
    )
    assert response.status_code == 400
    assert "Svara på frågan innan du skickar in rapporten." in response.content.decode()
    assert Report.objects.get(grant=grant).answers[0]["answer"].startswith("Vi prövade")


def test_the_owner_is_told_by_e_mail_when_a_report_is_returned(
    as_applicant, applicant, grant, client, officer, mailoutbox, django_capture_on_commit_callbacks
):
    applicant.email = "anna@farsta.example.org"
    applicant.save()
    report_post(as_applicant, grant)
    report = Report.objects.get(grant=grant)
    login(client, officer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("followup:report_decide", args=[report.pk]),
            {"version": report.version, "return": "1", "comment": "Bifoga budgeten"},
        )
    (message,) = mailoutbox
    assert message.to == ["anna@farsta.example.org"]
    assert "Bifoga budgeten" in message.body


def test_an_odd_version_number_is_read_as_none_not_a_server_error(as_applicant, grant):
    response = report_post(as_applicant, grant, version="²")
    assert response.status_code < 500
    assert Report.objects.filter(grant=grant).exists()
