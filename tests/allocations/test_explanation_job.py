"""A very large call (more candidates than ALLOCATION_EXPLAIN_JOB_THRESHOLD)
is stored at once and its explanations are worked out on the task queue; the
result is the same as when they are worked out in the request."""

from fou.allocations.models import AllocationProposal
from fou.jobs.models import Job
from fou.jobs.runner import job_run
from tests.allocations.test_pages import demo, form_data, hanna  # noqa: F401
from tests.jobs.test_queue import DATABASE_QUEUE


def test_the_explanations_of_a_large_call_are_a_job(hanna, settings):  # noqa: F811
    hanna.post("/fordelning/2023/", form_data(hanna, note="I förfrågan"))
    in_request = AllocationProposal.objects.get(note="I förfrågan")
    assert in_request.explanations and not Job.objects.exists()

    settings.TASKS = DATABASE_QUEUE
    settings.ALLOCATION_EXPLAIN_JOB_THRESHOLD = 5  # 2023 has more
    response = hanna.post("/fordelning/2023/", form_data(hanna, note="I bakgrunden"))
    assert response.status_code == 302
    stored = AllocationProposal.objects.get(note="I bakgrunden")
    assert stored.explanations == {}
    job = Job.objects.get(kind=Job.Kind.ALLOCATION_EXPLAIN)
    assert job.label == f"Motiveringar till förslag 2023 version {stored.number}"
    page = hanna.get(response.url).content.decode()
    assert "motiveringarna tas fram i bakgrunden" in page and "I kö" in page

    # Not chosen for the decision before its explanations are there.
    refused = hanna.post(f"/fordelning/2023/version/{stored.number}/valj/", follow=True)
    assert "Motiveringarna till version" in refused.content.decode()
    stored.refresh_from_db()
    assert not stored.is_chosen

    assert job_run(job_id=job.pk) == Job.Status.DONE
    stored.refresh_from_db()
    assert stored.explanations == in_request.explanations
    page = hanna.get(response.url).content.decode()
    assert "tas fram i bakgrunden" not in page
    hanna.post(f"/fordelning/2023/version/{stored.number}/valj/")
    stored.refresh_from_db()
    assert stored.is_chosen
