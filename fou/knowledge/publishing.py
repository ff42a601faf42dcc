"""Approved final reports from follow-up, published in the knowledge bank.

One place decides: ``report_publication_sync`` is called whenever a report's
state or its "publish" mark changes (``fou.followup.services``). A report
that is approved, final and marked for the bank has exactly one live
document, linked to the grant, its year, fund and organisation, built from
what the owner already sent in (answers, and the attached file's text): no
one uploads it again. A report that is no longer publishable has its
document withdrawn, recorded and kept, never deleted; publishing it again
brings the same document back.
"""

import hashlib

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from fou.core.versioning import save_audited
from fou.domain.documents.decoding import DocumentError
from fou.domain.followup.reports import ReportState
from fou.domain.search.analysis import content_terms
from fou.domain.text.ocr_repair import repair_text
from fou.knowledge.extraction import extract_text
from fou.knowledge.models import Document
from fou.knowledge.services import document_reindex, document_withdraw_from_index

WITHDRAWN_REASON = "Rapporten är inte längre publicerad i uppföljningen"


def is_published(report) -> bool:
    return report.state == ReportState.APPROVED and report.publishable and report.kind == "final"


def _attachment_text(report) -> tuple[str, str]:
    """(original, repaired) text of the report's attached file; empty if none or unreadable."""
    if not report.attachment:
        return "", ""
    try:
        with report.attachment.open("rb") as handle:
            extracted = extract_text(handle.read())
    except (DocumentError, OSError):
        # The answers are still published; the file stays on the report.
        return "", ""
    if extracted.method == "ocr":
        return extracted.text, repair_text(extracted.text)
    return extracted.text, extracted.text


def _report_text(report) -> tuple[str, str]:
    """The report as one text: each question and answer, then the attached file's text."""
    answered = [
        f"{answer['question']}\n{answer['answer'].strip()}"
        for answer in report.answers
        if answer.get("answer", "").strip()
    ]
    typed = "\n\n".join(answered)
    original, repaired = _attachment_text(report)
    if original:
        heading = f"\n\nBifogad fil: {report.attachment_name}\n\n"
        return typed + heading + original, typed + heading + repaired
    return typed, typed


@transaction.atomic
def report_publication_sync(*, report, user) -> Document | None:
    """Make the knowledge bank agree with the report; the document, or None if it has none."""
    document = Document.objects.filter(report=report).first()
    if not is_published(report):
        if document is not None and not document.is_withdrawn:
            document.withdrawn_at = timezone.now()
            document.withdrawn_by = user
            document.withdrawal_reason = WITHDRAWN_REASON
            save_audited(instance=document, user=user, reason=f"Återtaget: {WITHDRAWN_REASON}")
            document_withdraw_from_index(document=document)
        return document
    grant = report.grant
    application = grant.application
    original, repaired = _report_text(report)
    data = repaired.encode("utf-8")
    reason = "Publicerad från uppföljningen"
    if document is None:
        document = Document(report=report, imported_by=user)
    elif document.is_withdrawn:
        reason = "Publicerad igen från uppföljningen"
    document.title = f"Slutrapport: {application.title}"[:300]
    document.type = Document.Type.FINAL_REPORT
    document.year = application.call.year
    document.fund = application.call.fund
    document.grant = grant
    document.original_name = f"slutrapport-{grant.pk}.txt"
    document.size = len(data)
    # Unique among imported files too: the report's number is part of it.
    document.sha256 = hashlib.sha256(f"report:{report.pk}\n".encode() + data).hexdigest()
    document.extraction = Document.Extraction.TEXT
    document.original_text = original
    document.repaired_text = repaired
    document.terms = content_terms(repaired)
    document.withdrawn_at = None
    document.withdrawn_by = None
    document.withdrawal_reason = ""
    document.source_file.save(document.original_name, ContentFile(data), save=False)
    save_audited(instance=document, user=user, reason=reason)
    if grant.organisation_id:
        document.organisations.set([grant.organisation_id])
    document_reindex(document=document)
    return document
