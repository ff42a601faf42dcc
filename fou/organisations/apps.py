from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    name = "fou.organisations"
    verbose_name = _("Organisationer")

    def ready(self):
        from fou.organisations.kinds import kinds_ensure

        post_migrate.connect(kinds_ensure, sender=self, dispatch_uid="fou-organisation-kinds")
