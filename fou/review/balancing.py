"""Balanced assignment of reviewers to applications, without Django.

Each application gets up to ``per_application`` reviewers, never one with a
conflict of interest. Loads are spread evenly: first greedily (least-loaded
reviewer first, the most constrained application first), then by moving new
assignments from the most to the least loaded reviewer while that is allowed.
Everything is ordered by id, so the same input always gives the same result.
"""

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Balanced:
    new: list[tuple[int, int]]  # (application id, reviewer id)
    short: dict[int, int]  # application id -> reviewers still missing


def balance(
    *,
    applications: Iterable[int],
    reviewers: Iterable[int],
    conflicts: set[tuple[int, int]],
    existing: Iterable[tuple[int, int]] = (),
    per_application: int = 2,
) -> Balanced:
    applications, reviewers = sorted(set(applications)), sorted(set(reviewers))
    assigned = {a: set() for a in applications}
    load = dict.fromkeys(reviewers, 0)
    for application, reviewer in existing:
        if application in assigned:
            assigned[application].add(reviewer)
            if reviewer in load:
                load[reviewer] += 1

    def allowed(application: int, reviewer: int) -> bool:
        return (application, reviewer) not in conflicts and reviewer not in assigned[application]

    def eligible_count(application: int) -> int:
        return sum(allowed(application, r) for r in reviewers)

    new: list[tuple[int, int]] = []
    for application in sorted(applications, key=lambda a: (eligible_count(a), a)):
        needed = per_application - len(assigned[application])
        candidates = sorted(
            (r for r in reviewers if allowed(application, r)), key=lambda r: (load[r], r)
        )
        for reviewer in candidates[: max(needed, 0)]:
            assigned[application].add(reviewer)
            load[reviewer] += 1
            new.append((application, reviewer))

    new = _even_out(new, reviewers, load, assigned, conflicts)
    short = {
        a: per_application - len(assigned[a])
        for a in applications
        if len(assigned[a]) < per_application
    }
    return Balanced(new=sorted(new), short=short)


def _even_out(new, reviewers, load, assigned, conflicts):
    """Move a new assignment from a reviewer with two or more above another
    to that one, until no such move is allowed. Each move lowers the sum of
    squared loads, so this ends."""
    new = list(new)
    moved = True
    while moved:
        moved = False
        for low in sorted(reviewers, key=lambda r: (load[r], r)):
            for index, (application, high) in enumerate(new):
                if load[high] - load[low] < 2:
                    continue
                if (application, low) in conflicts or low in assigned[application]:
                    continue
                assigned[application].discard(high)
                assigned[application].add(low)
                load[high] -= 1
                load[low] += 1
                new[index] = (application, low)
                moved = True
                break
            if moved:
                break
    return new
