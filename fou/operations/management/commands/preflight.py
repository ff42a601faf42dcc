"""Checked before `make serve` starts gunicorn: settings that production needs.

A missing SECRET_KEY or ALLOWED_HOSTS already stops settings with one line
(manage.py prints ImproperlyConfigured without a traceback); this adds the
database and what HTTPS handling is in force, one line each.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connection
from django.utils.translation import gettext_lazy as _


class Command(BaseCommand):
    help = _("Kontrollerar inställningarna för drift innan servern startar.")

    def handle(self, *args, **options):
        if settings.DEBUG:
            raise CommandError(_("DJANGO_DEBUG måste vara 0 i drift."))
        try:
            connection.ensure_connection()
        except DatabaseError as error:
            lines = str(error).strip().splitlines()
            raise CommandError(
                _("Kan inte nå databasen i DATABASE_URL: {error}").format(
                    error=lines[0] if lines else error
                )
            ) from None
        proxy = getattr(settings, "SECURE_PROXY_SSL_HEADER", None)
        self.stdout.write(
            _(
                "Drift: värdar {hosts}; HTTPS-omdirigering {redirect}; HSTS {hsts}; "
                "säkra kakor {cookies}; proxyhuvud {proxy}; databas {db}."
            ).format(
                hosts=", ".join(settings.ALLOWED_HOSTS),
                redirect=_("på") if settings.SECURE_SSL_REDIRECT else _("av"),
                hsts=f"{settings.SECURE_HSTS_SECONDS} s"
                if settings.SECURE_HSTS_SECONDS
                else _("av"),
                cookies=_("på") if settings.SESSION_COOKIE_SECURE else _("av"),
                proxy=proxy[0].removeprefix("HTTP_") if proxy else _("inget"),
                db=connection.vendor,
            )
        )
