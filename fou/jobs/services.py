"""Writes for jobs: put work on the queue, or put a failed job back."""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from fou.accounts.permissions import require_officer
from fou.jobs.models import Job
from fou.jobs.runner import dispatch


@transaction.atomic
def job_enqueue(
    *, kind: str, label: str, payload: dict, user=None, application=None, document=None
) -> Job:
    """A job and its queue entry are written in the caller's transaction, so
    work is queued only for a change that was saved. Returns the job as it is
    after dispatch (already done when the queue runs jobs in-process)."""
    job = Job.objects.create(
        kind=kind,
        label=label[:300],
        payload=payload,
        created_by=user if user is not None and user.is_authenticated else None,
        application=application,
        document=document,
    )
    dispatch(job)
    job.refresh_from_db()
    return job


@transaction.atomic
def job_retry(*, job: Job, user) -> Job:
    require_officer(user, f"försöka igen med jobb {job.pk}")
    job = Job.objects.select_for_update().get(pk=job.pk)
    if not job.may_retry:
        raise ValueError(_("Bara ett misslyckat eller avbrutet jobb kan köras igen."))
    job.status = Job.Status.QUEUED
    job.max_attempts = job.attempts + Job._meta.get_field("max_attempts").default
    job.finished_at = None
    job.save(update_fields=["status", "max_attempts", "finished_at"])
    dispatch(job)
    job.refresh_from_db()
    return job
