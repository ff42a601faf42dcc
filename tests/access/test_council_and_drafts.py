"""Issue 10, access 3: council members see submitted applications under
review only, never drafts."""

import pytest

from fou.accounts.models import SecurityEvent


@pytest.mark.parametrize("suffix", ["", "sammanstallning/", "jav/"])
@pytest.mark.parametrize("member", ["olle", "council_member"])
def test_council_member_cannot_open_a_draft_in_review_pages(client, request, draft, member, suffix):
    client.force_login(request.getfixturevalue(member))
    response = client.get(f"/bedomning/ansokan/{draft.pk}/{suffix}")
    assert response.status_code in (403, 404)
    assert "Farstas utkast" not in response.content.decode()
    assert SecurityEvent.objects.filter(path=f"/bedomning/ansokan/{draft.pk}/{suffix}").exists()


def test_council_member_cannot_declare_jäv_on_a_draft(client, olle, draft):
    client.force_login(olle)
    response = client.post(f"/bedomning/ansokan/{draft.pk}/jav/", {"reason": "Test"})
    assert response.status_code in (403, 404)
    assert not draft.conflicts.exists()


def test_council_member_cannot_read_a_draft_on_the_application_page(client, olle, draft):
    client.force_login(olle)
    assert client.get(f"/ansokningar/{draft.pk}/").status_code == 404


def test_other_member_opens_the_submitted_application_for_review(client, olle, submitted):
    client.force_login(olle)
    assert client.get(f"/bedomning/ansokan/{submitted.pk}/").status_code == 200
    assert client.get(f"/bedomning/ansokan/{submitted.pk}/jav/").status_code == 200
