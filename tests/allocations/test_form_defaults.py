"""The allocation form starts from what is known and asks only for what the
run needs; the comparison links both versions and says plainly when an
application gets nothing in either."""

import pytest

from fou.allocations.models import AllocationProposal
from fou.applications.models import Status
from tests import factories


@pytest.fixture
def year_2027(lum_call, farsta):
    """A LUM call with one submitted application and a MUL call nobody applied to."""
    factories.call(2027, fund_code="MUL")
    factories.application(lum_call, farsta, status=Status.SUBMITTED, amount_asked=400_000)
    return lum_call


def _form(client):
    return client.get("/fordelning/2027/").context["form"]


def _post(client, **fields):
    data = {"objective": "score_times_amount", "budget_LUM": "1 000 000"}
    for fund in ("LUM", "MUL"):
        data.update({f"mode_{fund}": "all_or_nothing", f"cut_{fund}": "0"})
    data.update(fields)
    return client.post("/fordelning/2027/", data)


def test_an_unknown_budget_starts_empty_not_at_zero(as_officer, year_2027):
    form = _form(as_officer)
    assert form["budget_LUM"].value() is None
    assert 'name="budget_LUM" value="0"' not in as_officer.get("/fordelning/2027/").content.decode()


def test_a_known_budget_starts_at_the_calls_budget(as_officer, year_2027):
    year_2027.budget = 3_850_000
    year_2027.save()
    page = as_officer.get("/fordelning/2027/").content.decode()
    assert 'name="budget_LUM" value="3 850 000"' in page


def test_a_fund_without_applications_needs_no_budget(as_officer, year_2027):
    mul = year_2027.__class__.objects.get(fund__code="MUL")
    mul.budget = 188_500
    mul.save()
    form = _form(as_officer)
    assert not form.fields["budget_MUL"].required
    response = _post(as_officer, budget_MUL="", min_share_LUM="", min_share_MUL="")
    assert response.status_code == 302, response.content.decode()
    assert AllocationProposal.objects.count() == 1


def test_all_or_nothing_needs_no_lowest_share(as_officer, year_2027):
    response = _post(as_officer, min_share_LUM="")
    assert response.status_code == 302
    settings = AllocationProposal.objects.get().data["settings"]
    assert settings["per_fund"]["LUM"]["mode"] == "all_or_nothing"


def test_partial_funding_asks_for_the_lowest_share(as_officer, year_2027):
    response = _post(as_officer, mode_LUM="partial", min_share_LUM="", note="Delvis")
    page = response.content.decode()
    assert response.status_code == 400
    assert "Ange lägsta andel vid delfinansiering i Fonden LUM." in page
    assert 'value="Delvis"' in page
    assert not AllocationProposal.objects.exists()


def test_the_comparison_links_both_versions_and_names_a_refusal_in_both(as_officer, year_2027):
    _post(as_officer, budget_LUM="100 000", min_share_LUM="")
    _post(as_officer, budget_LUM="200 000", min_share_LUM="", note="Större")
    page = as_officer.get("/fordelning/2027/jamfor/", {"a": 1, "b": 2}).content.decode()
    assert 'href="/fordelning/2027/version/1/"' in page
    assert 'href="/fordelning/2027/version/2/"' in page
    assert "ej beviljad i någon version" in page
    assert "oförändrad" not in page
    assert "0\u00a0kr" not in page.split("Per ansökan")[1]
