import pytest
from django.core.management import call_command

from fou.calls.models import Call
from fou.demo.users import DEMO_PASSWORD
from fou.organisations.models import Organisation
from tests import factories
from tests.applications.files import PDF
from tests.browser.conftest import log_in, screenshot
from tests.followup.questions import ensure_default_report_questions

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LATE_PROJECT = "Ingen ska lämnas utanför"
ANSWERS = {
    "#id_q_results": "Vi nådde 60 familjer i ekonomisk utsatthet med råd och stöd.",
    "#id_q_client_effects": "Barnen fick fritidsaktiviteter som tidigare var för dyra.",
    "#id_q_gender_equality": "Fler mammor än pappor deltog; vi bjuder nu in pappor särskilt.",
    "#id_q_continues": "Barnrättsombudet finns kvar i ordinarie budget.",
    "#id_q_research_supervisor": "Forskarhandledaren tog fram enkäten till familjerna.",
}


def mine(page):
    """The 2023 row of the late project on the owner's page (2022's is approved)."""
    return page.locator("table.followup-mine tr", has_text=LATE_PROJECT).filter(has_text="LUM 2023")


def report_rule_text(page, application_pk) -> str:
    page.goto(f"/ansokningar/{application_pk}/kontrollera/")
    rows = page.locator("table.rules tbody tr")
    return next(t for t in rows.all_inner_texts() if "rapport" in t.lower())


