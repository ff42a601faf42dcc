from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from fou.core.site import site_wording


def site(request):
    """The administrator's wording (fou.core.site), read only by pages that show it."""
    return {"site": SimpleLazyObject(site_wording)}


def navigation(request):
    """The main menu, by what the signed-in person may do."""
    user = request.user
    items = [
        (_("Utlysningar"), reverse("calls:list")),
        (_("Beviljade projekt"), reverse("applications:archive")),
    ]
    if user.is_authenticated:
        items.insert(0, (_("Min sida"), reverse("site:dashboard")))
        items.append((_("Organisationer"), reverse("organisations:list")))
        items.append((_("Kunskapsbanken"), reverse("knowledge:search")))
        if user.is_applicant:
            items.append((_("Våra beslut"), reverse("decisions:mine")))
        items.append((_("Redovisningar"), reverse("decisions:accounts")))
        items.append((_("Statistik"), reverse("statistics:index")))
        if user.is_officer:
            items.append((_("Ansökningar"), reverse("applications:officer_list")))
        if user.is_officer or user.is_applicant:
            items.append((_("Uppföljning"), reverse("followup:index")))
        if user.is_officer or user.is_council_member:
            items.append((_("Bedömning"), reverse("review:index")))
        if user.is_officer:
            items.append((_("Fördelning"), reverse("allocations:index")))
            items.append((_("Historik"), reverse("history:index")))
            items.append((_("Ändringslogg"), reverse("site:audit_log")))
            items.append((_("Bakgrundsjobb"), reverse("jobs:index")))
        if user.is_staff:
            items.append((_("Administration"), reverse("admin:index")))
    # The office's menu has too many entries for one line: the reference
    # and back-office pages go under "Mer" (a native disclosure, opened with
    # Enter or Space), so the daily work fits on one line at 1280 px.
    more = []
    if user.is_authenticated and user.is_officer:
        secondary = {
            reverse(name)
            for name in (
                "organisations:list",
                "decisions:accounts",
                "history:index",
                "site:audit_log",
                "jobs:index",
                "admin:index",
            )
        }
        more = [item for item in items if item[1] in secondary]
        items = [item for item in items if item[1] not in secondary]
    return {"navigation": items, "navigation_more": more}
