"""Error pages in the site's layout: what happened and what to do, nothing
about the inside (no exception text, no paths, no setting names)."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader

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


def server_error(request):
    """500, or 503 when the database could not be reached: the request's
    transaction was rolled back, so whatever it sent was not saved, and the
    page says so. Rendered without a request (no user, no database)."""
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError | InterfaceError):
        response = HttpResponseServerError(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = "30"
        return response
    return HttpResponseServerError(loader.get_template("500.html").render())
