"""The optimal allocation, as a mixed-integer program solved by HiGHS.

Per open application (eligible, not excluded, not locked) there is a binary
``x`` (granted or not) and, in partial mode, an amount ``y`` in kronor with
``min_amount * x <= y <= max_amount * x``: a semi-continuous grant that is
either nothing or at least the chosen share. In all-or-nothing mode the amount
is simply ``max_amount * x``. Locked grants are constants taken off the
budgets and the per-organisation counts before solving.

In partial mode the solver decides who is granted; the amounts are then
computed exactly in whole kronor (see ``_amounts_in_rank_order``), so no
solver tolerance can cost or add a krona.

Ties. The objective (see ``problem.objective_value``) is an exact integer, so
two proposals either differ by at least 1 or are equally good. A tie-break
term worth less than 1 in total is added: ``2**-rank / 2`` for each granted
application, ranked by higher score and then lower id among the applications
solved together (one fund, or all funds when a total budget ties them). It
never outweighs a real difference, and among equally good proposals it
prefers the one that grants the best-ranked application that differs. The
weights halve per rank, so after about 15 ranks they fall below what the
solver resolves; ties that far down are settled by the fixed order the model
is built in (see ``problem.canonical``), so the result is still the same for
the same input.
"""

import math
from collections import Counter, defaultdict
from collections.abc import Iterable

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import lil_array

from fou.domain.allocation.infeasibility import check_locks
from fou.domain.allocation.model import AllocationSettings, Candidate, GrantExactly, Proposal
from fou.domain.allocation.problem import (
    canonical,
    decisions,
    is_open,
    locked_amount,
    objective_value,
    rank_key,
)
from fou.domain.i18n import _


def solve(
    candidates: Iterable[Candidate],
    settings: AllocationSettings,
    *,
    time_limit: float | None = None,
) -> Proposal:
    """The best allocation under ``settings``.

    Raises ``InfeasibleLocksError`` when the locks cannot all hold, and
    ``ValueError`` for inconsistent input (duplicate ids, a fund without
    budget). ``time_limit`` (seconds, per fund when funds are solved apart)
    returns the best proposal found so far, with ``optimal`` False.
    """
    ordered = canonical(candidates, settings)
    check_locks(ordered, settings)
    amounts = {c.id: locked_amount(c) for c in ordered}
    granted, optimal, gaps = [], True, [0.0]
    for part in _independent_parts(ordered, settings):
        part_granted, part_optimal, gap = _solve_part(ordered, part, settings, time_limit)
        granted += part_granted
        optimal = optimal and part_optimal
        gaps.append(gap)
    if settings.any_partial:
        _amounts_in_rank_order(amounts, ordered, granted, settings)
    else:
        amounts.update({c.id: settings.max_amount(c) for c in granted})
    return Proposal(
        candidates=ordered,
        settings=settings,
        decisions=decisions(ordered, settings, amounts),
        objective=objective_value(amounts, ordered, settings),
        method="milp",
        optimal=optimal,
        mip_gap=max(gaps),
    )


def _independent_parts(ordered, settings) -> list[list[Candidate]]:
    """Without a total budget the funds share nothing, and several small
    programs are proven optimal far sooner than one large one."""
    open_ = [c for c in ordered if is_open(c)]
    if settings.total_budget is not None:
        return [open_] if open_ else []
    funds = sorted({c.fund for c in open_})
    return [[c for c in open_ if c.fund == fund] for fund in funds]


def _solve_part(ordered, part, settings, time_limit):
    n = len(part)
    partial = settings.any_partial
    most = np.array([settings.max_amount(c) for c in part], dtype=float)
    least = np.array([settings.min_amount(c) for c in part], dtype=float)
    points = np.array([c.points for c in part], dtype=float)
    per_amount = settings.objective == "score_times_amount"

    tie_break = _tie_break(part)
    if partial and per_amount:
        cost = np.concatenate([tie_break, points])
    elif partial:
        cost = np.concatenate([tie_break + points, np.zeros(n)])
    else:
        cost = tie_break + (points * most if per_amount else points)
    integrality = np.concatenate([np.ones(n), np.zeros(n)]) if partial else np.ones(n)
    upper = np.concatenate([np.ones(n), most]) if partial else np.ones(n)

    rows, lower_bounds, upper_bounds = _constraints(ordered, part, settings, most, least)
    # HiGHS would stop within 0.01 % of the best; ask for a proof instead, so
    # "optimal" means optimal (the models here are small enough for that).
    options = {"mip_rel_gap": 0}
    if time_limit:
        options["time_limit"] = time_limit
    result = milp(
        -cost,
        integrality=integrality,
        bounds=Bounds(np.zeros(len(cost)), upper),
        constraints=LinearConstraint(rows.tocsr(), lower_bounds, upper_bounds),
        options=options,
    )
    if result.x is None:
        raise RuntimeError(_("Optimeringen gav inget förslag: {message}", message=result.message))

    granted = [c for c, x in zip(part, result.x[:n], strict=True) if round(x)]
    return granted, result.status == 0, result.mip_gap or 0.0


