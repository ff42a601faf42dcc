"""From models to the rules engine's facts, and the verdict back onto the model."""

from django.utils import timezone

from fou.applications.models import (
    Application,
    ApplicationOrganisation,
    Grant,
    WorkshopAttendance,
)
from fou.applications.ports import approved_report_grant_ids
from fou.calls.mapping import call_rules
from fou.domain.rules import (
    ApplicationFacts,
    EarlierGrant,
    GrantReference,
    OrganisationHistory,
    OtherApplication,
    Outcome,
    RuleResult,
    evaluate,
    evaluate_call,
)

WORST_FIRST = [Outcome.FAIL, Outcome.WARN, Outcome.PASS]


def _grant_reference(grant: Grant | None) -> GrantReference | None:
    if grant is None:
        return None
    application = grant.application
    return GrantReference(
        grant_id=grant.pk,
        project_key=application.title.casefold(),
        project_title=application.title,
        organisation_key=grant.organisation.key if grant.organisation else "",
        fund=application.call.fund.code,
        year=application.call.year,
    )


def application_facts(application: Application) -> ApplicationFacts:
    participants = list(application.participants.all())
    lead = next((p for p in participants if p.is_lead), None)
    return ApplicationFacts(
        application_id=application.pk,
        fund=application.call.fund.code,
        organisation_key=lead.organisation.key if lead else "",
        organisation_name=lead.organisation_name if lead else "",
        status=application.status,
        submitted_at=application.submitted_at,
        title=application.title,
        purpose=application.purpose,
        amount_asked=application.amount_asked,
        project_year=application.project_year,
        continues_grant=_grant_reference(application.continues),
        gender_equality_analysis=application.gender_equality_analysis,
        attachment_kinds=frozenset(a.kind for a in application.attachments.all()),
        destination=application.destination,
        co_applicant_keys=frozenset(p.organisation.key for p in participants if not p.is_lead),
        answers=answers_by_key(application),
        deadline_extended_to=application.deadline_extended_to,
    )


def answers_by_key(application: Application) -> dict[str, object]:
    """What the rules read by a question's key beyond ``ApplicationFacts``'
    own fields: the built-in fields that have none there, and every answer to
    the call's own questions."""
    answers = {
        key: (answer or {}).get("value") for key, answer in (application.answers or {}).items()
    }
    answers |= {
        "continues": application.continues_id,
        "focus_areas": tuple(a.pk for a in application.focus_areas.all()),
        "trip_start": application.trip_start,
        "trip_end": application.trip_end,
    }
    return answers


def call_histories(call, applications) -> dict[str, OrganisationHistory]:
    """Every lead organisation's history for one call, in a fixed number of
    queries. ``other_applications`` is left empty: ``evaluate_call`` counts
    places from the call's applications themselves."""
    leads = {}
    for application in applications:
        lead = next((p for p in application.participants.all() if p.is_lead), None)
        if lead is not None:
            leads[lead.organisation.pk] = lead.organisation
    grants = list(
        Grant.objects.filter(
            organisation__in=leads,
            decision=Grant.Decision.GRANTED,
            application__call__year__lt=call.year,
        ).select_related("application__call__fund")
    )
    approved = approved_report_grant_ids(grant_ids=[g.pk for g in grants])
    attended = set(
        WorkshopAttendance.objects.filter(call=call, organisation__in=leads).values_list(
            "organisation_id", flat=True
        )
    )
    by_organisation: dict[int, list[Grant]] = {pk: [] for pk in leads}
    for grant in grants:
        by_organisation[grant.organisation_id].append(grant)
    return {
        organisation.key: OrganisationHistory(
            earlier_grants=tuple(_earlier_grant(g, approved) for g in by_organisation[pk]),
            workshop_attended=pk in attended,
            predecessor_keys=frozenset(p.key for p in organisation.predecessors.all()),
        )
        for pk, organisation in leads.items()
    }


