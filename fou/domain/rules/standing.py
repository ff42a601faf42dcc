"""Whether the organisation may apply at all: deadline, workshop, earlier reports."""

from collections.abc import Iterator

from fou.domain.rules.model import (
    ApplicationFacts,
    CallRules,
    EarlierGrant,
    EvaluationContext,
    OrganisationHistory,
    Outcome,
    RuleCode,
    RuleResult,
    result,
)
from fou.domain.rules.text import STOCKHOLM, format_moment


def check_deadline(
    rules: CallRules,
    application: ApplicationFacts,
    history: OrganisationHistory,
    context: EvaluationContext,
) -> Iterator[RuleResult]:
    if rules.closes_at is None:
        return
    extended = application.deadline_extended_to is not None
    deadline = application.deadline_extended_to or rules.closes_at
    when = format_moment(deadline)
    submitted = application.submitted_at is not None
    moment = application.submitted_at or context.now
    if moment > deadline:
        kind = "Den förlängda ansökningstiden" if extended else "Ansökningstiden"
        outcome, message = Outcome.FAIL, f"{kind} gick ut den {when}."
    elif extended:
        outcome, message = Outcome.PASS, f"Ansökningstiden är förlängd till den {when}."
    elif submitted:
        outcome, message = (
            Outcome.PASS,
            f"Ansökan lämnades in i tid (ansökningstiden gick ut den {when}).",
        )
    else:
        outcome, message = Outcome.PASS, f"Ansökningstiden går ut den {when}."
    yield result(rules, RuleCode.DEADLINE, outcome, message)


def check_workshop(
    rules: CallRules,
    application: ApplicationFacts,
    history: OrganisationHistory,
    context: EvaluationContext,
) -> Iterator[RuleResult]:
    if not rules.workshop_required:
        return
    organisation = application.organisation_name
    if history.workshop_attended:
        outcome = Outcome.PASS
        message = f"{organisation} har deltagit i {rules.workshop_name}."
    else:
        outcome = Outcome.FAIL
        message = (
            f"{organisation} har inte deltagit i {rules.workshop_name}. "
            f"Den krävs för att söka {rules.name}."
        )
    yield result(rules, RuleCode.WORKSHOP, outcome, message)


def check_approved_reports(
    rules: CallRules,
    application: ApplicationFacts,
    history: OrganisationHistory,
    context: EvaluationContext,
) -> Iterator[RuleResult]:
    if not rules.approved_report_required:
        return
    moment = application.submitted_at or context.now
    unapproved = sorted(
        (
            grant
            for grant in history.earlier_grants
            if grant.report_required
            and _report_due(grant, rules, moment.astimezone(STOCKHOLM).date())
            and not grant.report_approved
        ),
        key=lambda grant: (grant.year, grant.grant_id),
    )
    for grant in unapproved:
        message = (
            f"Rapporten ”{grant.report_name}” för {grant.fund} {grant.year} är inte godkänd. "
            "En godkänd rapport krävs för att söka och beviljas nya medel."
        )
        yield result(rules, RuleCode.APPROVED_REPORT, Outcome.FAIL, message)
    if not unapproved:
        message = "Alla rapporter som ska vara klara för tidigare beviljade medel är godkända."
        yield result(rules, RuleCode.APPROVED_REPORT, Outcome.PASS, message)


def _report_due(grant: EarlierGrant, rules: CallRules, today) -> bool:
    if grant.report_due_on is not None:
        return grant.report_due_on < today
    # No recorded deadline: a call for year Y closes during Y-1, while Y-1's
    # projects still run, so only reports of grants from Y-2 and before are due.
    return grant.year < rules.year - 1
