import json
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.utils import timezone

from fou.applications.models import Application, Grant
from fou.calls.models import Call
from fou.organisations.models import Organisation

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
ALLOCATION_2023 = json.loads((SHARED / "data" / "allocation-2023.json").read_text("utf-8"))


def row_counts() -> dict[str, int]:
    return {m._meta.label: m.objects.count() for m in apps.get_models()}


@pytest.mark.django_db
def test_loading_twice_changes_nothing():
    call_command("load_demo", "--quiet-logins")
    first = row_counts()
    call_command("load_demo", "--quiet-logins")
    assert row_counts() == first
    assert first["applications.Grant"] > 0


@pytest.mark.django_db
def test_2023_grants_equal_the_decision():
    call_command("load_demo", "--quiet-logins")
    for fund, title_key in (("LUM", "project"), ("MUL", "trip")):
        expected = sorted(
            (row["organisation"], row[title_key], row["granted"]) for row in ALLOCATION_2023[fund]
        )
        grants = Grant.objects.filter(
            application__call__year=2023,
            application__call__fund__code=fund,
            decision=Grant.Decision.GRANTED,
        )
        actual = sorted((g.organisation_name, g.application.title, g.amount) for g in grants)
        assert actual == expected
    totals = ALLOCATION_2023["granted_totals"]
    assert (
        sum(g.amount for g in Grant.objects.filter(application__call__year=2023) if g.amount)
        == totals["all"]
    )


@pytest.mark.django_db
def test_2023_asked_amounts_are_labelled_reconstruction_and_add_up():
    call_command("load_demo", "--quiet-logins")
    asked = Application.objects.filter(call__year=2023)
    assert all(a.amount_asked_is_reconstruction for a in asked)
    lum = sum(a.amount_asked for a in asked if a.call.fund.code == "LUM")
    mul = sum(a.amount_asked for a in asked if a.call.fund.code == "MUL")
    assert (lum, mul) == (ALLOCATION_2023["asked_totals"]["LUM"], 188_500)


@pytest.mark.django_db
def test_amounts_the_seeds_do_not_give_are_unknown():
    call_command("load_demo", "--quiet-logins")
    for year in (2018, 2019, 2020, 2021):
        grants = Grant.objects.filter(application__call__year=year)
        assert grants.exists()
        assert all(g.amount is None for g in grants)
    assert Grant.objects.filter(application__call__year=2018).count() == 10
    assert Grant.objects.filter(application__call__year=2019).count() == 7


@pytest.mark.django_db
def test_signs_of_safety_is_refused_with_its_reason():
    call_command("load_demo", "--quiet-logins")
    refused = Grant.objects.get(decision=Grant.Decision.REFUSED, application__call__year=2023)
    assert refused.organisation_name == "Hägersten-Älvsjö"
    assert "Forte" in refused.reason


@pytest.mark.django_db
def test_calls_have_the_seeds_dates_and_limits():
    call_command("load_demo", "--quiet-logins")
    lum2015 = Call.objects.get(fund__code="LUM", year=2015)
    assert (lum2015.max_amount, lum2015.max_project_year) == (750_000, 1)
    assert Call.objects.get(fund__code="MUL", year=2015).local_fund_name.startswith("MUST")
    lum2023 = Call.objects.get(fund__code="LUM", year=2023)
    assert lum2023.closes_at.isoformat() == "2022-08-30T21:59:59+00:00"
    assert lum2023.continuation_cut_percent == 20
    assert lum2023.workshop_required
    opens_2020 = timezone.localtime(Call.objects.get(fund__code="LUM", year=2020).opens_at)
    assert opens_2020.date().isoformat() == "2019-05-02"


@pytest.mark.django_db
def test_conflicting_data_stops_the_load_and_changes_nothing():
    Organisation.objects.create(key="farsta", kind_id="unit")
    before = row_counts()
    with pytest.raises(CommandError, match="finns redan med andra uppgifter"):
        call_command("load_demo", "--quiet-logins")
    assert row_counts() == before
