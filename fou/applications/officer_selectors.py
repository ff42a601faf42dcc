"""The grants officer's list of applications: filters, sorting, export rows."""

from dataclasses import dataclass

from django.db.models import Prefetch

from fou.applications.models import Application, ApplicationOrganisation, Status
from fou.applications.selectors import visibility
from fou.core.params import short_code, whole_number

SORTS = {
    "utlysning": "call__year",
    "referens": "reference",
    "titel": "title",
    "belopp": "amount_asked",
    "status": "status",
    "inskickad": "submitted_at",
    "regel": "rule_outcome",
}


@dataclass(frozen=True)
class ListFilters:
    call: int | None = None
    fund: str = ""
    organisation: int | None = None
    status: str = ""
    rule_outcome: str = ""
    # Newest call first, as the office works on this year's applications.
    sort: str = "utlysning"
    descending: bool = True

    @classmethod
    def from_query(cls, query) -> "ListFilters":
        sort = query.get("sortera", "utlysning")
        return cls(
            call=whole_number(query.get("utlysning")),
            fund=short_code(query.get("fond")),
            organisation=whole_number(query.get("organisation")),
            status=query.get("status", "") if query.get("status") in Status.values else "",
            rule_outcome=query.get("regel", "")
            if query.get("regel") in {"fail", "warn", "pass"}
            else "",
            sort=sort if sort in SORTS else "utlysning",
            descending=query.get("ordning", "fallande" if sort == "utlysning" else "")
            == "fallande",
        )


def application_list_for_officer(*, filters: ListFilters, user):
    """The list and its export, through the same visibility rule as every page."""
    participants = ApplicationOrganisation.objects.order_by("-is_lead", "organisation_name")
    qs = (
        Application.objects.select_related("call__fund")
        .prefetch_related(Prefetch("participants", queryset=participants))
        .filter(visibility(user=user))
    )
    if filters.call:
        qs = qs.filter(call_id=filters.call)
    if filters.fund:
        qs = qs.filter(call__fund__code=filters.fund)
    if filters.organisation:
        qs = qs.filter(participants__organisation_id=filters.organisation).distinct()
    if filters.status:
        qs = qs.filter(status=filters.status)
    if filters.rule_outcome:
        qs = qs.filter(rule_outcome=filters.rule_outcome)
    field = SORTS[filters.sort]
    return qs.order_by(
        f"-{field}" if filters.descending else field, "call__fund__code", "reference", "pk"
    )
