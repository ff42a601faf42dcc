"""The one task the queue knows: run a job by its id (see fou.jobs.runner)."""

from django_tasks import task

from fou.jobs.runner import job_run


@task()
def run_job(job_id: int) -> str:
    return job_run(job_id=job_id)
