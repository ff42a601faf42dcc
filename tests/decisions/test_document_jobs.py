"""A year with more applications than DECISION_DOCUMENT_JOB_THRESHOLD has its
documents made on the task queue: the page starts the job, shows how it goes
while the officer waits, and then offers the file."""

import pytest

from fou.decisions.models import DecisionDocument
from fou.jobs.models import Job
from fou.jobs.runner import job_run
from tests.jobs.test_queue import DATABASE_QUEUE

pytestmark = pytest.mark.django_db


@pytest.fixture
def large(settings, tmp_path, client, hanna):
    settings.MEDIA_ROOT = tmp_path
    settings.TASKS = DATABASE_QUEUE
    settings.DECISION_DOCUMENT_JOB_THRESHOLD = 10  # 2023 has more
    client.force_login(hanna)
    return client


def test_the_page_offers_to_make_the_documents_in_the_background(large, chosen_2023):
    page = large.get("/beslut/2023/").content.decode()
    assert "dokumenten skapas i bakgrunden" in page
    assert page.count("Inte skapat") == 3
    assert 'action="/beslut/2023/dokument/skapa/"' in page
    assert 'href="/beslut/2023/dokument.docx"' not in page
    # The direct download does not make a large year's document in the request.
    response = large.get("/beslut/2023/dokument.pdf")
    assert response.status_code == 302 and response.url == "/beslut/2023/"
    assert not Job.objects.exists()


def test_the_job_makes_the_document_and_the_page_offers_it(large, chosen_2023):
    response = large.post("/beslut/2023/dokument/skapa/", {"format": "docx"})
    assert response.status_code == 302
    job = Job.objects.get(kind=Job.Kind.DECISION_DOCUMENT)
    assert job.status == Job.Status.QUEUED
    assert job.label == "Tjänsteutlåtande (Word) 2023"

    # While it waits, the part of the page with the documents asks again every few seconds.
    waiting = large.get("/beslut/2023/dokument/").content.decode()
    assert 'hx-trigger="every 3s"' in waiting and "I kö" in waiting

    assert job_run(job_id=job.pk) == Job.Status.DONE
    done = large.get("/beslut/2023/dokument/").content.decode()
    assert "hx-trigger" not in done and "Klar" in done
    assert f'href="/jobb/{job.pk}/fil/"' in done
    download = large.get(f"/jobb/{job.pk}/fil/")
    assert download.status_code == 200
    assert b"".join(download.streaming_content)[:2] == b"PK"
    assert 'filename="tjansteutlatande-2023.docx"' in download["Content-Disposition"]

    # Once the particulars change, the file made earlier is said to be out of date.
    DecisionDocument.objects.update_or_create(year=2023, defaults={"reference": "SN 2023/99"})
    assert "har ändrats sedan dess" in large.get("/beslut/2023/dokument/").content.decode()


def test_an_unknown_format_is_refused_in_swedish(large, chosen_2023):
    response = large.post("/beslut/2023/dokument/skapa/", {"format": "odt"}, follow=True)
    assert "Okänt format ”odt”" in response.content.decode()
    assert not Job.objects.exists()


def test_a_year_without_a_chosen_proposal_makes_no_document(large, nothing_chosen):
    response = large.post("/beslut/2023/dokument/skapa/", {"format": "pdf"}, follow=True)
    assert "inget valt förslag till beslut för 2023" in response.content.decode()
    assert not Job.objects.exists()


def test_a_small_year_is_downloaded_at_once(client, hanna, chosen_2023):
    client.force_login(hanna)
    page = client.get("/beslut/2023/").content.decode()
    assert 'href="/beslut/2023/dokument.docx"' in page
    assert "skapas i bakgrunden" not in page


def test_a_job_without_a_file_has_nothing_to_download(large, chosen_2023):
    job = Job.objects.create(kind=Job.Kind.EMAIL, label="Kvitto", status=Job.Status.DONE)
    assert large.get(f"/jobb/{job.pk}/fil/").status_code == 404
