from fou.accounts.permissions import require_officer
from fou.core.versioning import save_versioned


def call_rules_update(*, form, user, expected_version: int, reason: str):
    """Save a call's rules; refused for anyone but the grants office."""
    require_officer(user, "ändra utlysningens regler")
    call = form.save(commit=False)
    save_versioned(instance=call, expected_version=expected_version, user=user, reason=reason)
    return call
