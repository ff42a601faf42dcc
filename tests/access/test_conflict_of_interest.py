"""Issue 10, access 2: a council member never reads, downloads or lists an
application she is jävig for; each attempt is refused with a Swedish page and
written to the security log."""

import pytest

from fou.accounts.models import SecurityEvent
from fou.review.models import ConflictOfInterest


def _paths(application):
    attachment = application.attachments.get()
    return [
        f"/ansokningar/{application.pk}/",
        f"/ansokningar/{application.pk}/bilagor/{attachment.pk}/",
        f"/ansokningar/{application.pk}/kvitto/",
        f"/bedomning/ansokan/{application.pk}/",
        f"/bedomning/ansokan/{application.pk}/sammanstallning/",
    ]


@pytest.mark.parametrize("index", range(5))
def test_jävig_member_is_refused_and_logged(client, council_member, submitted, index):
    path = _paths(submitted)[index]
    client.force_login(council_member)
    response = client.get(path)
    assert response.status_code == 403
    page = response.content.decode()
    assert "Åtkomst nekad" in page
    assert "jäv" in page
    assert "Farstas hemliga projekt" not in page
    event = SecurityEvent.objects.get()
    assert event.kind == "conflict_of_interest"
    assert event.user == council_member
    assert event.path == path


def test_declared_jäv_refuses_as_well(client, olle, submitted):
    ConflictOfInterest.objects.create(application=submitted, reviewer=olle, reason="Min syster")
    client.force_login(olle)
    assert client.get(f"/ansokningar/{submitted.pk}/").status_code == 403


def test_other_member_reads_the_application(client, olle, submitted):
    client.force_login(olle)
    response = client.get(f"/ansokningar/{submitted.pk}/")
    assert response.status_code == 200
    assert "Farstas hemliga projekt" in response.content.decode()
    attachment = submitted.attachments.get()
    response = client.get(f"/ansokningar/{submitted.pk}/bilagor/{attachment.pk}/")
    assert response.status_code == 200


def test_jävig_application_is_not_listed_on_min_sida(client, council_member, olle, submitted):
    client.force_login(council_member)
    assert "Farstas hemliga projekt" not in client.get("/min-sida/").content.decode()
    client.force_login(olle)
    assert "Farstas hemliga projekt" in client.get("/min-sida/").content.decode()
