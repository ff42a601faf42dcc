"""Issue 11's proof: another department's programme, Kulturstöd 2027, is set
up in the admin and on the officer's pages only, applied to, scored and
allocated through the pages, and LUM 2027 beside it is left as it was.

Only the logins are made directly (users are the administrators' own
pages, tested in tests/access); every fact of the programme goes through a
page as a person types it."""

import pytest

from fou.allocations.models import AllocationProposal
from fou.applications.models import Application
from fou.calls.models import Call
from fou.organisations.models import Organisation, OrganisationKind
from fou.review.models import Criterion
from tests import factories
from tests.applications.helpers import draft_data
from tests.calls.pages import admin_form_data, form_data


def login(client, user):
    client.force_login(user)
    return client


def admin_add(client, model_path: str, **fields):
    """Fill in an admin add page; returns the page after saving."""
    page = client.get(f"/admin/{model_path}/add/")
    assert page.status_code == 200
    response = client.post(f"/admin/{model_path}/add/", admin_form_data(page, **fields))
    errors = getattr(response, "context", None) and response.context.get("errors")
    assert response.status_code == 302, errors
    return response


@pytest.fixture
def administrator(db):
    person = factories.user("admin", "administrator", is_staff=True, is_superuser=True)
    return person


def organisation_through_admin(client, key, name, kind):
    admin_add(
        client,
        "organisations/organisation",
        key=key,
        kind=kind,
        **{
            "names-TOTAL_FORMS": "1",
            "names-0-name": name,
            "names-0-valid_from": "2020-01-01",
        },
    )
    return Organisation.objects.get(key=key)


def programme_through_admin(
    client, *, code, name, prefix, title, kinds, year=2027, fund_fields=None, **rules
):
    admin_add(
        client,
        "calls/fund",
        code=code,
        name=name,
        reference_prefix=prefix,
        **(fund_fields or {}),
    )
    fund = factories.fund(code)
    admin_add(
        client,
        "calls/call",
        fund=str(fund.pk),
        year=str(year),
        title=title,
        opens_at_0="2020-01-01",
        opens_at_1="00:00:00",
        closes_at_0="2099-12-31",
        closes_at_1="23:59:00",
        eligible_kinds=[str(k.pk) for k in OrganisationKind.objects.filter(key__in=kinds)],
        **rules,
    )
    return Call.objects.get(fund=fund, year=year)


def criteria_through_page(client, call, rows):
    url = f"/bedomning/utlysning/{call.pk}/kriterier/"
    page = client.get(url)
    data = form_data(page.context["formset"].management_form)
    data.update(
        {
            "version": page.context["version"],
            "reason": "Kriterier enligt kulturnämndens beslut",
            "k-TOTAL_FORMS": str(len(rows)),
        }
    )
    for index, (criterion, weight) in enumerate(rows):
        data[f"k-{index}-name"] = criterion
        data[f"k-{index}-weight"] = str(weight)
        data[f"k-{index}-order"] = str(index + 1)
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]


def apply_through_pages(client, call, organisation, title, asked, *, accepted=True, **answers):
    response = client.post(f"/ansokningar/ny/{call.pk}/", {"organisation": organisation.pk})
    assert response.status_code == 302, response.content.decode()[:3000]
    application = Application.objects.get(call=call, participants__organisation=organisation)
    return write_and_submit(client, application, title, asked, accepted=accepted, **answers)


def write_and_submit(client, application, title, asked, *, accepted=True, **answers):
    answers = {"gender_equality_analysis": "", **answers}
    fields = draft_data(application, title=title, amount_asked=asked, **answers)
    client.post(f"/ansokningar/{application.pk}/andra/", fields)
    response = client.post(f"/ansokningar/{application.pk}/kontrollera/")
    assert (response.status_code == 302) == accepted, response.content.decode()[:3000]
    application.refresh_from_db()
    return application


def score_through_page(client, application, values):
    criteria = list(Criterion.objects.filter(call=application.call).order_by("order"))
    data = {f"value_{c.pk}": str(v) for c, v in zip(criteria, values, strict=True)}
    response = client.post(f"/bedomning/ansokan/{application.pk}/", {**data, "submit": "1"})
    assert response.status_code == 302, response.content.decode()[:3000]


def allocate_through_page(client, call, budget):
    url = f"/fordelning/{call.year}/?utlysning={call.pk}"
    page = client.get(url)
    data = form_data(page.context["form"])
    data[f"budget_{call.fund.code}"] = str(budget)
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return AllocationProposal.objects.filter(year=call.year).order_by("-number").first()


def amounts_of(proposal) -> dict[str, int]:
    titles = {c["id"]: c["project"] for c in proposal.data["candidates"]}
    return {titles[d["candidate"]]: d["amount"] for d in proposal.data["decisions"]}


@pytest.fixture
def lum_2027(db, farsta):
    """The social services' own programme the same year, as it stands."""
    call = factories.call(2027, budget=3_000_000, continuation_cut_percent=20)
    call.eligible_kinds.set([farsta.kind])
    return call


