"""Whether the organisation may apply at all: deadline, workshop, earlier reports."""

from collections.abc import Iterator

from fou.domain.i18n import _
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
        if extended:
            message = _("Den förlängda ansökningstiden gick ut den {when}.", when=when)
        else:
            message = _("Ansökningstiden gick ut den {when}.", when=when)
        outcome = Outcome.FAIL
    elif extended:
        outcome, message = (
            Outcome.PASS,
            _("Ansökningstiden är förlängd till den {when}.", when=when),
        )
    elif submitted:
        outcome, message = (
            Outcome.PASS,
            _("Ansökan lämnades in i tid (ansökningstiden gick ut den {when}).", when=when),
        )
    else:
        outcome, message = Outcome.PASS, _("Ansökningstiden går ut den {when}.", when=when)
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
        message = _(
            "{organisation} har deltagit i {workshop}.",
            organisation=organisation,
            workshop=rules.workshop_name,
        )
    else:
        outcome = Outcome.FAIL
        message = _(
            "{organisation} har inte deltagit i {workshop}. Den krävs för att söka {call}.",
            organisation=organisation,
            workshop=rules.workshop_name,
            call=rules.name,
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
        message = _(
            "Rapporten ”{report}” för {fund} {year} är inte godkänd. "
            "En godkänd rapport krävs för att söka och beviljas nya medel.",
            report=grant.report_name,
            fund=grant.fund,
            year=grant.year,
        )
        yield result(rules, RuleCode.APPROVED_REPORT, Outcome.FAIL, message)
    if not unapproved:
        message = _("Alla rapporter som ska vara klara för tidigare beviljade medel är godkända.")
        yield result(rules, RuleCode.APPROVED_REPORT, Outcome.PASS, message)


def _report_due(grant: EarlierGrant, rules: CallRules, today) -> bool:
    if grant.report_due_on is not None:
        return grant.report_due_on < today
    # No recorded deadline: a call for year Y closes during Y-1, while Y-1's
    # projects still run, so only reports of grants from Y-2 and before are due.
    return grant.year < rules.year - 1
