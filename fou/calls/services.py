from fou.accounts.permissions import require_officer
from fou.applications.eligibility import refresh_rule_results
from fou.applications.models import Status
from fou.core.versioning import save_versioned


def call_rules_update(*, form, user, expected_version: int, reason: str):
    """Save a call's rules; refused for anyone but the grants office."""
    require_officer(user, "ändra utlysningens regler")
    call = form.save(commit=False)
    save_versioned(instance=call, expected_version=expected_version, user=user, reason=reason)
    refresh_open_applications(call=call)
    return call


def refresh_open_applications(*, call) -> int:
    """New rules give new verdicts for every application still being handled."""
    open_statuses = [Status.DRAFT, Status.SUBMITTED, Status.UNDER_REVIEW]
    applications = call.applications.filter(status__in=open_statuses).select_related("call__fund")
    for application in applications:
        refresh_rule_results(application)
    return len(applications)
