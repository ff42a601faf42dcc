"""A district learns before writing, not at submission, that it must attend
the call's workshop, and whom to ask."""

import pytest

from fou.applications.models import WorkshopAttendance
from tests import factories


@pytest.fixture
def workshop_call(db):
    return factories.call(2027, workshop_required=True)


@pytest.mark.parametrize("page", ["/utlysningar/{pk}/", "/ansokningar/ny/{pk}/"])
def test_missing_workshop_is_said_before_writing_with_whom_to_contact(
    as_applicant, workshop_call, officer, page
):
    officer.email = "hanna@stockholm.example"
    officer.save()
    text = as_applicant.get(page.format(pk=workshop_call.pk)).content.decode()
    assert "Farsta har inte deltagit i den obligatoriska workshoppen" in text
    assert "Hanna Handläggare" in text
    assert "mailto:hanna@stockholm.example" in text


def test_an_attended_workshop_is_confirmed(as_applicant, workshop_call, farsta):
    WorkshopAttendance.objects.create(call=workshop_call, organisation=farsta)
    text = as_applicant.get(f"/ansokningar/ny/{workshop_call.pk}/").content.decode()
    assert "Farsta har deltagit i den obligatoriska workshoppen" in text
    assert "har inte deltagit" not in text
