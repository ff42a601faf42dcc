"""The history import as a background job (see fou.jobs.handlers)."""

from fou.history.models import ImportedDocument
from fou.history.services import ImportRefused, document_import
from fou.jobs.handlers import PermanentFailure, handles


@handles("history_import")
def import_history(job) -> dict:
    document = ImportedDocument.objects.get(pk=job.payload["document"])
    try:
        result = document_import(document=document, user=job.created_by)
    except ImportRefused as refused:
        raise PermanentFailure(" ".join(refused.problems)) from refused
    return {"created": dict(result.created), "existing": dict(result.existing)}
