from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "fou.jobs"
    verbose_name = "Bakgrundsjobb"
