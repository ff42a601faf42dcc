"""The security log: refusals, jäv attempts and lock-outs, written to the
console and stored as SecurityEvent rows that administrators read in the admin."""

import ipaddress
import logging

from django.db import DatabaseError
from django.utils.translation import gettext_lazy as _

from fou.accounts.models import SecurityEvent

security_log = logging.getLogger("fou.security")

# Swedish names of the kinds of event; a kind not listed is shown as written.
KINDS = {
    "refused": _("Nekad åtgärd"),
    "conflict_of_interest": _("Försök att nå ansökan trots jäv"),
    "not_visible": _("Försök att nå något som inte får visas"),
    "lockout": _("Utelåst efter misslyckade inloggningar"),
    "csrf": _("Formulär avvisat (saknad eller felaktig CSRF-kontroll)"),
}


def _client_ip(request) -> str | None:
    value = (request.META.get("REMOTE_ADDR") or "").strip() if request is not None else ""
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return None


def security_event_record(
    *, kind: str, user, request, detail: str, username: str = "", log_to_console: bool = True
) -> SecurityEvent | None:
    """Store one event (and log it to the console). `user` may be None or
    anonymous, `request` may be None (e.g. a command); `username` names the
    account tried when there is no signed-in user, as for lock-outs."""
    signed_in = user if user is not None and user.is_authenticated else None
    name = signed_in.get_username() if signed_in else username
    path = request.get_full_path()[:500] if request is not None else ""
    if log_to_console:
        security_log.warning(
            "%s: %s av %s (%s)", KINDS.get(kind, kind), detail, name or "anonym", path
        )
    try:
        return SecurityEvent.objects.create(
            kind=kind,
            user=signed_in,
            username=name[:150],
            ip=_client_ip(request),
            path=path,
            detail=detail,
        )
    except DatabaseError:
        # The log must never turn a refusal into a server error.
        security_log.exception("Säkerhetshändelsen kunde inte sparas")
        return None
