from fou.history.models import ImportedDocument
from tests.history.helpers import FIXTURES, row_data, upload


def test_a_too_long_history_correction_is_refused(as_officer, registry):
    upload(as_officer, (FIXTURES / "decision-2024.txt").read_bytes())
    document = ImportedDocument.objects.get()
    row = document.rows.first()
    text = "Projekt " + "x" * 5_000
    response = as_officer.post(
        f"/historik/{document.pk}/", row_data(document, **{f"rad-{row.pk}-text": text})
    )
    assert response.status_code == 400
    assert "högst 5 000 tecken" in response.content.decode()
