import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fou.domain.followup.repayments import (
    Repayment,
    RepaymentAction,
    RepaymentRefused,
    RepaymentState,
    apply,
    declare,
    invariant_violations,
)

DEADLINE = datetime.date(2023, 5, 31)
days = st.dates(min_value=datetime.date(2023, 1, 1), max_value=datetime.date(2023, 12, 31))
moves = st.one_of(
    st.sampled_from([a for a in RepaymentAction if a != RepaymentAction.DECLARE]),
    st.tuples(st.integers(min_value=-10, max_value=30_000), days),
)


@given(granted=st.one_of(st.none(), st.integers(0, 25_000)), actions=st.lists(moves, max_size=25))
def test_no_sequence_of_actions_reaches_an_invalid_repayment(granted, actions):
    repayment = Repayment()
    for move in actions:
        try:
            if isinstance(move, tuple):
                amount, on = move
                after = declare(repayment, amount=amount, granted=granted, on=on, deadline=DEADLINE)
                assert after.declared_late == (on > DEADLINE)
            else:
                after = apply(repayment, move)
        except RepaymentRefused as refusal:
            assert str(refusal)
            continue
        assert invariant_violations(after) == []
        if repayment.state in (RepaymentState.REPAID, RepaymentState.WRITTEN_OFF):
            pytest.fail("a settled repayment moved on")
        repayment = after


def test_a_declaration_after_the_deadline_is_accepted_and_flagged_late():
    late = declare(
        Repayment(), amount=5_000, granted=25_000, on=datetime.date(2023, 6, 1), deadline=DEADLINE
    )
    assert (late.state, late.amount, late.declared_late) == (RepaymentState.DECLARED, 5_000, True)


def test_declaring_more_than_granted_is_refused():
    with pytest.raises(RepaymentRefused, match="större än det beviljade"):
        declare(Repayment(), amount=30_000, granted=25_000, on=DEADLINE, deadline=DEADLINE)


def test_an_invoiced_repayment_cannot_be_redeclared():
    declared = declare(Repayment(), amount=1, granted=None, on=DEADLINE, deadline=None)
    invoiced = apply(declared, RepaymentAction.INVOICE)
    with pytest.raises(RepaymentRefused, match="redan fakturerad"):
        declare(invoiced, amount=2, granted=None, on=DEADLINE, deadline=None)
    assert apply(invoiced, RepaymentAction.MARK_REPAID).state == RepaymentState.REPAID


def test_nothing_to_repay_cannot_be_invoiced():
    nothing = declare(Repayment(), amount=0, granted=10, on=DEADLINE, deadline=DEADLINE)
    assert nothing.state == RepaymentState.NOTHING_TO_REPAY
    with pytest.raises(RepaymentRefused):
        apply(nothing, RepaymentAction.INVOICE)
