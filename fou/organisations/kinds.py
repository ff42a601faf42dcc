"""The kinds of organisation a new database starts with."""

from fou.organisations.models import OrganisationKind

# Key, Swedish and English name. The administrator may add, rename and
# reorder kinds; these only fill an empty table.
# Swedish: stored data with its English name beside it (OrganisationKind.name_en).
STARTING_KINDS = [
    ("district", "Stadsdelsförvaltning", "District administration"),
    ("administration", "Facknämndsförvaltning", "Specialist administration"),
    ("unit", "Avdelning eller enhet", "Department or unit"),
    ("association", "Förening", "Association"),
    ("company", "Företag", "Company"),
]


def kinds_ensure(**kwargs) -> None:
    """After every migrate (and every flush, which test databases do between
    transactional tests), an empty table gets the starting kinds."""
    if OrganisationKind.objects.exists():
        return
    OrganisationKind.objects.bulk_create(
        OrganisationKind(key=key, name=name, name_en=name_en, order=order)
        for order, (key, name, name_en) in enumerate(STARTING_KINDS, start=1)
    )
