"""Organisations that apply for and run projects, with their history.

Districts merge and are renamed; a grant keeps the organisation and the name
it had at the time, so names carry validity periods and merges are recorded
as successions.
"""

import datetime

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class OrganisationKind(models.Model):
    """What kind of applicant an organisation is (district, association, company …).

    Kinds are data: the administrator adds one in the admin, and each call
    says which kinds may apply to it.
    """

    key = models.SlugField(_("nyckel"), max_length=40, unique=True)
    name = models.CharField(_("namn"), max_length=100)
    name_en = models.CharField(_("namn på engelska"), max_length=100, blank=True)
    order = models.PositiveSmallIntegerField(_("ordning"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("organisationstyp")
        verbose_name_plural = _("organisationstyper")
        ordering = ["order", "name"]

    def __str__(self) -> str:
        if self.name_en and (get_language() or "").startswith("en"):
            return self.name_en
        return self.name


class Organisation(models.Model):
    key = models.SlugField(_("nyckel"), max_length=80, unique=True)
    kind = models.ForeignKey(
        OrganisationKind,
        verbose_name=_("typ"),
        to_field="key",
        db_column="kind",
        on_delete=models.PROTECT,
        related_name="organisations",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("ingår i"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="units",
    )
    valid_from = models.DateField(_("gäller från"), null=True, blank=True)
    valid_to = models.DateField(_("gäller till och med"), null=True, blank=True)
    successors = models.ManyToManyField(
        "self",
        verbose_name=_("uppgick i"),
        symmetrical=False,
        blank=True,
        related_name="predecessors",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisationer")
        ordering = ["key"]

    def __str__(self) -> str:
        return self.current_name

    @property
    def current_name(self) -> str:
        names = sorted(self.names.all(), key=lambda n: n.valid_from or datetime.date.min)
        return names[-1].name if names else self.key

    def exists_on(self, day: datetime.date) -> bool:
        starts = self.valid_from is None or self.valid_from <= day
        ends = self.valid_to is None or day <= self.valid_to
        return starts and ends


class OrganisationName(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="names", verbose_name=_("organisation")
    )
    name = models.CharField(_("namn"), max_length=200)
    valid_from = models.DateField(_("gäller från"), null=True, blank=True)
    valid_to = models.DateField(_("gäller till och med"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("namn")
        verbose_name_plural = _("namn")
        ordering = ["organisation", "valid_from"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "name", "valid_from"], name="unique_name_period"
            )
        ]

    def __str__(self) -> str:
        return self.name

    def valid_on(self, day: datetime.date) -> bool:
        starts = self.valid_from is None or self.valid_from <= day
        ends = self.valid_to is None or day <= self.valid_to
        return starts and ends
