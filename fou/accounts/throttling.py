"""Failed log-ins are limited per account and per address (django-axes).

Axes compares one limit with the highest failure count among its lockout
parameters. An office reaches the site from one address, so that address
gets a higher limit than one account: ``failure_limit`` says "locked" (1)
when either count has reached its own limit, and otherwise one more than the
highest count (not locked).
"""

from axes.helpers import get_client_username, get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from fou.accounts.models import SecurityEvent
from fou.accounts.security import security_event_record, security_log

FAILURES_PER_ACCOUNT = 5
FAILURES_PER_ADDRESS = 30


def _failures(**match) -> int:
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    attempts = AccessAttempt.objects.filter(attempt_time__gte=since, **match)
    return attempts.aggregate(n=Sum("failures_since_start"))["n"] or 0


def failure_limit(request, credentials) -> int:
    username = get_client_username(request, credentials)
    by_account = _failures(username=username) if username else 0
    address = getattr(request, "axes_ip_address", None)
    by_address = _failures(ip_address=address) if address else 0
    if by_account >= FAILURES_PER_ACCOUNT or by_address >= FAILURES_PER_ADDRESS:
        return 1
    return max(by_account, by_address) + 1


def lockout_response(request, original_response=None, credentials=None):
    """A Swedish page saying when to try again, on the site and in the admin."""
    until = timezone.localtime(
        timezone.now() + (get_cool_off(request) or settings.AXES_COOLOFF_TIME)
    )
    return render(request, "registration/locked_out.html", {"until": until}, status=429)


def log_lockout(sender, request, username, ip_address, **kwargs):
    """Each lockout goes once to the stored security log, which administrators
    read in the admin (axes sends ``user_locked_out`` again for every attempt
    while locked; those only reach the console)."""
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    already = SecurityEvent.objects.filter(
        kind="lockout", username=username or "", ip=ip_address, at__gte=since
    ).exists()
    if already:
        security_log.warning(_("Försök under utelåsning: %s från %s"), username, ip_address)
        return
    security_event_record(
        kind="lockout",
        user=None,
        request=request,
        username=username or "",
        # Swedish: stored security record
        detail=f"{username or _('okänt konto')} från {ip_address or _('okänd adress')}",
    )
