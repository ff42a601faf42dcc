"""send_reminders: 30, 7 and 1 days before, the day after a missed deadline,
once each, on Stockholm dates whatever the season."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from fou.followup.models import ReminderSent
from tests import factories
from tests.followup.helpers import report_post

UTC = datetime.UTC


@pytest.fixture
def owner(applicant):
    applicant.email = "anna@farsta.example.org"
    applicant.save()
    return applicant


def at(monkeypatch, moment: datetime.datetime) -> None:
    monkeypatch.setattr(timezone, "now", lambda: moment)


def run(*args) -> list[str]:
    out = StringIO()
    call_command("send_reminders", *args, stdout=out)
    return out.getvalue().strip().splitlines()


def set_deadlines(call, *, report, repayment=None):
    call.report_deadline = report
    call.repayment_notice_deadline = repayment
    call.save()


def test_a_second_run_the_same_day_sends_nothing(monkeypatch, owner, grant, granted_call):
    set_deadlines(granted_call, report=datetime.date(2026, 2, 28))
    at(monkeypatch, datetime.datetime(2026, 1, 29, 6, 0, tzinfo=UTC))  # 30 days before
    first = run()
    assert first[-1] == "2026-01-29: 1 påminnelser lagda i kön för att skickas (1 mottagare)."
    (message,) = mail.outbox
    assert message.to == ["anna@farsta.example.org"]
    assert message.subject == (
        "Påminnelse: rapport och ekonomisk redovisning för Våga anmäla våga vittna "
        "senast 28 februari 2026"
    )
    assert "om 30 dagar" in message.body and f"/uppfoljning/beslut/{grant.pk}/" in message.body
    assert run()[-1] == "2026-01-29: 0 påminnelser lagda i kön för att skickas (0 mottagare)."
    assert len(mail.outbox) == 1
    assert ReminderSent.objects.get().days_before == 30


def test_dry_run_prints_and_sends_nothing(monkeypatch, owner, grant, granted_call):
    set_deadlines(granted_call, report=datetime.date(2026, 2, 28))
    at(monkeypatch, datetime.datetime(2026, 2, 21, 6, 0, tzinfo=UTC))
    lines = run("--dry-run")
    assert "anna@farsta.example.org: Påminnelse" in lines[0]
    assert lines[-1] == (
        "Provkörning 2026-02-21: 1 påminnelser skulle ha skickats (1 mottagare). Inget skickades."
    )
    assert mail.outbox == [] and not ReminderSent.objects.exists()


def test_daily_runs_remind_30_7_1_days_before_and_the_day_after(
    monkeypatch, owner, grant, granted_call
):
    deadline = datetime.date(2026, 5, 31)
    set_deadlines(granted_call, report=deadline)
    sent_on = {}
    for offset in range(-40, 5):
        day = deadline + datetime.timedelta(days=offset)
        at(monkeypatch, datetime.datetime.combine(day, datetime.time(5, 0), tzinfo=UTC))
        before = len(mail.outbox)
        run()
        if len(mail.outbox) > before:
            sent_on[-offset] = mail.outbox[-1].subject
    assert sorted(sent_on) == [-1, 1, 7, 30]
    assert sent_on[-1].startswith("Sista dag har passerat")


def test_a_submitted_report_needs_no_reminder(monkeypatch, owner, grant, granted_call, client):
    set_deadlines(granted_call, report=datetime.date(2026, 2, 28))
    client.force_login(owner)
    report_post(client, grant)
    at(monkeypatch, datetime.datetime(2026, 2, 27, 6, 0, tzinfo=UTC))
    assert run()[-1].endswith(": 0 påminnelser lagda i kön för att skickas (0 mottagare).")


def test_the_repayment_deadline_is_reminded_until_something_is_declared(
    monkeypatch, owner, grant, granted_call
):
    set_deadlines(granted_call, report=None, repayment=datetime.date(2026, 6, 8))
    at(monkeypatch, datetime.datetime(2026, 6, 1, 6, 0, tzinfo=UTC))
    run()
    (message,) = mail.outbox
    assert "anmälan om outnyttjade medel" in message.subject


def test_other_organisations_people_get_nothing(monkeypatch, owner, grant, granted_call, skarpnack):
    factories.user("sven", "applicant", skarpnack, email="sven@skarpnack.example.org")
    set_deadlines(granted_call, report=datetime.date(2026, 2, 28))
    at(monkeypatch, datetime.datetime(2026, 2, 27, 6, 0, tzinfo=UTC))
    run()
    assert [m.to for m in mail.outbox] == [["anna@farsta.example.org"]]


@pytest.mark.parametrize(
    ("deadline", "moment", "expected_left"),
    [
        # Summer time starts 29 March 2026 at 02.00. A cron job at 00.30 on the
        # 29th runs at 23.30 UTC on the 28th: it is already the 29th in Stockholm.
        (datetime.date(2026, 3, 30), datetime.datetime(2026, 3, 28, 23, 30, tzinfo=UTC), 1),
        # 00.30 summer time on 31 March is 22.30 UTC on the 30th.
        (datetime.date(2026, 3, 30), datetime.datetime(2026, 3, 30, 22, 30, tzinfo=UTC), -1),
        # Summer time ends 25 October 2026 at 03.00; 00.30 that night is 22.30 UTC.
        (datetime.date(2026, 10, 26), datetime.datetime(2026, 10, 24, 22, 30, tzinfo=UTC), 1),
        # 00.30 winter time on 27 October is 23.30 UTC on the 26th.
        (datetime.date(2026, 10, 26), datetime.datetime(2026, 10, 26, 23, 30, tzinfo=UTC), -1),
        # 23.30 on the deadline itself, late in the evening, is still the deadline day.
        (datetime.date(2026, 10, 26), datetime.datetime(2026, 10, 26, 22, 30, tzinfo=UTC), 0),
    ],
)
def test_deadlines_are_stockholm_dates_across_summer_time(
    monkeypatch, owner, grant, granted_call, deadline, moment, expected_left
):
    set_deadlines(granted_call, report=deadline)
    # Earlier reminders already went out, so only today's is in question.
    for days_before in (30, 7):
        ReminderSent.objects.create(
            grant=grant,
            deadline_kind="report",
            deadline=deadline,
            days_before=days_before,
            recipient=owner.email,
        )
    at(monkeypatch, moment)
    run()
    (message,) = mail.outbox
    phrase = {1: "i morgon", 0: "i dag", -1: "i går"}[expected_left]
    assert phrase in message.body
