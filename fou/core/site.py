"""The site's wording (fou.core.models.SiteSettings), read once per request
through the shared cache and dropped from it when the administrator saves."""

from django.core.cache import cache
from django.db import DatabaseError
from django.utils.translation import get_language

from fou.core.models import SiteSettings

CACHE_KEY = "site-settings"


def site_settings() -> SiteSettings:
    """The saved settings; the built-in wording when the database cannot be
    read, so an error page still shows."""
    try:
        found = cache.get(CACHE_KEY)
        if found is None:
            found = SiteSettings.objects.first() or SiteSettings()
            cache.set(CACHE_KEY, found, 300)
    except DatabaseError:
        return SiteSettings()
    return found


def site_settings_forget() -> None:
    cache.delete(CACHE_KEY)


class SiteWording:
    """The settings' texts in the reader's language; "" where none is written,
    so templates fall back to their built-in text."""

    def __init__(self, settings: SiteSettings, language: str):
        self._settings = settings
        self._english = (language or "").startswith("en")

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        swedish = getattr(self._settings, name)
        if self._english:
            return getattr(self._settings, f"{name}_en", "") or swedish
        return swedish

    @property
    def home_step_list(self) -> list[str]:
        return [line.strip() for line in self.home_steps.splitlines() if line.strip()]


def site_wording() -> SiteWording:
    return SiteWording(site_settings(), get_language())


def mail_signature() -> str:
    """Read straight from the table, not through the cache: e-mails are queued
    inside a submission's transaction, which must not write cache rows that
    concurrent submissions would wait on."""
    found = SiteSettings.objects.values_list("mail_signature", flat=True).first()
    # Swedish: e-mails are stored and sent as written (records).
    return found or "Socialförvaltningen, FoU-medel"
