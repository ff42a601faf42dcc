"""The tjänsteutlåtande and gross lists for 2023, read back from real files."""

import io
import shutil
import subprocess

import pytest
from django.core.management import CommandError, call_command
from docx import Document
from openpyxl import load_workbook

from fou.decisions.models import DecisionDocument
from fou.decisions.rendering import render_decision
from fou.decisions.selectors import decision_content
from tests.decisions.conftest import ARTIFACTS, DECISION_2023, pdf_bytes_unpacked, plain

pytestmark = pytest.mark.django_db


def docx_of(year=2023) -> Document:
    return Document(io.BytesIO(render_decision(decision_content(year=year), "docx").data))


def table_rows(table) -> list[list[str]]:
    return [[plain(cell.text) for cell in row.cells] for row in table.rows]


def expected(fund: str) -> list[tuple]:
    key = "project" if fund == "LUM" else "trip"
    return sorted((r["organisation"], r[key], r["granted"]) for r in DECISION_2023[fund])


def as_rows(rows: list[list[str]]) -> list[tuple]:
    return sorted((org, project, int(amount.replace(" ", ""))) for org, project, amount in rows)


def test_word_headings_follow_seed_002(chosen_2023):
    document = docx_of()
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == (
        "Fördelning av lokala utvecklingsmedel och medel för utveckling och lärande genom "
        "studiebesök/resor 2023"
    )
    for heading in [
        "Förvaltningens förslag till beslut",
        "Sammanfattning",
        "Bakgrund",
        "Ärendets beredning",
        "Ärendet",
        "Återbetalning av beviljade medel",
        "Jämställdhetsanalys",
        "Förvaltningens synpunkter och förslag",
        "Förslag till fördelning av lokala utvecklingsmedel 2023",
        "Bilagor",
    ]:
        assert heading in headings
    assert document.core_properties.title == headings[0]
    assert document.core_properties.language == "sv-SE"


def test_word_tables_equal_the_real_2023_decision(chosen_2023):
    tables = docx_of().tables
    lum, mul = tables[1], tables[2]
    assert table_rows(lum)[0] == ["Förvaltning", "Projekt", "Summa (kronor)"]
    assert table_rows(mul)[0] == ["Förvaltning", "Studiebesök till ort", "Summa (kronor)"]
    assert as_rows(table_rows(lum)[1:-1]) == expected("LUM")
    assert as_rows(table_rows(mul)[1:-1]) == expected("MUL")
    assert table_rows(lum)[-1] == ["Totalt", "", "3 850 000"]
    assert table_rows(mul)[-1] == ["Totalt", "", "188 500"]


def test_word_prose_has_computed_figures_in_words_and_digits(chosen_2023):
    text = plain("\n".join(p.text for p in docx_of().paragraphs))
    assert "omfattar totalt 5 138 500 kronor" in text
    assert "avsåg elva ansökningar lokala utvecklingsmedel vilka kom från åtta " in text
    assert "Åtta ansökningar avsåg medel" in text
    assert "omfattade totalt 4 950 000 kronor" in text
    assert "Senast den 31 maj 2023" in text
    assert "minskas med 20 procent" in text
    assert "Signs of Safety" in text and "Forte" in text


def test_word_gross_lists_give_every_application_and_reason(chosen_2023):
    tables = docx_of().tables
    gross_lum = table_rows(tables[-2])
    assert gross_lum[0][:2] == ["Förvaltning", "Projekt"]
    assert len(gross_lum) == 1 + 11 + 1
    refused = next(r for r in gross_lum if r[4] == "Avslag")
    assert refused[0] == "Hägersten-Älvsjö" and "Forte" in refused[5]
    cut = next(r for r in gross_lum if r[1] == "Våga anmäla våga vittna")
    assert cut[3:5] == ["500 000", "400 000"] and "20" in cut[5]
    assert gross_lum[-1][3:5] == ["4 950 000", "3 850 000"]


def test_signatories_with_titles_from_seed_002(chosen_2023):
    signatures = table_rows(docx_of().tables[0])
    assert signatures == [
        ["Veronica Carstorp Wolgast", "Maria Karlsson"],
        ["T.f. förvaltningschef", "T.f. avdelningschef"],
    ]


