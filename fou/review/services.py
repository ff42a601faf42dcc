"""Writes to the review: each one transaction, each one recorded with who and why.

Jäv is checked here, on the server, whatever the page offered: a jävig member
is refused (and the refusal logged) before anything is stored.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from fou.accounts.permissions import refuse, require_officer
from fou.calls.models import Call
from fou.core.versioning import save_audited
from fou.review.balancing import balance
from fou.review.conflicts import automatic_conflicts, automatic_reason, has_conflict_of_interest
from fou.review.models import (
    Assignment,
    ConflictOfInterest,
    Criterion,
    ReviewSubmission,
    Score,
)
from fou.review.selectors import (
    REVIEW_STATUSES,
    applications_in_review,
    council_members,
    criteria_for,
    criteria_version,
    has_submitted,
    is_assigned,
)


class ReviewError(ValueError):
    """A refusal the person can act on, in Swedish."""

    def __init__(self, message: str, fields=()):
        super().__init__(message)
        self.message = message
        self.fields = list(fields)


def _delete_audited(instance, *, user, reason: str) -> None:
    instance._history_user = user
    instance._change_reason = reason
    instance.delete()


def _require_in_review(application) -> None:
    if application.status not in REVIEW_STATUSES:
        raise ReviewError(_("Ansökan är inte under bedömning."))


@transaction.atomic
def assignment_create(*, application, reviewer, user) -> Assignment:
    require_officer(user, f"tilldela ansökan {application.pk}")
    _require_in_review(application)
    if not reviewer.is_council_member:
        raise ReviewError(
            _("{display_name} är inte ledamot i FoU-rådet.").format(
                display_name=reviewer.display_name
            )
        )
    if has_conflict_of_interest(user=reviewer, application=application):
        refuse(
            user,
            f"tilldela ansökan {application.pk} till jävig ledamot {reviewer.username}",
        )
    if is_assigned(user=reviewer, application=application):
        raise ReviewError(
            _("{display_name} bedömer redan ansökan.").format(display_name=reviewer.display_name)
        )
    assignment = Assignment(application=application, reviewer=reviewer, assigned_by=user)
    save_audited(instance=assignment, user=user, reason="Tilldelad för bedömning")
    return assignment


@transaction.atomic
def assignment_remove(*, assignment, user) -> None:
    require_officer(user, f"ta bort tilldelning {assignment.pk}")
    _delete_audited(assignment, user=user, reason="Tilldelning borttagen")


@dataclass(frozen=True)
class AutoAssignResult:
    created: int
    short: dict  # application -> reviewers missing because too few are without jäv


@transaction.atomic
def conflicts_record_automatic(*, call, user) -> int:
    """Record automatic jäv so the minutes have the date it was established."""
    recorded = set(
        ConflictOfInterest.objects.filter(application__call=call).values_list(
            "application_id", "reviewer_id"
        )
    )
    created = 0
    for (application_id, reviewer_id), name in sorted(automatic_conflicts(call=call).items()):
        if (application_id, reviewer_id) in recorded:
            continue
        conflict = ConflictOfInterest(
            application_id=application_id,
            reviewer_id=reviewer_id,
            reason=automatic_reason(name),
            automatic=True,
        )
        save_audited(instance=conflict, user=user, reason="Jäv fastställt automatiskt")
        created += 1
    return created


@transaction.atomic
def assign_automatically(*, call, user, per_application: int = 2) -> AutoAssignResult:
    """Fördela automatiskt: every application in review gets ``per_application``
    council members, never one with jäv, with the load spread evenly.
    Assignments made earlier are kept and count."""
    require_officer(user, f"fördela {call} automatiskt")
    if per_application < 1:
        raise ReviewError(_("Ange minst en bedömare per ansökan."), ["per_application"])
    conflicts_record_automatic(call=call, user=user)
    applications = {a.pk: a for a in applications_in_review(call=call)}
    reviewers = {r.pk: r for r in council_members()}
    conflicts = set(
        ConflictOfInterest.objects.filter(application__call=call).values_list(
            "application_id", "reviewer_id"
        )
    )
    existing = Assignment.objects.filter(application__in=applications).values_list(
        "application_id", "reviewer_id"
    )
    result = balance(
        applications=applications,
        reviewers=reviewers,
        conflicts=conflicts,
        existing=existing,
        per_application=per_application,
    )
    for application_id, reviewer_id in result.new:
        assignment = Assignment(
            application=applications[application_id],
            reviewer=reviewers[reviewer_id],
            assigned_by=user,
        )
        save_audited(instance=assignment, user=user, reason="Fördelad automatiskt")
    short = {applications[a]: missing for a, missing in result.short.items()}
    return AutoAssignResult(created=len(result.new), short=short)


@transaction.atomic
def conflict_declare(*, application, user, reason: str) -> ConflictOfInterest:
    """A council member declares jäv; they no longer review the application."""
    if not user.is_council_member:
        refuse(user, f"anmäla jäv för ansökan {application.pk}")
    _require_in_review(application)
    reason = reason.strip()
    if not reason:
        raise ReviewError(_("Skriv varför du är jävig."), ["reason"])
    if ConflictOfInterest.objects.filter(reviewer=user, application=application).exists():
        raise ReviewError(_("Du har redan jäv för ansökan."))
    conflict = ConflictOfInterest(application=application, reviewer=user, reason=reason)
    save_audited(instance=conflict, user=user, reason="Jäv anmält av ledamoten")
    for assignment in Assignment.objects.filter(reviewer=user, application=application):
        _delete_audited(assignment, user=user, reason="Tilldelning borttagen efter anmält jäv")
    return conflict


def _require_may_score(*, application, user) -> None:
    if not user.is_council_member:
        refuse(user, f"bedöma ansökan {application.pk}")
    if has_conflict_of_interest(user=user, application=application):
        refuse(user, f"bedöma ansökan {application.pk} trots jäv")
    if not is_assigned(user=user, application=application):
        refuse(user, f"bedöma ansökan {application.pk} utan tilldelning")
    _require_in_review(application)
    if has_submitted(user=user, application=application):
        raise ReviewError(_("Du har redan lämnat din bedömning av ansökan."))


@transaction.atomic
def score_save(*, application, user, entries: dict[int, tuple[int | None, str]]) -> int:
    """Save the member's draft scores: criterion id → (value or None, comment).
    Only the member's own assigned application, never one with jäv."""
    _require_may_score(application=application, user=user)
    criteria = {c.pk: c for c in criteria_for(call=application.call)}
    existing = {
        s.criterion_id: s for s in Score.objects.filter(application=application, reviewer=user)
    }
    saved = 0
    for criterion_id, (value, comment) in sorted(entries.items()):
        if criterion_id not in criteria:
            raise ReviewError(_("Kriteriet hör inte till utlysningen."))
        if value is not None and not 1 <= value <= 5:
            raise ReviewError(_("Poängen ska vara 1–5."), [criterion_id])
        score = existing.get(criterion_id)
        if score is None:
            if value is None and not comment:
                continue
            score = Score(application=application, reviewer=user, criterion=criteria[criterion_id])
        elif (score.value, score.comment) == (value, comment):
            continue
        score.value, score.comment = value, comment
        save_audited(instance=score, user=user, reason="Poäng sparade")
        saved += 1
    return saved


