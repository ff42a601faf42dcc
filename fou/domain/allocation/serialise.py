"""Proposals to and from plain JSON, so a stored version can be shown and
compared again exactly as it was computed."""

from dataclasses import asdict

from fou.domain.allocation.model import (
    AllocationSettings,
    Candidate,
    Decision,
    FundSettings,
    GrantExactly,
    Proposal,
    Refuse,
    Status,
)


def _lock_to_json(lock) -> dict | None:
    if isinstance(lock, GrantExactly):
        return {"kind": "grant", "amount": lock.amount, "reason": lock.reason}
    if isinstance(lock, Refuse):
        return {"kind": "refuse", "reason": lock.reason}
    return None


def lock_from_json(data: dict | None):
    if not data:
        return None
    if data["kind"] == "grant":
        return GrantExactly(amount=data["amount"], reason=data["reason"])
    return Refuse(reason=data["reason"])


def candidate_to_json(c: Candidate) -> dict:
    return {
        "id": c.id,
        "fund": c.fund,
        "organisation_key": c.organisation_key,
        "organisation_name": c.organisation_name,
        "project": c.project,
        "score": c.score,
        "asked": c.asked,
        "project_year": c.project_year,
        "eligible": c.eligible,
        "exclusion_reason": c.exclusion_reason,
        "warning_unresolved": c.warning_unresolved,
        "lock": _lock_to_json(c.lock),
        "organisations": c.organisations,
        "scored": c.scored,
    }


def candidate_from_json(data: dict) -> Candidate:
    return Candidate(**{**data, "lock": lock_from_json(data.get("lock"))})


def settings_to_json(s: AllocationSettings) -> dict:
    return {
        "budgets": dict(s.budgets),
        "total_budget": s.total_budget,
        "mode": s.mode,
        "min_share_percent": s.min_share_percent,
        "cap_per_application": dict(s.cap_per_application),
        "max_grants_per_organisation": s.max_grants_per_organisation,
        "continuation_cut_percent": s.continuation_cut_percent,
        "objective": s.objective,
        "per_fund": {fund: asdict(own) for fund, own in s.per_fund.items()},
    }


def settings_from_json(data: dict) -> AllocationSettings:
    """Versions stored before settings were per call have no ``per_fund``."""
    per_fund = {fund: FundSettings(**own) for fund, own in data.get("per_fund", {}).items()}
    return AllocationSettings(**{**data, "per_fund": per_fund})


def proposal_to_json(p: Proposal) -> dict:
    return {
        "candidates": [candidate_to_json(c) for c in p.candidates],
        "settings": settings_to_json(p.settings),
        "decisions": [
            {
                "candidate": d.candidate.id,
                "amount": d.amount,
                "status": d.status.value,
                "max_amount": d.max_amount,
            }
            for d in p.decisions
        ],
        "objective": p.objective,
        "method": p.method,
        "optimal": p.optimal,
        "mip_gap": p.mip_gap,
    }


def proposal_from_json(data: dict) -> Proposal:
    candidates = tuple(candidate_from_json(c) for c in data["candidates"])
    by_id = {c.id: c for c in candidates}
    decisions = tuple(
        Decision(
            candidate=by_id[d["candidate"]],
            amount=d["amount"],
            status=Status(d["status"]),
            max_amount=d["max_amount"],
        )
        for d in data["decisions"]
    )
    return Proposal(
        candidates=candidates,
        settings=settings_from_json(data["settings"]),
        decisions=decisions,
        objective=data["objective"],
        method=data["method"],
        optimal=data["optimal"],
        mip_gap=data["mip_gap"],
    )
