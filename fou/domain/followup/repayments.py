"""Unused funds: the owner declares them, the office invoices, the money comes
back or the claim is written off.

A declaration after the call's repayment deadline is accepted and flagged as
late (the money is still owed); declaring nothing to repay stops reminders.
"""

import datetime
from dataclasses import dataclass, replace
from enum import StrEnum

from fou.domain.i18n import _


class RepaymentState(StrEnum):
    NOT_DECLARED = "not_declared"
    NOTHING_TO_REPAY = "nothing_to_repay"
    DECLARED = "declared"
    INVOICED = "invoiced"
    REPAID = "repaid"
    WRITTEN_OFF = "written_off"


class RepaymentAction(StrEnum):
    DECLARE = "declare"
    INVOICE = "invoice"
    MARK_REPAID = "mark_repaid"
    WRITE_OFF = "write_off"


class RepaymentRefused(ValueError):
    """A move the repayment's state or amounts do not allow; the message is for people."""


@dataclass(frozen=True)
class Repayment:
    state: RepaymentState = RepaymentState.NOT_DECLARED
    # Integer kronor; None until declared.
    amount: int | None = None
    declared_on: datetime.date | None = None
    declared_late: bool = False


# The owner may change a declaration until the office has invoiced it.
DECLARABLE = frozenset(
    {RepaymentState.NOT_DECLARED, RepaymentState.NOTHING_TO_REPAY, RepaymentState.DECLARED}
)
NEXT_BY_OFFICE = {
    RepaymentAction.INVOICE: ({RepaymentState.DECLARED}, RepaymentState.INVOICED),
    RepaymentAction.MARK_REPAID: ({RepaymentState.INVOICED}, RepaymentState.REPAID),
    RepaymentAction.WRITE_OFF: (
        {RepaymentState.DECLARED, RepaymentState.INVOICED},
        RepaymentState.WRITTEN_OFF,
    ),
}
REFUSALS = {
    RepaymentAction.DECLARE: _("Återbetalningen är redan fakturerad och kan inte ändras."),
    RepaymentAction.INVOICE: _("Bara ett anmält belopp att återbetala kan faktureras."),
    RepaymentAction.MARK_REPAID: _("Bara en fakturerad återbetalning kan markeras som betald."),
    RepaymentAction.WRITE_OFF: _("Bara en anmäld eller fakturerad återbetalning kan skrivas av."),
}


def allowed_actions(repayment: Repayment) -> frozenset[RepaymentAction]:
    actions = {a for a, (sources, _target) in NEXT_BY_OFFICE.items() if repayment.state in sources}
    if repayment.state in DECLARABLE:
        actions.add(RepaymentAction.DECLARE)
    return frozenset(actions)


def declare(
    repayment: Repayment,
    *,
    amount: int,
    granted: int | None,
    on: datetime.date,
    deadline: datetime.date | None,
) -> Repayment:
    if RepaymentAction.DECLARE not in allowed_actions(repayment):
        raise RepaymentRefused(REFUSALS[RepaymentAction.DECLARE])
    if amount < 0:
        raise RepaymentRefused(_("Beloppet kan inte vara negativt."))
    if granted is not None and amount > granted:
        raise RepaymentRefused(
            _("Beloppet att återbetala kan inte vara större än det beviljade beloppet.")
        )
    return Repayment(
        state=RepaymentState.DECLARED if amount else RepaymentState.NOTHING_TO_REPAY,
        amount=amount,
        declared_on=on,
        declared_late=deadline is not None and on > deadline,
    )


def apply(repayment: Repayment, action: RepaymentAction) -> Repayment:
    """An office move (invoice, repaid, write off)."""
    if action not in allowed_actions(repayment) or action == RepaymentAction.DECLARE:
        raise RepaymentRefused(REFUSALS[action])
    return replace(repayment, state=NEXT_BY_OFFICE[action][1])


def invariant_violations(repayment: Repayment) -> list[str]:
    problems = []
    declared = repayment.state != RepaymentState.NOT_DECLARED
    if declared and (repayment.amount is None or repayment.declared_on is None):
        problems.append("declared without amount or date")
    if not declared and (repayment.amount is not None or repayment.declared_late):
        problems.append("amount or lateness without declaration")
    if repayment.amount is not None and repayment.amount < 0:
        problems.append("negative amount")
    owed = {
        RepaymentState.DECLARED,
        RepaymentState.INVOICED,
        RepaymentState.REPAID,
        RepaymentState.WRITTEN_OFF,
    }
    if repayment.state in owed and not repayment.amount:
        problems.append("money owed is zero")
    if repayment.state == RepaymentState.NOTHING_TO_REPAY and repayment.amount != 0:
        problems.append("nothing to repay with an amount")
    return problems
