import json

from fou.applications.models import Application, Grant
from fou.calls.models import Call
from fou.history.models import ImportedDocument
from tests.domain.text.seeds import ALLOCATION_2023, DECISION_002
from tests.history.helpers import FIXTURES, submit, upload

EXPECTED = json.loads(ALLOCATION_2023.read_text())


def _imported_seed_002(client):
    upload(client, DECISION_002.read_bytes(), name="002_76740279ec4a058c.txt")
    document = ImportedDocument.objects.get()
    response = submit(client, document)
    assert response.status_code == 302, response.content.decode()[:2000]
    return document


def _grants(fund: str) -> list[tuple]:
    grants = Grant.objects.filter(application__call__fund__code=fund, application__call__year=2023)
    return sorted((g.organisation_name, g.application.title, g.amount) for g in grants)


def test_seed_002_becomes_the_ten_lum_and_eight_mul_grants_of_2023(as_officer, registry):
    _imported_seed_002(as_officer)
    for fund, key in (("LUM", "project"), ("MUL", "trip")):
        expected = sorted((r["organisation"], r[key], r["granted"]) for r in EXPECTED[fund])
        assert _grants(fund) == expected
    assert Application.objects.filter(status="granted").count() == 18


def test_the_history_names_its_source_and_has_a_call_with_unknown_dates(as_officer, registry):
    _imported_seed_002(as_officer)
    grant = Grant.objects.filter(application__call__fund__code="LUM").first()
    assert grant.source == "002_76740279ec4a058c.txt"
    assert grant.application.participants.get().is_lead
    call = Call.objects.get(fund__code="MUL", year=2023)
    assert (call.opens_at, call.closes_at) == (None, None)


def test_each_write_is_audited_with_who_and_why(as_officer, officer, registry):
    _imported_seed_002(as_officer)
    record = Grant.history.first()
    assert record.history_user == officer
    assert record.history_change_reason == "Import av 002_76740279ec4a058c.txt"


def test_importing_the_same_document_twice_adds_nothing(as_officer, registry):
    document = _imported_seed_002(as_officer)
    counts = (Application.objects.count(), Grant.objects.count(), Call.objects.count())
    submit(as_officer, document)
    response = upload(as_officer, DECISION_002.read_bytes(), name="igen.txt")
    assert response.url == f"/historik/{document.pk}/"
    assert (Application.objects.count(), Grant.objects.count(), Call.objects.count()) == counts
    assert ImportedDocument.objects.count() == 1


def test_grants_already_in_the_history_are_found_by_call_and_title(as_officer, registry):
    _imported_seed_002(as_officer)
    # Another copy of the decision (say, re-scanned: other bytes, other hash)
    # holds the same grants. Imported documents are kept, never deleted.
    upload(as_officer, DECISION_002.read_bytes() + b"\n", name="omskannad.txt")
    submit(as_officer, ImportedDocument.objects.get(original_name="omskannad.txt"))
    assert (Application.objects.count(), Grant.objects.count()) == (18, 18)


def test_a_corrected_row_is_imported_as_corrected(as_officer, registry):
    upload(as_officer, (FIXTURES / "decision-2024.txt").read_bytes())
    document = ImportedDocument.objects.get()
    farsta = document.rows.get(organisation_name="Farsta")
    submit(
        as_officer,
        document,
        **{f"rad-{farsta.pk}-text": "Stöd till föräldrar i ekonomisk utsatthet"},
    )
    grant = Grant.objects.get(organisation_name="Farsta")
    assert grant.application.title == "Stöd till föräldrar i ekonomisk utsatthet"
    farsta.refresh_from_db()
    assert farsta.edited_by_officer


def test_a_wrong_total_is_refused_until_the_amount_is_corrected(as_officer, registry):
    upload(as_officer, (FIXTURES / "decision-2024-wrong-total.txt").read_bytes())
    document = ImportedDocument.objects.get()
    page = as_officer.get(f"/historik/{document.pk}/").content.decode()
    assert "men raden Totalt anger" in page
    refused = submit(as_officer, document)
    assert refused.status_code == 400
    assert "summerar inte till raden Totalt" in refused.content.decode()
    assert not Grant.objects.exists()
    stated = document.stated_totals
    table = [r for r in document.rows.all() if r.fund == "LUM"]
    wrong = table[0]
    fixed = wrong.granted + stated["LUM"] - sum(r.granted for r in table)
    submit(as_officer, document, **{f"rad-{wrong.pk}-granted": f"{fixed:,}".replace(",", " ")})
    assert Grant.objects.get(application__title=wrong.text).amount == fixed


def test_an_unknown_district_is_flagged_and_kept_as_a_new_name(as_officer, registry):
    upload(as_officer, (FIXTURES / "decision-2024.txt").read_bytes())
    document = ImportedDocument.objects.get()
    assert "Finns inte i registret" in as_officer.get(f"/historik/{document.pk}/").content.decode()
    assert {r.organisation_name for r in document.rows.filter(unknown_organisation=True)} == {
        "Järva"
    }
    submit(as_officer, document)
    jarva = Grant.objects.filter(organisation_name="Järva")
    assert jarva.count() == 2
    assert all(g.organisation is None for g in jarva)


def test_an_unknown_district_mapped_to_the_registry_is_imported_under_it(as_officer, registry):
    from fou.organisations.models import Organisation

    upload(as_officer, (FIXTURES / "decision-2024.txt").read_bytes())
    document = ImportedDocument.objects.get()
    rinkeby = Organisation.objects.get(key="rinkeby-kista")
    changes = {
        f"rad-{row.pk}-organisation": rinkeby.pk
        for row in document.rows.filter(organisation_name="Järva")
    }
    submit(as_officer, document, **changes)
    grants = Grant.objects.filter(organisation=rinkeby)
    assert {g.organisation_name for g in grants} == {"Rinkeby-Kista"}
    assert grants.count() == 2


def test_seed_002_adds_nothing_to_the_demo_which_holds_2023_already(client, db):
    from django.core.management import call_command

    from fou.accounts.models import User

    call_command("load_demo", "--quiet-logins")
    client.force_login(User.objects.get(username="hanna"))
    before = (Application.objects.count(), Grant.objects.count(), Call.objects.count())
    upload(client, DECISION_002.read_bytes())
    response = submit(client, ImportedDocument.objects.get())
    assert (Application.objects.count(), Grant.objects.count(), Call.objects.count()) == before
    message = next(iter(client.get(response.url).context["messages"]))
    assert str(message) == "Importerat: 0 beslut skapade, 18 fanns redan."
