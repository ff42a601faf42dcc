"""The review cast: besides rut (Farsta, jävig for Farsta) two more council
members, and submitted applications from Farsta and Skarpnäck with the 2023
criteria (main criterion weight 3, the others 1)."""

import pytest

from fou.applications.models import Status
from tests import factories
from tests.conftest import login


@pytest.fixture
def sodermalm(db):
    return factories.organisation("Södermalm")


@pytest.fixture
def olle(sodermalm):
    return factories.user("olle", "council", sodermalm, first_name="Olle")


@pytest.fixture
def eva(db):
    return factories.user("eva", "council", first_name="Eva")


@pytest.fixture
def criteria(lum_call):
    return [
        factories.criterion(lum_call, "Strategiskt värde för staden", weight=3, order=1),
        factories.criterion(lum_call, "Förebyggande insatser", weight=1, order=2),
        factories.criterion(lum_call, "Klientcentrering", weight=1, order=3),
    ]


@pytest.fixture
def farsta_application(lum_call, farsta, criteria):
    return factories.application(
        lum_call,
        farsta,
        status=Status.SUBMITTED,
        title="Farstas projekt",
        reference="FoU-2027-0001",
        amount_asked=400_000,
    )


@pytest.fixture
def skarpnack_application(lum_call, skarpnack, criteria):
    return factories.application(
        lum_call,
        skarpnack,
        status=Status.SUBMITTED,
        title="Skarpnäcks projekt",
        reference="FoU-2027-0002",
        amount_asked=300_000,
    )


@pytest.fixture
def as_council(client, council_member):
    return login(client, council_member)
