"""Only the grants office assigns; jäviga are neither offered nor accepted."""

import logging
from collections import Counter

import pytest
from django.core.exceptions import PermissionDenied

from fou.applications.models import Status
from fou.review import services
from fou.review.models import Assignment, ConflictOfInterest
from tests import factories


def overview(call):
    return f"/bedomning/utlysning/{call.pk}/"


def test_officer_assigns_a_member_by_hand(as_officer, olle, lum_call, skarpnack_application):
    response = as_officer.post(
        f"{overview(lum_call)}tilldela/{skarpnack_application.pk}/",
        {f"a{skarpnack_application.pk}-reviewer": olle.pk},
    )
    assert response.status_code == 302
    assignment = Assignment.objects.get()
    assert (assignment.reviewer, assignment.application) == (olle, skarpnack_application)
    assert assignment.history.first().history_change_reason == "Tilldelad för bedömning"


def test_jävig_member_is_not_offered(
    as_officer, council_member, olle, lum_call, farsta_application
):
    response = as_officer.get(overview(lum_call))
    row = next(r for r in response.context["rows"] if r.application == farsta_application)
    offered = list(row.form.fields["reviewer"].queryset)
    assert olle in offered and council_member not in offered


def test_jävig_member_posted_anyway_is_refused_with_a_message_next_to_the_field(
    as_officer, council_member, lum_call, farsta_application
):
    response = as_officer.post(
        f"{overview(lum_call)}tilldela/{farsta_application.pk}/",
        {f"a{farsta_application.pk}-reviewer": council_member.pk},
    )
    assert response.status_code == 400
    text = response.content.decode()
    assert "Det finns fel i formuläret" in text and "Jäviga ledamöter" in text
    assert not Assignment.objects.exists()


def test_service_refuses_a_jävig_assignment_and_logs_it(
    officer, council_member, farsta_application, caplog
):
    caplog.set_level(logging.WARNING, logger="fou.security")
    with pytest.raises(PermissionDenied):
        services.assignment_create(
            application=farsta_application, reviewer=council_member, user=officer
        )
    assert not Assignment.objects.exists()
    assert any(r.name == "fou.security" for r in caplog.records)


def test_declared_jäv_also_blocks_assignment(officer, olle, skarpnack_application):
    services.conflict_declare(application=skarpnack_application, user=olle, reason="Jäv")
    with pytest.raises(PermissionDenied):
        services.assignment_create(application=skarpnack_application, reviewer=olle, user=officer)


@pytest.mark.parametrize("who", ["council_member", "reader", "applicant"])
def test_only_officers_assign(client, request, who, olle, lum_call, skarpnack_application):
    client.force_login(request.getfixturevalue(who))
    assert client.get(overview(lum_call)).status_code == 403
    response = client.post(
        f"{overview(lum_call)}tilldela/{skarpnack_application.pk}/",
        {f"a{skarpnack_application.pk}-reviewer": olle.pk},
    )
    assert response.status_code == 403
    assert client.post(f"{overview(lum_call)}fordela/", {"per_application": 2}).status_code == 403
    assert not Assignment.objects.exists()


def test_service_refuses_assignment_by_a_council_member(
    council_member, olle, skarpnack_application
):
    with pytest.raises(PermissionDenied):
        services.assignment_create(
            application=skarpnack_application, reviewer=olle, user=council_member
        )


def test_automatic_assignment_never_gives_jäv_and_spreads_the_load(
    as_officer, officer, lum_call, council_member, olle, eva, farsta, skarpnack, criteria
):
    for number in range(7):
        factories.application(
            lum_call, farsta if number % 2 else skarpnack, status=Status.SUBMITTED
        )
    factories.application(lum_call, farsta, title="Utkast")  # drafts are not reviewed
    response = as_officer.post(f"{overview(lum_call)}fordela/", {"per_application": 2})
    assert response.status_code == 302
    pairs = list(Assignment.objects.values_list("application_id", "reviewer_id"))
    assert len(pairs) == 14
    farsta_ids = set(
        lum_call.applications.filter(participants__organisation=farsta).values_list("pk", flat=True)
    )
    assert not [a for a, r in pairs if r == council_member.pk and a in farsta_ids]
    load = Counter(r for _a, r in pairs)
    assert max(load.values()) - min(load.values()) <= 1
    automatic = ConflictOfInterest.objects.filter(automatic=True, reviewer=council_member)
    assert automatic.count() == 3
    assert automatic.first().history.first().history_user == officer


def test_automatic_assignment_twice_adds_nothing(
    officer, lum_call, olle, eva, skarpnack_application
):
    first = services.assign_automatically(call=lum_call, user=officer)
    second = services.assign_automatically(call=lum_call, user=officer)
    assert (first.created, second.created) == (2, 0)


def test_automatic_assignment_reports_applications_left_short(
    as_officer, lum_call, council_member, farsta_application
):
    response = as_officer.post(f"{overview(lum_call)}fordela/", {"per_application": 2}, follow=True)
    assert "har 0 av 2 bedömare" in response.content.decode()


def test_a_bad_number_of_reviewers_keeps_the_input_and_explains(as_officer, lum_call):
    response = as_officer.post(f"{overview(lum_call)}fordela/", {"per_application": "två"})
    assert response.status_code == 400
    text = response.content.decode()
    assert "Ange antalet bedömare som ett heltal" in text and 'value="två"' in text
