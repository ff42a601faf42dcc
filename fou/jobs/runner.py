"""Running a job: attempts, retry with growing delays, and failure in words.

django-tasks stores and hands out the work but has no retries of its own, so a
failed attempt enqueues the job again to run after 30 s, 2 min, 8 min, …
(JOB_RETRY_BASE_SECONDS × 4^(attempt−1)); after the last attempt the job is
shown as failed to the grants office.
"""

import datetime
import logging
import os

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from fou.jobs.handlers import HANDLERS, PermanentFailure
from fou.jobs.liveness import HOST, job_lock, job_unlock
from fou.jobs.models import Job

log = logging.getLogger("fou.jobs")


def retry_delay(attempt: int) -> datetime.timedelta:
    base = getattr(settings, "JOB_RETRY_BASE_SECONDS", 30)
    return datetime.timedelta(seconds=base * 4 ** (attempt - 1))


def dispatch(job: Job, *, run_after: datetime.datetime | None = None) -> None:
    from fou.jobs.tasks import run_job

    task = run_job
    if run_after is not None and task.get_backend().supports_defer:
        task = task.using(run_after=run_after)
    task.enqueue(job.pk)


def job_run(*, job_id: int) -> str:
    # Held for as long as this worker runs the job: if the worker dies, the
    # officer sees at once that the job stopped (fou.jobs.liveness).
    if not job_lock(job_id):
        return Job.Status.RUNNING  # delivered twice: another worker runs it
    try:
        return _run_locked(job_id)
    finally:
        job_unlock(job_id)


def _run_locked(job_id: int) -> str:
    with transaction.atomic():
        job = Job.objects.select_for_update().get(pk=job_id)
        if not job.is_pending:
            return job.status  # delivered twice: done already
        job.status = Job.Status.RUNNING
        job.attempts += 1
        job.started_at = timezone.now()
        job.worker_host, job.worker_pid = HOST, os.getpid()
        job.save(update_fields=["status", "attempts", "started_at", "worker_host", "worker_pid"])
    try:
        with transaction.atomic():
            result = HANDLERS[job.kind](job)
    except Exception as error:  # noqa: BLE001 – every failure is recorded on the job
        return _attempt_failed(job, error)
    job.status = Job.Status.DONE
    job.result = result or {}
    job.last_error = ""
    job.finished_at = timezone.now()
    job.next_attempt_at = None
    job.save(update_fields=["status", "result", "last_error", "finished_at", "next_attempt_at"])
    log.info("Jobb %s klart: %s", job.pk, job.label)
    return job.status


def _attempt_failed(job: Job, error: Exception) -> str:
    job.last_error = (f"{type(error).__name__}: {error}" if str(error) else type(error).__name__)[
        :2000
    ]
    final = isinstance(error, PermanentFailure) or job.attempts >= job.max_attempts
    if final:
        job.status = Job.Status.FAILED
        job.finished_at = timezone.now()
        job.next_attempt_at = None
        log.error("Jobb %s misslyckades efter %s försök: %s", job.pk, job.attempts, job.last_error)
    else:
        job.status = Job.Status.RETRYING
        job.next_attempt_at = timezone.now() + retry_delay(job.attempts)
        log.warning("Jobb %s försök %s misslyckades: %s", job.pk, job.attempts, job.last_error)
    job.save(update_fields=["status", "last_error", "finished_at", "next_attempt_at"])
    if not final:
        dispatch(job, run_after=job.next_attempt_at)
    return job.status
