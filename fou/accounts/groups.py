"""The grants office's permissions in the admin, kept as a group."""

from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext_lazy as _

OFFICER_GROUP = _("Handläggare")
# The admin is where the grants office edits funds, calls, rules, criteria and
# organisations; applications are changed through the pages, where every
# change needs a reason, so they can be viewed here but not deleted. Users,
# groups and permissions are the administrators' (fou.accounts.admin).
OFFICER_APPS = {
    "calls": ("add", "change", "view"),
    "organisations": ("add", "change", "view"),
    "applications": ("change", "view"),
    "review": ("add", "change", "view"),
    "allocations": ("view",),
}


def ensure_officer_group(**kwargs) -> Group:
    group, _ = Group.objects.get_or_create(name=OFFICER_GROUP)
    wanted = [
        p
        for p in Permission.objects.filter(content_type__app_label__in=OFFICER_APPS).select_related(
            "content_type"
        )
        if p.codename.split("_", 1)[0] in OFFICER_APPS[p.content_type.app_label]
        and not p.content_type.model.startswith("historical")
    ]
    group.permissions.set(wanted)
    return group
