"""The security log is kept where an administrator reads it, not only on the
console, and nobody can change it."""

import logging

from fou.accounts.models import SecurityEvent
from fou.accounts.security import security_event_record


def test_refusal_is_stored_with_user_address_and_path(client, reader, lum_call, caplog):
    client.force_login(reader)
    with caplog.at_level(logging.WARNING, logger="fou.security"):
        client.get(f"/utlysningar/{lum_call.pk}/regler/", REMOTE_ADDR="10.1.2.3")
    event = SecurityEvent.objects.get()
    assert (event.kind, event.user, event.ip, event.path) == (
        "refused",
        reader,
        "10.1.2.3",
        f"/utlysningar/{lum_call.pk}/regler/",
    )
    assert "lars" in caplog.text


def test_service_records_an_event_without_a_request(db):
    security_event_record(kind="lockout", user=None, request=None, detail="anna: 5 försök")
    event = SecurityEvent.objects.get()
    assert event.kind == "lockout" and event.user is None and event.detail == "anna: 5 försök"


def test_administrator_reads_the_log_but_cannot_change_it(client, superuser, reader, lum_call):
    client.force_login(reader)
    client.get(f"/utlysningar/{lum_call.pk}/regler/")
    event = SecurityEvent.objects.get()
    client.force_login(superuser)
    assert client.get("/admin/accounts/securityevent/").status_code == 200
    assert client.get(f"/admin/accounts/securityevent/{event.pk}/change/").status_code == 200
    assert client.get("/admin/accounts/securityevent/add/").status_code == 403
    assert client.post(f"/admin/accounts/securityevent/{event.pk}/delete/").status_code == 403
    client.post(f"/admin/accounts/securityevent/{event.pk}/change/", {"detail": "ändrad"})
    event.refresh_from_db()
    assert event.detail != "ändrad"


def test_officer_cannot_read_the_log(client, staff_officer):
    client.force_login(staff_officer)
    assert client.get("/admin/accounts/securityevent/").status_code == 403