def test_gross_lists_workbook_has_numbers_formats_and_formulas(chosen_2023):
    data = render_decision(decision_content(year=2023), "xlsx").data
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["LUM", "MUL"]
    lum = book["LUM"]
    assert lum.freeze_panes == "A2"
    assert lum.auto_filter.ref == "A1:G12"
    assert [c.value for c in lum[1]][:5] == [
        "Förvaltning",
        "Projekt",
        "Projektår",
        "Sökt (kr)",
        "Förslag (kr)",
    ]
    assert isinstance(lum["D2"].value, int) and lum["D2"].number_format == "# ##0"
    assert lum["A13"].value == "Totalt"
    assert lum["D13"].value == "=SUM(D2:D12)" and lum["E13"].value == "=SUM(E2:E12)"
    assert sum(lum[f"E{r}"].value for r in range(2, 13)) == 3_850_000
    assert sum(lum[f"D{r}"].value for r in range(2, 13)) == 4_950_000
    mul = book["MUL"]
    assert mul["E10"].value == "=SUM(E2:E9)"
    assert sum(mul[f"E{r}"].value for r in range(2, 10)) == 188_500


def pdftotext(data: bytes) -> str:
    done = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
    return plain(done.stdout.decode("utf-8"))


needs_poppler = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) saknas"
)


@needs_poppler
def test_pdf_reads_back_with_swedish_letters_and_totals(chosen_2023):
    data = render_decision(decision_content(year=2023), "pdf").data
    text = pdftotext(data)
    for expected_text in [
        "Förvaltningens förslag till beslut",
        "Ärendets beredning",
        "Jämställdhetsanalys",
        "Återbetalning av beviljade medel",
        "Hägersten-Älvsjö",
        "Södermalm",
        "Vantör",
        "3 850 000",
        "188 500",
        "omfattar totalt 5 138 500 kronor",
    ]:
        assert expected_text in text


@needs_poppler
def test_pdf_is_tagged_titled_swedish_with_embedded_fonts(chosen_2023, tmp_path):
    path = tmp_path / "t.pdf"
    path.write_bytes(render_decision(decision_content(year=2023), "pdf").data)
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    assert "Tagged:          yes" in info
    assert "Title:           Fördelning av lokala utvecklingsmedel" in info
    fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True, check=True).stdout
    font_rows = fonts.splitlines()[2:]
    assert font_rows and all(" yes yes " in row for row in font_rows)
    raw = pdf_bytes_unpacked(path.read_bytes())
    assert b"/Lang (sv)" in raw
    assert b"pdfaid:part" in raw  # PDF/A-2b identification in the XMP metadata
    ARTIFACTS.mkdir(exist_ok=True)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", path,
         ARTIFACTS / "tjansteutlatande-2023-sida-1"],
        check=True,
    )  # fmt: skip
    assert (ARTIFACTS / "tjansteutlatande-2023-sida-1.png").stat().st_size > 10_000


@pytest.mark.skipif(not shutil.which("libreoffice"), reason="libreoffice-writer-nogui saknas")
def test_libreoffice_opens_the_word_file(chosen_2023, tmp_path):
    source = tmp_path / "tjansteutlatande.docx"
    source.write_bytes(render_decision(decision_content(year=2023), "docx").data)
    subprocess.run(
        ["libreoffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless",
         "--convert-to", "pdf", "--outdir", tmp_path, source],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    converted = (tmp_path / "tjansteutlatande.pdf").read_bytes()
    assert "Totalt" in pdftotext(converted) and "3 850 000" in pdftotext(converted)


HOSTILE = ("Å" * 200) + " & <script>ÄÖ 🎉 " + ("ö" * 290)


@needs_poppler
def test_a_hostile_title_renders_in_every_format(chosen_2023):
    DecisionDocument.objects.filter(year=2023).update(title=HOSTILE[:500])
    content = decision_content(year=2023)
    document = Document(io.BytesIO(render_decision(content, "docx").data))
    assert document.paragraphs[0].text == HOSTILE[:500]
    assert "& <script>ÄÖ 🎉" in pdftotext(render_decision(content, "pdf").data).replace("\n", "")
    book = load_workbook(io.BytesIO(render_decision(content, "xlsx").data))
    assert book.sheetnames == ["LUM", "MUL"]


def test_command_writes_the_three_files(chosen_2023, tmp_path):
    for fmt in ["docx", "pdf", "xlsx"]:
        out = tmp_path / f"beslut.{fmt}"
        call_command("decision_document", "--call", "2023", "--format", fmt, "--output", out,
                     stdout=io.StringIO())  # fmt: skip
        assert out.stat().st_size > 3000
    assert Document(out.with_suffix(".docx")).tables


def test_no_chosen_proposal_gives_a_swedish_message(nothing_chosen, tmp_path):
    with pytest.raises(CommandError, match="inget valt förslag till beslut för 2023"):
        call_command("decision_document", "--call", "2023", "--format", "pdf",
                     "--output", tmp_path / "x.pdf")  # fmt: skip
    assert not (tmp_path / "x.pdf").exists()
