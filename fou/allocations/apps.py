from django.apps import AppConfig


class AllocationsConfig(AppConfig):
    name = "fou.allocations"
    verbose_name = "Fördelning"