def refresh_call_rule_results(call, *, statuses, now=None) -> int:
    """Re-run the rules over a whole call at once (``evaluate_call``) and store
    the verdicts of the applications in ``statuses``. Every application of
    the call is read, as each takes a place of its organisation; the number
    of queries does not grow with the number of applications."""
    applications = list(
        Application.objects.filter(call=call)
        .select_related(
            "call__fund", "continues__application__call__fund", "continues__organisation"
        )
        .prefetch_related("participants__organisation__predecessors", "attachments", "focus_areas")
    )
    results = evaluate_call(
        call_rules(call),
        [application_facts(a) for a in applications],
        call_histories(call, applications),
        now=now or timezone.now(),
    )
    changed = []
    for application in applications:
        if application.status not in statuses:
            continue
        found = results[application.pk]
        application.rule_results = serialise(found)
        application.rule_outcome = worst_outcome(found)
        changed.append(application)
    Application.objects.bulk_update(changed, ["rule_results", "rule_outcome"], batch_size=500)
    return len(changed)


def organisation_history(application: Application) -> OrganisationHistory:
    lead = application.lead
    if lead is None:
        return OrganisationHistory()
    organisation = lead.organisation
    others = (
        ApplicationOrganisation.objects.filter(
            organisation=organisation, application__call=application.call
        )
        .exclude(application=application)
        .select_related("application__call__fund")
    )
    grants = [
        g
        for g in Grant.objects.filter(
            organisation=organisation, decision=Grant.Decision.GRANTED
        ).select_related("application__call__fund")
        if g.application.call.year < application.call.year
    ]
    approved = approved_report_grant_ids(grant_ids=[g.pk for g in grants])
    return OrganisationHistory(
        other_applications=tuple(
            OtherApplication(
                application_id=p.application_id,
                fund=p.application.call.fund.code,
                is_lead=p.is_lead,
                status=p.application.status,
                submitted_at=p.application.submitted_at,
            )
            for p in others
        ),
        earlier_grants=tuple(_earlier_grant(g, approved) for g in grants),
        workshop_attended=WorkshopAttendance.objects.filter(
            call=application.call, organisation=organisation
        ).exists(),
        predecessor_keys=frozenset(organisation.predecessors.values_list("key", flat=True)),
    )


def _earlier_grant(grant: Grant, approved: set[int]) -> EarlierGrant:
    call = grant.application.call
    if grant.pk in approved:
        report_approved = True
    elif call.report_deadline is not None:
        # Follow-up of this call is kept in the system: only an approval counts.
        report_approved = False
    else:
        # Unknown report status in historical records is not held against anyone.
        report_approved = grant.report_approved is not False
    return EarlierGrant(
        grant_id=grant.pk,
        fund=call.fund.code,
        year=call.year,
        project_title=grant.application.title,
        # Swedish: the report's name as the rule quotes it in a stored rule result.
        report_name=grant.report_name or f"Rapport för {grant.application.title}",
        report_approved=report_approved,
        report_required=call.fund.requires_report,
        report_due_on=call.report_deadline,
    )


def check_application(application: Application, *, now=None) -> list[RuleResult]:
    return evaluate(
        call_rules(application.call),
        application_facts(application),
        organisation_history(application),
        now=now or timezone.now(),
    )


def worst_outcome(results: list[RuleResult]) -> str:
    outcomes = {r.outcome for r in results}
    return next((o.value for o in WORST_FIRST if o in outcomes), Outcome.PASS.value)


def serialise(results: list[RuleResult]) -> list[dict]:
    return [
        {
            "code": r.code.value,
            "outcome": r.outcome.value,
            "message": r.message,
            "field": r.field,
            "source": r.source,
        }
        for r in results
    ]


def refresh_rule_results(application: Application, *, now=None) -> list[RuleResult]:
    """Re-run the rules and store the verdict for the officer's list."""
    results = check_application(application, now=now)
    application.rule_results = serialise(results)
    application.rule_outcome = worst_outcome(results)
    Application.objects.filter(pk=application.pk).update(
        rule_results=application.rule_results, rule_outcome=application.rule_outcome
    )
    return results


def unaccepted_warnings(application: Application) -> list[dict]:
    # Through the relation, so a prefetch of warning_acceptances serves a list.
    accepted = {a.rule_code for a in application.warning_acceptances.all()}
    return [
        r
        for r in application.rule_results
        if r["outcome"] == Outcome.WARN.value and r["code"] not in accepted
    ]
