"""Every free text has a maximum length, stated next to the field and enforced
on the server; too long a text is refused in Swedish and what was typed is kept."""

import pytest
from django.core.exceptions import ValidationError

from fou.applications.models import Application, Status
from fou.core.text_limits import LONG_TEXT_MAX, REASON_MAX
from tests import factories
from tests.applications.helpers import draft_data
from tests.core.test_audit_and_locking import rules_form


@pytest.fixture
def draft(lum_call, farsta, applicant):
    return factories.application(lum_call, farsta, creator=applicant, title="Utkast")


def test_the_limit_is_stated_next_to_the_purpose(as_applicant, draft):
    page = as_applicant.get(f"/ansokningar/{draft.pk}/andra/").content.decode()
    assert "högst 10 000 tecken" in page
    assert 'maxlength="10000"' not in page  # the browser must not cut what is pasted


def test_a_purpose_of_24_million_characters_is_refused_and_kept(as_applicant, draft):
    huge = "Syfte " + "x" * 24_000_000
    response = as_applicant.post(f"/ansokningar/{draft.pk}/andra/", draft_data(draft, purpose=huge))
    page = response.content.decode()
    assert "Syfte får vara högst 10 000 tecken" in page
    assert huge in page
    draft.refresh_from_db()
    assert draft.purpose == ""
    assert all(len(h.purpose) <= LONG_TEXT_MAX for h in draft.history.all())


def test_the_model_refuses_too_long_a_text_too(draft):
    draft.gender_equality_analysis = "x" * (LONG_TEXT_MAX + 1)
    with pytest.raises(ValidationError):
        draft.full_clean()


def test_a_too_long_reason_for_withdrawing_is_refused_and_kept(as_officer, lum_call, farsta):
    submitted = factories.application(lum_call, farsta, status=Status.SUBMITTED)
    reason = "Skäl " + "x" * REASON_MAX
    response = as_officer.post(
        f"/ansokningar/{submitted.pk}/handlaggning/withdraw/",
        {"reason": reason, "version": submitted.version},
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "högst 2 000 tecken" in page and reason in page
    assert Application.objects.get(pk=submitted.pk).status == Status.SUBMITTED


def test_too_long_required_attachments_in_a_calls_rules_are_refused(as_officer, lum_call):
    text = "Projektplan\n" + "x" * REASON_MAX
    response = as_officer.post(
        f"/utlysningar/{lum_call.pk}/regler/", rules_form(lum_call, required_attachments_text=text)
    )
    page = response.content.decode()
    assert "högst 2 000 tecken" in page and "x" * REASON_MAX in page
    lum_call.refresh_from_db()
    assert lum_call.required_attachments != text.splitlines()
