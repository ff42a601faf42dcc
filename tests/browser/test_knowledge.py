import pytest
from django.core.management import call_command

from fou.applications.models import Application
from fou.calls.models import Call
from fou.demo.users import DEMO_PASSWORD
from fou.knowledge.models import Document
from tests.browser.conftest import log_in, screenshot
from tests.knowledge.conftest import seed_files

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_officer_imports_the_seeds_and_staff_search_with_facets_and_snippets(
    page, browser, live_server, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo", "--quiet-logins")
    log_in(page, "hanna", DEMO_PASSWORD)
    page.click("nav >> text=Kunskapsbanken")
    page.click("text=Läs in dokument")
    page.set_input_files("#id_files", [str(path) for path in seed_files()])
    page.click("button:has-text('Läs in')")
    # The files are read by queued jobs (in-process in tests); the batch page
    # shows the jobs' progress bar and the results table.
    page.wait_for_selector("#kb-progress-text:has-text('5 av 5 klara')", timeout=180_000)
    assert page.locator("progress").get_attribute("value") == "100"
    assert page.locator("table tbody tr").count() == 5
    screenshot(page, "kunskapsbanken-inlasning")
    assert Document.objects.count() == 5

    page.click("table a:has-text('002_')")
    page.click("text=Ändra uppgifterna")
    page.fill("#id_year", "2023")
    screenshot(page, "kunskapsbanken-andra")
    page.click("button:has-text('Spara')")
    assert "Uppgifterna är sparade." in page.locator(".messages").inner_text()

    # The 2023 applications: collaboration suggestions and similar earlier projects.
    call = Call.objects.get(fund__code="LUM", year=2023)
    page.goto(f"/bedomning/utlysning/{call.pk}/")
    assert page.locator("#collaboration-heading").is_visible()
    screenshot(page, "bedomning-samarbeten")
    application = Application.objects.filter(call=call).order_by("pk").first()
    page.goto(f"/ansokningar/{application.pk}/handlaggning/")
    assert page.locator("#similar-heading").is_visible()
    screenshot(page, "ansokan-liknande-projekt")

    # A reader searches: the compound's part finds it, letters are restored.
    reader = browser.new_context(base_url=live_server.url, locale="sv-SE")
    lars = reader.new_page()
    log_in(lars, "lars", DEMO_PASSWORD)
    lars.goto("/kunskapsbanken/")
    lars.fill("#id_q", "utveckling")
    lars.click("button:has-text('Sök')")
    assert "5 dokument hittades" in lars.locator(".kb-count").inner_text()
    assert lars.locator(".kb-snippet mark").count() >= 5
    lars.click(".kb-facets a:has-text('2023')")
    assert "1 dokument hittades" in lars.locator(".kb-count").inner_text()
    assert lars.locator(".kb-facets a[aria-current]").inner_text() == "2023"

    lars.fill("#id_q", "studieresa Köpenhamn")
    lars.click("button:has-text('Sök')")
    marked = lars.locator(".kb-snippet mark").all_inner_texts()
    assert "Köpenhamn" in marked
    screenshot(lars, "kunskapsbanken-sok")

    lars.click(".kb-hits h3 a")
    assert lars.locator("#similar-heading").is_visible()
    assert lars.locator(".kb-similar .kb-words mark").count() > 0
    assert "socialtjänsten" in lars.locator(".kb-text").first.inner_text()
    screenshot(lars, "kunskapsbanken-dokument")

    lars.goto("/kunskapsbanken/?q=%22NEAR(*")
    assert lars.locator("h1").inner_text() == "Kunskapsbanken"
    assert lars.goto("/kunskapsbanken/importera/").status == 403
    reader.close()
