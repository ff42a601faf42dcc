from fou.jobs.models import Job


def job_list(*, status: str | None = None):
    jobs = Job.objects.select_related("application", "document", "created_by")
    if status in Job.Status.values:
        jobs = jobs.filter(status=status)
    return jobs


def failed_job_count() -> int:
    return Job.objects.filter(status=Job.Status.FAILED).count()
