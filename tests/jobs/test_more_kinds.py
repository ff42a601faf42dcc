"""The worker that `make run` and `make serve` start (db_worker) works every
kind of job: a large call's allocation explanations and a large year's
decision document, on SQLite and on PostgreSQL."""

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command

from fou.accounts.models import User
from fou.allocations.candidates import default_settings, recorded_locks
from fou.allocations.services import proposal_choose, proposal_create
from fou.decisions.services import decision_document_queue
from fou.jobs.models import Job
from tests.jobs.test_queue import DATABASE_QUEUE, work_queue


@pytest.mark.django_db(transaction=True)
def test_the_worker_explains_a_large_allocation_and_makes_its_document(settings, tmp_path):
    settings.TASKS = DATABASE_QUEUE
    settings.MEDIA_ROOT = tmp_path
    settings.ALLOCATION_EXPLAIN_JOB_THRESHOLD = 5
    settings.DECISION_DOCUMENT_JOB_THRESHOLD = 5
    call_command("load_demo", "--quiet-logins")
    hanna = User.objects.get(username="hanna")
    proposal = proposal_create(
        year=2023, settings=default_settings(2023), locks=recorded_locks(2023), user=hanna
    )
    assert proposal.explanations == {}

    work_queue()

    proposal.refresh_from_db()
    assert proposal.explanations and len(proposal.explanations) == len(proposal.data["decisions"])
    proposal_choose(proposal=proposal, user=hanna)
    job = decision_document_queue(year=2023, fmt="xlsx", user=hanna)
    assert job.status == Job.Status.QUEUED

    work_queue()

    job.refresh_from_db()
    assert job.status == Job.Status.DONE, job.last_error
    assert job.result["filename"] == "bruttolistor-2023.xlsx"
    with default_storage.open(job.result["path"], "rb") as stored:
        assert stored.read(2) == b"PK"
    assert set(Job.objects.values_list("status", flat=True)) == {Job.Status.DONE}
