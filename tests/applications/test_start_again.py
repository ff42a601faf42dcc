"""Pressing "Starta ansökan" again continues the empty draft instead of
piling up "Namnlöst utkast" on Min sida."""

from fou.applications.models import Application
from tests import factories


def start(client, call, organisation):
    return client.post(f"/ansokningar/ny/{call.pk}/", {"organisation": organisation.pk})


def test_starting_twice_continues_the_empty_draft(as_applicant, lum_call, farsta):
    first = start(as_applicant, lum_call, farsta)
    second = start(as_applicant, lum_call, farsta)
    assert Application.objects.count() == 1
    assert second.url == first.url


def test_the_start_page_offers_the_empty_draft(as_applicant, lum_call, farsta):
    start(as_applicant, lum_call, farsta)
    draft = Application.objects.get()
    page = as_applicant.get(f"/ansokningar/ny/{lum_call.pk}/").content.decode()
    assert "Fortsätt med utkastet" in page
    assert f'href="/ansokningar/{draft.pk}/andra/"' in page


def test_a_draft_with_content_does_not_stop_a_second_application(
    as_applicant, lum_call, farsta, applicant
):
    factories.application(lum_call, farsta, creator=applicant, title="Familjeteamet")
    start(as_applicant, lum_call, farsta)
    assert Application.objects.count() == 2


def test_another_organisations_empty_draft_is_not_offered(
    as_applicant, lum_call, farsta, skarpnack, other_applicant
):
    factories.application(lum_call, skarpnack, creator=other_applicant, title="Namnlöst utkast")
    start(as_applicant, lum_call, farsta)
    assert Application.objects.count() == 2
