"""The optimiser's decisions on small, hand-checked calls."""

import pytest

from fou.domain.allocation import (
    AllocationSettings,
    GrantExactly,
    Refuse,
    Status,
    greedy,
    solve,
)
from tests.domain.allocation.helpers import candidate


def lum(budget: int, **options) -> AllocationSettings:
    return AllocationSettings(budgets={"LUM": budget}, **options)


def test_beats_rank_and_fill_where_the_best_one_blocks_two_good_ones():
    candidates = [
        candidate(1, score=5, asked=60_000, organisation_key="farsta"),
        candidate(2, score=4, asked=50_000, organisation_key="skarpnack"),
        candidate(3, score=4, asked=50_000, organisation_key="norrmalm"),
    ]

    assert greedy(candidates, lum(100_000)).amounts == {1: 60_000, 2: 0, 3: 0}
    assert solve(candidates, lum(100_000)).amounts == {1: 0, 2: 50_000, 3: 50_000}


def test_equal_scores_go_to_the_earlier_application():
    candidates = [candidate(2, organisation_key="skarpnack"), candidate(1)]

    assert solve(candidates, lum(100_000)).amounts == {1: 100_000, 2: 0}


def test_equally_valuable_choices_go_to_the_higher_score():
    # 4 x 50 000 and 2 x 100 000 are worth the same.
    candidates = [
        candidate(1, score=2, asked=100_000),
        candidate(2, score=4, asked=50_000, organisation_key="skarpnack"),
    ]

    assert solve(candidates, lum(100_000)).amounts == {1: 0, 2: 50_000}


def test_continuing_projects_get_at_most_the_cut_share_of_what_they_asked():
    candidates = [candidate(1, asked=500_000, project_year=2)]

    proposal = solve(candidates, lum(1_000_000, continuation_cut_percent=20))

    assert proposal.amounts == {1: 400_000}
    assert proposal.decision(1).max_amount == 400_000


def test_the_cap_limits_each_grant():
    proposal = solve(
        [candidate(1, asked=600_000)], lum(1_000_000, cap_per_application={"LUM": 500_000})
    )

    assert proposal.amounts == {1: 500_000}


def test_at_most_the_limit_per_organisation_and_fund():
    candidates = [candidate(i, score=i) for i in (1, 2, 3)]

    proposal = solve(candidates, lum(1_000_000, max_grants_per_organisation=2))

    assert proposal.amounts == {1: 0, 2: 100_000, 3: 100_000}


def test_partial_mode_grants_down_to_the_minimum_share():
    candidates = [candidate(1, score=4), candidate(2, score=3, organisation_key="skarpnack")]

    assert solve(candidates, lum(180_000)).amounts == {1: 100_000, 2: 0}
    assert solve(candidates, lum(180_000, mode="partial", min_share_percent=80)).amounts == {
        1: 100_000,
        2: 80_000,
    }


def test_partial_mode_gives_money_between_equal_scores_in_rank_order():
    candidates = [candidate(i, organisation_key=k) for i, k in ((1, "farsta"), (2, "skarpnack"))]

    proposal = solve(candidates, lum(170_000, mode="partial", min_share_percent=50))

    assert proposal.amounts == {1: 100_000, 2: 70_000}


def test_score_per_application_prefers_many_good_projects_to_one_large():
    candidates = [
        candidate(1, score=5, asked=100_000),
        candidate(2, score=3, asked=50_000, organisation_key="skarpnack"),
        candidate(3, score=3, asked=50_000, organisation_key="norrmalm"),
    ]

    assert solve(candidates, lum(100_000)).amounts == {1: 100_000, 2: 0, 3: 0}
    assert solve(candidates, lum(100_000, objective="score_per_application")).amounts == {
        1: 0,
        2: 50_000,
        3: 50_000,
    }


def test_locks_take_their_amount_and_place_first():
    candidates = [
        candidate(1, score=1, lock=GrantExactly(30_000, "Prioriterat av nämnden.")),
        candidate(2, score=5, lock=Refuse("Utvärderas i annat projekt.")),
        candidate(3, score=4),
        candidate(4, score=3),
    ]

    proposal = solve(candidates, lum(130_000, max_grants_per_organisation=2))

    assert proposal.amounts == {1: 30_000, 2: 0, 3: 100_000, 4: 0}
    assert proposal.decision(2).status == Status.REFUSED


def test_excluded_applications_get_nothing():
    candidates = [
        candidate(1, eligible=False, exclusion_reason="Rapporten för 2022 är inte godkänd."),
        candidate(2, warning_unresolved=True, organisation_key="skarpnack"),
    ]

    proposal = solve(candidates, lum(1_000_000))

    assert proposal.amounts == {1: 0, 2: 0}
    assert {d.status for d in proposal.decisions} == {Status.EXCLUDED}


def test_a_total_budget_binds_across_funds():
    candidates = [candidate(1, score=4), candidate(2, fund="MUL", score=5, asked=25_000)]
    settings = AllocationSettings(budgets={"LUM": 100_000, "MUL": 25_000}, total_budget=110_000)

    assert solve(candidates, settings).amounts == {1: 100_000, 2: 0}


def test_no_candidates_give_an_empty_proposal():
    proposal = solve([], lum(100_000))

    assert proposal.decisions == ()
    assert proposal.objective == 0
    assert proposal.fund_totals[0].budget == 100_000


@pytest.mark.parametrize(
    ("candidates", "message"),
    [
        ([candidate(1), candidate(1)], "Samma ansökan finns flera gånger: [1]."),
        ([candidate(1, fund="MUL")], "Budget saknas för MUL."),
    ],
)
def test_inconsistent_input_is_refused(candidates, message):
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("]", r"\]")):
        solve(candidates, lum(100_000))


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"budgets": {"LUM": -1}}, "Budgeten för LUM kan inte vara negativ."),
        ({"budgets": {}, "min_share_percent": 0}, "Lägsta andel måste vara mellan 1 och 100 %."),
        ({"budgets": {}, "mode": "some"}, "Okänt läge: some."),
    ],
)
def test_settings_out_of_range_are_refused(options, message):
    with pytest.raises(ValueError, match=message):
        AllocationSettings(**options)


def test_candidates_out_of_range_are_refused():
    with pytest.raises(ValueError, match="Ansökan 1: sökt belopp måste vara större än 0 kr."):
        candidate(1, asked=0)
    with pytest.raises(ValueError, match="Ansökan 1: projektåret måste vara 1, 2 eller 3."):
        candidate(1, project_year=4)
