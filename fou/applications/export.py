"""The officer's list as an Excel workbook."""

from io import BytesIO

from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

COLUMNS = [
    ("Diarienummer", 16),
    ("Utlysning", 22),
    ("Fond", 8),
    ("Organisation", 28),
    ("Projekt / studiebesök", 60),
    ("Sökt belopp (kr)", 16),
    ("Status", 16),
    ("Regelkontroll", 14),
    ("Inskickad", 18),
]
OUTCOMES = {"pass": "Godkänd", "warn": "Varning", "fail": "Fel", "": "Ej kontrollerad"}


def applications_workbook(applications) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Ansökningar"
    sheet.append([name for name, _width in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, (_name, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for application in applications:
        submitted = application.submitted_at
        sheet.append(
            [
                application.reference or "",
                str(application.call),
                application.call.fund.code,
                application.organisation_names,
                application.title,
                application.amount_asked,
                application.get_status_display(),
                OUTCOMES.get(application.rule_outcome, application.rule_outcome),
                timezone.localtime(submitted).replace(tzinfo=None) if submitted else None,
            ]
        )
    for cell in sheet["F"][1:]:
        cell.number_format = "# ##0"
    for cell in sheet["I"][1:]:
        cell.number_format = "yyyy-mm-dd hh:mm"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()
