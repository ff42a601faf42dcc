"""Each call's own allocation settings apply to that call's applications only,
and the amount cap is the one the rules engine applies."""

import pytest

from fou.domain.allocation import AllocationSettings, FundSettings, Status, explain, greedy, solve
from fou.domain.allocation.serialise import settings_from_json, settings_to_json
from fou.domain.programme import application_cap, check_continuation_cut
from fou.domain.rules import Outcome, RuleCode
from fou.domain.rules.presets import MUL_2020
from tests.domain.allocation.helpers import candidate
from tests.domain.rules.builders import application, only, results_for


def two_calls(**kult):
    return AllocationSettings(
        budgets={"LUM": 1_000_000, "KULT": 1_000_000},
        per_fund={
            "LUM": FundSettings(max_grants_per_organisation=2, continuation_cut_percent=20),
            "KULT": FundSettings(max_grants_per_organisation=1, **kult),
        },
    )


@pytest.mark.parametrize("method", [solve, greedy])
def test_one_per_organisation_in_kult_does_not_limit_lum(method):
    candidates = [
        candidate(1, fund="LUM"),
        candidate(2, fund="LUM"),
        candidate(3, fund="KULT"),
        candidate(4, fund="KULT"),
    ]
    proposal = method(candidates, two_calls())
    statuses = {d.candidate.id: d.status for d in proposal.decisions}
    assert statuses == {
        1: Status.GRANTED,
        2: Status.GRANTED,
        3: Status.GRANTED,
        4: Status.REFUSED,
    }


@pytest.mark.parametrize("method", [solve, greedy])
def test_the_lum_continuation_cut_does_not_reach_kult(method):
    candidates = [
        candidate(1, fund="LUM", project_year=2, asked=100_000),
        candidate(2, fund="KULT", project_year=2, asked=100_000),
    ]
    proposal = method(candidates, two_calls())
    assert proposal.amounts == {1: 80_000, 2: 100_000}


def test_mode_and_minimum_share_are_per_call():
    settings = AllocationSettings(
        budgets={"LUM": 50_000, "KULT": 50_000},
        per_fund={
            "LUM": FundSettings(mode="all_or_nothing"),
            "KULT": FundSettings(mode="partial", min_share_percent=50),
        },
    )
    candidates = [candidate(1, fund="LUM"), candidate(2, fund="KULT")]
    proposal = solve(candidates, settings)
    # LUM cannot give part of 100 000; KULT gives half.
    assert proposal.amounts == {1: 0, 2: 50_000}


def test_the_optimiser_caps_a_joint_trip_as_the_rules_engine_does():
    """Three organisations, cap 25 000 per organisation: 75 000 kr passes the
    rules, and the optimiser may grant all of it."""
    facts = application(
        MUL_2020, amount_asked=75_000, co_applicant_keys=frozenset({"farsta", "skarpnack"})
    )
    assert only(results_for(MUL_2020, facts), RuleCode.AMOUNT_CAP).outcome == Outcome.PASS
    settings = AllocationSettings(
        budgets={"MUL": 200_000},
        per_fund={"MUL": FundSettings(cap=25_000, cap_per_organisation=True)},
    )
    trip = candidate(1, fund="MUL", asked=75_000, organisations=3)
    assert solve([trip], settings).amounts == {1: 75_000}
    assert application_cap(25_000, per_organisation=True, organisations=3) == 75_000
    assert application_cap(25_000, per_organisation=False, organisations=3) == 25_000


@pytest.mark.parametrize("percent", [-1, 100, 150])
def test_one_continuation_cut_check_everywhere(percent):
    with pytest.raises(ValueError, match="0 och 99"):
        check_continuation_cut(percent)
    with pytest.raises(ValueError, match="0 och 99"):
        FundSettings(continuation_cut_percent=percent)
    with pytest.raises(ValueError, match="0 och 99"):
        AllocationSettings(budgets={}, continuation_cut_percent=percent)


def test_unscored_applications_are_named_as_such_in_the_explanation():
    unscored = candidate(1, score=1.0, scored=False)
    text = explain(solve([unscored], AllocationSettings(budgets={"LUM": 500_000})))[1].text
    assert "Ej bedömd" in text
    assert "Poäng 1,00" not in text


def test_per_call_settings_survive_storage_and_old_versions_still_read():
    settings = two_calls(mode="partial", min_share_percent=60)
    assert settings_from_json(settings_to_json(settings)) == settings
    old = settings_to_json(AllocationSettings(budgets={"LUM": 1}))
    del old["per_fund"]
    assert settings_from_json(old).for_fund("LUM").max_grants_per_organisation == 2
