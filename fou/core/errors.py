"""Error pages in the site's layout: what happened and what to do, nothing
about the inside (no exception text, no paths, no setting names)."""

from django.shortcuts import render


def permission_denied(request, exception=None):
    context = {"conflict_of_interest": getattr(exception, "kind", "") == "conflict_of_interest"}
    return render(request, "403.html", context, status=403)


def csrf_failure(request, reason=""):
    return render(request, "403_csrf.html", status=403)
