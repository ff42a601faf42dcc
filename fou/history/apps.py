from django.apps import AppConfig


class HistoryConfig(AppConfig):
    name = "fou.history"
    verbose_name = "Historik"
