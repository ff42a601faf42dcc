"""Follow-up of grants: reports with their spending, repayments of unused
funds, re-purposing decisions and the reminders sent before deadlines.

Which moves are allowed lives in ``fou.domain.followup``; these models store
the states, and every change is kept by simple-history.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fou.domain.followup.deadlines import DeadlineKind
from fou.domain.followup.repayments import RepaymentState
from fou.domain.followup.reports import ReportState


class ReportKind(models.TextChoices):
    FINAL = "final", _("Slutrapport")
    TRAVEL = "travel", _("Reseberättelse")


class ReportQuestion(models.Model):
    """What a report asks, as data the grants office edits in the admin.

    Questions without a fund apply to every fund; a fund with questions of
    its own for a kind of report uses only those.
    """

    class AnswerType(models.TextChoices):
        TEXT = "text", _("Text")
        FILE = "file", _("Fil (kontrolleras till innehållet)")

    kind = models.CharField("rapport", max_length=10, choices=ReportKind.choices)
    fund = models.ForeignKey(
        "calls.Fund",
        verbose_name="fond",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="report_questions",
        help_text="Tomt = gäller alla fonder som inte har egna frågor.",
    )
    key = models.SlugField("nyckel", max_length=50)
    question = models.CharField("fråga", max_length=300)
    help_text = models.TextField("hjälptext", blank=True)
    answer_type = models.CharField(
        "svarstyp", max_length=10, choices=AnswerType.choices, default=AnswerType.TEXT
    )
    required = models.BooleanField("obligatorisk", default=True)
    order = models.PositiveSmallIntegerField("ordning", default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "fråga i rapport"
        verbose_name_plural = "frågor i rapporter"
        ordering = ["kind", "fund", "order"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "fund", "key"], name="report_question_key")
        ]

    def __str__(self) -> str:
        return self.question


class Report(models.Model):
    """A grant's final or travel report together with its spending."""

    grant = models.OneToOneField(
        "applications.Grant", on_delete=models.PROTECT, related_name="report", verbose_name="beslut"
    )
    kind = models.CharField("rapport", max_length=10, choices=ReportKind.choices)
    state = models.CharField(
        "status",
        max_length=20,
        choices=[(s.value, s.value) for s in ReportState],
        default=ReportState.DRAFT,
    )
    # [{"key", "question", "answer"}]: the question's wording is kept with
    # the answer, so a later change of the questions does not change old reports.
    answers = models.JSONField("svar", default=list, blank=True)
    spent = models.PositiveIntegerField("använt belopp (kr)", null=True, blank=True)
    attachment = models.FileField("bifogad fil", upload_to="reports/%Y/", blank=True)
    attachment_name = models.CharField("filnamn", max_length=255, blank=True)
    return_comment = models.TextField("handläggarens kommentar", blank=True)
    times_submitted = models.PositiveSmallIntegerField("antal inlämningar", default=0)
    submitted_at = models.DateTimeField("senast inskickad", null=True, blank=True)
    decided_at = models.DateTimeField("granskad", null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="granskad av",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    publishable = models.BooleanField("publiceras i kunskapsbanken", default=False)
    version = models.PositiveIntegerField("version", default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "rapport"
        verbose_name_plural = "rapporter"

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.grant.application.title}"


class Repayment(models.Model):
    """Unused funds of a grant, from the owner's declaration to settlement."""

    grant = models.OneToOneField(
        "applications.Grant",
        on_delete=models.PROTECT,
        related_name="repayment",
        verbose_name="beslut",
    )
    state = models.CharField(
        "status",
        max_length=20,
        choices=[(s.value, s.value) for s in RepaymentState],
        default=RepaymentState.NOT_DECLARED,
    )
    amount = models.PositiveIntegerField("belopp att återbetala (kr)", null=True, blank=True)
    declared_on = models.DateField("anmäld", null=True, blank=True)
    declared_late = models.BooleanField("anmäld efter sista dag", default=False)
    note = models.CharField(
        "anteckning", max_length=300, blank=True, help_text="T.ex. fakturanummer."
    )
    version = models.PositiveIntegerField("version", default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "återbetalning"
        verbose_name_plural = "återbetalningar"

    def __str__(self) -> str:
        return f"Återbetalning: {self.grant.application.title}"


class Repurposing(models.Model):
    """An owner's request to use a grant for something else, and the decision
    (in 2020 trip money went to running LUM projects and conferences)."""

    class State(models.TextChoices):
        PENDING = "pending", _("Väntar på beslut")
        APPROVED = "approved", _("Beviljad")
        REFUSED = "refused", _("Avslagen")

    grant = models.ForeignKey(
        "applications.Grant",
        on_delete=models.PROTECT,
        related_name="repurposings",
        verbose_name="beslut",
    )
    new_use = models.CharField("ny användning", max_length=500)
    reason = models.TextField("skäl")
    state = models.CharField("status", max_length=10, choices=State.choices, default=State.PENDING)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="begärd av",
    )
    requested_at = models.DateTimeField("ansökt", auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="beslutad av",
    )
    decided_at = models.DateTimeField("beslutad", null=True, blank=True)
    decision_comment = models.TextField("motivering", blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "omdisponering"
        verbose_name_plural = "omdisponeringar"
        ordering = ["-requested_at"]

    def __str__(self) -> str:
        return f"{self.new_use} ({self.get_state_display()})"


class ReminderSent(models.Model):
    """One reminder e-mail, so a second run on the same day sends nothing."""

    grant = models.ForeignKey(
        "applications.Grant",
        on_delete=models.CASCADE,
        related_name="reminders_sent",
        verbose_name="beslut",
    )
    deadline_kind = models.CharField(
        "sista dag för", max_length=20, choices=[(k.value, k.value) for k in DeadlineKind]
    )
    deadline = models.DateField("sista dag")
    # 30, 7 or 1 days before, or -1 for the day after a missed deadline.
    days_before = models.SmallIntegerField("dagar före")
    recipient = models.EmailField("mottagare")
    sent_at = models.DateTimeField("skickad", auto_now_add=True)

    class Meta:
        verbose_name = "skickad påminnelse"
        verbose_name_plural = "skickade påminnelser"
        constraints = [
            models.UniqueConstraint(
                fields=["grant", "deadline_kind", "deadline", "days_before", "recipient"],
                name="reminder_once",
            )
        ]

    def __str__(self) -> str:
        return f"{self.recipient}: {self.deadline_kind} {self.deadline} ({self.days_before})"
