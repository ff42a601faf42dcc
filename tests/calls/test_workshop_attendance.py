"""The grants officer records which organisations attended a call's mandatory
workshop, with date and note, on a page per call; every change is audited."""

import datetime

import pytest

from fou.applications.models import WorkshopAttendance
from tests import factories
from tests.conftest import login


@pytest.fixture
def workshop_call(db):
    return factories.call(2027, workshop_required=True)


def page(call):
    return f"/utlysningar/{call.pk}/workshop/"


def test_officer_records_attendance_with_date_and_note(
    as_officer, officer, workshop_call, farsta, skarpnack
):
    response = as_officer.post(
        page(workshop_call),
        {"organisation": skarpnack.pk, "attended_on": "2026-09-15", "note": "Två deltagare"},
    )
    assert response.status_code == 302
    attendance = WorkshopAttendance.objects.get(call=workshop_call)
    assert attendance.organisation == skarpnack
    assert attendance.attended_on == datetime.date(2026, 9, 15)
    assert attendance.note == "Två deltagare"
    record = attendance.history.get()
    assert (record.history_type, record.history_user) == ("+", officer)
    text = as_officer.get(page(workshop_call)).content.decode()
    table = text.split('class="workshops"', 1)[1].split("</table>", 1)[0]
    assert "Skarpnäck" in table and "2026-09-15" in table and "Två deltagare" in table
    history = text.split('class="audit"', 1)[1]
    assert "Hanna Handläggare" in history and "Skapad" in history


def test_recording_again_changes_the_entry_instead_of_adding_one(as_officer, workshop_call, farsta):
    WorkshopAttendance.objects.create(call=workshop_call, organisation=farsta)
    response = as_officer.post(
        page(workshop_call), {"organisation": farsta.pk, "attended_on": "2026-09-16", "note": ""}
    )
    assert response.status_code == 302
    attendance = WorkshopAttendance.objects.get()
    assert attendance.attended_on == datetime.date(2026, 9, 16)
    assert attendance.history.first().history_type == "~"


def test_a_bad_date_is_explained_in_swedish_and_the_note_is_kept(as_officer, workshop_call, farsta):
    response = as_officer.post(
        page(workshop_call), {"organisation": farsta.pk, "attended_on": "15/9", "note": "Anteckn"}
    )
    assert response.status_code == 400
    text = response.content.decode()
    assert "error-summary" in text
    assert "Skriv datumet som ÅÅÅÅ-MM-DD" in text
    assert "Anteckn" in text
    assert not WorkshopAttendance.objects.exists()


def test_officer_removes_an_entry_and_the_removal_is_audited(
    as_officer, officer, workshop_call, farsta
):
    attendance = WorkshopAttendance.objects.create(call=workshop_call, organisation=farsta)
    response = as_officer.post(f"{page(workshop_call)}{attendance.pk}/ta-bort/")
    assert response.status_code == 302
    assert not WorkshopAttendance.objects.exists()
    removed = WorkshopAttendance.history.filter(id=attendance.pk).first()
    assert (removed.history_type, removed.history_user) == ("-", officer)


def test_the_applicant_sees_the_recorded_attendance(
    client, applicant, as_officer, workshop_call, farsta
):
    as_officer.post(page(workshop_call), {"organisation": farsta.pk, "attended_on": ""})
    login(client, applicant)
    text = client.get(f"/utlysningar/{workshop_call.pk}/").content.decode()
    assert "Farsta har deltagit i den obligatoriska workshoppen" in text


@pytest.mark.parametrize("role", ["applicant", "council_member", "reader"])
def test_only_the_office_reaches_the_page(client, request, role, workshop_call, farsta):
    login(client, request.getfixturevalue(role))
    assert client.get(page(workshop_call)).status_code == 403
    response = client.post(page(workshop_call), {"organisation": farsta.pk})
    assert response.status_code == 403
    assert not WorkshopAttendance.objects.exists()


def test_the_officer_finds_the_page_from_the_call_and_review_pages(as_officer, workshop_call):
    for url in [f"/utlysningar/{workshop_call.pk}/", f"/bedomning/utlysning/{workshop_call.pk}/"]:
        assert f'href="{page(workshop_call)}"' in as_officer.get(url).content.decode(), url
