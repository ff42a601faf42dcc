"""What a report asks is fund data, not code."""

from django.urls import reverse

from fou.applications.models import Status
from fou.followup.models import Report, ReportQuestion
from tests import factories
from tests.conftest import login


def test_a_trip_gets_the_travel_report_and_it_never_goes_to_the_knowledge_bank(
    as_applicant, farsta, client, officer
):
    trip_call = factories.call(2025, fund_code="MUL")
    application = factories.application(
        trip_call, farsta, status=Status.GRANTED, title="Studiebesök Köpenhamn"
    )
    grant = factories.grant(application, 25_000)
    url = reverse("followup:report_edit", args=[grant.pk])
    page = as_applicant.get(url).content.decode()
    assert "Reseberättelse och ekonomisk redovisning" in page
    assert "Vad ni lärde er" in page and "Forskarhandledarens del" not in page
    as_applicant.post(
        url,
        {"q_learnt": "Mentalisering i vardagen.", "q_spread": "APT i maj.", "spent": "25 000"}
        | {"submit": "1"},
    )
    report = Report.objects.get(grant=grant)
    assert (report.kind, report.state) == ("travel", "submitted")
    login(client, officer)
    client.post(
        reverse("followup:report_decide", args=[report.pk]),
        {"version": report.version, "approve": "1"},
    )
    client.post(reverse("followup:report_publish", args=[report.pk]), {"publishable": "1"})
    report.refresh_from_db()
    assert (report.state, report.publishable) == ("approved", False)


def test_a_funds_own_questions_replace_the_general_ones(as_applicant, grant):
    ReportQuestion.objects.create(
        kind="final",
        fund=grant.application.call.fund,
        key="method",
        question="Hur har metoden anpassats?",
    )
    page = as_applicant.get(reverse("followup:report_edit", args=[grant.pk])).content.decode()
    assert "Hur har metoden anpassats?" in page
    assert "Effekter för klienterna" not in page
