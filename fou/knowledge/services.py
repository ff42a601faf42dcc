"""Writes to the knowledge bank: import, correct, withdraw. Each is audited."""

import hashlib
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from fou.accounts.permissions import require_officer
from fou.calls.models import Fund
from fou.core.versioning import save_audited
from fou.domain.search.analysis import analyse_text, content_terms
from fou.domain.search.proposals import propose
from fou.domain.text.ocr_repair import repair_text
from fou.knowledge import index
from fou.knowledge.extraction import extract_text
from fou.knowledge.models import Document
from fou.knowledge.selectors import fund_words, organisation_names


@dataclass(frozen=True)
class ImportOutcome:
    document: Document
    created: bool
    notes: tuple[str, ...] = ()


def _check_officer(user) -> None:
    # ``None`` is the command line (kb_import), run by whoever runs the server.
    if user is not None:
        require_officer(user, "importera till kunskapsbanken")


def document_reindex(*, document: Document) -> None:
    """Put the document's title and repaired text into the full-text index."""
    analysed = analyse_text(f"{document.title}\n\n{document.repaired_text}")
    with connection.cursor() as cursor:
        index.backend().put(cursor, document.pk, analysed)


@transaction.atomic
def document_import(*, user, name: str, data: bytes) -> ImportOutcome:
    """Read, repair and index a file; the same content twice gives the first document.

    Raises ``DocumentError`` (Swedish message) for a file that cannot be read.
    Title, type, year, organisations and fund are proposals from the text.
    """
    _check_officer(user)
    sha256 = hashlib.sha256(data).hexdigest()
    existing = Document.objects.filter(sha256=sha256).first()
    if existing is not None:
        return ImportOutcome(existing, False)
    extracted = extract_text(data)
    names = organisation_names()
    repaired = repair_text(extracted.text, extra_words=names)
    proposal = propose(
        repaired,
        organisation_names=names,
        fund_words=fund_words(),
        fallback_title=name.rsplit(".", 1)[0],
    )
    document = Document(
        title=proposal.title[:300],
        type=proposal.type,
        year=proposal.year,
        fund=Fund.objects.filter(code=proposal.fund).first() if proposal.fund else None,
        original_name=name[:255],
        size=len(data),
        sha256=sha256,
        extraction=extracted.method,
        original_text=extracted.text,
        repaired_text=repaired,
        terms=content_terms(repaired),
        imported_by=user,
    )
    document.source_file.save(name, ContentFile(data), save=False)
    save_audited(instance=document, user=user, reason="Inläst i kunskapsbanken")
    document.organisations.set(sorted(set(proposal.organisations)))
    document_reindex(document=document)
    return ImportOutcome(document, True, extracted.notes)


@transaction.atomic
def document_update(*, document: Document, user, fields: dict, organisations, reason: str):
    """Correct what the import proposed (title, type, year, fund, grant, organisations)."""
    require_officer(user, "ändra dokument i kunskapsbanken")
    for field, value in fields.items():
        setattr(document, field, value)
    save_audited(instance=document, user=user, reason=reason or "Uppgifterna rättade")
    document.organisations.set(organisations)
    if not document.is_withdrawn:
        document_reindex(document=document)


@transaction.atomic
def document_withdraw(*, document: Document, user, reason: str) -> None:
    """Take a document out of the bank; it is kept, with who withdrew it and why."""
    require_officer(user, "återta dokument i kunskapsbanken")
    if not reason.strip():
        raise ValueError(_("Skriv varför dokumentet återtas."))
    document.withdrawn_at = timezone.now()
    document.withdrawn_by = user
    document.withdrawal_reason = reason.strip()
    save_audited(instance=document, user=user, reason=f"Återtaget: {reason.strip()}")
    document_withdraw_from_index(document=document)


def document_withdraw_from_index(*, document: Document) -> None:
    with connection.cursor() as cursor:
        index.backend().remove(cursor, document.pk)
