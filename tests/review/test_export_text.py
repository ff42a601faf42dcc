import io

from openpyxl import load_workbook

from fou.review import services

FORMULA = "=1+1"


def test_a_reason_that_looks_like_a_formula_is_exported_as_text(
    as_officer, olle, skarpnack_application
):
    services.conflict_declare(application=skarpnack_application, user=olle, reason=FORMULA)
    skarpnack_application.title = "@SUM(A1)"
    skarpnack_application.save()
    response = as_officer.get(f"/bedomning/utlysning/{skarpnack_application.call_id}/jav.xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    row = next(r for r in sheet.iter_rows(min_row=2) if r[4].value == FORMULA)
    assert row[4].data_type == "s" and row[0].value == "@SUM(A1)" and row[0].data_type == "s"
