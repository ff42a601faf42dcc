"""The pages the load benchmark's users open most: their work does not grow
with the number of organisations in the city, and the signed-in person's
organisations are read once per request, however many checks ask."""

import pytest
from django.db import connection
from django.db.models.signals import post_init
from django.test.utils import CaptureQueriesContext

from fou.core.site import site_settings
from fou.organisations.models import Organisation
from tests import factories
from tests.applications.helpers import draft_data


@pytest.fixture
def draft(lum_call, farsta, applicant):
    lum_call.joint_applications_allowed = True
    lum_call.save()
    return factories.application(lum_call, farsta, creator=applicant, title="Utkast")


@pytest.fixture
def many_organisations(db):
    return [factories.organisation(f"Enhet {n:03}", key=f"enhet-{n}") for n in range(40)]


@pytest.fixture(autouse=True)
def site_wording_cached(db):
    # Every page reads the site's wording from the shared cache (one query);
    # filling that cache once is not part of any page's cost.
    site_settings()


def membership_reads(queries) -> int:
    return sum("accounts_user_organisations" in q["sql"] for q in queries)


def queries_of(client, method: str, url: str, data=None):
    with CaptureQueriesContext(connection) as captured:
        response = getattr(client, method)(url, data)
    assert response.status_code == 200
    return captured.captured_queries, response


def test_edit_page_reads_the_applicants_organisations_once(as_applicant, draft):
    queries, _ = queries_of(as_applicant, "get", f"/ansokningar/{draft.pk}/andra/")
    assert membership_reads(queries) == 1


def test_autosave_reads_the_applicants_organisations_once(as_applicant, draft):
    url = f"/ansokningar/{draft.pk}/autospara/"
    queries, response = queries_of(as_applicant, "post", url, draft_data(draft))
    assert "sparades automatiskt" in response.content.decode()
    assert membership_reads(queries) == 1


def test_edit_page_queries_do_not_grow_with_the_organisations(as_applicant, draft):
    url = f"/ansokningar/{draft.pk}/andra/"
    few, _ = queries_of(as_applicant, "get", url)
    [factories.organisation(f"Enhet {n:03}", key=f"enhet-{n}") for n in range(40)]
    many, response = queries_of(as_applicant, "get", url)
    assert len(many) == len(few) <= 15
    assert '<option value="' in response.content.decode()


def counting_organisation_objects():
    made = []

    def count(sender, instance, **kwargs):
        made.append(instance)

    post_init.connect(count, sender=Organisation, weak=False)
    return made, lambda: post_init.disconnect(count, sender=Organisation)


def test_the_invite_select_is_read_as_rows_not_objects(as_applicant, draft, many_organisations):
    made, stop = counting_organisation_objects()
    try:
        _, response = queries_of(as_applicant, "get", f"/ansokningar/{draft.pk}/andra/")
    finally:
        stop()
    page = response.content.decode()
    assert f'<option value="{many_organisations[0].pk}">Enhet 000</option>' in page
    assert len(made) <= 1  # the lead organisation at most, not one per option


def test_the_officers_organisation_filter_is_read_as_rows_not_objects(
    as_officer, many_organisations
):
    made, stop = counting_organisation_objects()
    try:
        queries, response = queries_of(
            as_officer, "get", f"/ansokningar/?organisation={many_organisations[3].pk}"
        )
    finally:
        stop()
    page = response.content.decode()
    assert f'<option value="{many_organisations[3].pk}" selected>Enhet 003</option>' in page
    assert made == []
    assert len(queries) <= 11


def test_invite_select_lists_the_others_in_swedish_order(as_applicant, draft, farsta):
    factories.organisation("Östermalm")
    factories.organisation("Älvsjö")
    factories.organisation("Bromma")
    _, response = queries_of(as_applicant, "get", f"/ansokningar/{draft.pk}/andra/")
    page = response.content.decode()
    select = page[page.index('id="organisation"') :]
    select = select[: select.index("</select>")]
    positions = [select.index(name) for name in ("Bromma", "Älvsjö", "Östermalm")]
    assert positions == sorted(positions)
    assert "Farsta" not in select  # already taking part
