from fou.applications.models import Grant
from fou.history.models import ImportedDocument
from tests.domain.text.seeds import CLEAN_001, CLEAN_003
from tests.history.helpers import submit, upload


def _import(client, path):
    response = upload(client, path.read_bytes(), name=path.name, kind="account")
    document = ImportedDocument.objects.get(original_name=path.name)
    submit(client, document)
    return response, document


def test_the_2020_account_gives_its_projects_with_organisation_and_purpose(as_officer, registry):
    _, document = _import(as_officer, CLEAN_001)
    assert document.year == 2020
    grants = Grant.objects.filter(application__call__year=2020)
    assert grants.count() == 9
    assert all(g.amount is None for g in grants)
    joint = grants.get(application__title="Etableringscoach")
    assert joint.organisation_name == "Kungsholmen och Norrmalm och Östermalm"
    assert joint.application.participants.count() == 3
    assert grants.get(application__title="Intern-SIP").application.purpose.startswith(
        "Projektets syfte"
    )


def test_continued_projects_get_the_next_year_continuing_this_one(as_officer, registry):
    _import(as_officer, CLEAN_001)
    continued = Grant.objects.filter(application__call__year=2021)
    assert continued.count() == 2
    for grant in continued:
        assert grant.application.continues.application.call.year == 2020


def test_projects_without_organisation_are_shown_as_unknown(as_officer, registry):
    _, document = _import(as_officer, CLEAN_003)
    assert Grant.objects.filter(application__call__year=2018).count() == 10
    assert Grant.objects.filter(application__call__year=2019).count() == 7
    assert "Okänd" in as_officer.get(f"/historik/{document.pk}/").content.decode()
