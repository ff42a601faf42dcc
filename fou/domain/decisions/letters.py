"""Covering reports and yearly accounts as Word files (python-docx)."""

from io import BytesIO

from docx import Document
from docx.shared import Pt

from fou.domain.decisions.figures import swedish_date
from fou.domain.decisions.reports import CoveringReport, YearlyAccount
from fou.domain.money import format_amount

FONT = "Arial"


def _document(title: str) -> Document:
    document = Document()
    # Word's document properties hold at most 255 characters.
    document.core_properties.title = title[:255]
    document.core_properties.language = "sv-SE"
    document.core_properties.author = "Socialförvaltningen"
    document.styles["Normal"].font.name = FONT
    document.styles["Normal"].font.size = Pt(11)
    return document


def _bytes(document) -> bytes:
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def covering_docx(report: CoveringReport) -> bytes:
    document = _document(report.title)
    document.add_paragraph(
        f"Till\n{report.district} stadsdelsnämnd\n{swedish_date(report.meeting_date)}"
    )
    document.add_heading(report.title, level=1)
    document.add_paragraph("Anmälningsärende")
    document.add_heading("Förslag till beslut", level=2)
    document.add_paragraph(report.proposal)
    document.add_heading("Sammanfattning", level=2)
    for text in report.summary:
        document.add_paragraph(text)
    document.add_heading("Ärendet", level=2)
    if report.rows:
        table = document.add_table(rows=1, cols=5)
        table.style = "Table Grid"
        headers = [
            "Medel",
            "Projekt eller studiebesök",
            "Sökt (kronor)",
            "Beviljat (kronor)",
            "Motivering",
        ]
        for cell, text in zip(table.rows[0].cells, headers, strict=True):
            cell.paragraphs[0].add_run(text).bold = True
        for row in report.rows:
            cells = table.add_row().cells
            values = [
                row.fund,
                row.project,
                format_amount(row.asked) if row.asked is not None else "okänt",
                format_amount(row.granted) if row.granted else "Avslag",
                row.reason,
            ]
            for cell, text in zip(cells, values, strict=True):
                cell.text = text
    else:
        document.add_paragraph(f"{report.district} sökte inga medel för {report.year}.")
    document.add_heading("Bilagor", level=2)
    for number, annex in enumerate(report.annexes, start=1):
        document.add_paragraph(f"{number}. {annex}")
    return _bytes(document)


def account_docx(account: YearlyAccount) -> bytes:
    document = _document(account.title)
    document.add_heading(account.title, level=1)
    document.add_heading("Sammanfattning", level=2)
    for text in account.summary:
        document.add_paragraph(text)
    document.add_heading(f"Redovisning av lokala utvecklingsmedel år {account.year}", level=2)
    for number, project in enumerate(account.projects, start=1):
        document.add_heading(f"{number}. {project.title}, {project.organisation}", level=3)
        document.add_paragraph(project.purpose or "Syftet anges inte i källorna.")
        amount = format_amount(project.amount) + " kronor" if project.amount else "okänt"
        continued = "ja" if project.continued else "nej"
        document.add_paragraph(
            f"Beviljat belopp: {amount}. Fortsatta medel året efter: {continued}."
        )
    if account.sources:
        document.add_paragraph("Källor: " + "; ".join(account.sources))
    return _bytes(document)
