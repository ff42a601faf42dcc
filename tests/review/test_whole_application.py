"""A council member reads the whole application, every answer and every
attachment, beside the scoring form, and finds the way back to it."""

import re

import pytest
from django.core.files.base import ContentFile

from fou.applications.models import ApplicationOrganisation, Attachment
from tests import factories
from tests.applications.files import PDF


@pytest.fixture
def whole_application(skarpnack_application, sodermalm, olle):
    """Skarpnäck's application written out in full, with Södermalm's neighbour
    Enskede as co-applicant (olle is from Södermalm, so Enskede is chosen)."""
    application = skarpnack_application
    enskede = factories.organisation("Enskede-Årsta-Vantör", key="enskede")
    ApplicationOrganisation.objects.create(
        application=application, organisation=enskede, organisation_name="Enskede-Årsta-Vantör"
    )
    application.purpose = "Pröva tidigt stöd till unga vuxna."
    application.gender_equality_analysis = "Unga män söker sällan stöd; vi når dem via idrotten."
    application.project_year = 2
    application.save()
    application.focus_areas.set(application.call.focus_areas.all())
    plan = Attachment(
        application=application,
        kind="Projektplan",
        original_name="projektplan-skarpnack.pdf",
        content_type="application/pdf",
        size=len(PDF),
    )
    plan.file.save("projektplan-skarpnack.pdf", ContentFile(PDF), save=False)
    plan.save()
    factories.assignment(application, olle)
    application.plan = plan
    return application


def test_scoring_page_holds_every_answer_and_attachment_beside_the_form(
    client, olle, whole_application
):
    client.force_login(olle)
    text = client.get(f"/bedomning/ansokan/{whole_application.pk}/").content.decode()
    layout = re.search(r'class="review-layout".*', text, re.S).group(0)
    application_part = re.search(r'class="whole-application".*?</section>', layout, re.S).group(0)
    for answer in [
        "Pröva tidigt stöd till unga vuxna.",
        "Unga män söker sällan stöd; vi når dem via idrotten.",
        "Jämställdhetsanalys",
        "Strategiskt värde",  # the focus area
        "År 2",
        "Enskede-Årsta-Vantör",
        "Medsökande",
        "projektplan-skarpnack.pdf",
        f"/ansokningar/{whole_application.pk}/bilagor/{whole_application.plan.pk}/",
    ]:
        assert answer in application_part, answer
    # The form is on the same page, after the application.
    assert 'name="submit"' in layout.split('class="whole-application"')[1]


def test_the_full_application_page_leads_back_to_scoring(client, olle, whole_application):
    client.force_login(olle)
    text = client.get(f"/ansokningar/{whole_application.pk}/").content.decode()
    assert "Unga män söker sällan stöd" in text
    assert "projektplan-skarpnack.pdf" in text
    assert f'href="/bedomning/ansokan/{whole_application.pk}/"' in text
    assert "Tillbaka till bedömningen" in text


def test_the_reviewer_downloads_the_attachment(client, olle, whole_application):
    client.force_login(olle)
    plan = whole_application.plan
    response = client.get(f"/ansokningar/{whole_application.pk}/bilagor/{plan.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF


def test_a_jävig_member_is_still_refused_the_attachment(client, council_member, farsta_application):
    plan = Attachment(
        application=farsta_application,
        kind="Projektplan",
        original_name="plan.pdf",
        content_type="application/pdf",
        size=len(PDF),
    )
    plan.file.save("plan.pdf", ContentFile(PDF), save=False)
    plan.save()
    client.force_login(council_member)
    response = client.get(f"/ansokningar/{farsta_application.pk}/bilagor/{plan.pk}/")
    assert response.status_code == 403
