"""A 2025 LUM grant to Farsta whose report was due on 31 January 2026, and the
2027 call Farsta applies to next."""

import datetime

import pytest

from fou.applications.models import Status
from tests import factories
from tests.followup.questions import ensure_default_report_questions


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture(autouse=True)
def default_report_questions(request):
    marker = request.node.get_closest_marker("django_db")
    transactional = bool(marker and marker.kwargs.get("transaction"))
    request.getfixturevalue("transactional_db" if transactional else "db")
    ensure_default_report_questions()


@pytest.fixture
def granted_call(db):
    return factories.call(
        2025,
        report_deadline=datetime.date(2026, 1, 31),
        repayment_notice_deadline=datetime.date(2025, 6, 2),
    )


@pytest.fixture
def grant(granted_call, farsta):
    application = factories.application(
        granted_call, farsta, status=Status.GRANTED, title="Våga anmäla våga vittna"
    )
    return factories.grant(application, 400_000)


@pytest.fixture
def skarpnack_grant(granted_call, skarpnack):
    application = factories.application(
        granted_call, skarpnack, status=Status.GRANTED, title="Ingen ska lämnas utanför"
    )
    return factories.grant(application, 400_000)


ANSWERS = {
    "q_results": "Vi prövade stödet med 40 familjer.",
    "q_client_effects": "Färre placeringar.",
    "q_gender_equality": "Lika många kvinnor som män tog del.",
    "q_continues": "Teamet finns kvar i ordinarie budget.",
    "q_research_supervisor": "Handledaren utformade uppföljningen.",
}
