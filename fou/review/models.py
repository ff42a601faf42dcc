"""The R&D council's review: the call's criteria, who reviews what, conflicts
of interest (jäv) and the scores."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fou.core.text_limits import REASON_MAX, max_length_validators

LOWEST_SCORE, HIGHEST_SCORE = 1, 5


class Criterion(models.Model):
    """One of the call's assessment criteria with its weight (call data)."""

    call = models.ForeignKey(
        "calls.Call", on_delete=models.CASCADE, related_name="criteria", verbose_name=_("utlysning")
    )
    name = models.CharField(_("kriterium"), max_length=300)
    description = models.TextField(
        _("beskrivning"),
        blank=True,
        max_length=REASON_MAX,
        validators=max_length_validators(REASON_MAX),
    )
    weight = models.PositiveSmallIntegerField(
        _("vikt"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_(
            "Ett heltal från 1. Ett kriterium med vikt 3 väger tre gånger så tungt som ett "
            "med vikt 1."
        ),
    )
    order = models.PositiveSmallIntegerField(_("ordning"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("bedömningskriterium")
        verbose_name_plural = _("bedömningskriterier")
        ordering = ["call", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["call", "name"], name="criterion_name_once_per_call"),
            models.CheckConstraint(
                condition=models.Q(weight__gte=1), name="criterion_weight_gte_1"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} (vikt {self.weight})"


class Assignment(models.Model):
    """A council member is to review an application."""

    application = models.ForeignKey(
        "applications.Application",
        on_delete=models.CASCADE,
        related_name="assignments",
        verbose_name=_("ansökan"),
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ledamot"),
        on_delete=models.PROTECT,
        related_name="review_assignments",
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("tilldelad av"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    assigned_at = models.DateTimeField(_("tilldelad"), default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("tilldelning")
        verbose_name_plural = _("tilldelningar")
        ordering = ["application", "reviewer__first_name", "reviewer__username"]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "reviewer"], name="reviewer_once_per_application"
            )
        ]

    def __str__(self) -> str:
        return f"{self.reviewer} – {self.application}"


class ConflictOfInterest(models.Model):
    """Jäv (förvaltningslagen 16–18 §§): automatic when the member belongs to a
    participating organisation, otherwise declared by the member with a reason."""

    application = models.ForeignKey(
        "applications.Application",
        on_delete=models.CASCADE,
        related_name="conflicts",
        verbose_name=_("ansökan"),
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ledamot"),
        on_delete=models.PROTECT,
        related_name="conflicts_of_interest",
    )
    reason = models.TextField(
        _("skäl"),
        max_length=REASON_MAX,
        validators=max_length_validators(REASON_MAX),
    )
    automatic = models.BooleanField(_("automatiskt"), default=False)
    declared_at = models.DateTimeField(_("datum"), default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("jäv")
        verbose_name_plural = _("jäv")
        ordering = ["application", "declared_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "reviewer"], name="one_conflict_per_reviewer"
            )
        ]

    def __str__(self) -> str:
        return _("Jäv: {reviewer} – {application}").format(
            reviewer=self.reviewer, application=self.application
        )


class Score(models.Model):
    """A reviewer's score on one criterion. Empty while a draft is unfinished,
    so that a comment written before the score is not lost."""

    application = models.ForeignKey(
        "applications.Application",
        on_delete=models.CASCADE,
        related_name="scores",
        verbose_name=_("ansökan"),
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="review_scores",
        verbose_name=_("ledamot"),
    )
    criterion = models.ForeignKey(
        Criterion, on_delete=models.PROTECT, related_name="scores", verbose_name=_("kriterium")
    )
    value = models.PositiveSmallIntegerField(
        _("poäng"),
        null=True,
        blank=True,
        validators=[MinValueValidator(LOWEST_SCORE), MaxValueValidator(HIGHEST_SCORE)],
    )
    comment = models.TextField(
        _("kommentar"),
        blank=True,
        max_length=REASON_MAX,
        validators=max_length_validators(REASON_MAX),
    )
    updated_at = models.DateTimeField(_("senast ändrad"), auto_now=True)
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        verbose_name = _("poäng")
        verbose_name_plural = _("poäng")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "reviewer", "criterion"], name="one_score_per_criterion"
            ),
            models.CheckConstraint(
                condition=models.Q(value__isnull=True)
                | models.Q(value__gte=LOWEST_SCORE, value__lte=HIGHEST_SCORE),
                name="score_value_1_to_5",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.criterion.name}: {self.value}"


class ReviewSubmission(models.Model):
    """The reviewer has handed in all their scores for the application."""

    application = models.ForeignKey(
        "applications.Application",
        on_delete=models.CASCADE,
        related_name="review_submissions",
        verbose_name=_("ansökan"),
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="review_submissions",
        verbose_name=_("ledamot"),
    )
    submitted_at = models.DateTimeField(_("lämnad"), default=timezone.now)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("lämnad bedömning")
        verbose_name_plural = _("lämnade bedömningar")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "reviewer"], name="one_submission_per_reviewer"
            )
        ]

    def __str__(self) -> str:
        return f"{self.reviewer} – {self.application}"
