"""A job is one piece of background work as the grants office sees it.

The queue itself (storage, claiming, workers) is django-tasks; a job adds what
the queue does not keep: what the work is about, how many attempts were made,
the last error in words, and when the next attempt is due.
"""

from django.conf import settings
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from fou.jobs.liveness import ORPHANED_AFTER, worker_gone

__all__ = ["ORPHANED_AFTER", "Job"]


class Job(models.Model):
    class Kind(models.TextChoices):
        EMAIL = "email", _("E-post")
        HISTORY_IMPORT = "history_import", _("Import av historik")
        KNOWLEDGE_IMPORT = "knowledge_import", _("Import till kunskapsbanken")
        DECISION_DOCUMENT = "decision_document", _("Beslutsdokument")
        ALLOCATION_EXPLAIN = "allocation_explain", _("Motiveringar till fördelning")

    class Status(models.TextChoices):
        QUEUED = "queued", _("I kö")
        RUNNING = "running", _("Pågår")
        RETRYING = "retrying", _("Försöker igen")
        DONE = "done", _("Klar")
        FAILED = "failed", _("Misslyckades")

    kind = models.CharField(_("typ"), max_length=30, choices=Kind.choices)
    label = models.CharField(_("beskrivning"), max_length=300)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    payload = models.JSONField(_("uppgifter"), default=dict, blank=True)
    result = models.JSONField(_("resultat"), default=dict, blank=True)
    attempts = models.PositiveSmallIntegerField(_("försök"), default=0)
    max_attempts = models.PositiveSmallIntegerField(_("högst antal försök"), default=5)
    last_error = models.TextField(_("senaste fel"), blank=True)
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    started_at = models.DateTimeField(_("påbörjad"), null=True, blank=True)
    finished_at = models.DateTimeField(_("avslutad"), null=True, blank=True)
    next_attempt_at = models.DateTimeField(_("nästa försök"), null=True, blank=True)
    worker_host = models.CharField(_("arbetarens dator"), max_length=100, blank=True)
    worker_pid = models.PositiveIntegerField(_("arbetarens process"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("startat av"),
    )
    application = models.ForeignKey(
        "applications.Application",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="jobs",
        verbose_name=_("ansökan"),
    )
    document = models.ForeignKey(
        "history.ImportedDocument",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="jobs",
        verbose_name=_("dokument"),
    )

    class Meta:
        verbose_name = _("bakgrundsjobb")
        verbose_name_plural = _("bakgrundsjobb")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.label} ({self.get_status_display().lower()})"

    @cached_property
    def is_orphaned(self) -> bool:
        """Marked running, but its worker died (the job's transaction was
        rolled back with it), so it may be run again (see fou.jobs.liveness)."""
        return self.status == self.Status.RUNNING and worker_gone(self)

    @property
    def may_retry(self) -> bool:
        return self.status == self.Status.FAILED or self.is_orphaned

    @property
    def file_ready(self) -> bool:
        """A job that made a file (e.g. a decision document) and finished."""
        return self.status == self.Status.DONE and bool(self.result.get("path"))

    @property
    def is_pending(self) -> bool:
        return self.status in {self.Status.QUEUED, self.Status.RUNNING, self.Status.RETRYING}
