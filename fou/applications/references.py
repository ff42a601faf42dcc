from django.db import transaction

from fou.applications.models import ReferenceSeries


@transaction.atomic
def next_reference(*, prefix: str, year: int) -> str:
    """The next number in the prefix's series of the year, e.g. FoU-2023-0007.

    The series row is locked, so two submissions at once never share a number.
    """
    ReferenceSeries.objects.get_or_create(prefix=prefix, year=year)
    series = ReferenceSeries.objects.select_for_update().get(prefix=prefix, year=year)
    series.last += 1
    series.save(update_fields=["last"])
    return f"{prefix}-{year}-{series.last:04d}"
