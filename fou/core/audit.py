"""Reading the audit trail (django-simple-history) across models."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from django.apps import apps
from django.db.models import CharField, ForeignKey, Value
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from fou.domain.money import format_kronor

AUDITED_MODELS = [
    "applications.Application",
    "applications.ApplicationOrganisation",
    "applications.Grant",
    "applications.Attachment",
    "applications.WorkshopAttendance",
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

ACTIONS = {"+": _("Skapad"), "~": _("Ändrad"), "-": _("Borttagen")}
CHANGED = "~"
# An amount field says so in its name, "sökt belopp (kr)"; the value then
# carries the unit, as on the pages.
KRONOR_SUFFIX = " (kr)"
EMPTY = "–"


@dataclass(frozen=True)
class FieldChange:
    """One changed field as the pages show it: its Swedish name and both values."""

    field: str
    before: str
    after: str


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    who: str
    action: str
    model: str
    object_label: str
    reason: str
    changes: list[FieldChange]


def field_label(field) -> str:
    label = str(field.verbose_name)
    label = label.removesuffix(KRONOR_SUFFIX)
    return label[:1].upper() + label[1:]


def display_value(field, value) -> str:
    """A recorded value the way the pages show it: a status by its label, an
    amount in kronor, a time in Stockholm time, a related row by its name."""
    if value is None or value == "":
        return EMPTY
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return _("ja") if value else _("nej")
    if isinstance(field, ForeignKey):
        related = field.related_model._base_manager.filter(pk=value).first()
        return str(related) if related is not None else _("borttagen (nr {id})").format(id=value)
    if isinstance(value, datetime):
        return date_format(timezone.localtime(value), "Y-m-d H.i")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int) and str(field.verbose_name).endswith(KRONOR_SUFFIX):
        return format_kronor(value)
    return str(value)


def field_changes(record) -> list[FieldChange]:
    """What a history record changed since the one before, as the pages show it.

    Every history view (the site's and the admin's) goes through here."""
    previous = record.prev_record
    if previous is None:
        return []
    delta = record.diff_against(previous)
    model = record.instance_type
    result = []
    for change in delta.changes:
        field = model._meta.get_field(change.field)
        if not field.editable:
            continue
        before, after = display_value(field, change.old), display_value(field, change.new)
        if before != after:
            result.append(FieldChange(field_label(field), before, after))
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
        changes=field_changes(record),
    )


def _says_something(entry: AuditEntry, record) -> bool:
    """A save that changed nothing shown and gave no reason is left out."""
    return record.history_type != CHANGED or bool(entry.changes or entry.reason)


class AuditRecords(Sequence):
    """Every history record across the audited models, newest first, for a
    ``Paginator``: counted and sliced in the database (one UNION of the
    history tables), so every record is reachable and a page loads only its own.
    """

    def __init__(self, model_labels: list[str] | None = None):
        labels = model_labels or AUDITED_MODELS
        keys = [
            apps.get_model(label)
            .history.annotate(model_label=Value(label, output_field=CharField()))
            .values("history_date", "history_id", "model_label")
            .order_by()
            for label in labels
        ]
        self.index = keys[0].union(*keys[1:], all=True).order_by("-history_date", "-history_id")

    def __len__(self) -> int:
        return self.index.count()

    def __getitem__(self, items):
        if not isinstance(items, slice):
            return self[items : items + 1][0]
        keys = list(self.index[items])
        wanted: dict[str, list[int]] = {}
        for key in keys:
            wanted.setdefault(key["model_label"], []).append(key["history_id"])
        found = {
            (label, pk): record
            for label, pks in wanted.items()
            for pk, record in apps.get_model(label)
            .history.select_related("history_user")
            .in_bulk(pks)
            .items()
        }
        return [found[key["model_label"], key["history_id"]] for key in keys]


def audit_records(*, model_labels: list[str] | None = None) -> AuditRecords:
    """All history records across audited models, newest first, to paginate.

    Records are cheap; turning one into an entry reads its previous version,
    so callers convert only the page they show (``audit_entries``).
    """
    return AuditRecords(model_labels)


def audit_entries(records) -> list[AuditEntry]:
    entries = ((_entry(record), record) for record in records)
    return [entry for entry, record in entries if _says_something(entry, record)]


def audit_entries_for(instance, *, limit: int | None = None) -> list[AuditEntry]:
    records = instance.history.select_related("history_user").all()
    return audit_entries(records[:limit] if limit else records)
