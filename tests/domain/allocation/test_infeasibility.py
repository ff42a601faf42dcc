"""Locks that cannot all hold: the officer is told which and by how much."""

import re

import pytest

from fou.domain.allocation import (
    AllocationSettings,
    GrantExactly,
    InfeasibleLocksError,
    greedy,
    solve,
)
from tests.domain.allocation.helpers import candidate

NBSP = "\u00a0"


def kr(text: str) -> str:
    """Non-breaking spaces inside amounts, as ``format_kronor`` writes them."""
    return re.sub(r"(?<=\d) (?=\d|kr)", NBSP, text)


def locked(id: int, amount: int, **overrides):
    return candidate(id, asked=500_000, lock=GrantExactly(amount, "Beslut."), **overrides)


def lum(budget: int, **options) -> AllocationSettings:
    return AllocationSettings(budgets={"LUM": budget}, **options)


def conflicts(candidates, settings) -> tuple[str, ...]:
    with pytest.raises(InfeasibleLocksError) as raised:
        solve(candidates, settings)
    return raised.value.conflicts


def test_locks_over_the_fund_budget_name_the_locks_and_the_excess():
    candidates = [locked(1, 300_000), locked(2, 300_000, organisation_key="skarpnack")]

    assert conflicts(candidates, lum(500_000)) == (
        kr(
            "De låsta beviljandena («Projekt 1» 300 000 kr, «Projekt 2» 300 000 kr) är tillsammans "
            "600 000 kr, 100 000 kr mer än budgeten för LUM på 500 000 kr."
        ),
    )


def test_locks_over_the_total_budget_are_named():
    candidates = [locked(1, 300_000), locked(2, 20_000, fund="MUL")]
    settings = AllocationSettings(budgets={"LUM": 300_000, "MUL": 25_000}, total_budget=310_000)

    (conflict,) = conflicts(candidates, settings)

    assert f"10{NBSP}000{NBSP}kr mer än totalbudgeten" in conflict


def test_too_many_locks_for_one_organisation_are_named():
    candidates = [locked(i, 100_000) for i in (1, 2, 3)]

    assert conflicts(candidates, lum(1_000_000, max_grants_per_organisation=2)) == (
        "Farsta har 3 låsta beviljanden i LUM («Projekt 1», «Projekt 2», «Projekt 3»), "
        "men högst 2 får beviljas per förvaltning: lås upp 1.",
    )


def test_a_lock_above_what_the_rules_allow_is_named():
    candidates = [locked(1, 450_000, project_year=2)]

    assert conflicts(candidates, lum(1_000_000, continuation_cut_percent=20)) == (
        f"«Projekt 1» (Farsta) är låst till 450{NBSP}000{NBSP}kr, men högst 400{NBSP}000{NBSP}kr "
        f"får beviljas: 50{NBSP}000{NBSP}kr för mycket.",
    )


def test_a_lock_on_an_excluded_application_is_named():
    candidates = [locked(1, 100_000, eligible=False, exclusion_reason="Ingen jämställdhetsanalys")]

    assert conflicts(candidates, lum(1_000_000)) == (
        f"«Projekt 1» (Farsta) är låst till 100{NBSP}000{NBSP}kr, men ansökan är utesluten: "
        "Ingen jämställdhetsanalys.",
    )


def test_every_conflict_is_in_the_message_and_greedy_refuses_too():
    candidates = [locked(i, 300_000) for i in (1, 2, 3)]
    settings = lum(500_000, max_grants_per_organisation=2)

    with pytest.raises(InfeasibleLocksError) as raised:
        greedy(candidates, settings)

    assert len(raised.value.conflicts) == 2
    assert str(raised.value).startswith("Låsningarna går inte att uppfylla samtidigt:\n– De låsta")
