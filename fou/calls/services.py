from django.db import transaction

from fou.accounts.permissions import require_officer
from fou.calls.signals import call_rules_changed
from fou.core.versioning import save_versioned


@transaction.atomic
def call_rules_update(*, form, user, expected_version: int, reason: str):
    """Save a call's rules and re-check its open applications, all or nothing;
    refused for anyone but the grants office."""
    require_officer(user, "ändra utlysningens regler")
    call = form.save(commit=False)
    save_versioned(instance=call, expected_version=expected_version, user=user, reason=reason)
    call_rules_changed.send(sender=type(call), call=call)
    return call
