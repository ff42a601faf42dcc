"""Recording the committee's decision: every application decided and locked,
amendments instead of edits, applicants told and shown."""

import pytest
from django.core import mail

from fou.accounts.models import User
from fou.allocations.candidates import default_settings, recorded_locks
from fou.allocations.models import AllocationProposal
from fou.allocations.services import proposal_choose, proposal_create
from fou.applications.models import Application, Grant
from fou.decisions.models import CommitteeDecision, DecidedApplication
from fou.decisions.recording import proposal_fingerprint

pytestmark = pytest.mark.django_db


def login(client, username):
    client.force_login(User.objects.get(username=username))
    return client


def application(title_start: str) -> Application:
    return Application.objects.get(call__year=2023, title__startswith=title_start)


def record_form(proposal, **overrides) -> dict:
    data = {
        "fingerprint": proposal_fingerprint(proposal),
        "meeting_date": "2022-12-13",
        "minutes_paragraph": "12",
        "reference": "SoN 2022/456",
    }
    return {**data, **overrides}


@pytest.fixture
def officer(client, chosen_2023):
    return login(client, "hanna")


def test_recording_decides_every_application_of_the_proposal(
    officer, chosen_2023, django_capture_on_commit_callbacks
):
    changed = application("Prata om det")
    with django_capture_on_commit_callbacks(execute=True):
        response = officer.post(
            "/beslut/2023/registrera/",
            record_form(
                chosen_2023,
                change_1_application=str(changed.pk),
                change_1_amount="200 000",
                change_1_reason="Nämnden beviljar ett lägre belopp för första året.",
            ),
        )
    assert response.status_code == 302
    decision = CommitteeDecision.objects.get(year=2023)
    assert decision.minutes_paragraph == "§ 12"
    rows = DecidedApplication.objects.filter(decision=decision)
    assert rows.count() == 19
    assert rows.filter(outcome="refused").count() == 1
    grant = Grant.objects.get(application=changed)
    assert grant.amount == 200_000 and "lägre belopp" in grant.reason
    assert str(grant.decided_on) == "2022-12-13"
    refused = Grant.objects.get(application=application("Signs of Safety"))
    assert refused.decision == "refused" and "Forte" in refused.reason
    cut = Grant.objects.get(application=application("Våga anmäla"))
    assert cut.amount == 400_000 and "20" in cut.reason
    # anna (Farsta) and sven (Skarpnäck) have applications in 2023 and addresses.
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == ["anna@fou-demo.example", "sven@fou-demo.example"]
    farsta_mail = next(m for m in mail.outbox if m.to == ["anna@fou-demo.example"])
    assert "Våga anmäla våga vittna: beviljas 400\u00a0000\u00a0kr" in farsta_mail.body
    assert "§ 12" in farsta_mail.body


def test_the_applicant_sees_the_decision_with_reasons(officer, chosen_2023, client):
    officer.post("/beslut/2023/registrera/", record_form(chosen_2023))
    login(client, "anna")
    page = client.get("/beslut/mina/").content.decode()
    assert "Våga anmäla våga vittna" in page and "Sänkt med 20" in page
    assert "Signs of Safety" not in page  # Hägersten-Älvsjö's, not Farsta's
    detail = client.get(f"/ansokningar/{application('Våga anmäla').pk}/").content.decode()
    assert "Beslutat 2022-12-13" in detail


def test_recording_twice_is_refused(officer, chosen_2023):
    officer.post("/beslut/2023/registrera/", record_form(chosen_2023))
    response = officer.post("/beslut/2023/registrera/", record_form(chosen_2023))
    assert response.status_code == 400
    assert CommitteeDecision.objects.filter(year=2023).count() == 1
    assert DecidedApplication.objects.count() == 19


