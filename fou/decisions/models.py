"""The decision document's particulars and prose, and the committee's
recorded decision with its changes and later amendments."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fou.domain.decisions.texts import SECTIONS


class DecisionDocument(models.Model):
    """What the officer writes into a year's tjänsteutlåtande besides the figures."""

    year = models.PositiveSmallIntegerField(_("år"), unique=True)
    title = models.CharField(_("rubrik"), max_length=500, blank=True)
    reference = models.CharField(_("diarienummer"), max_length=60, blank=True)
    document_date = models.DateField(_("datum"), null=True, blank=True)
    committee = models.CharField(
        _("till nämnd"),
        max_length=200,
        # Swedish: stored default
        default="Socialnämnden",
    )
    signatory_1_name = models.CharField(_("undertecknare 1"), max_length=200, blank=True)
    signatory_1_title = models.CharField(_("titel 1"), max_length=200, blank=True)
    signatory_2_name = models.CharField(_("undertecknare 2"), max_length=200, blank=True)
    signatory_2_title = models.CharField(_("titel 2"), max_length=200, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("tjänsteutlåtande")
        verbose_name_plural = _("tjänsteutlåtanden")

    def __str__(self) -> str:
        return _("Tjänsteutlåtande {year}").format(year=self.year)


class ProseSection(models.Model):
    """One section of prose; every saved text is kept in its history."""

    document = models.ForeignKey(
        DecisionDocument,
        on_delete=models.CASCADE,
        related_name="sections",
        verbose_name=_("tjänsteutlåtande"),
    )
    key = models.CharField(_("avsnitt"), max_length=30, choices=SECTIONS)
    text = models.TextField(_("text"))
    # The figures' values when the text was saved, to find literal figures
    # that have gone stale since (fou.domain.decisions.placeholders).
    figure_values = models.JSONField(_("siffror i texten"), default=dict)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("senast ändrat av"),
    )
    updated_at = models.DateTimeField(_("senast ändrat"), auto_now=True)
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        verbose_name = _("avsnitt i tjänsteutlåtande")
        verbose_name_plural = _("avsnitt i tjänsteutlåtanden")
        constraints = [
            models.UniqueConstraint(fields=["document", "key"], name="one_text_per_section")
        ]

    def __str__(self) -> str:
        return f"{self.document}: {self.get_key_display()}"


class CommitteeDecision(models.Model):
    """The committee's decision on a year's chosen proposal, or a later amendment.

    Never edited once recorded: a change is a new amendment row."""

    class Kind(models.TextChoices):
        DECISION = "decision", _("Beslut")
        AMENDMENT = "amendment", _("Ändringsbeslut")

    year = models.PositiveSmallIntegerField(_("år"))
    kind = models.CharField(_("typ"), max_length=20, choices=Kind.choices, default=Kind.DECISION)
    proposal = models.ForeignKey(
        "allocations.AllocationProposal",
        on_delete=models.PROTECT,
        related_name="decisions",
        verbose_name=_("förslag till fördelning"),
    )
    meeting_date = models.DateField(_("sammanträdesdatum"))
    minutes_paragraph = models.CharField(_("paragraf i protokollet"), max_length=30)
    reference = models.CharField(_("diarienummer"), max_length=60)
    reason = models.TextField(_("motivering (ändringsbeslut)"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("registrerat av"),
    )
    recorded_at = models.DateTimeField(_("registrerat"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("nämndens beslut")
        verbose_name_plural = _("nämndens beslut")
        ordering = ["year", "recorded_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["year"], condition=models.Q(kind="decision"), name="one_decision_per_year"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.year} ({self.minutes_paragraph})"


class DecidedApplication(models.Model):
    """What a decision (or amendment) says about one application."""

    class Outcome(models.TextChoices):
        GRANTED = "granted", _("Beviljad")
        REFUSED = "refused", _("Avslagen")

    decision = models.ForeignKey(
        CommitteeDecision,
        on_delete=models.PROTECT,
        related_name="rows",
        verbose_name=_("nämndens beslut"),
    )
    application = models.ForeignKey(
        "applications.Application",
        on_delete=models.PROTECT,
        related_name="committee_decisions",
        verbose_name=_("ansökan"),
    )
    outcome = models.CharField(_("beslut"), max_length=20, choices=Outcome.choices)
    amount = models.PositiveIntegerField(_("beviljat belopp (kr)"), null=True, blank=True)
    asked = models.PositiveIntegerField(_("sökt belopp (kr)"), null=True, blank=True)
    reason = models.TextField(_("motivering"), blank=True)
    # True when the committee changed the proposal for this application.
    changed_by_committee = models.BooleanField(_("ändrat av nämnden"), default=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("beslut om ansökan")
        verbose_name_plural = _("beslut om ansökningar")
        constraints = [
            models.UniqueConstraint(
                fields=["decision", "application"], name="one_row_per_application_and_decision"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_outcome_display()}: {self.application}"
