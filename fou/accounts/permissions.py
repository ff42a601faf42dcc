"""Server-side permission checks shared by views and services."""

import logging
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

security_log = logging.getLogger("fou.security")


def refuse(user, action: str) -> None:
    security_log.warning("Nekad åtgärd: %s av %s", action, getattr(user, "username", "anonym"))
    raise PermissionDenied(action)


def require_officer(user, action: str = "handläggaråtgärd") -> None:
    if not (user.is_authenticated and user.is_officer):
        refuse(user, action)


def officer_required(view):
    """Only grants officers (and administrators) may use the view."""

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        require_officer(request.user, view.__name__)
        return view(request, *args, **kwargs)

    return wrapper
