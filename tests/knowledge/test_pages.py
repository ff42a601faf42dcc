"""The knowledge bank's pages: who may do what, upload, correct, withdraw."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from fou.applications.models import Status
from fou.knowledge.models import Document
from fou.knowledge.selectors import document_search
from fou.knowledge.services import document_import
from tests import factories

REPORT = "Slutrapport: Bo kvar i Farsta 2021\n\nProjektet arbetade mot hemlöshet och vräkningar."


@pytest.fixture
def report(farsta):
    return document_import(user=None, name="bo kvar.txt", data=REPORT.encode()).document


def test_anonymous_visitors_are_sent_to_log_in(client, report):
    for url in [
        "/kunskapsbanken/",
        f"/kunskapsbanken/{report.pk}/",
        f"/kunskapsbanken/{report.pk}/fil/",
    ]:
        response = client.get(url)
        assert response.status_code == 302 and "/logga-in/" in response["Location"]


@pytest.mark.parametrize("role", ["reader", "applicant", "council_member", "officer"])
def test_every_member_of_staff_searches_and_reads(client, report, role, request):
    client.force_login(request.getfixturevalue(role))
    response = client.get("/kunskapsbanken/", {"q": "hemlöshet"})
    assert response.status_code == 200
    assert "Bo kvar" in response.content.decode()
    assert client.get(f"/kunskapsbanken/{report.pk}/").status_code == 200


@pytest.mark.parametrize("role", ["reader", "applicant", "council_member"])
def test_only_the_grants_office_imports_edits_and_withdraws(client, report, role, request):
    client.force_login(request.getfixturevalue(role))
    upload = SimpleUploadedFile("ny.txt", "Förstudie om hemlöshet 2024.".encode())
    assert client.get("/kunskapsbanken/importera/").status_code == 403
    assert client.post("/kunskapsbanken/importera/", {"files": [upload]}).status_code == 403
    assert client.post(f"/kunskapsbanken/{report.pk}/andra/", {"title": "x"}).status_code == 403
    assert client.post(f"/kunskapsbanken/{report.pk}/aterta/", {"reason": "x"}).status_code == 403
    assert Document.objects.count() == 1
    assert Document.objects.get().withdrawn_at is None


def test_the_officer_uploads_several_files_and_sees_each_result(as_officer, farsta):
    files = [
        SimpleUploadedFile(
            "Förstudie Farsta.txt", "Förstudie om hemlöshet i Farsta 2024.".encode()
        ),
        SimpleUploadedFile("tom fil.txt", b""),
    ]
    response = as_officer.post("/kunskapsbanken/importera/", {"files": files})
    assert response.status_code == 302
    assert response.url.startswith("/kunskapsbanken/importera/")
    # Tests run jobs inside the request: the batch is done when the page opens.
    page = as_officer.get(response.url).content.decode()
    assert "2 av 2 klara" in page and 'value="100"' in page
    assert "hx-trigger" not in page  # nothing left to poll for
    assert "Förstudie Farsta.txt" in page and "Inläst" in page
    assert "tom fil.txt" in page and "Filen är tom." in page
    document = Document.objects.get()
    assert document.type == Document.Type.PRE_STUDY and document.year == 2024
    assert document.imported_by.username == "hanna"


def test_an_upload_without_files_says_so_next_to_the_field(as_officer):
    response = as_officer.post("/kunskapsbanken/importera/", {})
    assert response.status_code == 400
    assert "Välj minst en fil att läsa in." in response.content.decode()


def test_the_officer_corrects_the_proposals_and_the_change_is_recorded(
    as_officer, report, skarpnack
):
    response = as_officer.post(
        f"/kunskapsbanken/{report.pk}/andra/",
        {
            "title": "Bo kvar – slutrapport",
            "type": "final_report",
            "year": "2020",
            "organisations": [skarpnack.pk],
            "reason": "Året gällde medlen 2020",
        },
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert (report.title, report.year) == ("Bo kvar – slutrapport", 2020)
    assert list(report.organisations.all()) == [skarpnack]
    latest = report.history.first()
    assert latest.history_change_reason == "Året gällde medlen 2020"
    assert latest.history_user.username == "hanna"
    hits = document_search(text="hemlöshet", filters={"organisation": skarpnack.pk}).hits
    assert [hit.document for hit in hits] == [report]


def test_a_wrong_year_is_refused_and_what_was_typed_stays(as_officer, report):
    response = as_officer.post(
        f"/kunskapsbanken/{report.pk}/andra/", {"title": "Ny titel", "type": "other", "year": "12"}
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "Skriv ett årtal mellan 1990 och 2100" in page and "Ny titel" in page


def test_withdrawal_needs_a_reason_is_recorded_and_leaves_search(
    as_officer, report, client, reader
):
    refused = as_officer.post(f"/kunskapsbanken/{report.pk}/aterta/", {"reason": ""})
    assert refused.status_code == 400
    assert "Skriv varför dokumentet återtas." in refused.content.decode()
    as_officer.post(f"/kunskapsbanken/{report.pk}/aterta/", {"reason": "Fel projekt"})
    report.refresh_from_db()
    assert report.withdrawal_reason == "Fel projekt" and report.withdrawn_by.username == "hanna"
    assert report.history.first().history_change_reason == "Återtaget: Fel projekt"
    assert document_search(text="hemlöshet", filters={}).hits == []
    assert Document.objects.filter(pk=report.pk).exists()
    assert "Fel projekt" in as_officer.get(f"/kunskapsbanken/{report.pk}/").content.decode()
    client.force_login(reader)
    assert client.get(f"/kunskapsbanken/{report.pk}/").status_code == 404


def test_a_document_page_shows_similar_documents_with_the_shared_words(as_officer, farsta):
    first = document_import(
        user=None, name="a.txt", data="Boendestöd för hemlösa unga vuxna i Farsta.".encode()
    ).document
    document_import(
        user=None, name="b.txt", data="Hemlösa unga vuxna får boendestöd och bostad.".encode()
    )
    document_import(user=None, name="c.txt", data="Budgeten för parker och gator.".encode())
    page = as_officer.get(f"/kunskapsbanken/{first.pk}/").content.decode()
    section = page.split('id="similar-heading"')[1]
    assert "Hemlösa unga vuxna får boendestöd" in section
    assert "<mark>boendestöd</mark>" in section
    assert "parker" not in section


def test_the_application_page_shows_similar_earlier_projects(as_officer, farsta, skarpnack):
    earlier = factories.application(
        factories.call(2021),
        farsta,
        status=Status.GRANTED,
        title="Boendestöd för hemlösa unga vuxna",
        purpose="Unga vuxna i hemlöshet får stöd att behålla en bostad.",
    )
    current = factories.application(
        factories.call(2027, fund_code="MUL"),
        skarpnack,
        status=Status.SUBMITTED,
        title="Hemlösa unga vuxna och bostad först",
    )
    page = as_officer.get(f"/ansokningar/{current.pk}/handlaggning/").content.decode()
    section = page.split('id="similar-heading"')[1]
    assert earlier.title in section and "<mark>" in section


def test_review_overview_suggests_collaboration_across_organisations(
    as_officer, lum_call, farsta, skarpnack
):
    for organisation, title in [
        (farsta, "Tidigt stöd till familjer med barn i hemlöshet"),
        (skarpnack, "Familjer med barn i hemlöshet får tidigt stöd"),
        (farsta, "Digital ekonomisk rådgivning"),
    ]:
        factories.application(lum_call, organisation, status=Status.SUBMITTED, title=title)
    page = as_officer.get(f"/bedomning/utlysning/{lum_call.pk}/").content.decode()
    section = page.split('id="collaboration-heading"')[1]
    assert "Tidigt stöd till familjer" in section and "Familjer med barn i hemlöshet" in section
    assert "Digital ekonomisk" not in section
    assert "<mark>hemlöshet</mark>" in section
