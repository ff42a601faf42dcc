"""axe-core on every page of the app, as anonymous and as each role.

The pages come from the permission matrix (tests/core/test_permission_matrix.py),
which fails when a URL has no entry, so a new page is scanned as soon as it is
added there. A page the role may not see is scanned as what the role gets: the
refusal (403), the not-found page (404) or the log-in page. POST-only pages are
posted empty from the browser, which shows their error state. Downloads (Word,
Excel, PDF, CSV, JSON) are not pages and are counted apart.
"""

import pytest
from django.conf import settings as django_settings
from django.urls import reverse

from tests.browser.conftest import ARTIFACTS, assert_accessible
from tests.core import test_permission_matrix as matrix

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The roles of the walk: anonymous, applicant anna, council members rut
# (jävig for Farsta) and olle, reader lars, officer hanna and the administrator.
WALKED = [
    matrix.ANON,
    matrix.APPLICANT,
    matrix.JAVIG,
    matrix.COUNCIL,
    matrix.READER,
    matrix.OFFICER,
    matrix.ADMIN,
]
# Ends the session: walked last would only show the home page again.
NOT_WALKED = {"logout"}

SUBMIT_EMPTY_FORM = """([url, token]) => {
  const form = document.createElement('form');
  form.method = 'post';
  form.action = url;
  const input = document.createElement('input');
  input.type = 'hidden';
  input.name = 'csrfmiddlewaretoken';
  input.value = token;
  form.appendChild(input);
  document.body.appendChild(form);
  form.submit();
}"""


def _pages(world):
    """(name, method, url) for every matrix entry, each URL once."""
    seen = set()
    for name in sorted(matrix.MATRIX):
        if name in NOT_WALKED:
            continue
        for case in matrix.MATRIX[name]:
            url = reverse(name, kwargs=case.kwargs(world)) + case.query
            if (case.method, url) not in seen:
                seen.add((case.method, url))
                yield name, case.method, url


def _sign_in(page, world, role, live_server):
    client = world.clients[role]
    cookie = client.cookies.get(django_settings.SESSION_COOKIE_NAME)
    if cookie is not None:
        page.context.add_cookies(
            [{"name": cookie.key, "value": cookie.value, "url": live_server.url}]
        )


def _short(violation: AssertionError) -> str:
    return str(violation).split("\nassert ")[0]


def _is_html(response) -> bool:
    return response is not None and response.headers.get("content-type", "").startswith("text/html")


def _csrf_token(page):
    name = django_settings.CSRF_COOKIE_NAME
    return next((c["value"] for c in page.context.cookies() if c["name"] == name), None)


def _post_empty(page, url):
    """Post an empty form (with the CSRF token) as the browser would."""
    token = _csrf_token(page)
    if token is None:
        page.goto("/")  # sets the CSRF cookie
        token = _csrf_token(page)
    with page.expect_navigation() as navigation:
        page.evaluate(SUBMIT_EMPTY_FORM, [url, token])
    return navigation.value


def _is_fragment(response) -> bool:
    """A piece of a page for htmx to swap in (the autosave status)."""
    return "<html" not in response.text()[:500].lower()


def _walk(page, world, role):
    scanned, downloads, failures = [], [], []
    for name, method, url in _pages(world):
        if method == "get":
            # Downloads make Playwright's goto fail: ask the server first.
            answer = world.clients[role].get(url)
            if answer.status_code == 405:
                # A POST-only page checked with GET in the matrix: post it.
                method = "post"
            elif not answer.get("Content-Type", "").startswith("text/html"):
                downloads.append(url)
                continue
        response = page.goto(url) if method == "get" else _post_empty(page, url)
        if not _is_html(response) or _is_fragment(response):
            downloads.append(f"{method.upper()} {url}")
            continue
        try:
            assert_accessible(page)
        except AssertionError as violation:
            failures.append(f"{name} {method.upper()} → {response.status}: {_short(violation)}")
        scanned.append(f"{response.status} {method.upper()} {url}")
    return scanned, downloads, failures


def _error_states(page, world, role):
    """Error states the matrix does not reach; yields a label for each page
    once it is shown."""
    assert page.goto("/finns-inte/").status == 404
    yield "404 /finns-inte/"
    # A form posted with a stale CSRF token: the CSRF failure page.
    page.goto("/")
    with page.expect_navigation() as navigation:
        page.evaluate(SUBMIT_EMPTY_FORM, [reverse("logout"), "inaktuell"])
    assert navigation.value.status == 403
    yield "403 CSRF-fel POST /logga-ut/"
    if role == matrix.ANON:
        page.goto("/logga-in/")
        page.fill("#id_username", "anna")
        page.fill("#id_password", "fel-lösenord")
        page.click("button[type=submit]:has-text('Logga in')")
        assert page.locator(".error-summary").is_visible()
        yield "200 POST /logga-in/ med fel"
    if role == matrix.APPLICANT:
        page.goto(reverse("applications:edit", kwargs={"pk": world.draft.pk}))
        page.fill("#id_amount_asked", "fyrahundratusen")
        page.click("button:has-text('Spara och kontrollera ansökan')")
        assert page.locator(".error-summary").is_visible()
        yield f"200 POST {page.url} med fel"
    if role == matrix.COUNCIL:
        page.goto(reverse("review:score", kwargs={"pk": world.submitted.pk}))
        page.click("button:has-text('Lämna bedömning')")
        assert page.locator(".error-summary").is_visible()
        yield f"200 POST {page.url} med fel"
    if role in (matrix.OFFICER, matrix.ADMIN):
        page.goto(reverse("allocations:year", kwargs={"year": 2027}))
        page.fill("#id_budget_LUM", "en miljon")
        page.click("button:has-text('Beräkna nytt förslag')")
        assert page.locator(".error-summary").is_visible()
        yield f"200 POST {page.url} med fel"


@pytest.mark.parametrize(
    "role", WALKED, ids=["anonym", "anna", "rut", "olle", "lars", "hanna", "admin"]
)
def test_every_page_passes_axe_core(role, page, live_server, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    world = matrix._build()
    _sign_in(page, world, role, live_server)
    scanned, downloads, failures = _walk(page, world, role)
    for label in _error_states(page, world, role):
        try:
            assert_accessible(page)
        except AssertionError as violation:
            failures.append(f"{label}: {_short(violation)}")
        scanned.append(label)
    ARTIFACTS.mkdir(exist_ok=True)
    who = world.users[role].username if world.users[role] else "anonym"
    report = ARTIFACTS / f"axe-{who}.txt"
    lines = [*scanned, "", "Nedladdningar och sidfragment (inte sidor):", *downloads]
    report.write_text("\n".join(lines), encoding="utf-8")
    print(f"axe-core, {role}: {len(scanned)} sidor granskade, {len(downloads)} nedladdningar")
    assert failures == [], "\n\n".join(failures)
