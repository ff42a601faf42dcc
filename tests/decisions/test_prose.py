"""The officer's prose: edited in the browser, versions kept, placeholders
checked, stale figures warned about."""

import io
from dataclasses import replace

import pytest
from docx import Document

from fou.accounts.models import User
from fou.allocations.candidates import default_settings, recorded_locks
from fou.allocations.services import proposal_choose, proposal_create
from fou.decisions.models import ProseSection
from fou.decisions.rendering import render_decision
from fou.decisions.selectors import decision_content
from tests.decisions.conftest import plain

pytestmark = pytest.mark.django_db
URL = "/beslut/2023/text/matter/"


@pytest.fixture
def officer_client(client, chosen_2023):
    client.force_login(User.objects.get(username="hanna"))
    return client


def word_text() -> str:
    document = Document(io.BytesIO(render_decision(decision_content(year=2023), "docx").data))
    return plain("\n".join(p.text for p in document.paragraphs))


def test_saved_text_goes_into_the_document_with_its_figures(officer_client):
    text = "Det kom {antal_ansokningar_lum_ord} ansökningar om {sokt_lum} kronor."
    response = officer_client.post(URL, {"text": text})
    assert response.status_code == 302
    assert "Det kom elva ansökningar om 4 950 000 kronor." in word_text()


def test_every_saved_version_is_kept_with_who(officer_client):
    officer_client.post(URL, {"text": "Första versionen."})
    officer_client.post(URL, {"text": "Andra versionen."})
    versions = ProseSection.history.filter(key="matter").order_by("history_date")
    assert [v.text for v in versions] == ["Första versionen.", "Andra versionen."]
    assert {v.history_user.username for v in versions} == {"hanna"}
    page = officer_client.get(URL).content.decode()
    assert "Första versionen." in page and "Andra versionen." in page


def test_a_broken_placeholder_is_refused_with_its_position_and_text_kept(officer_client):
    text = "Rad ett.\nSökt {sokt_lm} kronor."
    response = officer_client.post(URL, {"text": text})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Rad 2, tecken 6: okänd platshållare {sokt_lm}." in page
    assert "Sökt {sokt_lm} kronor." in page
    assert not ProseSection.objects.filter(key="matter").exists()


def test_a_literal_figure_that_went_stale_is_warned_about(officer_client):
    officer_client.post(URL, {"text": "Förslaget avsätter 3 850 000 kr till LUM."})
    # The officer computes a version with a smaller LUM budget and chooses it.
    hanna = User.objects.get(username="hanna")
    smaller = replace(default_settings(2023), budgets={"LUM": 3_450_000, "MUL": 188_500})
    version = proposal_create(year=2023, settings=smaller, locks=recorded_locks(2023), user=hanna)
    proposal_choose(proposal=version, user=hanna)
    page = officer_client.get("/beslut/2023/").content.decode()
    assert "texten nämner ”3 850 000”" in page
    assert "Skriv {beviljat_lum} i stället" in page


def test_particulars_are_saved_and_shown(officer_client):
    response = officer_client.post(
        "/beslut/2023/uppgifter/",
        {"title": "", "reference": "SoN 2022/123", "document_date": "2022-11-29",
         "committee": "Socialnämnden", "signatory_1_name": "Veronica Carstorp Wolgast",
         "signatory_1_title": "T.f. förvaltningschef", "signatory_2_name": "",
         "signatory_2_title": ""},
    )  # fmt: skip
    assert response.status_code == 302
    assert "Diarienummer: SoN 2022/123" in word_text()
    assert "Datum: 29 november 2022" in word_text()


def test_a_bad_date_is_refused_next_to_the_field(officer_client):
    response = officer_client.post(
        "/beslut/2023/uppgifter/", {"reference": "SoN 2022/123", "document_date": "29/13",
                                    "committee": "Socialnämnden"}
    )  # fmt: skip
    assert response.status_code == 400
    page = response.content.decode()
    assert "Det finns fel i formuläret" in page and "SoN 2022/123" in page


@pytest.mark.parametrize("username", ["anna", "rut", "lars"])
def test_only_officers_edit_prose(client, chosen_2023, username):
    client.force_login(User.objects.get(username=username))
    assert client.post(URL, {"text": "x"}).status_code == 403
    assert not ProseSection.objects.exists()
