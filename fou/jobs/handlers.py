"""What each kind of job does. Each runs in one transaction (see runner), so a
worker that dies half-way leaves nothing half-done."""

from django.core.mail import send_mail


class PermanentFailure(Exception):
    """An error that another attempt cannot fix (e.g. the import is refused)."""


def send_email(job) -> dict:
    payload = job.payload
    send_mail(
        subject=payload["subject"],
        message=payload["message"],
        from_email=None,
        recipient_list=payload["to"],
        fail_silently=False,
    )
    return {"sent_to": payload["to"]}


def import_history(job) -> dict:
    # Imported here: history's services import applications, which enqueue jobs.
    from fou.history.models import ImportedDocument
    from fou.history.services import ImportRefused, document_import

    document = ImportedDocument.objects.get(pk=job.payload["document"])
    try:
        result = document_import(document=document, user=job.created_by)
    except ImportRefused as refused:
        raise PermanentFailure(" ".join(refused.problems)) from refused
    return {"created": dict(result.created), "existing": dict(result.existing)}


def import_knowledge_file(job) -> dict:
    # Imported here, like history: the knowledge bank's imports enqueue jobs.
    from fou.knowledge.imports import import_file_job

    return import_file_job(job)


def decision_document(job) -> dict:
    """The tjänsteutlåtande (Word, PDF) or gross lists (Excel) of a year, kept
    in the file store for the officer to download from the job."""
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    from fou.decisions.rendering import render_decision
    from fou.decisions.selectors import NoChosenProposal, content_fingerprint, decision_content

    year, fmt = job.payload["year"], job.payload["format"]
    try:
        content = decision_content(year=year)
    except NoChosenProposal as error:
        raise PermanentFailure(str(error)) from error
    rendered = render_decision(content, fmt)
    path = default_storage.save(
        f"dokument/beslut/{year}/jobb-{job.pk}/{rendered.filename}", ContentFile(rendered.data)
    )
    return {
        "path": path,
        "filename": rendered.filename,
        "content_type": rendered.content_type,
        "bytes": len(rendered.data),
        "fingerprint": content_fingerprint(content),
    }


def allocation_explain(job) -> dict:
    from fou.allocations.services import proposal_explain

    proposal = proposal_explain(proposal_id=job.payload["proposal"])
    return {"explained": len(proposal.explanations)}


HANDLERS = {
    "email": send_email,
    "history_import": import_history,
    "knowledge_import": import_knowledge_file,
    "decision_document": decision_document,
    "allocation_explain": allocation_explain,
}
