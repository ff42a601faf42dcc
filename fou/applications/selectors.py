"""Reading applications, always through what the user may see."""

from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from fou.accounts.models import Role, User
from fou.accounts.permissions import hide, refuse
from fou.applications.models import (
    Application,
    ApplicationOrganisation,
    Grant,
    Status,
    WorkshopAttendance,
)
from fou.applications.ports import conflicted_applications, has_conflict_of_interest
from fou.core.archive import application_is_kept
from fou.core.audit import audit_entries
from fou.domain.sorting import swedish_key
from fou.organisations.selectors import organisation_options

DECIDED = [Status.GRANTED, Status.REFUSED]


IN_REVIEW = [Status.SUBMITTED, Status.UNDER_REVIEW]


def visibility(*, user) -> Q:
    """The one rule of who reads which application, as a filter:
    officers and administrators everything; applicants their own
    organisations' applications, drafts included; council members the
    submitted applications under review, except those they are jävig for;
    everyone signed in the decided ones, which are public records."""
    if not user.is_authenticated:
        return Q(pk__in=[])
    if user.is_officer:
        return Q()
    visible = Q(status__in=DECIDED)
    if user.is_council_member:
        visible |= Q(status__in=IN_REVIEW) & ~Q(pk__in=conflicted_applications(user=user))
    if user.is_applicant:
        visible |= Q(pk__in=own_applications(user=user))
    return visible


def own_applications(*, user):
    """Ids of the applications the user's organisations take part in."""
    return ApplicationOrganisation.objects.filter(organisation__in=user.organisation_ids).values(
        "application_id"
    )


def applications_visible_to(*, user):
    qs = Application.objects.select_related("call__fund", "grant").prefetch_related("participants")
    return qs.filter(visibility(user=user))


def application_for_reading(*, user, pk: int) -> Application:
    """The application if the user may read it. A council member who is jävig
    is refused (403, logged as a jäv attempt); anyone else who may not see
    it gets 404, so that others' drafts are not even confirmed to exist."""
    try:
        return applications_visible_to(user=user).get(pk=pk)
    except Application.DoesNotExist:
        pass
    application = Application.objects.filter(pk=pk).first()
    if (
        application is not None
        and user.is_authenticated
        and user.is_council_member
        and application.status in IN_REVIEW
        and has_conflict_of_interest(user=user, application=application)
    ):
        refuse(user, f"läsa ansökan {pk} trots jäv", kind="conflict_of_interest")
    hide(user, f"ansökan {pk}")


def user_may_edit(*, user, application: Application) -> bool:
    if not (user.is_authenticated and user.is_applicant):
        return False
    if application.status != Status.DRAFT:
        return False
    own = user.organisation_ids
    return any(p.organisation_id in own for p in application.participants.all())


def user_is_lead_member(*, user, application: Application) -> bool:
    """Only the lead organisation submits and invites co-applicants."""
    if not (user.is_authenticated and user.is_applicant):
        return False
    lead = application.lead
    return lead is not None and lead.organisation_id in user.organisation_ids


def user_may_delete_draft(*, user, application: Application) -> bool:
    """The lead organisation deletes its own draft, if it was never submitted."""
    return (
        user_is_lead_member(user=user, application=application)
        and application.status == Status.DRAFT
        and not application_is_kept(application)
    )


def invitable_organisations(*, application: Application) -> list[tuple[int, str]]:
    """(id, name) of the organisations that exist when the call opens and are
    not yet taking part, in Swedish order."""
    day = (application.call.opens_at or application.created_at).date()
    taking_part = {p.organisation_id for p in application.participants.all()}
    return [o for o in organisation_options(day=day) if o[0] not in taking_part]


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


UNTITLED = _("Namnlöst utkast")


def empty_drafts(*, call, organisations):
    """Drafts of this call that nobody has written anything in yet, by the
    lead organisation's id: starting again continues one of these."""
    drafts = (
        Application.objects.filter(
            call=call,
            status=Status.DRAFT,
            title=UNTITLED,
            purpose="",
            amount_asked__isnull=True,
            gender_equality_analysis="",
            attachments__isnull=True,
            participants__is_lead=True,
            participants__organisation__in=organisations,
        )
        .annotate(lead_organisation_id=F("participants__organisation_id"))
        .order_by("pk")
    )
    found = {}
    for draft in drafts:
        found.setdefault(draft.lead_organisation_id, draft)
    return found


def workshop_notice(*, call, user):
    """For an applicant and a call that requires the workshop: which of the
    user's organisations have attended, and the grants officers to ask.
    None when there is nothing to say."""
    if not (call.workshop_required and user.is_authenticated and user.is_applicant):
        return None
    attended = set(
        WorkshopAttendance.objects.filter(call=call).values_list("organisation_id", flat=True)
    )
    organisations = [
        {"name": o.current_name, "attended": o.pk in attended}
        for o in user.organisations.prefetch_related("names")
    ]
    contacts = User.objects.filter(role=Role.OFFICER, is_active=True).order_by(
        "last_name", "first_name"
    )
    return {"organisations": organisations, "contacts": list(contacts)}


def workshop_attendances(*, call):
    """The organisations recorded as having attended the call's workshop,
    by name in Swedish order."""
    rows = WorkshopAttendance.objects.filter(call=call).select_related("organisation")
    return sorted(rows, key=lambda a: swedish_key(a.organisation.current_name))


def workshop_attendance_history(*, call, limit: int = 50):
    """Who recorded, changed or removed which attendance of the call, and when."""
    records = (
        WorkshopAttendance.history.filter(call_id=call.pk)
        .select_related("history_user")
        .order_by("-history_date", "-history_id")
    )
    return audit_entries(records[:limit])
