"""Reading reviews, always through what the viewer may see.

The rules in one place: officers see every submitted review; a council
member sees others' scores of an application only after handing in their
own, and never sees anything of an application where they are jävig.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from fou.accounts.models import Role, User
from fou.accounts.permissions import hide, refuse
from fou.applications.models import Application, Status
from fou.calls.models import Call
from fou.review.conflicts import conflict_pairs, has_conflict_of_interest
from fou.review.models import Assignment, ConflictOfInterest, Criterion, ReviewSubmission, Score
from fou.review.scoring import Spread, spread, weighted_score

REVIEW_STATUSES = [Status.SUBMITTED, Status.UNDER_REVIEW]


def calls_for_review():
    """Every call, newest first, with its applications in review and its
    criteria counted once each: a new call is listed before it has either,
    so the office can set its criteria."""
    return (
        Call.objects.select_related("fund")
        .annotate(
            in_review=Count(
                "applications",
                filter=Q(applications__status__in=REVIEW_STATUSES),
                distinct=True,
            ),
            criteria_count=Count("criteria", distinct=True),
        )
        .order_by("-year", "fund__code")
    )


def council_members():
    return User.objects.filter(role=Role.COUNCIL, is_active=True).order_by(
        "first_name", "last_name", "username"
    )


def applications_in_review(*, call):
    return (
        Application.objects.filter(call=call, status__in=REVIEW_STATUSES)
        .prefetch_related("participants")
        .order_by("reference", "pk")
    )


def application_for_review(*, user, pk: int) -> Application:
    """The application for a council member's review pages: only a submitted
    application under review (a draft answers 404), refused if jävig; each
    refusal is logged. Officers read any application."""
    if not user.is_authenticated or not (user.is_council_member or user.is_officer):
        refuse(user, f"bedömningssida för ansökan {pk}")
    applications = Application.objects.select_related("call__fund").prefetch_related("participants")
    if user.is_council_member:
        applications = applications.filter(status__in=REVIEW_STATUSES)
    application = applications.filter(pk=pk).first()
    if application is None:
        hide(user, f"bedömning av ansökan {pk}")
    if user.is_council_member and has_conflict_of_interest(user=user, application=application):
        refuse(
            user,
            f"bedömning av ansökan {pk} trots jäv",
            kind="conflict_of_interest",
        )
    return application


def criteria_for(*, call) -> list[Criterion]:
    return list(Criterion.objects.filter(call=call))


def criteria_version(*, call) -> int:
    """The version of a call's criteria as a whole: one more than the number
    of recorded changes (added, changed, removed), so it only grows."""
    return Criterion.history.filter(call_id=call.pk).count() + 1


# Scores ------------------------------------------------------------------------


@dataclass(frozen=True)
class CriterionScore:
    criterion: Criterion
    value: int | None
    comment: str


@dataclass(frozen=True)
class Review:
    reviewer: User
    scores: list[CriterionScore]
    weighted: float | None
    submitted: bool


@dataclass(frozen=True)
class ScoreSummary:
    application: Application
    criteria: list[Criterion]
    reviews: list[Review]  # what the viewer may see
    spread: Spread  # over submitted reviews the viewer may see
    others_hidden: bool

    @property
    def by_criterion(self) -> list[tuple[Criterion, list[CriterionScore]]]:
        """One row per criterion with each visible reviewer's score, for tables."""
        return [(c, [r.scores[i] for r in self.reviews]) for i, c in enumerate(self.criteria)]


def _reviews(*, applications, criteria, only_submitted: bool) -> dict[int, list[Review]]:
    """Reviews per application id, jävig reviewers left out."""
    weights = {c.pk: c.weight for c in criteria}
    application_ids = [a.pk for a in applications]
    calls = {a.call_id for a in applications}
    conflicts = set().union(*(conflict_pairs(call=c) for c in calls)) if calls else set()
    submitted = set(
        ReviewSubmission.objects.filter(application_id__in=application_ids).values_list(
            "application_id", "reviewer_id"
        )
    )
    grouped: dict[tuple[int, int], dict[int, Score]] = defaultdict(dict)
    reviewers = {}
    for score in Score.objects.filter(application_id__in=application_ids).select_related(
        "reviewer"
    ):
        grouped[(score.application_id, score.reviewer_id)][score.criterion_id] = score
        reviewers[score.reviewer_id] = score.reviewer
    result: dict[int, list[Review]] = defaultdict(list)
    for key in sorted(grouped, key=lambda k: (k[0], reviewers[k[1]].username)):
        if key in conflicts or (only_submitted and key not in submitted):
            continue
        scores = grouped[key]
        result[key[0]].append(
            Review(
                reviewer=reviewers[key[1]],
                scores=[
                    CriterionScore(
                        c,
                        scores[c.pk].value if c.pk in scores else None,
                        scores[c.pk].comment if c.pk in scores else "",
                    )
                    for c in criteria
                ],
                weighted=weighted_score({c: s.value for c, s in scores.items()}, weights),
                submitted=key in submitted,
            )
        )
    return result


