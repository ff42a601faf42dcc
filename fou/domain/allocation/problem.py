"""What the optimiser and the greedy baseline share: order, objective, checks."""

from collections import Counter
from collections.abc import Iterable, Mapping

from fou.domain.allocation.model import (
    AllocationSettings,
    Candidate,
    Decision,
    GrantExactly,
    Refuse,
    Status,
)
from fou.domain.i18n import _


def rank_key(candidate: Candidate) -> tuple[int, int]:
    """Higher score first; among equal scores the lower id, i.e. the earlier application."""
    return (-candidate.points, candidate.id)


def canonical(
    candidates: Iterable[Candidate], settings: AllocationSettings
) -> tuple[Candidate, ...]:
    """Validate and put candidates in one fixed order, so the result never
    depends on the order the caller happened to list them in."""
    ordered = tuple(sorted(candidates, key=lambda c: (c.fund, *rank_key(c))))
    duplicates = [key for key, n in Counter(c.id for c in ordered).items() if n > 1]
    if duplicates:
        raise ValueError(_("Samma ansökan finns flera gånger: {ids}.", ids=sorted(duplicates)))
    missing = sorted({c.fund for c in ordered} - set(settings.budgets))
    if missing:
        raise ValueError(_("Budget saknas för {funds}.", funds=", ".join(missing)))
    return ordered


def is_open(candidate: Candidate) -> bool:
    """Whether the optimiser decides this one (not excluded, not locked)."""
    return not candidate.excluded and candidate.lock is None


def locked_amount(candidate: Candidate) -> int:
    lock = candidate.lock
    return lock.amount if isinstance(lock, GrantExactly) else 0


def objective_value(
    amounts: Mapping[int, int], candidates: Iterable[Candidate], settings: AllocationSettings
) -> int:
    """The value every proposal is judged by, exactly, in integer arithmetic."""
    if settings.objective == "score_times_amount":
        return sum(c.points * amounts.get(c.id, 0) for c in candidates)
    return sum(c.points for c in candidates if amounts.get(c.id, 0) > 0)


def decisions(
    candidates: tuple[Candidate, ...], settings: AllocationSettings, amounts: Mapping[int, int]
) -> tuple[Decision, ...]:
    result = []
    for c in candidates:
        amount = amounts.get(c.id, 0)
        if c.excluded:
            status = Status.EXCLUDED
        elif isinstance(c.lock, Refuse) or amount == 0:
            status = Status.REFUSED
        else:
            status = Status.GRANTED
        result.append(Decision(c, amount, status, settings.max_amount(c)))
    return tuple(result)
