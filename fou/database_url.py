"""DATABASE_URL → Django's DATABASES entry, with a readable error."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

# SQLite serves a small office only if writers wait for each other instead of
# failing with "database is locked": write-ahead logging lets readers go on
# while one writes, every transaction takes the write lock when it begins
# (IMMEDIATE; a deferred one that reads first and writes later cannot wait
# for the lock without deadlocking, so SQLite fails it at once), and a writer
# waits up to SQLITE_TIMEOUT seconds for its turn.
SQLITE_TIMEOUT_SECONDS = 20
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "transaction_mode": "IMMEDIATE",
    "timeout": SQLITE_TIMEOUT_SECONDS,
}


def database_from_url(url: str | None, base_dir: Path) -> dict:
    if not url:
        return sqlite_database(base_dir / "db.sqlite3")
    try:
        # Persistent connections are a production choice (DB_CONN_MAX_AGE);
        # by default each request closes its own, as Django does.
        # A kept connection is checked before a request uses it, so that a
        # database that went away and came back costs no request an error.
        config = dj_database_url.parse(
            url,
            conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
            conn_health_checks=True,
        )
    except ValueError as error:
        raise ImproperlyConfigured(
            f"DATABASE_URL går inte att tolka ({error}). "
            "Exempel: postgres://användare@127.0.0.1:5432/fou eller sqlite:///db.sqlite3"
        ) from None
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config = {**config, **sqlite_database(config["NAME"])}
    elif "postgresql" in config["ENGINE"]:
        # An unreachable server is an error page within seconds, not a worker
        # held until gunicorn's timeout.
        config.setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)
        # A form's select of model choices reads its rows through .iterator():
        # on PostgreSQL a server-side cursor (DECLARE, FETCH, CLOSE, materialised
        # WITH HOLD) for a few dozen rows; one plain query is cheaper for both.
        config["DISABLE_SERVER_SIDE_CURSORS"] = True
    return config


def sqlite_database(name) -> dict:
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": name,
        "CONN_MAX_AGE": 0,
        "OPTIONS": dict(SQLITE_OPTIONS),
    }
