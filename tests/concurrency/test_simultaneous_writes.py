"""Writes started at the same instant from several threads, each with its own
database connection, as several server workers would.

PostgreSQL runs them truly in parallel (READ COMMITTED): limits must be held
by locks and version numbers by retries. The SQLite test database lives in
memory with one cache shared by all threads, where a second writer is
refused at once instead of waiting; SQLite under load is tested against a
real server on a file in test_sqlite_burst.py.
"""

import threading

import pytest
from django.db import connection, connections
from django.test import Client

from fou.allocations.candidates import default_settings
from fou.allocations.models import AllocationProposal
from fou.allocations.services import proposal_create
from fou.applications.eligibility import refresh_rule_results
from fou.applications.models import Application, Status
from fou.history.models import ImportedDocument
from tests import factories
from tests.history.helpers import FIXTURES, upload

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="trådtester kräver PostgreSQL; SQLite:s testdatabas i minnet låter inte "
        "skrivare vänta på varandra (SQLite prövas mot en fil i test_sqlite_burst.py)",
    ),
]


def at_once(count: int, work) -> list:
    """Run ``work(i)`` in ``count`` threads released together; their results."""
    barrier = threading.Barrier(count)
    results: list = [None] * count

    def run(i):
        try:
            barrier.wait()
            results[i] = work(i)
        except Exception as error:  # noqa: BLE001 – the test reports what went wrong
            results[i] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def logged_in(user) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def test_six_simultaneous_submissions_hold_the_per_organisation_limit(farsta, applicant):
    call = factories.call(2027, max_applications_per_organisation=2)
    drafts = []
    for i in range(6):
        draft = factories.application(
            call,
            farsta,
            creator=applicant,
            title=f"Projekt {i}",
            purpose="Att pröva.",
            amount_asked=100_000,
            project_year=1,
            gender_equality_analysis="Insatsen når alla.",
        )
        refresh_rule_results(draft)
        drafts.append(draft)
    clients = [logged_in(applicant) for _ in drafts]

    statuses = at_once(
        6, lambda i: clients[i].post(f"/ansokningar/{drafts[i].pk}/kontrollera/").status_code
    )

    assert sorted(statuses) == [302, 302, 400, 400, 400, 400]
    assert Application.objects.filter(status=Status.SUBMITTED).count() == 2


def test_eight_simultaneous_allocation_runs_get_their_own_version_numbers(officer, farsta):
    call = factories.call(2027, budget=1_000_000)
    factories.application(call, farsta, status=Status.SUBMITTED, amount_asked=300_000)

    results = at_once(
        8,
        lambda i: proposal_create(
            year=2027, settings=default_settings(2027), locks={}, user=officer, note=f"Körning {i}"
        ),
    )

    assert all(isinstance(r, AllocationProposal) for r in results), results
    numbers = sorted(AllocationProposal.objects.filter(year=2027).values_list("number", flat=True))
    assert numbers == list(range(1, 9))


def test_four_simultaneous_uploads_of_one_file_answer_with_the_same_draft(officer, registry):
    data = (FIXTURES / "decision-2024.txt").read_bytes()
    clients = [logged_in(officer) for _ in range(4)]

    responses = at_once(4, lambda i: upload(clients[i], data, name="beslut-2024.txt"))

    document = ImportedDocument.objects.get()
    assert [r.status_code for r in responses] == [302] * 4
    assert {r.url for r in responses} == {f"/historik/{document.pk}/"}
