"""DATABASE_URL → Django's DATABASES entry, with a readable error."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured


def database_from_url(url: str | None, base_dir: Path) -> dict:
    if not url:
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": base_dir / "db.sqlite3"}
    try:
        # Persistent connections are a production choice (DB_CONN_MAX_AGE);
        # by default each request closes its own, as Django does.
        config = dj_database_url.parse(
            url, conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0"))
        )
    except ValueError as error:
        raise ImproperlyConfigured(
            f"DATABASE_URL går inte att tolka ({error}). "
            "Exempel: postgres://användare@127.0.0.1:5432/fou eller sqlite:///db.sqlite3"
        ) from None
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["CONN_MAX_AGE"] = 0
    return config
