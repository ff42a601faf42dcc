"""Approved final reports marked for the knowledge bank become searchable
documents there, without being uploaded again, and leave it when unmarked."""

from django.urls import reverse

from fou.knowledge.models import Document
from fou.knowledge.publishing import report_publication_sync
from fou.knowledge.selectors import document_search
from tests.conftest import login
from tests.followup.helpers import report_post


def _approved_report(client, officer, applicant, grant):
    login(client, applicant)
    report_post(client, grant)
    report = grant.report
    report.refresh_from_db()
    login(client, officer)
    client.post(
        reverse("followup:report_decide", args=[report.pk]),
        {"version": report.version, "approve": "1"},
    )
    report.refresh_from_db()
    return report


def _publish(client, report, publishable: bool):
    client.post(
        reverse("followup:report_publish", args=[report.pk]),
        {"publishable": "1"} if publishable else {},
    )
    report.refresh_from_db()


def _found(text: str) -> list[int]:
    return [hit.document.pk for hit in document_search(text=text, filters={}).hits]


def test_an_approved_report_is_not_published_until_marked(client, officer, applicant, grant):
    _approved_report(client, officer, applicant, grant)
    assert not Document.objects.exists()
    assert _found("placeringar") == []


def test_a_published_report_is_a_searchable_document_of_its_grant(
    client, officer, applicant, grant
):
    report = _approved_report(client, officer, applicant, grant)
    _publish(client, report, True)
    assert report.publishable
    document = Document.objects.get(report=report)
    assert document.grant == grant
    assert document.type == Document.Type.FINAL_REPORT
    assert document.year == 2025
    assert document.fund == grant.application.call.fund
    assert list(document.organisations.all()) == [grant.organisation]
    assert document.title == "Slutrapport: Våga anmäla våga vittna"
    assert "Vi prövade stödet med 40 familjer." in document.repaired_text
    assert document.source_file.read().decode("utf-8") == document.repaired_text
    assert _found("placeringar") == [document.pk]  # "Färre placeringar."
    assert _found("familj") == [document.pk]
    page = client.get(reverse("knowledge:detail", args=[document.pk]))
    assert page.status_code == 200


def test_unpublishing_withdraws_and_publishing_again_brings_the_same_document_back(
    client, officer, applicant, grant
):
    report = _approved_report(client, officer, applicant, grant)
    _publish(client, report, True)
    document = Document.objects.get(report=report)
    _publish(client, report, False)
    assert not report.publishable
    document.refresh_from_db()
    assert document.is_withdrawn
    assert document.withdrawn_by == officer
    assert "inte längre publicerad" in document.withdrawal_reason
    assert _found("placeringar") == []
    _publish(client, report, True)
    assert Document.objects.filter(report=report).count() == 1
    document.refresh_from_db()
    assert not document.is_withdrawn
    assert _found("placeringar") == [document.pk]
    reasons = [h.history_change_reason for h in document.history.order_by("history_id")]
    assert reasons[0] == "Publicerad från uppföljningen"
    assert reasons[-1] == "Publicerad igen från uppföljningen"


def test_publishing_twice_keeps_one_document(client, officer, applicant, grant):
    report = _approved_report(client, officer, applicant, grant)
    _publish(client, report, True)
    first = report_publication_sync(report=report, user=officer)
    second = report_publication_sync(report=report, user=officer)
    assert first.pk == second.pk
    assert Document.objects.count() == 1
    assert _found("placeringar") == [first.pk]


def test_a_report_marked_before_approval_publishes_nothing(client, officer, applicant, grant):
    login(client, applicant)
    report_post(client, grant)
    report = grant.report
    login(client, officer)
    _publish(client, report, True)
    assert not report.publishable
    assert not Document.objects.exists()
