"""The decision page and its downloads: officers only, Swedish messages."""

import io

import pytest
from docx import Document
from openpyxl import load_workbook

from fou.accounts.models import User

pytestmark = pytest.mark.django_db


def as_user(client, username):
    client.force_login(User.objects.get(username=username))
    return client


def test_officer_downloads_the_three_documents(client, chosen_2023):
    as_user(client, "hanna")
    docx = client.get("/beslut/2023/dokument.docx")
    assert docx.status_code == 200
    assert "tjansteutlatande-2023.docx" in docx["Content-Disposition"]
    assert Document(io.BytesIO(docx.content)).tables
    xlsx = client.get("/beslut/2023/dokument.xlsx")
    assert load_workbook(io.BytesIO(xlsx.content)).sheetnames == ["LUM", "MUL"]
    pdf = client.get("/beslut/2023/dokument.pdf")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


def test_page_shows_the_computed_totals(client, chosen_2023):
    page = as_user(client, "hanna").get("/beslut/2023/").content.decode()
    assert "3\u00a0850\u00a0000" in page and "188\u00a0500" in page
    assert "Tjänsteutlåtande (PDF)" in page


def test_allocation_page_links_to_the_decision(client, chosen_2023):
    page = as_user(client, "hanna").get("/fordelning/2023/").content.decode()
    assert "/beslut/2023/" in page


def test_without_a_chosen_proposal_the_page_says_so_in_swedish(client, nothing_chosen):
    as_user(client, "hanna")
    for url in ["/beslut/2023/", "/beslut/2023/dokument.pdf"]:
        response = client.get(url)
        assert response.status_code == 409
        assert "inget valt förslag till beslut för 2023" in response.content.decode()


def test_an_unknown_format_is_a_page_not_a_crash(client, chosen_2023):
    assert as_user(client, "hanna").get("/beslut/2023/dokument.odt").status_code == 404


@pytest.mark.parametrize("username", ["anna", "rut", "lars"])
def test_only_officers_generate_documents(client, chosen_2023, username):
    as_user(client, username)
    assert client.get("/beslut/2023/").status_code == 403
    assert client.get("/beslut/2023/dokument.docx").status_code == 403


def test_anonymous_is_sent_to_log_in(client, chosen_2023):
    response = client.get("/beslut/2023/dokument.pdf")
    assert response.status_code == 302 and "/logga-in/" in response["Location"]
