from django.apps import AppConfig


class SiteConfig(AppConfig):
    """The site as a whole: home page, Min sida, the audit log, the
    accessibility statement, error pages and the main menu. It stands above
    every area it links to; nothing imports it."""

    name = "fou.site"
    verbose_name = "Webbplatsen"
