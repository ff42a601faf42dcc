"""Ready-made applications and histories that pass every rule of their call.

A test changes the one fact it is about, so it reads as its intent.
"""

from dataclasses import replace
from datetime import datetime, timedelta

from fou.domain.rules import (
    ApplicationFacts,
    CallRules,
    GrantReference,
    OrganisationHistory,
    OtherApplication,
    Outcome,
    RuleCode,
    RuleResult,
    evaluate,
)
from fou.domain.rules.text import STOCKHOLM

# Calls without a closing date in the sources (2015) are judged at a date
# inside their year's spring.
_UNDATED_CALL_NOW = {2015: datetime(2015, 3, 1, 12, 0, tzinfo=STOCKHOLM)}


def during_call(rules: CallRules) -> datetime:
    """A moment a week before the call closes."""
    if rules.closes_at is None:
        return _UNDATED_CALL_NOW[rules.year]
    return rules.closes_at - timedelta(days=7)


def application(rules: CallRules, **changes) -> ApplicationFacts:
    """A complete, submitted year-1 application from Farsta that passes ``rules``."""
    facts = ApplicationFacts(
        application_id=1,
        fund=rules.fund,
        organisation_key="farsta",
        organisation_name="Farsta",
        status="submitted",
        submitted_at=during_call(rules),
        title="Våga anmäla våga vittna",
        purpose="Stödja brottsutsatta att våga anmäla och vittna.",
        amount_asked=min(rules.max_amount, 400_000),
        project_year=1 if rules.min_project_year is not None else None,
        gender_equality_analysis="Insatsen når kvinnor och män i lika hög grad.",
        attachment_kinds=frozenset(rules.required_attachments),
        destination="Verksamhetsbesök gruppbostad LSS, Köpenhamn, Danmark.",
    )
    return replace(facts, **changes)


def history(**changes) -> OrganisationHistory:
    """Farsta's history where nothing stands in the way of applying."""
    return replace(OrganisationHistory(workshop_attended=True), **changes)


def earlier_grant(rules: CallRules, **changes) -> GrantReference:
    """Last year's grant of the same project, by the same organisation."""
    reference = GrantReference(
        grant_id=7,
        project_key="vaga-anmala",
        project_title="Våga anmäla våga vittna",
        organisation_key="farsta",
        fund=rules.fund,
        year=rules.year - 1,
    )
    return replace(reference, **changes)


def as_other(facts: ApplicationFacts) -> OtherApplication:
    """How an application of the same lead organisation appears in its history."""
    return OtherApplication(
        application_id=facts.application_id,
        fund=facts.fund,
        is_lead=True,
        status=facts.status,
        submitted_at=facts.submitted_at,
    )


def results_for(
    rules: CallRules, facts: ApplicationFacts, past: OrganisationHistory | None = None
) -> list[RuleResult]:
    return evaluate(rules, facts, past or history(), now=during_call(rules))


def only(results: list[RuleResult], code: RuleCode) -> RuleResult:
    """The single result of one rule; fails the test if there is none or several."""
    (found,) = [each for each in results if each.code == code]
    return found


def message(found: RuleResult) -> str:
    """The message with ordinary spaces, so expected texts stay readable."""
    return found.message.replace("\u00a0", " ")


def outcomes(results: list[RuleResult]) -> set[Outcome]:
    return {each.outcome for each in results}
