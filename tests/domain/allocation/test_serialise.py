from fou.domain.allocation import AllocationSettings, GrantExactly, Refuse, compare, solve
from fou.domain.allocation.serialise import proposal_from_json, proposal_to_json
from tests.domain.allocation.helpers import candidate


def test_a_stored_proposal_reads_back_equal():
    candidates = [
        candidate(1, asked=500_000, score=4.0, lock=GrantExactly(300_000, "Nämndens önskemål")),
        candidate(2, organisation_key="bromma", asked=400_000, score=3.0),
        candidate(3, organisation_key="bromma", asked=200_000, score=2.0, lock=Refuse("Avslås")),
    ]
    settings = AllocationSettings(budgets={"LUM": 700_000}, mode="partial")
    proposal = solve(candidates, settings)
    again = proposal_from_json(proposal_to_json(proposal))
    assert again == proposal
    assert not compare(proposal, again).changed
