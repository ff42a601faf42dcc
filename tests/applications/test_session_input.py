"""Text typed while logged out is kept, but bounded: one pending input, of a
bounded size, for a draft that exists and is open; applied only when someone
who may edit that draft logs in."""

import pytest
from django.test import Client

from fou.applications import session_input
from fou.applications.models import Status
from tests import factories
from tests.applications.helpers import draft_data


@pytest.fixture
def draft(lum_call, farsta, applicant):
    return factories.application(lum_call, farsta, creator=applicant, title="Utkast")


def autosave(browser, pk, data):
    return browser.post(f"/ansokningar/{pk}/autospara/", data)


def kept(browser) -> dict:
    return browser.session.get(session_input.KEY) or {}


def test_input_beyond_the_limit_is_refused_and_not_stored(draft):
    browser = Client()
    too_long = "x" * (session_input.MAX_KEPT_CHARACTERS + 1)
    response = autosave(browser, draft.pk, draft_data(draft, purpose=too_long))
    assert response.status_code == 413
    assert "för långt" in response.content.decode()
    assert kept(browser) == {}


def test_megabytes_under_unknown_names_are_not_stored(draft):
    browser = Client()
    data = {**draft_data(draft, purpose="Kort text"), "skräp": "x" * 1_000_000}
    assert autosave(browser, draft.pk, data).status_code == 200
    assert kept(browser)["data"]["purpose"] == ["Kort text"]
    assert "skräp" not in kept(browser)["data"]


def test_input_for_a_missing_application_is_refused(draft):
    browser = Client()
    response = autosave(browser, draft.pk + 1000, draft_data(draft))
    assert response.status_code == 400
    assert "kan inte ändras" in response.content.decode()
    assert kept(browser) == {}


def test_input_for_a_submitted_application_is_refused(draft):
    draft.status = Status.SUBMITTED
    draft.save()
    browser = Client()
    assert autosave(browser, draft.pk, draft_data(draft)).status_code == 400
    assert kept(browser) == {}


def test_input_for_a_draft_of_a_closed_call_is_refused(farsta, applicant):
    closed = factories.call(2020, closes=factories.STOCKHOLM_PAST)
    old = factories.application(closed, farsta, creator=applicant)
    browser = Client()
    assert autosave(browser, old.pk, draft_data(old)).status_code == 400
    assert kept(browser) == {}


def test_only_one_pending_input_is_held(draft, lum_call, farsta, applicant):
    second = factories.application(lum_call, farsta, creator=applicant, title="Andra")
    browser = Client()
    autosave(browser, draft.pk, draft_data(draft, purpose="Första"))
    autosave(browser, second.pk, draft_data(second, purpose="Andra"))
    assert kept(browser)["application"] == second.pk
    assert kept(browser)["data"]["purpose"] == ["Andra"]


def test_the_edit_form_posted_while_logged_out_is_bounded_too(draft):
    browser = Client()
    too_long = "x" * (session_input.MAX_KEPT_CHARACTERS + 1)
    response = browser.post(f"/ansokningar/{draft.pk}/andra/", draft_data(draft, purpose=too_long))
    assert response.status_code == 413
    assert "för långt" in response.content.decode()
    assert kept(browser) == {}


def test_input_is_not_applied_for_someone_who_may_not_edit_the_draft(draft, other_applicant):
    browser = Client()
    autosave(browser, draft.pk, draft_data(draft, purpose="Annas osparade text"))
    browser.post(
        "/logga-in/", {"username": other_applicant.username, "password": factories.PASSWORD}
    )
    response = browser.get(f"/ansokningar/{draft.pk}/andra/")
    assert response.status_code in (403, 404)
    assert "Annas osparade text" not in response.content.decode()
    draft.refresh_from_db()
    assert draft.purpose == ""
