from django.apps import AppConfig


class ApplicationsConfig(AppConfig):
    name = "fou.applications"
    verbose_name = "Ansökningar"
