"""Server-side permission checks shared by views and services.

A refusal raises AccessRefused (403) or NotVisible (404, so that others'
drafts are not even confirmed to exist); SecurityLogMiddleware stores each in
the security log with the request's user, address and path.
"""

import logging
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404

from fou.accounts.models import Role

security_log = logging.getLogger("fou.security")


class AccessRefused(PermissionDenied):
    def __init__(self, detail: str, *, kind: str = "refused"):
        super().__init__(detail)
        self.kind = kind


class NotVisible(Http404):
    kind = "not_visible"


def refuse(user, action: str, *, kind: str = "refused") -> None:
    security_log.warning("Nekad åtgärd: %s av %s", action, getattr(user, "username", "anonym"))
    raise AccessRefused(action, kind=kind)


def hide(user, action: str) -> None:
    """Answer 404 as if the object did not exist, and log the attempt."""
    security_log.warning("Dold: %s för %s", action, getattr(user, "username", "anonym"))
    raise NotVisible(action)


def is_administrator(user) -> bool:
    """Administrators manage users, groups and permissions; officers do not."""
    return bool(
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.role == Role.ADMINISTRATOR)
    )


# Swedish: the action is what the security log stores.
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
