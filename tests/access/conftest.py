"""The access cast: the shared roles plus olle (council, Södermalm, never
jävig for Farsta), an administrator who is not superuser, the superuser, and
Farsta's submitted application with an attachment and a draft."""

import pytest
from django.core.files.base import ContentFile

from fou.accounts.groups import ensure_officer_group
from fou.applications.models import Attachment, Status
from tests import factories
from tests.applications.files import PDF


@pytest.fixture
def olle(db):
    return factories.user("olle", "council", factories.organisation("Södermalm"), first_name="Olle")


@pytest.fixture
def staff_officer(officer):
    """hanna as the demo data makes her: staff, in the officer group."""
    officer.is_staff = True
    officer.save()
    officer.groups.add(ensure_officer_group())
    return officer


@pytest.fixture
def administrator(db):
    return factories.user("adam", "administrator", is_staff=True, first_name="Adam")


@pytest.fixture
def superuser(db):
    return factories.user("root", "administrator", is_staff=True, is_superuser=True)


@pytest.fixture
def submitted(lum_call, farsta, applicant, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    application = factories.application(
        lum_call,
        farsta,
        status=Status.SUBMITTED,
        creator=applicant,
        title="Farstas hemliga projekt",
        reference="FoU-2027-0001",
    )
    application.submitted_at = application.created_at
    application.save()
    attachment = Attachment(
        application=application,
        kind="Projektplan",
        original_name="plan.pdf",
        content_type="application/pdf",
        size=len(PDF),
    )
    attachment.file.save("plan.pdf", ContentFile(PDF), save=True)
    return application


@pytest.fixture
def draft(lum_call, farsta, applicant):
    return factories.application(lum_call, farsta, creator=applicant, title="Farstas utkast")
