"""Is the worker of a running job still alive?

A job's work runs in one transaction, so a worker that dies leaves the job
marked "running" with nothing half-done. Rather than wait until it has run
longer than any job takes, the job records which worker holds it:

- on PostgreSQL the worker holds a session advisory lock on the job for as
  long as it runs it; the server releases it when the worker's connection
  ends, however the worker died, on whichever machine it ran;
- the worker's host name and process id: on the same machine a process that
  no longer exists has died.

Only when neither can be asked (another machine on SQLite, which does not
happen) does the age of the job decide.
"""

import datetime
import os
import socket

from django.db import connection
from django.utils import timezone

ORPHANED_AFTER = datetime.timedelta(minutes=30)
# The first key of the two-key advisory lock: "jobs" among the app's locks.
LOCK_CLASS = 16_001
HOST = socket.gethostname()[:100]


def job_lock(job_id: int) -> bool:
    """Take the job's lock for this worker's session (PostgreSQL only)."""
    if connection.vendor != "postgresql":
        return True
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s, %s)", [LOCK_CLASS, job_id])
        return cursor.fetchone()[0]


def job_unlock(job_id: int) -> None:
    if connection.vendor != "postgresql" or connection.connection is None:
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_unlock(%s, %s)", [LOCK_CLASS, job_id])


def _lock_is_free(job_id: int) -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT NOT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' "
            "AND classid = %s AND objid = %s AND objsubid = 2 AND granted)",
            [LOCK_CLASS, job_id],
        )
        return cursor.fetchone()[0]


def _process_is_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # someone else's process: alive
        return False
    return False


def worker_gone(job) -> bool:
    """True when the worker that started this running job has died."""
    if connection.vendor == "postgresql" and job.worker_pid:
        return _lock_is_free(job.pk)
    if job.worker_host == HOST and job.worker_pid:
        return _process_is_gone(job.worker_pid)
    return job.started_at is not None and timezone.now() - job.started_at > ORPHANED_AFTER
