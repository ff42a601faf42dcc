import io

import pytest
from openpyxl import load_workbook

from fou.applications.models import Application, Status, WarningAcceptance
from tests import factories


@pytest.fixture
def call_with_applications(lum_call, farsta, skarpnack):
    mul = factories.call(2027, fund_code="MUL", warn_for_courses_and_conferences=True)
    factories.application(
        lum_call,
        farsta,
        status=Status.SUBMITTED,
        title="Farstas projekt",
        amount_asked=400_000,
        reference="FoU-2027-0001",
        rule_outcome="pass",
    )
    factories.application(
        lum_call,
        skarpnack,
        status=Status.SUBMITTED,
        title="Skarpnäcks projekt",
        amount_asked=600_000,
        reference="FoU-2027-0002",
        rule_outcome="fail",
    )
    factories.application(
        mul,
        farsta,
        status=Status.SUBMITTED,
        title="Konferens i Oslo",
        amount_asked=25_000,
        reference="FoU-2027-0003",
        rule_outcome="warn",
        destination="Nordic Reform Conferences",
    )
    factories.application(lum_call, farsta, title="Farstas utkast")
    return lum_call


def titles(response) -> list[str]:
    return [a.title for a in response.context["page"].object_list]


def test_officer_list_filters_by_fund_status_organisation_and_rules(
    as_officer, call_with_applications, farsta
):
    assert titles(as_officer.get("/ansokningar/", {"fond": "MUL"})) == ["Konferens i Oslo"]
    assert titles(as_officer.get("/ansokningar/", {"regel": "fail"})) == ["Skarpnäcks projekt"]
    assert titles(as_officer.get("/ansokningar/", {"status": "draft"})) == ["Farstas utkast"]
    by_farsta = titles(as_officer.get("/ansokningar/", {"organisation": farsta.pk}))
    assert sorted(by_farsta) == ["Farstas projekt", "Farstas utkast", "Konferens i Oslo"]


def test_officer_list_sorts_by_amount_both_ways(as_officer, call_with_applications):
    ascending = titles(
        as_officer.get("/ansokningar/", {"sortera": "belopp", "status": "submitted"})
    )
    assert ascending == ["Konferens i Oslo", "Farstas projekt", "Skarpnäcks projekt"]
    descending = titles(
        as_officer.get(
            "/ansokningar/", {"sortera": "belopp", "ordning": "fallande", "status": "submitted"}
        )
    )
    assert descending == list(reversed(ascending))


def test_officer_list_is_paginated(as_officer, lum_call, farsta):
    for number in range(55):
        factories.application(lum_call, farsta, title=f"Ansökan {number:02d}")
    first = as_officer.get("/ansokningar/", {"sortera": "titel"})
    assert len(titles(first)) == 50
    second = as_officer.get("/ansokningar/", {"sortera": "titel", "sida": 2})
    assert titles(second) == ["Ansökan 50", "Ansökan 51", "Ansökan 52", "Ansökan 53", "Ansökan 54"]


def test_officer_list_exports_the_filtered_rows_to_excel(as_officer, call_with_applications):
    response = as_officer.get(
        "/ansokningar/export.xlsx", {"status": "submitted", "sortera": "referens"}
    )
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:6] == (
        "Diarienummer",
        "Utlysning",
        "Fond",
        "Organisation",
        "Projekt / studiebesök",
        "Sökt belopp (kr)",
    )
    assert [r[0] for r in rows[1:]] == ["FoU-2027-0001", "FoU-2027-0002", "FoU-2027-0003"]
    assert rows[2][3] == "Skarpnäck" and rows[2][5] == 600_000 and rows[2][7] == "Fel"


def test_the_list_and_export_are_for_officers_only(client, applicant, call_with_applications):
    client.force_login(applicant)
    assert client.get("/ansokningar/export.xlsx").status_code == 403


def submitted(title):
    return Application.objects.get(title=title)


def test_officer_returns_an_application_with_a_message(as_officer, call_with_applications, officer):
    application = submitted("Farstas projekt")
    as_officer.post(
        f"/ansokningar/{application.pk}/handlaggning/return/",
        {"reason": "Komplettera budgeten", "version": application.version},
    )
    application.refresh_from_db()
    assert application.status == Status.DRAFT
    assert application.officer_message == "Komplettera budgeten"
    assert application.history.first().history_user == officer


def test_officer_marks_checked_and_withdraws(as_officer, call_with_applications):
    application = submitted("Farstas projekt")
    as_officer.post(
        f"/ansokningar/{application.pk}/handlaggning/check/", {"version": application.version}
    )
    application.refresh_from_db()
    assert application.status == Status.UNDER_REVIEW
    as_officer.post(
        f"/ansokningar/{application.pk}/handlaggning/withdraw/",
        {"reason": "", "version": application.version},
    )
    application.refresh_from_db()
    assert application.status == Status.UNDER_REVIEW  # a reason is required
    as_officer.post(
        f"/ansokningar/{application.pk}/handlaggning/withdraw/",
        {"reason": "Förvaltningen drog tillbaka", "version": application.version},
    )
    application.refresh_from_db()
    assert application.status == Status.WITHDRAWN


def test_officer_accepts_a_warning_with_a_recorded_reason(as_officer, call_with_applications):
    application = submitted("Konferens i Oslo")
    from fou.applications.eligibility import refresh_rule_results

    refresh_rule_results(application)
    page = as_officer.get(f"/ansokningar/{application.pk}/handlaggning/").content.decode()
    assert "Varningar att ta ställning till" in page
    as_officer.post(
        f"/ansokningar/{application.pk}/handlaggning/accept_warning/",
        {"rule": "course_or_conference", "reason": "Resan innehåller verksamhetsbesök"},
    )
    acceptance = WarningAcceptance.objects.get(application=application)
    assert acceptance.reason == "Resan innehåller verksamhetsbesök"
    page = as_officer.get(f"/ansokningar/{application.pk}/handlaggning/").content.decode()
    assert "Varningar att ta ställning till" not in page


@pytest.mark.parametrize("action", ["return", "check", "withdraw", "reopen", "accept_warning"])
def test_applicants_cannot_use_officer_actions(client, applicant, call_with_applications, action):
    application = submitted("Farstas projekt")
    client.force_login(applicant)
    response = client.post(
        f"/ansokningar/{application.pk}/handlaggning/{action}/",
        {"reason": "x", "until": "2099-01-01", "version": application.version},
    )
    assert response.status_code == 403
    application.refresh_from_db()
    assert application.status == Status.SUBMITTED
