"""With English chosen, the pages speak English throughout: form errors,
messages after a save, the rules' results and the services' refusals, not
only the templates' own text."""

import datetime

import pytest
from django.utils import timezone, translation

from tests import factories
from tests.applications.helpers import draft_data


@pytest.fixture(autouse=True)
def default_language_afterwards():
    """The English requests leave English active in the thread; the tests
    after these must start from the default again."""
    yield
    translation.deactivate()


def choose_english(client):
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})


@pytest.fixture
def ready_draft(as_applicant, lum_call, farsta, applicant):
    draft = factories.application(lum_call, farsta, creator=applicant)
    as_applicant.post(f"/ansokningar/{draft.pk}/andra/", draft_data(draft))
    draft.refresh_from_db()
    return draft


@pytest.fixture
def workshop_call(db):
    return factories.call(2027, workshop_required=True)


def test_a_form_error_is_in_english(as_officer, workshop_call, farsta):
    choose_english(as_officer)
    response = as_officer.post(
        f"/utlysningar/{workshop_call.pk}/workshop/",
        {"organisation": farsta.pk, "attended_on": "15/9", "note": ""},
    )
    text = response.content.decode()
    assert response.status_code == 400
    assert "Write the date as YYYY-MM-DD, for example 2026-09-15." in text
    assert "Skriv datumet" not in text


def test_the_message_after_a_save_is_in_english(as_officer, workshop_call, farsta):
    choose_english(as_officer)
    response = as_officer.post(
        f"/utlysningar/{workshop_call.pk}/workshop/",
        {"organisation": farsta.pk, "attended_on": "2026-09-15", "note": ""},
        follow=True,
    )
    text = response.content.decode()
    assert "Farsta is registered as attending the workshop." in text
    assert "registrerad som deltagare" not in text


def test_a_rule_result_is_in_english(as_applicant, ready_draft, lum_call):
    lum_call.closes_at = timezone.now() - datetime.timedelta(hours=1)
    lum_call.save()
    choose_english(as_applicant)
    response = as_applicant.post(f"/ansokningar/{ready_draft.pk}/kontrollera/")
    text = response.content.decode()
    local = timezone.localtime(lum_call.closes_at)
    month = local.strftime("%B")  # English month names in the C locale
    assert response.status_code == 400
    assert f"The application period ended on {local.day} {month} {local.year}" in text
    assert f"at {local:%H.%M}" in text
    assert "Ansökningstiden" not in text


def test_a_refusal_from_a_service_and_its_reasons_are_in_english(as_applicant, ready_draft):
    as_applicant.post(
        f"/ansokningar/{ready_draft.pk}/andra/",
        draft_data(ready_draft, gender_equality_analysis=""),
    )
    choose_english(as_applicant)
    response = as_applicant.post(f"/ansokningar/{ready_draft.pk}/kontrollera/")
    text = response.content.decode()
    assert response.status_code == 400
    assert "The application cannot be submitted until what is marked has been corrected." in text
    assert "Write a gender equality analysis. Since 2018 applications for LUM" in text
    assert "jämställdhetsanalys" not in text.lower()


def test_the_same_pages_stay_swedish_by_default(as_applicant, ready_draft):
    as_applicant.post(
        f"/ansokningar/{ready_draft.pk}/andra/",
        draft_data(ready_draft, gender_equality_analysis=""),
    )
    text = as_applicant.post(f"/ansokningar/{ready_draft.pk}/kontrollera/").content.decode()
    assert "Ansökan kan inte skickas in förrän det som är markerat är rättat." in text
    assert "Skriv en jämställdhetsanalys. Sedan 2018 ska ansökningar om LUM" in text
