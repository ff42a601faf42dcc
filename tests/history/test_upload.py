"""Bad input is refused with a Swedish message in the summary and next to the field."""

import pytest

from fou.domain.documents.decoding import MAX_DOCUMENT_BYTES
from fou.history.models import ImportedDocument
from tests.domain.text.seeds import CLEAN_001, DECISION_002
from tests.history.helpers import FIXTURES, upload


def _refused(response, message: str) -> None:
    page = response.content.decode()
    assert response.status_code == 400
    assert 'class="error-summary"' in page
    assert page.count(message) == 2  # in the summary and next to the field
    assert not ImportedDocument.objects.exists()


def test_an_empty_file_is_refused(as_officer, registry):
    _refused(upload(as_officer, b""), "Filen är tom.")


def test_a_file_over_50_mb_is_refused_naming_the_limit(as_officer, registry):
    response = upload(as_officer, b" " * (MAX_DOCUMENT_BYTES + 1))
    _refused(response, "högst 50 MB kan läsas in")


def test_a_document_without_allocation_tables_is_refused(as_officer, registry):
    response = upload(as_officer, (FIXTURES / "no-table.txt").read_bytes())
    _refused(response, "Inga tabeller hittades")


def test_a_file_neither_utf8_nor_cp1252_is_refused(as_officer, registry):
    # 0x81 and 0x8d are undefined in Windows-1252 as well.
    _refused(upload(as_officer, b"F\x81rdelning \x8d 2024"), "varken UTF-8 eller Windows-1252")


def test_a_cp1252_file_is_read_and_the_officer_told(as_officer, registry):
    legacy = (FIXTURES / "decision-2024.txt").read_text().encode("cp1252")
    response = upload(as_officer, legacy)
    assert response.status_code == 302
    page = as_officer.get(response.url).content.decode()
    assert "lästes som Windows-1252" in page
    assert ImportedDocument.objects.get().encoding == "cp1252"


def test_a_decision_without_a_year_asks_for_it(as_officer, registry):
    text = (FIXTURES / "decision-2024.txt").read_text().replace("2024", "")
    _refused(upload(as_officer, text.encode()), "Året framgår inte av dokumentet")


def test_a_yearly_account_without_projects_is_refused(as_officer, registry):
    response = upload(as_officer, DECISION_002.read_bytes(), kind="account")
    _refused(response, "Inga projekt hittades")


def test_a_decision_uploaded_as_a_yearly_account_type_is_not_mixed_up(as_officer, registry):
    response = upload(as_officer, CLEAN_001.read_bytes(), kind="decision")
    _refused(response, "Inga tabeller hittades")


def test_the_review_marks_uncertain_repairs_with_the_original(as_officer, registry):
    response = upload(as_officer, DECISION_002.read_bytes())
    page = as_officer.get(response.url).content.decode()
    assert "<mark title=\"osäker: original 'for'\">för</mark>" in page
    assert "Socialnämnden" in page


@pytest.mark.parametrize("who", ["applicant", "reader", "council_member"])
def test_only_grants_officers_may_upload_or_review(client, registry, who, request):
    client.force_login(request.getfixturevalue(who))
    assert client.get("/historik/").status_code == 403
    assert upload(client, DECISION_002.read_bytes()).status_code == 403
    assert not ImportedDocument.objects.exists()


def test_nobody_else_may_import_a_draft(client, as_officer, registry, applicant):
    upload(as_officer, DECISION_002.read_bytes())
    document = ImportedDocument.objects.get()
    client.force_login(applicant)
    assert client.post(f"/historik/{document.pk}/", {"action": "import"}).status_code == 403
    assert client.get(f"/historik/{document.pk}/").status_code == 403


def test_signed_out_visitors_are_sent_to_log_in(client, registry):
    response = client.get("/historik/")
    assert response.status_code == 302 and "/logga-in/" in response.url


def test_the_menu_shows_history_to_officers_only(as_officer, client, applicant):
    assert 'href="/historik/"' in as_officer.get("/").content.decode()
    client.force_login(applicant)
    assert 'href="/historik/"' not in client.get("/").content.decode()


def test_a_file_with_a_nul_byte_is_refused(as_officer, registry):
    # PostgreSQL cannot store a NUL character: it was a 500 there.
    data = (FIXTURES / "decision-2024.txt").read_bytes().replace(b"\n", b"\n\0", 1)
    _refused(upload(as_officer, data), "styrtecken")
