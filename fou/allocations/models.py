"""Stored allocation proposals: every run is a version with who and when."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class AllocationProposal(models.Model):
    year = models.PositiveSmallIntegerField(_("år"))
    number = models.PositiveIntegerField(_("version"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("beräknat av"),
    )
    created_at = models.DateTimeField(_("beräknat"), auto_now_add=True)
    note = models.CharField(_("anteckning"), max_length=300, blank=True)
    # The optimiser's inputs and result (fou.domain.allocation.serialise).
    data = models.JSONField(
        _("förslaget"),
    )
    # Candidate id → the Swedish explanation shown beside each decision.
    explanations = models.JSONField(_("förklaringar"), default=dict)
    is_chosen = models.BooleanField(_("vald som förslag till beslut"), default=False)
    history = HistoricalRecords(excluded_fields=["data", "explanations"])

    class Meta:
        verbose_name = _("förslag till fördelning")
        verbose_name_plural = _("förslag till fördelning")
        ordering = ["year", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["year", "number"], name="one_number_per_year"),
            models.UniqueConstraint(
                fields=["year"], condition=models.Q(is_chosen=True), name="one_chosen_per_year"
            ),
        ]

    def __str__(self) -> str:
        return _("Förslag {year} version {number}").format(year=self.year, number=self.number)
