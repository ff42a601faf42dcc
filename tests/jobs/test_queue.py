"""Receipts on the database queue (django-tasks), worked by the real
`db_worker` command: a request never waits on SMTP, a failed send is retried
with growing delays and then shown as failed to the grants office."""

import datetime
import socket

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from fou.jobs.models import Job
from fou.jobs.runner import retry_delay
from tests import factories
from tests.applications.helpers import draft_data

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def database_queue(settings):
    settings.TASKS = DATABASE_QUEUE
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    return settings


def closed_port() -> int:
    """A loopback port nobody listens on: the mail server is 'down'."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def work_queue():
    # The worker recycles its database connection between tasks, as it must in
    # production; inside a test's wrapping transaction that would close it, so
    # the tests that run the worker commit for real (transaction=True).
    call_command("db_worker", "--batch", "--interval", "0", "--no-startup-delay", verbosity=0)


@pytest.fixture
def submitted(as_applicant, lum_call, farsta, applicant):
    applicant.email = "anna@farsta.example"
    applicant.save()
    draft = factories.application(lum_call, farsta, creator=applicant)

    def submit():
        as_applicant.post(f"/ansokningar/{draft.pk}/andra/", draft_data(draft))
        response = as_applicant.post(f"/ansokningar/{draft.pk}/kontrollera/")
        assert response.status_code == 302
        draft.refresh_from_db()
        return draft

    return submit


@pytest.mark.django_db(transaction=True)
def test_submission_queues_the_receipt_and_the_worker_sends_it(database_queue, submitted):
    application = submitted()
    assert application.reference == "FoU-2027-0001"
    job = Job.objects.get(application=application)
    assert job.status == Job.Status.QUEUED
    assert mail.outbox == []  # the request did not send anything
    assert DBTaskResult.objects.ready().count() == 1

    work_queue()

    job.refresh_from_db()
    assert job.status == Job.Status.DONE
    assert job.attempts == 1
    assert [m.to for m in mail.outbox] == [["anna@farsta.example"]]
    assert "FoU-2027-0001" in mail.outbox[0].subject


@pytest.mark.django_db(transaction=True)
def test_a_failed_send_waits_before_the_next_attempt(database_queue, submitted):
    database_queue.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    database_queue.EMAIL_HOST, database_queue.EMAIL_PORT = "127.0.0.1", closed_port()
    application = submitted()

    before = timezone.now()
    work_queue()

    job = Job.objects.get(application=application)
    assert job.status == Job.Status.RETRYING
    assert job.attempts == 1
    assert "ConnectionRefusedError" in job.last_error
    assert job.next_attempt_at - before >= datetime.timedelta(seconds=30)
    # The next attempt is on the queue, due later: the batch worker left it.
    waiting = DBTaskResult.objects.filter(status="READY").get()
    assert waiting.run_after == job.next_attempt_at
    assert retry_delay(2) == 4 * retry_delay(1)


@pytest.mark.django_db(transaction=True)
def test_after_the_last_attempt_the_officer_sees_it_failed_and_can_retry(
    database_queue, submitted, client, officer
):
    database_queue.JOB_RETRY_BASE_SECONDS = 0
    database_queue.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    database_queue.EMAIL_HOST, database_queue.EMAIL_PORT = "127.0.0.1", closed_port()
    application = submitted()

    work_queue()

    job = Job.objects.get(application=application)
    assert job.status == Job.Status.FAILED
    assert job.attempts == job.max_attempts == 5
    client.force_login(officer)
    page = client.get("/jobb/?status=failed").content.decode()
    assert "Kvitto FoU-2027-0001 till anna@farsta.example" in page
    assert "Misslyckades" in page and "ConnectionRefusedError" in page
    detail = client.get(f"/ansokningar/{application.pk}/handlaggning/").content.decode()
    assert "Bakgrundsjobb" in detail and "Misslyckades" in detail

    # The mail server is back; the officer puts the job back on the queue.
    database_queue.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    response = client.post(f"/jobb/{job.pk}/forsok-igen/")
    assert response.status_code == 302
    work_queue()
    job.refresh_from_db()
    assert job.status == Job.Status.DONE
    assert len(mail.outbox) == 1


def test_only_officers_see_and_retry_jobs(database_queue, client, applicant, council_member):
    job = Job.objects.create(kind="email", label="x", status=Job.Status.FAILED, payload={})
    for user in (applicant, council_member):
        client.force_login(user)
        assert client.get("/jobb/").status_code == 403
        assert client.post(f"/jobb/{job.pk}/forsok-igen/").status_code == 403
    client.logout()
    assert client.get("/jobb/").status_code == 302
    job.refresh_from_db()
    assert job.status == Job.Status.FAILED
