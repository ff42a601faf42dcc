"""The cast every test can use: an applicant of Farsta, one of Skarpnäck, a
council member from Farsta (jävig for Farsta), an officer and a reader."""

import pytest

from tests import factories


@pytest.fixture
def farsta(db):
    return factories.organisation("Farsta")


@pytest.fixture
def skarpnack(db):
    return factories.organisation("Skarpnäck", key="skarpnack")


@pytest.fixture
def applicant(farsta):
    return factories.user("anna", "applicant", farsta, first_name="Anna")


@pytest.fixture
def other_applicant(skarpnack):
    return factories.user("sven", "applicant", skarpnack, first_name="Sven")


@pytest.fixture
def council_member(farsta):
    return factories.user("rut", "council", farsta, first_name="Rut")


@pytest.fixture
def officer(db):
    return factories.user("hanna", "officer", first_name="Hanna", last_name="Handläggare")


@pytest.fixture
def reader(db):
    return factories.user("lars", "reader", first_name="Lars")


@pytest.fixture
def lum_call(db):
    return factories.call(2027)


def login(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def as_applicant(client, applicant):
    return login(client, applicant)


@pytest.fixture
def as_officer(client, officer):
    return login(client, officer)


@pytest.fixture(autouse=True)
def jobs_in_process(settings):
    """Background jobs run inside the request in tests, so a page's result can
    be asserted at once; tests/jobs runs them on the database queue instead."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
