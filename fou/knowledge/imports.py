"""Imports from the browser, run on the task queue (fou.jobs).

The request only stores the chosen files and queues one job per file, all
with the same batch number; the worker reads, repairs and indexes each file
in its own transaction, so one broken file is reported and the rest are
imported. The import page polls the batch's jobs for its progress bar.
"""

import uuid
from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction

from fou.accounts.permissions import require_officer
from fou.core.i18n import translated
from fou.domain.documents.decoding import DocumentError
from fou.jobs.models import Job
from fou.jobs.services import job_enqueue
from fou.knowledge.models import Document
from fou.knowledge.services import document_import

KIND = "knowledge_import"
STAGING = "kunskapsbanken/inlasning"


@transaction.atomic
def import_enqueue(*, user, files) -> uuid.UUID:
    """Store the uploaded files and queue their import; the batch's number."""
    require_officer(user, "importera till kunskapsbanken")
    batch = uuid.uuid4()
    for position, uploaded in enumerate(files):
        name = uploaded.name
        stored = default_storage.save(
            f"{STAGING}/{batch}/{position}.bin", ContentFile(uploaded.read())
        )
        job_enqueue(
            kind=KIND,
            label=f"Kunskapsbanken: {name}",
            payload={
                "batch": str(batch),
                "position": position,
                "total": len(files),
                "name": name,
                "path": stored,
            },
            user=user,
        )
    return batch


def import_file_job(job) -> dict:
    """The job's handler: import one stored file. A file that cannot be read is
    a result (reported beside the others), not a failure to retry."""
    payload = job.payload
    with default_storage.open(payload["path"], "rb") as handle:
        data = handle.read()
    try:
        outcome = document_import(user=job.created_by, name=payload["name"], data=data)
    except DocumentError as error:
        result = {"refused": translated(error)}
    else:
        result = {
            "document": outcome.document.pk,
            "created": outcome.created,
            "notes": list(outcome.notes),
        }
    # The stored upload is not needed once the import is saved.
    transaction.on_commit(lambda: default_storage.delete(payload["path"]))
    return result


@dataclass
class ImportRow:
    name: str
    job: Job
    document: Document | None = None
    created: bool = False
    refused: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def pending(self) -> bool:
        return self.job.is_pending

    @property
    def failed(self) -> bool:
        return self.job.status == Job.Status.FAILED


@dataclass
class BatchProgress:
    batch: uuid.UUID
    rows: list[ImportRow]

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def finished(self) -> int:
        return sum(1 for row in self.rows if not row.pending)

    @property
    def percent(self) -> int:
        return round(100 * self.finished / self.total) if self.total else 100

    @property
    def pending(self) -> bool:
        return self.finished < self.total

    @property
    def imported(self) -> int:
        return sum(1 for row in self.rows if row.document is not None)

    @property
    def not_imported(self) -> int:
        return sum(1 for row in self.rows if row.refused or row.failed)


def import_batch(*, batch: uuid.UUID) -> BatchProgress | None:
    """The batch's files in the order chosen, each with its job and result; None if unknown."""
    jobs = list(
        Job.objects.filter(kind=KIND, payload__batch=str(batch)).select_related("created_by")
    )
    if not jobs:
        return None
    jobs.sort(key=lambda job: job.payload.get("position", 0))
    documents = Document.objects.defer("original_text", "repaired_text", "terms").in_bulk(
        [job.result["document"] for job in jobs if "document" in (job.result or {})]
    )
    rows = []
    for job in jobs:
        result = (job.result or {}) if job.status == Job.Status.DONE else {}
        rows.append(
            ImportRow(
                name=job.payload.get("name", ""),
                job=job,
                document=documents.get(result.get("document")),
                created=bool(result.get("created")),
                refused=result.get("refused", ""),
                notes=result.get("notes", []),
            )
        )
    return BatchProgress(batch, rows)
