"""Questions about organisations and their history."""

import datetime

from django.db.models import Prefetch, Q

from fou.domain.sorting import swedish_key
from fou.organisations.models import Organisation, OrganisationName


def organisation_name_on(*, organisation: Organisation, day: datetime.date) -> str | None:
    """The name the organisation had on ``day``; None if it did not exist then."""
    if not organisation.exists_on(day):
        return None
    for name in organisation.names.all():
        if name.valid_on(day):
            return name.name
    return None


def organisation_names_on(*, organisation: Organisation, day: datetime.date) -> list[str]:
    """What the organisation was called on ``day``.

    For an organisation formed by a merge, a day before the merge answers with
    the names of the predecessors that existed then (Hägersten-Älvsjö in 2019
    was Hägersten-Liljeholmen and Älvsjö).
    """
    own = organisation_name_on(organisation=organisation, day=day)
    if own is not None:
        return [own]
    names: list[str] = []
    for predecessor in organisation.predecessors.all():
        names.extend(organisation_names_on(organisation=predecessor, day=day))
    return sorted(names, key=swedish_key)


def organisations_existing_on(*, day: datetime.date):
    return (
        Organisation.objects.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=day))
        .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=day))
        .prefetch_related("names")
    )


def organisation_by_name(*, name: str, day: datetime.date | None = None) -> Organisation | None:
    """Find the organisation that carried ``name`` (on ``day`` if given)."""
    names = OrganisationName.objects.filter(name__iexact=name.strip())
    if day is not None:
        names = names.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=day)).filter(
            Q(valid_to__isnull=True) | Q(valid_to__gte=day)
        )
    found = names.select_related("organisation").first()
    return found.organisation if found else None


def organisation_list_with_history() -> list[Organisation]:
    """All organisations, in Swedish alphabetical order of today's name."""
    organisations = Organisation.objects.prefetch_related(
        Prefetch("names", queryset=OrganisationName.objects.order_by("valid_from")),
        "successors",
        "predecessors",
    ).select_related("parent", "kind")
    return _in_swedish_order(organisations)


def organisation_choices() -> list[Organisation]:
    """Every organisation with its names, for a filter or a select, in Swedish order."""
    return _in_swedish_order(Organisation.objects.prefetch_related("names"))


def _in_swedish_order(organisations) -> list[Organisation]:
    return sorted(organisations, key=lambda o: swedish_key(o.current_name))


def organisation_options(*, day: datetime.date | None = None) -> list[tuple[int, str]]:
    """(id, today's name) of every organisation, or of those existing on
    ``day``, in Swedish order: for a select. Read as plain rows, as a select
    of every organisation of the city is on pages opened all day long."""
    organisations = Organisation.objects.all()
    if day is not None:
        organisations = organisations_existing_on(day=day)
    keys = dict(organisations.values_list("pk", "key"))
    latest: dict[int, tuple[datetime.date, str]] = {}
    names = OrganisationName.objects.filter(organisation__in=keys).values_list(
        "organisation_id", "valid_from", "name"
    )
    # As Organisation.current_name: the name that took effect last.
    for organisation_id, valid_from, name in names.order_by("organisation", "valid_from", "pk"):
        start = valid_from or datetime.date.min
        if organisation_id not in latest or start >= latest[organisation_id][0]:
            latest[organisation_id] = (start, name)
    options = [(pk, latest[pk][1] if pk in latest else key) for pk, key in keys.items()]
    return sorted(options, key=lambda option: swedish_key(option[1]))
