"""The allocation optimiser: proposes who gets how much within the budgets.

Plain Python over frozen dataclasses; the web layer and the ``allocate``
command build ``Candidate`` and ``AllocationSettings`` from their models and
call ``solve``, ``explain`` and ``compare``.
"""

from fou.domain.allocation.baseline import greedy
from fou.domain.allocation.compare import STATUS_LABELS, Comparison, compare
from fou.domain.allocation.explain import Explanation, explain
from fou.domain.allocation.infeasibility import InfeasibleLocksError
from fou.domain.allocation.model import (
    AllocationSettings,
    Candidate,
    Decision,
    FundSettings,
    FundTotal,
    GrantExactly,
    Proposal,
    Refuse,
    Status,
)
from fou.domain.allocation.problem import objective_value
from fou.domain.allocation.solver import solve

__all__ = [
    "STATUS_LABELS",
    "AllocationSettings",
    "Candidate",
    "Comparison",
    "Decision",
    "Explanation",
    "FundSettings",
    "FundTotal",
    "GrantExactly",
    "InfeasibleLocksError",
    "Proposal",
    "Refuse",
    "Status",
    "compare",
    "explain",
    "greedy",
    "objective_value",
    "solve",
]
