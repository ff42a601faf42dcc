from django.apps import AppConfig


class CallsConfig(AppConfig):
    name = "fou.calls"
    verbose_name = "Fonder och utlysningar"
