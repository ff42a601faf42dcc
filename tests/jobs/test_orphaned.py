"""A job whose worker died is shown as stopped ("Avbrutet") at once and may be
run again; a job whose worker is alive is "Pågår" and may not."""

import os
import subprocess
import sys

import pytest
from django.db import connection
from django.utils import timezone

from fou.jobs.liveness import HOST, job_lock, job_unlock
from fou.jobs.models import Job


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def running_job(pid: int) -> Job:
    return Job.objects.create(
        kind=Job.Kind.EMAIL,
        label="Kvitto FoU-2027-0001 till anna@farsta.example",
        status=Job.Status.RUNNING,
        attempts=1,
        started_at=timezone.now(),
        worker_host=HOST,
        worker_pid=pid,
        payload={"subject": "Kvitto", "message": "Tack", "to": ["anna@farsta.example"]},
    )


@pytest.mark.django_db
def test_a_job_whose_worker_died_is_shown_stopped_and_can_be_run_again(client, officer):
    job = running_job(dead_pid())
    client.force_login(officer)
    page = client.get("/jobb/").content.decode()
    assert "Avbrutet" in page and "arbetaren slutade mitt i jobbet" in page
    assert client.post(f"/jobb/{job.pk}/forsok-igen/").status_code == 302
    job.refresh_from_db()
    assert job.status != Job.Status.RUNNING  # queued again (or done at once)


@pytest.mark.django_db
def test_a_job_whose_worker_is_alive_is_running_and_cannot_be_retried(client, officer):
    job = running_job(os.getpid())
    # On PostgreSQL the worker holds the job's lock while it works.
    assert job_lock(job.pk)
    try:
        client.force_login(officer)
        page = client.get("/jobb/").content.decode()
        assert "Pågår" in page and "Avbrutet" not in page
        client.post(f"/jobb/{job.pk}/forsok-igen/")
        job.refresh_from_db()
        assert job.status == Job.Status.RUNNING
    finally:
        job_unlock(job.pk)


@pytest.mark.django_db
def test_on_postgresql_a_released_lock_means_the_worker_is_gone(officer):
    if connection.vendor != "postgresql":
        pytest.skip("the job lock is PostgreSQL's advisory lock")
    # The process is alive (this one), but no session holds the job's lock:
    # the worker's connection ended, as it does when a worker on another
    # machine dies.
    job = running_job(os.getpid())
    assert Job.objects.get(pk=job.pk).is_orphaned
