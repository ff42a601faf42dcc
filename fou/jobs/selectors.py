from fou.jobs.models import Job


def job_list(*, status: str | None = None):
    jobs = Job.objects.select_related("application", "document", "created_by")
    if status in Job.Status.values:
        jobs = jobs.filter(status=status)
    return jobs


def failed_job_count() -> int:
    return Job.objects.filter(status=Job.Status.FAILED).count()


def receipt_address(*, application, user) -> str:
    """The address the receipt of this application was queued to for this
    submitter, or "" when none was."""
    job = (
        Job.objects.filter(kind=Job.Kind.EMAIL, application=application, created_by=user.pk)
        .only("payload")
        .first()
    )
    return ", ".join(job.payload.get("to", [])) if job else ""


def latest_jobs(*, kind: str, **payload) -> dict:
    """The newest job of `kind` whose payload has these values, keyed by the
    payload's `format` (decision documents) or under None."""
    jobs = Job.objects.filter(kind=kind, **{f"payload__{k}": v for k, v in payload.items()})
    latest = {}
    for job in jobs.order_by("-created_at", "-pk"):
        latest.setdefault(job.payload.get("format"), job)
    return latest
