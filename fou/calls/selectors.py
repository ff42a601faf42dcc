from django.utils import timezone
from django.utils.translation import gettext as _

from fou.calls.models import Call


def open_calls(*, now=None):
    now = now or timezone.now()
    return (
        Call.objects.filter(opens_at__lte=now, closes_at__gte=now)
        .select_related("fund")
        .order_by("closes_at")
    )


def call_list():
    return Call.objects.select_related("fund").prefetch_related("focus_areas")


def call_is_open(call: Call, *, now=None) -> bool:
    now = now or timezone.now()
    return bool(call.opens_at and call.closes_at and call.opens_at <= now <= call.closes_at)


def kind_refusal(*, call: Call, organisation) -> str:
    """Why ``organisation`` may not apply to ``call`` because of its kind, or
    "" if it may. A call that names no kinds is open to every kind."""
    kinds = list(call.eligible_kinds.all())
    if not kinds or any(k.key == organisation.kind_id for k in kinds):
        return ""
    return _(
        "%(organisation)s kan inte söka i %(call)s: utlysningen är bara öppen för "
        "%(kinds)s, och %(organisation)s är registrerad som %(kind)s. Kontakta "
        "handläggaren om typen är fel."
    ) % {
        "organisation": organisation.current_name,
        "call": call.title,
        "kinds": _(" eller ").join(str(k).lower() for k in kinds),
        "kind": str(organisation.kind).lower(),
    }
