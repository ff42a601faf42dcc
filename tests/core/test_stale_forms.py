"""A stale page never overwrites a newer save – also when the newer save was
the same person's (another tab, or the autosave of a page left open). The
save is refused with both versions named and what was typed kept; only the
page's own autosaves do not count against it."""

from html.parser import HTMLParser

import pytest

from fou.applications.models import Application
from fou.calls.models import Call
from fou.review.models import Criterion
from fou.review.selectors import criteria_version
from tests import factories
from tests.applications.helpers import draft_data
from tests.core.test_audit_and_locking import rules_form

TOKEN_A = "sida-a-0123456789abcdef"
TOKEN_B = "sida-b-0123456789abcdef"


@pytest.fixture
def draft(lum_call, farsta, applicant):
    return factories.application(lum_call, farsta, creator=applicant, title="Utkast")


def edit(client, draft, *, version, token, **changes):
    data = draft_data(draft, version=version, edit_token=token, **changes)
    return client.post(f"/ansokningar/{draft.pk}/andra/", data)


def autosave(client, draft, *, version, token, **changes):
    data = draft_data(draft, version=version, edit_token=token, **changes)
    return client.post(f"/ansokningar/{draft.pk}/autospara/", data)


def test_same_person_second_tab_cannot_overwrite_the_purpose(as_applicant, draft):
    # Both tabs loaded version 1; tab A saves, then stale tab B saves.
    assert (
        edit(as_applicant, draft, version=1, token=TOKEN_A, purpose="Nytt syfte").status_code == 302
    )
    response = edit(as_applicant, draft, version=1, token=TOKEN_B, purpose="Gammalt syfte")
    assert response.status_code == 409
    page = response.content.decode()
    assert "Du har själv sparat ändringar i en annan flik" in page
    assert "Du utgick från version 1; sparad nu är version 2." in page
    assert "Gammalt syfte" in page  # what tab B typed stays in the form
    assert "Nytt syfte" in page  # and the saved purpose is shown beside it
    draft.refresh_from_db()
    assert draft.purpose == "Nytt syfte"


def test_the_autosave_of_a_page_left_open_cannot_overwrite_a_newer_save(as_applicant, draft):
    assert (
        edit(as_applicant, draft, version=1, token=TOKEN_A, purpose="Färdigt syfte").status_code
        == 302
    )
    # The old page (token B, loaded at version 1) autosaves when it is hidden.
    response = autosave(as_applicant, draft, version=1, token=TOKEN_B, purpose="Halvskrivet")
    page = response.content.decode()
    assert "Sparades inte" in page and "sparad nu är version 2" in page
    draft.refresh_from_db()
    assert draft.purpose == "Färdigt syfte"


def test_a_page_goes_on_after_its_own_autosaves(as_applicant, draft):
    # The page's autosaves move the record on (a beacon's answer is never
    # read, so the page may still say version 1) ...
    assert (
        "sparades automatiskt"
        in autosave(
            as_applicant, draft, version=1, token=TOKEN_A, purpose="Första"
        ).content.decode()
    )
    autosave(as_applicant, draft, version=1, token=TOKEN_A, purpose="Andra")
    # ... and its own save based on version 1 is still allowed.
    assert edit(as_applicant, draft, version=1, token=TOKEN_A, purpose="Tredje").status_code == 302
    draft.refresh_from_db()
    assert (draft.purpose, draft.version) == ("Tredje", 4)


def test_own_autosaves_do_not_hide_another_pages_save_in_between(as_applicant, draft):
    autosave(as_applicant, draft, version=1, token=TOKEN_A, purpose="A1")  # → 2
    edit(as_applicant, draft, version=2, token=TOKEN_B, purpose="B")  # → 3, another tab
    response = edit(as_applicant, draft, version=2, token=TOKEN_A, purpose="A2")
    assert response.status_code == 409
    draft.refresh_from_db()
    assert draft.purpose == "B"


def test_a_form_without_a_version_overwrites_nothing(as_applicant, draft):
    data = draft_data(draft, purpose="Utan version")
    del data["version"]
    response = as_applicant.post(f"/ansokningar/{draft.pk}/andra/", data)
    assert response.status_code == 409
    assert Application.objects.get(pk=draft.pk).purpose == ""


def test_the_edit_page_carries_a_new_token_each_time_it_is_loaded(as_applicant, draft):
    first = as_applicant.get(f"/ansokningar/{draft.pk}/andra/").context["edit_token"]
    second = as_applicant.get(f"/ansokningar/{draft.pk}/andra/").context["edit_token"]
    assert first and second and first != second


