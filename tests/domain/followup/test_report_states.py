import pytest
from hypothesis import given
from hypothesis import strategies as st

from fou.domain.followup.reports import (
    Report,
    ReportAction,
    ReportRefused,
    ReportState,
    allowed_actions,
    apply,
    invariant_violations,
)

steps = st.lists(
    st.tuples(st.sampled_from(list(ReportAction)), st.sampled_from(["", "  ", "Komplettera"])),
    max_size=30,
)


@given(is_final=st.booleans(), actions=steps)
def test_no_sequence_of_actions_reaches_an_invalid_report(is_final, actions):
    report = Report(is_final_report=is_final)
    for action, comment in actions:
        try:
            after = apply(report, action, comment=comment)
        except ReportRefused as refusal:
            assert str(refusal)
            continue
        assert action in allowed_actions(report)
        assert invariant_violations(after) == []
        if report.state == ReportState.APPROVED:
            # Nothing the owner does changes an approved report.
            assert after.state == ReportState.APPROVED
        report = after


def submitted() -> Report:
    return apply(Report(), ReportAction.SUBMIT)


def test_returned_needs_a_comment_and_can_be_resubmitted():
    with pytest.raises(ReportRefused, match="Skriv vad som ska rättas"):
        apply(submitted(), ReportAction.RETURN, comment=" ")
    returned = apply(submitted(), ReportAction.RETURN, comment="Bifoga budgeten")
    assert returned.state == ReportState.RETURNED
    again = apply(returned, ReportAction.SUBMIT)
    assert (again.state, again.times_submitted, again.return_comment) == (
        ReportState.SUBMITTED,
        2,
        "Bifoga budgeten",
    )


def test_a_draft_cannot_be_approved():
    with pytest.raises(ReportRefused, match="Bara en inskickad rapport kan godkännas"):
        apply(Report(), ReportAction.APPROVE)


def test_only_an_approved_final_report_can_be_published():
    approved = apply(submitted(), ReportAction.APPROVE)
    assert apply(approved, ReportAction.PUBLISH).publishable
    trip = Report(state=ReportState.APPROVED, times_submitted=1, is_final_report=False)
    with pytest.raises(ReportRefused, match="slutrapport"):
        apply(trip, ReportAction.PUBLISH)


def test_an_approved_report_cannot_be_changed():
    approved = apply(submitted(), ReportAction.APPROVE)
    with pytest.raises(ReportRefused, match="kan inte längre ändras"):
        apply(approved, ReportAction.SAVE)
