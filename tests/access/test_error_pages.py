"""Error pages are Swedish, in the site's layout with its menu, say what to
do and leak nothing."""

from django.template.loader import render_to_string
from django.test import Client
from django.utils import translation

from fou.accounts.models import SecurityEvent


def test_not_found_page_is_swedish_with_the_menu(client, db):
    response = client.get("/finns-inte/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "Sidan finns inte" in page
    assert 'aria-label="Huvudmeny"' in page
    assert "Utlysningar" in page
    assert "Traceback" not in page and "urlpatterns" not in page


def test_refused_page_is_swedish_and_hides_the_reason(client, reader, lum_call):
    client.force_login(reader)
    response = client.post(f"/utlysningar/{lum_call.pk}/regler/", {"max_amount": 1})
    assert response.status_code == 403
    page = response.content.decode()
    assert "Åtkomst nekad" in page
    assert "Min sida" in page  # the menu of the signed-in person
    assert "call_rules_edit" not in page


def test_server_error_page_renders_without_a_request():
    with translation.override("sv"):
        page = render_to_string("500.html")
    assert "Något gick fel" in page
    assert 'aria-label="Huvudmeny"' in page


def test_csrf_failure_page_is_swedish(db):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/logga-in/", {"username": "x", "password": "y"})
    assert response.status_code == 403
    page = response.content.decode()
    assert "Formuläret kunde inte skickas" in page
    assert "CSRF token" not in page
    assert SecurityEvent.objects.get().kind == "csrf"


def test_server_error_page_in_english():
    with translation.override("en"):
        assert "Something went wrong" in render_to_string("500.html")
