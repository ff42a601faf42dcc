"""Jäv is enforced on the server: a jävig council member neither scores nor
sees the scores of the application, and every refusal is logged."""

import io
import logging

import pytest
from openpyxl import load_workbook

from fou.review import services
from fou.review.models import Assignment, ConflictOfInterest, Score
from fou.review.selectors import has_conflict_of_interest, score_summary
from tests import factories
from tests.review.helpers import score_post


def security_records(caplog):
    return [r for r in caplog.records if r.name == "fou.security"]


def test_member_is_automatically_jävig_for_own_organisation(
    council_member, farsta_application, skarpnack_application
):
    assert has_conflict_of_interest(user=council_member, application=farsta_application)
    assert not has_conflict_of_interest(user=council_member, application=skarpnack_application)


def test_jävig_member_posting_a_score_is_refused_logged_and_nothing_stored(
    as_council, council_member, farsta_application, criteria, caplog
):
    # Even an assignment made behind the pages' back does not open the door.
    factories.assignment(farsta_application, council_member)
    caplog.set_level(logging.WARNING, logger="fou.security")
    response = as_council.post(
        f"/bedomning/ansokan/{farsta_application.pk}/",
        score_post(criteria, [5, 5, 5], submit="1"),
    )
    assert response.status_code == 403
    assert not Score.objects.exists()
    assert any("jäv" in r.getMessage() for r in security_records(caplog))


def test_jävig_member_cannot_open_the_scoring_page(as_council, farsta_application):
    assert as_council.get(f"/bedomning/ansokan/{farsta_application.pk}/").status_code == 403


def test_jävig_member_cannot_see_the_scores_summary(
    as_council, olle, farsta_application, criteria, caplog
):
    factories.review(farsta_application, olle, dict(zip(criteria, [4, 3, 2], strict=True)))
    caplog.set_level(logging.WARNING, logger="fou.security")
    response = as_council.get(f"/bedomning/ansokan/{farsta_application.pk}/sammanstallning/")
    assert response.status_code == 403
    assert "Olle" not in response.content.decode()
    assert security_records(caplog)


def test_declared_jäv_blocks_scoring_and_removes_the_assignment(
    client, olle, skarpnack_application, criteria
):
    factories.assignment(skarpnack_application, olle)
    client.force_login(olle)
    response = client.post(
        f"/bedomning/ansokan/{skarpnack_application.pk}/jav/",
        {"reason": "Min syster leder projektet."},
    )
    assert response.status_code == 302
    assert not Assignment.objects.filter(reviewer=olle).exists()
    conflict = ConflictOfInterest.objects.get(reviewer=olle)
    assert (conflict.automatic, conflict.reason) == (False, "Min syster leder projektet.")
    assert conflict.history.first().history_user == olle
    response = client.post(
        f"/bedomning/ansokan/{skarpnack_application.pk}/", score_post(criteria, [3, 3, 3])
    )
    assert response.status_code == 403
    assert not Score.objects.exists()
    summary = client.get(f"/bedomning/ansokan/{skarpnack_application.pk}/sammanstallning/")
    assert summary.status_code == 403


def test_declaring_jäv_without_a_reason_is_refused_with_a_message(
    client, olle, skarpnack_application
):
    client.force_login(olle)
    response = client.post(f"/bedomning/ansokan/{skarpnack_application.pk}/jav/", {"reason": " "})
    assert response.status_code == 400
    assert "Skriv varför du är jävig." in response.content.decode()
    assert not ConflictOfInterest.objects.exists()


def test_jävig_reviews_do_not_count_even_if_stored(olle, officer, skarpnack_application, criteria):
    factories.review(skarpnack_application, olle, dict(zip(criteria, [5, 5, 5], strict=True)))
    services.conflict_declare(application=skarpnack_application, user=olle, reason="Jäv")
    summary = score_summary(application=skarpnack_application, viewer=officer)
    assert summary.reviews == [] and summary.spread.count == 0


def test_jäv_list_shows_automatic_and_declared_and_exports_for_the_minutes(
    as_officer, council_member, olle, farsta_application, skarpnack_application
):
    services.conflict_declare(application=skarpnack_application, user=olle, reason="Jäv i släkt")
    page = as_officer.get(f"/bedomning/utlysning/{farsta_application.call_id}/jav/")
    text = page.content.decode()
    assert "Jäv i släkt" in text and "Ledamoten företräder Farsta" in text
    response = as_officer.get(f"/bedomning/utlysning/{farsta_application.call_id}/jav.xlsx")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == (
        "Ansökan",
        "Diarienummer",
        "Organisation",
        "Ledamot",
        "Skäl",
        "Automatiskt/Anmält",
        "Datum",
    )
    by_member = {row[3]: row for row in rows[1:]}
    assert by_member["Rut"][:3] == ("Farstas projekt", "FoU-2027-0001", "Farsta")
    assert by_member["Rut"][5] == "Automatiskt"
    assert by_member["Olle"][4:6] == ("Jäv i släkt", "Anmält")
    assert by_member["Olle"][6] is not None


@pytest.mark.parametrize("who", ["reader", "applicant", "council_member"])
def test_only_officers_see_the_jäv_list(client, request, who, lum_call):
    client.force_login(request.getfixturevalue(who))
    assert client.get(f"/bedomning/utlysning/{lum_call.pk}/jav/").status_code == 403
    assert client.get(f"/bedomning/utlysning/{lum_call.pk}/jav.xlsx").status_code == 403
