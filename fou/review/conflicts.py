"""Conflicts of interest (jäv), förvaltningslagen 16–18 §§: automatic when a
council member belongs to an organisation taking part in the application,
otherwise declared by the member with a reason."""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from fou.accounts.models import Role, User
from fou.applications.models import Application, ApplicationOrganisation, Status
from fou.review.models import ConflictOfInterest

# Automatic jäv is worked out for applications still being reviewed; for
# decided ones only what was recorded at the time counts.
IN_REVIEW = [Status.SUBMITTED, Status.UNDER_REVIEW]


def has_conflict_of_interest(*, user, application) -> bool:
    """Jäv: declared, or the member belongs to a participating organisation."""
    if ConflictOfInterest.objects.filter(reviewer=user, application=application).exists():
        return True
    own = user.organisations.values("pk")
    return application.participants.filter(organisation__in=own).exists()


def conflicted_applications(*, user):
    """Ids of the applications the member is jävig for, as a subquery."""
    own = ApplicationOrganisation.objects.filter(
        organisation__in=user.organisations.values("pk")
    ).values("application_id")
    declared = ConflictOfInterest.objects.filter(reviewer=user).values("application_id")
    return Application.objects.filter(Q(pk__in=own) | Q(pk__in=declared)).values("pk")


def automatic_conflicts(*, call, in_review_only: bool = True) -> dict[tuple[int, int], str]:
    """(application id, council member id) → the shared organisation's name."""
    participants = ApplicationOrganisation.objects.filter(application__call=call)
    if in_review_only:
        participants = participants.filter(application__status__in=IN_REVIEW)
    participants = participants.values_list(
        "application_id", "organisation_id", "organisation_name"
    )
    members = defaultdict(list)
    for organisation_id, user_id in User.organisations.through.objects.filter(
        user__role=Role.COUNCIL
    ).values_list("organisation_id", "user_id"):
        members[organisation_id].append(user_id)
    return {
        (application_id, user_id): name
        for application_id, organisation_id, name in participants
        for user_id in members[organisation_id]
    }


def conflict_pairs(*, call) -> set[tuple[int, int]]:
    declared = ConflictOfInterest.objects.filter(application__call=call).values_list(
        "application_id", "reviewer_id"
    )
    return set(declared) | set(automatic_conflicts(call=call, in_review_only=False))


@dataclass(frozen=True)
class ConflictRow:
    application: Application
    reviewer: User
    reason: str
    automatic: bool
    declared_at: object  # None while an automatic jäv is not yet recorded


def conflict_list(*, call) -> list[ConflictRow]:
    """Every jäv of the call for the minutes: recorded ones and automatic ones
    that follow from organisation membership but are not recorded yet."""
    recorded = ConflictOfInterest.objects.filter(application__call=call).select_related(
        "application", "reviewer"
    )
    rows = [
        ConflictRow(c.application, c.reviewer, c.reason, c.automatic, c.declared_at)
        for c in recorded
    ]
    seen = {(r.application.pk, r.reviewer.pk) for r in rows}
    pending = {k: v for k, v in automatic_conflicts(call=call).items() if k not in seen}
    if pending:
        applications = Application.objects.in_bulk({a for a, _u in pending})
        users = User.objects.in_bulk({u for _a, u in pending})
        for (application_id, user_id), name in pending.items():
            rows.append(
                ConflictRow(
                    applications[application_id],
                    users[user_id],
                    automatic_reason(name),
                    True,
                    None,
                )
            )
    return sorted(
        rows, key=lambda r: (r.application.reference or "", r.application.pk, r.reviewer.username)
    )


def automatic_reason(organisation_name: str) -> str:
    return _("Ledamoten företräder {organisation_name}, som deltar i ansökan.").format(
        organisation_name=organisation_name
    )
