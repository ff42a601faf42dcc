"""Applications for a call, their organisations, attachments and grants."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fou.core.text_limits import LONG_TEXT_MAX, REASON_MAX, max_length_validators


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
        verbose_name="utlysning",
    )
    reference = models.CharField("diarienummer", max_length=30, unique=True, null=True, blank=True)
    status = models.CharField("status", max_length=20, choices=Status.choices, default=Status.DRAFT)
    title = models.CharField("projektets namn", max_length=500)
    purpose = models.TextField(
        "syfte",
        blank=True,
        max_length=LONG_TEXT_MAX,
        validators=max_length_validators(LONG_TEXT_MAX),
    )
    project_year = models.PositiveSmallIntegerField("projektår", null=True, blank=True)
    continues = models.ForeignKey(
        "applications.Grant",
        verbose_name="fortsätter beviljat projekt",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="continuations",
    )
    amount_asked = models.PositiveIntegerField("sökt belopp (kr)", null=True, blank=True)
    amount_asked_is_reconstruction = models.BooleanField(
        "sökt belopp är en rekonstruktion", default=False
    )
    gender_equality_analysis = models.TextField(
        "jämställdhetsanalys",
        blank=True,
        max_length=LONG_TEXT_MAX,
        validators=max_length_validators(LONG_TEXT_MAX),
    )
    focus_areas = models.ManyToManyField(
        "calls.FocusArea", verbose_name="inriktningar", blank=True, related_name="applications"
    )
    destination = models.CharField("studiebesök till ort", max_length=500, blank=True)
    trip_start = models.DateField("resan börjar", null=True, blank=True)
    trip_end = models.DateField("resan slutar", null=True, blank=True)
    source = models.CharField(
        "källa", max_length=300, blank=True, help_text="För historiska uppgifter: dokumentet."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="skapad av",
    )
    created_at = models.DateTimeField("skapad", auto_now_add=True)
    updated_at = models.DateTimeField("senast ändrad", auto_now=True)
    submitted_at = models.DateTimeField("inskickad", null=True, blank=True)
    deadline_extended_to = models.DateTimeField("öppnad igen till och med", null=True, blank=True)
    officer_message = models.TextField(
        "meddelande från handläggaren",
        blank=True,
        max_length=REASON_MAX,
        validators=max_length_validators(REASON_MAX),
    )
    # The rules engine's verdict, stored so the officer's list can filter on it.
    rule_outcome = models.CharField("regelkontroll", max_length=10, blank=True, db_index=True)
    rule_results = models.JSONField("regelresultat", default=list, blank=True)
    version = models.PositiveIntegerField("version", default=1, editable=False)
    history = HistoricalRecords(excluded_fields=["updated_at", "rule_outcome", "rule_results"])

    class Meta:
        verbose_name = "ansökan"
        verbose_name_plural = "ansökningar"
        ordering = ["call", "reference", "pk"]

    def __str__(self) -> str:
        return self.reference or self.title

    @property
    def lead(self) -> "ApplicationOrganisation | None":
        return next((p for p in self.participants.all() if p.is_lead), None)

    @property
    def organisation_names(self) -> str:
        names = [p.organisation_name for p in self.participants.all()]
        return ", ".join(names) if names else "Okänd förvaltning (anges inte i källan)"


class ApplicationOrganisation(models.Model):
    """An organisation taking part in an application, under its name at the time."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="participants", verbose_name="ansökan"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        related_name="participations",
        verbose_name="organisation",
    )
    organisation_name = models.CharField("namn då", max_length=200)
    is_lead = models.BooleanField("huvudsökande", default=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "sökande organisation"
        verbose_name_plural = "sökande organisationer"
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
        Application, on_delete=models.PROTECT, related_name="grant", verbose_name="ansökan"
    )
    decision = models.CharField("beslut", max_length=20, choices=Decision.choices)
    amount = models.PositiveIntegerField(
        "beviljat belopp (kr)", null=True, blank=True, help_text="Tomt = okänt i källorna."
    )
    reason = models.TextField(
        "motivering",
        blank=True,
        max_length=REASON_MAX,
        validators=max_length_validators(REASON_MAX),
    )
    decided_on = models.DateField("beslutsdatum", null=True, blank=True)
    decided_by = models.CharField("beslutande", max_length=200, default="Socialnämnden")
    organisation = models.ForeignKey(
        "organisations.Organisation",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="grants",
        verbose_name="organisation",
    )
    organisation_name = models.CharField("organisation då", max_length=200, blank=True)
    report_name = models.CharField("rapport", max_length=300, blank=True)
    report_approved = models.BooleanField("rapport godkänd", null=True, blank=True)
    source = models.CharField("källa", max_length=300, blank=True)
    version = models.PositiveIntegerField("version", default=1, editable=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "beslut"
        verbose_name_plural = "beslut"

    def __str__(self) -> str:
        return f"{self.get_decision_display()}: {self.application}"


class Attachment(models.Model):
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="attachments", verbose_name="ansökan"
    )
    kind = models.CharField("typ av bilaga", max_length=100)
    file = models.FileField("fil", upload_to="attachments/%Y/")
    original_name = models.CharField("filnamn", max_length=255)
    content_type = models.CharField("filtyp", max_length=100)
    size = models.PositiveIntegerField("storlek (byte)")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="uppladdad av",
    )
    uploaded_at = models.DateTimeField("uppladdad", auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "bilaga"
        verbose_name_plural = "bilagor"
        ordering = ["uploaded_at"]

    def __str__(self) -> str:
        return self.original_name


class WarningAcceptance(models.Model):
    """A grants officer's recorded reason for accepting a rule warning."""

    application = models.ForeignKey(
        Application,
        on_delete=models.CASCADE,
        related_name="warning_acceptances",
        verbose_name="ansökan",
    )
    rule_code = models.CharField("regel", max_length=50)
    reason = models.TextField(
        "motivering",
        max_length=REASON_MAX,
        validators=max_length_validators(REASON_MAX),
    )
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="godtagen av",
    )
    accepted_at = models.DateTimeField("godtagen", auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "godtagen varning"
        verbose_name_plural = "godtagna varningar"
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
        "calls.Call", on_delete=models.CASCADE, related_name="workshops", verbose_name="utlysning"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.CASCADE,
        related_name="workshops",
        verbose_name="organisation",
    )
    attended_on = models.DateField("datum", null=True, blank=True)
    note = models.CharField("anteckning", max_length=WORKSHOP_NOTE_MAX, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "deltagande i workshop"
        verbose_name_plural = "deltaganden i workshop"
        constraints = [
            models.UniqueConstraint(fields=["call", "organisation"], name="one_workshop_entry")
        ]

    def __str__(self) -> str:
        return f"{self.organisation} – {self.call}"


class ReferenceSeries(models.Model):
    """The last reference number given out in one series: a prefix (the
    fund's, "FoU" unless it says otherwise) and a year, e.g. FoU-2023-0007."""

    prefix = models.CharField("prefix", max_length=12)
    year = models.PositiveSmallIntegerField("år")
    last = models.PositiveIntegerField("senast givna nummer", default=0)

    class Meta:
        verbose_name = "serie av diarienummer"
        verbose_name_plural = "serier av diarienummer"
        constraints = [
            models.UniqueConstraint(
                fields=["prefix", "year"], name="one_series_per_prefix_and_year"
            )
        ]

    def __str__(self) -> str:
        return f"{self.prefix}-{self.year}: {self.last}"