def weighted_scores(*, call) -> dict[int, float]:
    """Each application's mean weighted score (1–5) over the submitted reviews
    of reviewers without jäv; applications without such reviews are absent."""
    applications = list(Application.objects.filter(call=call))
    reviews = _reviews(
        applications=applications, criteria=criteria_for(call=call), only_submitted=True
    )
    means = {
        pk: spread(r.weighted for r in rs if r.weighted is not None).mean
        for pk, rs in reviews.items()
    }
    return {pk: mean for pk, mean in means.items() if mean is not None}


def has_submitted(*, user, application) -> bool:
    return ReviewSubmission.objects.filter(reviewer=user, application=application).exists()


def score_summary(*, application, viewer) -> ScoreSummary:
    """The application's reviews as the viewer may see them; refused (and
    logged) for a jävig member and for anyone outside the office and council."""
    if not (viewer.is_authenticated and (viewer.is_officer or viewer.is_council_member)):
        refuse(viewer, f"se bedömningar av ansökan {application.pk}")
    if viewer.is_council_member and has_conflict_of_interest(user=viewer, application=application):
        refuse(
            viewer,
            f"se bedömningar av ansökan {application.pk} trots jäv",
            kind="conflict_of_interest",
        )
    criteria = criteria_for(call=application.call)
    reviews = _reviews(applications=[application], criteria=criteria, only_submitted=False)
    visible = reviews.get(application.pk, [])
    others_hidden = False
    if viewer.is_officer:
        visible = [r for r in visible if r.submitted]
    elif not has_submitted(user=viewer, application=application):
        others_hidden = True
        visible = [r for r in visible if r.reviewer.pk == viewer.pk]
    else:
        visible = [r for r in visible if r.submitted]
    submitted_scores = [r.weighted for r in visible if r.submitted and r.weighted is not None]
    return ScoreSummary(application, criteria, visible, spread(submitted_scores), others_hidden)


@dataclass(frozen=True)
class RankedRow:
    rank: int | None
    application: Application
    spread: Spread


def ranked_list(*, call, viewer) -> list[RankedRow]:
    """The call's applications by mean weighted score, highest first; ties and
    unreviewed ones by reference. A council member sees only the applications
    whose summary they may see."""
    if not (viewer.is_authenticated and (viewer.is_officer or viewer.is_council_member)):
        refuse(viewer, f"se rangordning för {call}")
    applications = list(applications_in_review(call=call))
    if viewer.is_council_member:
        conflicts = conflict_pairs(call=call)
        handed_in = set(
            ReviewSubmission.objects.filter(reviewer=viewer).values_list(
                "application_id", flat=True
            )
        )
        applications = [
            a for a in applications if a.pk in handed_in and (a.pk, viewer.pk) not in conflicts
        ]
    reviews = _reviews(
        applications=applications, criteria=criteria_for(call=call), only_submitted=True
    )
    spreads = {
        a.pk: spread(r.weighted for r in reviews.get(a.pk, []) if r.weighted is not None)
        for a in applications
    }
    ordered = sorted(
        applications,
        key=lambda a: (
            spreads[a.pk].mean is None,
            -(spreads[a.pk].mean or 0),
            a.reference or "",
            a.pk,
        ),
    )
    rows, rank = [], 0
    for application in ordered:
        scored = spreads[application.pk].mean is not None
        rank += scored
        rows.append(RankedRow(rank if scored else None, application, spreads[application.pk]))
    return rows


# The reviewer's own work -------------------------------------------------------------


@dataclass(frozen=True)
class AssignedRow:
    application: Application
    status: str  # "ej påbörjad", "påbörjad", "lämnad"
    submitted: bool


def applications_for_reviewer(*, user) -> list[AssignedRow]:
    """Applications assigned to the member, jävig ones left out."""
    assignments = (
        Assignment.objects.filter(reviewer=user, application__status__in=REVIEW_STATUSES)
        .select_related("application__call__fund")
        .prefetch_related("application__participants")
        .order_by("-application__call__year", "application__reference", "application__pk")
    )
    handed_in = set(
        ReviewSubmission.objects.filter(reviewer=user).values_list("application_id", flat=True)
    )
    started = set(Score.objects.filter(reviewer=user).values_list("application_id", flat=True))
    rows = []
    for assignment in assignments:
        application = assignment.application
        if has_conflict_of_interest(user=user, application=application):
            continue
        if application.pk in handed_in:
            status = _("Lämnad")
        elif application.pk in started:
            status = _("Påbörjad")
        else:
            status = _("Ej påbörjad")
        rows.append(AssignedRow(application, status, application.pk in handed_in))
    return rows


def declared_conflicts(*, user):
    return ConflictOfInterest.objects.filter(reviewer=user).select_related("application__call")


def own_scores(*, user, application) -> dict[int, Score]:
    return {s.criterion_id: s for s in Score.objects.filter(reviewer=user, application=application)}


def is_assigned(*, user, application) -> bool:
    return Assignment.objects.filter(reviewer=user, application=application).exists()
