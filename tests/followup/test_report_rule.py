"""The "earlier report approved" rule reads approvals from follow-up."""

import datetime

from django.urls import reverse

from fou.applications.eligibility import check_application
from fou.domain.rules import Outcome, RuleCode
from fou.followup.models import Report
from tests import factories
from tests.conftest import login
from tests.followup.helpers import report_post


def report_rule(application):
    (found,) = [r for r in check_application(application) if r.code == RuleCode.APPROVED_REPORT]
    return found


def test_a_late_report_fails_the_next_application_until_it_is_approved(
    client, applicant, officer, grant, farsta
):
    next_call = factories.call(2027, approved_report_required=True)
    application = factories.application(next_call, farsta, title="Nästa projekt")
    late = report_rule(application)
    assert late.outcome == Outcome.FAIL
    assert "Våga anmäla våga vittna" in late.message

    login(client, applicant)
    report_post(client, grant)
    assert report_rule(application).outcome == Outcome.FAIL  # submitted is not approved

    report = Report.objects.get(grant=grant)
    login(client, officer)
    client.post(
        reverse("followup:report_decide", args=[report.pk]),
        {"version": report.version, "approve": "1"},
    )
    assert report_rule(application).outcome == Outcome.PASS
    # The stored verdict the officer's list filters on is refreshed too.
    application.refresh_from_db()
    stored = [r for r in application.rule_results if r["code"] == "approved_report"]
    assert stored[0]["outcome"] == "pass"


def test_a_report_not_yet_due_does_not_stop_an_application(farsta, granted_call, grant):
    granted_call.report_deadline = datetime.date(2099, 1, 31)
    granted_call.save()
    application = factories.application(factories.call(2027, approved_report_required=True), farsta)
    assert report_rule(application).outcome == Outcome.PASS


def test_a_fund_that_does_not_report_is_not_held_against_anyone(farsta, granted_call, grant):
    fund = granted_call.fund
    fund.requires_report = False
    fund.save()
    next_call = factories.call(2027, fund_code="MUL", approved_report_required=True)
    assert report_rule(factories.application(next_call, farsta)).outcome == Outcome.PASS
