"""Kulturstöd 2027 in the browser, as a new department would run it: the
administrator sets up the fund and the call in the admin, the officer the
criteria, two associations apply, a district is refused, the council scores
and the officer allocates. Screenshots in test-artifacts/programme-*.png."""

import pytest

from fou.calls.models import Call
from fou.organisations.models import OrganisationKind
from tests import factories
from tests.browser.conftest import log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_out(page):
    page.goto("/")
    page.click("form[action*='logga-ut'] button")


def apply(page, call, title, amount):
    page.goto("/utlysningar/")
    page.click(f"a:has-text('{call.title}')")
    page.click("text=Starta en ansökan")
    page.click("button:has-text('Starta ansökan')")
    page.fill("#id_title", title)
    page.fill("#id_purpose", "Kultur för fler i stadsdelen.")
    page.fill("#id_amount_asked", amount)
    page.select_option("#id_project_year", "1")
    page.click("button:has-text('Spara och kontrollera ansökan')")
    assert page.locator("h1").inner_text() == "Kontrollera dina svar"
    screenshot(page, f"programme-kontrollera-{title.lower()}")
    page.click("button:has-text('Skicka in ansökan')")
    assert page.locator("h1").inner_text() == "Ansökan är inskickad"
    return page.locator(".reference").inner_text()


def test_kulturstod_from_the_admin_to_an_allocation(page):
    # A long walk through many pages: patient on a busy machine.
    page.set_default_timeout(60_000)
    association, _ = OrganisationKind.objects.get_or_create(
        key="association", defaults={"name": "Förening", "order": 4}
    )
    ljus = factories.organisation("Föreningen Ljus", key="ljus", kind="association")
    scen = factories.organisation("Scenföreningen", key="scen", kind="association")
    farsta = factories.organisation("Farsta")
    factories.user("admin", "administrator", is_staff=True, is_superuser=True)
    factories.user("hanna", "officer")
    factories.user("ljus", "applicant", ljus)
    factories.user("scen", "applicant", scen)
    factories.user("anna", "applicant", farsta)
    factories.user("olle", "council")
    factories.user("kim", "council")

    log_in(page, "admin", factories.PASSWORD)
    page.goto("/admin/core/sitesettings/add/")
    page.fill("#id_organisation_name", "Kulturförvaltningen, Stockholms stad")
    page.fill("#id_home_heading", "Kulturstöd")
    page.click("input[name=_save]")
    page.goto("/admin/calls/fund/add/")
    page.fill("#id_code", "KULT")
    page.fill("#id_name", "Kulturstöd")
    page.fill("#id_reference_prefix", "KULT")
    page.fill("#id_applicant_text", "Kulturnämnden beslutar om stöden i mars.")
    page.click("input[name=_save]")
    page.goto("/admin/calls/call/add/")
    page.select_option("#id_fund", label="KULT – Kulturstöd")
    page.fill("#id_year", "2027")
    page.fill("#id_title", "Kulturstöd 2027")
    page.fill("#id_opens_at_0", "2020-01-01")
    page.fill("#id_opens_at_1", "00:00:00")
    page.fill("#id_closes_at_0", "2099-12-31")
    page.fill("#id_closes_at_1", "23:59:00")
    page.fill("#id_budget", "1000000")
    page.fill("#id_decision_body", "Kulturnämnden")
    page.fill("#id_max_amount", "100000")
    page.fill("#id_max_applications_per_organisation", "1")
    page.locator("#id_eligible_kinds_from option", has_text="Förening").dblclick()
    screenshot(page, "programme-admin-utlysning")
    page.click("input[name=_save]")
    assert "Lade till utlysning" in page.locator(".messagelist").inner_text()
    call = Call.objects.get(title="Kulturstöd 2027")
    assert list(call.eligible_kinds.all()) == [association]
    log_out(page)

    log_in(page, "hanna", factories.PASSWORD)
    page.goto("/bedomning/utlysningar/")
    page.click("a:has-text('Kulturstöd 2027')")
    page.click(".sub-nav a:has-text('Kriterier och vikter')")
    for index, (name, weight) in enumerate([("Konstnärlig kvalitet", 2), ("Räckvidd", 1)]):
        page.fill(f"#id_k-{index}-name", name)
        page.fill(f"#id_k-{index}-weight", str(weight))
        page.fill("#id_reason", "Kulturnämndens kriterier")
        page.click("button:has-text('Spara kriterier')")
        page.click(".sub-nav a:has-text('Kriterier och vikter')")
    screenshot(page, "programme-kriterier")
    log_out(page)

    log_in(page, "anna", factories.PASSWORD)
    page.goto(f"/ansokningar/ny/{call.pk}/")
    assert "bara öppen för förening" in page.locator("main").inner_text()
    assert "Kulturförvaltningen, Stockholms stad" in page.locator("header").inner_text()
    screenshot(page, "programme-distrikt-nekas")
    log_out(page)

    log_in(page, "ljus", factories.PASSWORD)
    assert apply(page, call, "Ljusfest", "90 000") == "KULT-2027-0001"
    assert "Kulturnämnden beslutar om stöden i mars." in page.locator("main").inner_text()
    screenshot(page, "programme-kvitto")
    log_out(page)
    log_in(page, "scen", factories.PASSWORD)
    assert apply(page, call, "Sommarscen", "80 000") == "KULT-2027-0002"
    log_out(page)

    log_in(page, "hanna", factories.PASSWORD)
    page.goto("/bedomning/utlysningar/")
    page.click("a:has-text('Kulturstöd 2027')")
    page.click("button:has-text('Fördela automatiskt')")
    log_out(page)
    criteria = list(call.criteria.order_by("order"))
    for member, scores in (("olle", {"Ljusfest": 5, "Sommarscen": 2}), ("kim", None)):
        log_in(page, member, factories.PASSWORD)
        for _ in range(2):
            page.goto("/bedomning/")
            page.locator("table.my-reviews a:has-text('Bedöm')").first.click()
            heading = page.locator("h1").inner_text()
            value = 5 if "Ljusfest" in heading else 2
            if scores is None:
                value = 4 if "Ljusfest" in heading else 2
            for criterion in criteria:
                page.check(f"input[name='value_{criterion.pk}'][value='{value}']")
            page.click("button:has-text('Lämna bedömning')")
            assert "Din bedömning är lämnad" in page.content()
        log_out(page)

    log_in(page, "hanna", factories.PASSWORD)
    page.goto(f"/fordelning/2027/?utlysning={call.pk}")
    assert "Budget Kulturstöd" in page.locator("main").inner_text()
    page.fill("#id_budget_KULT", "150 000")
    page.click("button:has-text('Beräkna nytt förslag')")
    table = page.locator("table.allocation").first
    rows = [r.inner_text() for r in table.locator("tbody tr").all()]
    granted = [r for r in rows if "avslås" not in r]
    assert len(granted) == 1 and "Ljusfest" in granted[0]
    screenshot(page, "programme-fordelning")
