"""Documents of earlier years read into the database, and the rows found in them.

A document stays a draft while the grants officer checks and corrects its
rows; importing turns the rows into applications and grants of that year.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from fou.core.text_limits import IMPORTED_ROW_MAX, LONG_TEXT_MAX, max_length_validators


class ImportedDocument(models.Model):
    class Kind(models.TextChoices):
        DECISION = "decision", _("Beslut om fördelning (tjänsteutlåtande)")
        ACCOUNT = "account", _("Redovisning av projekt")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Utkast")
        IMPORTED = "imported", _("Importerad")

    # The same file uploaded twice is recognised by its content, not its name.
    sha256 = models.CharField(_("SHA-256"), max_length=64, unique=True)
    original_name = models.CharField(_("filnamn"), max_length=255)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("uppladdat av"),
    )
    uploaded_at = models.DateTimeField(_("uppladdad"), auto_now_add=True)
    kind = models.CharField(_("typ av dokument"), max_length=20, choices=Kind.choices)
    year = models.PositiveSmallIntegerField(_("år medlen avser"))
    encoding = models.CharField(_("teckenkodning"), max_length=20, default="utf-8")
    original_text = models.TextField(_("text som den lästes in"))
    repaired_text = models.TextField(_("lagad text"))
    # Each repaired word as [start, end, original, certain], positions in the
    # repaired text, so the review page can mark what a person should check.
    repairs = models.JSONField(_("lagade ord"), default=list, blank=True)
    # The "Totalt" line of each allocation table, e.g. {"LUM": 3850000}.
    stated_totals = models.JSONField(_("angivna summor"), default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("inläst av"),
    )
    imported_at = models.DateTimeField(_("importerad"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("inläst dokument")
        verbose_name_plural = _("inlästa dokument")
        ordering = ["-uploaded_at"]

    def __str__(self) -> str:
        return self.original_name

    @property
    def is_draft(self) -> bool:
        return self.status == self.Status.DRAFT


class ImportedRow(models.Model):
    """One grant of a decision's table, or one project of a yearly account."""

    document = models.ForeignKey(
        ImportedDocument, on_delete=models.CASCADE, related_name="rows", verbose_name=_("dokument")
    )
    order = models.PositiveSmallIntegerField(_("ordning"), default=0)
    fund = models.CharField(_("fond"), max_length=20)
    # As the document names it ("Järva", "Kungsholmen, Norrmalm och Östermalm");
    # empty when the document does not say.
    organisation_name = models.CharField(_("förvaltning"), max_length=300, blank=True)
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("förvaltning i registret"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    text = models.TextField(
        _("projekt eller studiebesök"),
        max_length=IMPORTED_ROW_MAX,
        validators=max_length_validators(IMPORTED_ROW_MAX),
    )
    granted = models.PositiveIntegerField(_("beviljat belopp (kr)"), null=True, blank=True)
    continued = models.BooleanField(_("fick fortsatta medel"), default=False)
    purpose = models.TextField(
        _("syfte"),
        blank=True,
        max_length=LONG_TEXT_MAX,
        validators=max_length_validators(LONG_TEXT_MAX),
    )
    unknown_organisation = models.BooleanField(
        _("förvaltningen finns inte i registret"), default=False
    )
    edited_by_officer = models.BooleanField(_("rättad av handläggare"), default=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("inläst rad")
        verbose_name_plural = _("inlästa rader")
        ordering = ["document", "order"]

    def __str__(self) -> str:
        return f"{self.fund}: {self.organisation_name} – {self.text[:60]}"
