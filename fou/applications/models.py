"""Applications for a call, their organisations, attachments and grants."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fou.core.text_limits import LONG_TEXT_MAX, REASON_MAX, max_length_validators
from fou.domain.questions import display


class Status(models.TextChoices):
    DRAFT = "draft", _("Utkast")
    SUBMITTED = "submitted", _("Inskickad")
    UNDER_REVIEW = "under_review", _("Under beredning")
    GRANTED = "granted", _("Beviljad")
    REFUSED = "refused", _("Avslagen")
    WITHDRAWN = "withdrawn", _("Återtagen")


class Application(models.Model):
    call = models.ForeignKey(
        "calls.Call",
        on_delete=models.PROTECT,
        related_name="applications",
        verbose_name=_("utlysning"),
    )
    reference = models.CharField(
        _("diarienummer"), max_length=30, unique=True, null=True, blank=True
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    title = models.CharField(_("projektets namn"), max_length=500)
    purpose = models.TextField(
        _("syfte"),
        blank=True,
        max_length=LONG_TEXT_MAX,
        validators=max_length_validators(LONG_TEXT_MAX),
    )
    project_year = models.PositiveSmallIntegerField(_("projektår"), null=True, blank=True)
    continues = models.ForeignKey(
        "applications.Grant",
        verbose_name=_("fortsätter beviljat projekt"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="continuations",
    )
    amount_asked = models.PositiveIntegerField(_("sökt belopp (kr)"), null=True, blank=True)
    amount_asked_is_reconstruction = models.BooleanField(
        _("sökt belopp är en rekonstruktion"), default=False
    )
    gender_equality_analysis = models.TextField(
        _("jämställdhetsanalys"),
        blank=True,
        max_length=LONG_TEXT_MAX,
        validators=max_length_validators(LONG_TEXT_MAX),
    )
    focus_areas = models.ManyToManyField(
        "calls.FocusArea", verbose_name=_("inriktningar"), blank=True, related_name="applications"
    )
    destination = models.CharField(_("studiebesök till ort"), max_length=500, blank=True)
    trip_start = models.DateField(_("resan börjar"), null=True, blank=True)
    trip_end = models.DateField(_("resan slutar"), null=True, blank=True)
    # Answers to the call's own questions, by key, each with the question as it
    # was asked: {"budget_motivering": {"label": …, "kind": "long_text", "value": …}}.
    answers = models.JSONField(_("svar på utlysningens egna frågor"), default=dict, blank=True)
    source = models.CharField(
        _("källa"), max_length=300, blank=True, help_text=_("För historiska uppgifter: dokumentet.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("skapad av"),
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    updated_at = models.DateTimeField(_("senast ändrad"), auto_now=True)
    submitted_at = models.DateTimeField(_("inskickad"), null=True, blank=True)
    deadline_extended_to = models.DateTimeField(
        _("öppnad igen till och med"), null=True, blank=True
    )
    officer_message = models.TextField(
        _("meddelande från handläggaren"),
        blank=True,
        max_length=REASON_MAX,
        validators=max_length_validators(REASON_MAX),
    )
    # The rules engine's verdict, stored so the officer's list can filter on it.
    rule_outcome = models.CharField(_("regelkontroll"), max_length=10, blank=True, db_index=True)
    rule_results = models.JSONField(_("regelresultat"), default=list, blank=True)
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    history = HistoricalRecords(excluded_fields=["updated_at", "rule_outcome", "rule_results"])

    class Meta:
        verbose_name = _("ansökan")
        verbose_name_plural = _("ansökningar")
        ordering = ["call", "reference", "pk"]

    def __str__(self) -> str:
        return self.reference or self.title

    @property
    def lead(self) -> "ApplicationOrganisation | None":
        return next((p for p in self.participants.all() if p.is_lead), None)

    @property
    def custom_answers(self) -> list[tuple[str, str]]:
        """Answers to the call's own questions as (question as asked, answer as read)."""
        saved = sorted((self.answers or {}).values(), key=lambda a: a.get("position", 0))
        return [(a.get("label", ""), display(a.get("kind", ""), a.get("value"))) for a in saved]

    @property
    def organisation_names(self) -> str:
        names = [p.organisation_name for p in self.participants.all()]
        return ", ".join(names) if names else _("Okänd förvaltning (anges inte i källan)")


class ApplicationOrganisation(models.Model):
    """An organisation taking part in an application, under its name at the time."""

    application = models.ForeignKey(
        Application,
        on_delete=models.CASCADE,
        related_name="participants",
        verbose_name=_("ansökan"),
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        related_name="participations",
        verbose_name=_("organisation"),
    )
    organisation_name = models.CharField(_("namn då"), max_length=200)
    is_lead = models.BooleanField(_("huvudsökande"), default=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("sökande organisation")
        verbose_name_plural = _("sökande organisationer")
        ordering = ["-is_lead", "organisation_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "organisation"], name="organisation_once_per_application"
            ),
            models.UniqueConstraint(
                fields=["application"],
                condition=models.Q(is_lead=True),
                name="one_lead_per_application",
            ),
        ]

    def __str__(self) -> str:
        return self.organisation_name


