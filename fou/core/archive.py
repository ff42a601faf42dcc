"""Records that arkivlagen requires kept are never deleted, by anyone.

Submitted applications (also when returned as drafts), their attachments,
grants, scores, hand-ins, jäv records, warning acceptances, allocation
versions, imported documents, reports, repayments, re-purposings and every
audit (history) record: a delete is
refused in the model layer (ProtectedError), whatever path asks for it, and
the admin offers no delete. They are withdrawn or closed with a reason
instead. A draft that was never submitted may be deleted by its owner.
"""

from django.apps import apps
from django.db.models import ProtectedError
from django.db.models.signals import pre_delete
from django.utils.translation import gettext_lazy as _

ALWAYS_KEPT = [
    "applications.Grant",
    "applications.WarningAcceptance",
    "review.Score",
    "review.ReviewSubmission",
    "review.ConflictOfInterest",
    "allocations.AllocationProposal",
    "history.ImportedDocument",
    "history.ImportedRow",
    "followup.Report",
    "followup.Repayment",
    "followup.Repurposing",
]


def application_is_kept(application) -> bool:
    """Once submitted, an application is a public record for good."""
    return bool(application.reference or application.submitted_at) or (
        application.status != "draft"
    )


def _attachment_is_kept(attachment) -> bool:
    # A returned draft is revised by its applicant; the attachment's history
    # record and file stay, so only the current list changes.
    return attachment.application.status != "draft"


CONDITIONALLY_KEPT = {
    "applications.Application": application_is_kept,
    "applications.Attachment": _attachment_is_kept,
}


def _refuse(sender, instance, **kwargs):
    raise ProtectedError(
        _("{verbose_name} ska bevaras enligt arkivlagen och kan inte tas bort.").format(
            verbose_name=sender._meta.verbose_name
        ),
        {instance},
    )


def _refuse_if_kept(check):
    def guard(sender, instance, **kwargs):
        if check(instance):
            _refuse(sender, instance)

    return guard


def connect_guards() -> None:
    for label in ALWAYS_KEPT:
        pre_delete.connect(_refuse, sender=apps.get_model(label), weak=False)
    for label, check in CONDITIONALLY_KEPT.items():
        pre_delete.connect(_refuse_if_kept(check), sender=apps.get_model(label), weak=False)
    for model in apps.get_models():
        if model._meta.model_name.startswith("historical"):
            pre_delete.connect(_refuse, sender=model, weak=False)


class KeptRecordAdmin:
    """Admin for a kept record: no delete page, no delete action."""

    def has_delete_permission(self, request, obj=None):
        return False
