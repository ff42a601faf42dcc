"""A worker killed in the middle of a history import leaves no half-imported
document: the import is one transaction, so the rows it had written vanish
with the process. PostgreSQL only: the real worker runs as its own process
against the test database, which must be a server both can reach."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
from django.db import connection

from fou.applications.models import Application, Grant
from fou.calls.models import Call
from fou.history.models import ImportedDocument
from fou.jobs.models import Job
from tests.domain.text.seeds import DECISION_002
from tests.history.helpers import row_data, upload
from tests.jobs.test_queue import DATABASE_QUEUE

ROOT = Path(__file__).resolve().parents[2]


def database_url() -> str:
    s = connection.settings_dict
    return f"postgres://{s['USER']}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def blocked_writer(conninfo: str, seconds: float = 240) -> str:
    """Wait until a session that has already written (it holds a transaction
    id) waits on our lock on the grants table; return its query."""
    deadline = time.monotonic() + seconds
    with psycopg.connect(conninfo, autocommit=True) as watcher:
        while time.monotonic() < deadline:
            row = watcher.execute(
                "SELECT query FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock' AND backend_xid IS NOT NULL "
                "AND query LIKE '%applications_grant%'"
            ).fetchone()
            if row:
                return row[0]
            time.sleep(0.2)
    raise AssertionError("the worker never reached the grants")


@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_mid_import_leaves_nothing_half_imported(
    client,
    officer,
    registry,
    settings,
):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: a worker process and the test share the database")
    settings.TASKS = DATABASE_QUEUE
    client.force_login(officer)
    upload(client, DECISION_002.read_bytes(), name="002.txt")
    document = ImportedDocument.objects.get()
    before = (Call.objects.count(), Application.objects.count(), Grant.objects.count())
    response = client.post(f"/historik/{document.pk}/", {**row_data(document), "action": "import"})
    assert response.status_code == 302
    job = Job.objects.get(document=document)
    assert job.status == Job.Status.QUEUED

    url = database_url()
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_DEBUG": "1"}
    # Hold the grants table against writes, so that the worker stops inside
    # the import, after it has written calls and applications, at its first grant.
    with psycopg.connect(url) as holder:
        holder.execute("LOCK TABLE applications_grant IN EXCLUSIVE MODE")
        worker = subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            query = blocked_writer(url)
            assert "applications_grant" in query
            # Inside the worker's open transaction: a call and applications exist.
            worker.send_signal(signal.SIGKILL)
            worker.wait(timeout=30)
        finally:
            if worker.poll() is None:
                worker.kill()
        holder.rollback()

    document.refresh_from_db()
    assert document.status == ImportedDocument.Status.DRAFT
    after = (Call.objects.count(), Application.objects.count(), Grant.objects.count())
    assert after == before
    job.refresh_from_db()
    assert job.status == Job.Status.RUNNING and job.attempts == 1

    # Nothing half-done stands in the way. The worker's lock on the job went
    # with its connection, so the officer sees at once that it stopped.
    page = client.get("/jobb/").content.decode()
    assert "Avbrutet" in page and "arbetaren slutade" in page
    assert client.post(f"/jobb/{job.pk}/forsok-igen/").status_code == 302
    job.refresh_from_db()
    assert job.status == Job.Status.QUEUED
    done = subprocess.run(
        [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    document.refresh_from_db()
    assert document.status == ImportedDocument.Status.IMPORTED
    assert Grant.objects.filter(application__call__year=2023).count() == 18
    job.refresh_from_db()
    assert job.status == Job.Status.DONE and job.attempts == 2
