import datetime

import pytest
from django.core.management import call_command

from fou.accounts.models import User
from fou.organisations.models import Organisation
from fou.organisations.selectors import organisation_name_on, organisation_names_on


@pytest.fixture
def demo(db):
    call_command("load_demo", "--quiet-logins")


def org(key):
    return Organisation.objects.get(key=key)


def test_hagersten_alvsjo_in_2019_was_two_districts(demo):
    names = organisation_names_on(
        organisation=org("hagersten-alvsjo"), day=datetime.date(2019, 6, 30)
    )
    assert names == ["Hägersten-Liljeholmen", "Älvsjö"]


def test_hagersten_alvsjo_from_2020_has_its_own_name(demo):
    assert organisation_names_on(
        organisation=org("hagersten-alvsjo"), day=datetime.date(2020, 1, 1)
    ) == ["Hägersten-Älvsjö"]


def test_a_merged_district_has_no_name_after_it_ended(demo):
    assert organisation_name_on(organisation=org("alvsjo"), day=datetime.date(2020, 1, 1)) is None


def test_an_unchanged_district_keeps_its_name(demo):
    assert organisation_names_on(
        organisation=org("rinkeby-kista"), day=datetime.date(2019, 6, 30)
    ) == ["Rinkeby-Kista"]


def test_organisations_page_answers_the_question_for_a_date(client, demo):
    client.force_login(User.objects.get(username="lars"))
    page = client.get("/organisationer/", {"datum": "2019-06-30"}).content.decode()
    assert "<td>Hägersten-Älvsjö</td><td>Hägersten-Liljeholmen och Älvsjö</td>" in page


def test_organisations_page_explains_a_bad_date(client, demo):
    client.force_login(User.objects.get(username="lars"))
    page = client.get("/organisationer/", {"datum": "30/6 2019"}).content.decode()
    assert "Skriv datumet som ÅÅÅÅ-MM-DD" in page
    assert 'value="30/6 2019"' in page
