"""Writing a draft: every bad input is explained in Swedish and nothing typed is lost."""

import pytest
from django.test import Client

from fou.applications.models import Application
from tests import factories
from tests.applications.helpers import draft_data


@pytest.fixture
def draft(lum_call, farsta, applicant):
    return factories.application(lum_call, farsta, creator=applicant, title="Utkast")


def edit_url(draft):
    return f"/ansokningar/{draft.pk}/andra/"


def test_applicant_starts_a_draft_for_their_organisation(as_applicant, lum_call, farsta):
    response = as_applicant.post(f"/ansokningar/ny/{lum_call.pk}/", {"organisation": farsta.pk})
    application = Application.objects.get()
    assert response.url == f"/ansokningar/{application.pk}/andra/"
    assert application.lead.organisation == farsta
    assert application.history.first().history_user.username == "anna"


def test_a_closed_call_cannot_be_started(as_applicant, farsta):
    closed = factories.call(2020, closes=factories.STOCKHOLM_PAST)
    response = as_applicant.post(f"/ansokningar/ny/{closed.pk}/", {"organisation": farsta.pk})
    assert "en ny ansökan kan inte startas" in response.content.decode()
    assert not Application.objects.exists()


@pytest.mark.parametrize("typed", ["450 000 kr", "450000", "450 000", "450\u00a0000 kr"])
def test_amounts_are_accepted_as_people_type_them(as_applicant, draft, typed):
    as_applicant.post(edit_url(draft), draft_data(draft, amount_asked=typed))
    draft.refresh_from_db()
    assert draft.amount_asked == 450_000


@pytest.mark.parametrize(
    "typed, message",
    [
        ("abc", "Skriv beloppet i hela kronor"),
        ("-5", "negativt"),
        ("500 000,50", "utan ören"),
    ],
)
def test_a_mistyped_amount_is_explained_and_kept(as_applicant, draft, typed, message):
    response = as_applicant.post(edit_url(draft), draft_data(draft, amount_asked=typed))
    page = response.content.decode()
    assert message in page
    assert 'class="error-summary"' in page
    assert f'value="{typed}"' in page
    draft.refresh_from_db()
    assert draft.amount_asked is None
    assert draft.title == "Tidigt stöd i Farsta"  # the valid fields were saved


def test_an_amount_over_the_cap_is_saved_and_flagged_by_the_rules(as_applicant, draft):
    as_applicant.post(edit_url(draft), draft_data(draft, amount_asked="5 000 000"))
    draft.refresh_from_db()
    assert draft.amount_asked == 5_000_000
    assert draft.rule_outcome == "fail"
    page = as_applicant.get(f"/ansokningar/{draft.pk}/kontrollera/").content.decode()
    assert "Beloppet får vara högst 500\u00a0000\u00a0kr för Fonden LUM 2027." in page


def test_an_empty_title_is_explained(as_applicant, draft):
    response = as_applicant.post(edit_url(draft), draft_data(draft, title=""))
    assert "Skriv projektets namn." in response.content.decode()
    draft.refresh_from_db()
    assert draft.title == "Utkast"


def test_a_very_long_title_is_explained_and_kept_whole(as_applicant, draft):
    long_title = "Å" * 10_000
    response = as_applicant.post(edit_url(draft), draft_data(draft, title=long_title))
    page = response.content.decode()
    assert "högst 300 tecken" in page
    assert long_title in page
    assert 'maxlength="300"' not in page


def test_autosave_saves_the_valid_fields_and_names_the_rest(as_applicant, draft):
    response = as_applicant.post(
        f"/ansokningar/{draft.pk}/autospara/",
        draft_data(draft, purpose="Skrivet nyss", amount_asked="abc"),
    )
    page = response.content.decode()
    assert "sparades automatiskt" in page
    assert "sökt belopp" in page
    assert f'value="{draft.version + 1}"' in page  # the form gets the new version
    draft.refresh_from_db()
    assert draft.purpose == "Skrivet nyss"


def test_autosave_never_overwrites_someone_elses_save(as_applicant, draft, farsta):
    stale = draft_data(draft, purpose="Gammal version")
    colleague = Client()
    colleague.force_login(factories.user("karin", "applicant", farsta))
    colleague.post(edit_url(draft), draft_data(draft, purpose="Kollegans text"))
    response = as_applicant.post(f"/ansokningar/{draft.pk}/autospara/", stale)
    assert "Sparades inte" in response.content.decode()
    draft.refresh_from_db()
    assert draft.purpose == "Kollegans text"


def test_the_pages_own_earlier_autosave_is_not_a_conflict(as_applicant, draft):
    # Same page load (same token): its autosave moved the draft on, its save
    # still names the version it was loaded with. Another page's save in
    # between is a conflict (tests/core/test_stale_forms.py).
    page = {"edit_token": "samma-sida-0123456789"}
    stale = draft_data(draft, purpose="Senaste texten", **page)
    as_applicant.post(
        f"/ansokningar/{draft.pk}/autospara/", draft_data(draft, purpose="Äldre", **page)
    )
    response = as_applicant.post(edit_url(draft), stale)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.purpose == "Senaste texten"


def test_text_typed_when_the_session_expired_is_there_after_logging_in(draft, applicant):
    browser = Client()
    typed = draft_data(draft, purpose="Lång text skriven medan sessionen gick ut")
    response = browser.post(edit_url(draft), typed)
    assert response.status_code == 302
    assert response.url.startswith("/logga-in/")
    draft.refresh_from_db()
    assert draft.purpose == ""  # not saved by an anonymous request
    browser.post("/logga-in/", {"username": "anna", "password": factories.PASSWORD})
    page = browser.get(edit_url(draft)).content.decode()
    assert "Lång text skriven medan sessionen gick ut" in page
    assert "Du loggades ut medan du skrev" in page


def test_autosave_after_the_session_expired_keeps_the_text(draft, applicant):
    browser = Client()
    response = browser.post(
        f"/ansokningar/{draft.pk}/autospara/", draft_data(draft, purpose="Autosparad text")
    )
    assert "Du har loggats ut" in response.content.decode()
    browser.post("/logga-in/", {"username": "anna", "password": factories.PASSWORD})
    assert "Autosparad text" in browser.get(edit_url(draft)).content.decode()


def test_a_co_applicant_can_edit_but_not_submit(
    client, draft, applicant, skarpnack, other_applicant
):
    client.force_login(applicant)
    client.post(
        f"/ansokningar/{draft.pk}/medsokande/", {**draft_data(draft), "organisation": skarpnack.pk}
    )
    assert draft.participants.count() == 2
    draft.refresh_from_db()
    client.force_login(other_applicant)
    client.post(edit_url(draft), draft_data(draft, purpose="Skarpnäcks tillägg"))
    draft.refresh_from_db()
    assert draft.purpose == "Skarpnäcks tillägg"
    assert client.post(f"/ansokningar/{draft.pk}/kontrollera/").status_code == 403
    draft.refresh_from_db()
    assert draft.status == "draft"


def test_only_the_lead_invites_co_applicants(client, draft, applicant, skarpnack, other_applicant):
    bromma = factories.organisation("Bromma")
    client.force_login(applicant)
    client.post(
        f"/ansokningar/{draft.pk}/medsokande/", {**draft_data(draft), "organisation": skarpnack.pk}
    )
    draft.refresh_from_db()
    client.force_login(other_applicant)
    response = client.post(
        f"/ansokningar/{draft.pk}/medsokande/", {**draft_data(draft), "organisation": bromma.pk}
    )
    assert response.status_code == 403
    assert draft.participants.count() == 2