def test_kulturstod_runs_from_admin_to_allocation_and_lum_is_unaffected(
    client, administrator, officer, applicant, farsta, lum_2027
):
    lum_before = Call.objects.filter(pk=lum_2027.pk).values().get()
    login(client, administrator)
    ljus = organisation_through_admin(client, "ljus", "Föreningen Ljus", "association")
    scen = organisation_through_admin(client, "scen", "Scenföreningen", "association")
    kultur = programme_through_admin(
        client,
        code="KULT",
        name="Kulturstöd",
        prefix="KULT",
        title="Kulturstöd 2027",
        kinds=["association"],
        fund_fields={
            "applicant_text": "Kulturnämnden beslutar i mars.",
            "requires_report": None,
        },
        decision_body="Kulturnämnden",
        budget="1000000",
        max_amount="100000",
        max_applications_per_organisation="1",
        min_project_year="1",
        max_project_year="1",
        continuation_cut_percent="0",
        workshop_required=None,
        gender_equality_analysis_required=None,
    )
    login(client, officer)
    criteria_through_page(client, kultur, [("Konstnärlig kvalitet", 2), ("Räckvidd", 1)])

    # A district may apply to LUM, not to a call for associations.
    login(client, applicant)
    refused = client.post(f"/ansokningar/ny/{kultur.pk}/", {"organisation": farsta.pk})
    assert "bara öppen för förening" in refused.content.decode()
    assert not Application.objects.filter(call=kultur).exists()
    lum_application = apply_through_pages(
        client,
        lum_2027,
        farsta,
        "Tidigt stöd",
        "450 000",
        gender_equality_analysis="Insatsen når både mammor och pappor.",
    )

    ljus_user = factories.user("ljus", "applicant", ljus)
    scen_user = factories.user("scen", "applicant", scen)
    login(client, ljus_user)
    ljusfest = apply_through_pages(client, kultur, ljus, "Ljusfest", "150 000", accepted=False)
    # Above the cap: refused, and the message names the fund, not its code.
    check = client.get(f"/ansokningar/{ljusfest.pk}/kontrollera/").content.decode()
    assert "högst 100\u00a0000\u00a0kr för Kulturstöd 2027" in check
    assert "KULT 2027" not in check
    write_and_submit(client, ljusfest, "Ljusfest", "90 000")
    receipt = client.get(f"/ansokningar/{ljusfest.pk}/kvitto/").content.decode()
    assert "KULT-2027-0001" in receipt
    assert "Kulturnämnden beslutar i mars." in receipt
    login(client, scen_user)
    scen_application = apply_through_pages(client, kultur, scen, "Sommarscen", "80 000")
    assert scen_application.reference == "KULT-2027-0002"
    # LUM's series goes on as before.
    lum_application.refresh_from_db()
    assert lum_application.reference == "FoU-2027-0001"

    council = [factories.user(name, "council") for name in ("olle", "kim")]
    login(client, officer)
    response = client.post(f"/bedomning/utlysning/{kultur.pk}/fordela/", {"per_application": "2"})
    assert response.status_code == 302
    for member, values in zip(council, [(5, 3), (4, 2)], strict=True):
        login(client, member)
        score_through_page(client, ljusfest, values)
        score_through_page(client, scen_application, (2, 2))

    login(client, officer)
    proposal = allocate_through_page(client, kultur, 150_000)
    # Both fit under the cap, not under the budget: the better scored one wins.
    assert amounts_of(proposal) == {"Ljusfest": 90_000, "Sommarscen": 0}
    # LUM 2027 is as it was: its rules, its applications, its series.
    assert Call.objects.filter(pk=lum_2027.pk).values().get() == lum_before
    assert list(Application.objects.filter(call=lum_2027)) == [lum_application]


def test_a_special_fund_with_its_own_rules_ppss_2015(
    client, administrator, officer, applicant, other_applicant, farsta, skarpnack
):
    """PPSS 2015 (seed 004): money the committee left to the head of the
    administration to distribute, to districts, partly funded, no reports."""
    lum_2015 = factories.call(2015, budget=3_000_000)
    lum_before = Call.objects.filter(pk=lum_2015.pk).values().get()
    login(client, administrator)
    ppss = programme_through_admin(
        client,
        code="PPSS",
        name="Pilotprojekt samverkan skola och socialtjänst",
        prefix="PPSS",
        title="Särskilda utvecklingsmedel: PPSS 2015",
        kinds=["district", "unit"],
        year=2015,
        fund_fields={"requires_report": None},
        decision_body="Förvaltningschefen",
        budget="500000",
        max_amount="300000",
        max_applications_per_organisation="1",
        min_project_year="1",
        max_project_year="1",
        continuation_cut_percent="0",
        allocation_mode="partial",
        min_share_percent="50",
        workshop_required=None,
        gender_equality_analysis_required=None,
    )
    login(client, officer)
    criteria_through_page(client, ppss, [("Samverkan mellan skola och socialtjänst", 1)])

    login(client, applicant)
    farsta_ppss = apply_through_pages(client, ppss, farsta, "Skolsamverkan Farsta", "300 000")
    receipt = client.get(f"/ansokningar/{farsta_ppss.pk}/kvitto/").content.decode()
    assert "PPSS-2015-0001" in receipt
    assert "Förvaltningschefen beslutar om fördelningen" in receipt
    assert "socialnämnden beslutar i december" not in receipt
    login(client, other_applicant)
    skarpnack_ppss = apply_through_pages(
        client, ppss, skarpnack, "Insatsgrupp Skarpnäck", "300 000"
    )
    assert skarpnack_ppss.reference == "PPSS-2015-0002"

    member = factories.user("olle", "council")
    login(client, officer)
    client.post(f"/bedomning/utlysning/{ppss.pk}/fordela/", {"per_application": "1"})
    login(client, member)
    score_through_page(client, farsta_ppss, (5,))
    score_through_page(client, skarpnack_ppss, (3,))

    login(client, officer)
    proposal = allocate_through_page(client, ppss, 500_000)
    # Partly funded down to half: the second gets what is left.
    assert amounts_of(proposal) == {
        "Skolsamverkan Farsta": 300_000,
        "Insatsgrupp Skarpnäck": 200_000,
    }
    assert Call.objects.filter(pk=lum_2015.pk).values().get() == lum_before
    assert not Application.objects.filter(call=lum_2015).exists()
