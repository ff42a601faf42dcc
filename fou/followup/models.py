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

    kind = models.CharField(_("rapport"), max_length=10, choices=ReportKind.choices)
    fund = models.ForeignKey(
        "calls.Fund",
        verbose_name=_("fond"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="report_questions",
        help_text=_("Tomt = gäller alla fonder som inte har egna frågor."),
    )
    key = models.SlugField(_("nyckel"), max_length=50)
    question = models.CharField(_("fråga"), max_length=300)
    help_text = models.TextField(_("hjälptext"), blank=True)
    answer_type = models.CharField(
        _("svarstyp"), max_length=10, choices=AnswerType.choices, default=AnswerType.TEXT
    )
    required = models.BooleanField(_("obligatorisk"), default=True)
    order = models.PositiveSmallIntegerField(_("ordning"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("fråga i rapport")
        verbose_name_plural = _("frågor i rapporter")
        ordering = ["kind", "fund", "order"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "fund", "key"], name="report_question_key")
        ]

    def __str__(self) -> str:
        return self.question


class Report(models.Model):
    """A grant's final or travel report together with its spending."""

    grant = models.OneToOneField(
        "applications.Grant",
        on_delete=models.PROTECT,
        related_name="report",
        verbose_name=_("beslut"),
    )
    kind = models.CharField(_("rapport"), max_length=10, choices=ReportKind.choices)
    state = models.CharField(
        _("status"),
        max_length=20,
        choices=[(s.value, s.value) for s in ReportState],
        default=ReportState.DRAFT,
    )
    # [{"key", "question", "answer"}]: the question's wording is kept with
    # the answer, so a later change of the questions does not change old reports.
    answers = models.JSONField(_("svar"), default=list, blank=True)
    spent = models.PositiveIntegerField(_("använt belopp (kr)"), null=True, blank=True)
    attachment = models.FileField(_("bifogad fil"), upload_to="reports/%Y/", blank=True)
    attachment_name = models.CharField(_("filnamn"), max_length=255, blank=True)
    return_comment = models.TextField(_("handläggarens kommentar"), blank=True)
    times_submitted = models.PositiveSmallIntegerField(_("antal inlämningar"), default=0)
    submitted_at = models.DateTimeField(_("senast inskickad"), null=True, blank=True)
    decided_at = models.DateTimeField(_("granskad"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("granskad av"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    publishable = models.BooleanField(_("publiceras i kunskapsbanken"), default=False)
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("rapport")
        verbose_name_plural = _("rapporter")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.grant.application.title}"


class Repayment(models.Model):
    """Unused funds of a grant, from the owner's declaration to settlement."""

    grant = models.OneToOneField(
        "applications.Grant",
        on_delete=models.PROTECT,
        related_name="repayment",
        verbose_name=_("beslut"),
    )
    state = models.CharField(
        _("status"),
        max_length=20,
        choices=[(s.value, s.value) for s in RepaymentState],
        default=RepaymentState.NOT_DECLARED,
    )
    amount = models.PositiveIntegerField(_("belopp att återbetala (kr)"), null=True, blank=True)
    declared_on = models.DateField(_("anmäld"), null=True, blank=True)
    declared_late = models.BooleanField(_("anmäld efter sista dag"), default=False)
    note = models.CharField(
        _("anteckning"), max_length=300, blank=True, help_text=_("T.ex. fakturanummer.")
    )
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("återbetalning")
        verbose_name_plural = _("återbetalningar")

    def __str__(self) -> str:
        return _("Återbetalning: {title}").format(title=self.grant.application.title)


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
        verbose_name=_("beslut"),
    )
    new_use = models.CharField(_("ny användning"), max_length=500)
    reason = models.TextField(_("skäl"))
    state = models.CharField(
        _("status"), max_length=10, choices=State.choices, default=State.PENDING
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("begärd av"),
    )
    requested_at = models.DateTimeField(_("ansökt"), auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("beslutad av"),
    )
    decided_at = models.DateTimeField(_("beslutad"), null=True, blank=True)
    decision_comment = models.TextField(_("motivering"), blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("omdisponering")
        verbose_name_plural = _("omdisponeringar")
        ordering = ["-requested_at"]

    def __str__(self) -> str:
        return f"{self.new_use} ({self.get_state_display()})"


class ReminderSent(models.Model):
    """One reminder e-mail, so a second run on the same day sends nothing."""

    grant = models.ForeignKey(
        "applications.Grant",
        on_delete=models.CASCADE,
        related_name="reminders_sent",
        verbose_name=_("beslut"),
    )
    deadline_kind = models.CharField(
        _("sista dag för"), max_length=20, choices=[(k.value, k.value) for k in DeadlineKind]
    )
    deadline = models.DateField(_("sista dag"))
    # 30, 7 or 1 days before, or -1 for the day after a missed deadline.
    days_before = models.SmallIntegerField(_("dagar före"))
    recipient = models.EmailField(_("mottagare"))
    sent_at = models.DateTimeField(_("skickad"), auto_now_add=True)

    class Meta:
        verbose_name = _("skickad påminnelse")
        verbose_name_plural = _("skickade påminnelser")
        constraints = [
            models.UniqueConstraint(
                fields=["grant", "deadline_kind", "deadline", "days_before", "recipient"],
                name="reminder_once",
            )
        ]

    def __str__(self) -> str:
        return f"{self.recipient}: {self.deadline_kind} {self.deadline} ({self.days_before})"
