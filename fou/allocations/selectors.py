from fou.allocations.models import AllocationProposal
from fou.domain.allocation import Status
from fou.domain.allocation.serialise import proposal_from_json
from fou.jobs.models import Job


def proposal_versions(*, year: int):
    return AllocationProposal.objects.filter(year=year).select_related("created_by")


def explanation_job(*, proposal: AllocationProposal):
    """The queue's job that works out this version's explanations (a very
    large call), or None when they were worked out with the version."""
    jobs = Job.objects.filter(kind=Job.Kind.ALLOCATION_EXPLAIN, payload__proposal=proposal.pk)
    return jobs.order_by("-created_at", "-pk").first()


def current_proposal(*, year: int) -> AllocationProposal | None:
    """The chosen version, or else the newest."""
    versions = proposal_versions(year=year)
    return versions.filter(is_chosen=True).first() or versions.first()


def proposal_tables(stored: AllocationProposal) -> list[dict]:
    """Per fund: the rows as the page and the decision document show them."""
    proposal = proposal_from_json(stored.data)
    tables = []
    for total in proposal.fund_totals:
        rows = [
            {
                "decision": d,
                "candidate": d.candidate,
                "granted": d.status == Status.GRANTED,
                "explanation": stored.explanations.get(str(d.candidate.id), ""),
            }
            for d in proposal.decisions
            if d.candidate.fund == total.fund
        ]
        if rows:
            tables.append({"total": total, "rows": rows})
    return tables


def proposal_as_json(stored: AllocationProposal) -> dict:
    """The shape `allocate --json` prints."""
    proposal = proposal_from_json(stored.data)
    granted, refused = [], []
    for d in proposal.decisions:
        row = {
            "fund": d.candidate.fund,
            "organisation": d.candidate.organisation_name,
            "project": d.candidate.project,
        }
        if d.status == Status.GRANTED:
            granted.append({**row, "amount": d.amount})
        else:
            refused.append({**row, "reason": stored.explanations.get(str(d.candidate.id), "")})
    return {
        "call": stored.year,
        "version": stored.number,
        "chosen": stored.is_chosen,
        "funds": {
            t.fund: {"budget": t.budget, "asked_total": t.asked, "granted_total": t.granted}
            for t in proposal.fund_totals
        },
        "granted": granted,
        "refused": refused,
    }
