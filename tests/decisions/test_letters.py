"""Covering reports per district and yearly accounts, read back from files."""

import io
import zipfile

import pytest
from docx import Document

from fou.accounts.models import User
from fou.decisions.recording import proposal_fingerprint
from tests.decisions.conftest import plain
from tests.decisions.test_documents import needs_poppler, pdftotext

pytestmark = pytest.mark.django_db


@pytest.fixture
def decided(client, chosen_2023):
    client.force_login(User.objects.get(username="hanna"))
    client.post(
        "/beslut/2023/registrera/",
        {
            "fingerprint": proposal_fingerprint(chosen_2023),
            "meeting_date": "2022-12-13",
            "minutes_paragraph": "§ 12",
            "reference": "SoN 2022/456",
        },
    )
    return client


def text_of(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return plain("\n".join([p.text for p in document.paragraphs] + cells))


def test_covering_report_for_a_district_lists_its_own_applications(decided):
    response = decided.get("/beslut/2023/foljebrev/hagersten-alvsjo.docx")
    assert response.status_code == 200
    text = text_of(response.content)
    assert "Till\nHägersten-Älvsjö stadsdelsnämnd\n13 december 2022" in text
    assert (
        "Stadsdelsnämnden tar del av socialnämndens beslut om fördelning av lokala "
        "utvecklingsmedel och medel för utveckling och lärande genom studiebesök/resor 2023 "
        "och lägger dem till handlingarna." in text
    )
    assert "Civilsamhället som resurs för nyanländas väg till egen bostad" in text
    assert "Signs of Safety" in text and "Avslag" in text and "Forte" in text
    assert "beviljas medel för två av tre ansökningar, totalt 425 000 kronor" in text
    assert "att fördela 4 038 500 kronor" in text
    assert "Våga anmäla" not in text


@needs_poppler
def test_covering_report_as_pdf(decided):
    text = pdftotext(decided.get("/beslut/2023/foljebrev/farsta.pdf").content)
    assert "Farsta stadsdelsnämnd" in text and "lägger dem till handlingarna" in text
    assert "Våga anmäla våga vittna" in text


def test_all_districts_as_one_zip(decided):
    response = decided.get("/beslut/2023/foljebrev-docx.zip")
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = archive.namelist()
    assert len(names) == 13 and "foljebrev-2023-farsta.docx" in names
    bromma = text_of(archive.read("foljebrev-2023-bromma.docx"))
    assert "Bromma sökte inga medel för 2023." in bromma


def test_covering_reports_wait_for_the_recorded_decision(client, chosen_2023):
    client.force_login(User.objects.get(username="hanna"))
    response = client.get("/beslut/2023/foljebrev/farsta.docx")
    assert response.status_code == 409
    assert "Nämndens beslut för 2023 är inte registrerat ännu" in response.content.decode()


def test_yearly_account_for_an_imported_history_year(client, demo):
    client.force_login(User.objects.get(username="lars"))
    text = text_of(client.get("/beslut/redovisning/2020.docx").content)
    assert "Redovisning av lokala utvecklingsprojekt (LUM) genomförda under 2020" in text
    assert "Lokala utvecklingsmedel har beviljats till nio projekt" in text
    assert "Min ekonomi, Hägersten-Älvsjö" in text
    assert "Beviljat belopp: okänt." in text
    assert "har fått medel för att fortsätta även under 2021" in text


def test_yearly_account_2018_names_the_seven_continued_projects(client, demo):
    client.force_login(User.objects.get(username="lars"))
    text = text_of(client.get("/beslut/redovisning/2018.docx").content)
    assert "beviljats till tio projekt" in text
    assert text.count("Fortsatta medel året efter: ja.") == 7


@pytest.mark.parametrize("username", ["anna", "rut", "lars"])
def test_only_officers_get_covering_reports(client, chosen_2023, username):
    client.force_login(User.objects.get(username=username))
    assert client.get("/beslut/2023/foljebrev/farsta.docx").status_code == 403
    assert client.get("/beslut/2023/foljebrev-pdf.zip").status_code == 403
