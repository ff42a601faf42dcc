"""Builders and an independent constraint check for the allocation tests."""

from collections import Counter, defaultdict

from fou.domain.allocation import Candidate, GrantExactly, Proposal, Refuse

ORGANISATIONS = {"farsta": "Farsta", "skarpnack": "Skarpnäck", "norrmalm": "Norrmalm"}


def candidate(id: int, **overrides) -> Candidate:
    fields = {
        "fund": "LUM",
        "organisation_key": "farsta",
        "project": f"Projekt {id}",
        "score": 3.0,
        "asked": 100_000,
    }
    fields.update(overrides)
    fields.setdefault("organisation_name", ORGANISATIONS.get(fields["organisation_key"], "Okänd"))
    return Candidate(id=id, **fields)


def violations(proposal: Proposal) -> list[str]:
    """Every broken constraint, checked from the rules themselves rather than
    through the optimiser's own helpers."""
    s = proposal.settings
    found = []
    granted = defaultdict(int)
    count = Counter()
    for d in proposal.decisions:
        c, amount = d.candidate, d.amount
        if type(amount) is not int:
            found.append(f"{c.id}: amount {amount!r} is not int")
        granted[c.fund] += amount
        if amount > 0:
            count[(c.fund, c.organisation_key)] += 1
        most = min(c.asked, s.cap_per_application.get(c.fund, c.asked))
        if c.project_year > 1:
            most = min(most, c.asked * (100 - s.continuation_cut_percent) // 100)
        least = most if s.mode == "all_or_nothing" else -(-most * s.min_share_percent // 100)
        if not c.eligible or c.warning_unresolved or isinstance(c.lock, Refuse):
            if amount != 0:
                found.append(f"{c.id}: excluded or refused but got {amount}")
        elif isinstance(c.lock, GrantExactly):
            if amount != c.lock.amount:
                found.append(f"{c.id}: locked to {c.lock.amount} but got {amount}")
        elif amount != 0 and not least <= amount <= most:
            found.append(f"{c.id}: {amount} outside [{least}, {most}]")
    for fund, total in granted.items():
        if total > s.budgets[fund]:
            found.append(f"{fund}: {total} over budget {s.budgets[fund]}")
    if s.total_budget is not None and sum(granted.values()) > s.total_budget:
        found.append(f"total {sum(granted.values())} over {s.total_budget}")
    limit = s.max_grants_per_organisation
    for key, n in count.items():
        if limit is not None and n > limit:
            found.append(f"{key}: {n} grants, limit {limit}")
    return found
