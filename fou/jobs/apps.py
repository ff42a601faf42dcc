from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class JobsConfig(AppConfig):
    name = "fou.jobs"
    verbose_name = _("Bakgrundsjobb")

    def ready(self):
        # Each area's jobs.py registers what its kinds of job do.
        autodiscover_modules("jobs")
