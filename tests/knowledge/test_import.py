"""Importing files: the seeds, every kind of file, and every kind of bad file."""

import io
import shutil

import pytest
from django.core.management import call_command
from docx import Document as DocxDocument

from fou.domain.documents.decoding import DocumentError
from fou.knowledge.models import Document
from fou.knowledge.services import document_import
from tests.knowledge.conftest import FILES, SEEDS, seed_files


def run(*args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("kb_import", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_the_five_seeds_import_once_however_often_the_command_runs(db):
    first, _ = run(str(SEEDS))
    again, _ = run(str(SEEDS))
    assert first.strip() == "5 filer: 5 inlästa, 0 fanns redan, 0 fel."
    assert again.strip() == "5 filer: 0 inlästa, 5 fanns redan, 0 fel."
    assert Document.objects.count() == 5


def test_damaged_letters_are_repaired_and_the_original_kept(seeds):
    decision = seeds["002"]
    assert "socialtjédnsten" in decision.original_text
    assert "socialtjänsten" in decision.repaired_text
    assert "Köpenhamn" in decision.repaired_text
    assert decision.source_file.read() == (SEEDS / decision.original_name).read_bytes()


def test_type_and_year_are_proposed(seeds):
    assert seeds["002"].type == Document.Type.DECISION
    assert seeds["002"].year == 2023
    assert seeds["004"].year == 2015


def test_one_broken_file_is_reported_and_the_rest_imported(db, tmp_path):
    folder = tmp_path / "import"
    folder.mkdir()
    shutil.copy(seed_files()[1], folder / "rapport.txt")
    (folder / "trasig.pdf").write_bytes(b"%PDF-1.4\nthis is not a PDF at all")
    (folder / "tom.txt").write_bytes(b"")
    out, err = run(str(folder))
    assert out.strip() == "3 filer: 1 inlästa, 0 fanns redan, 2 fel (tom.txt, trasig.pdf)."
    assert "trasig.pdf: PDF-filen är skadad" in err
    assert "tom.txt: Filen är tom." in err


def test_a_file_over_the_limit_is_refused_with_the_limit_named(db, tmp_path):
    big = tmp_path / "stor.txt"
    with big.open("wb") as file:  # sparse: no 50 MB written to disk
        file.truncate(50 * 1024 * 1024 + 1)
    out, err = run(str(big))
    assert "högst 50 MB" in err
    assert out.strip().endswith("1 fel (stor.txt).")


def test_an_encrypted_pdf_is_refused_with_a_reason(db):
    # Made with LibreOffice: Export as PDF, encrypted with an opening password.
    with pytest.raises(DocumentError, match="lösenordsskyddad"):
        document_import(
            user=None, name="krypterad.pdf", data=(FILES / "krypterad.pdf").read_bytes()
        )


def test_a_docx_is_read_with_its_tables(farsta):
    docx = DocxDocument()
    docx.add_paragraph("Slutrapport för projektet Bo kvar 2021")
    docx.add_paragraph("Projektet minskade vräkningarna i Farsta.")
    table = docx.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Förvaltning"
    table.rows[0].cells[1].text = "Farsta"
    buffer = io.BytesIO()
    docx.save(buffer)
    outcome = document_import(user=None, name="Slutrapport Bo kvar.docx", data=buffer.getvalue())
    document = outcome.document
    assert document.extraction == Document.Extraction.DOCX
    assert (
        "vräkningarna" in document.repaired_text
        and "Förvaltning | Farsta" in document.repaired_text
    )
    assert document.type == Document.Type.FINAL_REPORT
    assert [o.key for o in document.organisations.all()] == ["farsta"]


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext saknas (poppler-utils)")
def test_a_pdf_with_a_text_layer_is_read(db):
    from weasyprint import HTML

    pdf = HTML(
        string="<h1>Reserapport</h1><p>Studieresa till Köpenhamn i maj 2022.</p>"
    ).write_pdf()
    document = document_import(user=None, name="resa.pdf", data=pdf).document
    assert document.extraction == Document.Extraction.PDF_TEXT
    assert "Studieresa till Köpenhamn" in document.repaired_text
    assert document.type == Document.Type.TRAVEL_REPORT


def test_file_names_with_swedish_letters_and_spaces_are_kept(db, client, reader):
    name = "Slutrapport Hägersten-Älvsjö år 2021.txt"
    data = "Slutrapport från Hägersten-Älvsjö om hemlöshet 2021.".encode()
    document = document_import(user=None, name=name, data=data).document
    assert document.original_name == name
    client.force_login(reader)
    response = client.get(f"/kunskapsbanken/{document.pk}/fil/")
    assert b"".join(response.streaming_content) == data
    assert (
        "Hägersten-Älvsjö" in response["Content-Disposition"]
        or "utf-8''" in response["Content-Disposition"]
    )
