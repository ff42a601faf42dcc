from django.utils import timezone

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
