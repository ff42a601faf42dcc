"""Run every rule of a call over one application, or over a whole call at once."""

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import datetime

from fou.domain.rules.completeness import (
    check_gender_equality_analysis,
    check_required_answers,
    check_required_attachments,
    check_required_fields,
)
from fou.domain.rules.limits import check_amount_cap, check_applications_per_organisation
from fou.domain.rules.model import (
    ApplicationFacts,
    CallRules,
    EvaluationContext,
    OrganisationHistory,
    RuleResult,
)
from fou.domain.rules.project import check_continuation, check_project_year
from fou.domain.rules.standing import check_approved_reports, check_deadline, check_workshop
from fou.domain.rules.travel import check_course_or_conference

# The order results are listed in on the check-answers page: first whether
# the organisation may apply at all, then the form from top to bottom.
CHECKS = (
    check_deadline,
    check_workshop,
    check_approved_reports,
    check_applications_per_organisation,
    check_required_fields,
    check_required_answers,
    check_amount_cap,
    check_project_year,
    check_continuation,
    check_gender_equality_analysis,
    check_required_attachments,
    check_course_or_conference,
)

# Neither a draft nor a withdrawn application takes one of the organisation's places.
NOT_COUNTED_STATUSES = frozenset({"draft", "withdrawn"})

_NO_HISTORY = OrganisationHistory()

_OrderKey = tuple[datetime, int]


def _counts(rules: CallRules, fund: str, is_lead: bool, status: str) -> bool:
    """Whether an application takes one of its organisation's places in the call.

    A joint application takes a place of its lead organisation only.
    """
    return is_lead and fund == rules.fund and status not in NOT_COUNTED_STATUSES


def _order_key(submitted_at: datetime | None, application_id: int, now: datetime) -> _OrderKey:
    """Submission order decides which application is one too many.

    The first two submitted keep their places whatever order they are read
    in; a draft is placed as if submitted now, and the id settles ties.
    """
    return (submitted_at or now, application_id)


def _run(
    rules: CallRules,
    application: ApplicationFacts,
    history: OrganisationHistory,
    context: EvaluationContext,
) -> list[RuleResult]:
    if application.fund != rules.fund:
        raise ValueError(f"A {application.fund} application cannot be judged by {rules.name}.")
    return [found for check in CHECKS for found in check(rules, application, history, context)]


def evaluate(
    rules: CallRules,
    application: ApplicationFacts,
    history: OrganisationHistory,
    *,
    now: datetime,
) -> list[RuleResult]:
    """Every applicable rule's result for one application, passes included.

    ``history`` is the lead organisation's; its ``other_applications`` may
    include this application itself. ``now`` is when a draft is judged.
    """
    own_key = _order_key(application.submitted_at, application.application_id, now)
    earlier = sum(
        1
        for other in history.other_applications
        if other.application_id != application.application_id
        and _counts(rules, other.fund, other.is_lead, other.status)
        and _order_key(other.submitted_at, other.application_id, now) < own_key
    )
    return _run(rules, application, history, EvaluationContext(now, earlier))


def evaluate_call(
    rules: CallRules,
    applications: Iterable[ApplicationFacts],
    histories: Mapping[str, OrganisationHistory],
    *,
    now: datetime,
) -> dict[int, list[RuleResult]]:
    """Results for every application of a call, keyed by application id.

    Runs in O(n log n): the places per organisation are sorted once and read
    from ``applications`` themselves, so the histories' ``other_applications``
    are not used. An organisation missing from ``histories`` has no history.
    """
    applications = list(applications)
    places: defaultdict[str, list[_OrderKey]] = defaultdict(list)
    for application in applications:
        if _counts(rules, application.fund, True, application.status):
            places[application.organisation_key].append(
                _order_key(application.submitted_at, application.application_id, now)
            )
    for keys in places.values():
        keys.sort()
    results = {}
    for application in applications:
        own_key = _order_key(application.submitted_at, application.application_id, now)
        earlier = bisect_left(places.get(application.organisation_key, ()), own_key)
        history = histories.get(application.organisation_key, _NO_HISTORY)
        context = EvaluationContext(now, earlier)
        results[application.application_id] = _run(rules, application, history, context)
    return results