def test_same_officer_second_tab_cannot_overwrite_the_rules(as_officer, lum_call):
    url = f"/utlysningar/{lum_call.pk}/regler/"
    stale = rules_form(lum_call)  # two tabs at version 1
    assert as_officer.post(url, {**stale, "max_amount": 400000}).status_code == 302
    response = as_officer.post(url, {**stale, "max_amount": 300000})
    assert response.status_code == 409
    page = response.content.decode()
    assert "Du utgick från version 1; sparad nu är version 2." in page
    assert 'value="300000"' in page and "400\xa0000\xa0kr" in page
    assert Call.objects.get(pk=lum_call.pk).max_amount == 400_000


def criteria_post(call, criterion, weight, *, version):
    return {
        "version": str(version),
        "k-TOTAL_FORMS": "1",
        "k-INITIAL_FORMS": "1",
        "k-MIN_NUM_FORMS": "0",
        "k-MAX_NUM_FORMS": "1000",
        "k-0-id": str(criterion.pk),
        "k-0-name": criterion.name,
        "k-0-weight": str(weight),
        "k-0-order": "1",
        "reason": "Rådets möte",
    }


def test_a_stale_criteria_page_cannot_reset_another_officers_weight(client, officer, lum_call):
    colleague = factories.user("gustav", "officer", first_name="Gustav")
    criterion = factories.criterion(lum_call, weight=1)
    url = f"/bedomning/utlysning/{lum_call.pk}/kriterier/"
    loaded = criteria_version(call=lum_call)  # both officers open the page
    client.force_login(colleague)
    assert (
        client.post(url, criteria_post(lum_call, criterion, 3, version=loaded)).status_code == 302
    )
    client.force_login(officer)
    # The stale page still shows weight 1 and the officer only adds a reason.
    response = client.post(url, criteria_post(lum_call, criterion, 1, version=loaded))
    assert response.status_code == 409
    page = response.content.decode()
    assert "Kriterierna har ändrats sedan du öppnade sidan" in page
    assert f"Du utgick från version {loaded}; sparad nu är version {loaded + 1}" in page
    assert "Gustav" in page
    assert Criterion.objects.get(pk=criterion.pk).weight == 3
    # Saving again from the refused page (it now carries the new version) is
    # a deliberate choice and goes through.
    again = criteria_post(lum_call, criterion, 2, version=response.context["version"])
    assert client.post(url, again).status_code == 302
    assert Criterion.objects.get(pk=criterion.pk).weight == 2


def test_a_stale_officer_page_cannot_withdraw_a_changed_application(as_officer, lum_call, farsta):
    application = factories.application(lum_call, farsta, status="submitted")
    loaded = application.version
    url = f"/ansokningar/{application.pk}/handlaggning/"
    as_officer.post(url + "check/", {"version": loaded})  # another tab: checked, version 2
    response = as_officer.post(
        url + "withdraw/", {"version": loaded, "reason": "Dubblett av en annan ansökan"}
    )
    application.refresh_from_db()
    assert application.status == "under_review"
    page = as_officer.get(response.url).content.decode()
    assert f"du utgick från version {loaded}; sparad nu är version {loaded + 1}" in page
    assert "Dubblett av en annan ansökan" in page  # the typed reason is given back


class _FormFields(HTMLParser):
    """What a browser would post from a page's form (inputs, textareas, selects)."""

    def __init__(self):
        super().__init__()
        self.data: dict[str, list[str]] = {}
        self._textarea = self._select = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        name = a.get("name")
        if tag == "input" and name and a.get("type") not in ("submit", "file"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            self.data.setdefault(name, []).append(a.get("value") or "")
        elif tag == "textarea" and name:
            self._textarea = name
            self.data.setdefault(name, []).append("")
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in a:
            self.data.setdefault(self._select, []).append(a.get("value") or "")

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea][-1] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None


def admin_call_form(client, call, **changes):
    """The admin's change form for a call as the browser would post it."""
    parser = _FormFields()
    parser.feed(client.get(f"/admin/calls/call/{call.pk}/change/").content.decode())
    data = {k: v if len(v) > 1 else v[0] for k, v in parser.data.items()}
    data.pop("_addanother", None)
    data.pop("_continue", None)
    return {**data, **changes}


def test_a_stale_admin_form_is_refused_with_both_versions(client, lum_call):
    admin_user = factories.user("admin", "administrator", is_staff=True, is_superuser=True)
    client.force_login(admin_user)
    url = f"/admin/calls/call/{lum_call.pk}/change/"
    stale = admin_call_form(client, lum_call, max_amount="300000")
    fresh = admin_call_form(client, lum_call, max_amount="400000")
    assert client.post(url, fresh).status_code == 302
    response = client.post(url, stale)
    assert response.status_code == 200  # the form again, with the error
    page = response.content.decode()
    assert "du utgick från version 1; sparad nu är version 2" in page
    assert 'value="300000"' in page
    assert Call.objects.get(pk=lum_call.pk).max_amount == 400_000
