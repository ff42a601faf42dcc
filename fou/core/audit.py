"""Reading the audit trail (django-simple-history) across models."""

from dataclasses import dataclass
from datetime import datetime
from heapq import merge
from itertools import islice

from django.apps import apps

AUDITED_MODELS = [
    "applications.Application",
    "applications.ApplicationOrganisation",
    "applications.Grant",
    "applications.Attachment",
    "calls.Call",
    "calls.FocusArea",
    "calls.Fund",
    "knowledge.Document",
    "organisations.Organisation",
    "organisations.OrganisationName",
    "review.Criterion",
    "review.Assignment",
    "review.ConflictOfInterest",
    "followup.Report",
    "followup.Repayment",
    "followup.Repurposing",
    "followup.ReportQuestion",
    "decisions.DecisionDocument",
    "decisions.ProseSection",
    "decisions.CommitteeDecision",
    "decisions.DecidedApplication",
]

ACTIONS = {"+": "Skapad", "~": "Ändrad", "-": "Borttagen"}


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: object
    after: object


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    who: str
    action: str
    model: str
    object_label: str
    reason: str
    changes: list[FieldChange]


def _changes(record) -> list[FieldChange]:
    previous = record.prev_record
    if previous is None:
        return []
    delta = record.diff_against(previous)
    model = record.instance_type
    result = []
    for change in delta.changes:
        label = model._meta.get_field(change.field).verbose_name
        result.append(FieldChange(str(label), change.old, change.new))
    return result


def _entry(record) -> AuditEntry:
    user = record.history_user
    model = record.instance_type
    return AuditEntry(
        at=record.history_date,
        who=(user.get_full_name() or user.username) if user else "systemet",
        action=ACTIONS.get(record.history_type, record.history_type),
        model=str(model._meta.verbose_name).capitalize(),
        object_label=str(record.instance),
        reason=record.history_change_reason or "",
        changes=_changes(record),
    )


def recent_audit_records(*, limit: int = 100, model_labels: list[str] | None = None) -> list:
    """The newest history records across audited models, newest first.

    Records are cheap; turning one into an entry reads its previous version,
    so callers convert only the page they show (``audit_entries``).
    """
    streams = []
    for label in model_labels or AUDITED_MODELS:
        history = apps.get_model(label).history
        streams.append(history.select_related("history_user").order_by("-history_date")[:limit])
    records = merge(*streams, key=lambda r: r.history_date, reverse=True)
    return list(islice(records, limit))


def audit_entries(records) -> list[AuditEntry]:
    return [_entry(r) for r in records]


def audit_entries_for(instance, *, limit: int | None = None) -> list[AuditEntry]:
    records = instance.history.select_related("history_user").all()
    return audit_entries(records[:limit] if limit else records)
