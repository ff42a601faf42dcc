"""Rendering a year's decision documents as a background job (see fou.jobs.handlers)."""

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from fou.decisions.rendering import render_decision
from fou.decisions.selectors import NoChosenProposal, content_fingerprint, decision_content
from fou.jobs.handlers import PermanentFailure, handles


@handles("decision_document")
def decision_document(job) -> dict:
    """The tjänsteutlåtande (Word, PDF) or gross lists (Excel) of a year, kept
    in the file store for the officer to download from the job."""
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
