from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class JobsConfig(AppConfig):
    name = "fou.jobs"
    verbose_name = "Bakgrundsjobb"

    def ready(self):
        # Each area's jobs.py registers what its kinds of job do.
        autodiscover_modules("jobs")
