"""Writes for history: decided grants of earlier years, and importing documents.

``record_decided_grant`` is shared by the demo data and the document import,
so a grant read from a decision looks exactly like one the demo describes.
Both pass an ``ensure(model, lookup, values)`` that finds a record by its
natural key or creates it (the demo's also refuses one with other values).
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from fou.accounts.permissions import require_officer
from fou.applications.models import Application, ApplicationOrganisation, Grant, Status
from fou.calls.models import Call, Fund
from fou.core.versioning import save_audited
from fou.history.models import ImportedDocument, ImportedRow
from fou.history.selectors import decision_day, organisations_named, review_tables
from fou.jobs.services import job_enqueue
from fou.organisations.models import Organisation
from fou.organisations.selectors import organisation_name_on

Ensure = Callable[[type[Model], dict, dict], Model]


def record_decided_grant(
    *,
    ensure: Ensure,
    call: Call,
    title: str,
    organisations: list[Organisation],
    organisation_name: str = "",
    decision: str = Grant.Decision.GRANTED,
    amount: int | None = None,
    asked: int | None = None,
    reconstructed: bool = False,
    project_year: int | None = None,
    continues: Grant | None = None,
    purpose: str = "",
    reason: str = "",
    source: str = "",
    destination: str = "",
) -> Grant:
    """An application of ``call`` with its decision, under the names of that year.

    ``organisation_name`` is kept on the grant when no registry organisation
    is given (a district the registry lacks, e.g. Järva).
    """
    status = Status.GRANTED if decision == Grant.Decision.GRANTED else Status.REFUSED
    application = ensure(
        Application,
        {"call": call, "title": title},
        {
            "status": status,
            "purpose": purpose,
            "amount_asked": asked,
            "amount_asked_is_reconstruction": reconstructed,
            "project_year": project_year,
            "continues": continues,
            "destination": destination,
            "source": source,
        },
    )
    day = decision_day(call.year)
    names = []
    for org in organisations:
        name = organisation_name_on(organisation=org, day=day) or org.current_name
        names.append(name)
        ensure(
            ApplicationOrganisation,
            {"application": application, "organisation": org},
            {"organisation_name": name, "is_lead": len(organisations) == 1},
        )
    return ensure(
        Grant,
        {"application": application},
        {
            "decision": decision,
            "amount": amount,
            "reason": reason,
            "organisation": organisations[0] if len(organisations) == 1 else None,
            # Swedish: the organisations' names as the document writes them
            "organisation_name": " och ".join(names) if names else organisation_name,
            "source": source,
        },
    )


@dataclass
class AuditedEnsure:
    """Find by natural key, else create with who and why: importing twice adds nothing."""

    user: object
    reason: str
    created: dict[str, int] = field(default_factory=dict)
    existing: dict[str, int] = field(default_factory=dict)

    def __call__(self, model: type[Model], lookup: dict, values: dict) -> Model:
        label = model._meta.model_name
        found = model.objects.filter(**lookup).first()
        if found is not None:
            self.existing[label] = self.existing.get(label, 0) + 1
            return found
        instance = model(**lookup, **{k: v for k, v in values.items() if k not in lookup})
        save_audited(instance=instance, user=self.user, reason=self.reason)
        self.created[label] = self.created.get(label, 0) + 1
        return instance


class ImportRefused(Exception):
    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


def import_problems(*, document: ImportedDocument) -> list[str]:
    """What must be corrected before the rows can become history."""
    problems = []
    for table in review_tables(document=document):
        if table.total_mismatch:
            problems.append(
                _(
                    "Raderna för {fund} summerar inte till raden Totalt i dokumentet. Rätta "
                    "beloppen så att de stämmer med källan."
                ).format(fund=table.fund)
            )
        seen = set()
        for number, row in enumerate(table.rows, start=1):
            if not row.text.strip():
                problems.append(
                    _("{fund} rad {number} saknar projekt eller studiebesök.").format(
                        fund=table.fund, number=number
                    )
                )
            elif row.text.strip().lower() in seen:
                problems.append(
                    _(
                        "{fund} rad {number} har samma projekt som en rad ovanför. Ändra "
                        "texten så att raderna går att skilja åt."
                    ).format(fund=table.fund, number=number)
                )
            seen.add(row.text.strip().lower())
            if document.kind == ImportedDocument.Kind.DECISION and row.granted is None:
                problems.append(
                    _("{fund} rad {number} saknar beviljat belopp.").format(
                        fund=table.fund, number=number
                    )
                )
    return problems


def _call_for(ensure: Ensure, *, fund_code: str, year: int, source: str) -> Call:
    """The fund's call that year; a year known only from documents gets one with unknown dates."""
    fund = Fund.objects.filter(code=fund_code).first()
    if fund is None:
        raise ImportRefused(
            [
                _(
                    "Fonden {fund_code} finns inte. Lägg upp den i administrationen och "
                    "importera igen."
                ).format(fund_code=fund_code)
            ]
        )
    return ensure(
        Call,
        {"fund": fund, "year": year},
        {"title": f"{fund.name} {year}", "source": source},
    )


def _row_organisations(row: ImportedRow, day: datetime.date) -> list[Organisation]:
    if row.organisation is not None:
        return [row.organisation]
    return organisations_named(text=row.organisation_name, day=day) if row.organisation_name else []


@transaction.atomic
def document_import(*, document: ImportedDocument, user) -> AuditedEnsure:
    """Applications and grants for each row; what existed is left as it was."""
    require_officer(user, "importera historik")
    document = ImportedDocument.objects.select_for_update().get(pk=document.pk)
    problems = import_problems(document=document)
    if problems:
        raise ImportRefused(problems)
    # Swedish: the audit reason of everything the import creates.
    ensure = AuditedEnsure(user, f"Import av {document.original_name}")
    source = document.original_name
    for row in document.rows.select_related("organisation"):
        call = _call_for(ensure, fund_code=row.fund, year=document.year, source=source)
        organisations = _row_organisations(row, decision_day(document.year))
        details = {
            "organisations": organisations,
            "organisation_name": row.organisation_name,
            "purpose": row.purpose,
            "source": source,
        }
        destination = row.text if call.fund.is_trip_fund else ""
        grant = record_decided_grant(
            ensure=ensure,
            call=call,
            title=row.text,
            amount=row.granted,
            destination=destination,
            **details,
        )
        if row.continued:
            following = _call_for(ensure, fund_code=row.fund, year=document.year + 1, source=source)
            record_decided_grant(
                ensure=ensure, call=following, title=row.text, continues=grant, **details
            )
    if document.is_draft:
        document.status = ImportedDocument.Status.IMPORTED
        document.imported_by = user
        document.imported_at = timezone.now()
        save_audited(instance=document, user=user, reason="Importerad som historik")
    return ensure


def history_import_enqueue(*, document: ImportedDocument, user):
    """Put the import of a reviewed document on the task queue (fou.jobs)."""
    require_officer(user, "importera historik")
    return job_enqueue(
        kind="history_import",
        label=f"Import av {document.original_name}",
        payload={"document": document.pk},
        user=user,
        document=document,
    )
