from django.db import transaction

from fou.applications.models import ReferenceCounter


@transaction.atomic
def next_reference(year: int) -> str:
    """The next number in the year's series, e.g. FoU-2023-0007.

    The counter row is locked, so two submissions at once never share a number.
    """
    ReferenceCounter.objects.get_or_create(year=year)
    counter = ReferenceCounter.objects.select_for_update().get(year=year)
    counter.last += 1
    counter.save(update_fields=["last"])
    return f"FoU-{year}-{counter.last:04d}"
