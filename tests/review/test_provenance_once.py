"""Demo provenance is said once per page, not on every criterion and rule."""

from fou.applications.eligibility import refresh_rule_results
from fou.applications.models import Status
from fou.demo.criteria import CRITERIA, criterion_values
from fou.review.models import Criterion
from tests import factories

DEMO_SOURCE = "Demodata: 2023 års regler, för att prova systemet"


def test_the_example_weight_note_is_said_once_on_the_scoring_page(
    client, council_member, lum_call, skarpnack
):
    for order, (name, weight, text) in enumerate(CRITERIA):
        Criterion.objects.create(call=lum_call, name=name, **criterion_values(order, weight, text))
    application = factories.application(lum_call, skarpnack, status=Status.SUBMITTED)
    factories.assignment(application, council_member)
    client.force_login(council_member)
    page = client.get(f"/bedomning/ansokan/{application.pk}/").content.decode()
    assert page.count("inte ur källorna") == 1
    assert page.count("avsnitt Bakgrund") == 1
    assert "Huvudkriterium. Projektets värde för hela staden" in page


def test_the_demo_source_is_said_once_for_all_rules(as_officer, farsta):
    call = factories.call(2027, source=DEMO_SOURCE)
    application = factories.application(call, farsta, status=Status.SUBMITTED)
    results = refresh_rule_results(application)
    assert len(results) > 2
    page = as_officer.get(f"/ansokningar/{application.pk}/handlaggning/").content.decode()
    assert page.count(DEMO_SOURCE) == 1
    assert f"Källa för alla regler: {DEMO_SOURCE}" in page


def test_rules_from_different_sources_keep_theirs(as_officer, farsta):
    call = factories.call(2027, source=DEMO_SOURCE, rule_sources={"deadline": "FoU-plan 2015"})
    application = factories.application(call, farsta, status=Status.SUBMITTED)
    refresh_rule_results(application)
    page = as_officer.get(f"/ansokningar/{application.pk}/handlaggning/").content.decode()
    assert "FoU-plan 2015" in page
    assert "Källa för alla regler" not in page
