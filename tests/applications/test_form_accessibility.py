"""Every hint and error is tied to its field, and required fields are marked."""

import re

import pytest

from fou.applications.models import Attachment
from tests import factories
from tests.applications.helpers import draft_data


@pytest.fixture
def draft(farsta, applicant):
    call = factories.call(2027, required_attachments=["Projektplan"])
    return factories.application(call, farsta, creator=applicant, title="Utkast")


def edit_page(client, draft, data=None):
    url = f"/ansokningar/{draft.pk}/andra/"
    response = client.post(url, data) if data else client.get(url)
    return response.content.decode()


def ids(page):
    return set(re.findall(r'\bid="([^"]+)"', page))


def test_every_described_by_points_to_an_element_on_the_page(as_applicant, draft):
    page = edit_page(as_applicant, draft, draft_data(draft, amount_asked="abc"))
    described = re.findall(r'aria-describedby="([^"]+)"', page)
    assert described, "no field is described"
    present = ids(page)
    for value in described:
        for target in value.split():
            assert target in present, target
    assert 'aria-describedby="id_amount_asked_helptext id_amount_asked_error"' in page


def label_of(page, field_id):
    return re.search(rf'<label for="{field_id}">(.*?)</label>', page, re.S).group(1)


@pytest.mark.parametrize(
    "field_id",
    ["id_title", "id_purpose", "id_amount_asked", "id_project_year", "id_gender_equality_analysis"],
)
def test_fields_required_for_submission_are_marked(as_applicant, draft, field_id):
    page = edit_page(as_applicant, draft)
    assert 'class="required"' in label_of(page, field_id)
    assert re.search(rf'<[^>]*id="{field_id}"[^>]*aria-required="true"', page) or re.search(
        rf'<[^>]*aria-required="true"[^>]*id="{field_id}"', page
    )
    assert "Fält markerade med * måste fyllas i" in page


def test_the_file_is_no_longer_marked_required_once_the_attachments_are_in(as_applicant, draft):
    assert 'class="required"' in label_of(edit_page(as_applicant, draft), "id_file")
    Attachment.objects.create(
        application=draft,
        kind="Projektplan",
        file="attachments/x.pdf",
        original_name="plan.pdf",
        content_type="application/pdf",
        size=10,
    )
    assert 'class="required"' not in label_of(edit_page(as_applicant, draft), "id_file")
