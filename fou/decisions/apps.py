from django.apps import AppConfig


class DecisionsConfig(AppConfig):
    name = "fou.decisions"
    verbose_name = "Beslut"
