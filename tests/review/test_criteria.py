"""Criteria and weights are call data the grants office edits on a page."""

import pytest
from django.core.management import call_command

from fou.calls.models import Call
from fou.review.models import Criterion, Score
from fou.review.selectors import criteria_version
from tests import factories


def criteria_url(call):
    return f"/bedomning/utlysning/{call.pk}/kriterier/"


def formset_data(criteria, rows, reason="Vikter enligt rådets möte"):
    """rows: (name, weight) per existing criterion, then one new row; the
    version is the one the page shows now."""
    data = {
        "version": str(criteria_version(call=criteria[0].call)),
        "k-TOTAL_FORMS": str(len(rows)),
        "k-INITIAL_FORMS": str(len(criteria)),
        "k-MIN_NUM_FORMS": "0",
        "k-MAX_NUM_FORMS": "1000",
        "reason": reason,
    }
    for index, (name, weight) in enumerate(rows):
        if index < len(criteria):
            data[f"k-{index}-id"] = str(criteria[index].pk)
        data[f"k-{index}-name"] = name
        data[f"k-{index}-weight"] = str(weight)
        data[f"k-{index}-order"] = str(index + 1)
    return data


def test_officer_changes_a_weight_and_adds_a_criterion_with_a_reason(
    as_officer, officer, lum_call, criteria
):
    rows = [(c.name, c.weight) for c in criteria]
    rows[1] = (criteria[1].name, 2)
    rows.append(("Samverkan mellan förvaltningar", 1))
    response = as_officer.post(criteria_url(lum_call), formset_data(criteria, rows))
    assert response.status_code == 302
    assert Criterion.objects.get(pk=criteria[1].pk).weight == 2
    added = Criterion.objects.get(name="Samverkan mellan förvaltningar")
    assert added.call == lum_call
    latest = added.history.first()
    assert (latest.history_user, latest.history_change_reason) == (
        officer,
        "Vikter enligt rådets möte",
    )


def test_a_bad_weight_is_explained_and_what_was_typed_stays(as_officer, lum_call, criteria):
    rows = [(c.name, c.weight) for c in criteria] + [("Nytt kriterium", "tre")]
    response = as_officer.post(criteria_url(lum_call), formset_data(criteria, rows, reason=""))
    assert response.status_code == 400
    text = response.content.decode()
    assert "Ange vikten som ett heltal" in text
    assert "Skriv varför kriterierna ändras." in text
    assert 'value="Nytt kriterium"' in text and 'value="tre"' in text
    assert Criterion.objects.count() == 3


def test_a_scored_criterion_cannot_be_deleted(
    as_officer, olle, lum_call, criteria, skarpnack_application
):
    factories.review(skarpnack_application, olle, {criteria[2]: 3})
    data = formset_data(criteria, [(c.name, c.weight) for c in criteria])
    data["k-2-DELETE"] = "on"
    response = as_officer.post(criteria_url(lum_call), data)
    assert response.status_code == 400
    assert "har redan poäng och kan inte tas bort" in response.content.decode()
    assert Criterion.objects.count() == 3


@pytest.mark.parametrize("who", ["council_member", "reader", "applicant"])
def test_only_officers_edit_criteria(client, request, who, lum_call, criteria):
    client.force_login(request.getfixturevalue(who))
    rows = [(c.name, 9) for c in criteria]
    assert client.post(criteria_url(lum_call), formset_data(criteria, rows)).status_code == 403
    assert set(Criterion.objects.values_list("weight", flat=True)) == {1, 3}


@pytest.mark.django_db
def test_demo_calls_have_the_2022_2023_criteria_with_example_weights():
    call_command("load_demo", "--quiet-logins")
    for fund, year in [("LUM", 2023), ("MUL", 2023), ("LUM", 2027), ("MUL", 2027)]:
        criteria = list(Call.objects.get(fund__code=fund, year=year).criteria.all())
        assert [c.weight for c in criteria] == [3, 1, 1, 1, 1]
        assert criteria[0].name == "Strategiskt värde för staden som helhet"
        assert all("Vikterna är exempel, inte ur källorna" in c.description for c in criteria)
    assert not Criterion.objects.filter(call__year=2022).exists()
    assert not Score.objects.exists()