def test_report_returned_corrected_approved_and_the_next_application_passes(
    page, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo", "--quiet-logins")
    ensure_default_report_questions()
    skarpnack = Organisation.objects.get(key="skarpnack")
    trip = factories.application(
        Call.objects.get(fund__code="MUL", year=2027),
        skarpnack,
        title="Studiebesök i Malmö",
        purpose="Lära av Malmös arbete med barn i ekonomisk utsatthet.",
        amount_asked=20_000,
        destination="Verksamhetsbesök socialtjänsten, Malmö.",
    )

    log_in(page, "sven", DEMO_PASSWORD)
    assert "Uppfylls inte" in report_rule_text(page, trip.pk)
    page.click("nav.main-nav a:has-text('Uppföljning')")
    late_row = mine(page)
    assert "Försenad" in late_row.inner_text()
    screenshot(page, "uppfoljning-mina")
    late_row.locator("a").click()
    page.click("text=Skriv rapporten")
    for selector, text in ANSWERS.items():
        page.fill(selector, text)
    page.set_input_files(
        "#id_q_report_file",
        files=[{"name": "slutrapport.pdf", "mimeType": "application/pdf", "buffer": PDF}],
    )
    page.fill("#id_spent", "450 000")
    page.click("button:has-text('Skicka in rapporten')")
    assert "kan inte vara större än det beviljade beloppet" in page.locator(
        ".error-summary"
    ).inner_text().replace("\u00a0", " ")
    assert page.input_value("#id_q_results") == ANSWERS["#id_q_results"]
    screenshot(page, "uppfoljning-rapport-fel")
    page.fill("#id_spent", "380 000")
    page.set_input_files(
        "#id_q_report_file",
        files=[{"name": "slutrapport.pdf", "mimeType": "application/pdf", "buffer": PDF}],
    )
    page.click("button:has-text('Skicka in rapporten')")
    assert "Rapporten är inskickad." in page.locator(".messages").inner_text()
    assert "20\u00a0000\u00a0kr" in page.locator("dl.figures").inner_text()

    log_in(page, "hanna", DEMO_PASSWORD)
    page.click("nav.main-nav a:has-text('Uppföljning')")
    page.click("a:has-text('Lokala utvecklingsmedel 2023')")
    row = page.locator("table.followup-overview tr", has_text=LATE_PROJECT)
    assert "Inskickad" in row.inner_text()
    screenshot(page, "uppfoljning-oversikt")
    row.locator("a").click()
    page.fill("#id_comment", "Beskriv hur barnen själva har fått komma till tals.")
    page.click("button:has-text('Returnera med kommentar')")
    assert "returnerad till projektägaren" in page.locator(".messages").inner_text()
    screenshot(page, "uppfoljning-returnerad")

    log_in(page, "sven", DEMO_PASSWORD)
    page.goto("/uppfoljning/")
    mine(page).locator("a").click()
    assert "komma till tals" in page.locator(".notice-warning").inner_text()
    page.click("text=Ändra rapporten")
    page.fill("#id_q_client_effects", "Barnen intervjuades; de ville ha läxhjälp och fick det.")
    page.click("button:has-text('Skicka in rapporten')")
    assert "Rapporten är inskickad." in page.locator(".messages").inner_text()
    screenshot(page, "uppfoljning-rattad")

    log_in(page, "hanna", DEMO_PASSWORD)
    page.goto("/uppfoljning/")
    page.click("a:has-text('Lokala utvecklingsmedel 2023')")
    page.locator("table.followup-overview tr", has_text=LATE_PROJECT).locator("a").click()
    assert "läxhjälp" in page.locator("dl.answers").inner_text()
    page.click("button:has-text('Godkänn rapporten')")
    assert "Rapporten är godkänd." in page.locator(".messages").inner_text()
    page.click("button:has-text('Markera för kunskapsbanken')")
    page.click("summary:has-text('sparade versioner')")
    screenshot(page, "uppfoljning-godkand")

    log_in(page, "sven", DEMO_PASSWORD)
    passed = report_rule_text(page, trip.pk)
    assert "Uppfyllt" in passed and "är godkända" in passed
    screenshot(page, "uppfoljning-nasta-ansokan")


def test_unused_funds_declared_late_invoiced_and_a_trip_re_purposed(page, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo", "--quiet-logins")
    ensure_default_report_questions()
    log_in(page, "anna", DEMO_PASSWORD)
    page.goto("/uppfoljning/")
    page.locator("table.followup-mine tr", has_text="Köpenhamn").locator("a").click()
    page.fill("#id_amount", "30 000")
    page.click("button:has-text('Anmäl outnyttjade medel')")
    assert (
        "kan inte vara större än det beviljade beloppet"
        in page.locator("#aterbetalning").inner_text()
    )
    assert page.input_value("#id_amount") == "30 000"
    page.fill("#id_amount", "4 000")
    page.click("button:has-text('Anmäl outnyttjade medel')")
    assert "markerad som sen" in page.locator(".messages").inner_text()
    page.click("summary:has-text('Ansök om att använda medlen på annat sätt')")
    page.fill("#id_new_use", "Konferens om mentalisering i Stockholm")
    page.fill("#id_reason", "Verksamheten i Köpenhamn kunde inte ta emot oss.")
    page.click("button:has-text('Skicka ansökan om omdisponering')")
    assert "Väntar på beslut" in page.locator("#omdisponering").inner_text()
    screenshot(page, "uppfoljning-aterbetalning-omdisponering")

    log_in(page, "hanna", DEMO_PASSWORD)
    page.click("nav.main-nav a:has-text('Uppföljning')")
    screenshot(page, "uppfoljning-utlysningar")
    page.click("a:has-text('studiebesök/resor 2023')")
    page.select_option("#id_repayment_state", "declared")
    page.click("button:has-text('Filtrera')")
    rows = page.locator("table.followup-overview tbody tr")
    assert rows.count() == 2  # Farsta's, just declared, and the demo's Spånga-Tensta
    assert "sent anmäld" in rows.filter(has_text="Farsta").inner_text()
    screenshot(page, "uppfoljning-oversikt-filter")
    rows.filter(has_text="Farsta").locator("a").click()
    page.fill("#id_note", "Faktura 2026-0412")
    page.click("button:has-text('Fakturerad')")
    assert "Fakturerad" in page.locator("#aterbetalning").inner_text()
    page.fill("#omdisponering #id_comment", "Konferensen ligger inom fondens syfte.")
    page.click("#omdisponering button:has-text('Bevilja')")
    assert "Beviljad" in page.locator("#omdisponering").inner_text()
    screenshot(page, "uppfoljning-handlaggare-beslut")

    log_in(page, "anna", DEMO_PASSWORD)
    page.goto("/uppfoljning/")
    page.locator("table.followup-mine tr", has_text="Köpenhamn").locator("a").click()
    decided = page.locator("#omdisponering").inner_text()
    assert "Beviljad" in decided and "inom fondens syfte" in decided
    assert page.locator("#id_amount").count() == 0  # invoiced: no longer changed by the owner
