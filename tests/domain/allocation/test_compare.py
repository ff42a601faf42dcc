"""What-if: two proposals side by side."""

from dataclasses import replace

from fou.domain.allocation import AllocationSettings, Status, compare, solve
from tests.domain.allocation.helpers import candidate

CANDIDATES = [
    candidate(1, score=5),
    candidate(2, score=4, organisation_key="skarpnack"),
    candidate(3, fund="MUL", asked=25_000),
]
BEFORE = AllocationSettings(budgets={"LUM": 180_000, "MUL": 25_000}, mode="partial")


def test_a_larger_budget_shows_who_gains():
    before = solve(CANDIDATES, BEFORE)
    after = solve(CANDIDATES, replace(BEFORE, budgets={"LUM": 200_000, "MUL": 25_000}))

    comparison = compare(before, after)

    changes = {c.candidate_id: c for c in comparison.applications}
    assert (changes[2].amount_before, changes[2].amount_after) == (80_000, 100_000)
    assert changes[2].summary == "höjd med 20\u00a0000\u00a0kr"
    assert changes[1].summary == "oförändrad"
    assert [c.candidate_id for c in comparison.changed] == [2]
    lum = next(f for f in comparison.funds if f.fund == "LUM")
    assert (lum.budget_before, lum.budget_after, lum.difference) == (180_000, 200_000, 20_000)


def test_a_change_of_mode_shows_status_changes():
    before = solve(CANDIDATES, BEFORE)
    after = solve(CANDIDATES, replace(BEFORE, mode="all_or_nothing"))

    change = next(c for c in compare(before, after).applications if c.candidate_id == 2)

    assert (change.status_before, change.status_after) == (Status.GRANTED, Status.REFUSED)
    assert change.summary == "beviljad → avslagen"
    assert change.difference == -80_000


def test_an_application_in_only_one_proposal_is_marked():
    before = solve(CANDIDATES[:2], BEFORE)
    after = solve(CANDIDATES, BEFORE)

    change = next(c for c in compare(before, after).applications if c.candidate_id == 3)

    assert change.summary == "ny i detta förslag"
    assert change.amount_before is None


def test_an_application_refused_in_both_proposals_says_so_without_amounts():
    tight = replace(BEFORE, mode="all_or_nothing", budgets={"LUM": 100_000, "MUL": 25_000})
    before = solve(CANDIDATES, tight)
    after = solve(CANDIDATES, tight)

    change = next(c for c in compare(before, after).applications if c.candidate_id == 2)

    assert (change.status_before, change.status_after) == (Status.REFUSED, Status.REFUSED)
    assert change.summary == "ej beviljad i någon version (avslagen)"
    assert not change.changed
