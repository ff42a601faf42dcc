"""A programme of another department with questions of its own: Kulturstöd
2027 asks for a Budget spreadsheet and a target group besides the built-in
questions, set up as data, answered through the applicant's pages."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from fou.applications.models import Status
from fou.calls.models import Question
from tests import factories
from tests.applications.files import PDF, xlsx_bytes
from tests.applications.kulturstod import kulturstod_call


@pytest.fixture
def kulturstod(db):
    return kulturstod_call()


@pytest.fixture
def draft(kulturstod, farsta, applicant):
    return factories.application(kulturstod, farsta, creator=applicant, title="Sommarteater")


def answers(draft, **changes) -> dict:
    data = {
        "version": draft.version,
        "title": "Sommarteater i Farsta",
        "malgrupp": "Unga",
        "purpose": "Unga spelar teater i parken.",
        "amount_asked": "90 000 kr",
        "samverkan": "Farsta teaterförening",
        "tidigare_stod": "nej",
    }
    data.update(changes)
    return data


def edit_url(draft) -> str:
    return f"/ansokningar/{draft.pk}/andra/"


def test_the_form_is_the_calls_questions_in_order(as_applicant, draft):
    page = as_applicant.get(edit_url(draft)).content.decode()
    labels = re.findall(r'<label for="id_(\w+)"', page)
    assert labels[:6] == [
        "title",
        "malgrupp",
        "purpose",
        "amount_asked",
        "samverkan",
        "tidigare_stod",
    ]
    # The fund's form has no project year, continuation or analysis.
    assert 'id="id_project_year"' not in page
    assert 'id="id_gender_equality_analysis"' not in page
    assert "Vilka föreningar gör ni det tillsammans med?" in page
    assert "Skriv högst 200 tecken." in page
    malgrupp = re.search(r"<select[^>]*id=\"id_malgrupp\"[^>]*>", page).group(0)
    assert 'aria-required="true"' in malgrupp
    samverkan = re.search(r"<textarea[^>]*id=\"id_samverkan\"[^>]*>", page).group(0)
    assert "aria-required" not in samverkan
    # The attachment question is listed with the type it takes.
    assert "Budget</strong> (obligatorisk) – filtyp .xlsx" in page


def test_an_applicant_answers_the_calls_own_questions(as_applicant, draft):
    response = as_applicant.post(edit_url(draft), answers(draft))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.title == "Sommarteater i Farsta"
    assert draft.amount_asked == 90_000
    assert draft.answers["malgrupp"] == {
        "label": "Målgrupp",
        "kind": "choice",
        "position": 1,
        "value": "Unga",
    }
    assert draft.answers["tidigare_stod"]["value"] is False
    page = as_applicant.get(edit_url(draft)).content.decode()
    assert '<option value="Unga" selected>Unga</option>' in page
    assert "Farsta teaterförening</textarea>" in page


def test_a_wrong_answer_is_named_next_to_its_field_and_what_was_typed_stays(as_applicant, draft):
    long_text = "x" * 201
    response = as_applicant.post(
        edit_url(draft), answers(draft, samverkan=long_text, tidigare_stod="kanske")
    )
    page = response.content.decode()
    assert response.status_code == 200
    summary = page[page.index('class="error-summary"') :]
    assert 'href="#id_samverkan"' in summary
    assert "Samverkan får vara högst 200 tecken" in page
    assert 'id="id_tidigare_stod_error"' in page
    assert long_text in page
    draft.refresh_from_db()
    # What was right is saved; the answers with errors keep nothing wrong.
    assert draft.answers["malgrupp"]["value"] == "Unga"
    assert "samverkan" not in draft.answers


def test_autosave_keeps_answers_and_refuses_a_stale_page(as_applicant, draft):
    url = f"/ansokningar/{draft.pk}/autospara/"
    response = as_applicant.post(url, answers(draft, samverkan="Skrivet nyss"))
    assert "sparades automatiskt" in response.content.decode()
    draft.refresh_from_db()
    assert draft.answers["samverkan"]["value"] == "Skrivet nyss"
    stale = answers(draft, version=draft.version - 1, samverkan="Från en gammal flik")
    assert "Sparades inte" in as_applicant.post(url, stale).content.decode()
    draft.refresh_from_db()
    assert draft.answers["samverkan"]["value"] == "Skrivet nyss"


def upload(client, draft, name, data, kind="Budget"):
    draft.refresh_from_db()
    form = answers(draft)
    return client.post(
        f"/ansokningar/{draft.pk}/bilagor/",
        {**form, "kind": kind, "file": SimpleUploadedFile(name, data)},
    )


def test_a_pdf_is_refused_as_the_budget_spreadsheet(as_applicant, draft, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    response = upload(as_applicant, draft, "budget.pdf", PDF)
    page = response.content.decode()
    assert response.status_code == 400
    error = page[page.index('id="id_file_error"') :]
    assert "Budget ska vara en fil av typen .xlsx" in error[:300]
    assert not draft.attachments.exists()
    # A PDF renamed .xlsx is caught by its content.
    response = upload(as_applicant, draft, "budget.xlsx", PDF)
    assert "den uppladdade filen är PDF" in response.content.decode()
    assert upload(as_applicant, draft, "budget.xlsx", xlsx_bytes()).status_code == 302
    assert draft.attachments.get().kind == "Budget"


def test_the_rules_name_the_missing_answers_by_their_questions(as_applicant, draft):
    as_applicant.post(edit_url(draft), answers(draft, malgrupp=""))
    page = as_applicant.get(f"/ansokningar/{draft.pk}/kontrollera/").content.decode()
    assert "Svara på frågan ”Målgrupp”." in page
    assert f'href="/ansokningar/{draft.pk}/andra/#id_malgrupp"' in page
    assert "Bifoga Budget." in page
    draft.refresh_from_db()
    failing = {r["message"] for r in draft.rule_results if r["outcome"] == "fail"}
    assert failing == {"Svara på frågan ”Målgrupp”.", "Bifoga Budget."}


def test_the_check_page_lists_every_answer_under_its_question(as_applicant, draft):
    as_applicant.post(edit_url(draft), answers(draft, tidigare_stod="ja"))
    page = as_applicant.get(f"/ansokningar/{draft.pk}/kontrollera/").content.decode()
    assert "<dt>Har ni fått kulturstöd förut?</dt>\n<dd>Ja" in page
    assert "<dt>Målgrupp</dt>\n<dd>Unga" in page


def test_an_old_application_keeps_the_question_it_answered(
    as_applicant, draft, client, officer, kulturstod
):
    as_applicant.post(edit_url(draft), answers(draft))
    draft.refresh_from_db()
    draft.status = Status.SUBMITTED
    draft.save()
    kulturstod.questions.filter(key="malgrupp").update(label="Vilka vänder ni er till?")
    page = as_applicant.get(f"/ansokningar/{draft.pk}/").content.decode()
    assert "<dt>Målgrupp</dt>" in page
    assert "Vilka vänder ni er till?" not in page
    client.force_login(officer)
    page = client.get(f"/ansokningar/{draft.pk}/handlaggning/").content.decode()
    assert "<dt>Målgrupp</dt><dd>Unga</dd>" in page
    assert "<dt>Samverkan</dt><dd>Farsta teaterförening</dd>" in page


def test_an_answer_to_a_question_the_call_no_longer_asks_is_still_shown(as_applicant, draft):
    as_applicant.post(edit_url(draft), answers(draft))
    Question.objects.filter(key="samverkan").delete()
    page = as_applicant.get(f"/ansokningar/{draft.pk}/").content.decode()
    assert "<dt>Samverkan</dt>" in page
    assert "Farsta teaterförening" in page


def test_answers_typed_when_the_session_expired_are_there_after_logging_in(draft, applicant):
    browser = Client()
    response = browser.post(edit_url(draft), answers(draft, samverkan="Skrivet utloggad"))
    assert response.url.startswith("/logga-in/")
    browser.post("/logga-in/", {"username": "anna", "password": factories.PASSWORD})
    page = browser.get(edit_url(draft)).content.decode()
    assert "Skrivet utloggad</textarea>" in page


def test_a_required_built_in_question_without_a_field_of_the_rules_is_reported(
    as_applicant, draft, kulturstod
):
    Question.objects.create(
        call=kulturstod, position=65, key="focus_areas", label="Inriktningar", kind="choice",
        required=True,
    )  # fmt: skip
    as_applicant.post(edit_url(draft), answers(draft))
    draft.refresh_from_db()
    assert "Svara på frågan ”Inriktningar”." in {r["message"] for r in draft.rule_results}