class Grant(models.Model):
    """The committee's decision on an application: an amount or a refusal."""

    class Decision(models.TextChoices):
        GRANTED = "granted", _("Beviljad")
        REFUSED = "refused", _("Avslagen")

    application = models.OneToOneField(
        Application, on_delete=models.PROTECT, related_name="grant", verbose_name=_("ansökan")
    )
    decision = models.CharField(_("beslut"), max_length=20, choices=Decision.choices)
    amount = models.PositiveIntegerField(
        _("beviljat belopp (kr)"), null=True, blank=True, help_text=_("Tomt = okänt i källorna.")
    )
    reason = models.TextField(
        _("motivering"),
        blank=True,
        max_length=REASON_MAX,
        validators=max_length_validators(REASON_MAX),
    )
    decided_on = models.DateField(_("beslutsdatum"), null=True, blank=True)
    decided_by = models.CharField(
        _("beslutande"),
        max_length=200,
        # Swedish: stored default
        default="Socialnämnden",
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="grants",
        verbose_name=_("organisation"),
    )
    organisation_name = models.CharField(_("organisation då"), max_length=200, blank=True)
    report_name = models.CharField(_("rapport"), max_length=300, blank=True)
    report_approved = models.BooleanField(_("rapport godkänd"), null=True, blank=True)
    source = models.CharField(_("källa"), max_length=300, blank=True)
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("beslut")
        verbose_name_plural = _("beslut")

    def __str__(self) -> str:
        return f"{self.get_decision_display()}: {self.application}"


class Attachment(models.Model):
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("ansökan")
    )
    kind = models.CharField(_("typ av bilaga"), max_length=100)
    file = models.FileField(_("fil"), upload_to="attachments/%Y/")
    original_name = models.CharField(_("filnamn"), max_length=255)
    content_type = models.CharField(_("filtyp"), max_length=100)
    size = models.PositiveIntegerField(_("storlek (byte)"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("uppladdad av"),
    )
    uploaded_at = models.DateTimeField(_("uppladdad"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("bilaga")
        verbose_name_plural = _("bilagor")
        ordering = ["uploaded_at"]

    def __str__(self) -> str:
        return self.original_name


class WarningAcceptance(models.Model):
    """A grants officer's recorded reason for accepting a rule warning."""

    application = models.ForeignKey(
        Application,
        on_delete=models.CASCADE,
        related_name="warning_acceptances",
        verbose_name=_("ansökan"),
    )
    rule_code = models.CharField(_("regel"), max_length=50)
    reason = models.TextField(
        _("motivering"),
        max_length=REASON_MAX,
        validators=max_length_validators(REASON_MAX),
    )
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("godtagen av"),
    )
    accepted_at = models.DateTimeField(_("godtagen"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("godtagen varning")
        verbose_name_plural = _("godtagna varningar")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "rule_code"], name="one_acceptance_per_rule"
            )
        ]

    def __str__(self) -> str:
        return f"{self.rule_code}: {self.reason}"


WORKSHOP_NOTE_MAX = 500


class WorkshopAttendance(models.Model):
    """An organisation attended the call's mandatory workshop (2023)."""

    call = models.ForeignKey(
        "calls.Call",
        on_delete=models.CASCADE,
        related_name="workshops",
        verbose_name=_("utlysning"),
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.CASCADE,
        related_name="workshops",
        verbose_name=_("organisation"),
    )
    attended_on = models.DateField(_("datum"), null=True, blank=True)
    note = models.CharField(_("anteckning"), max_length=WORKSHOP_NOTE_MAX, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("deltagande i workshop")
        verbose_name_plural = _("deltaganden i workshop")
        constraints = [
            models.UniqueConstraint(fields=["call", "organisation"], name="one_workshop_entry")
        ]

    def __str__(self) -> str:
        return f"{self.organisation} – {self.call}"


class ReferenceSeries(models.Model):
    """The last reference number given out in one series: a prefix (the
    fund's, "FoU" unless it says otherwise) and a year, e.g. FoU-2023-0007."""

    prefix = models.CharField(_("prefix"), max_length=12)
    year = models.PositiveSmallIntegerField(_("år"))
    last = models.PositiveIntegerField(_("senast givna nummer"), default=0)

    class Meta:
        verbose_name = _("serie av diarienummer")
        verbose_name_plural = _("serier av diarienummer")
        constraints = [
            models.UniqueConstraint(
                fields=["prefix", "year"], name="one_series_per_prefix_and_year"
            )
        ]

    def __str__(self) -> str:
        return f"{self.prefix}-{self.year}: {self.last}"
