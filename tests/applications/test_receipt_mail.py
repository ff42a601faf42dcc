"""The receipt says a copy was e-mailed only when one was."""

from django.core import mail

from tests import factories
from tests.applications.helpers import draft_data


def submit(client, draft, capture):
    client.post(f"/ansokningar/{draft.pk}/andra/", draft_data(draft))
    with capture(execute=True):
        response = client.post(f"/ansokningar/{draft.pk}/kontrollera/")
    return client.get(response.url).content.decode()


def test_without_an_address_the_receipt_says_where_it_is_kept(
    as_applicant, lum_call, farsta, applicant, django_capture_on_commit_callbacks
):
    draft = factories.application(lum_call, farsta, creator=applicant)
    page = submit(as_applicant, draft, django_capture_on_commit_callbacks)
    assert mail.outbox == []
    assert "har skickats med e-post" not in page
    assert "Ingen kopia skickades med e-post" in page
    assert f'href="/ansokningar/{draft.pk}/kvitto/"' in page
    assert "Min sida" in page


def test_with_an_address_the_receipt_names_it(
    as_applicant, lum_call, farsta, applicant, django_capture_on_commit_callbacks
):
    applicant.email = "anna@farsta.example"
    applicant.save()
    draft = factories.application(lum_call, farsta, creator=applicant)
    page = submit(as_applicant, draft, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1
    assert "En kopia av kvittot har skickats med e-post till anna@farsta.example" in page
