import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from fou.domain.files import FileRefused, identify
from tests import factories
from tests.applications.files import EXE, PDF, docx_bytes, xlsx_bytes
from tests.applications.helpers import draft_data


@pytest.fixture
def draft(farsta, applicant):
    call = factories.call(2027, required_attachments=["Projektplan"])
    return factories.application(call, farsta, creator=applicant, title="Med bilagor")


def upload(client, draft, name, data, kind="Projektplan"):
    """The draft page posts the whole form with the chosen file."""
    draft.refresh_from_db()
    form = draft_data(draft)
    return client.post(
        f"/ansokningar/{draft.pk}/bilagor/",
        {**form, "kind": kind, "file": SimpleUploadedFile(name, data)},
    )


@pytest.mark.parametrize(
    "name, data, stored",
    [
        ("plan.pdf", PDF, "plan.pdf"),
        ("plan.docx", docx_bytes(), "plan.docx"),
        ("budget.xlsx", xlsx_bytes(), "budget.xlsx"),
    ],
)
def test_allowed_files_are_stored(as_applicant, draft, name, data, stored, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    response = upload(as_applicant, draft, name, data)
    assert response.status_code == 302
    attachment = draft.attachments.get()
    assert attachment.original_name == stored
    assert attachment.file.read() == data


def test_a_renamed_program_is_refused_by_its_content(as_applicant, draft, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    response = upload(as_applicant, draft, "projektplan.pdf", EXE)
    page = response.content.decode()
    assert response.status_code == 400
    assert "är inte en PDF-, DOCX-, XLSX- eller ODT-fil" in page
    assert "Det du skrivit i ansökan är sparat." in page
    assert not draft.attachments.exists()


def test_an_upload_that_stopped_half_way_is_refused(as_applicant, draft, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    half = docx_bytes()[:-400]
    response = upload(as_applicant, draft, "plan.docx", half)
    assert "laddades inte upp helt" in response.content.decode()
    assert not draft.attachments.exists()


def test_a_truncated_pdf_is_refused():
    with pytest.raises(FileRefused, match="laddades inte upp helt"):
        identify(PDF[:60], name="plan.pdf")


def test_a_file_over_20_mb_is_refused_naming_the_limit(as_applicant, draft, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    big = PDF[:-7] + b"0" * (21 * 1024 * 1024) + b"\n%%EOF\n"
    response = upload(as_applicant, draft, "stor.pdf", big)
    assert "högst 20 MB" in response.content.decode()
    assert not draft.attachments.exists()


def test_a_missing_required_attachment_fails_the_rules(as_applicant, draft, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    page = as_applicant.get(f"/ansokningar/{draft.pk}/kontrollera/").content.decode()
    assert "Projektplan" in page and "Uppfylls inte" in page
    upload(as_applicant, draft, "plan.pdf", PDF)
    draft.refresh_from_db()
    assert not any(
        r["code"] == "required_attachment" and r["outcome"] == "fail" for r in draft.rule_results
    )


def test_another_organisation_cannot_download_an_attachment(
    client, draft, other_applicant, as_applicant, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    upload(as_applicant, draft, "plan.pdf", PDF)
    attachment = draft.attachments.get()
    client.force_login(other_applicant)
    assert client.get(f"/ansokningar/{draft.pk}/bilagor/{attachment.pk}/").status_code == 404


def test_what_was_typed_is_saved_before_the_upload(as_applicant, draft, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    draft.refresh_from_db()
    typed = draft_data(draft, purpose="Skrivet precis innan uppladdningen")
    as_applicant.post(
        f"/ansokningar/{draft.pk}/bilagor/",
        {**typed, "kind": "Projektplan", "file": SimpleUploadedFile("plan.pdf", PDF)},
    )
    draft.refresh_from_db()
    assert draft.purpose == "Skrivet precis innan uppladdningen"
    assert draft.attachments.count() == 1


def test_a_mistyped_field_stops_the_upload_and_keeps_the_text(
    as_applicant, draft, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    draft.refresh_from_db()
    typed = draft_data(draft, amount_asked="abc", purpose="Behålls")
    response = as_applicant.post(
        f"/ansokningar/{draft.pk}/bilagor/",
        {**typed, "kind": "Projektplan", "file": SimpleUploadedFile("plan.pdf", PDF)},
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "Rätta de markerade fälten först" in page and 'value="abc"' in page
    draft.refresh_from_db()
    assert draft.purpose == "Behålls"
    assert not draft.attachments.exists()