def _tie_break(part: list[Candidate]) -> np.ndarray:
    rank = {c.id: r for r, c in enumerate(sorted(part, key=rank_key))}
    return np.array([2.0 ** -rank[c.id] / 2 for c in part])


def _constraints(ordered, part, settings, most, least):
    """Budget rows per fund and in total, per-organisation counts, and the
    semi-continuous link between ``x`` and ``y`` in partial mode.

    Budget rows are divided by their largest amount: HiGHS misjudges
    feasibility when a row's coefficients run into the hundreds of thousands.
    """
    n = len(part)
    partial = settings.any_partial
    amount_col = [n + i if partial else i for i in range(n)]
    amount_coef = np.ones(n) if partial else most

    budget_rows = []
    for fund in sorted({c.fund for c in part}):
        members = [i for i, c in enumerate(part) if c.fund == fund]
        locked = sum(locked_amount(c) for c in ordered if c.fund == fund)
        budget_rows.append((members, settings.budgets[fund] - locked))
    if settings.total_budget is not None:
        locked = sum(locked_amount(c) for c in ordered)
        budget_rows.append((list(range(n)), settings.total_budget - locked))
    count_rows = list(_organisation_rows(ordered, part, settings))

    height = len(budget_rows) + len(count_rows) + (2 * n if partial else 0)
    rows = lil_array((height, 2 * n if partial else n))
    lower_bounds = np.full(height, -np.inf)
    upper_bounds = np.zeros(height)
    for r, (members, budget) in enumerate(budget_rows):
        scale = max(most[i] for i in members)
        for i in members:
            rows[r, amount_col[i]] = amount_coef[i] / scale
        upper_bounds[r] = budget / scale
    for r, (members, allowed) in enumerate(count_rows, start=len(budget_rows)):
        for i in members:
            rows[r, i] = 1
        upper_bounds[r] = allowed
    if partial:
        base = len(budget_rows) + len(count_rows)
        for i in range(n):
            # most * x - y >= 0 and y - least * x >= 0, scaled like the budgets.
            rows[base + 2 * i, [i, n + i]] = [1, -1 / most[i]]
            rows[base + 2 * i + 1, [i, n + i]] = [-least[i] / most[i], 1 / most[i]]
            lower_bounds[base + 2 * i : base + 2 * i + 2] = 0
            upper_bounds[base + 2 * i : base + 2 * i + 2] = np.inf
    return rows, lower_bounds, upper_bounds


def _organisation_rows(ordered, part, settings):
    locked = Counter(
        (c.fund, c.organisation_key) for c in ordered if isinstance(c.lock, GrantExactly)
    )
    members = defaultdict(list)
    for i, c in enumerate(part):
        members[(c.fund, c.organisation_key)].append(i)
    for key, indices in sorted(members.items()):
        limit = settings.for_fund(key[0]).max_grants_per_organisation
        if limit is None:
            continue
        allowed = limit - locked[key]
        if len(indices) > allowed:
            yield indices, allowed


def _amounts_in_rank_order(amounts, ordered, granted, settings):
    """Give each granted application its minimum, then the rest of the
    budgets from the top of the ranking down.

    For the applications granted this maximises score times amount (the
    higher score always gets the next krona, and fund budgets nest inside the
    total, so filling greedily is optimal); equal scores get money in id
    order; with "score_per_application", where amounts do not count, what the
    budgets allow goes to the best-ranked first.
    """
    for c in granted:
        amounts[c.id] = settings.min_amount(c)
    fund_left = dict(settings.budgets)
    for c in ordered:
        fund_left[c.fund] -= amounts[c.id]
    total_left = math.inf
    if settings.total_budget is not None:
        total_left = settings.total_budget - sum(amounts.values())
    for c in sorted(granted, key=rank_key):
        extra = min(settings.max_amount(c) - amounts[c.id], fund_left[c.fund], total_left)
        amounts[c.id] += extra
        fund_left[c.fund] -= extra
        total_left -= extra
