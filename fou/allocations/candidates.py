"""From a year's applications to the optimiser's candidates and settings."""

from fou.applications.eligibility import unaccepted_warnings
from fou.applications.models import Application, Grant, Status
from fou.calls.models import Call
from fou.domain.allocation import AllocationSettings, Candidate, Refuse
from fou.review.selectors import weighted_scores

IN_ALLOCATION = [Status.SUBMITTED, Status.UNDER_REVIEW, Status.GRANTED, Status.REFUSED]
# Without reviews every application counts as equally good.
NEUTRAL_SCORE = 1.0


def review_scores(calls) -> dict[int, float]:
    scores: dict[int, float] = {}
    for call in calls:
        scores.update(weighted_scores(call=call))
    return scores


def year_calls(year: int):
    return Call.objects.filter(year=year).select_related("fund")


def allocation_applications(year: int):
    return (
        Application.objects.filter(call__year=year, status__in=IN_ALLOCATION)
        .select_related("call__fund")
        .prefetch_related("participants__organisation", "warning_acceptances")
        .order_by("call__fund__code", "pk")
    )


def recorded_locks(year: int) -> dict[int, object]:
    """A refusal already decided, with its written reason, is kept as a lock."""
    refused = Grant.objects.filter(
        application__call__year=year, decision=Grant.Decision.REFUSED
    ).exclude(reason="")
    return {g.application_id: Refuse(reason=g.reason) for g in refused}


def build_candidates(year: int, locks: dict[int, object]) -> tuple[list[Candidate], list[str]]:
    """Candidates and, separately, the applications left out with why."""
    calls = list(year_calls(year))
    scores = review_scores(calls)
    candidates, left_out = [], []
    for application in allocation_applications(year):
        lead = application.lead
        if not application.amount_asked:
            left_out.append(f"{application.title}: sökt belopp saknas.")
            continue
        failing = [r for r in application.rule_results if r["outcome"] == "fail"]
        candidates.append(
            Candidate(
                id=application.pk,
                fund=application.call.fund.code,
                organisation_key=lead.organisation.key if lead else f"okand-{application.pk}",
                organisation_name=lead.organisation_name
                if lead
                else application.organisation_names,
                project=application.title,
                score=scores.get(application.pk, NEUTRAL_SCORE),
                asked=application.amount_asked,
                project_year=application.project_year or 1,
                eligible=not failing,
                exclusion_reason=failing[0]["message"] if failing else "",
                warning_unresolved=bool(unaccepted_warnings(application)),
                lock=locks.get(application.pk),
            )
        )
    return candidates, left_out


def default_settings(year: int) -> AllocationSettings:
    """The call data's budgets (where known), caps, per-organisation limit and cut."""
    calls = list(year_calls(year))
    limits = [
        c.max_applications_per_organisation for c in calls if c.max_applications_per_organisation
    ]
    return AllocationSettings(
        budgets={c.fund.code: c.budget for c in calls if c.budget is not None},
        cap_per_application={c.fund.code: c.max_amount for c in calls if c.max_amount},
        max_grants_per_organisation=min(limits) if limits else None,
        continuation_cut_percent=max((c.continuation_cut_percent for c in calls), default=0),
    )
