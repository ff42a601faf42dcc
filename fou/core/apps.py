from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "fou.core"
    verbose_name = "Gemensamt"
