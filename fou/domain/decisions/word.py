"""The tjänsteutlåtande as a Word file (python-docx), laid out like seed 002:
title, proposal points, signatories, sections, the allocation tables with
totals and, after the list of annexes, one gross list per fund."""

from io import BytesIO

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from fou.domain.decisions.content import DecisionContent, FundTable
from fou.domain.decisions.figures import swedish_date
from fou.domain.money import format_amount

FONT = "Arial"
LANGUAGE = "sv-SE"


def decision_docx(content: DecisionContent) -> bytes:
    document = Document()
    _setup(document, content)
    document.add_heading(content.title, level=1)
    _particulars(document, content)
    document.add_heading("Förvaltningens förslag till beslut", level=2)
    for number, point in enumerate(content.proposal_points, start=1):
        document.add_paragraph(f"{number}. {point.text}")
    _signatories(document, content)
    for section in content.sections:
        document.add_heading(section.heading, level=2)
        _paragraphs(document, section.paragraphs)
    for table in content.tables:
        document.add_heading(table.title, level=3)
        _allocation_table(document, table)
    document.add_heading("Bilagor", level=2)
    for number, title in enumerate(content.annexes, start=1):
        document.add_paragraph(f"{number}. {title}")
    for number, table in enumerate(content.tables, start=1):
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        document.add_heading(f"Bilaga {number}. {table.annex_title} {content.year}", level=2)
        _gross_table(document, table)
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _setup(document, content: DecisionContent) -> None:
    properties = document.core_properties
    # Word's document properties hold at most 255 characters; the heading keeps all.
    properties.title = content.title if len(content.title) <= 255 else content.title[:254] + "…"
    properties.subject = "Tjänsteutlåtande"
    properties.author = "Socialförvaltningen"
    properties.language = LANGUAGE
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    for style in document.styles:
        if getattr(style, "font", None) is not None and style.type == 1:
            style.font.name = FONT
            run_properties = style.element.get_or_add_rPr()
            language = OxmlElement("w:lang")
            language.set(qn("w:val"), LANGUAGE)
            run_properties.append(language)
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.left_margin = section.right_margin = Cm(2.5)
    header = section.header.paragraphs[0]
    header.text = "Socialförvaltningen\tTjänsteutlåtande"
    if content.reference:
        header.add_run(f"\tDnr {content.reference}")
    footer = section.footer.paragraphs[0]
    footer.text = content.title
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _particulars(document, content: DecisionContent) -> None:
    lines = [
        f"Diarienummer: {content.reference or 'ej angivet'}",
        f"Datum: {swedish_date(content.date) if content.date else 'ej angivet'}",
        f"Till {content.committee}",
    ]
    document.add_paragraph("\n".join(lines))


def _signatories(document, content: DecisionContent) -> None:
    if not content.signatories:
        return
    table = document.add_table(rows=2, cols=len(content.signatories))
    for column, signatory in enumerate(content.signatories):
        table.cell(0, column).paragraphs[0].add_run(signatory.name).bold = True
        table.cell(1, column).text = signatory.title


def _paragraphs(document, paragraphs) -> None:
    for paragraph in paragraphs:
        if paragraph.kind == "subheading":
            document.add_heading(paragraph.text, level=3)
        elif paragraph.kind == "bullet":
            document.add_paragraph(paragraph.text, style="List Bullet")
        else:
            document.add_paragraph(paragraph.text)


def _table(document, headers: list[str], numeric: set[int]):
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for index, text in enumerate(headers):
        cell = table.rows[0].cells[index]
        cell.paragraphs[0].add_run(text).bold = True
        if index in numeric:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # The header repeats on every page a long table runs over.
    header_properties = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header_properties.append(repeat)
    return table


def _add_row(table, values: list[str], numeric: set[int], *, bold: bool = False) -> None:
    cells = table.add_row().cells
    for index, value in enumerate(values):
        paragraph = cells[index].paragraphs[0]
        paragraph.add_run(value).bold = bold
        if index in numeric:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _allocation_table(document, table: FundTable) -> None:
    numeric = {2}
    grid = _table(document, ["Förvaltning", table.project_header, "Summa (kronor)"], numeric)
    for row in table.granted_rows:
        _add_row(grid, [row.organisation, row.project, format_amount(row.granted)], numeric)
    _add_row(grid, ["Totalt", "", format_amount(table.granted_total)], numeric, bold=True)


GROSS_HEADERS = ["Förvaltning", "Projekt", "År", "Sökt (kronor)", "Förslag (kronor)", "Motivering"]


def gross_reason(row) -> str:
    """The reason shown for a refusal or a cut; none for a grant in full."""
    return "" if row.is_granted and not row.is_cut else row.reason


def _gross_table(document, table: FundTable) -> None:
    numeric = {2, 3, 4}
    headers = list(GROSS_HEADERS)
    headers[1] = table.project_header
    grid = _table(document, headers, numeric)
    for row in table.rows:
        _add_row(
            grid,
            [
                row.organisation,
                row.project,
                str(row.project_year),
                format_amount(row.asked),
                format_amount(row.granted) if row.is_granted else "Avslag",
                gross_reason(row),
            ],
            numeric,
        )
    totals = [
        "Totalt",
        "",
        "",
        format_amount(table.asked_total),
        format_amount(table.granted_total),
        "",
    ]
    _add_row(grid, totals, numeric, bold=True)