def test_recording_on_a_proposal_changed_since_the_page_opened_is_refused(officer, chosen_2023):
    opened = record_form(chosen_2023)
    hanna = User.objects.get(username="hanna")
    newer = proposal_create(
        year=2023, settings=default_settings(2023), locks=recorded_locks(2023), user=hanna
    )
    proposal_choose(proposal=newer, user=hanna)
    response = officer.post("/beslut/2023/registrera/", opened)
    assert response.status_code == 400
    assert "Förslaget har ändrats sedan sidan öppnades" in response.content.decode()
    assert not CommitteeDecision.objects.exists()


def test_a_change_without_a_reason_is_refused_and_typing_kept(officer, chosen_2023):
    changed = application("Prata om det")
    response = officer.post(
        "/beslut/2023/registrera/",
        record_form(chosen_2023, change_1_application=str(changed.pk), change_1_amount="200 000"),
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Skriv nämndens motivering till ändringen." in page
    assert 'value="200 000"' in page
    assert not CommitteeDecision.objects.exists()


def test_missing_meeting_details_are_named(officer, chosen_2023):
    response = officer.post("/beslut/2023/registrera/", record_form(chosen_2023, reference=""))
    assert response.status_code == 400
    assert "Ange ärendets diarienummer." in response.content.decode()


def test_a_later_change_is_an_amendment_and_the_decision_stays(officer, chosen_2023):
    officer.post("/beslut/2023/registrera/", record_form(chosen_2023))
    changed = application("Agera tillsammans")
    response = officer.post(
        "/beslut/2023/andringsbeslut/",
        {
            "application": str(changed.pk),
            "amount": "",
            "reason": "Projektet kan inte starta; medlen återbetalas.",
            "meeting_date": "2023-03-14",
            "minutes_paragraph": "§ 7",
            "reference": "SoN 2023/12",
        },
    )
    assert response.status_code == 302
    original = CommitteeDecision.objects.get(year=2023, kind="decision")
    assert original.rows.get(application=changed).amount == 500_000
    amendment = CommitteeDecision.objects.get(year=2023, kind="amendment")
    assert amendment.rows.get(application=changed).outcome == "refused"
    assert Grant.objects.get(application=changed).decision == "refused"


def test_the_allocation_page_shows_the_year_as_decided_and_keeps_the_choice(officer, chosen_2023):
    officer.post("/beslut/2023/registrera/", record_form(chosen_2023))
    page = officer.get("/fordelning/2023/").content.decode()
    assert "Beslutad av nämnden 2022-12-13, § 12" in page
    hanna = User.objects.get(username="hanna")
    newer = proposal_create(
        year=2023, settings=default_settings(2023), locks=recorded_locks(2023), user=hanna
    )
    officer.post(f"/fordelning/2023/version/{newer.number}/valj/")
    assert AllocationProposal.objects.get(year=2023, is_chosen=True) == chosen_2023


@pytest.mark.parametrize("username", ["anna", "rut", "lars"])
def test_only_officers_record(client, chosen_2023, username):
    login(client, username)
    response = client.post("/beslut/2023/registrera/", record_form(chosen_2023))
    assert response.status_code == 403
    assert not CommitteeDecision.objects.exists()


def test_applicants_see_only_their_own_organisations_decisions(officer, chosen_2023, client):
    officer.post("/beslut/2023/registrera/", record_form(chosen_2023))
    login(client, "sven")
    page = client.get("/beslut/mina/").content.decode()
    assert "Våga anmäla" not in page and "Ingen ska lämnas utanför" in page


def test_a_decided_grant_cannot_be_edited_in_the_admin(officer, chosen_2023, client):
    officer.post("/beslut/2023/registrera/", record_form(chosen_2023))
    grant = Grant.objects.get(application=application("Agera tillsammans"))
    admin = login(client, "admin")
    page = admin.get(f"/admin/applications/grant/{grant.pk}/change/").content.decode()
    assert 'name="amount"' not in page
    admin.post(
        f"/admin/applications/grant/{grant.pk}/change/",
        {"amount": "1", "decision": "granted", "_save": "Spara"},
    )
    grant.refresh_from_db()
    assert grant.amount == 500_000
