"""Explaining a proposal as a background job (see fou.jobs.handlers)."""

from fou.allocations.services import proposal_explain
from fou.jobs.handlers import handles


@handles("allocation_explain")
def allocation_explain(job) -> dict:
    proposal = proposal_explain(proposal_id=job.payload["proposal"])
    return {"explained": len(proposal.explanations)}
