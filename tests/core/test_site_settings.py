"""The site's wording is the administrator's: the header, the home page, Min
sida and the granted-projects page read it, in Swedish and English, and a
save in the admin shows at once."""

import pytest
from django.core.exceptions import ValidationError

from fou.core.models import SiteSettings
from fou.core.text_limits import LONG_TEXT_MAX
from tests import factories


@pytest.fixture
def administrator(db):
    return factories.user("admin", "administrator", is_staff=True, is_superuser=True)


def _save(client, **fields):
    page = client.get("/admin/core/sitesettings/add/")
    assert page.status_code == 200
    response = client.post("/admin/core/sitesettings/add/", fields)
    assert response.status_code == 302, response.context["errors"]


def test_built_in_wording_until_the_administrator_writes_something(client, db):
    page = client.get("/").content.decode()
    assert "Socialförvaltningen, Stockholms stad" in page


def test_the_administrator_changes_header_home_page_and_archive(client, administrator):
    client.force_login(administrator)
    _save(
        client,
        organisation_name="Kulturförvaltningen, Stockholms stad",
        organisation_name_en="Culture Administration, City of Stockholm",
        home_heading="Kulturstöd",
        home_intro="Här söker föreningar kulturstöd.",
        home_steps="Kulturnämnden beslutar om inriktning.\nFöreningarna söker.",
        archive_intro="Kulturnämndens beslut år för år.",
        dashboard_text="Frågor? Ring kulturförvaltningen.",
    )
    client.logout()
    home = client.get("/").content.decode()
    assert "Kulturförvaltningen, Stockholms stad" in home
    assert "Socialförvaltningen" not in home
    assert "<h1>Kulturstöd</h1>" in home
    assert "<li>Föreningarna söker.</li>" in home
    assert "socialnämnden" not in home.lower()
    archive = client.get("/ansokningar/beviljade/").content.decode()
    assert "Kulturnämndens beslut år för år." in archive
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    english = client.get("/").content.decode()
    assert "Culture Administration, City of Stockholm" in english
    client.force_login(administrator)
    client.post("/i18n/setlang/", {"language": "sv", "next": "/"})
    assert "Ring kulturförvaltningen" in client.get("/min-sida/").content.decode()


def test_there_is_one_row_of_site_settings(client, administrator):
    SiteSettings.objects.create(organisation_name="X")
    client.force_login(administrator)
    assert client.get("/admin/core/sitesettings/add/").status_code == 403


@pytest.mark.django_db
def test_a_site_text_longer_than_the_limit_is_refused_on_the_server():
    settings = SiteSettings(home_intro="x" * (LONG_TEXT_MAX + 1))
    with pytest.raises(ValidationError) as refused:
        settings.full_clean()
    assert "home_intro" in refused.value.message_dict
