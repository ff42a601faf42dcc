"""The registry as the demo has it, and the steps of the upload → review → import path."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from fou.domain.organisations import ORGANISATIONS, SUCCESSIONS
from fou.history.models import ImportedDocument
from fou.organisations.models import Organisation
from tests import factories

FIXTURES = Path(__file__).resolve().parents[1] / "domain" / "documents" / "fixtures"


@pytest.fixture
def registry(farsta, skarpnack):
    """The seeds' organisations with their periods, and the two funds.

    Farsta and Skarpnäck may exist already: the role fixtures create them.
    """
    for key, name, kind, _parent, valid_from, valid_to in ORGANISATIONS:
        if Organisation.objects.filter(key=key).exists():
            continue
        factories.organisation(name, key=key, kind=kind, valid_from=valid_from, valid_to=valid_to)
    for predecessor, successor in SUCCESSIONS:
        Organisation.objects.get(key=predecessor).successors.add(
            Organisation.objects.get(key=successor)
        )
    factories.fund("LUM")
    factories.fund("MUL", trips=True)


def upload(client, data: bytes, name: str = "dokument.txt", **fields):
    fields.setdefault("kind", ImportedDocument.Kind.DECISION)
    return client.post("/historik/", {"file": SimpleUploadedFile(name, data), **fields})


def row_data(document: ImportedDocument, **changes) -> dict:
    """The review form as the page fills it; ``changes`` maps "rad-<pk>-field" to a value."""
    data = {}
    for row in document.rows.all():
        prefix = f"rad-{row.pk}-"
        data[prefix + "organisation_name"] = row.organisation_name
        data[prefix + "organisation"] = row.organisation_id or ""
        data[prefix + "text"] = row.text
        data[prefix + "granted"] = "" if row.granted is None else str(row.granted)
    return {**data, **changes}


def submit(client, document: ImportedDocument, action: str = "import", **changes):
    return client.post(
        f"/historik/{document.pk}/", {**row_data(document, **changes), "action": action}
    )
