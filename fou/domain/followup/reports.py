"""A grant's report (final or travel report with its spending) and its moves.

The owner writes and submits; the grants officer approves or returns with a
comment; the owner corrects and submits again. An approved report is what
the "earlier report approved" rule reads, and only an approved final report
may be published in the knowledge bank.
"""

from dataclasses import dataclass, replace
from enum import StrEnum

from fou.domain.i18n import _


class ReportState(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    APPROVED = "approved"


class ReportAction(StrEnum):
    SAVE = "save"
    SUBMIT = "submit"
    RETURN = "return"
    APPROVE = "approve"
    PUBLISH = "publish"
    UNPUBLISH = "unpublish"


class ReportRefused(ValueError):
    """A move the report's state does not allow; the message is for people."""


@dataclass(frozen=True)
class Report:
    state: ReportState = ReportState.DRAFT
    # The officer's latest comment when returning; kept after resubmission so
    # the owner can see what was asked for.
    return_comment: str = ""
    times_submitted: int = 0
    publishable: bool = False
    # Only final reports of projects go to the knowledge bank, not trips'.
    is_final_report: bool = True


# Who may do what, from which state. The owner may still correct a submitted
# report until the officer has acted on it; the officer's approval is then
# checked against the version they read (optimistic locking in the web layer).
OWNER_EDITABLE = frozenset({ReportState.DRAFT, ReportState.SUBMITTED, ReportState.RETURNED})

MESSAGES = {
    ReportAction.SAVE: _("Rapporten är godkänd och kan inte längre ändras."),
    ReportAction.SUBMIT: _("Rapporten är godkänd och kan inte skickas in igen."),
    ReportAction.RETURN: _("Bara en inskickad rapport kan returneras."),
    ReportAction.APPROVE: _("Bara en inskickad rapport kan godkännas."),
    ReportAction.PUBLISH: _("Bara en godkänd slutrapport kan publiceras i kunskapsbanken."),
    ReportAction.UNPUBLISH: _("Rapporten är inte markerad för kunskapsbanken."),
}


def allowed_actions(report: Report) -> frozenset[ReportAction]:
    actions = set()
    if report.state in OWNER_EDITABLE:
        actions |= {ReportAction.SAVE, ReportAction.SUBMIT}
    if report.state == ReportState.SUBMITTED:
        actions |= {ReportAction.RETURN, ReportAction.APPROVE}
    if report.state == ReportState.APPROVED and report.is_final_report:
        actions.add(ReportAction.UNPUBLISH if report.publishable else ReportAction.PUBLISH)
    return frozenset(actions)


def apply(report: Report, action: ReportAction, *, comment: str = "") -> Report:
    """The report after ``action``, or ``ReportRefused`` saying why not."""
    if action not in allowed_actions(report):
        raise ReportRefused(MESSAGES[action])
    if action == ReportAction.SAVE:
        return report
    if action == ReportAction.SUBMIT:
        return replace(
            report, state=ReportState.SUBMITTED, times_submitted=report.times_submitted + 1
        )
    if action == ReportAction.RETURN:
        if not comment.strip():
            raise ReportRefused(_("Skriv vad som ska rättas innan du returnerar rapporten."))
        return replace(report, state=ReportState.RETURNED, return_comment=comment.strip())
    if action == ReportAction.APPROVE:
        return replace(report, state=ReportState.APPROVED)
    return replace(report, publishable=action == ReportAction.PUBLISH)


def invariant_violations(report: Report) -> list[str]:
    """What would make a stored report nonsense; empty for every reachable one."""
    problems = []
    if report.state != ReportState.DRAFT and report.times_submitted < 1:
        problems.append("handled or submitted without ever being submitted")
    if report.state == ReportState.DRAFT and report.times_submitted > 0:
        problems.append("back to draft after submission")
    if report.state == ReportState.RETURNED and not report.return_comment:
        problems.append("returned without a comment")
    if report.publishable and report.state != ReportState.APPROVED:
        problems.append("publishable but not approved")
    if report.publishable and not report.is_final_report:
        problems.append("a travel report marked for the knowledge bank")
    return problems