@transaction.atomic
def review_submit(*, application, user) -> ReviewSubmission:
    """Hand in the review; every criterion needs a score first."""
    _require_may_score(application=application, user=user)
    scored = set(
        Score.objects.filter(
            application=application, reviewer=user, value__isnull=False
        ).values_list("criterion_id", flat=True)
    )
    missing = [c for c in criteria_for(call=application.call) if c.pk not in scored]
    if missing:
        names = ", ".join(c.name for c in missing)
        raise ReviewError(
            _("Ge poäng för varje kriterium innan du lämnar bedömningen. Saknas: {names}.").format(
                names=names
            ),
            [c.pk for c in missing],
        )
    submission = ReviewSubmission(
        application=application, reviewer=user, submitted_at=timezone.now()
    )
    save_audited(instance=submission, user=user, reason="Bedömning lämnad")
    return submission


class CriteriaChanged(Exception):
    """The criteria were saved by someone (or another tab) after the page loaded."""

    def __init__(self, *, expected_version: int, current_version: int, criteria, changed_by):
        super().__init__(_("Kriterierna har ändrats sedan sidan öppnades."))
        self.expected_version = expected_version
        self.current_version = current_version
        self.criteria = criteria
        self.changed_by = changed_by


@transaction.atomic
def criteria_check_version(*, call, user, expected_version: int) -> None:
    """Lock the call (its criteria change as a whole) and compare versions."""
    Call.objects.select_for_update().filter(pk=call.pk).first()
    current = criteria_version(call=call)
    if current == expected_version:
        return
    latest = Criterion.history.filter(call_id=call.pk).select_related("history_user").first()
    who = latest.history_user if latest else None
    raise CriteriaChanged(
        expected_version=expected_version,
        current_version=current,
        criteria=criteria_for(call=call),
        changed_by=_("du själv") if who == user else (who.display_name if who else _("okänd")),
    )


@transaction.atomic
def criteria_update(*, call, formset, user, reason: str, expected_version: int) -> None:
    """Save the call's criteria and weights from the edit page, if nobody
    changed them since the page was loaded (``CriteriaChanged`` otherwise)."""
    require_officer(user, f"ändra kriterier för {call}")
    criteria_check_version(call=call, user=user, expected_version=expected_version)
    for form in formset.deleted_forms:
        criterion = form.instance
        if criterion.pk is None:
            continue
        if criterion.scores.exists():
            raise ReviewError(
                _("”{name}” har redan poäng och kan inte tas bort. Ändra vikten i stället.").format(
                    name=criterion.name
                )
            )
        _delete_audited(criterion, user=user, reason=reason)
    for form in formset.forms:
        if form in formset.deleted_forms or not form.has_changed():
            continue
        criterion = form.save(commit=False)
        criterion.call = call
        save_audited(instance=criterion, user=user, reason=reason)
