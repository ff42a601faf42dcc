"""A second call the same year keeps its own allocation settings: Kulturstöd
2027 (one application per organisation, no cut) beside LUM 2027 (two per
organisation, 20 % cut for years 2–3)."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from fou.allocations.candidates import build_candidates, settings_for_calls
from fou.allocations.models import AllocationProposal
from fou.applications.models import ApplicationOrganisation, Status
from fou.calls.models import Call
from fou.domain.allocation import Status as Decided
from fou.domain.allocation import solve
from tests import factories


@pytest.fixture
def kultur(db):
    return factories.call(
        2027,
        fund_code="KULT",
        budget=1_000_000,
        max_amount=100_000,
        max_applications_per_organisation=1,
        max_project_year=1,
        gender_equality_analysis_required=False,
    )


@pytest.fixture
def lum(db):
    return factories.call(2027, budget=3_000_000, continuation_cut_percent=20)


def under_review(call, org, title, asked, **fields):
    return factories.application(
        call, org, status=Status.UNDER_REVIEW, title=title, amount_asked=asked, **fields
    )


@pytest.fixture
def year_2027(lum, kultur, farsta):
    return {
        "lum_1": under_review(lum, farsta, "LUM ett", 200_000),
        "lum_2": under_review(lum, farsta, "LUM två", 100_000, project_year=2),
        "kult_1": under_review(kultur, farsta, "Kultur ett", 50_000),
    }


def test_kulturstod_does_not_limit_lum_nor_take_its_cut(year_2027, lum, kultur):
    settings = settings_for_calls([lum, kultur])
    assert settings.for_fund("LUM").max_grants_per_organisation == 2
    assert settings.for_fund("KULT").max_grants_per_organisation == 1
    assert settings.for_fund("KULT").continuation_cut_percent == 0
    candidates, _left_out = build_candidates(2027, {})
    proposal = solve(candidates, settings)
    amounts = proposal.amounts
    assert amounts[year_2027["lum_1"].pk] == 200_000
    assert amounts[year_2027["lum_2"].pk] == 80_000
    assert amounts[year_2027["kult_1"].pk] == 50_000


def test_allocate_command_uses_each_calls_settings(year_2027):
    out = StringIO()
    call_command("allocate", "--call", "2027", "--json", stdout=out)
    granted = {row["project"]: row["amount"] for row in json.loads(out.getvalue())["granted"]}
    assert granted == {"LUM ett": 200_000, "LUM två": 80_000, "Kultur ett": 50_000}


def test_unreviewed_applications_are_shown_as_unscored(year_2027, as_officer):
    candidates, _left_out = build_candidates(2027, {})
    assert {c.scored for c in candidates} == {False}
    page = as_officer.get("/fordelning/2027/").content.decode()
    assert "ej bedömd" in page
    assert "1,00" not in page


def test_the_officer_allocates_one_call_alone(year_2027, kultur, as_officer):
    page = as_officer.get("/fordelning/2027/", {"utlysning": kultur.pk})
    form = page.context["form"]
    assert form.funds == ["KULT"]
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    response = as_officer.post(f"/fordelning/2027/?utlysning={kultur.pk}", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    stored = AllocationProposal.objects.get()
    assert {c["fund"] for c in stored.data["candidates"]} == {"KULT"}
    # The year page without a choice still allocates every call of the year.
    assert as_officer.get("/fordelning/2027/").context["form"].funds == ["KULT", "LUM"]


def test_a_joint_trip_is_granted_what_the_rules_let_it_ask(db, farsta, skarpnack):
    trips = factories.call(
        2027,
        fund_code="MUL",
        budget=200_000,
        max_amount=25_000,
        max_amount_per_organisation=True,
        gender_equality_analysis_required=False,
    )
    trip = under_review(
        trips, farsta, "Gemensam resa", 75_000, purpose="Studiebesök", destination="Köpenhamn"
    )
    third = factories.organisation("Norrmalm")
    for org in (skarpnack, third):
        ApplicationOrganisation.objects.create(
            application=trip, organisation=org, organisation_name=org.current_name
        )
    from fou.applications.eligibility import refresh_rule_results

    refresh_rule_results(trip)
    trip.refresh_from_db()
    assert [r["message"] for r in trip.rule_results if r["outcome"] != "pass"] == []
    candidates, _left_out = build_candidates(2027, {})
    proposal = solve(candidates, settings_for_calls([trips]))
    assert proposal.decision(trip.pk).status == Decided.GRANTED
    assert proposal.amounts[trip.pk] == 75_000


def test_a_cut_of_100_is_refused_by_the_rules_page_and_cannot_break_allocation(
    lum, year_2027, as_officer
):
    page = as_officer.get(f"/utlysningar/{lum.pk}/regler/")
    form = page.context["form"]
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data.update(continuation_cut_percent=100, reason="Prov")
    for key in ("opens_at", "closes_at"):
        data[key] = form[key].value().strftime("%Y-%m-%dT%H:%M")
    response = as_officer.post(f"/utlysningar/{lum.pk}/regler/", data)
    assert response.status_code == 200
    assert "mellan 0 och 99" in response.content.decode()
    lum.refresh_from_db()
    assert lum.continuation_cut_percent == 20
    # Stored behind the pages' back, it is named on the allocation page, not a 500.
    Call.objects.filter(pk=lum.pk).update(continuation_cut_percent=100)
    response = as_officer.get("/fordelning/2027/")
    assert response.status_code == 409
    assert "mellan 0 och 99" in response.content.decode()
