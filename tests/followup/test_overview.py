import io

from django.urls import reverse
from openpyxl import load_workbook

from tests.conftest import login
from tests.followup.helpers import report_post


def test_the_officer_sees_each_grants_report_and_repayment_status(
    client, officer, applicant, grant, skarpnack_grant, granted_call
):
    login(client, applicant)
    report_post(client, grant)
    client.post(reverse("followup:repayment_declare", args=[grant.pk]), {"amount": "5 000"})
    login(client, officer)
    page = client.get(reverse("followup:overview", args=[granted_call.pk])).content.decode()
    rows = page.split("<tbody>")[1].split("</tr>")
    farsta = next(r for r in rows if "Våga anmäla" in r)
    skarpnack = next(r for r in rows if "Ingen ska lämnas" in r)
    assert "Inskickad" in farsta and "Anmäld" in farsta and "sent anmäld" in farsta
    assert "Försenad" in skarpnack and "dagar sedan" in skarpnack


def test_filters_narrow_the_overview(client, officer, grant, skarpnack_grant, granted_call):
    login(client, officer)
    url = reverse("followup:overview", args=[granted_call.pk])
    page = client.get(url, {"report_status": "late", "organisation": "skarp"}).content.decode()
    assert "Ingen ska lämnas utanför" in page and "Våga anmäla" not in page


def test_the_export_is_a_real_workbook_with_the_filtered_rows(
    client, officer, applicant, grant, skarpnack_grant, granted_call
):
    login(client, applicant)
    report_post(client, grant, spent="350 000")
    login(client, officer)
    response = client.get(
        reverse("followup:export", args=[granted_call.pk]), {"report_status": "submitted"}
    )
    assert response["Content-Disposition"] == 'attachment; filename="uppfoljning-lum-2025.xlsx"'
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:6] == (
        "Organisation",
        "Projekt eller resa",
        "Beviljat (kr)",
        "Använt (kr)",
        "Outnyttjat (kr)",
        "Rapport",
    )
    assert rows[1][:7] == (
        "Farsta",
        "Våga anmäla våga vittna",
        400_000,
        350_000,
        50_000,
        "Inskickad",
        rows[1][6],
    )
    assert rows[1][6].date().isoformat() == "2026-01-31"
    assert len(rows) == 2


def test_the_owner_page_lists_only_the_organisations_grants(as_applicant, grant, skarpnack_grant):
    page = as_applicant.get(reverse("followup:index")).content.decode()
    assert "Våga anmäla våga vittna" in page and "Ingen ska lämnas" not in page
    assert "31 januari 2026" in page


def test_overview_and_export_are_for_officers_only(
    as_applicant, client, reader, council_member, granted_call, grant
):
    for url in (
        reverse("followup:overview", args=[granted_call.pk]),
        reverse("followup:export", args=[granted_call.pk]),
    ):
        assert as_applicant.get(url).status_code == 403
    for person in (reader, council_member):
        login(client, person)
        assert client.get(reverse("followup:index")).status_code == 403
        assert client.get(reverse("followup:grant", args=[grant.pk])).status_code == 403


def test_the_owner_page_in_english(as_applicant, grant):
    as_applicant.post("/i18n/setlang/", {"language": "en", "next": "/"})
    page = as_applicant.get(reverse("followup:index")).content.decode()
    assert "Follow-up of granted funds" in page and "Late" in page


def test_a_report_with_nothing_unused_needs_no_declaration(as_applicant, grant):
    report_post(as_applicant, grant, spent="400 000")
    page = as_applicant.get(reverse("followup:index")).content.decode()
    assert "Inget outnyttjat enligt rapporten" in page and "Inte anmäld" not in page
