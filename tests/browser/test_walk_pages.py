"""What a council member and a grants officer see on the pages the walk
through the year found lacking: the whole application beside the scoring
form, the workshop attendance page, and a notice (not an error) for an
application left short of reviewers by jäv. Each page is scanned by axe-core
and photographed at 1280 and 320 px."""

import pytest
from django.core.files.base import ContentFile

from fou.accounts.models import User
from fou.applications.models import ApplicationOrganisation, Attachment
from fou.demo.users import DEMO_PASSWORD
from fou.organisations.models import Organisation
from tests import factories
from tests.applications.files import PDF
from tests.browser.conftest import assert_accessible, log_in, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def both_widths(page, name: str) -> None:
    """Scanned and photographed wide and narrow; nothing scrolls sideways at 320 px."""
    page.set_viewport_size({"width": 1280, "height": 900})
    assert_accessible(page)
    screenshot(page, f"{name}-1280")
    page.set_viewport_size({"width": 320, "height": 800})
    assert_accessible(page)
    screenshot(page, f"{name}-320")
    wide = page.evaluate(WIDER_THAN_SCREEN)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320, wide
    page.set_viewport_size({"width": 1280, "height": 900})


# What reaches past the right edge, outside a table's own scrolling, to name it.
WIDER_THAN_SCREEN = """() => [...document.querySelectorAll('body, body *')]
  .filter(e => e.getBoundingClientRect().right > 321
               && !(e.closest('.table-scroll') && getComputedStyle(e).position !== 'absolute'))
  .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
  .slice(0, 12)"""


@pytest.fixture
def written_out(exercise_call, settings, tmp_path):
    """Skarpnäck's application with every answer filled in, a co-applicant and
    a project plan, assigned to olle (Södermalm, no jäv)."""
    settings.MEDIA_ROOT = tmp_path
    application = exercise_call.applications.get(reference="FoU-2027-0001")
    enskede = Organisation.objects.exclude(key__in=["farsta", "skarpnack", "sodermalm"]).first()
    ApplicationOrganisation.objects.create(
        application=application, organisation=enskede, organisation_name=enskede.current_name
    )
    application.gender_equality_analysis = "Unga män söker sällan stöd; vi når dem via idrotten."
    application.project_year = 1
    application.save()
    application.focus_areas.set(exercise_call.focus_areas.all()[:2])
    plan = Attachment(
        application=application,
        kind="Projektplan",
        original_name="projektplan-skarpnack.pdf",
        content_type="application/pdf",
        size=len(PDF),
    )
    plan.file.save("projektplan-skarpnack.pdf", ContentFile(PDF), save=True)
    factories.assignment(application, User.objects.get(username="olle"))
    application.co_applicant = enskede.current_name
    return application


def test_reviewer_reads_the_whole_application_beside_the_scoring_form(page, written_out):
    log_in(page, "olle", DEMO_PASSWORD)
    page.goto(f"/bedomning/ansokan/{written_out.pk}/")
    whole = page.locator(".whole-application")
    for text in [
        "Pröva tidigt stöd tillsammans med Farsta.",
        "Unga män söker sällan stöd",
        "Jämställdhetsanalys",
        written_out.co_applicant,
        "År 1",
        "projektplan-skarpnack.pdf",
    ]:
        assert text in whole.inner_text(), text
    form = page.locator("form:has(button:has-text('Lämna bedömning'))")
    beside, below = whole.bounding_box(), form.bounding_box()
    assert beside["x"] + beside["width"] <= below["x"]  # side by side at 1280 px
    assert below["y"] < beside["y"] + beside["height"]
    both_widths(page, "bedomning-hela-ansokan")
    page.set_viewport_size({"width": 320, "height": 800})
    narrow_app, narrow_form = whole.bounding_box(), form.bounding_box()
    assert narrow_app["y"] + narrow_app["height"] <= narrow_form["y"]  # stacked
    page.set_viewport_size({"width": 1280, "height": 900})

    with page.expect_download() as download:
        page.click(".whole-application a:has-text('projektplan-skarpnack.pdf')")
    assert download.value.suggested_filename == "projektplan-skarpnack.pdf"

    page.click("a:has-text('Läs hela ansökan')")
    assert page.locator("h1").inner_text() == written_out.title
    assert "Unga män söker sällan stöd" in page.content()
    both_widths(page, "ansokan-for-bedomare")
    page.click("a:has-text('Tillbaka till bedömningen') >> nth=0")
    assert page.locator("h1").inner_text().startswith("Bedöm")


def test_officer_records_workshop_attendance_on_the_calls_page(page, exercise_call):
    log_in(page, "hanna", DEMO_PASSWORD)
    page.goto(f"/utlysningar/{exercise_call.pk}/")
    page.click("a:has-text('Deltagande i workshop')")
    assert page.locator("h1").inner_text().startswith("Deltagande i workshop")
    assert "Farsta" in page.locator("table.workshops").inner_text()  # the demo's entry
    page.click("button:has-text('Spara deltagande')")
    assert "Välj vilken organisation som deltog." in page.locator(".error-summary").inner_text()
    both_widths(page, "workshop-fel")
    page.select_option("#id_organisation", label="Skarpnäck")
    page.fill("#id_attended_on", "2026-09-15")
    page.fill("#id_note", "Två medarbetare deltog")
    page.click("button:has-text('Spara deltagande')")
    message = page.locator(".messages")
    assert "Skarpnäck är registrerad som deltagare" in message.inner_text()
    table = page.locator("table.workshops").inner_text()
    assert "2026-09-15" in table and "Två medarbetare deltog" in table
    assert "Hanna" in page.locator("table.audit").inner_text()
    # The message sits below the breadcrumb and above the heading.
    crumb = page.locator("main > p.hint").first.bounding_box()
    heading = page.locator("h1").bounding_box()
    assert crumb["y"] < message.bounding_box()["y"] < heading["y"]
    both_widths(page, "workshop")


def test_a_short_assignment_is_a_notice_below_the_breadcrumb(page, exercise_call):
    log_in(page, "hanna", DEMO_PASSWORD)
    page.goto(f"/bedomning/utlysning/{exercise_call.pk}/")
    page.fill("#id_per_application", "2")
    page.click("button:has-text('Fördela automatiskt')")
    notice = page.locator(".messages .notice:has-text('Farstas familjeteam')")
    assert "notice-info" in notice.get_attribute("class")
    assert "1 av 2 bedömare" in notice.inner_text()
    assert "Rut" in notice.inner_text()
    crumb = page.locator("main > p.hint a:has-text('Bedömning')").bounding_box()
    heading = page.locator("h1").bounding_box()
    assert crumb["y"] < notice.bounding_box()["y"] < heading["y"]
    both_widths(page, "bedomning-tilldelning-notis")
    page.click(".sub-nav a:has-text('Workshop')")
    assert page.locator("h1").inner_text().startswith("Deltagande i workshop")
