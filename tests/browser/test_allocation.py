import pytest
from django.core.management import call_command

from fou.accounts.models import User
from fou.demo.users import DEMO_PASSWORD
from tests import factories
from tests.browser.conftest import log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_officer_runs_the_allocation_changes_the_budget_and_compares(page):
    call_command("load_demo", "--quiet-logins")
    log_in(page, "hanna", DEMO_PASSWORD)
    page.goto("/fordelning/2023/")
    page.fill("#id_note", "Förvaltningens förslag")
    page.click("button:has-text('Beräkna nytt förslag')")
    assert "Version 1 är beräknad och sparad" in page.content()
    caption = page.locator("table.allocation caption").first.inner_text()
    assert "3\u00a0850\u00a0000\u00a0kr" in caption
    screenshot(page, "fordelning-version-1")

    page.fill("#id_budget_LUM", "3 500 000")
    page.fill("#id_note", "Om LUM-budgeten vore mindre")
    page.click("button:has-text('Beräkna nytt förslag')")
    assert "Version 2 är beräknad och sparad" in page.content()
    assert "Skulle ha beviljats om budgeten för LUM vore" in page.locator("main").inner_text()
    screenshot(page, "fordelning-version-2")

    page.select_option("#a", "1")
    page.select_option("#b", "2")
    page.click("button:has-text('Jämför')")
    assert page.locator("h1").inner_text().startswith("Jämför förslag 2023")
    assert page.locator("tr.changed").count() >= 1
    screenshot(page, "fordelning-jamfor")


def test_council_scores_decide_the_exercise_allocation(page, exercise_call):
    stronger = exercise_call.applications.get(reference="FoU-2027-0001")
    weaker = exercise_call.applications.get(reference="FoU-2027-0002")
    weaker.amount_asked = 450_000
    weaker.save()
    olle = User.objects.get(username="olle")
    criteria = list(exercise_call.criteria.all())
    factories.assignment(stronger, olle)
    factories.review(weaker, olle, dict.fromkeys(criteria, 2))

    log_in(page, "olle", DEMO_PASSWORD)
    page.goto(f"/ansokningar/{stronger.pk}/")
    page.click("nav.main-nav a:has-text('Bedömning')")
    page.click("table.my-reviews a:has-text('Bedöm')")
    for criterion in criteria:
        page.check(f"input[name='value_{criterion.pk}'][value='5']")
    page.click("button:has-text('Lämna bedömning')")
    page.click("form[action*='logga-ut'] button")

    log_in(page, "hanna", DEMO_PASSWORD)
    page.goto("/fordelning/2027/")
    page.fill("#id_budget_LUM", "450 000")
    page.click("button:has-text('Beräkna nytt förslag')")
    lum = page.locator("table.allocation").first.inner_text()
    assert "Tidigt stöd till unga vuxna" in lum and "Poäng 5,00" in lum
    rows = page.locator("table.allocation").first.locator("tbody tr")
    granted = [r.inner_text() for r in rows.all() if "avslås" not in r.inner_text()]
    assert len(granted) == 1 and "Tidigt stöd till unga vuxna" in granted[0]
    screenshot(page, "fordelning-ovning-poang")
