"""Rank and fill: how allocations are made by hand, kept as the yardstick.

Sort by score, grant each application what the rules allow while the money
lasts and skip what does not fit. It obeys every constraint the optimiser
obeys, so the two are judged by the same objective on the same terms.
"""

from collections import Counter
from collections.abc import Iterable

from fou.domain.allocation.infeasibility import check_locks
from fou.domain.allocation.model import AllocationSettings, Candidate, Proposal
from fou.domain.allocation.problem import (
    canonical,
    decisions,
    is_open,
    locked_amount,
    objective_value,
    rank_key,
)


def greedy(candidates: Iterable[Candidate], settings: AllocationSettings) -> Proposal:
    ordered = canonical(candidates, settings)
    check_locks(ordered, settings)
    amounts = {c.id: locked_amount(c) for c in ordered}

    fund_left = dict(settings.budgets)
    total_left = settings.total_budget
    grants = Counter()
    for c in ordered:
        if amounts[c.id]:
            fund_left[c.fund] -= amounts[c.id]
            total_left = None if total_left is None else total_left - amounts[c.id]
            grants[(c.fund, c.organisation_key)] += 1

    for c in sorted(filter(is_open, ordered), key=rank_key):
        limit = settings.for_fund(c.fund).max_grants_per_organisation
        if limit is not None and grants[(c.fund, c.organisation_key)] >= limit:
            continue
        room = fund_left[c.fund] if total_left is None else min(fund_left[c.fund], total_left)
        # In partial mode the last one to fit may get less, as long as it
        # gets at least its minimum share.
        amount = min(settings.max_amount(c), room)
        if amount < settings.min_amount(c):
            continue
        amounts[c.id] = amount
        fund_left[c.fund] -= amount
        total_left = None if total_left is None else total_left - amount
        grants[(c.fund, c.organisation_key)] += 1

    return Proposal(
        candidates=ordered,
        settings=settings,
        decisions=decisions(ordered, settings, amounts),
        objective=objective_value(amounts, ordered, settings),
        method="greedy",
        optimal=False,
    )
