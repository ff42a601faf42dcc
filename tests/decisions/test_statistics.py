"""Statistics per year, fund, organisation and focus area; unknown as "okänt"."""

import csv
import io

import pytest
from openpyxl import load_workbook

from fou.accounts.models import User

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(client, demo):
    client.force_login(User.objects.get(username="lars"))
    return client


def csv_rows(client, dimension, query="") -> dict[str, list[str]]:
    response = client.get(f"/statistik/{dimension}.csv{query}")
    rows = list(csv.reader(io.StringIO(response.content.decode()), delimiter=";"))
    return {row[0]: row[1:] for row in rows[1:]}


def test_per_year_2023_is_known_and_scanned_years_are_unknown(reader):
    years = csv_rows(reader, "year")
    # applications, granted, asked, granted kr, success %, continuation %
    assert years["2023"][:4] == ["19", "18", "5138500", "4038500"]
    assert years["2023"][4] == "95"
    assert years["2018"][0] == "okänt" and years["2018"][1] == "10"
    assert years["2018"][2:5] == ["okänt", "okänt", "okänt"]


def test_per_fund_in_2023(reader):
    funds = csv_rows(reader, "fund", "?ar=2023")
    assert funds["LUM"][:4] == ["11", "10", "4950000", "3850000"]
    assert funds["MUL"][:4] == ["8", "8", "188500", "188500"]


def test_per_organisation_and_focus_area(reader):
    organisations = csv_rows(reader, "organisation", "?ar=2023")
    assert organisations["Hägersten-Älvsjö"][:2] == ["3", "2"]
    assert "okänt" in csv_rows(reader, "focus", "?ar=2023")


def test_page_has_a_chart_beside_each_table(reader):
    page = reader.get("/statistik/?ar=2023").content.decode()
    assert page.count("<svg") == 3 and page.count("<table") >= 3
    assert 'role="img"' in page and "Beviljat (kr) per fond" in page
    assert "3\u00a0850\u00a0000" in page
    everything = reader.get("/statistik/").content.decode()
    assert everything.count("<svg") == 4 and "okänt" in everything


def test_excel_export_has_numbers_and_okant(reader):
    book = load_workbook(io.BytesIO(reader.get("/statistik/statistik.xlsx").content))
    assert book.sheetnames == ["År", "Fond", "Organisation", "Inriktning"]
    years = {row[0].value: row for row in book["År"].iter_rows(min_row=2)}
    assert years["2023"][4].value == 4_038_500
    assert years["2018"][1].value == "okänt"


def test_statistics_need_a_login(client, demo):
    response = client.get("/statistik/")
    assert response.status_code == 302 and "/logga-in/" in response["Location"]


def test_unknown_dimension_is_not_found(reader):
    assert reader.get("/statistik/planet.csv").status_code == 404
