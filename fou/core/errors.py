"""Error pages in the site's layout: what happened and what to do, nothing
about the inside (no exception text, no paths, no setting names)."""

from django.shortcuts import render

from fou.accounts.security import security_event_record


def permission_denied(request, exception=None):
    context = {"conflict_of_interest": getattr(exception, "kind", "") == "conflict_of_interest"}
    return render(request, "403.html", context, status=403)


def csrf_failure(request, reason=""):
    # Django's reason ("CSRF cookie not set.") goes to the log, not the page.
    security_event_record(
        kind="csrf", user=getattr(request, "user", None), request=request, detail=reason
    )
    return render(request, "403_csrf.html", status=403)
