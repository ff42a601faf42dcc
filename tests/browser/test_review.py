import pytest

from fou.accounts.models import User
from fou.demo.users import DEMO_PASSWORD
from tests import factories
from tests.browser.conftest import log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_council_member_scores_hands_in_and_sees_the_summary(page, exercise_call):
    application = exercise_call.applications.get(reference="FoU-2027-0001")
    olle, rut = User.objects.get(username="olle"), User.objects.get(username="rut")
    criteria = list(exercise_call.criteria.all())
    factories.assignment(application, olle)
    factories.assignment(application, rut)
    factories.review(application, rut, dict(zip(criteria, [3, 4, 2, 3, 5], strict=True)))

    log_in(page, "olle", DEMO_PASSWORD)
    page.click("nav.main-nav a:has-text('Bedömning')")
    assert page.locator("h1").inner_text() == "Mina bedömningar"
    screenshot(page, "bedomning-mina")
    page.click("table.my-reviews a:has-text('Bedöm')")
    assert "Tidigt stöd till unga vuxna" in page.locator("h1").inner_text()

    for criterion, value in zip(criteria[:4], [4, 5, 3, 4], strict=True):
        page.check(f"input[name='value_{criterion.pk}'][value='{value}']")
    page.fill(f"#id_comment_{criteria[0].pk}", "Tydligt värde för flera stadsdelar.")
    page.click("button:has-text('Lämna bedömning')")
    assert "Ge poäng för varje kriterium" in page.locator(".error-summary").inner_text()
    assert (
        page.input_value(f"#id_comment_{criteria[0].pk}") == "Tydligt värde för flera stadsdelar."
    )
    screenshot(page, "bedomning-fel")

    page.check(f"input[name='value_{criteria[4].pk}'][value='4']")
    page.click("button:has-text('Lämna bedömning')")
    assert "Din bedömning är lämnad" in page.content()
    assert page.locator("h1").inner_text().startswith("Sammanställning")
    table = page.locator("table.review-table").inner_text()
    assert "Olle" in table and "Rut" in table
    # Olle (4·3 + 5 + 3 + 4 + 4) / 7 = 4.0; Rut (3·3 + 4 + 2 + 3 + 5) / 7 = 3.29
    assert "3,64" in page.locator(".stats").inner_text()
    screenshot(page, "bedomning-sammanstallning")


def test_officer_assigns_automatically_and_reads_the_jäv_list(page, exercise_call):
    log_in(page, "hanna", DEMO_PASSWORD)
    page.goto("/bedomning/")
    page.click(f"a:has-text('{exercise_call.title}')")
    page.click("button:has-text('Fördela automatiskt')")
    assert "nya tilldelningar har gjorts" in page.content()
    screenshot(page, "bedomning-tilldelning")
    page.click(".sub-nav a:has-text('Jäv')")
    rows = page.locator("table tbody tr")
    assert "Farstas familjeteam" in rows.first.inner_text()
    assert "Automatiskt" in rows.first.inner_text()
    screenshot(page, "bedomning-jav")
    page.click(".sub-nav a:has-text('Kriterier och vikter')")
    page.fill("#id_k-1-weight", "0")
    page.click("button:has-text('Spara kriterier')")
    assert "Vikten ska vara minst 1." in page.locator(".error-summary").inner_text()
    assert page.input_value("#id_k-1-weight") == "0"
    screenshot(page, "bedomning-kriterier-fel")
    page.fill("#id_k-1-weight", "2")
    page.fill("#id_reason", "Rådet vill väga förebyggande insatser tyngre")
    page.click("button:has-text('Spara kriterier')")
    assert "Kriterierna för" in page.content()
    olle, criteria = User.objects.get(username="olle"), list(exercise_call.criteria.all())
    for application, values in zip(
        exercise_call.applications.all(), [[4] * 5, [3, 5, 5, 4, 2]], strict=True
    ):
        factories.review(application, olle, dict(zip(criteria, values, strict=True)))
    page.click(".sub-nav a:has-text('Rangordning')")
    ranks = page.locator("table.ranking tbody tr td:first-child").all_inner_texts()
    assert ranks == ["1", "2"]
    screenshot(page, "bedomning-rangordning")
