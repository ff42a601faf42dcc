"""From a year's calls and applications to the optimiser's candidates and settings.

An allocation run covers one call or several calls of the same year; each
call brings its own settings (``fou.calls.mapping.fund_settings``).
"""

from django.utils.translation import gettext_lazy as _

from fou.applications.eligibility import unaccepted_warnings
from fou.applications.models import Application, Grant, Status
from fou.calls.mapping import settings_for_calls
from fou.calls.models import Call
from fou.domain.allocation import AllocationSettings, Candidate, Refuse
from fou.review.selectors import weighted_scores

IN_ALLOCATION = [Status.SUBMITTED, Status.UNDER_REVIEW, Status.GRANTED, Status.REFUSED]
# An application no council member has reviewed counts with the lowest score
# and is marked unscored (``Candidate.scored``), on the page and in its
# explanation, so the officer sees it was not judged.
UNSCORED = 1.0

__all__ = ["settings_for_calls"]


def review_scores(calls) -> dict[int, float]:
    scores: dict[int, float] = {}
    for call in calls:
        scores.update(weighted_scores(call=call))
    return scores


def year_calls(year: int, call_ids=None):
    """The year's calls, or those of them chosen by id."""
    calls = Call.objects.filter(year=year).select_related("fund").order_by("fund__code")
    if call_ids:
        calls = calls.filter(pk__in=call_ids)
    return calls


def allocation_applications(calls):
    return (
        Application.objects.filter(call__in=calls, status__in=IN_ALLOCATION)
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


def build_candidates(
    year: int, locks: dict[int, object], calls=None
) -> tuple[list[Candidate], list[str]]:
    """Candidates and, separately, the applications left out with why."""
    calls = list(year_calls(year) if calls is None else calls)
    scores = review_scores(calls)
    candidates, left_out = [], []
    for application in allocation_applications(calls):
        lead = application.lead
        if not application.amount_asked:
            left_out.append(_("{title}: sökt belopp saknas.").format(title=application.title))
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
                score=scores.get(application.pk, UNSCORED),
                scored=application.pk in scores,
                asked=application.amount_asked,
                project_year=application.project_year or 1,
                organisations=max(1, len(application.participants.all())),
                eligible=not failing,
                exclusion_reason=failing[0]["message"] if failing else "",
                warning_unresolved=bool(unaccepted_warnings(application)),
                lock=locks.get(application.pk),
            )
        )
    return candidates, left_out


def default_settings(year: int, calls=None) -> AllocationSettings:
    """The calls' budgets and each call's own cap, limit, cut, mode and share."""
    return settings_for_calls(year_calls(year) if calls is None else calls)
