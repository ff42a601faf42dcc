from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "fou.organisations"
    verbose_name = "Organisationer"
