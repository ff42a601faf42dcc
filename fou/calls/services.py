from django.db import transaction

from fou.accounts.permissions import require_officer
from fou.applications.eligibility import refresh_call_rule_results
from fou.applications.models import Status
from fou.core.versioning import save_versioned

OPEN_STATUSES = frozenset({Status.DRAFT, Status.SUBMITTED, Status.UNDER_REVIEW})


@transaction.atomic
def call_rules_update(*, form, user, expected_version: int, reason: str):
    """Save a call's rules and re-check its open applications, all or nothing;
    refused for anyone but the grants office."""
    require_officer(user, "ändra utlysningens regler")
    call = form.save(commit=False)
    save_versioned(instance=call, expected_version=expected_version, user=user, reason=reason)
    refresh_open_applications(call=call)
    return call


def refresh_open_applications(*, call) -> int:
    """New rules give new verdicts for every application still being handled."""
    return refresh_call_rule_results(call, statuses=OPEN_STATUSES)
