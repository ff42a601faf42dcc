"""One Excel layout for every list the office takes into Word or the minutes:
a bold header row, set column widths, frozen header and a filter."""

from collections.abc import Iterable
from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter


def table_workbook(
    *,
    title: str,
    columns: list[tuple[str, int]],
    rows: Iterable[list],
    number_formats: dict[str, str] | None = None,
) -> bytes:
    """``columns`` are (header, width); ``number_formats`` maps a column letter
    to an Excel format such as "# ##0" or "yyyy-mm-dd"."""
    book = Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append([name for name, _width in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, (_name, width) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row in rows:
        sheet.append(row)
    for letter, number_format in (number_formats or {}).items():
        for cell in sheet[letter][1:]:
            cell.number_format = number_format
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()
