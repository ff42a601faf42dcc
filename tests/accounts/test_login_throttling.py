"""Guessing passwords is stopped: per account and per address, on the site and
in the admin, with a Swedish page saying when to try again."""

import logging

import pytest
from django.test import Client

from fou.accounts.models import SecurityEvent
from tests import factories

WRONG = "fel-lösenord"


@pytest.fixture(autouse=True)
def quick_hashes(settings):
    """Dozens of log-ins: a fast hash keeps the test short (limits are what is tested)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def try_log_in(client, username, password, *, url="/logga-in/"):
    return client.post(url, {"username": username, "password": password})


def test_fifty_wrong_passwords_lock_the_account_and_the_right_one_then_waits(applicant, caplog):
    client = Client()
    with caplog.at_level(logging.WARNING, logger="fou.security"):
        answers = [try_log_in(client, "anna", WRONG).status_code for _ in range(50)]
    assert answers[:4] == [200] * 4  # the form again, with "wrong password"
    assert set(answers[5:]) == {429}
    refused = try_log_in(client, "anna", factories.PASSWORD)
    assert refused.status_code == 429
    page = refused.content.decode()
    assert "För många misslyckade inloggningar" in page and "Försök igen kl." in page
    assert "_auth_user_id" not in client.session
    assert any("Utelåst" in r.getMessage() and "anna" in r.getMessage() for r in caplog.records)
    # Stored where an administrator reads it, once per lockout.
    event = SecurityEvent.objects.get(kind="lockout")
    assert (event.username, event.ip) == ("anna", "127.0.0.1")
    assert event.path == "/logga-in/"


def test_another_account_from_another_address_still_logs_in(applicant, other_applicant):
    for _ in range(6):
        try_log_in(Client(REMOTE_ADDR="10.0.0.1"), "anna", WRONG)
    response = try_log_in(Client(REMOTE_ADDR="10.0.0.2"), "sven", factories.PASSWORD)
    assert response.status_code == 302


def test_one_address_trying_many_accounts_is_stopped(applicant):
    client = Client(REMOTE_ADDR="10.0.0.9")
    for i in range(30):
        try_log_in(client, f"gissning{i}", WRONG)
    assert try_log_in(client, "anna", factories.PASSWORD).status_code == 429
    # The same account from another address is not held back by that address.
    assert (
        try_log_in(Client(REMOTE_ADDR="10.0.0.10"), "anna", factories.PASSWORD).status_code == 302
    )


@pytest.mark.django_db
def test_the_admin_log_in_is_limited_too():
    factories.user("admin", "admin", is_staff=True, is_superuser=True)
    client = Client()
    for _ in range(10):
        try_log_in(client, "admin", WRONG, url="/admin/login/")
    response = try_log_in(client, "admin", factories.PASSWORD, url="/admin/login/")
    assert response.status_code == 429
    assert "Försök igen kl." in response.content.decode()


def test_a_few_mistakes_then_the_right_password_logs_in(applicant):
    client = Client()
    for _ in range(3):
        try_log_in(client, "anna", WRONG)
    assert try_log_in(client, "anna", factories.PASSWORD).status_code == 302
