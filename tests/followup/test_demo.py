import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command

from fou.applications.eligibility import check_application
from fou.applications.models import Grant
from fou.calls.models import Call
from fou.demo.users import email_for
from fou.domain.followup.deadlines import ReportStatus
from fou.domain.rules import Outcome, RuleCode
from fou.followup.models import Repayment, Report
from fou.followup.selectors import call_rows, reports_publishable
from fou.organisations.models import Organisation
from tests import factories


@pytest.fixture
def demo(db):
    call_command("load_demo", "--quiet-logins")


def test_the_demo_has_labelled_follow_up_states_for_2022_and_2023(demo):
    lum_2023 = Call.objects.get(fund__code="LUM", year=2023)
    rows = call_rows(call=lum_2023, today=datetime.date(2026, 11, 29))
    statuses = {r.grant.organisation.key: r.report_status for r in rows if r.grant.organisation}
    assert statuses["skarpnack"] == ReportStatus.LATE
    assert statuses["sodermalm"] == ReportStatus.RETURNED
    assert statuses["farsta"] == ReportStatus.APPROVED
    assert list(statuses.values()).count(ReportStatus.LATE) == 1
    assert lum_2023.rule_sources["report_deadline"].startswith("Demodata")
    assert all(r.answers[0]["answer"].startswith("Demoläge") for r in Report.objects.all())
    (declared,) = Repayment.objects.all()
    assert (declared.state, declared.amount) == ("declared", 6_000)
    assert declared.note.startswith("Demoläge")
    assert reports_publishable().exists()


def test_demo_applicants_may_apply_while_skarpnacks_late_report_stops_skarpnack(demo):
    cases = [("LUM", "farsta", Outcome.PASS), ("MUL", "farsta", Outcome.PASS)]
    cases.append(("MUL", "skarpnack", Outcome.FAIL))
    for fund, key, expected in cases:
        call = Call.objects.get(fund__code=fund, year=2027)
        application = factories.application(call, Organisation.objects.get(key=key))
        results = check_application(application)
        (found,) = [r for r in results if r.code == RuleCode.APPROVED_REPORT]
        assert found.outcome == expected


def test_reminders_have_something_to_send_on_the_demo_once(demo):
    call_command("send_reminders", stdout=StringIO())
    recipients = {address for message in mail.outbox for address in message.to}
    assert recipients == {email_for("anna"), email_for("sven")}
    sent = len(mail.outbox)
    call_command("send_reminders", stdout=StringIO())
    assert len(mail.outbox) == sent
    assert Grant.objects.filter(reminders_sent__isnull=False).exists()
