"""Services that read an uploaded document into a draft the officer reviews."""

import hashlib
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _
from simple_history.utils import bulk_create_with_history

from fou.accounts.permissions import require_officer
from fou.core.versioning import save_audited
from fou.domain.documents.decoding import DocumentError, decode_document
from fou.domain.documents.extract_accounts import extract_accounts
from fou.domain.documents.extract_allocation import extract_allocation
from fou.domain.documents.years import decision_year
from fou.domain.text.ocr_repair import RepairResult, repair
from fou.history.models import ImportedDocument, ImportedRow
from fou.history.selectors import (
    DOUBTFUL,
    REPAIRED,
    UNCERTAIN,
    decision_day,
    decision_table_funds,
    known_organisation_names,
    organisations_named,
)

UPLOAD_REASON = "Inläst dokument"


class YearMissingError(DocumentError):
    def __init__(self):
        super().__init__(_("Året framgår inte av dokumentet. Ange vilket år medlen avser."))


class NoAccountError(DocumentError):
    def __init__(self):
        super().__init__(
            _(
                "Inga projekt hittades. En redovisning ska ha rubriken "
                "”Redovisning av lokala utvecklingsprojekt” följd av året."
            )
        )


@dataclass(frozen=True)
class Upload:
    document: ImportedDocument
    created: bool
    notes: tuple[str, ...] = ()


def _repairs(result: RepairResult) -> list:
    """Each change and doubtful word, with positions moved into the repaired text."""
    marks, shift = [], 0
    events = sorted(
        [(c, REPAIRED if c.certain else UNCERTAIN) for c in result.changes]
        + [(d, DOUBTFUL) for d in result.doubtful],
        key=lambda event: event[0].start,
    )
    for change, state in events:
        start = change.start + shift
        marks.append([start, start + len(change.repaired), change.original, state])
        shift += len(change.repaired) - len(change.original)
    return marks


class _NamesOn:
    """``organisations_named`` on one day, asked once per distinct name: a long
    document names the same organisations on row after row."""

    def __init__(self, year: int):
        self.day = decision_day(year)
        self.known: dict[str, list] = {}

    def __call__(self, text: str) -> list:
        if text not in self.known:
            self.known[text] = organisations_named(text=text, day=self.day)
        return self.known[text]


def _decision_rows(
    text: str, names: list[str], year: int, repaired: RepairResult
) -> tuple[list[ImportedRow], dict]:
    extraction = extract_allocation(
        text, known_organisations=names, repaired=repaired, funds=decision_table_funds()
    )
    named = _NamesOn(year)
    rows = []
    for table in extraction.tables:
        for row in table.rows:
            found = named(row.organisation)
            rows.append(
                ImportedRow(
                    fund=table.fund,
                    organisation_name=row.organisation,
                    organisation=found[0] if len(found) == 1 else None,
                    text=row.text,
                    granted=row.granted,
                    unknown_organisation=not found,
                )
            )
    return rows, {t.fund: t.stated_total for t in extraction.tables}


def _account_rows(projects, year: int) -> list[ImportedRow]:
    rows = []
    named_on = _NamesOn(year)
    for project in projects:
        named = project.organisation or ""
        found = named_on(named) if named else []
        rows.append(
            ImportedRow(
                fund="LUM",
                organisation_name=named,
                organisation=found[0] if len(found) == 1 else None,
                text=project.title,
                purpose=project.purpose,
                continued=project.continued,
                unknown_organisation=bool(named) and not found,
            )
        )
    return rows


@transaction.atomic
def document_upload(*, user, name: str, data: bytes, kind: str, year: int | None = None) -> Upload:
    """A draft with the rows found; the same content uploaded again gives the first draft.

    Raises ``DocumentError`` (unreadable, empty, too large, no year) or
    ``NoAllocationTableError`` with a message for the person.
    """
    require_officer(user, "läsa in historik")
    digest = hashlib.sha256(data).hexdigest()
    existing = ImportedDocument.objects.filter(sha256=digest).first()
    if existing is not None:
        return Upload(existing, created=False)
    decoded = decode_document(data)
    names = known_organisation_names()
    repaired = repair(decoded.text, extra_words=names)
    stated_totals = {}
    if kind == ImportedDocument.Kind.DECISION:
        year = year or decision_year(repaired.text)
        if year is None:
            # Read the tables first: a document without any is the worse news.
            extract_allocation(
                decoded.text,
                known_organisations=names,
                repaired=repaired,
                funds=decision_table_funds(),
            )
            raise YearMissingError()
        rows, stated_totals = _decision_rows(decoded.text, names, year, repaired)
    else:
        account = extract_accounts(decoded.text, known_organisations=names, repaired=repaired)
        if not account.projects:
            raise NoAccountError()
        year = year or account.year
        rows = _account_rows(account.projects, year)
    document = ImportedDocument(
        sha256=digest,
        original_name=name,
        uploaded_by=user,
        kind=kind,
        year=year,
        encoding=decoded.encoding,
        original_text=decoded.text,
        repaired_text=repaired.text,
        repairs=_repairs(repaired),
        stated_totals=stated_totals,
    )
    try:
        # The same file uploaded at the same moment by someone else: their
        # draft is stored first and is the answer (the content is the same).
        with transaction.atomic():
            save_audited(instance=document, user=user, reason=UPLOAD_REASON)
    except IntegrityError:
        existing = ImportedDocument.objects.filter(sha256=digest).first()
        if existing is None:
            raise
        return Upload(existing, created=False)
    for order, row in enumerate(rows, start=1):
        row.document, row.order = document, order
    # In bulk, each with its history record: one save per row made a long
    # document's upload take most of its time in the database.
    bulk_create_with_history(
        rows, ImportedRow, batch_size=500, default_user=user, default_change_reason=UPLOAD_REASON
    )
    return Upload(document, created=True, notes=decoded.notes)


@transaction.atomic
def rows_correct(
    *, document: ImportedDocument, user, corrections: list[tuple[ImportedRow, dict]]
) -> int:
    """The officer's corrections before import; returns how many rows changed.

    Each correction gives ``organisation_name``, ``organisation`` (or None),
    ``text`` and ``granted``.
    """
    require_officer(user, "rätta inlästa rader")
    if not document.is_draft:
        raise DocumentError(_("Dokumentet är redan importerat och kan inte ändras."))
    return sum(_row_correct(row, user, **wanted) for row, wanted in corrections)


def _row_correct(
    row: ImportedRow, user, *, organisation_name: str, organisation, text: str, granted: int | None
) -> bool:
    if organisation is None and organisation_name:
        day = decision_day(row.document.year)
        found = organisations_named(text=organisation_name, day=day)
        organisation = found[0] if len(found) == 1 else None
        unknown = not found
    else:
        unknown = organisation is None and bool(organisation_name)
    wanted = {
        "organisation_name": organisation_name,
        "organisation": organisation,
        "text": text,
        "granted": granted,
    }
    if all(getattr(row, key) == value for key, value in wanted.items()):
        return False
    for key, value in wanted.items():
        setattr(row, key, value)
    row.unknown_organisation = unknown
    row.edited_by_officer = True
    save_audited(instance=row, user=user, reason="Rättad av handläggare före import")
    return True
