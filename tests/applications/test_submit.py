import datetime

import pytest
from django.core import mail
from django.utils import timezone

from fou.applications.models import Application
from tests import factories
from tests.applications.helpers import draft_data


@pytest.fixture
def ready_draft(as_applicant, lum_call, farsta, applicant):
    applicant.email = "anna@farsta.example"
    applicant.save()
    draft = factories.application(lum_call, farsta, creator=applicant)
    as_applicant.post(f"/ansokningar/{draft.pk}/andra/", draft_data(draft))
    draft.refresh_from_db()
    return draft


def test_check_answers_lists_every_answer_with_a_change_link(as_applicant, ready_draft):
    page = as_applicant.get(f"/ansokningar/{ready_draft.pk}/kontrollera/").content.decode()
    assert "Kontrollera dina svar" in page
    for answer in ("Tidigt stöd i Farsta", "450\u00a0000\u00a0kr", "Insatsen når både"):
        assert answer in page
    assert f'href="/ansokningar/{ready_draft.pk}/andra/#id_amount_asked"' in page
    assert "Uppfyllt" in page


def test_submitting_gives_a_reference_a_receipt_and_an_email(
    as_applicant, ready_draft, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = as_applicant.post(f"/ansokningar/{ready_draft.pk}/kontrollera/")
    assert response.url == f"/ansokningar/{ready_draft.pk}/kvitto/"
    ready_draft.refresh_from_db()
    assert ready_draft.status == "submitted"
    assert ready_draft.reference == "FoU-2027-0001"
    receipt = as_applicant.get(response.url).content.decode()
    assert "FoU-2027-0001" in receipt
    assert len(mail.outbox) == 1
    assert "FoU-2027-0001" in mail.outbox[0].subject
    assert mail.outbox[0].to == ["anna@farsta.example"]


def test_reference_numbers_count_up_within_the_year(as_applicant, ready_draft, lum_call, farsta):
    second = factories.application(lum_call, farsta)
    as_applicant.post(f"/ansokningar/{second.pk}/andra/", draft_data(second, title="Andra"))
    as_applicant.post(f"/ansokningar/{ready_draft.pk}/kontrollera/")
    as_applicant.post(f"/ansokningar/{second.pk}/kontrollera/")
    references = sorted(Application.objects.values_list("reference", flat=True))
    assert references == ["FoU-2027-0001", "FoU-2027-0002"]


def test_a_failing_rule_stops_submission_and_says_why(as_applicant, ready_draft):
    as_applicant.post(
        f"/ansokningar/{ready_draft.pk}/andra/",
        draft_data(ready_draft, gender_equality_analysis=""),
    )
    response = as_applicant.post(f"/ansokningar/{ready_draft.pk}/kontrollera/")
    assert response.status_code == 400
    assert "jämställdhetsanalys" in response.content.decode().lower()
    ready_draft.refresh_from_db()
    assert ready_draft.status == "draft"


def test_submitting_after_the_deadline_is_refused_naming_it(as_applicant, ready_draft, lum_call):
    lum_call.closes_at = timezone.now() - datetime.timedelta(hours=1)
    lum_call.save()
    response = as_applicant.post(f"/ansokningar/{ready_draft.pk}/kontrollera/")
    page = response.content.decode()
    local = timezone.localtime(lum_call.closes_at)
    assert response.status_code == 400
    assert "Ansökningstiden gick ut" in page
    assert f"kl. {local:%H.%M}" in page
    ready_draft.refresh_from_db()
    assert ready_draft.status == "draft"


def test_an_officer_can_reopen_one_application_with_a_reason(
    client, as_applicant, ready_draft, lum_call, officer
):
    lum_call.closes_at = timezone.now() - datetime.timedelta(hours=1)
    lum_call.save()
    client.force_login(officer)
    until = (timezone.localdate() + datetime.timedelta(days=3)).isoformat()
    client.post(
        f"/ansokningar/{ready_draft.pk}/handlaggning/reopen/",
        {"until": until, "reason": "Systemfel hos förvaltningen", "version": ready_draft.version},
    )
    ready_draft.refresh_from_db()
    assert ready_draft.deadline_extended_to is not None
    assert "Systemfel" in ready_draft.history.first().history_change_reason
    client.force_login(ready_draft.created_by)
    client.post(f"/ansokningar/{ready_draft.pk}/kontrollera/")
    ready_draft.refresh_from_db()
    assert ready_draft.status == "submitted"


def test_reopening_needs_a_reason(client, ready_draft, officer):
    client.force_login(officer)
    client.post(
        f"/ansokningar/{ready_draft.pk}/handlaggning/reopen/",
        {"until": "2099-01-01", "version": ready_draft.version},
    )
    ready_draft.refresh_from_db()
    assert ready_draft.deadline_extended_to is None


def test_an_applicant_cannot_submit_for_an_organisation_they_do_not_belong_to(
    client, ready_draft, other_applicant
):
    client.force_login(other_applicant)
    assert client.post(f"/ansokningar/{ready_draft.pk}/kontrollera/").status_code == 404
    ready_draft.refresh_from_db()
    assert ready_draft.status == "draft"


def test_a_third_lum_application_of_an_organisation_fails(as_applicant, lum_call, farsta):
    drafts = []
    for number in range(3):
        draft = factories.application(lum_call, farsta)
        as_applicant.post(f"/ansokningar/{draft.pk}/andra/", draft_data(draft, title=f"P{number}"))
        drafts.append(draft)
    as_applicant.post(f"/ansokningar/{drafts[0].pk}/kontrollera/")
    as_applicant.post(f"/ansokningar/{drafts[1].pk}/kontrollera/")
    response = as_applicant.post(f"/ansokningar/{drafts[2].pk}/kontrollera/")
    assert response.status_code == 400
    assert "två LUM-ansökningar" in response.content.decode()
