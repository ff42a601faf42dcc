"""A request that cannot reach the database gets the Swedish 503 page, which
says that nothing was saved and shows nothing technical; other server errors
keep the 500 page. (The real outage: test_database_outage.py, PostgreSQL.)"""

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.db import OperationalError


@pytest.fixture
def unreachable(monkeypatch):
    def load(self):
        raise OperationalError('connection to server at "127.0.0.1", port 5432 failed')

    monkeypatch.setattr(SessionStore, "load", load)


def test_an_unreachable_database_is_a_503_in_swedish(client, unreachable):
    client.cookies["sessionid"] = "x" * 32
    client.raise_request_exception = False
    response = client.get("/min-sida/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    page = response.content.decode()
    assert "Tillfälligt avbrott" in page and "har inte sparats" in page
    assert "5432" not in page and "OperationalError" not in page


def test_another_server_error_is_still_a_500(client, monkeypatch):
    def broken(self):
        raise RuntimeError("något annat")

    monkeypatch.setattr(SessionStore, "load", broken)
    client.cookies["sessionid"] = "x" * 32
    client.raise_request_exception = False
    response = client.get("/min-sida/")
    assert response.status_code == 500
    assert "Något gick fel" in response.content.decode()
