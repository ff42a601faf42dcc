"""From the chosen 2023 proposal to the recorded decision the applicant sees."""

import io
import urllib.request

import pytest
from django.core.management import call_command
from docx import Document
from openpyxl import load_workbook

from fou.demo.users import DEMO_PASSWORD
from tests.browser.conftest import log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def warm_server(live_server):
    """The live server's first request imports the whole project (WeasyPrint,
    SciPy); on a loaded machine that alone can exceed the pages' timeout."""
    urllib.request.urlopen(f"{live_server.url}/logga-in/", timeout=120).read()


def download(page, link_text: str) -> bytes:
    with page.expect_download() as info:
        page.click(f"a:has-text('{link_text}')")
    return open(info.value.path(), "rb").read()


def test_officer_chooses_downloads_records_and_the_applicant_sees_it(page):
    call_command("load_demo", "--quiet-logins")
    log_in(page, "hanna", DEMO_PASSWORD)
    page.goto("/fordelning/2023/")
    page.fill("#id_note", "Förvaltningens förslag")
    page.click("button:has-text('Beräkna nytt förslag')")
    page.click("button:has-text('Välj som förslag till beslut')")
    page.click("a:has-text('Tjänsteutlåtande och beslut')")
    assert page.locator("h1").inner_text() == "Tjänsteutlåtande och beslut 2023"
    screenshot(page, "beslut-2023-sidan")

    word = Document(io.BytesIO(download(page, "Tjänsteutlåtande (Word)")))
    assert any(t.rows[-1].cells[-1].text == "3\u00a0850\u00a0000" for t in word.tables)
    assert download(page, "Tjänsteutlåtande (PDF)").startswith(b"%PDF")
    book = load_workbook(io.BytesIO(download(page, "Bruttolistor (Excel)")))
    assert book.sheetnames == ["LUM", "MUL"]

    page.click("#avsnitt-preparation a:has-text('Redigera')")
    page.fill("#id_text", "Behandlat i förvaltningsgruppen den {datum_okant}.")
    page.click("button:has-text('Spara texten')")
    assert "Rad 1, tecken 37: okänd platshållare {datum_okant}." in page.content()
    screenshot(page, "beslut-2023-text-fel")
    page.fill(
        "#id_text",
        "Ärendet har behandlats i förvaltningsgruppen den 7 december. "
        "Det gäller {antal_ansokningar_lum_ord} ansökningar om lokala utvecklingsmedel.",
    )
    page.click("button:has-text('Spara texten')")
    assert "Det gäller elva ansökningar" in page.locator("#avsnitt-preparation").inner_text()

    page.fill("#id_meeting_date", "2022-12-13")
    page.fill("#id_minutes_paragraph", "12")
    page.fill("#id_reference", "SoN 2022/456")
    page.click("button:has-text('Registrera nämndens beslut')")
    assert "är registrerat och låst" in page.content()
    assert "Beslutat av Socialnämnden 2022-12-13, § 12" in page.content()
    screenshot(page, "beslut-2023-registrerat")
    page.goto("/fordelning/2023/")
    assert "Beslutad av nämnden 2022-12-13, § 12" in page.content()
    page.click("form[action*='logga-ut'] button")

    log_in(page, "anna", DEMO_PASSWORD)
    page.click("nav.main-nav a:has-text('Våra beslut')")
    table = page.locator("main table").inner_text()
    assert "Våga anmäla våga vittna" in table and "Sänkt med 20" in table
    screenshot(page, "beslut-2023-sokande")


def test_reader_sees_statistics_with_charts_and_yearly_accounts(page):
    call_command("load_demo", "--quiet-logins")
    log_in(page, "lars", DEMO_PASSWORD)
    page.click("nav.main-nav a:has-text('Statistik')")
    assert page.locator("svg.chart").count() == 4
    assert "okänt" in page.locator("#year table").inner_text()
    screenshot(page, "statistik")
    page.select_option("#ar", "2023")
    page.click("button:has-text('Visa')")
    assert "Statistik 2023" in page.locator("h1").inner_text()
    screenshot(page, "statistik-2023")
    page.click("nav.main-nav a:has-text('Redovisningar')")
    assert "2020" in page.locator("main table").inner_text()
    screenshot(page, "redovisningar")
