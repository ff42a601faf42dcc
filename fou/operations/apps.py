from django.apps import AppConfig


class OperationsConfig(AppConfig):
    name = "fou.operations"
    verbose_name = "Drift"
