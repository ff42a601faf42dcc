"""Knowledge bank imports from the browser on the database queue, worked by
the real `db_worker`: the request only stores and queues the files, the page
shows the batch's progress (polled by htmx) until the worker has read them."""

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile

from fou.jobs.models import Job
from fou.knowledge.imports import STAGING
from fou.knowledge.models import Document
from tests.conftest import login
from tests.jobs.test_queue import DATABASE_QUEUE, work_queue


@pytest.mark.django_db(transaction=True)
def test_the_import_runs_on_the_queue_and_the_page_follows_it(settings, client, officer, tmp_path):
    settings.TASKS = DATABASE_QUEUE
    settings.MEDIA_ROOT = tmp_path
    login(client, officer)
    files = [
        SimpleUploadedFile("Förstudie Farsta.txt", "Förstudie om hemlöshet 2024.".encode()),
        SimpleUploadedFile("tom fil.txt", b""),
    ]
    response = client.post("/kunskapsbanken/importera/", {"files": files})
    assert response.status_code == 302
    status_url = response.url

    fragment = client.get(status_url, HTTP_HX_REQUEST="true").content.decode()
    assert "0 av 2 klara" in fragment
    assert 'hx-trigger="every 1s"' in fragment and 'value="0"' in fragment
    assert "<html" not in fragment  # htmx gets the fragment alone
    assert Document.objects.count() == 0
    assert list(Job.objects.values_list("kind", "status")) == [("knowledge_import", "queued")] * 2

    work_queue()

    page = client.get(status_url).content.decode()
    assert "2 av 2 klara" in page and 'value="100"' in page
    assert "hx-trigger" not in page
    assert "Filen är tom." in page
    (document,) = Document.objects.all()
    assert (document.type, document.year, document.imported_by) == ("pre_study", 2024, officer)
    assert set(Job.objects.values_list("status", flat=True)) == {"done"}
    # The uploads were kept only until their import was saved.
    batches = default_storage.listdir(STAGING)[0]
    assert batches
    assert all(default_storage.listdir(f"{STAGING}/{b}")[1] == [] for b in batches)


def test_an_unknown_batch_is_not_found(client, officer):
    login(client, officer)
    missing = "/kunskapsbanken/importera/00000000-0000-0000-0000-000000000000/"
    assert client.get(missing).status_code == 404
