"""Reading applications, always through what the user may see."""

from django.db.models import Q
from django.http import Http404

from fou.applications.models import Application, Grant, Status
from fou.domain.sorting import swedish_key
from fou.organisations.selectors import organisations_existing_on

DECIDED = [Status.GRANTED, Status.REFUSED]


def applications_visible_to(*, user):
    """Officers see everything; others see their own organisations' applications
    and the decided ones, which are public records. Drafts stay with their
    organisation."""
    qs = Application.objects.select_related("call__fund", "grant").prefetch_related("participants")
    if not user.is_authenticated:
        return qs.none()
    if user.is_officer:
        return qs
    own = Q(participants__organisation__in=user.organisations.all())
    visible = Q(status__in=DECIDED)
    if user.is_council_member:
        visible |= Q(status__in=[Status.SUBMITTED, Status.UNDER_REVIEW])
    if user.is_applicant:
        visible |= own
    return qs.filter(visible).distinct()


def application_for(*, user, pk: int) -> Application:
    """The application if the user may see it; otherwise 404, so that others'
    drafts are not even confirmed to exist."""
    try:
        return applications_visible_to(user=user).get(pk=pk)
    except Application.DoesNotExist:
        raise Http404("Ansökan finns inte eller så saknar du behörighet.") from None


def user_may_edit(*, user, application: Application) -> bool:
    if not (user.is_authenticated and user.is_applicant):
        return False
    if application.status != Status.DRAFT:
        return False
    own = user.organisations.values_list("pk", flat=True)
    return application.participants.filter(organisation__in=own).exists()


def user_is_lead_member(*, user, application: Application) -> bool:
    """Only the lead organisation submits and invites co-applicants."""
    if not (user.is_authenticated and user.is_applicant):
        return False
    lead = application.lead
    return lead is not None and user.organisations.filter(pk=lead.organisation_id).exists()


def invitable_organisations(*, application: Application):
    """Organisations that exist when the call opens and are not yet taking part."""
    day = (application.call.opens_at or application.created_at).date()
    taking_part = application.participants.values_list("organisation", flat=True)
    return sorted(
        organisations_existing_on(day=day).exclude(pk__in=taking_part),
        key=lambda o: swedish_key(o.current_name),
    )


def granted_projects_by_year():
    """Decided applications, grouped by the year of the call, newest first."""
    grants = (
        Grant.objects.select_related("application__call__fund", "organisation")
        .prefetch_related("application__participants")
        .order_by("-application__call__year", "application__call__fund__code", "organisation_name")
    )
    years: dict[int, list[Grant]] = {}
    for grant in grants:
        years.setdefault(grant.application.call.year, []).append(grant)
    return years
