"""Reminder e-mails go out from the task queue like receipts: a failed send
is retried with growing delays and shown to the grants office, and a second
run of send_reminders queues nothing new."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from fou.followup.models import ReminderSent
from fou.jobs.models import Job
from tests.jobs.test_queue import DATABASE_QUEUE, closed_port, work_queue


@pytest.mark.django_db(transaction=True)
def test_a_failed_reminder_is_retried_and_then_sent(
    settings, monkeypatch, applicant, grant, granted_call, client, officer
):
    settings.TASKS = DATABASE_QUEUE
    settings.JOB_RETRY_BASE_SECONDS = 0
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_port()
    applicant.email = "anna@farsta.example.org"
    applicant.save()
    granted_call.report_deadline = datetime.date(2026, 2, 28)
    granted_call.repayment_notice_deadline = None
    granted_call.save()
    moment = datetime.datetime(2026, 1, 29, 6, 0, tzinfo=datetime.UTC)  # 30 days before
    monkeypatch.setattr(timezone, "now", lambda: moment)

    out = StringIO()
    call_command("send_reminders", stdout=out)
    assert "1 påminnelser lagda i kön" in out.getvalue()
    job = Job.objects.get(kind=Job.Kind.EMAIL)
    assert job.status == Job.Status.QUEUED and "Påminnelse" in job.label

    work_queue()  # the mail server is down: every attempt fails

    job.refresh_from_db()
    assert job.status == Job.Status.FAILED and job.attempts == job.max_attempts
    assert "ConnectionRefusedError" in job.last_error
    # Recorded once: the next run does not queue it again.
    call_command("send_reminders", stdout=StringIO())
    assert Job.objects.count() == 1 and ReminderSent.objects.count() == 1
    client.force_login(officer)
    assert "Påminnelse" in client.get("/jobb/?status=failed").content.decode()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert client.post(f"/jobb/{job.pk}/forsok-igen/").status_code == 302
    work_queue()
    job.refresh_from_db()
    assert job.status == Job.Status.DONE
    (message,) = mail.outbox
    assert message.to == ["anna@farsta.example.org"] and "Påminnelse" in message.subject
