"""The council's scores decide who is funded when the budget does not reach."""

from fou.allocations.candidates import build_candidates
from fou.applications.models import Status
from fou.domain.allocation import AllocationSettings, solve
from fou.domain.allocation import Status as Decided
from tests import factories


def test_the_better_scored_application_is_funded(lum_call, farsta, skarpnack):
    olle = factories.user("olle", "council", factories.organisation("Södermalm"))
    strategic = factories.criterion(lum_call, weight=3)
    weaker = factories.application(
        lum_call, farsta, status=Status.UNDER_REVIEW, title="Svagare", amount_asked=300_000
    )
    stronger = factories.application(
        lum_call, skarpnack, status=Status.UNDER_REVIEW, title="Starkare", amount_asked=300_000
    )
    factories.review(weaker, olle, {strategic: 2})
    factories.review(stronger, olle, {strategic: 5})

    candidates, _left_out = build_candidates(lum_call.year, {})
    scores = {c.project: c.score for c in candidates}
    assert scores == {"Svagare": 2.0, "Starkare": 5.0}
    proposal = solve(candidates, AllocationSettings(budgets={"LUM": 300_000}))
    assert proposal.decision(stronger.pk).status == Decided.GRANTED
    assert proposal.decision(weaker.pk).status == Decided.REFUSED
