"""The jäv list as an Excel workbook for the minutes."""

from io import BytesIO

from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

COLUMNS = [
    ("Ansökan", 50),
    ("Diarienummer", 16),
    ("Organisation", 30),
    ("Ledamot", 24),
    ("Skäl", 60),
    ("Automatiskt/Anmält", 20),
    ("Datum", 12),
]


def conflict_kind(row) -> str:
    return "Automatiskt" if row.automatic else "Anmält"


def conflicts_workbook(rows) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Jäv"
    sheet.append([name for name, _width in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, (_name, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row in rows:
        day = timezone.localtime(row.declared_at).date() if row.declared_at else None
        sheet.append(
            [
                row.application.title,
                row.application.reference or "",
                row.application.organisation_names,
                row.reviewer.display_name,
                row.reason,
                conflict_kind(row),
                day,
            ]
        )
    for cell in sheet["G"][1:]:
        cell.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()
