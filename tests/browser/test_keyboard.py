"""Applying and scoring with the keyboard only: Tab, Shift+Tab, Enter, Space,
arrow keys and typing; no clicks. Every element the keyboard reaches must
show that it has the focus (a style that differs from the same element
without focus), and an error summary takes the focus and its links move the
focus to the fields."""

import pytest
from django.core.management import call_command

from fou.accounts.models import User
from fou.demo.users import DEMO_PASSWORD
from tests import factories
from tests.applications.files import PDF
from tests.browser.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The focused element's look, then the same element's look without focus.
FOCUS_LOOK = """() => {
  const element = document.activeElement;
  const look = () => {
    const s = getComputedStyle(element);
    return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow,
            s.backgroundColor, s.color, s.left].join(' | ');
  };
  const focused = look();
  element.blur();
  const unfocused = look();
  element.focus({preventScroll: true});
  return [element.outerHTML.slice(0, 120), focused, unfocused];
}"""


def _assert_focus_visible(page):
    element, focused, unfocused = page.evaluate(FOCUS_LOOK)
    assert focused != unfocused, f"Fokus syns inte på {element}: {focused}"


def _active_matches(page, selector: str) -> bool:
    # Playwright's selectors (with :has-text) resolved, then compared.
    return page.locator(selector).evaluate_all(
        "elements => elements.includes(document.activeElement)"
    )


def tab_to(page, selector: str, *, backwards: bool = False, limit: int = 120) -> int:
    """Press Tab (or Shift+Tab) until the focus is on `selector`, checking on
    the way that every element shows its focus. Returns the presses."""
    key = "Shift+Tab" if backwards else "Tab"
    for presses in range(1, limit + 1):
        page.keyboard.press(key)
        if page.evaluate("document.activeElement === document.body"):
            continue
        _assert_focus_visible(page)
        if _active_matches(page, selector):
            return presses
    raise AssertionError(f"{selector} nåddes inte med {limit} tryck på {key}")


def _press_and_wait(page, key: str = "Enter"):
    with page.expect_navigation():
        page.keyboard.press(key)


def _log_in(page, username: str):
    page.goto("/logga-in/")
    # The username field has autofocus.
    assert page.evaluate("document.activeElement.id") == "id_username"
    page.keyboard.type(username)
    page.keyboard.press("Tab")
    page.keyboard.type(DEMO_PASSWORD)
    _press_and_wait(page)


def _replace_text(page, text: str):
    page.keyboard.press("Control+A")
    page.keyboard.type(text)


def _assert_summary_has_focus(page):
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    _assert_focus_visible(page)


def test_applying_with_the_keyboard_only(page, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo", "--quiet-logins")
    _log_in(page, "anna")
    tab_to(page, "a:has-text('Utlysningar')")
    _press_and_wait(page)
    tab_to(page, "a:has-text('Övningsutlysning LUM 2027')")
    _press_and_wait(page)
    tab_to(page, "a:has-text('Starta en ansökan')")
    _press_and_wait(page)
    tab_to(page, "button:has-text('Starta ansökan')")
    _press_and_wait(page)

    tab_to(page, "#id_title")
    _replace_text(page, "Tidigt stöd till familjer i Farsta")
    tab_to(page, "#id_amount_asked")
    page.keyboard.type("fyrahundratusen")
    tab_to(page, "button:has-text('Spara och kontrollera ansökan')")
    _press_and_wait(page)

    # The summary has the focus; its link leads to the amount field.
    _assert_summary_has_focus(page)
    screenshot(page, "tangentbord-ansokan-fel")
    tab_to(page, ".error-summary a[href='#id_amount_asked']")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "id_amount_asked"
    assert page.input_value("#id_amount_asked") == "fyrahundratusen"  # kept
    _replace_text(page, "400 000")
    # Back up to the purpose, which comes before the amount.
    tab_to(page, "#id_purpose", backwards=True)
    page.keyboard.type("Att pröva tidigt stöd till familjer med små barn.")
    tab_to(page, "#id_project_year")
    page.keyboard.press("ArrowDown")  # "År 1"
    assert page.input_value("#id_project_year") == "1"
    tab_to(page, "input[type=checkbox][name=focus_areas]")
    page.keyboard.press("Space")
    assert page.evaluate("document.activeElement.checked")
    tab_to(page, "#id_gender_equality_analysis")
    page.keyboard.type("Både mammor och pappor nås av insatsen.")

    tab_to(page, "#id_file")
    with page.expect_file_chooser() as chooser:
        page.keyboard.press("Space")
    chooser.value.set_files(
        files=[{"name": "projektplan.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    tab_to(page, "button:has-text('Ladda upp')")
    _press_and_wait(page)
    assert "projektplan.pdf" in page.locator("#bilagor").inner_text()

    tab_to(page, "button:has-text('Spara och kontrollera ansökan')")
    _press_and_wait(page)
    tab_to(page, "button:has-text('Skicka in ansökan')")
    _press_and_wait(page)
    assert page.locator("h1").inner_text() == "Ansökan är inskickad"


def test_scoring_with_the_keyboard_only(page, exercise_call):
    application = exercise_call.applications.get(reference="FoU-2027-0001")
    olle = User.objects.get(username="olle")
    factories.assignment(application, olle)
    criteria = list(exercise_call.criteria.all())

    _log_in(page, "olle")
    tab_to(page, "nav.main-nav a:has-text('Bedömning')")
    _press_and_wait(page)
    tab_to(page, "table.my-reviews a:has-text('Bedöm')")
    _press_and_wait(page)
    assert "Tidigt stöd till unga vuxna" in page.locator("h1").inner_text()

    def score(criterion, value):
        # Tab enters the radio group on its first button; Space chooses it,
        # each arrow press moves the choice one step up the scale.
        tab_to(page, f"input[name='value_{criterion.pk}']")
        page.keyboard.press("Space")
        first = int(page.evaluate("document.activeElement.value"))
        for _ in range(value - first):
            page.keyboard.press("ArrowRight")
        assert page.evaluate("document.activeElement.value") == str(value)

    for criterion, value in zip(criteria[:4], [4, 5, 3, 4], strict=True):
        score(criterion, value)
        if criterion == criteria[0]:
            tab_to(page, f"#id_comment_{criterion.pk}")
            page.keyboard.type("Tydligt värde för flera stadsdelar.")
    tab_to(page, "button:has-text('Lämna bedömning')")
    _press_and_wait(page)

    # One criterion lacks a score: the summary says so, has the focus, and
    # its link puts the focus on that criterion's first radio button.
    _assert_summary_has_focus(page)
    assert "Ge poäng för varje kriterium" in page.locator(".error-summary").inner_text()
    screenshot(page, "tangentbord-bedomning-fel")
    last = criteria[4]
    tab_to(page, f".error-summary a[href='#kriterium-{last.pk}']")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.name") == f"value_{last.pk}"
    _assert_focus_visible(page)
    page.keyboard.press("Space")
    first = int(page.evaluate("document.activeElement.value"))
    for _ in range(4 - first):
        page.keyboard.press("ArrowRight")
    tab_to(page, "button:has-text('Lämna bedömning')")
    _press_and_wait(page)
    assert "Din bedömning är lämnad" in page.content()
    assert page.locator("h1").inner_text().startswith("Sammanställning")
