"""One Excel layout for every list the office takes into Word or the minutes:
a bold header row, set column widths, frozen header and a filter.

Every workbook the site writes goes through here, so that text typed by
users is always written as text: a title such as ``=HYPERLINK(…)`` or
``=1+1`` must never become a live formula in the officer's Excel.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from io import BytesIO

from django.utils.functional import Promise
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

# What Excel (and LibreOffice) read as the start of a formula, also after a
# leading tab or line break.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def _write_row(sheet, values: list) -> None:
    sheet.append([_cell_value(value) for value in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            # openpyxl takes a string starting with "=" as a formula: say it is text.
            cell.data_type = "s"
            # And Excel keeps it text when the cell is edited (shown as 'text).
            cell.quotePrefix = cell.value.startswith(FORMULA_STARTS)


def _cell_value(value):
    if isinstance(value, Promise):
        value = str(value)  # a translated header or label
    if isinstance(value, str):
        # Control characters cannot be stored in the file; drop them.
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


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
    sheet.title = str(title)
    sheet.append([str(name) for name, _width in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, (_name, width) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row in rows:
        _write_row(sheet, row)
    for letter, number_format in (number_formats or {}).items():
        for cell in sheet[letter][1:]:
            cell.number_format = number_format
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@dataclass(frozen=True)
class SheetSpec:
    """One sheet of a workbook: a table with a header and, optionally, a
    totals row whose sums are Excel formulas, so edits in Excel add up."""

    title: str
    columns: list[tuple[str, int]]
    rows: list[list]
    number_formats: dict[str, str] = field(default_factory=dict)
    # Column letters summed in a bold last row labelled ``total_label``.
    sum_columns: tuple[str, ...] = ()
    total_label: str = "Totalt"


# Excel refuses these in sheet names and cuts names at 31 characters.
_SHEET_NAME_FORBIDDEN = str.maketrans({c: "-" for c in "[]:*?/\\"})


def _fill(sheet, spec: SheetSpec) -> None:
    sheet.title = str(spec.title).translate(_SHEET_NAME_FORBIDDEN)[:31]
    sheet.append([str(name) for name, _width in spec.columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, (_name, width) in enumerate(spec.columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row in spec.rows:
        sheet.append([str(value) if isinstance(value, Promise) else value for value in row])
    last = sheet.max_row
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(spec.columns))}{last}"
    if spec.sum_columns:
        total_row = last + 1
        sheet.cell(row=total_row, column=1, value=spec.total_label).font = Font(bold=True)
        for letter in spec.sum_columns:
            cell = sheet[f"{letter}{total_row}"]
            cell.value = f"=SUM({letter}2:{letter}{last})" if last > 1 else 0
            cell.font = Font(bold=True)
    for letter, number_format in spec.number_formats.items():
        for cell in sheet[letter][1:]:
            cell.number_format = number_format


def workbook(sheets: list[SheetSpec]) -> bytes:
    """Several tables, one sheet each, in the same layout as ``table_workbook``."""
    book = Workbook()
    for index, spec in enumerate(sheets):
        _fill(book.active if index == 0 else book.create_sheet(), spec)
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()
